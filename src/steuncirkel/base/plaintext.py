"""Plain text for terminals and paper: one word wrapper for every plain-text view.

The wrapper counts terminal cells, not characters: a wide character (CJK, most emoji)
takes two cells and a combining mark none, so a name with emoji still fits 80
columns. For text where each character is one cell it wraps exactly as
``textwrap.wrap`` with ``break_on_hyphens=False`` (a test holds it to that). It uses
no regular expressions and no ``textwrap``, which keeps the crisis view's start short.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

__all__ = ["ASCII_SEPARATOR", "SEPARATOR", "WIDTH", "cells", "separator", "wrapped"]

WIDTH: Final = 80  # plain-text views fit 80 columns
SEPARATOR: Final = " · "  # between details on one line
ASCII_SEPARATOR: Final = " | "  # the same where the output cannot carry "·"
_AS_SPACE: Final = str.maketrans("\t\n\x0b\x0c\r", "     ")


def separator(ascii_only: bool) -> str:
    """The separator between details for an output that can, or cannot, carry Unicode."""
    return ASCII_SEPARATOR if ascii_only else SEPARATOR


def _char_cells(char: str) -> int:
    import unicodedata  # a shared library: loaded only for text beyond Latin-1

    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def cells(text: str) -> int:
    """How many terminal cells ``text`` takes."""
    if text.isascii():
        return len(text)
    if max(text) < "\u0300":  # Latin-1 and Latin Extended ("·", "é"): one cell each,
        return len(text) - text.count("\xad")  # but for the soft hyphen (a format char)
    return sum(_char_cells(c) for c in text)


def _chunks(text: str) -> list[str]:
    """Words and the runs of spaces between them, in order."""
    chunks: list[str] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or (text[i] == " ") != (text[i - 1] == " "):
            chunks.append(text[start:i])
            start = i
    return chunks


def _head(word: str, room: int) -> int:
    """How many characters of ``word`` fit in ``room`` cells."""
    used = 0
    for i, char in enumerate(word):
        used += _char_cells(char)
        if used > room:
            return i
    return len(word)


def wrapped(text: str, indent: int = 0, hang: int | None = None, width: int = WIDTH) -> list[str]:
    """``text`` wrapped to ``width`` cells with ``indent`` before the first line and
    ``hang`` (default: the same) before the others; never broken at a hyphen
    (``0800-0113``), a word longer than a line is cut. Empty text gives one empty line."""
    chunks = _chunks(text.expandtabs().translate(_AS_SPACE))
    chunks.reverse()
    lines: list[str] = []
    while chunks:
        lead = " " * (indent if not lines else (indent if hang is None else hang))
        room = width - len(lead)
        if lines and not chunks[-1].strip():
            del chunks[-1]  # a line never starts with the space where it was broken
        line: list[str] = []
        used = 0
        while chunks and used + cells(chunks[-1]) <= room:
            line.append(chunks.pop())
            used += cells(line[-1])
        if chunks and cells(chunks[-1]) > room:  # a word longer than a whole line
            cut = _head(chunks[-1], room - used if room >= 1 else 1)
            if not line:
                cut = max(cut, 1)  # one wide character on a very narrow line: no endless loop
            line.append(chunks[-1][:cut])
            chunks[-1] = chunks[-1][cut:]
        if line and not line[-1].strip():
            del line[-1]
        if line:
            lines.append(lead + "".join(line))
    return lines or [""]
