"""The printable Steuncirkel as PDF (fpdf2): the same A4 poster and wallet card as HTML.

A free Unicode font (DejaVu Sans, shipped in ``steuncirkel/fonts`` with its licence) is
embedded, so every name prints: accents, Turkish, Polish, Cyrillic, and Arabic, which
is shaped and set right to left when ``uharfbuzz`` is available. Text is real text
(searchable, extractable); the picture and the QR codes are vector drawings. The
document carries a title and a language, and no author, path or other detail.
fpdf2 is imported only here, so no other command pays for it.
"""

from __future__ import annotations

import unicodedata
from importlib import resources
from typing import TYPE_CHECKING, Final

from steuncirkel.base.helplines import helplines_for
from steuncirkel.base.i18n import Msg, t
from steuncirkel.base.textsafety import visible
from steuncirkel.base.vocab import COUNTRY_LABELS, KIND_LABELS
from steuncirkel.models import Kind
from steuncirkel.render.circle import CENTRE, FONT, MARKER, SIZE, layout_circle
from steuncirkel.render.fields import Reach, about, main_helpline_uri, reach_lines
from steuncirkel.render.qr import make_qr, tel_uri
from steuncirkel.render.text import title_of

if TYPE_CHECKING:
    from fpdf import FPDF

    from steuncirkel.base.helplines import Helpline
    from steuncirkel.base.i18n import Lang
    from steuncirkel.operations import PrintView
    from steuncirkel.render import PrintOptions

__all__ = ["render"]

FAMILY: Final = "DejaVu"
INK: Final = (29, 43, 42)
SOFT: Final = (77, 95, 93)
LINE: Final = (159, 183, 179)
TINT: Final = (238, 245, 243)
ACCENT: Final = (31, 111, 102)
PAGE_W: Final = 210.0
LEFT: Final = 12.0
RIGHT: Final = PAGE_W - 12.0
NO_PHONE: Final = frozenset({Reach.PHONE})  # the phone number has its own line
PT: Final = 25.4 / 72  # one point in millimetres


def _needs_shaping(view: PrintView) -> bool:
    """True if any printed text has right-to-left letters or combining marks.

    Only those need HarfBuzz; plain Latin or Cyrillic prints the same without it, and
    skipping it keeps a large circle's PDF well under a second.
    """
    texts = [view.owner or ""]
    for entry in [*view.crisis, *view.others]:
        texts += [entry.name, entry.relation or "", entry.where or "", entry.available or ""]
        texts.append(entry.note or "")
    for text in texts:
        if text.isascii():
            continue
        for char in text:
            if unicodedata.bidirectional(char) in ("R", "AL", "AN") or unicodedata.combining(char):
                return True
    return False


def _new_pdf(title: str, lang: Lang, *, shaping: bool) -> FPDF:
    from fpdf import FPDF

    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    fonts = resources.files("steuncirkel.fonts")
    with resources.as_file(fonts / "DejaVuSans.ttf") as regular:
        pdf.add_font(FAMILY, "", str(regular))
    with resources.as_file(fonts / "DejaVuSans-Bold.ttf") as bold:
        pdf.add_font(FAMILY, "B", str(bold))
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


def _font(pdf: FPDF, size: float, *, bold: bool = False, color: tuple[int, int, int] = INK) -> None:
    pdf.set_font(FAMILY, "B" if bold else "", size)
    pdf.set_text_color(*color)


def _fit(pdf: FPDF, text: str, width: float, max_lines: int) -> list[str]:
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


def _lines(
    pdf: FPDF, x: float, y: float, lines: list[str], size: float, link: str | None = None
) -> float:
    """Write ``lines`` from top ``y``; returns the y below them."""
    height = size * PT * 1.25
    for line in lines:
        pdf.set_xy(x, y)
        pdf.cell(0, height, line, link=link or "")
        y += height
    return y


def _qr(pdf: FPDF, uri: str, x: float, y: float, size: float) -> None:
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
                pdf.rect(x + (start + 2) * cell, y + (row + 2) * cell,
                         (col - start) * cell, cell, style="F")  # fmt: skip
            else:
                col += 1
    pdf.link(x, y, size, size, uri)


def _picture(pdf: FPDF, view: PrintView, lang: Lang, x: float, y: float, size: float) -> None:
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
    _font(pdf, 12 * k / PT, bold=True)
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
            _font(pdf, 7 * k / PT, bold=True, color=(255, 255, 255))
            digit = str(marker.number)
            pdf.text(mx - pdf.get_string_width(digit) / 2, my + 2.4 * k, digit)
    _font(pdf, FONT * k / PT)
    height = FONT * k
    for label in layout.labels:
        lx, ly = at(label.x, label.y)
        text = visible(label.text)
        width = pdf.get_string_width(text)
        offset = {"start": 0.0, "middle": width / 2, "end": width}[label.anchor]
        # cell, not text: only cells are shaped, so Arabic labels join and run right to left
        pdf.set_xy(lx - offset, ly - height * 0.8)
        pdf.cell(width, height, text)


def _helpline_text(lines: tuple[Helpline, ...], lang: Lang) -> list[tuple[str, str]]:
    """(head, details) per helpline, without 112 (which gets its own line)."""
    out = []
    for line in lines:
        if line.emergency:
            continue
        out.append((line.heading(lang), " · ".join(line.details(lang))))
    return out


def _poster(view: PrintView, lang: Lang, options: PrintOptions) -> bytes:
    country = view.country.value
    title = title_of(view, lang)
    pdf = _new_pdf(title, lang, shaping=_needs_shaping(view))
    lines = helplines_for(view.country.value)
    pic, top = 50.0, 12.0
    text_w = RIGHT - pic - 5 - LEFT
    _font(pdf, 27, bold=True, color=ACCENT)
    y = _lines(pdf, LEFT, top + 6, _fit(pdf, title, text_w, 2), 27)
    _font(pdf, 14)
    y = _lines(pdf, LEFT, y + 1.5, _fit(pdf, t(Msg.PRINT_CRISIS_TITLE, lang), text_w, 2), 14)
    _font(pdf, 10.5, color=SOFT)
    y = _lines(pdf, LEFT, y + 2.5, _fit(pdf, t(Msg.PRINT_ENCOURAGEMENT, lang), text_w, 3), 10.5)
    _picture(pdf, view, lang, RIGHT - pic, top, pic)
    _font(pdf, 6, color=SOFT)
    legend = " · ".join(
        f"{symbol} {t(KIND_LABELS[kind], lang)}"
        for symbol, kind in (("●", Kind.PERSON), ("▲", Kind.PLACE), ("■", Kind.PROFESSIONAL),
                             ("◆", Kind.GROUP))
    )  # fmt: skip
    notes = [legend, t(Msg.PICTURE_LEGEND_RINGS, lang)]
    if view.more:
        notes.append(t(Msg.PICTURE_MORE, lang, count=view.more))
    legend_lines = [line for note in notes for line in _fit(pdf, note, pic, 2)]
    below = _lines(pdf, RIGHT - pic, top + pic + 1, legend_lines, 6)
    y = max(y, below) + 3

    qr_size = 18.0
    column = LEFT + 13
    width = RIGHT - column - (qr_size + 3 if options.qr else 0)
    pdf.set_draw_color(*LINE)
    pdf.set_line_width(0.4)
    pdf.line(LEFT, y, RIGHT, y)
    for number, entry in enumerate(view.crisis, start=1):
        row_top = y + 1.8
        _font(pdf, 12, bold=True)
        cursor = _lines(pdf, column, row_top, _fit(pdf, entry.name, width, 2), 12)
        _font(pdf, 9, color=SOFT)
        cursor = _lines(pdf, column, cursor, _fit(pdf, about(entry, lang), width, 1), 9)
        uri = tel_uri(entry.phone)
        if shown := entry.phone_shown(country):
            _font(pdf, 14, bold=True)
            cursor = _lines(pdf, column, cursor + 0.3, [visible(shown)], 14, link=uri)
        ways = " · ".join(reach_lines(entry, lang, country, without=NO_PHONE))
        _font(pdf, 8.5, color=SOFT)
        cursor = _lines(pdf, column, cursor, _fit(pdf, ways, width, 1), 8.5)
        cursor = _lines(pdf, column, cursor, _fit(pdf, entry.note or "", width, 1), 8.5)
        bottom = max(cursor, row_top + (qr_size if options.qr and uri else 0)) + 1.8
        _font(pdf, 19, bold=True, color=ACCENT)
        label = str(number)
        mid = (y + bottom) / 2
        pdf.text(LEFT + 5 - pdf.get_string_width(label) / 2, mid + 2.5, label)
        if options.qr and uri:
            _qr(pdf, uri, RIGHT - qr_size, (y + bottom - qr_size) / 2, qr_size)
        y = bottom
        pdf.set_draw_color(*LINE)
        pdf.line(LEFT, y, RIGHT, y)
    if not view.crisis:
        _font(pdf, 11)
        y = _lines(pdf, column, y + 2, [t(Msg.PRINT_LIST_EMPTY, lang)], 11) + 2

    # helplines, on a tinted panel
    box_top = y + 3
    main_uri = main_helpline_uri(lines)
    qr_w = 19.0 if options.qr and main_uri else 0.0
    inner = RIGHT - LEFT - 8 - (qr_w + 4 if qr_w else 0)
    items: list[tuple[list[str], list[str]]] = []
    for head, details in _helpline_text(lines, lang):
        _font(pdf, 8.5, bold=True)
        head_lines = _fit(pdf, head, inner, 2)
        _font(pdf, 8.5)
        items.append((head_lines, _fit(pdf, details, inner, 3)))
    height = 4 + 11.5 * PT * 1.25 + 1
    height += sum((len(h) + len(d)) * 8.5 * PT * 1.25 + 1 for h, d in items)
    height += 12 * PT * 1.25 + 3
    pdf.set_fill_color(*TINT)
    pdf.rect(LEFT, box_top, RIGHT - LEFT, height, style="F", round_corners=True, corner_radius=2)
    country_name = t(COUNTRY_LABELS[view.country.value], lang)
    _font(pdf, 11.5, bold=True)
    heading = t(Msg.CRISIS_HELPLINES_TITLE, lang, country=country_name)
    cursor = _lines(pdf, LEFT + 4, box_top + 2.5, [heading], 11.5) + 1
    for head_lines, detail_lines in items:
        _font(pdf, 8.5, bold=True)
        cursor = _lines(pdf, LEFT + 4, cursor, head_lines, 8.5)
        _font(pdf, 8.5)
        cursor = _lines(pdf, LEFT + 4, cursor, detail_lines, 8.5) + 1
    _font(pdf, 12, bold=True)
    _lines(pdf, LEFT + 4, cursor + 0.5, [t(Msg.CRISIS_EMERGENCY, lang)], 12)
    if qr_w and main_uri:
        _qr(pdf, main_uri, RIGHT - 4 - qr_w, box_top + 4, qr_w)
        _font(pdf, 7, color=SOFT)
        caption = t(Msg.PRINT_SCAN_TO_CALL, lang)
        pdf.text(RIGHT - 4 - qr_w / 2 - pdf.get_string_width(caption) / 2,
                 box_top + 4 + qr_w + 3, caption)  # fmt: skip
    _font(pdf, 8, color=SOFT)
    made = t(Msg.PRINT_MADE_ON, lang, date=view.made_on.isoformat())
    _lines(pdf, LEFT, box_top + height + 2.5, [made], 8)
    return bytes(pdf.output())


CARD_W: Final = 85.6
CARD_H: Final = 54.0


def _card(view: PrintView, lang: Lang, options: PrintOptions) -> bytes:
    country = view.country.value
    discreet = options.discreet
    title = t(Msg.CARD_DISCREET_TITLE, lang) if discreet else title_of(view, lang)
    pdf = _new_pdf(title, lang, shaping=_needs_shaping(view))
    x0, y0 = 62.0, 30.0
    _font(pdf, 8, color=SOFT)
    _lines(pdf, x0 - 30, 12, _fit(pdf, t(Msg.CARD_INSTRUCTIONS, lang), 140, 2), 8)
    # cut marks at the four outer corners, fold lines between the panels
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    bottom = y0 + 3 * CARD_H
    for cx, dx in ((x0, -1), (x0 + CARD_W, 1)):
        for cy, dy in ((y0, -1), (bottom, 1)):
            pdf.line(cx + dx * 1, cy, cx + dx * 6, cy)
            pdf.line(cx, cy + dy * 1, cx, cy + dy * 6)
    pdf.set_dash_pattern(dash=1, gap=1)
    for n in (1, 2):
        pdf.line(x0, y0 + n * CARD_H, x0 + CARD_W, y0 + n * CARD_H)
    pdf.set_dash_pattern()
    pad = 3.5
    # panel 1: the outside
    _font(pdf, 15, bold=True, color=ACCENT)
    text_w = CARD_W - 2 * pad - (31 if not discreet else 0)
    cursor = _lines(pdf, x0 + pad, y0 + 12, _fit(pdf, title, text_w, 2), 15)
    front = (view.owner or "") if discreet else t(Msg.PRINT_CRISIS_TITLE, lang)
    _font(pdf, 8)
    _lines(pdf, x0 + pad, cursor + 1, _fit(pdf, front, text_w, 3), 8)
    if not discreet:
        _picture(pdf, view, lang, x0 + CARD_W - pad - 30, y0 + (CARD_H - 30) / 2, 30)
    _font(pdf, 5.5, color=SOFT)  # the date tells an old card from a new one
    _lines(pdf, x0 + pad, y0 + CARD_H - 5, [view.made_on.isoformat()], 5.5)
    # panel 2: who to call
    top = y0 + CARD_H
    _font(pdf, 7.5, bold=True)
    _lines(pdf, x0 + pad, top + 2.5, [t(Msg.CARD_CONTACTS_TITLE, lang).upper()], 7.5)
    qr = 8.6
    row_y = top + 6.5
    for entry in view.crisis:
        uri = tel_uri(entry.phone)
        width = CARD_W - 2 * pad - (qr + 1.5 if options.qr and uri else 0)
        _font(pdf, 6.6, bold=True)
        who = f"{entry.name} · {about(entry, lang)}"
        cursor = _lines(pdf, x0 + pad, row_y + 0.8, _fit(pdf, who, width, 1), 6.6)
        if shown := entry.phone_shown(country):
            _font(pdf, 8, bold=True)
            _lines(pdf, x0 + pad, cursor, [visible(shown)], 8, link=uri)
        if options.qr and uri:
            _qr(pdf, uri, x0 + CARD_W - pad - qr, row_y + 0.2, qr)
        row_y += 9.2
        pdf.set_draw_color(*LINE)
        pdf.line(x0 + pad, row_y, x0 + CARD_W - pad, row_y)
    if not view.crisis:
        _font(pdf, 7)
        _lines(pdf, x0 + pad, row_y, [t(Msg.PRINT_LIST_EMPTY, lang)], 7)
    # panel 3: helplines and 112
    top = y0 + 2 * CARD_H
    lines = helplines_for(view.country.value)
    main_uri = main_helpline_uri(lines)
    qr_w = 17.0 if options.qr and main_uri else 0.0
    width = CARD_W - 2 * pad - (qr_w + 2 if qr_w else 0)
    cursor = top + 3
    for head, details in _helpline_text(lines, lang):
        _font(pdf, 6.4, bold=True)
        cursor = _lines(pdf, x0 + pad, cursor, _fit(pdf, head, width, 1), 6.4)
        _font(pdf, 6.4)
        cursor = _lines(pdf, x0 + pad, cursor, _fit(pdf, details, width, 2), 6.4) + 0.6
    _font(pdf, 8, bold=True)
    _lines(pdf, x0 + pad, cursor + 0.4, [t(Msg.CRISIS_EMERGENCY, lang)], 8)
    if qr_w and main_uri:
        _qr(pdf, main_uri, x0 + CARD_W - pad - qr_w, top + 3, qr_w)
    return bytes(pdf.output())


def render(view: PrintView, lang: Lang, options: PrintOptions) -> bytes:
    """The PDF printout in the layout of ``options``."""
    return _card(view, lang, options) if options.layout == "card" else _poster(view, lang, options)
