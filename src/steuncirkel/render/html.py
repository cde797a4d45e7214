"""The printable Steuncirkel as one self-contained HTML file: an A4 poster or a wallet card.

Self-contained and inert: inline CSS and inline SVG only, no script, no network resource
of any kind, and a Content-Security-Policy that forbids them anyway. Every piece of text
goes through ``html.escape`` (also inside attributes); ``tel:`` links are built from
digits only. Print styles set the A4 page; on screen the page is readable too.
"""

from __future__ import annotations

import base64
import functools
import html
import io
import re
import string
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Final

from steuncirkel.base.helplines import helplines_to_call
from steuncirkel.base.i18n import Msg, t, written_date
from steuncirkel.base.textsafety import visible
from steuncirkel.base.vocab import CRISIS_MAX
from steuncirkel.render import cardrows
from steuncirkel.render.circle import CARD, CENTRE, POSTER, SIZE, picture_layout
from steuncirkel.render.fields import main_helpline_uri
from steuncirkel.render.layout import (
    CARD_HELPLINE_QR,
    CARD_W,
    FOLD_TEXT,
    FOLD_W,
    FOLD_X,
    FOLD_Y,
    PAD,
    PT,
    Metrics,
    card_front,
    card_title,
    css_variables,
    fold_diagram,
    fold_rows,
    font_path,
    poster_layout,
)
from steuncirkel.render.pdfkit import fallbacks_for
from steuncirkel.render.qr import qr_svg, tel_uri
from steuncirkel.render.text import title_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from steuncirkel.base.i18n import Lang
    from steuncirkel.reading import PrintView
    from steuncirkel.render import PrintOptions
    from steuncirkel.render.circle import CircleLayout, Marker
    from steuncirkel.render.layout import Text

__all__ = ["circle_svg", "render"]

CSP: Final = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:"
FAMILY: Final = "Steuncirkel DejaVu"  # the PDF's font, embedded as a subset


@functools.cache
def _font_bytes(path: str) -> bytes:
    return Path(path).read_bytes()


def _font_subset(path: str, text: str, number: int = 0) -> str:
    """The font at ``path`` (face ``number`` of a collection) cut down to the characters
    of ``text``, as base64 TrueType: the same letters as the PDF, in a few kilobytes."""
    from fontTools import subset  # type: ignore[import-untyped]
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

    options = subset.Options()
    options.hinting = False  # print at 300 dpi and more: no hinting needed
    options.layout_features = ["*"]  # Arabic joins, Devanagari shapes; kerning is off
    options.name_IDs = [1, 2]
    options.notdef_outline = True
    # recalcTimestamp off: the subset keeps the font's own date, so the same circle gives
    # the same HTML, byte for byte (the subsetter would stamp it with the current time).
    font = TTFont(
        io.BytesIO(_font_bytes(path)), lazy=True, recalcTimestamp=False, fontNumber=number
    )
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return base64.b64encode(out.getvalue()).decode("ascii")


def _face(family: str, weight: int, data: str) -> str:
    return (
        f'@font-face {{ font-family: "{family}"; font-weight: {weight}; font-style: normal; '
        f'src: url(data:font/ttf;base64,{data}) format("truetype"); }}\n'
    )


def _font_faces(body: str) -> str:
    """The ``@font-face`` rules of the embedded subsets, once per document: DejaVu as in
    the PDF, then the PDF's fonts for the letters DejaVu lacks (Ge'ez, Korean, Thai,
    emoji...), so a name shows the same on a computer without those fonts."""
    from steuncirkel.render.pdfkit import fonts_for, not_in_dejavu

    shown = html.unescape(body)
    text = "".join(sorted(set(shown) | set(string.printable.strip()) | {"…"}))
    faces = [_face(FAMILY, w, _font_subset(font_path(w == 700), text)) for w in (400, 700)]
    extra = not_in_dejavu([shown])
    fallbacks, _ = fonts_for(extra) if extra else ([], set())
    families = []
    for n, font in enumerate(fallbacks, start=1):
        # Every character of the page, marks and joiners too: a vowel sign is not a
        # letter on its own, but Devanagari and Thai need it (the subset keeps only the
        # glyphs the font has).
        families.append(f'"{FAMILY} {n}"')
        faces.append(_face(f"{FAMILY} {n}", 400, _font_subset(font, text, font.number)))
    if families:  # tried after DejaVu, before the system's fonts (print.css)
        faces.append(f":root {{ --more-fonts: {', '.join(families)}; }}\n")
    return "".join(faces)


def _style(body: str) -> str:
    """The stylesheet, inlined: a printout never loads anything from anywhere. The
    poster's sizes come from the layout both back ends share."""
    css = resources.files("steuncirkel.render").joinpath("print.css").read_text("utf-8")
    return _font_faces(body) + css_variables() + css


def _e(text: str) -> str:
    """User or catalogue text as HTML text or attribute value."""
    return html.escape(visible(text), quote=True)


PICTURE_TEXT: Final = {"name": "label", "key": "key", "number": "num", "me": "me", "more": "pmore"}


def _shape(marker: Marker, stroke: float) -> str:
    """A hollow shape, as the legend shows it (a crisis entry's with its number)."""
    css = "shape crisis" if marker.number is not None else "shape"
    if points := marker.points():
        outline = " ".join(f"{px:.2f},{py:.2f}" for px, py in points)
        return f'<polygon class="{css}" stroke-width="{stroke:.2f}" points="{outline}"/>'
    return (
        f'<circle class="{css}" stroke-width="{stroke:.2f}" cx="{marker.x:.2f}" '
        f'cy="{marker.y:.2f}" r="{marker.size:.2f}"/>'
    )


def circle_svg(layout: CircleLayout, lang: Lang, css_class: str = "picture") -> str:
    """The circle picture of ``layout`` as inline SVG, the same drawing as the PDF's
    (title for screen readers)."""
    parts = [
        f'<svg class="{css_class}" viewBox="0 0 {SIZE:g} {SIZE:g}" role="img" '
        f'aria-labelledby="pic-title">',
        f'<title id="pic-title">{_e(t(Msg.PICTURE_TITLE, lang))}</title>',
    ]
    for ring, radius in layout.rings.items():
        css = "ring crisis" if ring == "crisis" else "ring"
        parts.append(
            f'<circle class="{css}" stroke-width="{layout.medium.line(css):.2f}" '
            f'cx="{CENTRE:g}" cy="{CENTRE:g}" r="{radius:g}"/>'
        )
    for label in layout.labels:  # names and letters on white, over the rings
        if label.kind in ("name", "key"):
            box = label.box()
            parts.append(
                f'<rect class="halo" x="{box.left - 1:.2f}" y="{box.top - 1:.2f}" '
                f'width="{box.right - box.left + 2:.2f}" height="{box.bottom - box.top + 2:.2f}"/>'
            )
    stroke = layout.medium.line("shape")
    parts.append(
        f'<circle class="shape" stroke-width="{stroke:.2f}" cx="{CENTRE:g}" cy="{CENTRE:g}" '
        f'r="{layout.centre:.2f}"/>'
    )
    crisis_stroke = layout.medium.line("shape crisis")
    parts.extend(
        _shape(marker, crisis_stroke if marker.number is not None else stroke)
        for marker in layout.markers
    )
    for label in layout.labels:
        parts.append(
            f'<text class="{PICTURE_TEXT[label.kind]}" x="{label.x:.2f}" y="{label.y:.2f}" '
            f'font-size="{label.size:.2f}" text-anchor="{label.anchor}">{_e(label.text)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _tel_link(number: str) -> str:
    uri = tel_uri(number)
    return f'<a href="{_e(uri)}">{_e(number)}</a>' if uri else _e(number)


def _linked(lines: Sequence[str], numbers: Sequence[str]) -> str:
    """Laid-out lines with each of ``numbers`` (its first time) a link that dials it."""
    todo = sorted({_e(n) for n in numbers}, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(n) for n in todo)) if todo else None
    done: set[str] = set()

    def link(match: re.Match[str]) -> str:
        number = match.group(0)
        if number in done:
            return number
        done.add(number)
        return _tel_link(html.unescape(number))

    escaped = _broken(lines)
    return pattern.sub(link, escaped) if pattern else escaped


def _card_helplines(view: PrintView, lang: Lang, metrics: Metrics, qr: bool) -> str:
    """The card's helplines as the PDF card breaks them: the name and numbers in bold
    on one line, then what it is for on up to two."""
    main_uri = main_helpline_uri(view.country.value) if qr else None
    width = CARD_W - 2 * PAD - (CARD_HELPLINE_QR + 2 if main_uri else 0)
    items = []
    for line in helplines_to_call(view.country.value):
        head = metrics.fit(line.heading(lang), 6.4, width, 1, bold=True)
        details = metrics.fit(line.summary(lang, short=True), 6.4, width, 2, bold=False)
        items.append(
            f'<li><p class="line-head">{_linked(head, line.numbers)}</p>'
            f"<p>{_broken(details)}</p></li>"
        )
    return "".join(items)


def _card_rows(view: PrintView, lang: Lang, metrics: Metrics, qr: bool) -> list[str]:
    """The places of the card's list as ``cardrows`` lays them out (the PDF draws the
    same): each at its cell, its lines as broken there, its code inside the cell."""
    rows = []
    for row in cardrows.card_rows(view, lang, qr=qr, metrics=metrics):
        name_size = f' style="font-size: {row.blocks[0].size:g}pt"'  # 6 pt for a long word
        blocks = [f'<span class="pos"{name_size}>{row.number}.</span>']
        for block in row.blocks:
            size = (
                f' style="font-size: {block.size:g}pt"' if block.kind in ("name", "phone") else ""
            )
            for line in block.lines:
                text = f'<a href="{_e(block.link)}">{_e(line)}</a>' if block.link else _e(line)
                blocks.append(f'<p class="{block.kind}"{size}>{text}</p>')
        code, right = "", 0.0
        if row.code:  # where the PDF draws it, on the print grid
            right = cardrows.CODE
            at = (
                f"left: {row.code_x - row.x:.3f}mm; top: {row.code_y - row.y:.3f}mm; "
                f"width: {right:g}mm; height: {right:g}mm"
            )
            code = qr_svg(row.code).replace("<svg ", f'<svg style="{at}" ', 1)
        rows.append(
            f'<li class="{_cell_class(row.number)}" style="{_cell_style(row.x, row.y)}">'
            f'<div class="who" style="top: {row.top:.3f}mm; right: {right:g}mm">'
            f"{''.join(blocks)}</div>{code}</li>"
        )
    for number in range(len(rows) + 1, CRISIS_MAX + 1):  # to fill in by hand
        x, y = cardrows.cell_origin(number)
        rows.append(
            f'<li class="{_cell_class(number)} blank" style="{_cell_style(x, y)}">'
            f'<span class="pos">{number}.</span>'
            f'<p class="fill first">{_e(t(Msg.PRINT_BLANK_NAME, lang))}</p>'
            f'<p class="fill second">{_e(t(Msg.PRINT_BLANK_PHONE, lang))}</p></li>'
        )
    return rows


def _cell_style(x: float, y: float) -> str:
    """A place's cell on the list panel, as ``cardrows`` puts it."""
    return (
        f"left: {x:g}mm; top: {y:g}mm; width: {cardrows.CELL_W:g}mm; height: {cardrows.CELL_H:g}mm"
    )


def _cell_class(number: int) -> str:
    """``place``, and ``rule`` when another place follows below it in its column."""
    below = number % cardrows.PER_COLUMN and number < CRISIS_MAX
    return "place rule" if below else "place"


def _page(lang: Lang, title: str, body_class: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_e(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{_e(title)}</title>\n<style>{_style(body)}</style>\n</head>\n"
        f'<body class="{body_class}">\n<main>\n{body}</main>\n</body>\n</html>\n'
    )


def _broken(lines: Sequence[str], *, escaped: bool = False) -> str:
    """Lines as the layout broke them (with the PDF's font widths), one ``<br>`` apart,
    each kept whole: the browser measures a hair differently and would otherwise break
    a line that just fits once more ("Wolfeschlegel" / "…")."""
    return "<br>".join(f'<span class="ln">{line if escaped else _e(line)}</span>' for line in lines)


def _lines(text: Text | None, css: str, tag: str = "p", link: str | None = None) -> str:
    """A laid-out text block: its lines as the layout broke them, one ``<br>`` apart."""
    if text is None or not text.lines:
        return ""
    inner = _broken(text.lines)
    if link:
        inner = f'<a href="{_e(link)}">{inner}</a>'
    return f'<{tag} class="{css}">{inner}</{tag}>'


def _numbers(text: Text, numbers: tuple[str, ...] | list[str]) -> str:
    """The main helpline's numbers as laid out, each one a link that dials it."""
    return f'<p class="call">{_linked(text.lines, numbers)}</p>'


def _newpage(page: int, before: int) -> str:
    return " newpage" if page > before else ""


def _poster(view: PrintView, lang: Lang, options: PrintOptions) -> str:
    title = title_of(view, lang)
    fallbacks, _ = fallbacks_for(view)
    layout = poster_layout(view, lang, title, qr=options.qr, metrics=Metrics(fallbacks))
    density = layout.density
    figure = ""
    if layout.legend is not None:
        picture = circle_svg(picture_layout(view, lang, POSTER), lang)
        figure = f"<figure>{picture}{_lines(layout.legend, 'legend', 'figcaption')}</figure>"
    rows = []
    page = 0
    for row in layout.rows:
        qr = qr_svg(row.uri) if row.qr and row.uri else ""
        rows.append(
            f'<li class="entry{_newpage(row.page, page)}"><div class="pos">{row.number}</div>'
            f'<div class="who">{_lines(row.name, "name", "h2")}{_lines(row.about, "about")}'
            f"{_lines(row.phone, 'phone', link=row.uri)}{_lines(row.ways, 'ways')}"
            f"{_lines(row.note, 'note')}</div>{qr}</li>"
        )
        page = row.page
    if layout.empty:
        rows.append(f'<li class="empty"><div></div>{_lines(layout.empty, "who")}</li>')
    for number, _, on in layout.blanks:  # to fill in by hand
        rows.append(
            f'<li class="blank{_newpage(on, page)}"><div class="pos">{number}</div>'
            f'<p class="fill first">{_e(t(Msg.PRINT_BLANK_NAME, lang))}</p>'
            f'<p class="fill second">{_e(t(Msg.PRINT_BLANK_PHONE, lang))}</p></li>'
        )
        page = on
    panel = layout.helplines
    main_uri = main_helpline_uri(view.country.value)
    qrbox = (
        f'<div class="qrbox">{qr_svg(main_uri)}<p>{_e(t(Msg.PRINT_SCAN_TO_CALL, lang))}</p></div>'
        if panel.qr and main_uri
        else ""
    )
    items = "".join(
        f"<li>{_lines(head, 'line-head')}{_lines(details, 'details')}</li>"
        for head, details in panel.items
    )
    main = helplines_to_call(view.country.value)[0]
    style = f"--pad: {density.pad:g}mm; --ways: {density.ways:g}pt"
    footer_class = ' class="newpage"' if layout.made.page > panel.page else ""
    body = (
        f'<header class="{"with-picture" if figure else "no-picture"}">'
        f'<div class="intro">{_lines(layout.title, "title", "h1")}'
        f"{_lines(layout.lead, 'lead')}{_lines(layout.encourage, 'encourage')}</div>"
        f"{figure}</header>\n"
        f'<ol class="crisis" style="{style}">{"".join(rows)}</ol>\n'
        f"{_lines(layout.more, 'crisis-more')}"
        f'<section class="helplines{_newpage(panel.page, page)}"><div>'
        f"{_lines(panel.heading, 'panel-head', 'h2')}"
        f'<div class="mainline">{_lines(panel.main_name, "main-name")}'
        f"{_numbers(panel.main_numbers, main.numbers)}"
        f"{_lines(panel.main_details, 'details')}</div>"
        f"<ul>{items}</ul>"
        f"{_lines(panel.emergency, 'emergency', link='tel:112')}"
        f"</div>{qrbox}</section>\n"
        f"<footer{footer_class}>{_lines(layout.made, 'made')}</footer>\n"
    )
    return _page(lang, title, "poster", body)


def _card(view: PrintView, lang: Lang, options: PrintOptions) -> str:
    marks = "".join(f'<span class="mark {c}"></span>' for c in ("tl", "tr", "bl", "br"))
    metrics = Metrics(fallbacks_for(view)[0])
    layout = card_front(view, lang, metrics, discreet=options.discreet)
    picture = front_extra = ""
    if layout.crisis is not None:
        opening, call = layout.crisis
        picture = circle_svg(picture_layout(view, lang, CARD), lang)
        front_extra = (
            f'<p class="open">{_broken(opening.lines)}</p>'
            f'<p class="call">{_linked(call.lines, layout.numbers)}</p>'
        )
    front = (
        f'<div class="words"><h1>{_broken(layout.title.lines)}</h1>'
        f"<p>{_broken(layout.words.lines)}</p>{front_extra}</div>"
    )
    rows = _card_rows(view, lang, metrics, options.qr)
    callable_only = bool(view.crisis) and all(entry.phone for entry in view.crisis)
    heading = Msg.CARD_CONTACTS_TITLE if callable_only else Msg.CARD_LIST_TITLE
    main_uri = main_helpline_uri(view.country.value)
    instructions = metrics.fit(t(Msg.CARD_INSTRUCTIONS, lang), 8, 140, 3, bold=False)
    body = (
        f'<p class="instructions">{_broken(instructions)}</p>\n'
        f'<div class="sheet">{marks}'
        f'<section class="panel front">{front}{picture}'
        f'<span class="made">{_e(written_date(view.made_on, lang))}</span></section>'
        f'<section class="panel contacts"><h2>{_e(t(heading, lang))}'
        f"{_card_more(view, lang)}</h2>"
        f"<ol>{''.join(rows)}</ol></section>"
        f'<section class="panel helplines-panel"><div class="lines"><div>'
        f"<ul>{_card_helplines(view, lang, metrics, options.qr)}</ul>"
        f'<p class="emergency">{_e(t(Msg.CRISIS_EMERGENCY, lang))}</p></div>'
        f"{qr_svg(main_uri) if options.qr and main_uri else ''}</div></section>"
        "</div>\n"
        f'<div class="scale"></div><p class="scale-note">{_e(t(Msg.CARD_SCALE, lang))}</p>\n'
        f"{_fold_svg(lang)}\n"
    )
    return _page(lang, card_title(view, lang, discreet=options.discreet), "card", body)


def _fold_svg(lang: Lang) -> str:
    """The zigzag fold seen from the side, as the PDF draws it (``layout.fold_diagram``):
    an SVG in millimetres, placed on the sheet where the PDF puts it."""
    left, top, width, height = FOLD_X, FOLD_Y - 3, 60.0, 11.0
    lines = "".join(
        f'<line x1="{x0 - left:.2f}" y1="{y0 - top:.2f}" x2="{x1 - left:.2f}" y2="{y1 - top:.2f}"/>'
        for x0, y0, x1, y1 in fold_diagram()
    )
    words = (Msg.CARD_FOLD_FRONT, Msg.CARD_FOLD_LIST, Msg.CARD_FOLD_HELPLINES)
    labels = "".join(
        f'<text x="{FOLD_W + 1.5 + 1.0:.2f}" y="{row_y - top:.2f}" dominant-baseline="central" '
        f'font-size="{FOLD_TEXT * PT:.3f}">{_e(t(word, lang))}</text>'
        for row_y, word in zip(fold_rows(), words, strict=True)
    )
    return (
        f'<svg class="fold" viewBox="0 0 {width:g} {height:g}" aria-hidden="true" '
        f'style="left: {left:g}mm; top: {top:g}mm; width: {width:g}mm; height: {height:g}mm">'
        f"{lines}{labels}</svg>"
    )


def _card_more(view: PrintView, lang: Lang) -> str:
    if not view.crisis_more:
        return ""
    return f' <span class="more">{_e(t(Msg.CARD_CRISIS_MORE, lang, count=view.crisis_more))}</span>'


def render(view: PrintView, lang: Lang, options: PrintOptions) -> str:
    """The HTML printout in the layout of ``options``."""
    if options.layout == "card":
        return _card(view, lang, options)
    return _poster(view, lang, options)
