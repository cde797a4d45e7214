"""Reading when someone can be reached (``steuncirkel.base.availability``).

The windows decide who the crisis view puts first, so a wrong guess is worse than none:
the tables pin what each real-world phrase means, and that everything else is unknown.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from steuncirkel.base.availability import MAX_TEXT, parse_available
from steuncirkel.base.windows import reachable_at, well_formed, windows_for

ALL = (1, 2, 3, 4, 5, 6, 7)
WEEK = (1, 2, 3, 4, 5)
WEEKEND = (6, 7)

# text -> windows as (days, from, to)
PARSED: dict[str, list[tuple[tuple[int, ...], str, str]]] = {
    # days and hours, Dutch
    "ma-vr 9-17": [(WEEK, "09:00", "17:00")],
    "ma t/m vr 9:00-17:00": [(WEEK, "09:00", "17:00")],
    "ma tot en met vr 9-17": [(WEEK, "09:00", "17:00")],
    "maandag t/m vrijdag van 9 tot 17 uur": [(WEEK, "09:00", "17:00")],
    "Ma. - Vr. 09.00–17.00": [(WEEK, "09:00", "17:00")],
    "ma t/m vr, 9:00-17:00": [(WEEK, "09:00", "17:00")],
    "werkdagen: 9.30-17.30": [(WEEK, "09:30", "17:30")],
    "9-17 ma-vr": [(WEEK, "09:00", "17:00")],
    "9u-17u": [(ALL, "09:00", "17:00")],
    "9u30-17u": [(ALL, "09:30", "17:00")],
    "18.00-22.00": [(ALL, "18:00", "22:00")],
    "ma–vr na 18:00": [(WEEK, "18:00", "24:00")],
    "op werkdagen na 19u": [(WEEK, "19:00", "24:00")],
    "doordeweeks vanaf 18:00": [(WEEK, "18:00", "24:00")],
    "door de week tussen 9 en 17 uur": [(WEEK, "09:00", "17:00")],
    "ma, wo en vr 9-17": [((1, 3, 5), "09:00", "17:00")],
    "za & zo 10-16": [(WEEKEND, "10:00", "16:00")],
    "ma-vr 9-17, za 10-12": [(WEEK, "09:00", "17:00"), ((6,), "10:00", "12:00")],
    "ma-vr 9-17; za 10-12": [(WEEK, "09:00", "17:00"), ((6,), "10:00", "12:00")],
    "ma-vr 9-12 en 13-17": [(WEEK, "09:00", "12:00"), (WEEK, "13:00", "17:00")],
    "ma 9-17, wo 9-17": [((1, 3), "09:00", "17:00")],
    "ma 9-17 di 10-12": [((1,), "09:00", "17:00"), ((2,), "10:00", "12:00")],
    "9-17 ma, 10-12 di": [((1,), "09:00", "17:00"), ((2,), "10:00", "12:00")],
    "vr-ma": [((1, 5, 6, 7), "00:00", "24:00")],
    "van maandag tot vrijdag": [(WEEK, "00:00", "24:00")],
    "zaterdag": [((6,), "00:00", "24:00")],
    "za. en zo.": [(WEEKEND, "00:00", "24:00")],
    "weekend": [(WEEKEND, "00:00", "24:00")],
    "in het weekend": [(WEEKEND, "00:00", "24:00")],
    "alleen in het weekend": [(WEEKEND, "00:00", "24:00")],
    "elke dag": [(ALL, "00:00", "24:00")],
    "dagelijks 8-22": [(ALL, "08:00", "22:00")],
    "tot 23:00": [(ALL, "08:00", "23:00")],
    "voor 12:00": [(ALL, "08:00", "12:00")],
    "tot 7:00": [(ALL, "00:00", "07:00")],
    "tot middernacht": [(ALL, "08:00", "24:00")],
    "van 9 tot 24 uur": [(ALL, "09:00", "24:00")],
    "vr 18:00-00:00": [((5,), "18:00", "24:00")],
    # parts of the day, Dutch
    "'s ochtends": [(ALL, "06:00", "12:00")],
    "s ochtends": [(ALL, "06:00", "12:00")],
    "ochtend": [(ALL, "06:00", "12:00")],
    "'s middags": [(ALL, "12:00", "18:00")],
    "middag": [(ALL, "12:00", "18:00")],
    "’s avonds": [(ALL, "18:00", "24:00")],
    "avond": [(ALL, "18:00", "24:00")],
    "'s nachts": [(ALL, "00:00", "06:00")],
    "overdag": [(ALL, "08:00", "18:00")],
    "weekend 's avonds": [(WEEKEND, "18:00", "24:00")],
    "in het weekend overdag": [(WEEKEND, "08:00", "18:00")],
    "zondagavond": [((7,), "18:00", "24:00")],
    "zaterdagochtend": [((6,), "06:00", "12:00")],
    "'s avonds en 's nachts": [(ALL, "18:00", "24:00"), (ALL, "00:00", "06:00")],
    "'s avonds en in het weekend": [(ALL, "18:00", "24:00"), (WEEKEND, "00:00", "24:00")],
    "doordeweeks 's avonds, weekend hele dag": [
        (WEEK, "18:00", "24:00"),
        (WEEKEND, "00:00", "24:00"),
    ],
    # always, Dutch
    "altijd": [(ALL, "00:00", "24:00")],
    "24/7": [(ALL, "00:00", "24:00")],
    "24 uur per dag": [(ALL, "00:00", "24:00")],
    "dag en nacht": [(ALL, "00:00", "24:00")],
    "altijd bereikbaar": [(ALL, "00:00", "24:00")],
    # "ook"/"also"/"even" add nothing (the guide's own example, issue #10 review)
    "altijd, ook 's nachts": [(ALL, "00:00", "24:00"), (ALL, "00:00", "06:00")],
    "any time, also at night": [(ALL, "00:00", "24:00"), (ALL, "00:00", "06:00")],
    "ook 's avonds": [(ALL, "18:00", "24:00")],
    # English
    "mon-fri 9am-5pm": [(WEEK, "09:00", "17:00")],
    "Monday to Friday, 9:00-17:00": [(WEEK, "09:00", "17:00")],
    "from monday to friday from 9 to 5pm": [(WEEK, "09:00", "17:00")],
    "weekdays 9-17": [(WEEK, "09:00", "17:00")],
    "9am-5pm weekdays": [(WEEK, "09:00", "17:00")],
    "sat and sun 10-4pm": [(WEEKEND, "10:00", "16:00")],
    "tuesdays and thursdays after 7pm": [((2, 4), "19:00", "24:00")],
    "between 9am and 5pm": [(ALL, "09:00", "17:00")],
    "6-11pm": [(ALL, "18:00", "23:00")],
    "11-2pm": [(ALL, "11:00", "14:00")],
    "10pm-2am": [(ALL, "22:00", "24:00"), (ALL, "00:00", "02:00")],
    "after 6pm": [(ALL, "18:00", "24:00")],
    "from 18:00": [(ALL, "18:00", "24:00")],
    "until 23:00": [(ALL, "08:00", "23:00")],
    "before noon": [(ALL, "08:00", "12:00")],
    "9am to noon": [(ALL, "09:00", "12:00")],
    "weekends": [(WEEKEND, "00:00", "24:00")],
    "every day": [(ALL, "00:00", "24:00")],
    "daily": [(ALL, "00:00", "24:00")],
    "mornings": [(ALL, "06:00", "12:00")],
    "in the afternoon": [(ALL, "12:00", "18:00")],
    "evenings": [(ALL, "18:00", "24:00")],
    "at night": [(ALL, "00:00", "06:00")],
    "during the day": [(ALL, "08:00", "18:00")],
    "by day": [(ALL, "08:00", "18:00")],
    "daytime": [(ALL, "08:00", "18:00")],
    "evenings and weekends": [(ALL, "18:00", "24:00"), (WEEKEND, "00:00", "24:00")],
    "weekends and evenings": [(WEEKEND, "00:00", "24:00"), (ALL, "18:00", "24:00")],
    "always": [(ALL, "00:00", "24:00")],
    "anytime": [(ALL, "00:00", "24:00")],
    "any time": [(ALL, "00:00", "24:00")],
    "day and night": [(ALL, "00:00", "24:00")],
    "24 hours a day": [(ALL, "00:00", "24:00")],
    # across midnight: the morning part falls on the next day
    "22:00-06:00": [(ALL, "22:00", "24:00"), (ALL, "00:00", "06:00")],
    "zo 22-06": [((7,), "22:00", "24:00"), ((1,), "00:00", "06:00")],
    "vr-zo 23:00-07:00": [((5, 6, 7), "23:00", "24:00"), ((1, 6, 7), "00:00", "07:00")],
    "10-6am": [(ALL, "22:00", "24:00"), (ALL, "00:00", "06:00")],
    "MA-VR 9-17": [(WEEK, "09:00", "17:00")],
    "  ma-vr 9-17  ": [(WEEK, "09:00", "17:00")],
    "ma-vr 9-17\nza 10-12": [(WEEK, "09:00", "17:00"), ((6,), "10:00", "12:00")],
    # hours, a comma (or colon), days: bound, as days-comma-hours are, never a union
    "9-17, ma-vr": [(WEEK, "09:00", "17:00")],
    "9am-5pm, weekdays": [(WEEK, "09:00", "17:00")],
    "09:00-17:00, maandag t/m vrijdag": [(WEEK, "09:00", "17:00")],
    "weekdays, 9am-5pm": [(WEEK, "09:00", "17:00")],
    "9-17: ma-vr": [(WEEK, "09:00", "17:00")],
    "na 18:00, weekend": [(WEEKEND, "18:00", "24:00")],
    "weekend, na 18:00": [(WEEKEND, "18:00", "24:00")],
    "after 6pm, weekends": [(WEEKEND, "18:00", "24:00")],
    "tot 23:00, weekend": [(WEEKEND, "08:00", "23:00")],
    "22-06, vr-za": [((5, 6), "22:00", "24:00"), ((6, 7), "00:00", "06:00")],
    "9-12 en 13-17, ma-vr": [(WEEK, "09:00", "12:00"), (WEEK, "13:00", "17:00")],
    "9-12, 13-17, ma-vr": [(WEEK, "09:00", "12:00"), (WEEK, "13:00", "17:00")],
    "9-17, ma-vr en za": [((1, 2, 3, 4, 5, 6), "09:00", "17:00")],
    "9-17, ma-vr, za": [((1, 2, 3, 4, 5, 6), "09:00", "17:00")],
    "9-17, ma-vr; za 10-12": [(WEEK, "09:00", "17:00"), ((6,), "10:00", "12:00")],
    "weekend, 's avonds": [(WEEKEND, "18:00", "24:00")],
    "weekend: 's avonds": [(WEEKEND, "18:00", "24:00")],
    # days-hours pairs, and days left over after them
    "ma-vr, 9-17 en weekend": [(WEEK, "09:00", "17:00"), (WEEKEND, "00:00", "24:00")],
    "ma-vr 9-17 en weekend": [(WEEK, "09:00", "17:00"), (WEEKEND, "00:00", "24:00")],
    "ma-vr 9-17, weekend": [(WEEK, "09:00", "17:00"), (WEEKEND, "00:00", "24:00")],
    "doordeweeks 's avonds, weekend": [(WEEK, "18:00", "24:00"), (WEEKEND, "00:00", "24:00")],
    "ma 9-17, di 10-12, wo": [
        ((1,), "09:00", "17:00"),
        ((2,), "10:00", "12:00"),
        ((3,), "00:00", "24:00"),
    ],
    "ma-vr, 9-17, za 10-12": [(WEEK, "09:00", "17:00"), ((6,), "10:00", "12:00")],
    "ma-vr: 9-17, za: 10-12": [(WEEK, "09:00", "17:00"), ((6,), "10:00", "12:00")],
    "ma, 9-17, di, 10-12": [((1,), "09:00", "17:00"), ((2,), "10:00", "12:00")],
    "ma-vr 9-17, 's avonds": [(WEEK, "09:00", "17:00"), (WEEK, "18:00", "24:00")],
}

UNKNOWN = [
    "",
    "   ",
    "bel eerst even",
    "meestal wel",
    "als ik niet werk",
    "altijd behalve zondag",
    "niet op zondag",
    "na het werk",
    "morgen",
    "25:00-26:00",
    "ma-vr 9-25",
    "9:60-17",
    "24:00-06:00",
    "9-9",
    "9",
    "om 9 uur",
    "ma-",
    "van",
    "tot",
    "tussen 9 en",
    ",",
    "s",
    # ambiguous, so not guessed
    "9-5",
    "9 to 5",
    "12-6",
    "12:30-02:00",
    "na 8",
    "after 6",
    "tot 5",
    "9-12pm",
    "9am-5",
    "13-5pm",
    "na middernacht",
    "'s avonds tot 23:00",
    "8 uur 's avonds",
    "tot 17 weekend 's nachts",
    "9-17 ma-vr, za 10-12",
    # a part of the day, a comma and days: a list, or the weekend evenings?
    "'s avonds, weekend",
    "'s avonds, in het weekend",
    "'s avonds: weekend",
    "evenings, weekends",
    "overdag, ma-vr",
    "9-17 en 's avonds, weekend",
    "9-17, 's avonds, weekend",
    # hours or days that two neighbours could claim, or both orders at once
    "ma-vr, 9-17, weekend",
    "ma-vr, 9-17, za",
    "ma, 9-17, wo",
    "ma-vr 9-17 weekend",
    "ma-vr, 9-17 weekend",
    "9-17, ma-vr 18-20",
    "9-17, ma-vr, 18-20",
    "9-17 ma-vr, 18-20",
    "9-17, weekend 's avonds",
    "za 10-12, 9-17 ma-vr",
    "ma-vr 9-17, 10-12 za",
    "ma-vr 9-17 en 10-12 za",
    "ma, 9-17 di 10-12",
    "9-17 ma 10-12 di",
    "9-17, ma, 10-12, di",
    # a stray sign or a foreign word
    "ma-vr (9-17)",
    "ma-vr 9-17!",
    "mo-fr 9-17",
    "lundi",
    "ma-vr 9-17 " + "x" * MAX_TEXT,
]


def as_tuples(windows: list[dict[str, object]] | None) -> object:
    if windows is None:
        return None
    return [(tuple(w["days"]), w["from"], w["to"]) for w in windows]  # type: ignore[arg-type]


@pytest.mark.parametrize("text", PARSED)
def test_real_world_phrases_give_their_windows(text: str) -> None:
    windows = parse_available(text)
    assert as_tuples(windows) == PARSED[text]
    assert well_formed(windows)
    assert json.loads(json.dumps(windows)) == windows  # the stored shape: plain JSON


@pytest.mark.parametrize("text", UNKNOWN)
def test_what_is_not_understood_is_unknown(text: str) -> None:
    assert parse_available(text) is None


def test_the_stored_shape() -> None:
    assert parse_available("ma-vr 9-17") == [
        {"days": [1, 2, 3, 4, 5], "from": "09:00", "to": "17:00"}
    ]


def test_a_range_through_the_night_is_split_and_sunday_wraps_to_monday() -> None:
    windows = parse_available("za-zo 's nachts en 23-7")
    assert as_tuples(windows) == [
        (WEEKEND, "00:00", "06:00"),
        (WEEKEND, "23:00", "24:00"),
        ((1, 7), "00:00", "07:00"),
    ]
    sunday_night = datetime(2026, 1, 11, 23, 30)  # a Sunday
    assert sunday_night.isoweekday() == 7
    assert reachable_at(windows, sunday_night) is True
    assert reachable_at(windows, sunday_night + timedelta(hours=1)) is True  # Monday 00:30
    assert reachable_at(windows, sunday_night + timedelta(hours=8)) is False  # Monday 07:30


def test_hours_before_days_do_not_make_someone_reachable_at_night() -> None:
    tuesday_3am = datetime(2026, 1, 6, 3, 0)  # a Tuesday
    assert tuesday_3am.isoweekday() == 2
    for text in ("9-17, ma-vr", "9am-5pm, weekdays", "09:00-17:00, maandag t/m vrijdag"):
        windows = parse_available(text)
        assert reachable_at(windows, tuesday_3am) is False, text
        assert reachable_at(windows, tuesday_3am.replace(hour=10)) is True, text
        assert reachable_at(windows, tuesday_3am.replace(hour=10) + timedelta(days=4)) is False


def test_a_non_string_is_unknown() -> None:
    assert parse_available(None) is None  # type: ignore[arg-type]
    assert parse_available(17) is None  # type: ignore[arg-type]


# --- reachable_at ---------------------------------------------------------------------

OFFICE = [{"days": [1, 2, 3, 4, 5], "from": "09:00", "to": "17:00"}]
EVENING = [{"days": [7], "from": "18:00", "to": "24:00"}]
MONDAY = datetime(2026, 1, 5)  # a Monday


@pytest.mark.parametrize(
    ("windows", "moment", "expected"),
    [
        (OFFICE, MONDAY.replace(hour=9), True),  # from is inclusive
        (OFFICE, MONDAY.replace(hour=8, minute=59), False),
        (OFFICE, MONDAY.replace(hour=16, minute=59, second=59), True),
        (OFFICE, MONDAY.replace(hour=17), False),  # to is exclusive
        (OFFICE, MONDAY.replace(hour=12) + timedelta(days=5), False),  # Saturday
        (EVENING, MONDAY.replace(hour=23, minute=59) + timedelta(days=6), True),  # 24:00
        (EVENING, MONDAY.replace(hour=0) + timedelta(days=6), False),
        (EVENING, MONDAY.replace(hour=18), False),  # a Monday
        (OFFICE, MONDAY.replace(hour=10, tzinfo=UTC), True),  # aware: its own wall clock
        (OFFICE, MONDAY.replace(hour=10, tzinfo=timezone(timedelta(hours=-5))), True),
    ],
)
def test_reachable_at_boundaries(windows: object, moment: datetime, expected: bool) -> None:
    assert reachable_at(windows, moment) is expected


JUNK: list[object] = [
    None,
    [],
    {},
    "ma-vr 9-17",
    17,
    [None],
    ["09:00"],
    [{}],
    [{"days": [1], "from": "09:00"}],
    [{"days": [], "from": "09:00", "to": "17:00"}],
    [{"days": [0], "from": "09:00", "to": "17:00"}],
    [{"days": [8], "from": "09:00", "to": "17:00"}],
    [{"days": [True], "from": "09:00", "to": "17:00"}],
    [{"days": [1.0], "from": "09:00", "to": "17:00"}],
    [{"days": "12345", "from": "09:00", "to": "17:00"}],
    [{"days": [1], "from": "9:00", "to": "17:00"}],
    [{"days": [1], "from": "09:00", "to": "25:00"}],
    [{"days": [1], "from": "09:00", "to": "24:30"}],
    [{"days": [1], "from": "09:60", "to": "17:00"}],
    [{"days": [1], "from": "17:00", "to": "09:00"}],
    [{"days": [1], "from": "09:00", "to": "09:00"}],
    [{"days": [1], "from": "24:00", "to": "24:00"}],
    [{"days": [1], "from": 900, "to": 1700}],
    [{"days": [1], "from": "09:00", "to": "17:00"}, "extra"],
    [{"days": [1], "from": "٠٩:٠٠", "to": "17:00"}],
    ({"days": [1], "from": "09:00", "to": "17:00"},),
]


@pytest.mark.parametrize("junk", JUNK)
def test_junk_windows_are_unknown_never_an_error(junk: object) -> None:
    assert not well_formed(junk)
    assert reachable_at(junk, MONDAY.replace(hour=10)) is None


def test_hand_edited_windows_are_forgiven_order_repeats_and_extra_keys() -> None:
    windows = [{"days": [5, 1, 1], "from": "09:00", "to": "17:00", "note": "werk"}]
    assert well_formed(windows)
    assert reachable_at(windows, MONDAY.replace(hour=10)) is True


# --- windows_for ----------------------------------------------------------------------


def test_windows_for_prefers_the_stored_windows() -> None:
    assert windows_for("altijd", OFFICE) is OFFICE


def test_windows_for_reads_the_text_when_the_store_has_none_or_junk() -> None:
    expected = parse_available("ma-vr 9-17")
    assert windows_for("ma-vr 9-17") == expected  # no windows stored (first release)
    assert windows_for("ma-vr 9-17", [{"days": [1]}]) == expected  # broken by hand
    assert windows_for("meestal wel") is None
    assert windows_for(None) is None
    assert windows_for("ma-vr 9-17", None) is None  # read when saved: unknown, not again
    assert windows_for(42, "junk") is None


# --- properties -----------------------------------------------------------------------


def assert_shape(windows: object) -> None:
    assert isinstance(windows, list)
    assert windows
    for window in windows:
        assert set(window) == {"days", "from", "to"}
        days = window["days"]
        assert days == sorted(set(days))
        assert all(type(d) is int and 1 <= d <= 7 for d in days)
        assert window["from"] < window["to"]
    assert well_formed(windows)


WORDS = [
    "ma", "vr", "za", "zo", "mon", "fri", "weekend", "werkdagen", "elke dag", "'s avonds",
    "nachts", "overdag", "altijd", "24/7", "9", "17", "9:00", "17.00", "22", "06", "0", "24",
    "12", "pm", "am", "uur", "u", "-", "t/m", "tot", "to", "van", "vanaf", "na", "voor",
    "tussen", "en", "and", ",", ";", ".", ":", "noon", "middernacht", "zondagavond", "x",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_none_or_well_formed_windows(text: str) -> None:
    windows = parse_available(text)
    if windows is not None:
        assert_shape(windows)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=8).map(" ".join))
def test_any_mix_of_known_words_gives_none_or_well_formed_windows(text: str) -> None:
    windows = parse_available(text)
    if windows is not None:
        assert_shape(windows)


def clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


windows_strategy = st.lists(
    st.tuples(
        st.lists(st.integers(1, 7), min_size=1, max_size=7),
        st.integers(0, 24 * 60 - 1),
        st.integers(1, 24 * 60),
    )
    .filter(lambda w: w[1] < w[2])
    .map(lambda w: {"days": w[0], "from": clock(w[1]), "to": clock(w[2])}),
    min_size=1,
    max_size=4,
)


@settings(max_examples=300, deadline=None)
@given(windows_strategy, st.datetimes())
def test_well_formed_windows_give_a_bool(windows: list[dict[str, object]], now: datetime) -> None:
    assert well_formed(windows)
    result = reachable_at(windows, now)
    assert isinstance(result, bool)
    minute = now.hour * 60 + now.minute
    assert (
        result
        == any(
            now.isoweekday() in w["days"]  # type: ignore[operator]
            and int(str(w["from"])[:2]) * 60 + int(str(w["from"])[3:]) <= minute
            and minute < int(str(w["to"])[:2]) * 60 + int(str(w["to"])[3:])
            for w in windows
        )
    )


@settings(max_examples=300, deadline=None)
@given(st.recursive(st.none() | st.integers() | st.text(max_size=6) | st.booleans(),
                    lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.sampled_from(["days", "from", "to"]), inner, max_size=3),
                    max_leaves=10),
       st.datetimes())  # fmt: skip
def test_reachable_at_never_raises_on_junk(junk: object, now: datetime) -> None:
    assert reachable_at(junk, now) in (None, True, False)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(PARSED)), st.datetimes())
def test_parsed_windows_answer_for_every_moment(text: str, now: datetime) -> None:
    assert isinstance(reachable_at(parse_available(text), now), bool)


# --- cost -----------------------------------------------------------------------------


def test_importing_loads_no_third_party_and_no_heavy_standard_module() -> None:
    code = (
        "import sys, json\n"
        "import steuncirkel.base.availability\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    loaded = set(json.loads(result.stdout))
    heavy = ("pydantic", "typer", "click", "rich", "phonenumbers", "zoneinfo", "_strptime",
             "datetime", "_datetime", "locale", "calendar", "typing", "unicodedata")  # fmt: skip
    assert not loaded.intersection(heavy)


def test_reading_is_fast() -> None:
    texts = [*PARSED, *UNKNOWN]
    start = time.perf_counter()
    for _ in range(20):
        for text in texts:
            parse_available(text)
    per_call = (time.perf_counter() - start) / (20 * len(texts))
    assert per_call < 500e-6  # generous for a shared CI machine; about 10-20 µs locally
