"""Numbered migrations of the raw store, from one format version to the next.

Each migration takes the raw JSON object of version N and returns version N + 1.
Register it with ``@migration(N)``. Migrations run in memory when a store is read;
the file is rewritten in the new version only when a command saves (PRODUCT §4).

Version log:
    1  first release: format marker, settings, crisis_order, entries.
    2  a living circle: per entry ``knows`` (null: not recorded), ``available_windows``
       (``available`` read as time windows) and ``contacts``; ``settings.nudge_weeks``
       stays absent until it is set (its default applies).
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, Final

    Raw = dict[str, Any]

__all__ = ["MIGRATIONS", "migrate", "migration"]

MIGRATIONS: Final[dict[int, Callable[[Raw], Raw]]] = {}


def migration(from_version: int) -> Callable[[Callable[[Raw], Raw]], Callable[[Raw], Raw]]:
    """Register a function that turns a version ``from_version`` store into the next."""

    def register(func: Callable[[Raw], Raw]) -> Callable[[Raw], Raw]:
        MIGRATIONS[from_version] = func
        return func

    return register


def migrate(raw: Raw, target: int) -> Raw:
    """Apply migrations in order until ``raw["version"] == target``.

    Raises ``LookupError`` when a step is missing (an unknown old version).
    """
    version: int = raw["version"]
    while version < target:
        step = MIGRATIONS.get(version)
        if step is None:
            msg = f"no migration from version {version}"
            raise LookupError(msg)
        raw = step(dict(raw))
        version += 1
        raw["version"] = version
    return raw


@migration(1)
def _living_circle(raw: Raw) -> Raw:
    """Version 1 to 2: give each entry the new fields, read ``available`` as windows.

    Everything else, unknown keys included, stays as it is; an entry a hand edit
    damaged is left for the shape check to name.
    """
    from steuncirkel.base.availability import parse_available

    entries = raw.get("entries")
    if not isinstance(entries, list):
        return raw
    migrated: list[Any] = []
    for entry in entries:
        if isinstance(entry, dict):
            entry = dict(entry)
            entry.setdefault("knows", None)
            text = entry.get("available")
            windows = parse_available(text) if isinstance(text, str) else None
            entry.setdefault("available_windows", windows)
            entry.setdefault("contacts", [])
        migrated.append(entry)
    raw["entries"] = migrated
    return raw
