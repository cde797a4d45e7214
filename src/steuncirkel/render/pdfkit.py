"""Drawing with fpdf2 for the printouts: the embedded font, fitted text, QR codes, the picture.

A free Unicode font (DejaVu Sans, shipped in ``steuncirkel/fonts`` with its licence) is
embedded, so every name prints: accents, Turkish, Polish, Cyrillic, and Arabic, which
is shaped and set right to left when ``uharfbuzz`` is available. Text is real text
(searchable, extractable); the picture and the QR codes are vector drawings. fpdf2 is
imported only here, when a PDF is asked for, so no other command pays for it.
"""

from __future__ import annotations

import functools
import unicodedata
from importlib import resources
from typing import TYPE_CHECKING, Final

from steuncirkel.base.i18n import Msg, t
from steuncirkel.base.textsafety import visible
from steuncirkel.base.vocab import Kind
from steuncirkel.render.circle import CENTRE, FONT, MARKER, SIZE, layout_circle
from steuncirkel.render.fields import note_line
from steuncirkel.render.qr import make_qr

if TYPE_CHECKING:
    from collections.abc import Sequence

    from fpdf import FPDF

    from steuncirkel.base.i18n import Lang
    from steuncirkel.operations import PrintView

__all__ = [
    "ACCENT",
    "INK",
    "LINE",
    "PT",
    "SOFT",
    "TINT",
    "draw_picture",
    "draw_qr",
    "fit",
    "font",
    "needs_shaping",
    "new_pdf",
    "write_lines",
]

FAMILY: Final = "DejaVu"
INK: Final = (29, 43, 42)
SOFT: Final = (77, 95, 93)
LINE: Final = (159, 183, 179)
TINT: Final = (238, 245, 243)
ACCENT: Final = (31, 111, 102)
PT: Final = 25.4 / 72  # one point in millimetres
SEAM: Final = 1.08  # a QR row's height, in modules (see draw_qr)


def _printed_texts(view: PrintView) -> list[str]:
    texts = [view.owner or ""]
    for entry in [*view.crisis, *view.others]:
        texts += [entry.name, entry.relation or "", entry.where or "", entry.available or ""]
        texts.append(note_line(entry))
    return texts


# Fonts a system may have for the scripts DejaVu lacks (Chinese, Japanese, Korean and
# more): used as fallbacks when a printed text needs them, never fetched from anywhere.
# Debian: fonts-droid-fallback.
SYSTEM_FALLBACKS: Final = (
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansEthiopic-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansTamil-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansGeorgian-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansArmenian-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansTifinagh-Regular.ttf",
)


@functools.cache
def _cmap(path: str) -> frozenset[int]:
    """The code points a font file has glyphs for (empty if it cannot be read); read
    once per run, though the printout and the warning after it both ask."""
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

    try:
        return frozenset(TTFont(path, lazy=True, fontNumber=0).getBestCmap() or {})
    except Exception:  # noqa: BLE001 — an unreadable system font is simply not used
        return frozenset()


def _ours() -> frozenset[int]:
    with resources.as_file(resources.files("steuncirkel.fonts") / "DejaVuSans.ttf") as path:
        return _cmap(str(path))


def _needed(view: PrintView) -> set[str]:
    """The characters of the printed texts that DejaVu has no glyph for."""
    ours = _ours()
    return {
        c for text in _printed_texts(view) if not text.isascii() for c in text
        if not c.isspace() and ord(c) not in ours and unicodedata.category(c)[0] in "LNPS"
    }  # fmt: skip


def fallbacks_for(view: PrintView) -> tuple[list[str], set[str]]:
    """The system fonts to fall back on for ``view``, and the characters none of our
    fonts can print (said to the user; the HTML printout shows them)."""
    import os

    missing = _needed(view)
    chosen: list[str] = []
    for path in SYSTEM_FALLBACKS:
        if not missing:
            break
        if os.path.isfile(path) and (covered := {c for c in missing if ord(c) in _cmap(path)}):
            chosen.append(path)
            missing -= covered
    return chosen, missing


def needs_shaping(view: PrintView) -> bool:
    """True if any printed text has right-to-left letters or combining marks.

    Only those need HarfBuzz; plain Latin or Cyrillic prints the same without it, and
    skipping it keeps a large circle's PDF well under a second.
    """
    for text in _printed_texts(view):
        if text.isascii():
            continue
        for char in text:
            if unicodedata.bidirectional(char) in ("R", "AL", "AN") or unicodedata.combining(char):
                return True
    return False


def new_pdf(title: str, lang: Lang, *, shaping: bool, fallbacks: Sequence[str] = ()) -> FPDF:
    from fpdf import FPDF

    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    fonts = resources.files("steuncirkel.fonts")
    with resources.as_file(fonts / "DejaVuSans.ttf") as regular:
        pdf.add_font(FAMILY, "", str(regular))
    with resources.as_file(fonts / "DejaVuSans-Bold.ttf") as bold:
        pdf.add_font(FAMILY, "B", str(bold))
    families = []
    for number, path in enumerate(fallbacks):
        family = f"fallback{number}"
        pdf.add_font(family, "", path)
        pdf.add_font(family, "B", path)  # no bold face: the regular one, not a blank
        families.append(family)
    if families:
        pdf.set_fallback_fonts(families, exact_match=False)
    if shaping:
        try:
            pdf.set_text_shaping(True)  # joins and orders Arabic; needs uharfbuzz
        except (ImportError, ModuleNotFoundError):
            pass
    pdf.set_title(title)
    pdf.set_lang(lang)
    pdf.set_creator("steuncirkel")
    pdf.set_producer("steuncirkel")
    pdf.add_page()
    return pdf


def finish(pdf: FPDF) -> bytes:
    """The PDF's bytes. fpdf2 logs in English about letters no font has; the user is
    told in their own language instead (``print``), so its log is not shown."""
    import logging
    import warnings

    logger = logging.getLogger("fpdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return bytes(pdf.output())
    finally:
        logger.setLevel(level)


def font(pdf: FPDF, size: float, *, bold: bool = False, color: tuple[int, int, int] = INK) -> None:
    pdf.set_font(FAMILY, "B" if bold else "", size)
    pdf.set_text_color(*color)


def fit(pdf: FPDF, text: str, width: float, max_lines: int) -> list[str]:
    """``text`` wrapped to ``width`` on word boundaries; more than ``max_lines`` lines end
    with an ellipsis. Our own greedy wrap: fpdf2's dry-run multi_cell costs ~100 ms on a
    long note, this stops as soon as the lines are full."""
    shaping = pdf.text_shaping
    pdf.text_shaping = None  # measuring without shaping is ten times faster, same widths
    try:
        return _wrap_words(pdf, " ".join(visible(text).split()).split(" "), width, max_lines)
    finally:
        pdf.text_shaping = shaping


def _wrap_words(pdf: FPDF, words: list[str], width: float, max_lines: int) -> list[str]:
    lines: list[str] = []
    current = ""
    cut = False
    for word in words:
        if not word:
            continue
        candidate = f"{current} {word}" if current else word
        if pdf.get_string_width(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
            current = ""
        if len(lines) == max_lines:
            cut = True
            break
        while pdf.get_string_width(word) > width:  # a word wider than the line
            head = word
            while len(head) > 1 and pdf.get_string_width(head) > width:
                head = head[:-1]
            lines.append(head)
            word = word[len(head) :]
            if len(lines) == max_lines:
                cut, word = True, ""
                break
        current = word
    if current and len(lines) < max_lines:
        lines.append(current)
    elif current:
        cut = True
    if cut and lines:
        last = lines[-1]
        while last and pdf.get_string_width(last + "…") > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines


def write_lines(
    pdf: FPDF, x: float, y: float, lines: list[str], size: float, link: str | None = None
) -> float:
    """Write ``lines`` from top ``y``; returns the y below them."""
    height = size * PT * 1.25
    for line in lines:
        pdf.set_xy(x, y)
        pdf.cell(0, height, line, link=link or "")
        y += height
    return y


def draw_qr(pdf: FPDF, uri: str, x: float, y: float, size: float) -> None:
    """A vector QR code for ``uri`` at (x, y), with a link to dial it."""
    matrix = make_qr(uri).matrix
    count = len(matrix)
    cell = size / (count + 4)  # a quiet zone of two modules on each side
    pdf.set_fill_color(0, 0, 0)
    for row, bits in enumerate(matrix):
        col = 0
        while col < count:
            if bits[col]:
                start = col
                while col < count and bits[col]:
                    col += 1
                # A little taller than a module, reaching into the row below: rows
                # drawn edge to edge leave a hairline seam when rasterised, which
                # scanners read as light modules (one in four card codes at 300 dpi).
                pdf.rect(x + (start + 2) * cell, y + (row + 2) * cell,
                         (col - start) * cell, cell * SEAM, style="F")  # fmt: skip
            else:
                col += 1
    pdf.link(x, y, size, size, uri)


def draw_picture(pdf: FPDF, view: PrintView, lang: Lang, x: float, y: float, size: float) -> None:
    layout = layout_circle(view.crisis, view.others)
    k = size / SIZE

    def at(px: float, py: float) -> tuple[float, float]:
        return x + px * k, y + py * k

    pdf.set_line_width(0.25)
    for ring, radius in layout.rings.items():
        pdf.set_draw_color(*(ACCENT if ring == "crisis" else LINE))
        cx, cy = at(CENTRE, CENTRE)
        pdf.circle(cx, cy, radius * k, style="D")
    pdf.set_draw_color(*INK)
    pdf.set_fill_color(255, 255, 255)
    cx, cy = at(CENTRE, CENTRE)
    pdf.circle(cx, cy, 13 * k, style="DF")
    font(pdf, 12 * k / PT, bold=True)
    me = t(Msg.PICTURE_ME, lang)
    pdf.text(cx - pdf.get_string_width(me) / 2, cy + 4 * k, me)
    r = MARKER * k
    for marker in layout.markers:
        mx, my = at(marker.x, marker.y)
        pdf.set_fill_color(*(INK if marker.number else (255, 255, 255)))
        if marker.kind is Kind.PLACE:
            pdf.polygon([(mx, my - r * 1.2), (mx + r * 1.2, my + r), (mx - r * 1.2, my + r)],
                        style="DF")  # fmt: skip
        elif marker.kind is Kind.PROFESSIONAL:
            pdf.rect(mx - r, my - r, 2 * r, 2 * r, style="DF")
        elif marker.kind is Kind.GROUP:
            d = r * 1.25
            pdf.polygon([(mx, my - d), (mx + d, my), (mx, my + d), (mx - d, my)], style="DF")
        else:
            pdf.circle(mx, my, r, style="DF")
        if marker.number:
            font(pdf, 7 * k / PT, bold=True, color=(255, 255, 255))
            digit = str(marker.number)
            pdf.text(mx - pdf.get_string_width(digit) / 2, my + 2.4 * k, digit)
    font(pdf, FONT * k / PT)
    height = FONT * k
    for label in layout.labels:
        lx, ly = at(label.x, label.y)
        text = visible(label.text)
        width = pdf.get_string_width(text)
        offset = {"start": 0.0, "middle": width / 2, "end": width}[label.anchor]
        # cell, not text: only cells are shaped, so Arabic labels join and run right to left
        pdf.set_xy(lx - offset, ly - height * 0.8)
        pdf.cell(width, height, text)
