"""Constants of the store format shared by the stdlib-only crisis path and the models."""

from __future__ import annotations

TYPE_CHECKING = False  # not from typing: the crisis view must not pay for importing it
if TYPE_CHECKING:
    from typing import Final


__all__ = ["CRISIS_MAX", "FORMAT_MARKER", "SCHEMA_VERSION"]

FORMAT_MARKER: Final = "steuncirkel"
SCHEMA_VERSION: Final = 1
CRISIS_MAX: Final = 5
