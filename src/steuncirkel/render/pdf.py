"""The printable Steuncirkel as PDF: the same A4 poster and wallet card as the HTML.

Drawn with the helpers of ``pdfkit.py`` (font, fitted text, QR codes, the picture).
The document carries a title and a language, and no author, path or other detail.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from steuncirkel.base.helplines import helplines_to_call
from steuncirkel.base.i18n import Msg, t, written_date
from steuncirkel.base.vocab import CRISIS_MAX
from steuncirkel.render import cardrows
from steuncirkel.render.circle import CARD, POSTER, picture_layout
from steuncirkel.render.fields import main_helpline_uri
from steuncirkel.render.layout import (
    BLANK_ROW,
    CALL,
    CARD_H,
    CARD_W,
    CARD_X,
    CARD_Y,
    FOLD_TEXT,
    FOLD_W,
    FOLD_X,
    HEAD_TOP,
    INSET,
    LEFT,
    LEGEND_X,
    NUMBER_W,
    PAD,
    PANEL_PAD,
    PANEL_QR,
    PIC_X,
    POSTER_COLUMN,
    POSTER_QR,
    RIGHT,
    SCALE_MM,
    SCALE_Y,
    SMALLEST,
    Metrics,
    card_front,
    card_title,
    fold_diagram,
    fold_rows,
    line_height,
    poster_layout,
)
from steuncirkel.render.pdfkit import (
    ACCENT,
    INK,
    LINE,
    SOFT,
    TINT,
    draw_picture,
    draw_qr,
    fallbacks_for,
    finish,
    font,
    needs_shaping,
    new_pdf,
    printable,
    write_lines,
)
from steuncirkel.render.qr import tel_uri
from steuncirkel.render.text import title_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from fpdf import FPDF

    from steuncirkel.base.i18n import Lang
    from steuncirkel.reading import PrintView
    from steuncirkel.render import PrintOptions
    from steuncirkel.render.layout import Helplines, PosterLayout, Row, Text

__all__ = ["render"]


def _helpline_text(country: str, lang: Lang, *, short: bool = False) -> list[tuple[str, str]]:
    """(heading, details) per helpline, without 112 (which gets its own line); ``short``
    for the card."""
    return [
        (line.heading(lang), line.summary(lang, short=short)) for line in helplines_to_call(country)
    ]


def _draw(
    pdf: FPDF,
    text: Text | None,
    x: float,
    *,
    color: tuple[int, int, int] = INK,
    link: str | None = None,
) -> None:
    """The lines of a laid-out text block at ``x`` (its top is in the block)."""
    if text and text.lines:
        font(pdf, text.size, bold=text.bold, color=color)
        write_lines(pdf, x, text.top, text.lines, text.size, link=link)


def _poster_head(pdf: FPDF, view: PrintView, lang: Lang, layout: PosterLayout) -> None:
    """Title, lead and encouragement beside the picture and its legend."""
    _draw(pdf, layout.title, LEFT, color=ACCENT)  # the owner's name whole
    _draw(pdf, layout.lead, LEFT)
    _draw(pdf, layout.encourage, LEFT, color=SOFT)
    if layout.density.picture:  # a long list may leave it out, the text then goes wide
        draw_picture(pdf, picture_layout(view, lang, POSTER), PIC_X, HEAD_TOP)
        _draw(pdf, layout.legend, LEGEND_X, color=SOFT)


def _poster_row(pdf: FPDF, row: Row) -> None:
    """One entry of the crisis list as laid out, with its number, code and rule."""
    _draw(pdf, row.name, POSTER_COLUMN)
    _draw(pdf, row.about, POSTER_COLUMN, color=SOFT)
    _draw(pdf, row.phone, POSTER_COLUMN, link=row.uri)
    _draw(pdf, row.ways, POSTER_COLUMN, color=SOFT)
    _draw(pdf, row.note, POSTER_COLUMN, color=SOFT)
    _poster_number(pdf, row.number, row.top, row.bottom, ACCENT)
    if row.qr and row.uri:
        draw_qr(pdf, row.uri, RIGHT - POSTER_QR, (row.top + row.bottom - POSTER_QR) / 2, POSTER_QR)
    pdf.set_draw_color(*LINE)
    pdf.line(LEFT, row.bottom, RIGHT, row.bottom)


def _poster_number(
    pdf: FPDF, number: int, top: float, bottom: float, color: tuple[int, int, int]
) -> None:
    """The place on the list, large, centred in the number column beside its row."""
    font(pdf, CALL, bold=True, color=color)
    label = str(number)
    pdf.text(LEFT + NUMBER_W / 2 - pdf.get_string_width(label) / 2, (top + bottom) / 2 + 3.2, label)


def _poster_blank_row(pdf: FPDF, lang: Lang, number: int, y: float) -> float:
    """A place on the list to fill in by hand, as on the paper exercise: its number,
    a line for the name and one for the phone number; the y below its rule."""
    bottom = y + BLANK_ROW
    _poster_number(pdf, number, y, bottom, LINE)
    pdf.set_draw_color(*LINE)
    pdf.set_line_width(0.3)
    font(pdf, SMALLEST, color=SOFT)
    for row, word in ((y + 9.5, Msg.PRINT_BLANK_NAME), (y + 19.0, Msg.PRINT_BLANK_PHONE)):
        pdf.line(POSTER_COLUMN, row, RIGHT, row)
        pdf.text(POSTER_COLUMN + INSET, row + 2.6, t(word, lang))
    pdf.set_line_width(0.4)
    pdf.line(LEFT, bottom, RIGHT, bottom)
    return bottom


def _poster_list(pdf: FPDF, lang: Lang, layout: PosterLayout) -> None:
    """The crisis list, one ruled row per entry, then the places to fill in."""
    pdf.set_draw_color(*LINE)
    pdf.set_line_width(0.4)
    pdf.line(LEFT, layout.list_top, RIGHT, layout.list_top)
    for row in layout.rows:
        _on_page(pdf, row.page)
        _poster_row(pdf, row)
    if layout.empty:
        _draw(pdf, layout.empty, POSTER_COLUMN)
        pdf.set_draw_color(*LINE)
        pdf.line(LEFT, layout.empty.bottom + 2, RIGHT, layout.empty.bottom + 2)
    for number, top, page in layout.blanks:
        _on_page(pdf, page)
        _poster_blank_row(pdf, lang, number, top)
    if layout.more:
        _on_page(pdf, layout.more.page)
        _draw(pdf, layout.more, POSTER_COLUMN, color=SOFT)


def _on_page(pdf: FPDF, page: int) -> None:
    """Go on on page ``page`` (from 0): a poster too full for one page goes on on a
    second, its rows whole, rather than cut anything."""
    while pdf.page < page + 1:
        pdf.add_page()
        pdf.set_draw_color(*LINE)
        pdf.set_line_width(0.4)


def _helpline_panel(pdf: FPDF, view: PrintView, lang: Lang, panel: Helplines) -> None:
    """The helplines and 112 on a tinted panel with the main line's QR code."""
    _on_page(pdf, panel.page)
    pdf.set_fill_color(*TINT)
    pdf.rect(LEFT, panel.top, RIGHT - LEFT, panel.bottom - panel.top, style="F",
             round_corners=True, corner_radius=2)  # fmt: skip
    x = LEFT + PANEL_PAD
    _draw(pdf, panel.heading, x)
    _draw(pdf, panel.main_name, x)
    main = helplines_to_call(view.country.value)[0]
    _draw(pdf, panel.main_numbers, x, link=tel_uri(main.numbers[0]) if main.numbers else None)
    _draw(pdf, panel.main_details, x)
    for head, details in panel.items:
        _draw(pdf, head, x)
        _draw(pdf, details, x)  # left out on the fullest posters
    _draw(pdf, panel.emergency, x, color=ACCENT, link="tel:112")
    main_uri = main_helpline_uri(view.country.value)
    if panel.qr and main_uri:
        draw_qr(pdf, main_uri, RIGHT - PANEL_PAD - PANEL_QR, panel.top + PANEL_PAD, PANEL_QR)
        font(pdf, SMALLEST, color=SOFT)
        caption = t(Msg.PRINT_SCAN_TO_CALL, lang)
        pdf.text(RIGHT - PANEL_PAD - PANEL_QR / 2 - pdf.get_string_width(caption) / 2,
                 panel.top + PANEL_PAD + PANEL_QR + 3.5, caption)  # fmt: skip


def _poster(view: PrintView, lang: Lang, options: PrintOptions, fallbacks: Sequence[str]) -> bytes:
    title = title_of(view, lang)
    layout = poster_layout(view, lang, title, qr=options.qr, metrics=Metrics(fallbacks))
    pdf = new_pdf(title, lang, shaping=needs_shaping(view), fallbacks=fallbacks)
    _poster_head(pdf, view, lang, layout)
    _poster_list(pdf, lang, layout)
    _helpline_panel(pdf, view, lang, layout.helplines)
    _on_page(pdf, layout.made.page)
    _draw(pdf, layout.made, LEFT, color=SOFT)
    return finish(pdf)


# The card's size and place on the sheet (CARD_W, CARD_H, CARD_X, CARD_Y, PAD) are in
# layout.py, shared with the HTML card.
CARD_SMALLEST: Final = 6.0  # nothing on the card under 6 pt (issue #11)


def _card_marks(pdf: FPDF) -> None:
    """Cut marks at the four outer corners, dotted fold lines between the panels."""
    x0, y0 = CARD_X, CARD_Y
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


def _card_front(
    pdf: FPDF, view: PrintView, lang: Lang, metrics: Metrics, *, discreet: bool
) -> None:
    """Panel 1, the outside (``layout.card_front``): the title, the words under it, the
    picture, when to open it and the numbers to call (not when discreet), the date."""
    x0, y0 = CARD_X, CARD_Y
    front = card_front(view, lang, metrics, discreet=discreet)
    texts = [(front.title, ACCENT), (front.words, INK)]
    if front.crisis is not None:
        opening, call = front.crisis
        texts += [(opening, ACCENT), (call, INK)]
    for text, color in texts:
        font(pdf, text.size, bold=text.bold, color=color)
        write_lines(pdf, x0 + PAD, y0 + text.top, text.lines, text.size)
    if front.crisis is not None:
        size = CARD.mm
        picture = picture_layout(view, lang, CARD)
        draw_picture(pdf, picture, x0 + CARD_W - PAD - size, y0 + (CARD_H - size) / 2)
    font(pdf, CARD_SMALLEST, color=SOFT)  # the date tells an old card from a new one
    write_lines(pdf, x0 + PAD, y0 + CARD_H - 5, [written_date(view.made_on, lang)], CARD_SMALLEST)


def _card_row(pdf: FPDF, row: cardrows.CardRow, top: float) -> None:
    """Place ``row.number`` on the card's list (``cardrows``): its number, the name and
    who it is, the number to call or where a place is, and its code inside the cell."""
    inset = pdf.c_margin  # a cell's text starts this far right of the cell
    x, y = CARD_X + row.x, top + row.y
    cursor = y + row.top
    # The number in a cell of its own, so a right-to-left name cannot move it.
    size = row.blocks[0].size  # the name's
    font(pdf, size, bold=True, color=ACCENT)
    write_lines(pdf, x - inset, cursor, [f"{row.number}."], size)
    for block in row.blocks:
        font(pdf, block.size, bold=block.bold, color=SOFT if block.kind == "about" else INK)
        lines = list(block.lines)
        cursor = write_lines(pdf, CARD_X + row.text_x - inset, cursor, lines, block.size,
                             link=block.link)  # fmt: skip
    if row.code:
        draw_qr(pdf, row.code, CARD_X + row.code_x, top + row.code_y, cardrows.CODE)


def _card_blank(pdf: FPDF, lang: Lang, number: int, top: float) -> None:
    """A place to fill in by hand: its number, a line for the name, one for the number."""
    x0, y0 = cardrows.cell_origin(number)
    x, y = CARD_X + x0, top + y0
    text_x = x + cardrows.LABEL_W - pdf.c_margin
    font(pdf, cardrows.NAME, bold=True, color=SOFT)
    write_lines(pdf, x - pdf.c_margin, y + 1.0, [f"{number}."], cardrows.NAME)
    pdf.set_draw_color(*LINE)
    pdf.set_line_width(0.2)
    font(pdf, CARD_SMALLEST, color=SOFT)
    for line_y, word in ((y + 6.0, Msg.PRINT_BLANK_NAME), (y + 12.0, Msg.PRINT_BLANK_PHONE)):
        pdf.line(x + cardrows.LABEL_W, line_y, x + cardrows.CELL_W, line_y)
        write_lines(pdf, text_x, line_y + 0.2, [t(word, lang)], CARD_SMALLEST)


def _card_contacts(
    pdf: FPDF, view: PrintView, lang: Lang, options: PrintOptions, metrics: Metrics
) -> None:
    """Panel 2: who to call, five numbered places in two columns (``cardrows``)."""
    top = CARD_Y + CARD_H
    font(pdf, 7.5, bold=True)
    # "Bel" only above a list of numbers: a place is not called, you go there.
    callable_only = all(entry.phone for entry in view.crisis)
    heading = Msg.CARD_CONTACTS_TITLE if view.crisis and callable_only else Msg.CARD_LIST_TITLE
    write_lines(pdf, CARD_X + PAD, top + 2.5, [t(heading, lang).upper()], 7.5)
    if view.crisis_more:  # five rows fill the panel: the rest is counted in the header
        more = t(Msg.CARD_CRISIS_MORE, lang, count=view.crisis_more)
        font(pdf, 7.5, color=SOFT)
        right = CARD_X + CARD_W - PAD - pdf.get_string_width(more)
        write_lines(pdf, right, top + 2.5, [more], 7.5)
    rows = cardrows.card_rows(view, lang, qr=options.qr, metrics=metrics)
    for row in rows:
        _card_row(pdf, row, top)
    for number in range(len(rows) + 1, CRISIS_MAX + 1):  # to fill in by hand
        _card_blank(pdf, lang, number, top)
    pdf.set_draw_color(*LINE)
    pdf.set_line_width(0.2)
    for number in range(1, CRISIS_MAX):  # a rule between two places in a column
        if number % cardrows.PER_COLUMN:
            x, y = cardrows.cell_origin(number)
            x, y = CARD_X + x, top + y + cardrows.CELL_H
            pdf.line(x, y, x + cardrows.CELL_W, y)


def _card_helplines(
    pdf: FPDF, view: PrintView, lang: Lang, options: PrintOptions, metrics: Metrics
) -> None:
    """Panel 3: the helplines, 112, and the main line's QR code."""
    top = CARD_Y + 2 * CARD_H
    main_uri = main_helpline_uri(view.country.value) if options.qr else None
    qr_w = 17.0 if main_uri else 0.0
    width = CARD_W - 2 * PAD - (qr_w + 2 if qr_w else 0)
    cursor = top + 3
    for head, details in _helpline_text(view.country.value, lang, short=True):
        font(pdf, 6.4, bold=True)
        cursor = write_lines(
            pdf, CARD_X + PAD, cursor, metrics.fit(head, 6.4, width, 1, bold=True), 6.4
        )
        font(pdf, 6.4)
        lines = metrics.fit(details, 6.4, width, 2, bold=False)
        cursor = write_lines(pdf, CARD_X + PAD, cursor, lines, 6.4) + 0.6
    font(pdf, 8, bold=True)
    write_lines(pdf, CARD_X + PAD, cursor + 0.4, [t(Msg.CRISIS_EMERGENCY, lang)], 8)
    if main_uri:
        draw_qr(pdf, main_uri, CARD_X + CARD_W - PAD - qr_w, top + 3, qr_w)


def _card(view: PrintView, lang: Lang, options: PrintOptions, fallbacks: Sequence[str]) -> bytes:
    discreet = options.discreet
    title = card_title(view, lang, discreet=discreet)
    pdf = new_pdf(title, lang, shaping=needs_shaping(view), fallbacks=fallbacks)
    font(pdf, 8, color=SOFT)
    metrics = Metrics(fallbacks)
    instructions = metrics.fit(t(Msg.CARD_INSTRUCTIONS, lang), 8, 140, 3, bold=False)
    write_lines(pdf, CARD_X - 30, 8, instructions, 8)
    _card_marks(pdf)
    _card_front(pdf, view, lang, metrics, discreet=discreet)
    _card_contacts(pdf, view, lang, options, metrics)
    _card_helplines(pdf, view, lang, options, metrics)
    _card_scale(pdf, lang)
    return finish(pdf)


def _card_scale(pdf: FPDF, lang: Lang) -> None:
    """Below the card: a 50 mm bar with its ticks, to check the print is at 100 %, and
    the zigzag fold seen from the side, each panel named."""
    y = SCALE_Y
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.3)
    pdf.line(CARD_X, y, CARD_X + SCALE_MM, y)
    for tick in range(0, int(SCALE_MM) + 1, 10):
        pdf.line(CARD_X + tick, y - (2.0 if tick % 50 == 0 else 1.2), CARD_X + tick, y)
    font(pdf, SMALLEST, color=SOFT)
    write_lines(pdf, CARD_X, y + 1.5, [t(Msg.CARD_SCALE, lang)], SMALLEST)
    pdf.set_draw_color(*ACCENT)
    pdf.set_line_width(0.4)
    for x0, y0, x1, y1 in fold_diagram():
        pdf.line(x0, y0, x1, y1)
    font(pdf, FOLD_TEXT, color=SOFT)
    words = (Msg.CARD_FOLD_FRONT, Msg.CARD_FOLD_LIST, Msg.CARD_FOLD_HELPLINES)
    half = line_height(FOLD_TEXT) / 2
    for row_y, word in zip(fold_rows(), words, strict=True):
        write_lines(pdf, FOLD_X + FOLD_W + 1.5, row_y - half, [t(word, lang)], FOLD_TEXT)


def render(view: PrintView, lang: Lang, options: PrintOptions) -> bytes:
    """The PDF printout in the layout of ``options``."""
    fallbacks, missing = fallbacks_for(view)  # once: it reads every printed text
    view = printable(view, missing)
    draw = _card if options.layout == "card" else _poster
    return draw(view, lang, options, fallbacks)
