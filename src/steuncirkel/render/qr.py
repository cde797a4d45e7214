"""QR codes that dial a number, and the ``tel:`` addresses behind them.

A ``tel:`` address is built from ``+`` and digits only, so nothing the user typed can
turn into another kind of link (RELIABILITY.md 3.3). ``segno`` builds the codes; they
are drawn as one filled outline (``qr_outline``), the same in the PDF and the HTML, so a
rasteriser leaves no seam between modules that a scanner would read as light. Every
code has the quiet zone of four modules the QR standard asks for. ``segno`` is
imported only by the formats that show the codes.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from collections.abc import Sequence

    import segno

__all__ = [
    "PRINT_GRID",
    "QUIET",
    "make_qr",
    "on_grid",
    "qr_modules",
    "qr_outline",
    "qr_svg",
    "tel_uri",
]

_DIAL: Final = re.compile(r"^\+?\d{2,15}$")
_TEL: Final = re.compile(r"(tel:\+?)(\d+)")
QUIET: Final = 4  # the quiet zone on each side, in modules (ISO/IEC 18004)
# One dot at 150 dpi, in millimetres: two at 300 dpi, four at 600. A code whose modules
# are whole dots and start on a dot (``on_grid``) prints with sharp edges on every
# common printer and screen resolution; a module that straddles dots turns grey.
PRINT_GRID: Final = 25.4 / 150

Point = tuple[int, int]


def tel_uri(number: str | None) -> str | None:
    """``tel:+31612345678`` for a stored or printed number; None if it is not dialable."""
    if not number:
        return None
    digits = re.sub(r"[\s\-.()]", "", number)
    return f"tel:{digits}" if _DIAL.match(digits) else None


@functools.lru_cache(maxsize=64)  # the layout measures a code, then it is drawn: made once
def make_qr(uri: str) -> segno.QRCode:
    """The QR code for ``uri``, error correction M or better when it fits the same size
    (survives a crease in a wallet).

    A ``tel:`` address is encoded as two segments, ``tel:+`` as bytes and the digits in
    numeric mode: every number ``tel_uri`` accepts (up to 15 digits) then fits the
    smallest code, version 1 (21 modules), so the modules are as large as the space
    allows. A scanner reads the segments back as the one address.
    """
    import segno

    parts = _TEL.fullmatch(uri)
    # segno takes a list of segments (its type hints say only str, int or bytes)
    content: Any = [(parts[1],), (parts[2],)] if parts else uri
    code = segno.make_qr(content, error="m", boost_error=False)
    for error in ("h", "q"):  # more correction when it fits the same size
        try:
            return segno.make_qr(content, error=error, version=code.version, boost_error=False)
        except segno.DataOverflowError:
            continue
    return code


def qr_modules(uri: str) -> int:
    """How many modules wide the code for ``uri`` is, with its quiet zone on both sides."""
    return len(make_qr(uri).matrix) + 2 * QUIET


def on_grid(mm: float) -> float:
    """``mm`` (from the page's top or left edge) moved to the nearest ``PRINT_GRID`` dot."""
    return round(mm / PRINT_GRID) * PRINT_GRID


def qr_outline(matrix: Sequence[Sequence[int]]) -> list[list[Point]]:
    """The outline of the dark modules of ``matrix`` as closed loops of grid points
    (x = column, y = row, one unit per module, y down), without the quiet zone.

    Each loop runs clockwise around dark and counter-clockwise around a light hole, so
    filling all loops as one path (nonzero or even-odd) gives exactly the dark modules:
    one fill, no edges between neighbouring modules, so no seams when rasterised.
    """
    size = len(matrix)

    def dark(row: int, col: int) -> bool:
        return 0 <= row < size and 0 <= col < size and bool(matrix[row][col])

    # Every edge between a dark module and a light one (or the outside), directed so
    # the dark module is on its right (clockwise on screen).
    starts: dict[Point, list[Point]] = {}
    for row in range(size):
        for col in range(size):
            if not dark(row, col):
                continue
            if not dark(row - 1, col):
                starts.setdefault((col, row), []).append((col + 1, row))
            if not dark(row, col + 1):
                starts.setdefault((col + 1, row), []).append((col + 1, row + 1))
            if not dark(row + 1, col):
                starts.setdefault((col + 1, row + 1), []).append((col, row + 1))
            if not dark(row, col - 1):
                starts.setdefault((col, row + 1), []).append((col, row))
    loops: list[list[Point]] = []
    for origin in sorted(starts):
        while starts.get(origin):
            loop = [origin]
            point = starts[origin].pop()
            while point != origin:
                loop.append(point)
                point = starts[point].pop()
            loops.append(_corners(loop))
    return loops


def _corners(loop: list[Point]) -> list[Point]:
    """``loop`` without the points in the middle of a straight run."""
    kept = []
    for index, (x, y) in enumerate(loop):
        before, after = loop[index - 1], loop[(index + 1) % len(loop)]
        if not (before[0] == x == after[0] or before[1] == y == after[1]):
            kept.append((x, y))
    return kept


def qr_svg(uri: str, css_class: str = "qr") -> str:
    """An inline SVG of the QR code for ``uri`` with its quiet zone of four modules:
    one filled path, sized by CSS (it carries a viewBox)."""
    matrix = make_qr(uri).matrix
    side = len(matrix) + 2 * QUIET
    d = "".join(
        f"M{x + QUIET} {y + QUIET}"
        + "".join(
            f"H{px + QUIET}" if py == prev[1] else f"V{py + QUIET}"
            for prev, (px, py) in zip(loop, loop[1:], strict=False)
        )
        + "Z"
        for loop in qr_outline(matrix)
        for x, y in loop[:1]
    )
    return (
        f'<svg class="{css_class}" viewBox="0 0 {side} {side}" aria-hidden="true">'
        f'<path fill="#000" d="{d}"/></svg>'
    )
