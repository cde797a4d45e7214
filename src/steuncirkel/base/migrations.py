"""Numbered migrations of the raw store, from one format version to the next.

Each migration takes the raw JSON object of version N and returns version N + 1.
Register it with ``@migration(N)``. Migrations run in memory when a store is read;
the file is rewritten in the new version only when a command saves (PRODUCT §4).

Version log:
    1  first release: format marker, settings, crisis_order, entries.
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
