"""Plain text for terminals and paper: one word wrapper for every plain-text view."""

from __future__ import annotations

import textwrap

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

__all__ = ["ASCII_SEPARATOR", "SEPARATOR", "WIDTH", "separator", "wrapped"]

WIDTH: Final = 80  # plain-text views fit 80 columns
SEPARATOR: Final = " · "  # between details on one line
ASCII_SEPARATOR: Final = " | "  # the same where the output cannot carry "·"


def separator(ascii_only: bool) -> str:
    """The separator between details for an output that can, or cannot, carry Unicode."""
    return ASCII_SEPARATOR if ascii_only else SEPARATOR


def wrapped(text: str, indent: int = 0, hang: int | None = None, width: int = WIDTH) -> list[str]:
    """``text`` wrapped to ``width`` with ``indent`` before the first line and ``hang``
    (default: the same) before the others; never broken at a hyphen (``0800-0113``).
    Empty text gives one empty line."""
    return textwrap.wrap(
        text,
        width=width,
        initial_indent=" " * indent,
        subsequent_indent=" " * (indent if hang is None else hang),
        break_on_hyphens=False,
    ) or [""]
