"""When someone can be reached: time windows read from what the user typed.

``--available`` takes free text ("ma-vr 9-17", "'s avonds en in het weekend",
"evenings and weekends"). The text is kept exactly as typed; beside it the store keeps
the *windows* read from it, so the crisis view can put first the people who can be
reached now. A wrong guess there is worse than no guess: it would put someone first who
is asleep, or last who is awake. So the reader is deliberately strict: it knows a fixed
vocabulary (Dutch and English), and any word, number or sign it does not know makes the
whole text unknown (``None``), never a partial reading. An unknown text costs nothing
but the ordering; the text itself is still shown.

The windows it gives have the stored shape ``base/windows.py`` describes.
A range across midnight ("22:00-06:00") becomes two windows: the evening on the given
days and the early morning on the days after (Sunday's night ends on Monday).

How the text is read (the choices, so they can be argued with):

- Days without hours mean the whole day; hours without days mean every day.
- Days and hours bind when they stand together in either order ("ma-vr 9-17",
  "9-17 ma-vr", "weekend 's avonds"), and also with a comma or colon between them, in
  either order: "ma t/m vr, 9:00-17:00", "weekend: 10-12", "9-17, ma-vr",
  "9am-5pm, weekdays", "na 18:00, weekend" (the weekend evenings), "tot 23:00, weekend".
  Read as a list, "9-17, ma-vr" would be every day 9-17 plus Monday to Friday all day:
  reachable on Tuesday at 3 at night.
- Except: a part of the day, a comma (or colon) and days ("'s avonds, weekend",
  "evenings, weekends", "overdag, ma-vr") are unknown. In English that is mostly a list;
  in Dutch it is as often "in the evening, at the weekend". The list reading would make
  someone reachable on Saturday at 3 at night who meant Saturday evening, the other one
  would put last someone who is free every evening, so we do not guess. Write
  "'s avonds en in het weekend" for both, "weekend 's avonds" for the weekend evenings.
  Days first ("weekend, 's avonds") still bind: that is the usual order for one time,
  and the narrower reading.
- Joined by "en"/"and"/"&"/"of"/"or" days and hours are separate parts: "evenings and
  weekends" is every evening plus the whole weekend, "ma-vr, 9-17 en weekend" is
  Monday to Friday 9-17 plus the whole weekend. A list of days shares the hours next to
  it ("ma, wo en vr 9-17", "9-17, ma-vr en za"), and so do several hours next to one set
  of days ("ma-vr 9-12 en 13-17", "9-12, 13-17, ma-vr").
- Several days with their hours are read in pairs, in the order the text starts with
  ("ma 9-17, di 10-12", "9-17 ma, 10-12 di"); side by side binds closer than a comma,
  and each pair must hold together at least as closely as it holds to its neighbours
  (more closely when the hours come first). Days after a comma, behind days with their
  hours right beside them, are the whole day ("ma-vr 9-17, weekend": the whole
  weekend). Anything else that two neighbours could claim is unknown: hours between
  two sets of days ("ma-vr, 9-17, weekend", "ma-vr 9-17 weekend"), days between two
  hours ("tot 17 weekend 's nachts", "9-17, ma-vr 18-20", "9-17 ma-vr, za 10-12"),
  both orders at once ("za 10-12, 9-17 ma-vr", "ma, 9-17 di 10-12"). ";", "." and a
  new line end a part completely ("9-17, ma-vr; za 10-12").
- Times are the 24-hour clock ("9-17", "09.00-17.00", "9u30"); "am"/"pm" are read
  ("9am-5pm", "from 9 to 5pm", "6-11pm": a bare start takes the end's am/pm when that
  gives a start before the end). A bare range that would run through the night from a
  start of 12 or earlier ("9-5", "10-2") is unknown: it is as likely "9 to 5" as a
  night, and we do not guess. "18-0" and "18:00-00:00" end at midnight (24:00).
- "na 18:00"/"vanaf"/"after"/"from" run to 24:00. "tot 23:00"/"voor"/"until"/"before"
  run from 08:00 when the end is after 08:00 (someone "reachable until 23:00" is not
  reachable at 3 at night), otherwise from 00:00 ("tot 7:00" = 00:00-07:00). A bare
  hour from 1 to 11 in these ("na 8", "tot 5") is unknown: 8 in the morning or the
  evening? Write "na 20", "na 8:00", "tot 17" or "tot 5pm".
- Parts of the day: morning 06-12, afternoon 12-18, evening 18-24, night 00-06 (the
  early hours of the same day), "overdag"/daytime 08-18; "altijd"/"24/7"/"dag en
  nacht" is the whole day. A part of the day written against a clock time ("'s avonds
  tot 23:00", "8 uur 's avonds") is unknown: it needs 12-hour reading we do not do.
- "noon" is 12:00; "middernacht"/"midnight" starts a range at 00:00 and ends one at
  24:00 ("na middernacht" is unknown).
- Texts longer than 300 characters are unknown: a schedule is short, and the crisis
  view must not spend time on an essay.

Standard library only, and cheap: ``crisis`` reads the texts of a hand-edited store
that has no windows (see ``windows.windows_for``). A store the app wrote has them, so
the crisis view does not load this reader at all.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

__all__ = ["MAX_TEXT", "parse_available"]

MAX_TEXT: Final = 300
_DAY: Final = 24 * 60
_UNTIL_FROM: Final = 8 * 60  # "tot 23:00" starts at 08:00
_ALL_DAYS: Final = (1, 2, 3, 4, 5, 6, 7)
_WEEKDAYS: Final = (1, 2, 3, 4, 5)
_MIDNIGHT: Final = -1  # hour of the _Time that "middernacht"/"midnight" reads as

# A clock time as typed: hour, minute, "am"/"pm"/"" and whether it is unambiguous.
_Time = tuple[int, int, str, bool]
# A window before it is shaped: days, start and end in minutes after midnight.
_Window = tuple[tuple[int, ...], int, int]


class _Tok:
    """One word of the text, read. ``kind`` is D (days; ``word`` "single" for one
    weekday), P (a part of the day: ``span``), N (a number as typed), SFX ("uur", "am",
    "pm"), M (noon, midnight), R (a range word: "-", "t/m", "tot"), FROM, AFTER,
    BEFORE, BETWEEN, SEP (``word`` "," or "and" or "or") or CLAUSE (";", ".")."""

    __slots__ = ("days", "kind", "span", "word")

    def __init__(
        self, kind: str, word: str = "", days: tuple[int, ...] = (), span: tuple[int, int] = (0, 0)
    ) -> None:
        self.kind = kind
        self.word = word
        self.days = days
        self.span = span


# Numbers ("9", "9:30", "9.30", "9u30"), words (with an abbreviation dot), signs, strays.
_PIECES = r"([0-9]+(?:[:.][0-9]+|[uh][0-9]+)?)|([^\W\d_]+)(\.?)|([-,;:&+/.])|(\S)"
_CLAUSE = _Tok("CLAUSE")
_NORMAL = str.maketrans(
    {
        **dict.fromkeys("'’‘`´ʼ", " "),
        **dict.fromkeys("–—‒―−‑‐", "-"),
        **dict.fromkeys("\n\r", ";"),
        "\xa0": " ",
    }
)
# Words after which a dot is an abbreviation ("ma.", "vr.") rather than a full stop.
_ABBREVIATED = frozenset(
    (
        "ma di wo do vr za zo maa din woe don zat zon mon tue tues wed thu thur thurs fri sat sun"
    ).split()
)
_UNTIL_WORDS = ("tot", "until", "till", "til")

_SINGLE_DAYS = (
    "ma maa maan maandag maandags mon monday mondays",
    "di din dins dinsdag dinsdags tue tues tuesday tuesdays",
    "wo woe woens woensdag woensdags wed weds wednesday wednesdays",
    "do don dond donderdag donderdags thu thur thurs thursday thursdays",
    "vr vrijdag vrijdags fri friday fridays",
    "za zat zaterdag zaterdags sat saturday saturdays",
    "zo zon zondag zondags sun sunday sundays",
)
_GROUPS = (
    ("weekend weekends weekenden weekenddagen", (6, 7)),
    ("doordeweeks werkdagen weekdagen weekdays weekday workdays werkdag weekdag", _WEEKDAYS),
    ("dagelijks daily everyday", _ALL_DAYS),
)
_PARTS = (
    ("ochtend ochtenden ochtends morgens voormiddag voormiddags morning mornings", (360, 720)),
    ("middag middagen middags namiddag namiddags afternoon afternoons", (720, 1080)),
    ("avond avonden avonds evening evenings", (1080, _DAY)),
    ("nacht nachten nachts night nights", (0, 360)),
    ("overdag daytime", (480, 1080)),
    ("altijd always anytime", (0, _DAY)),
)
# "'s" is read as a lone "s" (apostrophes become spaces), so "s avonds" and "savonds"
# are both written out; "morgen" alone is "tomorrow" and is not a part of the day.
_GLUED_PARTS = ("savonds", "snachts", "smiddags", "sochtends", "smorgens")
_FILLERS = (
    "s op on in het de the at during alleen only elke iedere every each "
    "bereikbaar beschikbaar available reachable ook also even zelfs"
)
_SEPARATORS = (("en and &", "and"), ("of or plus + /", "or"), (", :", ","))
_PHRASES = (
    ("t/m|tot en met", _Tok("R", "t/m")),
    ("door de week|working days|work days|business days", _Tok("D", days=_WEEKDAYS)),
    (
        "elke dag|iedere dag|alle dagen|every day|each day|7 dagen per week"
        "|zeven dagen per week|7 days a week|seven days a week",
        _Tok("D", days=_ALL_DAYS),
    ),
    ("by day|during the day", _Tok("P", span=(480, 1080))),
    (
        "24/7|24x7|24 uur per dag|24 u per dag|24 hours a day|24 hours per day|dag en nacht"
        "|nacht en dag|day and night|night and day|any time|round the clock|around the clock"
        "|hele dag|whole day|all day long|all day",
        _Tok("P", span=(0, _DAY)),
    ),
)
# Phrases that read as a time of their own only where no time is expected: in
# "van 9 tot 24 uur" the "24 uur" is the end of a range.
_STANDALONE = ("24 uur", "24 u", "24 h", "24 hours")


def _raw(text: str, pattern: re.Pattern[str]) -> list[str] | None:
    """The text cut into raw pieces: numbers, words, signs (None for a stray sign)."""
    pieces: list[str] = []
    for number, word, dot, sign, stray in pattern.findall(text):
        if stray:
            return None
        if word:
            pieces.append(word)
            if dot and word not in _ABBREVIATED:
                pieces.append(".")
        else:
            pieces.append(number or sign)
    return pieces


_Phrases = dict[str, list[tuple[tuple[str, ...], tuple[_Tok, ...], bool]]]
_Reader = tuple[re.Pattern[str], dict[str, tuple[_Tok, ...]], _Phrases]
_READER: list[_Reader] = []


def _reader() -> _Reader:
    """The pattern, the words and the phrases (by their first piece, longest first).

    Built on the first text read, not at import: a store whose windows are stored never
    needs them, and the crisis view saves the millisecond.
    """
    if _READER:
        return _READER[0]
    pattern = re.compile(_PIECES)
    words: dict[str, tuple[_Tok, ...]] = {}
    for number, names in enumerate(_SINGLE_DAYS, start=1):
        for name in names.split():
            words[name] = (_Tok("D", "single", (number,)),)
    for names, days in _GROUPS:
        for name in names.split():
            words[name] = (_Tok("D", days=days),)
    for names, span in _PARTS:
        for name in names.split():
            words[name] = (_Tok("P", span=span),)
    for name in _GLUED_PARTS:
        words[name] = words[name[1:]]
    for name in _FILLERS.split():
        words[name] = ()
    for names, kind in _SEPARATORS:
        for name in names.split():
            words[name] = (_Tok("SEP", kind),)
    for name in (";", "."):
        words[name] = (_CLAUSE,)
    for name in ("-", "to", "through", "thru", "tm", *_UNTIL_WORDS):
        words[name] = (_Tok("R", name),)
    for kind, names in (
        ("FROM", "van from"),
        ("AFTER", "vanaf na after"),
        ("BEFORE", "voor before"),
        ("BETWEEN", "tussen between"),
    ):
        for name in names.split():
            words[name] = (_Tok(kind, name),)
    for name in ("u", "uur", "h", "hr", "hrs", "hour", "hours"):
        words[name] = (_Tok("SFX", "h"),)
    for name in ("am", "pm"):
        words[name] = (_Tok("SFX", name),)
    words["noon"] = (_Tok("M", "noon"),)
    words["middernacht"] = words["midnight"] = (_Tok("M", "midnight"),)

    phrases: _Phrases = {}
    always = (_Tok("P", span=(0, _DAY)),)
    table = [(text, (tok,), False) for texts, tok in _PHRASES for text in texts.split("|")]
    table += [(text, always, True) for text in _STANDALONE]
    for text, toks, standalone in table:
        key = tuple(_raw(text, pattern) or ())
        phrases.setdefault(key[0], []).append((key, toks, standalone))
    for found in phrases.values():
        found.sort(key=lambda entry: -len(entry[0]))
    _READER.append((pattern, words, phrases))
    return _READER[0]


_FULL_DAY_NAMES = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_COMPOUND_PARTS = frozenset(
    "ochtend ochtenden morgen morgens middag middagen avond avonden nacht nachten".split()
)
_EXPECTS_TIME = frozenset(("R", "FROM", "AFTER", "BEFORE", "BETWEEN"))


def _tokens(text: str) -> list[_Tok] | None:
    """The text read word by word, or None when a piece of it is unknown."""
    pattern, words, phrases = _reader()
    raw = _raw(
        text.casefold().replace("a.m.", "am").replace("p.m.", "pm").translate(_NORMAL), pattern
    )
    if raw is None:
        return None
    toks: list[_Tok] = []
    i, n = 0, len(raw)
    while i < n:
        piece = raw[i]
        for key, found, standalone in phrases.get(piece, ()):
            if tuple(raw[i : i + len(key)]) == key and not (
                standalone and toks and toks[-1].kind in _EXPECTS_TIME
            ):
                toks.extend(found)
                i += len(key)
                break
        else:
            if piece[0] in "0123456789":
                toks.append(_Tok("N", piece))
            elif piece in words:
                toks.extend(words[piece])
            else:
                compound = _compound(piece, words)
                if compound is None:
                    return None
                toks.extend(compound)
            i += 1
    return toks


def _compound(word: str, words: dict[str, tuple[_Tok, ...]]) -> tuple[_Tok, ...] | None:
    """A Dutch day glued to a part of the day: "zondagavond", "vrijdagmiddagen"."""
    for name in _FULL_DAY_NAMES:
        if word.startswith(name) and word[len(name) :] in _COMPOUND_PARTS:
            rest = word[len(name) :]
            return words[name] + words["morgens" if rest.startswith("morgen") else rest]
    return None


def _time(toks: list[_Tok], i: int) -> tuple[_Time, int] | None:
    """The clock time at ``toks[i]`` (with an "uur"/"am"/"pm" after it) and what follows."""
    if i >= len(toks):
        return None
    tok = toks[i]
    if tok.kind == "M":
        return ((12, 0, "pm", True) if tok.word == "noon" else (_MIDNIGHT, 0, "", True)), i + 1
    if tok.kind != "N":
        return None
    raw = tok.word
    hours, minutes = raw, ""
    for mark in ":.uh":
        if mark in raw:
            hours, minutes = raw.split(mark)
            break
    if len(hours) > 2 or (minutes and len(minutes) != 2):
        return None
    hour = int(hours)
    meridiem = ""
    i += 1
    if i < len(toks) and toks[i].kind == "SFX":
        if toks[i].word != "h":
            meridiem = toks[i].word
        i += 1
    clear = bool(minutes or meridiem) or hour >= 12 or hours[0] == "0"
    return (hour, int(minutes or 0), meridiem, clear), i


def _minutes(time: _Time) -> int | None:
    """Minutes after midnight, or None for a time that does not exist ("25:00", "13pm")."""
    hour, minute, meridiem, _ = time
    if minute > 59 or hour < 0:
        return None
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        return (hour % 12 + (12 if meridiem == "pm" else 0)) * 60 + minute
    if hour > 24 or (hour == 24 and minute):
        return None
    return hour * 60 + minute


def _range(a: _Time, b: _Time) -> tuple[int, int] | None:
    """From ``a`` to ``b``; the start may lie after the end (a range through the night)."""
    start: int | None
    end: int | None
    if a[0] == _MIDNIGHT:
        start = 0
    elif b[2] and not a[2]:
        if not 1 <= a[0] <= 12 or b[0] in (12, _MIDNIGHT):
            return None  # "13-5pm", "9-12pm": no sensible reading
        end = _minutes(b)
        same = _minutes((a[0], a[1], b[2], True))
        other = _minutes((a[0], a[1], "am" if b[2] == "pm" else "pm", True))
        start = same if same is not None and end is not None and same < end else other
    elif a[2] and not b[2] and b[0] != _MIDNIGHT and 0 < b[0] <= 12:
        return None  # "9am-5": the end is not clear
    else:
        start = _minutes(a)
    end = _DAY if b[0] == _MIDNIGHT else _minutes(b)
    if start is None or end is None:
        return None
    end = end or _DAY  # "18:00-00:00" ends at midnight
    if start >= _DAY or start == end:
        return None
    if start > end and not (a[2] or b[2]) and 0 <= a[0] <= 12:
        return None  # "9-5", "10-2": 9 to 5 or a night? we do not guess
    return start, end


def _after(t: _Time) -> tuple[int, int] | None:
    """ "na 18:00": to the end of the day."""
    start = _minutes(t) if t[3] and t[0] != _MIDNIGHT else None
    return None if start is None or start >= _DAY else (start, _DAY)


def _until(t: _Time) -> tuple[int, int] | None:
    """ "tot 23:00": from 08:00 when the end is later, from midnight when it is earlier."""
    if t[0] == _MIDNIGHT:
        return _UNTIL_FROM, _DAY
    end = _minutes(t) if t[3] else None
    if end is None:
        return None
    end = end or _DAY
    return (_UNTIL_FROM if end > _UNTIL_FROM else 0), end


def _day_range(first: int, last: int) -> tuple[int, ...]:
    """ "ma-vr", and across the week's end: "vr-ma" is Friday to Monday."""
    if first <= last:
        return tuple(range(first, last + 1))
    return tuple(range(first, 8)) + tuple(range(1, last + 1))


def _single_day(toks: list[_Tok], i: int) -> int:
    """The weekday of ``toks[i]`` when it names one day, else 0."""
    if i < len(toks) and toks[i].kind == "D" and toks[i].word == "single":
        return toks[i].days[0]
    return 0


# An item of a part: D (days), P (a part of the day) or C (a clock range), with its spans.
_Item = tuple[str, tuple[int, ...], tuple[tuple[int, int], ...]]


def _item(toks: list[_Tok], i: int) -> tuple[_Item, int] | None:
    """The days or the hours starting at ``toks[i]``, and where the next item starts."""
    tok = toks[i]
    kind = tok.kind
    if kind == "D":
        first = _single_day(toks, i)
        last = _single_day(toks, i + 2)
        if first and last and toks[i + 1].kind == "R":
            return ("D", _day_range(first, last), ()), i + 3
        return ("D", tok.days, ()), i + 1
    if kind == "P":
        return ("P", (), (tok.span,)), i + 1
    if kind == "FROM" and _single_day(toks, i + 1):
        first, last = _single_day(toks, i + 1), _single_day(toks, i + 3)
        if last and toks[i + 2].kind == "R":
            return ("D", _day_range(first, last), ()), i + 4
        return None
    if kind in ("N", "M"):
        start = _time(toks, i)
    elif kind in ("FROM", "AFTER", "BETWEEN", "BEFORE") or (
        kind == "R" and tok.word in _UNTIL_WORDS
    ):
        start = _time(toks, i + 1)
    else:
        return None
    if start is None:
        return None
    a, j = start
    span: tuple[int, int] | None
    if kind in ("BEFORE", "R"):
        span = _until(a)
    elif j < len(toks) and (
        toks[j].kind == "R"
        or (kind == "BETWEEN" and toks[j].kind == "SEP" and toks[j].word == "and")
    ):
        end = _time(toks, j + 1)
        if end is None:
            return None
        span, j = _range(a, end[0]), end[1]
    elif kind in ("FROM", "AFTER"):
        span = _after(a)
    else:
        return None  # a time on its own: "om 9", "9 uur"
    return None if span is None else (("C", (), (span,)), j)


class _Group:
    """A run of days (D: their union) or of hours (T: all their spans) in one part of the
    text, with the separator before it ("none", ",", "and", "or") and whether one of its
    hours is a part of the day ("'s avonds") rather than a clock time."""

    __slots__ = ("days", "kind", "part", "sep", "spans")

    def __init__(
        self, kind: str, days: set[int], spans: list[tuple[int, int]], sep: str, part: bool
    ) -> None:
        self.kind = kind
        self.days = days
        self.spans = spans
        self.sep = sep
        self.part = part


_BIND: Final = {"none": 2, ",": 1}  # how closely two neighbours hold: side by side, a comma


def _pairs(run: list[_Group]) -> list[tuple[set[int], list[tuple[int, int]]]] | None:
    """Days with their hours, for a run of groups that alternate between days and hours
    and stand side by side or with a comma (or colon) between them; None when it is not
    clear which hours go with which days (the module's docstring has the examples).

    The run is read as pairs from its start, days-hours or hours-days as it begins. A
    pair must hold together at least as closely as it holds to the pairs beside it
    (``_BIND``), strictly more closely when the hours come first: in "9-17 ma 10-12 di"
    "ma 10-12" is as close as "9-17 ma". A part of the day, a comma and days makes no
    pair ("'s avonds, weekend": a list, or the weekend evenings?). Only days may be left
    over: at the end, after a comma, behind days with their hours right beside them.
    """
    if len(run) == 1:
        return [(run[0].days, run[0].spans)]
    days_first = run[0].kind == "D"
    if len(run) % 2:
        # "tot 17 weekend 's nachts", "9-17, ma-vr 18-20", "ma-vr, 9-17, weekend",
        # "ma-vr 9-17 weekend": hours with days on both sides, or days with hours.
        if not days_first or run[-1].sep != "," or run[-2].sep != "none":
            return None
    pairs: list[tuple[set[int], list[tuple[int, int]]]] = []
    for k in range(0, len(run) - 1, 2):
        first, second = run[k], run[k + 1]
        within = _BIND[second.sep]
        if not days_first and first.part and within < _BIND["none"]:
            return None  # "'s avonds, weekend", "evenings, weekends": a list, or bound?
        if k:
            between = _BIND[first.sep]
            closest = min(within, _BIND[run[k - 1].sep])
            if between > closest or (not days_first and between == closest):
                return None  # "ma, 9-17 di 10-12", "9-17 ma 10-12 di"
        day, hours = (first, second) if days_first else (second, first)
        pairs.append((day.days, hours.spans))
    if len(run) % 2:
        pairs.append((run[-1].days, []))
    return pairs


def _clause(toks: list[_Tok]) -> list[_Window] | None:
    """The windows of one part of the text (between ";" or "."), or None."""
    items: list[tuple[_Item, str]] = []
    sep = "none"
    i = 0
    while i < len(toks):
        if toks[i].kind == "SEP":
            sep = toks[i].word if sep in ("none", ",") else sep
            i += 1
            continue
        found = _item(toks, i)
        if found is None:
            return None
        items.append((found[0], sep))
        i = found[1]
        sep = "none"

    # Groups: runs of days (their union) and runs of hours (all their spans).
    groups: list[_Group] = []
    previous = ""
    for (kind, days, spans), sep in items:
        if kind != "D" and previous not in ("", "D") and previous != kind and sep == "none":
            return None  # "'s avonds tot 23:00", "8 uur 's avonds": a clock against a part
        group = "D" if kind == "D" else "T"
        if groups and groups[-1].kind == group:
            groups[-1].days.update(days)
            groups[-1].spans.extend(spans)
            groups[-1].part = groups[-1].part or kind == "P"
        else:
            groups.append(_Group(group, set(days), list(spans), sep, kind == "P"))
        previous = kind

    # "en"/"and"/"of"/"or" between days and hours ends a run; a run is read as pairs.
    runs: list[list[_Group]] = []
    for neighbour in groups:
        if runs and neighbour.sep in ("none", ","):
            runs[-1].append(neighbour)
        else:
            runs.append([neighbour])
    windows: list[_Window] = []
    for run in runs:
        pairs = _pairs(run)
        if pairs is None:
            return None
        for pair_days, pair_spans in pairs:
            ordered = tuple(sorted(pair_days)) or _ALL_DAYS
            for start, end in pair_spans or [(0, _DAY)]:
                if start < end:
                    windows.append((ordered, start, end))
                else:
                    windows.append((ordered, start, _DAY))
                    windows.append((tuple(sorted(d % 7 + 1 for d in ordered)), 0, end))
    return windows


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_available(text: str) -> list[dict[str, object]] | None:
    """The windows in which ``text`` says someone can be reached, or None when the text
    is not fully understood (the module's docstring lists what is read, and how).

    Windows with the same hours are joined ("ma 9-17, wo 9-17" is one window), in the
    order they first appear.
    """
    if not isinstance(text, str) or len(text) > MAX_TEXT:
        return None
    toks = _tokens(text)
    if toks is None:
        return None
    found: list[_Window] = []
    clause: list[_Tok] = []
    for tok in [*toks, _CLAUSE]:
        if tok.kind != "CLAUSE":
            clause.append(tok)
        elif clause:
            windows = _clause(clause)
            if windows is None:
                return None
            found.extend(windows)
            clause = []
    if not found:
        return None
    joined: dict[tuple[int, int], set[int]] = {}
    for days, start, end in found:
        joined.setdefault((start, end), set()).update(days)
    return [
        {"days": sorted(days), "from": _clock(start), "to": _clock(end)}
        for (start, end), days in joined.items()
    ]
