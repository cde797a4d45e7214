"""The machine twin of ``show``: a documented, versioned JSON document (docs/json.md).

Shape (version 1)::

    {"format": "steuncirkel-show", "version": 1, "role": null | "crisis" | ...,
     "settings": {...}, "counts": {...}, "crisis_max": 5,
     "entries": [{...entry..., "crisis_position": 1 | null,
                  "last_contact": "YYYY-MM-DD" | null}],
     "pointers": [{"code": "...", "message": "...", "entry": "<id>" | null}]}
"""

from __future__ import annotations

import json

from steuncirkel.base.i18n import Lang, message
from steuncirkel.base.vocab import CRISIS_MAX, Role

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Final

    from steuncirkel.reading import ShowView

__all__ = ["SHOW_FORMAT", "SHOW_VERSION", "dumps", "show_document"]

SHOW_FORMAT: Final = "steuncirkel-show"
SHOW_VERSION: Final = 1
_SERIALIZER_FROM: Final = 1000  # entries: from here loading pydantic_core pays off


def show_document(view: ShowView, lang: Lang) -> dict[str, Any]:
    """The ``show --json`` document of ``view``: its entries and its pointers."""
    from steuncirkel.reading import last_contact

    circle = view.circle
    country = circle.settings.country.value
    entries = []
    for entry in view.entries:
        item = entry.model_dump(mode="json")
        item["phone_display"] = entry.phone_shown(country)
        item["crisis_position"] = view.crisis_position.get(entry.id)
        contacted = last_contact(entry)
        item["last_contact"] = contacted.isoformat() if contacted else None
        entries.append(item)
    return {
        "format": SHOW_FORMAT,
        "version": SHOW_VERSION,
        "role": (view.role.value if view.role else "none") if view.only_role else None,
        "settings": circle.settings.model_dump(mode="json"),
        "counts": {
            "entries": len(circle.entries),
            "crisis": len(view.crisis_position),
            "listens": len(circle.with_role(Role.LISTENS)),
            "practical": len(circle.with_role(Role.PRACTICAL)),
            "no_role": len(circle.with_role(None)),
        },
        "crisis_max": CRISIS_MAX,
        "entries": entries,
        "pointers": [
            {
                "code": pointer.msg.value.removeprefix("pointer_"),
                "message": message(pointer.msg, lang, pointer.params),
                "entry": pointer.entry,
            }
            for pointer in view.pointers
        ],
    }


def _has_float(value: object) -> bool:
    if isinstance(value, float):
        return True
    if isinstance(value, dict):
        return any(_has_float(item) for item in value.values())
    if isinstance(value, list):
        return any(_has_float(item) for item in value)
    return False


def dumps(document: dict[str, Any], *, ascii_only: bool = False) -> str:
    """JSON text with a trailing newline; ``ascii_only`` for outputs that are not UTF-8.

    Indented JSON from the standard library runs its pure-Python encoder (a second at
    10,000 entries); Pydantic's serializer writes the same text in a tenth of that, but
    loading it costs 25 ms: the standard library writes small documents. Both spell a
    number the same, except some floats (``1e-05`` against ``0.00001``), which only a
    hand-added key can hold: a document with a float is written by Pydantic, unless the
    output takes ASCII only (Pydantic cannot escape; that was so before as well).
    """
    small = len(document.get("entries", ())) < _SERIALIZER_FROM
    if ascii_only or (small and not _has_float(document)):
        return json.dumps(document, indent=2, ensure_ascii=ascii_only) + "\n"
    from pydantic_core import to_json

    return to_json(document, indent=2).decode("utf-8") + "\n"
