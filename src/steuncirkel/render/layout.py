"""One layout of the poster, computed once and drawn by both back ends (PDF and HTML).

Every size and position of the poster lives here: the page, the type sizes (points),
the line height, the paddings (millimetres), and the lines each text is broken into.
``pdf.py`` draws the layout with fpdf2; ``html.py`` writes the same lines with the
same sizes into CSS (``css_variables``), so a printed HTML page and the PDF break on the
same words and put them within a millimetre or so of each other (``tests/test_parity_print.py``).

Lines are broken with the real advance widths of the embedded DejaVu fonts, exactly as
fpdf2 measures them (unshaped, no kerning; the HTML turns kerning off to match).
Nothing on the poster that matters is cut: the owner's name, the entries' names,
numbers, "when" and "where" always wrap in full. When five long entries do not fit,
the poster drops decorations first (the note line, padding, "who is this to me").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Final

from steuncirkel.base.helplines import helplines_to_call
from steuncirkel.base.i18n import Msg, t, written_date
from steuncirkel.base.textsafety import visible
from steuncirkel.base.vocab import COUNTRY_LABELS, CRISIS_MAX
from steuncirkel.render.fields import (
    NO_PHONE,
    about,
    main_helpline_uri,
    note_line,
    picture_more,
    reach_lines,
)
from steuncirkel.render.qr import tel_uri
from steuncirkel.render.text import title_of

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from steuncirkel.base.i18n import Lang
    from steuncirkel.reading import PrintView

__all__ = [
    "CALL",
    "LEADING",
    "LEFT",
    "PAGE_H",
    "PAGE_W",
    "PT",
    "RIGHT",
    "SMALLEST",
    "FontFace",
    "Metrics",
    "PosterLayout",
    "CardFront",
    "card_front",
    "card_title",
    "css_variables",
    "fold_diagram",
    "fold_rows",
    "font_face",
    "font_path",
    "packaged_font",
    "line_height",
    "poster_layout",
    "wrap",
]

PT: Final = 25.4 / 72  # one point in millimetres
LEADING: Final = 1.25  # line height, as a multiple of the type size
INSET: Final = 1.0  # fpdf2's cell padding: text starts this far right of its cell

PAGE_W: Final = 210.0
PAGE_H: Final = 297.0
LEFT: Final = 12.0
RIGHT: Final = PAGE_W - 12.0
PAGE_BOTTOM: Final = 290.0  # the last line ends above this

# Type sizes in points. Who to call is the loudest thing on the poster (issue #11):
# every phone number on the list, the main helpline's numbers and 112 at 24 pt (digits
# about 6 mm high, readable across a room); nothing on the poster under 8 pt.
CALL: Final = 24.0
SMALLEST: Final = 8.0
TITLE: Final = 22.0  # quieter than the numbers to call
LEAD: Final = 14.0
ENCOURAGE: Final = 10.5
NAME: Final = 13.0
ABOUT: Final = 9.5
WAYS: Final = 8.5
MORE: Final = 10.0
PANEL_HEAD: Final = 12.0
MAIN_NAME: Final = 10.0
LINE_HEAD: Final = 9.0
DETAILS: Final = 8.5

# The head: title, lead and encouragement beside the picture and its legend.
HEAD_TOP: Final = 12.0
TITLE_TOP: Final = HEAD_TOP + 6
PIC: Final = 50.0
PIC_X: Final = RIGHT - PIC
LEGEND_X: Final = PIC_X - 8  # the legend is a little wider than the picture
LEGEND_W: Final = PIC + 8
HEAD_TEXT_W: Final = PIC_X - 5 - LEFT
# The list: a number column, the text column, the QR code at the right.
NUMBER_W: Final = 12.0  # the place's number is centred in this
POSTER_COLUMN: Final = LEFT + NUMBER_W + 2
POSTER_QR: Final = 20.0  # with its quiet zone of 4 modules: the code itself is 14.5 mm
QR_GAP: Final = 3.0
BLANK_ROW: Final = 22.0
# The helpline panel.
PANEL_PAD: Final = 4.0
PANEL_QR: Final = 22.0  # the code itself 15.9 mm

# The wallet card: three bank-card panels on an A4 sheet.
CARD_W: Final = 85.6
CARD_H: Final = 54.0
CARD_X: Final = 62.0  # the card's left edge on the A4 sheet
CARD_Y: Final = 30.0  # the top of its outside panel
PAD: Final = 3.5  # the panels' inner margin, left and right
CARD_PIC: Final = 30.0  # the picture on the front, centred on the panel's height
CARD_PIC_GAP: Final = 1.0  # between the words and the picture
# The front (the outside): the title, the words under it, and (unless discreet) when to
# open the card and the numbers that always help, left of the picture.
CARD_FRONT_TOP: Final = 12.0  # from the panel's top to the title and the picture
CARD_TITLE: Final = 15.0  # pt
CARD_TEXT: Final = 8.0  # pt: the words under the title, and the numbers to call
CARD_OPEN: Final = 7.0  # pt: "open this card in a crisis"
CARD_GAP: Final = 1.0  # above the words and above "open"
CARD_CALL_GAP: Final = 0.5  # above the numbers to call
CARD_HELPLINE_QR: Final = 17.0  # the main helpline's code on the back
# Below the card: the 50 mm bar to check the print is at 100 %, and under it the fold
# seen from the side (a zigzag: the front stays outside, the list and helplines inside).
SCALE_MM: Final = 50.0
SCALE_Y: Final = CARD_Y + 3 * CARD_H + 12  # the bar's line
FOLD_X: Final = CARD_X
FOLD_Y: Final = SCALE_Y + 9  # the first panel's line: below the bar's words
FOLD_W: Final = 10.0  # a panel, seen from the side
FOLD_GAP: Final = 3.2  # between the folded panels
FOLD_TEXT: Final = 7.0  # its words, in points


def fold_diagram() -> list[tuple[float, float, float, float]]:
    """The zigzag fold seen from the side, as line segments (x0, y0, x1, y1) in mm on the
    sheet: the front on top, folded at the right to the list under it, folded at the
    left to the helplines at the bottom. The words go beside each panel's line, at
    ``FOLD_X + FOLD_W + 2`` and the line's height (``fold_rows``)."""
    x0, x1 = FOLD_X, FOLD_X + FOLD_W
    y1, y2, y3 = fold_rows()
    return [
        (x0, y1, x1, y1),
        (x1, y1, x1, y2),
        (x1, y2, x0, y2),
        (x0, y2, x0, y3),
        (x0, y3, x1, y3),
    ]


def fold_rows() -> tuple[float, float, float]:
    """The heights of the three panels' lines in the fold diagram."""
    return FOLD_Y, FOLD_Y + FOLD_GAP, FOLD_Y + 2 * FOLD_GAP


def line_height(size: float) -> float:
    """The height of one line of ``size`` points, in millimetres."""
    return size * PT * LEADING


@dataclass(frozen=True)
class Density:
    """How much of the poster is printed besides what matters. The poster takes the
    fullest that fits on one page; names, numbers, "when" and "where" are printed in
    full in every one. Decorations go first: the note line, padding, the picture, "who
    is this to me", the codes beside the rows, the helplines' details, then 8 pt."""

    note: bool = True
    pad: float = 1.8
    picture: bool = True
    about: bool = True
    row_qr: bool = True
    details: bool = True
    ways: float = WAYS


DENSITIES: Final = (
    Density(),
    Density(note=False),
    Density(note=False, pad=0.6),
    Density(note=False, pad=0.6, picture=False),
    Density(note=False, pad=0.6, picture=False, about=False),
    Density(note=False, pad=0.6, picture=False, about=False, row_qr=False),
    Density(note=False, pad=0.6, picture=False, about=False, row_qr=False, details=False),
    Density(
        note=False, pad=0.6, picture=False, about=False, row_qr=False, details=False,
        ways=SMALLEST,
    ),
)  # fmt: skip


# --- measuring and breaking text ---------------------------------------------------


@dataclass
class FontFace:
    cmap: dict[int, str]
    widths: dict[int, int]  # code point -> advance in 1/1000 em, rounded as fpdf2 does
    missing: int
    drawable: bool  # has outlines fpdf2 can draw, not colour bitmaps only (Noto Color Emoji)


@functools.cache
def font_face(path: str, number: int = 0) -> FontFace:
    """What the printouts need to know of a font file: the letters it has and their
    advance widths as fpdf2 computes them (1/1000 em, rounded). The one reader of font
    files, for the page layouts, the circle picture and the choice of fallback fonts."""
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

    font = TTFont(path, lazy=True, fontNumber=number)  # face ``number`` of a collection (.ttc)
    scale = 1000 / font["head"].unitsPerEm
    metrics = font["hmtx"].metrics
    cmap: dict[int, str] = font.getBestCmap() or {}
    widths = {code: round(scale * metrics[glyph][0] + 0.001) for code, glyph in cmap.items()}
    missing = round(scale * metrics[".notdef"][0] + 0.001) if ".notdef" in metrics else 600
    drawable = any(table in font for table in ("glyf", "CFF ", "CFF2"))
    return FontFace(cmap, widths, missing, drawable)


# The font every printout is set in (shipped, with its licence, in ``steuncirkel.fonts``).
DEJAVU: Final = {False: "DejaVuSans.ttf", True: "DejaVuSans-Bold.ttf"}  # by boldness


def packaged_font(name: str) -> str:
    """The path of a font shipped in ``steuncirkel.fonts`` (DejaVu, the Noto subsets)."""
    with resources.as_file(resources.files("steuncirkel.fonts") / name) as path:
        return str(path)


def font_path(bold: bool) -> str:
    """The path of the bundled DejaVu face (regular or bold)."""
    return packaged_font(DEJAVU[bold])


class Metrics:
    """Widths of text in the printouts' font, in millimetres, as fpdf2 measures them:
    DejaVu Sans first, then the fallback fonts (for scripts DejaVu lacks)."""

    def __init__(self, fallbacks: Sequence[str] = ()) -> None:
        self._faces = {bold: font_face(font_path(bold)) for bold in (False, True)}
        self._fallbacks = [font_face(path, getattr(path, "number", 0)) for path in fallbacks]
        self._cache: dict[tuple[str, bool], int] = {}

    def _units(self, char: str, bold: bool) -> int:
        code = ord(char)
        face = self._faces[bold]
        if code in face.widths:
            return face.widths[code]
        for fallback in self._fallbacks:
            if code in fallback.widths:
                return fallback.widths[code]
        return 1000 if ord(char) >= 0x2E80 else face.missing  # CJK and wider: one em

    def width(self, text: str, size: float, bold: bool = False) -> float:
        """The width of ``text`` at ``size`` points, in millimetres."""
        units = 0
        for char in text:
            key = (char, bold)
            if key not in self._cache:
                self._cache[key] = self._units(char, bold)
            units += self._cache[key]
        return units * size * 0.001 * PT

    def fit(
        self, text: str, size: float, width: float, max_lines: int | None = None, *, bold: bool
    ) -> list[str]:
        """``text`` broken into lines of at most ``width`` mm (``wrap``)."""
        return wrap(text, width, lambda s: self.width(s, size, bold), max_lines)


_HYPHENATED: Final = ("LATIN", "GREEK", "CYRILLIC", "ARMENIAN", "GEORGIAN")


def _hyphenates(before: str, after: str) -> bool:
    """True when a word broken between ``before`` and ``after`` takes a hyphen: both are
    letters of an alphabet that hyphenates (not Chinese, Thai, Arabic...)."""
    import unicodedata

    return all(
        char.isalpha() and unicodedata.name(char, "").startswith(_HYPHENATED)
        for char in (before, after)
    )


def wrap(
    text: str, width: float, measure: Callable[[str], float], max_lines: int | None = None
) -> list[str]:
    """``text`` wrapped to ``width`` on word boundaries (a word wider than the line is
    broken); with ``max_lines``, more lines end with an ellipsis. None: never cut."""
    words = " ".join(visible(text).split()).split(" ")
    limit = max_lines if max_lines is not None else 1_000_000
    lines: list[str] = []
    current = ""
    cut = False
    for word in words:
        if not word:
            continue
        candidate = f"{current} {word}" if current else word
        if measure(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
            current = ""
        if len(lines) == limit:
            cut = True
            break
        while measure(word) > width:  # a word wider than the line
            head = word
            while len(head) > 1 and measure(head) > width:
                head = head[:-1]
            rest = word[len(head) :]
            # "Huisartsenprak-" / "tijk": a broken word says it goes on (not in scripts
            # that do not hyphenate, and never where a hyphen would not fit).
            hyphen = _hyphenates(head[-1], rest[0])
            while hyphen and len(head) > 2 and measure(head + "-") > width:
                head, rest = head[:-1], head[-1] + rest
            hyphen = hyphen and _hyphenates(head[-1], rest[0]) and measure(head + "-") <= width
            lines.append(head + "-" if hyphen else head)
            word = rest
            if len(lines) == limit:
                cut, word = True, ""
                break
        if cut:  # the last line was filled by a broken word: nothing more fits
            break
        current = word
    if current and len(lines) < limit:
        lines.append(current)
    elif current:
        cut = True
    if cut and lines:
        last = lines[-1]
        while last and measure(last + "…") > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines


# --- the poster ----------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """Lines of one size and weight, set from ``top`` (mm) on page ``page``."""

    lines: tuple[str, ...]
    size: float
    bold: bool = False
    top: float = 0.0
    page: int = 0

    @property
    def height(self) -> float:
        return len(self.lines) * line_height(self.size)

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass(frozen=True)
class Row:
    """One entry of the crisis list, from rule ``top`` to rule ``bottom``."""

    number: int
    top: float
    bottom: float
    name: Text
    about: Text | None
    phone: Text | None
    uri: str | None
    ways: Text | None
    note: Text | None
    qr: bool
    page: int = 0


@dataclass(frozen=True)
class Helplines:
    """The tinted panel: its heading, the main line (113, 1813) and the others, 112."""

    top: float
    bottom: float
    heading: Text
    main_name: Text
    main_numbers: Text
    main_details: Text
    items: tuple[tuple[Text, Text | None], ...]
    emergency: Text
    qr: bool
    page: int = 0


@dataclass(frozen=True)
class PosterLayout:
    """Where everything on the poster goes, and in which lines."""

    density: Density
    title: Text
    lead: Text
    encourage: Text
    legend: Text | None  # None: the picture is left out to make room
    list_top: float
    rows: tuple[Row, ...]
    empty: Text | None
    blanks: tuple[tuple[int, float, int], ...]  # (number, top, page) of places to fill in
    more: Text | None
    helplines: Helplines
    made: Text

    @property
    def pages(self) -> int:
        return self.made.page + 1


def _block(
    metrics: Metrics,
    text: str,
    size: float,
    width: float,
    top: float,
    *,
    bold: bool = False,
    max_lines: int | None = None,
    page: int = 0,
) -> Text:
    lines = metrics.fit(text, size, width, max_lines, bold=bold) if text else []
    return Text(tuple(lines), size, bold, top, page)


def _row(
    view: PrintView,
    lang: Lang,
    metrics: Metrics,
    number: int,
    at: tuple[float, int],
    density: Density,
    qr_on: bool,
) -> Row:
    top, page = at
    entry = view.crisis[number - 1]
    country = view.country.value
    uri = tel_uri(entry.phone)
    qr = qr_on and density.row_qr and uri is not None
    width = RIGHT - POSTER_COLUMN - (POSTER_QR + QR_GAP if qr else 0) - INSET
    cursor = top + density.pad
    name = _block(metrics, entry.name, NAME, width, cursor, bold=True, page=page)
    cursor = name.bottom
    who = None
    if density.about:
        who = _block(metrics, about(entry, lang), ABOUT, width, cursor, max_lines=1, page=page)
        cursor = who.bottom
    phone = None
    if shown := entry.phone_shown(country):
        phone = Text((visible(shown),), CALL, True, cursor, page)
        cursor = phone.bottom
    ways = None
    if reach := " · ".join(reach_lines(entry, lang, country, without=NO_PHONE)):
        ways = _block(metrics, reach, density.ways, width, cursor, page=page)
        cursor = ways.bottom
    note = None
    if density.note and (first := note_line(entry)):
        note = _block(metrics, first, WAYS, width, cursor, max_lines=1, page=page)
        cursor = note.bottom
    bottom = max(cursor, top + density.pad + (POSTER_QR if qr else 0)) + density.pad
    return Row(number, top, bottom, name, who, phone, uri, ways, note, qr, page)


def _helplines(
    view: PrintView, lang: Lang, metrics: Metrics, qr_on: bool, at: tuple[float, int],
    density: Density,
) -> Helplines:  # fmt: skip
    top, page = at
    qr = qr_on and main_helpline_uri(view.country.value) is not None
    inner = RIGHT - LEFT - 2 * PANEL_PAD - (PANEL_QR + PANEL_PAD if qr else 0) - INSET

    def block(text: str, size: float, top: float, *, bold: bool = False) -> Text:
        return _block(metrics, text, size, inner, top, bold=bold, page=page)

    country_name = t(COUNTRY_LABELS[view.country.value], lang)
    heading = block(
        t(Msg.CRISIS_HELPLINES_TITLE, lang, country=country_name), PANEL_HEAD, top + 2.5,
        bold=True,
    )  # fmt: skip
    lines = helplines_to_call(view.country.value)
    main = lines[0]
    main_name = block(main.name, MAIN_NAME, heading.bottom + 1, bold=True)
    numbers = block(main.numbers_said(lang), CALL, main_name.bottom, bold=True)
    details = block(main.summary(lang), DETAILS, numbers.bottom)
    cursor = details.bottom + 1.5
    items: list[tuple[Text, Text | None]] = []
    for line in lines[1:]:
        head = block(line.heading(lang), LINE_HEAD, cursor, bold=True)
        body = block(line.summary(lang), DETAILS, head.bottom) if density.details else None
        items.append((head, body))
        cursor = (body or head).bottom + 1
    emergency = block(t(Msg.CRISIS_EMERGENCY, lang), CALL, cursor + 0.5, bold=True)
    bottom = emergency.bottom + PANEL_PAD
    if qr:  # the code and its caption stay inside the panel
        bottom = max(bottom, top + PANEL_PAD + PANEL_QR + 5)
    return Helplines(
        top, bottom, heading, main_name, numbers, details, tuple(items), emergency, qr, page
    )


def _attempt(
    view: PrintView, lang: Lang, metrics: Metrics, title: str, qr: bool, density: Density
) -> PosterLayout:
    from steuncirkel.render.circle import POSTER, picture_layout
    from steuncirkel.render.circle import legend_lines as picture_legend

    text_w = (HEAD_TEXT_W if density.picture else RIGHT - LEFT) - INSET
    title_block = _block(metrics, title, TITLE, text_w, TITLE_TOP, bold=True)
    lead_text = t(Msg.PRINT_CRISIS_TITLE, lang)
    lead = _block(metrics, lead_text, LEAD, text_w, title_block.bottom + 1.5)
    encourage_text = t(Msg.PRINT_ENCOURAGEMENT, lang)
    encourage = _block(metrics, encourage_text, ENCOURAGE, text_w, lead.bottom + 2.5)
    legend = None
    y = encourage.bottom + 3
    if density.picture:
        # The legend, then the key of the entries numbered in the picture (with a key
        # letter: their names did not fit at 8 pt), then how many it leaves out.
        picture = picture_layout(view, lang, POSTER)
        legend_lines = picture_legend(picture, lang, LEGEND_W - INSET, SMALLEST)
        if picture.more:
            more_note = picture_more(picture.more, lang)
            legend_lines += metrics.fit(more_note, SMALLEST, LEGEND_W - INSET, bold=False)
        legend = Text(tuple(legend_lines), SMALLEST, False, HEAD_TOP + PIC + 1)
        y = max(y, legend.bottom + 3)
    list_top = y
    page = 0

    def onto_page(top: float, bottom: float) -> tuple[float, int]:
        """Where something from ``top`` to ``bottom`` goes: here, or atop the next page
        when it would run off this one (only a poster too full for one page)."""
        nonlocal page
        if bottom > PAGE_BOTTOM and top > HEAD_TOP:
            page += 1
            return HEAD_TOP, page
        return top, page

    rows: list[Row] = []
    for number in range(1, len(view.crisis) + 1):
        row = _row(view, lang, metrics, number, (y, page), density, qr)
        if (at := onto_page(row.top, row.bottom)) != (row.top, row.page):
            row = _row(view, lang, metrics, number, at, density, qr)
        rows.append(row)
        y = row.bottom
    empty = None
    if not view.crisis:
        empty_text = t(Msg.PRINT_LIST_EMPTY_FILL, lang)
        empty = _block(metrics, empty_text, 11, RIGHT - POSTER_COLUMN - INSET, y + 2)
        y = empty.bottom + 2
    blanks = []
    for number in range(len(view.crisis) + 1, CRISIS_MAX + 1):
        y, on = onto_page(y, y + BLANK_ROW)
        blanks.append((number, y, on))
        y += BLANK_ROW
    more = None
    if view.crisis_more:
        more_text = t(Msg.PRINT_CRISIS_MORE, lang, count=view.crisis_more)
        more = _block(metrics, more_text, MORE, RIGHT - POSTER_COLUMN - INSET, y + 1.5, page=page)
        y = more.bottom + 1.5
    panel = _helplines(view, lang, metrics, qr, (y + 3, page), density)
    if (at := onto_page(panel.top, panel.bottom)) != (panel.top, panel.page):
        panel = _helplines(view, lang, metrics, qr, at, density)
    made_text = t(Msg.PRINT_MADE_ON, lang, date=written_date(view.made_on, lang))
    made_at = onto_page(panel.bottom + 2.5, panel.bottom + 2.5 + line_height(SMALLEST))
    made = _block(metrics, made_text, SMALLEST, RIGHT - LEFT - INSET, made_at[0], page=made_at[1])
    return PosterLayout(
        density, title_block, lead, encourage, legend, list_top, tuple(rows), empty,
        tuple(blanks), more, panel, made,
    )  # fmt: skip


def poster_layout(
    view: PrintView, lang: Lang, title: str, *, qr: bool, metrics: Metrics
) -> PosterLayout:
    """The fullest poster that fits on one A4 page. Names, numbers, "when" and "where"
    wrap in full in every density; if even the tightest does not fit (five entries at
    the longest the input allows), the list goes on on a second page."""
    layout = None
    for density in DENSITIES:
        layout = _attempt(view, lang, metrics, title, qr, density)
        if layout.pages == 1:
            break
    assert layout is not None
    return layout


# --- the card's front -----------------------------------------------------------------


def card_title(view: PrintView, lang: Lang, *, discreet: bool) -> str:
    """The card's title (and its file's): a neutral one when discreet, else the
    printout's ("Steuncirkel van Sam")."""
    return t(Msg.CARD_DISCREET_TITLE, lang) if discreet else title_of(view, lang)


@dataclass(frozen=True)
class CardFront:
    """The lines on the card's outside, from the panel's top (mm). ``crisis``: when to
    open the card and the numbers to call, beside the picture; None when discreet (no
    picture either). ``numbers``: what the call line names, to link."""

    title: Text
    words: Text
    crisis: tuple[Text, Text] | None
    numbers: tuple[str, ...]


def card_front(view: PrintView, lang: Lang, metrics: Metrics, *, discreet: bool) -> CardFront:
    """The card's outside: the title and, under it, the crisis list's heading, then when
    to open the card and the main helpline's numbers with 112. Discreet: the owner's
    name under a neutral title, nothing about a crisis, no picture (more room)."""
    width = CARD_W - 2 * PAD - (0 if discreet else CARD_PIC + CARD_PIC_GAP)

    def block(text: str, size: float, top: float, lines: int, *, bold: bool = False) -> Text:
        return Text(tuple(metrics.fit(text, size, width, lines, bold=bold)), size, bold, top)

    title_text = card_title(view, lang, discreet=discreet)
    title = block(title_text, CARD_TITLE, CARD_FRONT_TOP, 2, bold=True)
    if discreet:
        words = block(view.owner or "", CARD_TEXT, title.bottom + CARD_GAP, 3)
        return CardFront(title, words, None, ())
    words = block(t(Msg.PRINT_CRISIS_TITLE, lang), CARD_TEXT, title.bottom + CARD_GAP, 2)
    opening = block(
        t(Msg.CARD_OPEN_IN_CRISIS, lang), CARD_OPEN, words.bottom + CARD_GAP, 2, bold=True
    )
    main = helplines_to_call(view.country.value)[0]
    call_text = t(Msg.CARD_FRONT_CALL, lang, numbers=main.numbers_said(lang))
    call = block(call_text, CARD_TEXT, opening.bottom + CARD_CALL_GAP, 2, bold=True)
    return CardFront(title, words, (opening, call), (*main.numbers, "112"))


def css_variables() -> str:
    """The printouts' numbers as CSS custom properties, for ``print.css``."""
    sizes = {
        "call": CALL, "smallest": SMALLEST, "title": TITLE, "lead": LEAD,
        "encourage": ENCOURAGE, "name": NAME, "about": ABOUT, "ways": WAYS, "more": MORE,
        "panel-head": PANEL_HEAD, "main-name": MAIN_NAME, "line-head": LINE_HEAD,
        "details": DETAILS, "card-title": CARD_TITLE, "card-text": CARD_TEXT,
        "card-open": CARD_OPEN,
    }  # fmt: skip
    lengths = {
        "left": LEFT, "head-top": HEAD_TOP, "title-top": TITLE_TOP, "pic": PIC,
        "head-text-w": HEAD_TEXT_W, "legend-w": LEGEND_W, "inset": INSET,
        "column": POSTER_COLUMN - LEFT, "qr": POSTER_QR, "qr-gap": QR_GAP,
        "blank-row": BLANK_ROW, "panel-pad": PANEL_PAD, "panel-qr": PANEL_QR,
        "page-w": PAGE_W, "page-h": PAGE_H, "card-w": CARD_W, "card-h": CARD_H,
        "card-x": CARD_X, "card-y": CARD_Y, "card-pad": PAD, "card-pic": CARD_PIC,
        "card-front-top": CARD_FRONT_TOP, "card-gap": CARD_GAP, "card-call-gap": CARD_CALL_GAP,
        "card-pic-gap": CARD_PIC_GAP,
    }  # fmt: skip
    parts = [f"--{k}: {v:g}pt;" for k, v in sizes.items()]
    parts += [f"--{k}: {v:g}mm;" for k, v in lengths.items()]
    parts.append(f"--leading: {LEADING:g};")
    return ":root { " + " ".join(parts) + " }\n"
