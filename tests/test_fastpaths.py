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


# --- the store read by json's C scanner (storefile._quick_loads) -----------------------

_json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=6),
)
_json_values = st.recursive(
    _json_leaf,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=12,
)
_space = st.text(alphabet=" \t\n\r", max_size=3)
_garbage = st.sampled_from(
    ["", "", "", "x", "}", ",", "NaN", "-Infinity", "1e400", "0.1000000000000000000000001",
     '"\\ud800"', '{"a": 1, "a": 2}', "9" * 4100, "\x00", "\ufeff", "\x0c", "\u00a0", "[",
     '"\n"', " 1"]
)  # fmt: skip


def _plain_loads(text: str) -> tuple[str, object]:
    """The store's reading before issue #12, by ``json.loads`` itself: the value and
    what its hooks noticed, or the error with its place."""
    from steuncirkel.base import storefile

    reading = storefile._Reading()
    hooks = {
        "parse_constant": reading.constant,
        "parse_float": reading.float_,
        "object_pairs_hook": reading.pairs,
    }
    try:
        with _digits_limit(storefile._INT_DIGITS_MAX):
            try:
                value = json.loads(text, **hooks)
            except json.JSONDecodeError:
                raise
            except ValueError:
                reading.duplicate, reading.unkeepable = None, False
                value = json.loads(text, parse_int=reading.int_, **hooks)
    except json.JSONDecodeError as exc:
        return "error", (exc.msg, exc.lineno, exc.colno)
    except RecursionError:
        return "deep", None
    return "value", (_comparable(value), reading.duplicate, reading.unkeepable)


def _quick(text: str) -> tuple[str, object]:
    from steuncirkel.base import storefile

    reading = storefile._Reading()
    try:
        value = storefile._loads(text, reading)
    except json.JSONDecodeError as exc:
        return "error", (exc.msg, exc.lineno, exc.colno)
    except RecursionError:
        return "deep", None
    return "value", (_comparable(value), reading.duplicate, reading.unkeepable)


@contextlib.contextmanager
def _digits_limit(limit: int) -> Iterator[None]:
    import sys

    before = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(limit)
    try:
        yield
    finally:
        sys.set_int_max_str_digits(before)


def _comparable(value: object) -> str:
    """A value as text, with the types of keys, numbers and unkeepable values in it."""
    return repr(json.dumps(value, default=lambda v: f"<{type(v).__name__} {v.text}>"))


@given(_space, _json_values, _space, _garbage, st.integers(min_value=0, max_value=40))
@example(" ", {"a": [1, 2]}, "\n", "", 0)
@example("", "x", "", "}", 0)
@example("", [], "", "[", 0)
def test_the_store_reads_as_json_loads_reads_it(
    before: str, value: object, after: str, garbage: str, cut: int
) -> None:
    """Every text: the same value, the same notes (a key given twice, a number we cannot
    keep), or the same error at the same line and column."""
    body = json.dumps(value, indent=2, ensure_ascii=False)
    for text in (
        before + body + after,
        before + body + garbage + after,
        garbage + body,
        body[: len(body) - cut] if cut else body,
        f'{{"k": {garbage or "1"}, "v": {body}}}',
    ):
        assert _quick(text) == _plain_loads(text), text


def test_a_store_deeper_than_python_can_read_is_refused_as_json_loads_does() -> None:
    text = "[" * 100_000 + "]" * 100_000
    assert _quick(text) == _plain_loads(text) == ("deep", None)


def _outcome(read: object, raw: bytes) -> tuple[str, object]:
    try:
        value = read(raw)  # type: ignore[operator]
    except ValueError as exc:  # json.JSONDecodeError, an integer too long, bad UTF-8
        return "error", (type(exc).__name__, str(exc))
    except RecursionError:
        return "deep", None
    return "value", repr(json.dumps(value, allow_nan=True))


@given(_space, _json_values, _space, _garbage, st.integers(min_value=0, max_value=40))
@example("", [1.5, "é"], "", "NaN", 0)
@example("", {"a": 1}, "", "", 0)
def test_a_noted_store_reads_as_json_loads_reads_it(
    before: str, value: object, after: str, garbage: str, cut: int
) -> None:
    """``plain_loads`` (the read of a store the app wrote) gives what ``json.loads``
    gives: the value, NaN and Infinity as floats, or the same error."""
    from steuncirkel.base.storefile import plain_loads

    body = json.dumps(value, indent=2, ensure_ascii=False)
    for text in (
        before + body + after,
        before + body + garbage,
        garbage + body,
        body[: -cut or None],
    ):
        for raw in (
            text.encode("utf-8", "surrogatepass"),
            b"\xef\xbb\xbf" + text.encode(),
            b"\xff" + text.encode(),
        ):
            assert _outcome(plain_loads, raw) == _outcome(json.loads, raw), raw


@pytest.mark.parametrize("fault", [AttributeError("memo"), TypeError("context")])
def test_a_scanner_that_wants_more_of_its_context_leaves_json_to_read(
    monkeypatch: pytest.MonkeyPatch, fault: Exception
) -> None:
    """A later Python's C scanner may read an attribute ``_Scanning`` lacks: the store
    still reads, through ``json`` itself, to the same value and the same notes."""
    import _json

    from steuncirkel.base.storefile import plain_loads

    def wanting(context: object) -> object:
        raise fault

    text = json.dumps({"format": "steuncirkel", "a": [1, 2.5, "é"], "b": {"c": None}})
    expected = _quick(text)
    monkeypatch.setattr(_json, "make_scanner", wanting)
    assert _quick(text) == expected
    assert plain_loads(text.encode()) == json.loads(text)
    assert _quick('{"a": 1, "a": 2}') == _plain_loads('{"a": 1, "a": 2}')
