"""Styled lines and a small word wrapper: how the terminal views are laid out.

Rich's renderables cost milliseconds each, which adds up to seconds for a circle of
thousands of entries. The views are therefore built as ``Block``s (spans of text with a
style name, an indent and a hanging indent), wrapped here, and turned into plain text
or, on a terminal, into ANSI codes (``render/screen.py``). Rich is loaded only to
measure text with wide or combining characters (``rich.cells``).
"""

from __future__ import annotations

import re

from steuncirkel.render.screen import styled

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

    from steuncirkel.render.screen import Screen

__all__ = ["Block", "Span", "cells", "to_text", "wrap"]

Span = tuple[str, str]  # (text, style); "" is no style
_TOKENS: Final = re.compile(r"( +)")


class Block:
    """One logical line: spans, the indent of its first line and of the lines after.

    A plain class, not a dataclass: ``show`` does not import ``dataclasses`` (see
    ``render/__init__.py``), and makes a few of these per entry."""

    __slots__ = ("hang", "indent", "spans")

    def __init__(
        self, spans: list[Span] | None = None, indent: int = 0, hang: int | None = None
    ) -> None:
        self.spans: list[Span] = [] if spans is None else spans
        self.indent = indent
        self.hang = hang

    def add(self, text: str, style: str = "") -> Block:
        """Append a span; returns the block for chaining."""
        if text:
            self.spans.append((text, style))
        return self


# Characters outside ASCII that always take one cell: Latin letters with accents and
# the punctuation the views use (· • → — …). Text made only of these and ASCII is
# measured by its length, in C, instead of Rich's walk over every character. The soft
# hyphen (U+00AD) takes no cell, so it is not in the set.
_NOT_NARROW: Final = re.compile("[^\x00-\x7f\u00a0-\u00ac\u00ae-\u024f\u2010-\u2027\u2192]")


def cells(text: str) -> int:
    """The width of ``text`` on a terminal, in cells."""
    if text.isascii() or _NOT_NARROW.search(text) is None:
        return len(text)
    from rich.cells import cell_len  # its tables are big: only for text that needs them

    return cell_len(text)


def _split_word(word: str, room: int) -> tuple[str, str]:
    """The longest head of ``word`` that fits in ``room`` cells, and the rest."""
    width = 0
    for i, char in enumerate(word):
        width += cells(char)
        if width > room:
            return word[: max(i, 1)], word[max(i, 1) :]
    return word, ""


def _fits(block: Block, width: int) -> bool:
    """True when the whole block fits on one line (widths add up, so measure it joined)."""
    return block.indent + cells("".join([text for text, _ in block.spans])) <= width


def wrap(block: Block, width: int) -> list[list[Span]]:
    """Greedy word wrap of ``block`` to ``width`` cells; indents are included as spans."""
    hang = block.indent if block.hang is None else block.hang
    lead: list[Span] = [(" " * block.indent, "")] if block.indent else []
    if _fits(block, width):
        return [lead + block.spans]  # the common case: it fits, nothing to break
    lines: list[list[Span]] = []
    current: list[Span] = [(" " * block.indent, "")] if block.indent else []
    column = block.indent
    pending_space = ""
    pending_style = ""
    has_words = False

    def new_line() -> None:
        nonlocal current, column, pending_space, has_words
        lines.append(current)
        current = [(" " * hang, "")] if hang else []
        column = hang
        pending_space = ""
        has_words = False

    for text, style in block.spans:
        for token in _TOKENS.split(text):
            if not token:
                continue
            if token.isspace():
                pending_space += token
                pending_style = style
                continue
            word = token
            while word:
                size = cells(word)
                space = len(pending_space) if has_words else 0
                if column + space + size <= width:
                    if space:
                        current.append((pending_space, pending_style))
                    current.append((word, style))
                    column += space + size
                    pending_space = ""
                    has_words = True
                    break
                if has_words:
                    new_line()
                    continue
                head, word = _split_word(word, max(width - column, 1))
                current.append((head, style))
                new_line()
    lines.append(current)
    return lines


def _merged(line: list[Span]) -> list[Span]:
    """Neighbouring spans with the same style joined, trailing spaces dropped."""
    merged: list[Span] = []
    for text, style in line:
        if merged and merged[-1][1] == style:
            merged[-1] = (merged[-1][0] + text, style)
        else:
            merged.append((text, style))
    if merged:
        merged[-1] = (merged[-1][0].rstrip(" "), merged[-1][1])
    return merged


def to_text(blocks: list[Block], width: int, screen: Screen | None = None) -> str:
    """All blocks wrapped to ``width``; styled with ANSI codes only if ``screen`` takes
    them (a terminal, not dumb; with NO_COLOR only bold and dim remain)."""
    styler = None
    if screen is not None and screen.styles:

        def styler(text: str, style: str) -> str:
            return styled(text, style, screen)

    out: list[str] = []
    for block in blocks:
        spans = block.spans
        if not spans:
            out.append("\n")
            continue
        if styler is None:  # plain and on one line: no wrapping, no spans
            whole = spans[0][0] if len(spans) == 1 else "".join([text for text, _ in spans])
            if block.indent + cells(whole) <= width:  # as _fits, measured once
                line_text = whole.rstrip(" ")
                out.append(f"{' ' * block.indent}{line_text}\n" if line_text else "\n")
                continue
        for line in wrap(block, width):
            if styler is None:
                out.append("".join(text for text, _ in line).rstrip(" "))
            else:
                out.append("".join(styler(text, style) for text, style in _merged(line)))
            out.append("\n")
    return "".join(out)
