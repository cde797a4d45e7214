"""How far apart two words are, for forgiving a typo without guessing wildly.

Standard library only: the entry point uses it to recognise a mistyped ``crisis``
before anything heavy loads.
"""

from __future__ import annotations

__all__ = ["distance", "means_crisis"]


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
