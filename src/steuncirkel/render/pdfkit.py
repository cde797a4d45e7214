"""Drawing with fpdf2 for the printouts: the embedded font, fitted text, QR codes, the picture.

A free Unicode font (DejaVu Sans, shipped in ``steuncirkel/fonts`` with its licence) is
embedded, so every name prints: accents, Turkish, Polish, Cyrillic, Hebrew and Arabic,
which is shaped and set right to left by HarfBuzz (``uharfbuzz``). Names in other
scripts print in subset Noto fonts shipped beside it (Ethiopic, Devanagari, Tamil, Thai,
Georgian, Armenian, Tifinagh, Hangul, emoji), and otherwise in a system font
(``fallbacks_for``); only the fonts a printout needs are read. Text is real text
(searchable, extractable); the picture and the QR codes are vector drawings. fpdf2 is
imported only here, when a PDF is asked for, so no other command pays for it.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import TYPE_CHECKING, Final

from steuncirkel.base.textsafety import visible
from steuncirkel.render.circle import CENTRE, LINES, SIZE
from steuncirkel.render.fields import note_line
from steuncirkel.render.layout import font_face, font_path, line_height, packaged_font
from steuncirkel.render.qr import QUIET, make_qr, qr_outline

if TYPE_CHECKING:
    from collections.abc import Sequence

    from fpdf import FPDF

    from steuncirkel.base.circleview import EntryLike
    from steuncirkel.base.i18n import Lang
    from steuncirkel.reading import PrintView
    from steuncirkel.render.circle import CircleLayout

__all__ = [
    "ACCENT",
    "FontFile",
    "INK",
    "LINE",
    "SOFT",
    "TINT",
    "draw_picture",
    "draw_qr",
    "fallbacks_for",
    "font",
    "fonts_for",
    "needs_shaping",
    "printable",
    "new_pdf",
    "not_in_dejavu",
    "unprintable",
    "write_lines",
]

FAMILY: Final = "DejaVu"
INK: Final = (29, 43, 42)
SOFT: Final = (77, 95, 93)
LINE: Final = (159, 183, 179)
TINT: Final = (238, 245, 243)
ACCENT: Final = (31, 111, 102)


def _printed_texts(view: PrintView) -> list[str]:
    texts = [view.owner or ""]
    for entry in [*view.crisis, *view.others]:
        texts += [entry.name, entry.relation or "", entry.where or "", entry.available or ""]
        texts.append(note_line(entry))
    return texts


# Our own fonts for the scripts DejaVu lacks, subsets of Noto made by
# scripts/subset_noto_fonts.py (fonts/README.md says which ranges): each with the Unicode blocks
# it is cut from, so a text is matched against a few number ranges and a font file is
# opened only when a printed text has letters in its blocks.
SCRIPT_FONTS: Final[tuple[tuple[str, tuple[tuple[int, int], ...]], ...]] = (
    ("NotoSansEthiopic-Regular.ttf", ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F))),
    ("NotoSansDevanagari-Regular.ttf", ((0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF))),
    ("NotoSansTamil-Regular.ttf", ((0x0B80, 0x0BFF),)),
    ("NotoSansThai-Regular.ttf", ((0x0E00, 0x0E7F),)),
    ("NotoSansGeorgian-Regular.ttf", ((0x10A0, 0x10FF), (0x1C90, 0x1CBF), (0x2D00, 0x2D2F))),
    ("NotoSansArmenian-Regular.ttf", ((0x0530, 0x058F), (0xFB13, 0xFB17))),
    ("NotoSansTifinagh-Regular.ttf", ((0x2D30, 0x2D7F),)),
    # the 2,350 syllables of KS X 1001 (not all 11,172) and the compatibility jamo
    ("NotoSansKR-Hangul.ttf", ((0x3131, 0x318E), (0xAC00, 0xD7A3))),
    # monochrome outlines: fpdf2 cannot draw colour bitmap emoji
    ("NotoEmoji-Regular.ttf", (
        (0x203C, 0x203C), (0x2049, 0x2049), (0x20E3, 0x20E3), (0x2122, 0x2139),
        (0x2194, 0x21AA), (0x231A, 0x23FF), (0x24C2, 0x24C2), (0x25AA, 0x25FE),
        (0x2600, 0x27BF), (0x2934, 0x2935), (0x2B05, 0x2B55), (0x3030, 0x303D),
        (0x3297, 0x3299), (0xFE0E, 0xFE0F), (0x1F000, 0x1FAFF), (0xE0020, 0xE007F),
    )),
)  # fmt: skip

# Fonts a system may have for the scripts we do not ship (Chinese and Japanese above
# all), by path: tried after ours, before asking fontconfig (fc-match) for any other;
# never fetched from anywhere. Debian: fonts-droid-fallback, which .ci/run installs.
SYSTEM_FALLBACKS: Final = ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",)
FONTCONFIG_ASKS: Final = 24  # at most this many fc-match runs per printout (~10 ms each)


class FontFile(str):
    """A font to fall back on: the path of its file (a ``str``, so it goes wherever a
    path goes), and ``number``, its face in a collection (.ttc), 0 otherwise."""

    number: int

    def __new__(cls, path: str, number: int = 0) -> FontFile:
        font = super().__new__(cls, path)
        font.number = number
        return font


@functools.cache
def _cmap(path: str, number: int = 0) -> frozenset[int]:
    """The code points a font file has drawable glyphs for (``layout.font_face``); empty
    if it cannot be read or has colour bitmaps only, which fpdf2 draws as nothing."""
    try:
        face = font_face(path, number)
    except Exception:  # noqa: BLE001 — an unreadable system font is simply not used
        return frozenset()
    return frozenset(face.cmap) if face.drawable else frozenset()


def _ours() -> frozenset[int]:
    return _cmap(font_path(bold=False))


def not_in_dejavu(texts: Sequence[str]) -> set[str]:
    """The visible characters of ``texts`` that DejaVu has no glyph for."""
    texts = [text for text in texts if not text.isascii()]
    if not texts:
        return set()
    ours = _ours()
    return {
        c for text in texts for c in text
        if not c.isspace() and ord(c) not in ours and unicodedata.category(c)[0] in "LNPS"
    }  # fmt: skip


def _needed(view: PrintView) -> set[str]:
    """The characters of the printed texts that DejaVu has no glyph for."""
    return not_in_dejavu(_printed_texts(view))


@functools.cache
def _fontconfig(char: str) -> FontFile | None:
    """The font fontconfig would choose for ``char`` (a sans-serif one if it can), or
    None: no fontconfig, or no font at all."""
    import shutil
    import subprocess

    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return None
    try:
        found = subprocess.run(
            [fc_match, "--format", "%{file}|%{index}", f"sans-serif:charset={ord(char):x}"],
            capture_output=True, text=True, timeout=10, check=False,
        ).stdout  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return None
    path, _, number = found.rpartition("|")
    if not path.lower().endswith((".ttf", ".otf", ".ttc", ".otc")) or not number.isdigit():
        return None  # a Type 1 or bitmap font fpdf2 cannot embed
    return FontFile(path, int(number))


def fallbacks_for(view: PrintView) -> tuple[list[FontFile], set[str]]:
    """The fonts to fall back on for ``view``, and the characters none can print (said to
    the user; the HTML printout shows them)."""
    return fonts_for(_needed(view))


def fonts_for(chars: set[str]) -> tuple[list[FontFile], set[str]]:
    """The fonts that print ``chars`` (letters DejaVu lacks), and those none of them has.
    Ours first (their blocks checked before a file is opened), then the known system
    paths, then fontconfig's choice. The PDF and the HTML printout both use them."""
    import os

    missing = set(chars)
    chosen: list[FontFile] = []

    def take(font: FontFile) -> None:
        nonlocal missing
        if covered := {c for c in missing if ord(c) in _cmap(font, font.number)}:
            chosen.append(font)
            missing -= covered

    for name, blocks in SCRIPT_FONTS:
        if any(low <= ord(c) <= high for c in missing for low, high in blocks):
            take(FontFile(packaged_font(name)))
    for path in SYSTEM_FALLBACKS:
        if missing and os.path.isfile(path):
            take(FontFile(path))
    unfound: set[str] = set()
    for _ in range(FONTCONFIG_ASKS):
        if not (left := sorted(missing - unfound)):
            break
        font = _fontconfig(left[0])
        if font is None or font in chosen or ord(left[0]) not in _cmap(font, font.number):
            unfound.add(left[0])
        else:
            take(font)
    return chosen, missing


def unprintable(view: PrintView, missing: set[str]) -> list[str]:
    """The names of the entries (and the owner) whose printed texts have letters in
    ``missing``: the ones the PDF cannot show whole."""
    names: list[str] = []
    if view.owner and not missing.isdisjoint(view.owner):
        names.append(visible(view.owner))
    for entry in [*view.crisis, *view.others]:
        texts = [entry.name, entry.relation or "", entry.where or "", entry.available or "",
                 note_line(entry)]  # fmt: skip
        if any(not missing.isdisjoint(text) for text in texts):
            names.append(visible(entry.name))
    return names


NO_GLYPH: Final = "\u25a1"  # □: a letter no font has, so a name is never blank


def printable(view: PrintView, missing: set[str]) -> PrintView:
    """``view`` with every letter in ``missing`` shown as □: a name in a script no font
    can print stays visible as a name (the user is told, and the HTML shows it whole),
    never a blank line beside a number."""
    if not missing:
        return view
    table = dict.fromkeys(map(ord, missing), NO_GLYPH)

    def fixed(entry: EntryLike) -> EntryLike:
        fields = ("name", "relation", "where", "available", "note")
        changes = {f: text.translate(table) for f in fields if (text := getattr(entry, f))}
        return entry.model_copy(update=changes)

    owner = view.owner.translate(table) if view.owner else view.owner
    crisis = [fixed(entry) for entry in view.crisis]
    return view._replace(owner=owner, crisis=crisis, others=[fixed(e) for e in view.others])


def needs_shaping(view: PrintView) -> bool:
    """True if any printed text has right-to-left letters, marks or joiners.

    Only those need HarfBuzz: Arabic and Hebrew run right to left, Devanagari, Tamil and
    Thai place their vowel signs by it, emoji sequences join by it. Plain Latin or
    Cyrillic prints the same without it, and skipping it keeps a large circle's PDF well
    under a second.
    """
    for text in _printed_texts(view):
        if text.isascii():
            continue
        for char in text:
            if (
                unicodedata.category(char)[0] == "M"
                or char == "\u200d"
                or unicodedata.bidirectional(char) in ("R", "AL", "AN")
            ):
                return True
    return False


def new_pdf(title: str, lang: Lang, *, shaping: bool, fallbacks: Sequence[str] = ()) -> FPDF:
    from fpdf import FPDF

    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font(FAMILY, "", font_path(bold=False))
    pdf.add_font(FAMILY, "B", font_path(bold=True))
    families = []
    for index, font_file in enumerate(fallbacks):
        # Regular only: bold text falls back on it too (exact_match=False), so a bold
        # name in a script without a bold face prints, and each font is read once.
        family = f"fallback{index}"
        number = font_file.number if isinstance(font_file, FontFile) else 0
        pdf.add_font(family, "", str(font_file), collection_font_number=number)
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
    if getattr(pdf, "_fallback_font_ids", True):
        # fpdf2 2.8 sets the font for a cell that starts in a fallback font inside the
        # cell's q/Q, then takes it as set for the page: the next cells were drawn in
        # the previous font's glyphs (garbage). An empty text sets it for the page.
        pdf.text(0, 0, "")


def write_lines(
    pdf: FPDF, x: float, y: float, lines: Sequence[str], size: float, link: str | None = None
) -> float:
    """Write ``lines`` from top ``y``; returns the y below them."""
    height = line_height(size)
    for line in lines:
        pdf.set_xy(x, y)
        pdf.cell(0, height, line, link=link or "")
        y += height
    return y


def draw_qr(pdf: FPDF, uri: str, x: float, y: float, size: float) -> None:
    """A vector QR code for ``uri`` in the square (x, y, ``size``), its quiet zone of four
    modules included, with a link to dial it.

    The dark modules are one filled outline (``qr_outline``): one fill, so no seams.
    Rectangles drawn edge to edge left hairline seams when rasterised, which scanners
    read as light modules (one in four card codes failed at 300 dpi).
    """
    from fpdf.enums import PathPaintRule

    matrix = make_qr(uri).matrix
    cell = size / (len(matrix) + 2 * QUIET)
    left, top = x + QUIET * cell, y + QUIET * cell
    with pdf.new_path(paint_rule=PathPaintRule.FILL_NONZERO) as path:
        path.style.fill_color = "#000000"
        for loop in qr_outline(matrix):
            (x0, y0), *rest = loop
            path.move_to(left + x0 * cell, top + y0 * cell)
            for px, py in rest:
                path.line_to(left + px * cell, top + py * cell)
            path.close()
    pdf.link(x, y, size, size, uri)


PICTURE_COLORS: Final = {"name": INK, "key": INK, "number": ACCENT, "me": INK, "more": SOFT}


def draw_picture(pdf: FPDF, layout: CircleLayout, x: float, y: float) -> None:
    """The circle picture of ``layout`` with its top left corner at (x, y), as large as
    its medium says (``layout.medium.mm``)."""
    k = layout.medium.mm / SIZE

    def at(px: float, py: float) -> tuple[float, float]:
        return x + px * k, y + py * k

    cx, cy = at(CENTRE, CENTRE)
    for ring, radius in layout.rings.items():
        crisis = ring == "crisis"
        pdf.set_line_width(LINES["ring crisis" if crisis else "ring"])
        pdf.set_draw_color(*(ACCENT if crisis else LINE))
        pdf.circle(cx, cy, radius * k, style="D")
    pdf.set_fill_color(255, 255, 255)
    for label in layout.labels:  # names and letters on white, over the rings
        if label.kind in ("name", "key"):
            box = label.box()
            left, top = at(box.left - 1, box.top - 1)
            pdf.rect(left, top, (box.right - box.left + 2) * k, (box.bottom - box.top + 2) * k,
                     style="F")  # fmt: skip
    pdf.set_draw_color(*INK)
    pdf.set_line_width(LINES["shape"])
    pdf.circle(cx, cy, layout.centre * k, style="DF")
    for marker in layout.markers:  # hollow shapes, as the legend shows them
        crisis = marker.number is not None
        pdf.set_draw_color(*(ACCENT if crisis else INK))
        pdf.set_line_width(LINES["shape crisis" if crisis else "shape"])
        if points := marker.points():
            pdf.polygon([at(px, py) for px, py in points], style="DF")
        else:
            mx, my = at(marker.x, marker.y)
            pdf.circle(mx, my, marker.size * k, style="DF")
    for label in layout.labels:
        font(pdf, layout.medium.pt_of(label.size), bold=label.bold,
             color=PICTURE_COLORS[label.kind])  # fmt: skip
        lx, ly = at(label.x, label.y)
        width = pdf.get_string_width(label.text)
        left = lx - {"start": 0.0, "middle": width / 2, "end": width}[label.anchor]
        if label.kind == "name":
            # cell, not text: only cells are shaped, so Arabic names join and run right
            # to left; fpdf2 puts the baseline 0.8 of the type size below the cell's top.
            size = label.size * k
            pdf.set_xy(left - pdf.c_margin, ly - 0.8 * size)
            pdf.cell(width + 2 * pdf.c_margin, size, label.text)
        else:
            pdf.text(left, ly, label.text)
