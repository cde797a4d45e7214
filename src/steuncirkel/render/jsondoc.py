"""The machine twin of ``show``: a documented, versioned JSON document (docs/json.md).

Shape (version 1)::

    {"format": "steuncirkel-show", "version": 1, "role": null | "crisis" | ...,
     "settings": {...}, "counts": {...}, "crisis_max": 5,
     "entries": [{...entry..., "crisis_position": 1 | null}],
     "pointers": [{"code": "...", "message": "..."}]}
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Final

from steuncirkel.base.i18n import Lang, t
from steuncirkel.models import CRISIS_MAX, Circle, Role

if TYPE_CHECKING:
    from collections.abc import Iterable

    from steuncirkel.operations import Pointer

__all__ = ["SHOW_FORMAT", "SHOW_VERSION", "dumps", "show_document"]

SHOW_FORMAT: Final = "steuncirkel-show"
SHOW_VERSION: Final = 1


def show_document(
    circle: Circle,
    pointers: Iterable[Pointer],
    lang: Lang,
    *,
    role: Role | None = None,
    only_role: bool = False,
) -> dict[str, Any]:
    """The ``show --json`` document; with ``only_role``, only entries of ``role``."""
    crisis = circle.crisis_list()
    position = {entry.id: n for n, entry in enumerate(crisis, start=1)}
    selected = circle.with_role(role) if only_role else circle.entries
    entries = []
    for entry in selected:
        item = entry.model_dump(mode="json")
        item["phone_display"] = entry.phone_shown(circle.settings.country.value)
        item["crisis_position"] = position.get(entry.id)
        entries.append(item)
    return {
        "format": SHOW_FORMAT,
        "version": SHOW_VERSION,
        "role": (role.value if role else "none") if only_role else None,
        "settings": circle.settings.model_dump(mode="json"),
        "counts": {
            "entries": len(circle.entries),
            "crisis": len(crisis),
            "listens": len(circle.with_role(Role.LISTENS)),
            "practical": len(circle.with_role(Role.PRACTICAL)),
            "no_role": len(circle.with_role(None)),
        },
        "crisis_max": CRISIS_MAX,
        "entries": entries,
        "pointers": [
            {
                "code": hint.msg.value.removeprefix("pointer_"),
                "message": t(hint.msg, lang, **hint.params),
            }
            for hint in pointers
        ],
    }


def dumps(document: dict[str, Any], *, ascii_only: bool = False) -> str:
    """JSON text with a trailing newline; ``ascii_only`` for outputs that are not UTF-8."""
    return json.dumps(document, indent=2, ensure_ascii=ascii_only) + "\n"
