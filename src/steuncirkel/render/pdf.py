"""The printable Steuncirkel as PDF: the same A4 poster and wallet card as the HTML.

Drawn with the helpers of ``pdfkit.py`` (font, fitted text, QR codes, the picture).
The document carries a title and a language, and no author, path or other detail.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from steuncirkel.base.helplines import helplines_to_call
from steuncirkel.base.i18n import Msg, t, written_date
from steuncirkel.base.textsafety import visible
from steuncirkel.base.vocab import COUNTRY_LABELS, CRISIS_MAX
from steuncirkel.render.circle import legend_text
from steuncirkel.render.fields import (
    NO_PHONE,
    about,
    main_helpline_uri,
    note_line,
    picture_more,
    reach_lines,
)
from steuncirkel.render.pdfkit import (
    ACCENT,
    LINE,
    PT,
    SOFT,
    TINT,
    draw_picture,
    draw_qr,
    fallbacks_for,
    finish,
    fit,
    font,
    needs_shaping,
    new_pdf,
    write_lines,
)
from steuncirkel.render.qr import tel_uri
from steuncirkel.render.text import title_of

if TYPE_CHECKING:
    from fpdf import FPDF

    from steuncirkel.base.i18n import Lang
    from steuncirkel.models import Entry
    from steuncirkel.operations import PrintView
    from steuncirkel.render import PrintOptions

__all__ = ["render"]

PAGE_W: Final = 210.0
LEFT: Final = 12.0
RIGHT: Final = PAGE_W - 12.0


def _helpline_text(country: str, lang: Lang, *, short: bool = False) -> list[tuple[str, str]]:
    """(heading, details) per helpline, without 112 (which gets its own line); ``short``
    for the card."""
    return [
        (line.heading(lang), line.summary(lang, short=short)) for line in helplines_to_call(country)
    ]


def _poster_head(pdf: FPDF, view: PrintView, lang: Lang, title: str) -> float:
    """Title, lead and encouragement beside the picture and its legend; the y below."""
    pic, top = 50.0, 12.0
    text_w = RIGHT - pic - 5 - LEFT
    font(pdf, 22, bold=True, color=ACCENT)  # quieter than the numbers to call
    y = write_lines(pdf, LEFT, top + 6, fit(pdf, title, text_w, 3), 22)  # the owner's name whole
    font(pdf, 14)
    y = write_lines(pdf, LEFT, y + 1.5, fit(pdf, t(Msg.PRINT_CRISIS_TITLE, lang), text_w, 2), 14)
    font(pdf, 10.5, color=SOFT)
    lead = fit(pdf, t(Msg.PRINT_ENCOURAGEMENT, lang), text_w, 3)
    y = write_lines(pdf, LEFT, y + 2.5, lead, 10.5)
    draw_picture(pdf, view, lang, RIGHT - pic, top, pic)
    font(pdf, SMALLEST, color=SOFT)
    notes = [legend_text(lang), t(Msg.PICTURE_LEGEND_RINGS, lang)]
    if view.more:
        notes.append(picture_more(view.more, lang))
    legend_lines = [line for note in notes for line in fit(pdf, note, pic + 8, 3)]
    below = write_lines(pdf, RIGHT - pic - 8, top + pic + 1, legend_lines, SMALLEST)
    return max(y, below) + 3


POSTER_QR: Final = 20.0
POSTER_COLUMN: Final = LEFT + 14
# Who to call is the loudest thing on the poster (issue #11): every phone number on the
# list, the main helpline's numbers and 112 at 24 pt (digits about 6 mm high, readable
# across a room); nothing on the poster under 8 pt.
CALL: Final = 24.0
SMALLEST: Final = 8.0
PAGE_BOTTOM: Final = 290.0  # the last line ends above this (A4 is 297 mm)
# How much of a row is printed, fullest first: (lines of the name, the note line, the
# space above and below). The poster takes the fullest that fits on one page; the
# numbers never shrink.
DENSITIES: Final = ((2, True, 1.8), (2, False, 1.8), (1, False, 1.8), (1, False, 0.6))


def _poster_row(
    pdf: FPDF,
    view: PrintView,
    lang: Lang,
    options: PrintOptions,
    number: int,
    y: float,
    density: tuple[int, bool, float] = DENSITIES[0],
) -> float:
    """Entry ``number`` of the crisis list from ``y``; the y below its rule. ``density``:
    how many lines the name may take, and whether the note's line is printed."""
    name_lines, with_note, pad = density
    entry = view.crisis[number - 1]
    country = view.country.value
    width = RIGHT - POSTER_COLUMN - (POSTER_QR + 3 if options.qr else 0)
    row_top = y + pad
    font(pdf, 13, bold=True)
    cursor = write_lines(pdf, POSTER_COLUMN, row_top, fit(pdf, entry.name, width, name_lines), 13)
    font(pdf, 9.5, color=SOFT)
    cursor = write_lines(pdf, POSTER_COLUMN, cursor, fit(pdf, about(entry, lang), width, 1), 9.5)
    uri = tel_uri(entry.phone)
    if shown := entry.phone_shown(country):
        font(pdf, CALL, bold=True)
        cursor = write_lines(pdf, POSTER_COLUMN, cursor, [visible(shown)], CALL, link=uri)
    ways = " · ".join(reach_lines(entry, lang, country, without=NO_PHONE))
    font(pdf, 8.5, color=SOFT)
    cursor = write_lines(pdf, POSTER_COLUMN, cursor, fit(pdf, ways, width, 1), 8.5)
    if with_note:
        cursor = write_lines(pdf, POSTER_COLUMN, cursor, fit(pdf, note_line(entry), width, 1), 8.5)
    qr = options.qr and uri is not None
    bottom = max(cursor, row_top + (POSTER_QR if qr else 0)) + pad
    font(pdf, CALL, bold=True, color=ACCENT)
    label = str(number)
    pdf.text(LEFT + 6 - pdf.get_string_width(label) / 2, (y + bottom) / 2 + 3.2, label)
    if qr and uri:
        draw_qr(pdf, uri, RIGHT - POSTER_QR, (y + bottom - POSTER_QR) / 2, POSTER_QR)
    pdf.set_draw_color(*LINE)
    pdf.line(LEFT, bottom, RIGHT, bottom)
    return bottom


def _poster_blank_row(pdf: FPDF, lang: Lang, number: int, y: float) -> float:
    """A place on the list to fill in by hand, as on the paper exercise: its number,
    a line for the name and one for the phone number; the y below its rule."""
    bottom = y + 22.0
    font(pdf, CALL, bold=True, color=LINE)
    label = str(number)
    pdf.text(LEFT + 6 - pdf.get_string_width(label) / 2, (y + bottom) / 2 + 3.2, label)
    pdf.set_draw_color(*LINE)
    pdf.set_line_width(0.3)
    font(pdf, SMALLEST, color=SOFT)
    for row, word in ((y + 9.5, Msg.PRINT_BLANK_NAME), (y + 19.0, Msg.PRINT_BLANK_PHONE)):
        pdf.line(POSTER_COLUMN, row, RIGHT, row)
        pdf.text(POSTER_COLUMN, row + 2.6, t(word, lang))
    pdf.set_line_width(0.4)
    pdf.line(LEFT, bottom, RIGHT, bottom)
    return bottom


def _poster_list(
    pdf: FPDF,
    view: PrintView,
    lang: Lang,
    options: PrintOptions,
    y: float,
    density: tuple[int, bool, float],
) -> float:
    """The crisis list, one ruled row per entry; the y below it."""
    pdf.set_draw_color(*LINE)
    pdf.set_line_width(0.4)
    pdf.line(LEFT, y, RIGHT, y)
    for number in range(1, len(view.crisis) + 1):
        y = _poster_row(pdf, view, lang, options, number, y, density)
    if not view.crisis:
        font(pdf, 11)
        empty = fit(pdf, t(Msg.PRINT_LIST_EMPTY_FILL, lang), RIGHT - POSTER_COLUMN, 2)
        y = write_lines(pdf, POSTER_COLUMN, y + 2, empty, 11) + 2
        pdf.line(LEFT, y, RIGHT, y)
    for number in range(len(view.crisis) + 1, CRISIS_MAX + 1):
        y = _poster_blank_row(pdf, lang, number, y)
    if view.crisis_more:
        font(pdf, 10, color=SOFT)
        more = t(Msg.PRINT_CRISIS_MORE, lang, count=view.crisis_more)
        y = write_lines(pdf, POSTER_COLUMN, y + 1.5, [more], 10) + 1.5
    return y


def _helpline_panel(
    pdf: FPDF, view: PrintView, lang: Lang, options: PrintOptions, top: float
) -> float:
    """The helplines and 112 on a tinted panel with the main line's QR code; its bottom."""
    main_uri = main_helpline_uri(view.country.value) if options.qr else None
    qr_w = 22.0 if main_uri else 0.0
    inner = RIGHT - LEFT - 8 - (qr_w + 4 if qr_w else 0)
    lines = helplines_to_call(view.country.value)
    # The main line (113, 1813) first, its numbers as large as the list's; the others
    # with their name and numbers in bold, then what they are for.
    main = lines[0]
    font(pdf, 10, bold=True)
    main_name = fit(pdf, main.name, inner, 1)
    font(pdf, CALL, bold=True)
    or_word = f" {t(Msg.CRISIS_OR, lang)} "
    main_numbers = fit(pdf, or_word.join(main.numbers), inner, 2)
    font(pdf, 8.5)
    main_details = fit(pdf, main.summary(lang), inner, 3)
    items: list[tuple[list[str], list[str]]] = []
    for line in lines[1:]:
        font(pdf, 9, bold=True)
        head_lines = fit(pdf, line.heading(lang), inner, 2)
        font(pdf, 8.5)
        items.append((head_lines, fit(pdf, line.summary(lang), inner, 3)))
    height = 4 + 12 * PT * 1.25 + 1
    height += 10 * PT * 1.25 + len(main_numbers) * CALL * PT * 1.25
    height += len(main_details) * 8.5 * PT * 1.25 + 1.5
    height += sum(len(h) * 9 * PT * 1.25 + len(d) * 8.5 * PT * 1.25 + 1 for h, d in items)
    emergency = fit(pdf, t(Msg.CRISIS_EMERGENCY, lang), inner, 2)
    height += len(emergency) * CALL * PT * 1.25 + 3
    pdf.set_fill_color(*TINT)
    pdf.rect(LEFT, top, RIGHT - LEFT, height, style="F", round_corners=True, corner_radius=2)
    country_name = t(COUNTRY_LABELS[view.country.value], lang)
    font(pdf, 12, bold=True)
    heading = t(Msg.CRISIS_HELPLINES_TITLE, lang, country=country_name)
    cursor = write_lines(pdf, LEFT + 4, top + 2.5, [heading], 12) + 1
    font(pdf, 10, bold=True)
    cursor = write_lines(pdf, LEFT + 4, cursor, main_name, 10)
    font(pdf, CALL, bold=True)
    main_uri_text = tel_uri(main.numbers[0]) if main.numbers else None
    cursor = write_lines(pdf, LEFT + 4, cursor, main_numbers, CALL, link=main_uri_text)
    font(pdf, 8.5)
    cursor = write_lines(pdf, LEFT + 4, cursor, main_details, 8.5) + 1.5
    for head_lines, detail_lines in items:
        font(pdf, 9, bold=True)
        cursor = write_lines(pdf, LEFT + 4, cursor, head_lines, 9)
        font(pdf, 8.5)
        cursor = write_lines(pdf, LEFT + 4, cursor, detail_lines, 8.5) + 1
    font(pdf, CALL, bold=True, color=ACCENT)
    write_lines(pdf, LEFT + 4, cursor + 0.5, emergency, CALL, link="tel:112")
    if main_uri:
        draw_qr(pdf, main_uri, RIGHT - 4 - qr_w, top + 4, qr_w)
        font(pdf, SMALLEST, color=SOFT)
        caption = t(Msg.PRINT_SCAN_TO_CALL, lang)
        pdf.text(RIGHT - 4 - qr_w / 2 - pdf.get_string_width(caption) / 2,
                 top + 4 + qr_w + 3.5, caption)  # fmt: skip
    return top + height


def _poster(view: PrintView, lang: Lang, options: PrintOptions) -> bytes:
    title = title_of(view, lang)
    fallbacks, _ = fallbacks_for(view)
    for density in DENSITIES:
        pdf = new_pdf(title, lang, shaping=needs_shaping(view), fallbacks=fallbacks)
        y = _poster_head(pdf, view, lang, title)
        y = _poster_list(pdf, view, lang, options, y, density)
        bottom = _helpline_panel(pdf, view, lang, options, y + 3)
        font(pdf, SMALLEST, color=SOFT)
        made = t(Msg.PRINT_MADE_ON, lang, date=written_date(view.made_on, lang))
        if write_lines(pdf, LEFT, bottom + 2.5, [made], SMALLEST) <= PAGE_BOTTOM:
            break
    return finish(pdf)


CARD_W: Final = 85.6
CARD_H: Final = 54.0


CARD_X: Final = 62.0  # the card's left edge on the A4 sheet
CARD_Y: Final = 30.0  # the top of its outside panel
PAD: Final = 3.5
CARD_QR: Final = 8.6
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


def _card_front(pdf: FPDF, view: PrintView, lang: Lang, title: str, *, discreet: bool) -> None:
    """Panel 1, the outside: the title, a line, the picture (not when discreet), the date."""
    x0, y0 = CARD_X, CARD_Y
    font(pdf, 15, bold=True, color=ACCENT)
    text_w = CARD_W - 2 * PAD - (31 if not discreet else 0)
    cursor = write_lines(pdf, x0 + PAD, y0 + 12, fit(pdf, title, text_w, 2), 15)
    front = (view.owner or "") if discreet else t(Msg.PRINT_CRISIS_TITLE, lang)
    font(pdf, 8)
    lines = fit(pdf, front, text_w, 3 if discreet else 2)
    cursor = write_lines(pdf, x0 + PAD, cursor + 1, lines, 8)
    if not discreet:
        draw_picture(pdf, view, lang, x0 + CARD_W - PAD - 30, y0 + (CARD_H - 30) / 2, 30)
        # Outside, in words: open it in a crisis, and the two numbers that always help.
        font(pdf, 7, bold=True, color=ACCENT)
        cursor = write_lines(
            pdf, x0 + PAD, cursor + 1, fit(pdf, t(Msg.CARD_OPEN_IN_CRISIS, lang), text_w, 2), 7
        )
        font(pdf, 8, bold=True)
        write_lines(pdf, x0 + PAD, cursor + 0.5, fit(pdf, _front_call(view, lang), text_w, 2), 8)
    font(pdf, CARD_SMALLEST, color=SOFT)  # the date tells an old card from a new one
    write_lines(pdf, x0 + PAD, y0 + CARD_H - 5, [written_date(view.made_on, lang)], CARD_SMALLEST)


def _front_call(view: PrintView, lang: Lang) -> str:
    """ "Nu: 113 of 0800 0113 · gevaar: 112": the main line and 112, for the card's front."""
    main = helplines_to_call(view.country.value)[0]
    numbers = f" {t(Msg.CRISIS_OR, lang)} ".join(main.numbers)
    return t(Msg.CARD_FRONT_CALL, lang, numbers=numbers)


def _card_row(
    pdf: FPDF, entry: Entry, lang: Lang, country: str, qr: bool, y: float, number: int
) -> None:
    """Row ``number`` of the card: the name and who it is, then the number to call, or
    for a place where it is."""
    uri = tel_uri(entry.phone)
    width = CARD_W - 2 * PAD - (CARD_QR + 1.5 if qr and uri else 0)
    font(pdf, 6.6, bold=True)
    # The number in a cell of its own, so a right-to-left name cannot move it.
    write_lines(pdf, CARD_X + PAD, y + 0.8, [f"{number}."], 6.6)
    who = f"{entry.name} · {about(entry, lang)}"
    cursor = write_lines(pdf, CARD_X + PAD + 3, y + 0.8, fit(pdf, who, width - 3, 1), 6.6)
    if shown := entry.phone_shown(country):
        font(pdf, 8, bold=True)
        write_lines(pdf, CARD_X + PAD, cursor, [visible(shown)], 8, link=uri)
    elif entry.where:
        font(pdf, 6.6)
        write_lines(pdf, CARD_X + PAD + 3, cursor, fit(pdf, entry.where, width - 3, 1), 6.6)
    if qr and uri:
        draw_qr(pdf, uri, CARD_X + CARD_W - PAD - CARD_QR, y + 0.2, CARD_QR)


def _card_contacts(pdf: FPDF, view: PrintView, lang: Lang, options: PrintOptions) -> None:
    """Panel 2: who to call, one ruled row each."""
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
    row_y = top + 6.5
    for number, entry in enumerate(view.crisis, start=1):
        _card_row(pdf, entry, lang, view.country.value, options.qr, row_y, number)
        row_y += 9.2
        pdf.set_draw_color(*LINE)
        pdf.line(CARD_X + PAD, row_y, CARD_X + CARD_W - PAD, row_y)
    for number in range(len(view.crisis) + 1, CRISIS_MAX + 1):  # to fill in by hand
        font(pdf, 6.6, bold=True, color=SOFT)
        write_lines(pdf, CARD_X + PAD, row_y + 0.8, [f"{number}."], 6.6)
        row_y += 9.2
        pdf.set_draw_color(*LINE)
        pdf.line(CARD_X + PAD, row_y, CARD_X + CARD_W - PAD, row_y)


def _card_helplines(pdf: FPDF, view: PrintView, lang: Lang, options: PrintOptions) -> None:
    """Panel 3: the helplines, 112, and the main line's QR code."""
    top = CARD_Y + 2 * CARD_H
    main_uri = main_helpline_uri(view.country.value) if options.qr else None
    qr_w = 17.0 if main_uri else 0.0
    width = CARD_W - 2 * PAD - (qr_w + 2 if qr_w else 0)
    cursor = top + 3
    for head, details in _helpline_text(view.country.value, lang, short=True):
        font(pdf, 6.4, bold=True)
        cursor = write_lines(pdf, CARD_X + PAD, cursor, fit(pdf, head, width, 1), 6.4)
        font(pdf, 6.4)
        cursor = write_lines(pdf, CARD_X + PAD, cursor, fit(pdf, details, width, 2), 6.4) + 0.6
    font(pdf, 8, bold=True)
    write_lines(pdf, CARD_X + PAD, cursor + 0.4, [t(Msg.CRISIS_EMERGENCY, lang)], 8)
    if main_uri:
        draw_qr(pdf, main_uri, CARD_X + CARD_W - PAD - qr_w, top + 3, qr_w)


def _card(view: PrintView, lang: Lang, options: PrintOptions) -> bytes:
    discreet = options.discreet
    title = t(Msg.CARD_DISCREET_TITLE, lang) if discreet else title_of(view, lang)
    fallbacks, _ = fallbacks_for(view)
    pdf = new_pdf(title, lang, shaping=needs_shaping(view), fallbacks=fallbacks)
    font(pdf, 8, color=SOFT)
    write_lines(pdf, CARD_X - 30, 8, fit(pdf, t(Msg.CARD_INSTRUCTIONS, lang), 140, 3), 8)
    _card_marks(pdf)
    _card_front(pdf, view, lang, title, discreet=discreet)
    _card_contacts(pdf, view, lang, options)
    _card_helplines(pdf, view, lang, options)
    _card_scale(pdf, lang)
    return finish(pdf)


SCALE_MM: Final = 50.0


def _card_scale(pdf: FPDF, lang: Lang) -> None:
    """A 50 mm bar below the card with its ticks, to check the print is at 100 %."""
    y = CARD_Y + 3 * CARD_H + 12
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.3)
    pdf.line(CARD_X, y, CARD_X + SCALE_MM, y)
    for tick in range(0, int(SCALE_MM) + 1, 10):
        pdf.line(CARD_X + tick, y - (2.0 if tick % 50 == 0 else 1.2), CARD_X + tick, y)
    font(pdf, SMALLEST, color=SOFT)
    write_lines(pdf, CARD_X, y + 1.5, [t(Msg.CARD_SCALE, lang)], SMALLEST)


def render(view: PrintView, lang: Lang, options: PrintOptions) -> bytes:
    """The PDF printout in the layout of ``options``."""
    return _card(view, lang, options) if options.layout == "card" else _poster(view, lang, options)
