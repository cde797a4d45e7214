"""The fast paths a 10,000-entry circle needs give exactly what the plain ones give."""

from __future__ import annotations

import contextlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from pydantic import ValidationError
from rich.cells import cell_len

from helpers import circle_with
from steuncirkel import input_rules, reading
from steuncirkel.base.circleview import CircleView
from steuncirkel.base.demo import demo_raw
from steuncirkel.base.spelling import distance, within
from steuncirkel.base.textsafety import is_blank_mark
from steuncirkel.models import as_entry, as_settings, demo_circle
from steuncirkel.render import jsondoc
from steuncirkel.render.lines import cells
from steuncirkel.store import dump_circle, parse_circle
from steuncirkel.working import to_store

if TYPE_CHECKING:
    from collections.abc import Iterator

FIRST_RELEASE = Path(__file__).parent / "fixtures" / "first-release-circle.json"
words = st.text(alphabet="abcé ", max_size=9)


@given(words, words, st.integers(min_value=0, max_value=4))
def test_within_is_the_distance_up_to_the_limit(a: str, b: str, limit: int) -> None:
    gap = distance(a, b)
    assert within(a, b, limit) == (gap if gap <= limit else None)


# Control characters never reach the wrapper: visible() has turned them into escapes.
@given(st.text(alphabet=st.characters(max_codepoint=0x2FFF, exclude_categories=("Cs", "Cc"))))
def test_cells_is_rich_cell_len(text: str) -> None:
    assert cells(text) == cell_len(text)


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_the_ascii_name_key_is_the_full_rule(name: str) -> None:
    import unicodedata

    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())
    full = " ".join("".join(c for c in folded if not is_blank_mark(c)).split())
    assert input_rules.name_key(name) == full


@pytest.mark.parametrize(
    "circle",
    [demo_circle(), circle_with(["Zoë 🌻", "[red]x[/red]", "Ann\u2028a", "a\x1bb"])],
    ids=["demo", "odd-names"],
)
def test_the_store_and_show_json_are_the_texts_json_dumps_writes(circle) -> None:
    expected = json.dumps(circle.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
    assert dump_circle(circle) == expected.encode("utf-8")
    document = jsondoc.show_document(reading.show_view(circle), "nl")
    assert jsondoc.dumps(document) == json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    assert jsondoc.dumps(document, ascii_only=True).isascii()


def test_hand_added_numbers_keep_their_value_through_a_write(tmp_path: Path) -> None:
    doc = json.loads(FIRST_RELEASE.read_text(encoding="utf-8"))
    doc["x-numbers"] = [1e16, 1e-7, 2**70, -0.0, 0.1, 12345678901234567890123]
    circle = parse_circle(json.dumps(doc).encode(), tmp_path / "c", tmp_path / "b")
    again = json.loads(dump_circle(circle))
    assert again["x-numbers"] == doc["x-numbers"]
    assert [type(n) for n in again["x-numbers"]] == [type(n) for n in doc["x-numbers"]]


@pytest.mark.filterwarnings("ignore::UserWarning")  # Pydantic warns about the bad kind
def test_a_write_still_refuses_a_change_that_breaks_the_model() -> None:
    circle = CircleView(demo_raw("NL"))
    broken = as_entry(circle.entries[0]).model_copy(update={"kind": "spaceship"})
    changed = circle.model_copy(update={"entries": [broken, *circle.entries[1:]]})
    with pytest.raises(ValidationError):
        to_store(circle, changed)
    twin = as_entry(circle.entries[1]).model_copy(update={"name": "Twin"})
    twin_copy = twin.model_copy(update={"id": circle.entries[0].id})
    doubled = circle.model_copy(update={"entries": [*circle.entries, twin_copy]})
    with pytest.raises(ValueError, match="share the id"):
        to_store(circle, doubled)  # two entries with one id
    bad_settings = as_settings(circle.settings).model_copy(update={"nudge_weeks": -3})
    with pytest.raises(ValidationError):
        to_store(circle, circle.model_copy(update={"settings": bad_settings}))
    with pytest.raises(ValidationError):
        to_store(circle, circle.model_copy(update={"crisis_order": [5]}))
    with pytest.raises(ValueError, match="as stored"):
        circle.model_copy(update={"version": 3})
    assert to_store(circle, circle) == dump_circle(demo_circle("NL"))


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=30))
def test_the_digits_of_a_phone_number_are_every_digit_in_it(text: str) -> None:
    from steuncirkel.base.phone_display import _digits

    assert _digits(text) == "".join(c for c in text if c.isdigit())
    assert _digits(text + "06-1234") == _digits(text) + "061234"


# Numbers as the app writes them ("+31612345678", "06 12345678") take a shorter way.
@given(st.text(alphabet="0123456789 ++-\u0663\u00a0x", max_size=20))
def test_the_digits_of_a_written_number_are_every_digit_in_it(text: str) -> None:
    from steuncirkel.base.phone_display import _digits

    assert _digits(text) == "".join(c for c in text if c.isdigit())


@given(
    st.datetimes(
        min_value=datetime(2, 1, 1),
        max_value=datetime(9998, 12, 31),
        timezones=st.one_of(st.none(), st.timezones()),
    )
)
def test_the_store_writes_every_time_as_utc_text_does(moment: datetime) -> None:
    """Times are written by Pydantic's serializer (in Rust), not by ``utc_text`` called
    per date; both must give the same text, for any zone, offset and microseconds."""
    from steuncirkel.base.context import utc_text
    from steuncirkel.models import Contact

    contact = Contact(at=moment)
    assert contact.model_dump(mode="json")["at"] == utc_text(moment)
    assert json.loads(contact.model_dump_json())["at"] == utc_text(moment)
    assert Contact(at=utc_text(moment)).at == contact.at  # read back: the same moment


@pytest.mark.parametrize(
    "text",
    ['{"a": 1}', '{"a": ' + "9" * 4001 + "}", '{"a": ' + "9" * 4000 + "}", '{"a": ', "[1e400]"],
)
def test_reading_leaves_the_integer_limit_as_it_was(text: str) -> None:
    """The reader lowers Python's integer-digit limit for one json.loads (so integers
    are read in C) and always puts it back, also when the text is refused."""
    import sys

    from steuncirkel.base.errors import StoreError
    from steuncirkel.base.storefile import decode_store

    before = sys.get_int_max_str_digits()
    with pytest.raises(StoreError):  # none of these is a circle
        decode_store(text.encode(), "circle.json", "circle.json.bak")
    assert sys.get_int_max_str_digits() == before


@contextlib.contextmanager
def local_zone(zone: str) -> Iterator[None]:
    """The process's local time zone set to ``zone`` for a moment, then put back."""
    import time

    before = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


# Summer time, a half-hour offset, +14 h, and none.
@pytest.mark.parametrize(
    "zone", ["Europe/Amsterdam", "America/St_Johns", "Pacific/Kiritimati", "UTC"]
)
@given(
    moment=st.datetimes(
        min_value=datetime(1, 1, 1),
        max_value=datetime(9999, 12, 31, 23, 59, 59),
        timezones=st.timezones(),
    )
)
@example(moment=datetime(1, 1, 1, tzinfo=UTC))  # fromtimestamp fails here, astimezone not
@example(moment=datetime(1, 1, 1, 3, tzinfo=UTC))
@example(moment=datetime(9999, 12, 30, 23, 59, 59, 999999, tzinfo=UTC))  # a float rounds up
def test_the_local_day_is_the_day_astimezone_gives(zone: str, moment: datetime) -> None:
    """``reading.local_day`` takes a cheaper way to the user's date at a moment (for
    every nudge ``show`` weighs); it is the day ``astimezone()`` gives, or the same error."""
    from steuncirkel.reading import local_day

    with local_zone(zone):
        try:
            expected = moment.astimezone().date()
        except (OverflowError, ValueError) as exc:
            with pytest.raises(type(exc)):
                local_day(moment)
            return
        assert local_day(moment) == expected
