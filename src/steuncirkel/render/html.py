"""The printable Steuncirkel as one self-contained HTML file: an A4 poster or a wallet card.

Self-contained and inert: inline CSS and inline SVG only, no script, no network resource
of any kind, and a Content-Security-Policy that forbids them anyway. Every piece of text
goes through ``html.escape`` (also inside attributes); ``tel:`` links are built from
digits only. Print styles set the A4 page; on screen the page is readable too.
"""

from __future__ import annotations

import html
from importlib import resources
from typing import TYPE_CHECKING, Final

from steuncirkel.base.helplines import helplines_to_call
from steuncirkel.base.i18n import Msg, t, written_date
from steuncirkel.base.textsafety import visible
from steuncirkel.base.vocab import COUNTRY_LABELS, CRISIS_MAX, Kind
from steuncirkel.render.circle import CENTRE, FONT, MARKER, SIZE, layout_circle, legend_text
from steuncirkel.render.fields import (
    NO_PHONE,
    about,
    main_helpline_uri,
    note_line,
    picture_more,
    reach_lines,
)
from steuncirkel.render.qr import qr_svg, tel_uri
from steuncirkel.render.text import title_of

if TYPE_CHECKING:
    from steuncirkel.base.i18n import Lang
    from steuncirkel.models import Entry
    from steuncirkel.operations import PrintView
    from steuncirkel.render import PrintOptions
    from steuncirkel.render.circle import CircleLayout, Marker

__all__ = ["circle_svg", "render"]

CSP: Final = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _style() -> str:
    """The stylesheet, inlined: a printout never loads anything from anywhere."""
    css = resources.files("steuncirkel.render").joinpath("print.css").read_text("utf-8")
    return css.replace("{font}", f"{FONT:g}")


def _e(text: str) -> str:
    """User or catalogue text as HTML text or attribute value."""
    return html.escape(visible(text), quote=True)


def _shape(marker: Marker) -> str:
    x, y, r = marker.x, marker.y, MARKER
    css = "shape crisis" if marker.number else "shape"
    if marker.kind is Kind.PLACE:
        points = f"{x:.1f},{y - r - 1:.1f} {x + r + 1:.1f},{y + r:.1f} {x - r - 1:.1f},{y + r:.1f}"
        body = f'<polygon class="{css}" points="{points}"/>'
    elif marker.kind is Kind.PROFESSIONAL:
        body = (
            f'<rect class="{css}" x="{x - r:.1f}" y="{y - r:.1f}" '
            f'width="{2 * r:g}" height="{2 * r:g}"/>'
        )
    elif marker.kind is Kind.GROUP:
        d = r + 1.2
        points = f"{x:.1f},{y - d:.1f} {x + d:.1f},{y:.1f} {x:.1f},{y + d:.1f} {x - d:.1f},{y:.1f}"
        body = f'<polygon class="{css}" points="{points}"/>'
    else:
        body = f'<circle class="{css}" cx="{x:.1f}" cy="{y:.1f}" r="{r}"/>'
    if marker.number:
        body += f'<text class="num" x="{x:.1f}" y="{y + 2.4:.1f}">{marker.number}</text>'
    return body


def circle_svg(layout: CircleLayout, lang: Lang, css_class: str = "picture") -> str:
    """The circle picture as inline SVG (title and description for screen readers)."""
    parts = [
        f'<svg class="{css_class}" viewBox="0 0 {SIZE:g} {SIZE:g}" role="img" '
        f'aria-labelledby="pic-title">',
        f'<title id="pic-title">{_e(t(Msg.PICTURE_TITLE, lang))}</title>',
    ]
    for ring, radius in layout.rings.items():
        parts.append(
            f'<circle class="ring {ring}" cx="{CENTRE:g}" cy="{CENTRE:g}" r="{radius:g}"/>'
        )
    parts.append(f'<circle class="shape" cx="{CENTRE:g}" cy="{CENTRE:g}" r="13"/>')
    parts.append(
        f'<text class="me" x="{CENTRE:g}" y="{CENTRE + 4:g}">{_e(t(Msg.PICTURE_ME, lang))}</text>'
    )
    parts.extend(_shape(marker) for marker in layout.markers)
    for label in layout.labels:
        parts.append(
            f'<text class="label" x="{label.x:.1f}" y="{label.y:.1f}" '
            f'text-anchor="{label.anchor}">{_e(label.text)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _legend(lang: Lang) -> str:
    return f"{_e(legend_text(lang))}<br>{_e(t(Msg.PICTURE_LEGEND_RINGS, lang))}"


def _phone_link(entry: Entry, country: str, css: str = "phone") -> str:
    shown = entry.phone_shown(country)
    uri = tel_uri(entry.phone)
    if not shown:
        return ""
    if uri is None:
        return f'<p class="{css}">{_e(shown)}</p>'
    return f'<p class="{css}"><a href="{_e(uri)}">{_e(shown)}</a></p>'


def _qr(entry: Entry, qr: bool) -> str:
    uri = tel_uri(entry.phone)
    return qr_svg(uri) if qr and uri else ""


def _tel_link(number: str) -> str:
    uri = tel_uri(number)
    return f'<a href="{_e(uri)}">{_e(number)}</a>' if uri else _e(number)


def _main_helpline(country: str, lang: Lang) -> str:
    """The poster's main line (113, 1813): its name, then its numbers as large as the
    list's, then what it is for."""
    line = helplines_to_call(country)[0]
    numbers = f" {_e(t(Msg.CRISIS_OR, lang))} ".join(_tel_link(n) for n in line.numbers)
    return (
        f'<div class="mainline"><strong>{_e(line.name)}</strong>'
        f'<p class="call">{numbers}</p>{_e(line.summary(lang))}</div>'
    )


def _helpline_items(
    country: str, lang: Lang, *, short: bool = False, skip_main: bool = False
) -> str:
    items = []
    lines = helplines_to_call(country)  # 112 has a line of its own
    for line in lines[1:] if skip_main else lines:
        head = line.heading(lang, name=lambda n: f"<strong>{_e(n)}</strong>", number=_tel_link)
        items.append(f"<li>{head}<br>{_e(line.summary(lang, short=short))}</li>")
    return "".join(items)


def _page(lang: Lang, title: str, body_class: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_e(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{_e(title)}</title>\n<style>{_style()}</style>\n</head>\n"
        f'<body class="{body_class}">\n<main>\n{body}</main>\n</body>\n</html>\n'
    )


def _poster(view: PrintView, lang: Lang, options: PrintOptions) -> str:
    country = view.country.value
    title = title_of(view, lang)
    picture = circle_svg(layout_circle(view.crisis, view.others), lang)
    more = f'<p class="more">{_e(picture_more(view.more, lang))}</p>' if view.more else ""
    rows = []
    for number, entry in enumerate(view.crisis, start=1):
        ways = " · ".join(reach_lines(entry, lang, country, without=NO_PHONE))
        ways_html = f'<p class="ways clamp1">{_e(ways)}</p>' if ways else ""
        first = note_line(entry)
        note = f'<p class="note clamp1">{_e(first)}</p>' if first else ""
        rows.append(
            f'<li><div class="pos">{number}</div><div class="who">'
            f'<h2 class="clamp2">{_e(entry.name)}</h2>'
            f'<div class="about clamp1">{_e(about(entry, lang))}</div>'
            f"{_phone_link(entry, country)}{ways_html}{note}</div>{_qr(entry, options.qr)}</li>"
        )
    if not rows:
        empty = _e(t(Msg.PRINT_LIST_EMPTY_FILL, lang))
        rows.append(f'<li class="empty"><div></div><div class="who">{empty}</div></li>')
    for number in range(len(view.crisis) + 1, CRISIS_MAX + 1):  # to fill in by hand
        rows.append(
            f'<li class="blank"><div class="pos">{number}</div><div class="who">'
            f'<p class="fill">{_e(t(Msg.PRINT_BLANK_NAME, lang))}</p>'
            f'<p class="fill">{_e(t(Msg.PRINT_BLANK_PHONE, lang))}</p></div></li>'
        )
    main_uri = main_helpline_uri(view.country.value)
    qrbox = (
        f'<div class="qrbox">{qr_svg(main_uri)}{_e(t(Msg.PRINT_SCAN_TO_CALL, lang))}</div>'
        if options.qr and main_uri
        else ""
    )
    country_name = t(COUNTRY_LABELS[view.country.value], lang)
    made_on = written_date(view.made_on, lang)
    body = (
        f"<header><div><h1>{_e(title)}</h1>"
        f'<p class="lead">{_e(t(Msg.PRINT_CRISIS_TITLE, lang))}</p>'
        f'<p class="encourage">{_e(t(Msg.PRINT_ENCOURAGEMENT, lang))}</p></div>'
        f"<figure>{picture}<figcaption>{_legend(lang)}</figcaption>{more}</figure></header>\n"
        f'<ol class="crisis{" full" if len(view.crisis) >= CRISIS_MAX else ""}">'
        f"{''.join(rows)}</ol>\n"
        f"{_poster_more(view, lang)}"
        f'<section class="helplines"><div><h2>'
        f"{_e(t(Msg.CRISIS_HELPLINES_TITLE, lang, country=country_name))}</h2>"
        f"{_main_helpline(view.country.value, lang)}"
        f"<ul>{_helpline_items(view.country.value, lang, skip_main=True)}</ul>"
        f'<p class="emergency"><a href="tel:112">{_e(t(Msg.CRISIS_EMERGENCY, lang))}</a></p>'
        f"</div>{qrbox}</section>\n"
        f"<footer>{_e(t(Msg.PRINT_MADE_ON, lang, date=made_on))}</footer>\n"
    )
    return _page(lang, title, "poster", body)


def _card(view: PrintView, lang: Lang, options: PrintOptions) -> str:
    country = view.country.value
    marks = "".join(f'<span class="mark {c}"></span>' for c in ("tl", "tr", "bl", "br"))
    front_extra = ""
    if options.discreet:
        front_title = t(Msg.CARD_DISCREET_TITLE, lang)
        front_text = view.owner or ""
        picture = ""
    else:
        front_title = title_of(view, lang)
        front_text = t(Msg.PRINT_CRISIS_TITLE, lang)
        picture = circle_svg(layout_circle(view.crisis, view.others), lang)
        main = helplines_to_call(country)[0]
        numbers = f" {_e(t(Msg.CRISIS_OR, lang))} ".join(_tel_link(n) for n in main.numbers)
        call = _e(t(Msg.CARD_FRONT_CALL, lang, numbers="@@N@@")).replace("@@N@@", numbers)
        call = call.replace("112", '<a href="tel:112">112</a>', 1) if "112" in call else call
        front_extra = (
            f'<p class="open">{_e(t(Msg.CARD_OPEN_IN_CRISIS, lang))}</p><p class="call">{call}</p>'
        )
    rows = []
    for number, entry in enumerate(view.crisis, start=1):
        reach = _phone_link(entry, country)
        if not entry.phone and entry.where:  # a place: where it is, not a number
            reach = f'<p class="where">{_e(entry.where)}</p>'
        rows.append(
            f'<li><div><div class="name">{number}. {_e(entry.name)} · '
            f"{_e(about(entry, lang))}</div>{reach}</div>{_qr(entry, options.qr)}</li>"
        )
    for number in range(len(view.crisis) + 1, CRISIS_MAX + 1):  # to fill in by hand
        rows.append(f'<li class="blank"><div class="name">{number}.</div></li>')
    callable_only = bool(view.crisis) and all(entry.phone for entry in view.crisis)
    heading = Msg.CARD_CONTACTS_TITLE if callable_only else Msg.CARD_LIST_TITLE
    main_uri = main_helpline_uri(view.country.value)
    body = (
        f'<p class="instructions">{_e(t(Msg.CARD_INSTRUCTIONS, lang))}</p>\n'
        f'<div class="sheet">{marks}'
        f'<section class="panel front"><div><h1>{_e(front_title)}</h1>'
        f"<p>{_e(front_text)}</p>{front_extra}</div>{picture}"
        f'<span class="made">{_e(written_date(view.made_on, lang))}</span></section>'
        f'<section class="panel contacts"><h2>{_e(t(heading, lang))}'
        f"{_card_more(view, lang)}</h2>"
        f"<ol>{''.join(rows)}</ol></section>"
        f'<section class="panel helplines-panel"><div class="lines"><div>'
        f"<ul>{_helpline_items(view.country.value, lang, short=True)}</ul>"
        f'<p class="emergency">{_e(t(Msg.CRISIS_EMERGENCY, lang))}</p></div>'
        f"{qr_svg(main_uri) if options.qr and main_uri else ''}</div></section>"
        "</div>\n"
        f'<div class="scale"></div><p class="scale-note">{_e(t(Msg.CARD_SCALE, lang))}</p>\n'
    )
    title = t(Msg.CARD_DISCREET_TITLE, lang) if options.discreet else title_of(view, lang)
    return _page(lang, title, "card", body)


def _poster_more(view: PrintView, lang: Lang) -> str:
    if not view.crisis_more:
        return ""
    return (
        f'<p class="crisis-more">{_e(t(Msg.PRINT_CRISIS_MORE, lang, count=view.crisis_more))}</p>\n'
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
