"""Windows: when someone can be reached, in the shape the store keeps.

A window is a plain, JSON-ready dict (the stored contract)::

    {"days": [1, 2, 3, 4, 5], "from": "09:00", "to": "17:00"}

``days`` are ISO weekdays (1 = Monday .. 7 = Sunday), sorted and unique; ``from`` and
``to`` are local wall-clock times "HH:MM", ``from`` < ``to``, and ``to`` may be
"24:00".

The windows are read from the typed text when an entry is saved (``availability.py``);
here they are checked and asked whether a moment falls in them. This is what the crisis
view needs on every start, so it stays small: the text reader is loaded only for a
store without windows.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from datetime import datetime
    from typing import Final, TypeGuard

    from steuncirkel.base.context import Moment

__all__ = ["MISSING", "reachable_at", "well_formed", "windows_for"]

MISSING: Final = object()  # an entry without the key ``available_windows``


def _is_clock(value: object) -> bool:
    """ "HH:MM" from "00:00" to "24:00", exactly (no "9:00", no other digits than 0-9)."""
    if not isinstance(value, str) or len(value) != 5 or value[2] != ":":
        return False
    digits = value[:2] + value[3:]
    if not all(c in "0123456789" for c in digits):
        return False
    return value[3] in "012345" and (value[:2] < "24" or value == "24:00")


def well_formed(windows: object) -> TypeGuard[list[dict[str, object]]]:
    """True for a non-empty list of windows in the stored shape.

    The store is a hand-editable file, so anything may be there. Required per window: a
    dict with ``days`` (a non-empty list of whole numbers 1-7; order and repeats are
    forgiven) and ``from``/``to`` as exactly "HH:MM" with ``from`` < ``to`` ("24:00"
    only as ``to``). Other keys are ignored. "9:00" is not accepted: the text is read
    again instead (``windows_for``).
    """
    if not isinstance(windows, list) or not windows:
        return False
    for window in windows:
        if not isinstance(window, dict):
            return False
        days, start, end = window.get("days"), window.get("from"), window.get("to")
        if not isinstance(days, list) or not days:
            return False
        if not all(type(day) is int and 1 <= day <= 7 for day in days):
            return False
        if not (_is_clock(start) and _is_clock(end)):
            return False
        if start == "24:00" or not str(start) < str(end):
            return False
    return True


def reachable_at(windows: object, now: datetime | Moment) -> bool | None:
    """Whether ``now`` (local wall-clock time) falls in one of ``windows``: ``from``
    counts, ``to`` does not. None when there are no usable windows (missing, empty or
    malformed: never an error, the crisis view must not fail on a hand-edited file)."""
    if not well_formed(windows):
        return None
    day = now.isoweekday()
    clock = f"{now.hour:02d}:{now.minute:02d}"
    for window in windows:
        days = window["days"]
        start, end = window["from"], window["to"]
        if isinstance(days, list) and day in days and str(start) <= clock < str(end):
            return True
    return False


def windows_for(text: object, stored: object = MISSING) -> list[dict[str, object]] | None:
    """The windows for an entry: the stored ones when they are well formed; None when
    the store says ``null`` (the text was read when saved and is unknown: reading it
    again on every crisis run would cost a millisecond); else those read from the text
    (a first-release store has none, a hand edit may break them), else None."""
    if well_formed(stored):
        return stored
    if stored is None:
        return None
    if not isinstance(text, str):
        return None
    from steuncirkel.base.availability import parse_available

    return parse_available(text)
