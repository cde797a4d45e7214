"""A circle read without Pydantic (``base/circleview.py``) shows exactly what the models show.

For generated circles (odd phone forms, blank fields, contacts, availability, unknown
keys, hand-edited crisis orders), the circle is validated by the models, written as the
store writes it, and read back as views. Every reading view is then rendered from both,
in both languages, and must be the same text: ``show`` on screen and as JSON, each
role, the printout as text, Markdown and HTML, and the settings.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from steuncirkel import reading
from steuncirkel.base.circleview import CircleView
from steuncirkel.base.demo import demo_raw
from steuncirkel.base.storefile import decode_store
from steuncirkel.base.vocab import SETTINGS_DEFAULTS, Role
from steuncirkel.models import Circle, Settings
from steuncirkel.render import RENDERERS, PrintOptions, jsondoc
from steuncirkel.render.lines import to_text
from steuncirkel.render.settings import render_settings
from steuncirkel.render.terminal import render_show
from steuncirkel.store import dump_circle
from test_parity import stores

TODAY = date(2026, 11, 27)
FIELDS = ("id", "name", "kind", "roles", "knows", "phone", "phone_display", "email", "where",
          "relation", "available", "available_windows", "note", "created")  # fmt: skip
MOMENTS = st.sampled_from(
    ["2026-01-05T09:30:00Z", "2026-10-01T23:59:59Z", "2025-12-31T00:00:00Z", "2026-11-26T12:00:00Z"]
)


@st.composite
def circles(draw: st.DrawFn) -> Circle:
    """A valid circle with everything a store may hold, as the models take it."""
    raw: dict[str, Any] = draw(stores())
    for entry in raw["entries"]:
        entry["contacts"] = [
            {"at": draw(MOMENTS), "note": draw(st.one_of(st.none(), st.text(max_size=6)))}
            for _ in range(draw(st.integers(0, 3)))
        ]
        entry["knows"] = draw(st.sampled_from([None, True, False]))
        entry["note"] = draw(st.one_of(st.none(), st.text(max_size=10)))
        entry["available"] = draw(st.sampled_from([None, "dag en nacht", "ma-vr 9-17", "soms"]))
        entry["created"] = draw(MOMENTS)
        if draw(st.booleans()):
            entry["x-hand-added"] = draw(st.one_of(st.integers(), st.text(max_size=4)))
    raw["settings"]["name"] = draw(st.one_of(st.none(), st.text(min_size=1, max_size=8)))
    raw["settings"]["nudge_weeks"] = draw(st.integers(0, 8))
    raw["settings"]["lang"] = draw(st.sampled_from([None, "nl", "en"]))
    decoded = decode_store(json.dumps(raw).encode(), "circle.json", "circle.json.bak")
    return Circle.model_validate(decoded)


def as_stored(circle: Circle) -> CircleView:
    """What a reading command gets from the store this version wrote."""
    return CircleView(json.loads(dump_circle(circle)))


def renders(circle: Any) -> list[str]:
    out: list[str] = []
    for lang in ("nl", "en"):
        for role, only in ((None, False), (Role.CRISIS, True), (Role.LISTENS, True), (None, True)):
            view = reading.show_view(circle, role=role, only_role=only, today=TODAY)
            out.append(to_text(render_show(view, lang), 80))
            out.append(jsondoc.dumps(jsondoc.show_document(view, lang)))
        printed = reading.print_view(circle, TODAY)
        for name in ("text", "markdown"):
            for layout in ("poster", "card"):
                options = PrintOptions(layout=layout, qr=True, discreet=False)
                out.append(RENDERERS[name].load()(printed, lang, options))  # type: ignore[arg-type]
        out.append(render_settings(circle.settings, lang, "/data"))
    return out


@settings(max_examples=120, deadline=None)
@given(circles())
def test_the_views_show_what_the_models_show(circle: Circle) -> None:
    assert renders(as_stored(circle)) == renders(circle)


@settings(max_examples=15, deadline=None)
@given(circles())
def test_the_printed_html_is_the_same_from_views(circle: Circle) -> None:
    printed = [reading.print_view(c, TODAY) for c in (circle, as_stored(circle))]
    options = PrintOptions(layout="poster", qr=True, discreet=False)
    html = RENDERERS["html"].load()
    assert html(printed[1], "nl", options) == html(printed[0], "nl", options)


@settings(max_examples=60, deadline=None)
@given(circles())
def test_every_attribute_the_renderers_read_is_the_models(circle: Circle) -> None:
    view = as_stored(circle)
    country = circle.settings.country
    assert view.settings.country is country
    assert view.settings.model_dump(mode="json") == circle.settings.model_dump(mode="json")
    assert [e.id for e in view.crisis_list()] == [e.id for e in circle.crisis_list()]
    for role in (*Role, None):
        assert [e.id for e in view.with_role(role)] == [e.id for e in circle.with_role(role)]
    for mine, theirs in zip(view.entries, circle.entries, strict=True):
        for name in FIELDS:
            assert getattr(mine, name) == getattr(theirs, name), name
        assert mine.kind is theirs.kind
        assert [(c.at, c.note) for c in mine.contacts] == [(c.at, c.note) for c in theirs.contacts]
        assert mine.phone_shown(country) == theirs.phone_shown(country)
        assert mine.model_dump(mode="json") == theirs.model_dump(mode="json")
        changed = mine.model_copy(update={"name": "□"})
        assert changed.name == "□" and mine.name == theirs.name


@pytest.mark.parametrize("country", ["NL", "BE"])
def test_the_demo_is_exactly_what_the_models_would_write(country: str) -> None:
    """The demo is shown as views without validation: it must already be in the exact
    form a validated circle is written in."""
    raw = demo_raw(country)
    written = Circle.model_validate(raw).model_dump(mode="json")
    assert json.dumps(written) == json.dumps(raw)  # the same keys in the same order


def test_an_empty_circle_is_the_models_empty_circle() -> None:
    assert json.dumps(SETTINGS_DEFAULTS) == json.dumps(Settings().model_dump(mode="json"))
    assert renders(CircleView.empty()) == renders(Circle())


@settings(max_examples=60, deadline=None)
@given(circles())
def test_reach_lines_are_the_reach_items_labelled(circle: Circle) -> None:
    """``reach_lines`` labels the items without building them (it runs per entry): the
    same order, the same filter, the same labels as ``reach_items``."""
    from steuncirkel.render.fields import NO_PHONE, reach_items, reach_lines

    for entry in [*circle.entries, *as_stored(circle).entries]:
        for country in ("NL", "BE"):
            items = reach_items(entry, country)
            for lang in ("nl", "en"):
                for without in (frozenset(), NO_PHONE):
                    expected = [i.labelled(lang) for i in items if i.kind not in without]
                    assert reach_lines(entry, lang, country, without=without) == expected


def test_the_views_know_every_field_the_models_write() -> None:
    """A store is in the form this version writes only with every field present
    (``ENTRY_KEYS``, ``CONTACT_KEYS``); the lists are the models' fields."""
    from steuncirkel.base.circleview import CONTACT_KEYS, ENTRY_KEYS
    from steuncirkel.models import Contact, Entry

    assert frozenset(Entry.model_fields) == ENTRY_KEYS
    assert frozenset(Contact.model_fields) == CONTACT_KEYS
