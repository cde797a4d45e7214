"""How far apart two words are, for forgiving a typo without guessing wildly.

Standard library only: the entry point uses it to recognise a mistyped ``crisis``
before anything heavy loads.
"""

from __future__ import annotations

__all__ = ["distance", "means_crisis", "within"]


def distance(a: str, b: str) -> int:
    """Edits between ``a`` and ``b``: insert, delete, replace, or swap two neighbours
    (optimal string alignment distance; "crsis" and "cirsis" are both 1 from "crisis")."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[len(b)]


def means_crisis(word: str | None) -> bool:
    """True for a command word typed in a hurry that can only mean ``crisis``: another
    case, or one or two letters off (``CRISIS``, ``crsis``, ``krisis``, ``crisi``)."""
    if not word or word.startswith("-") or len(word) > 12:
        return False
    return word != "crisis" and distance(word.casefold(), "crisis") <= 2


def within(a: str, b: str, limit: int) -> int | None:
    """``distance(a, b)`` when it is at most ``limit``, else None. Only the band of the
    table within ``limit`` of the diagonal is counted (outside it the distance is past
    the limit anyway), and a row all past the limit ends the count: fast enough to
    compare a typed name with ten thousand."""
    if abs(len(a) - len(b)) > limit:
        return None
    far = limit + 1
    width = len(b)
    previous2: list[int] = []
    previous = [j if j <= limit else far for j in range(width + 1)]
    for i, ca in enumerate(a, start=1):
        current = [far] * (width + 1)
        current[0] = i if i <= limit else far
        for j in range(max(1, i - limit), min(width, i + limit) + 1):
            cb = b[j - 1]
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                best = min(best, previous2[j - 2] + 1)
            current[j] = min(best, far)
        if min(current) > limit:
            return None
        previous2, previous = previous, current
    return previous[width] if previous[width] <= limit else None
