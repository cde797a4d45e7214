"""One rule, two paths: the crisis view (standard library) and the models agree.

For generated stores, hand-edited oddities included (crisis ids missing from the
order, unknown or repeated ids in it, stale phone display forms, foreign numbers,
blank fields, a missing kind), the crisis path and the model path give the same crisis
list in the same order, the same country, the same phone display, the same "who is
this to me", the same reach details in the same order and the same "few" verdict.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from steuncirkel import crisis, reading
from steuncirkel.base.context import Context
from steuncirkel.base.i18n import Msg
from steuncirkel.base.storefile import decode_store, shape_problem
from steuncirkel.base.vocab import Kind, Role, crisis_is_few, who_to_you
from steuncirkel.models import Circle
from steuncirkel.render.fields import about, reach_items

PHONES = [
    (None, None),
    ("+31612345678", "06 12345678"),
    ("+31612345678", "06 99999999"),  # stale display form: must never be shown
    ("+32470123456", "0470 12 34 56"),
    ("+32470123456", "+32 470 12 34 56"),
    ("+31201234567", "+31 20 123 4567"),
    ("+4915112345678", "+49 1511 2345678"),
    ("+31612345678", None),
    ("  ", None),  # a blank hand edit counts as no number, on both paths
    ("+31612345678", " "),
]
TEXTS = st.one_of(st.none(), st.just(""), st.just("  "), st.text(max_size=8))


@st.composite
def stores(draw: st.DrawFn) -> dict[str, Any]:
    count = draw(st.integers(min_value=0, max_value=9))
    entries = []
    for n in range(count):
        phone, display = draw(st.sampled_from(PHONES))
        entry = {
            "id": f"id-{n}",
            "name": draw(st.text(min_size=1, max_size=12)),
            "roles": draw(st.lists(st.sampled_from([r.value for r in Role]), unique=True)),
            "phone": phone,
            "phone_display": display,
            "relation": draw(TEXTS),
            "email": draw(TEXTS),
            "where": draw(TEXTS),
            "available": draw(TEXTS),
            "created": "2026-01-01T00:00:00Z",
            "updated": "2026-01-01T00:00:00Z",
        }
        if draw(st.booleans()):  # a hand-edited entry may leave the kind out
            entry["kind"] = draw(st.sampled_from([k.value for k in Kind]))
        entries.append(entry)
    known = [e["id"] for e in entries]
    order = draw(st.lists(st.sampled_from([*known, "gone", "id-99"]) if known else st.just("x")))
    return {
        "format": "steuncirkel",
        "version": 1,
        "settings": {"country": draw(st.sampled_from(["NL", "BE"]))},
        "crisis_order": order,
        "entries": entries,
    }


@settings(max_examples=300, deadline=None)
@given(stores())
def test_crisis_path_and_model_path_agree(raw: dict[str, Any]) -> None:
    data = json.dumps(raw).encode()
    decoded = decode_store(data, "circle.json", "circle.json.bak")
    assert shape_problem(decoded) is None
    circle = Circle.model_validate(decoded)
    country = Context.country(raw["settings"]["country"])
    assert country == circle.settings.country

    on_crisis_path = crisis.crisis_list(decoded, country)
    on_model_path = circle.crisis_list()

    assert [e["id"] for e in on_crisis_path] == [e.id for e in on_model_path]
    assert [e["phone_shown"] for e in on_crisis_path] == [
        e.phone_shown(country) for e in on_model_path
    ]
    for lang in ("nl", "en"):
        assert [who_to_you(e.get("relation"), e.get("kind"), lang) for e in on_crisis_path] == [
            about(e, lang) for e in on_model_path
        ]
    assert [crisis.reach_of(e) for e in on_crisis_path] == [
        [item.value for item in reach_items(e, country)] for e in on_model_path
    ]
    few_pointer = any(p.msg is Msg.POINTER_CRISIS_FEW for p in reading.pointers(circle))
    assert crisis_is_few(len(on_crisis_path)) == few_pointer


@given(stores())
@settings(max_examples=100, deadline=None)
def test_a_stale_display_form_is_never_shown(raw: dict[str, Any]) -> None:
    for entry in crisis.crisis_list(raw, raw["settings"]["country"]):
        if entry["phone_display"] == "06 99999999":
            assert entry["phone_shown"] == entry["phone"]
