"""The order of the crisis list: one rule for the models and for the crisis view.

Entries named in ``crisis_order`` come first, in that order (a repeated or unknown id
counts once or not at all); crisis entries the order does not mention (a hand-edited
file) follow in the order of the entries. Two entries that share an id (a damaged file,
which the app refuses) are both kept: in a crisis, a reachable person is never dropped.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["crisis_positions"]


def crisis_positions(entries: Iterable[tuple[object, bool]], order: Iterable[object]) -> list[int]:
    """Indices into ``entries`` (pairs of id and "is on the crisis list") in list order.

    Entries whose id the order names come first, in that order (twins with one id
    together); the rest follow in circle order, also those without a usable id.
    """
    waiting: dict[object, list[int]] = {}
    for index, (entry_id, on_list) in enumerate(entries):
        if on_list:
            key = entry_id if isinstance(entry_id, str) else (None, index)
            waiting.setdefault(key, []).append(index)
    ordered = [n for i in order if isinstance(i, str) and i in waiting for n in waiting.pop(i)]
    return ordered + sorted(n for indices in waiting.values() for n in indices)
