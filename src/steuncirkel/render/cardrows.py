"""The wallet card's list panel, computed once and drawn by both back ends (PDF and HTML).

The card folds to bank-card size (85.6 x 54 mm); its second panel holds the crisis
list: five numbered places in two columns (1-3 on the left, 4-5 on the right), each
with the name, who it is, the number to call (or, for a place, where it is) and at the
right a QR code that dials it. The code is 10.7 mm (21 modules of 0.508 mm: three dots
at 150 dpi, placed on the dots) in a quiet zone of four modules (2 mm), as the QR
standard asks: 14.7 mm in all, so it scans from a 150 dpi print (issue #11). A long
name wraps onto a second line, then ends in an ellipsis; the number is never cut (it
gets smaller, down to 6 pt, and wraps only if it still does not fit), and the code
always stays inside its place.

Sizes in millimetres from the panel's top left corner; type sizes in points.
``pdf.py`` draws the rows with fpdf2; ``html.py`` writes the same lines at the same
sizes and places (absolutely positioned, ``print.css``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from steuncirkel.base.textsafety import visible
from steuncirkel.base.vocab import CRISIS_MAX
from steuncirkel.render.fields import about
from steuncirkel.render.layout import CARD_H, CARD_W, CARD_X, CARD_Y, PAD, line_height
from steuncirkel.render.qr import PRINT_GRID, QUIET, on_grid, tel_uri

if TYPE_CHECKING:
    from steuncirkel.base.i18n import Lang
    from steuncirkel.reading import PrintView
    from steuncirkel.render.layout import Metrics

__all__ = [
    "CELL_GAP",
    "CELL_H",
    "CELL_W",
    "CODE",
    "MODULE",
    "LABEL_W",
    "NAME",
    "PER_COLUMN",
    "ROWS_TOP",
    "SMALLEST",
    "Block",
    "CardRow",
    "card_rows",
    "cell_origin",
]

ROWS_TOP: Final = 6.5  # below the panel's heading
PER_COLUMN: Final = 3
CELL_H: Final = (CARD_H - ROWS_TOP - 1.0) / PER_COLUMN  # 15.5: 1 mm above the fold
CELL_GAP: Final = 1.5  # between the columns (the codes carry their own quiet zone)
CELL_W: Final = (CARD_W - 2 * PAD - CELL_GAP) / 2
LABEL_W: Final = 3.0  # the place's number, left of the text
MODULE: Final = 3 * PRINT_GRID  # 0.508 mm: 3 dots at 150 dpi, 6 at 300, 12 at 600
CODE: Final = (21 + 2 * QUIET) * MODULE  # 14.7 mm: a 10.7 mm code and its quiet zone
MARGIN: Final = 0.5  # above and below the text in a place

NAME: Final = 6.6
ABOUT: Final = 6.0
PHONE: Final = 8.0
WHERE: Final = 6.0
SMALLEST: Final = 6.0  # nothing on the card under 6 pt (issue #11)
PHONE_SIZES: Final = (8.0, 7.5, 7.0, 6.5, 6.0)


@dataclass(frozen=True)
class Block:
    """Lines of one kind of text in a place: ``kind`` is name, about, phone or where."""

    kind: str
    lines: tuple[str, ...]
    size: float
    bold: bool
    link: str | None = None

    @property
    def height(self) -> float:
        return len(self.lines) * line_height(self.size)


@dataclass(frozen=True)
class CardRow:
    """Place ``number`` on the list: its cell, its text from ``top`` (relative to the
    cell) and the ``tel:`` address of its code (None: no code)."""

    number: int
    x: float
    y: float
    top: float
    blocks: tuple[Block, ...]
    code: str | None
    code_x: float = 0.0  # the code's top left corner, quiet zone included, from the
    code_y: float = 0.0  # panel's: on the print grid of the A4 sheet (``qr.on_grid``)

    @property
    def text_x(self) -> float:
        return self.x + LABEL_W


def cell_origin(number: int) -> tuple[float, float]:
    """The top left corner of place ``number`` (1-5), from the panel's top left corner:
    down the left column first, then down the right one."""
    column, row = divmod(number - 1, PER_COLUMN)
    return PAD + column * (CELL_W + CELL_GAP), ROWS_TOP + row * CELL_H


def _phone(shown: str, width: float, uri: str | None, metrics: Metrics) -> Block:
    """The number to call: as large as fits on one line (8 pt down to 6 pt), else
    wrapped at 6 pt; never cut."""
    for size in PHONE_SIZES:
        if metrics.width(shown, size, bold=True) <= width:
            return Block("phone", (shown,), size, True, uri)
    lines = metrics.fit(shown, SMALLEST, width, None, bold=True)
    return Block("phone", tuple(lines), SMALLEST, True, uri)


def card_rows(view: PrintView, lang: Lang, *, qr: bool, metrics: Metrics) -> list[CardRow]:
    """The places of the crisis list on the card, in crisis order."""
    rows = []
    country = view.country.value
    for number, entry in enumerate(view.crisis[:CRISIS_MAX], start=1):
        uri = tel_uri(entry.phone)
        code = uri if qr else None
        width = CELL_W - LABEL_W - (CODE if code else 0)
        # A word wider than the line is set at 6 pt rather than broken, if that fits.
        words = visible(entry.name).split()
        size = NAME if all(metrics.width(w, NAME, bold=True) <= width for w in words) else SMALLEST
        name = metrics.fit(entry.name, size, width, 2, bold=True)
        blocks = [Block("name", tuple(name), size, True)]
        if who := about(entry, lang):
            blocks.append(Block("about", tuple(metrics.fit(who, ABOUT, width, 1, bold=False)),
                                ABOUT, False))  # fmt: skip
        if shown := entry.phone_shown(country):
            blocks.append(_phone(visible(shown), width, uri, metrics))
        elif entry.where:  # a place: where it is, in the room that is left
            room = CELL_H - 2 * MARGIN - sum(block.height for block in blocks)
            count = max(1, math.floor(room / line_height(WHERE) + 1e-6))
            where = metrics.fit(entry.where, WHERE, width, count, bold=False)
            blocks.append(Block("where", tuple(where), WHERE, False))
        height = sum(block.height for block in blocks)
        x, y = cell_origin(number)
        left, top = CARD_X, CARD_Y + CARD_H  # the panel on the sheet
        code_x = on_grid(left + x + CELL_W - CODE) - left
        code_y = on_grid(top + y + (CELL_H - CODE) / 2) - top
        rows.append(CardRow(number, x, y, max(MARGIN, (CELL_H - height) / 2), tuple(blocks),
                            code, code_x, code_y))  # fmt: skip
    return rows
