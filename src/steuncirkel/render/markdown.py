"""The printable Steuncirkel as Markdown: headings, a table, and escaped user text.

Every piece of text is escaped for CommonMark (RELIABILITY.md 3.4): each character that
can start inline structure gets a backslash, so a name with ``*``, ``|``, ``<`` or
``[`` stays text and cannot break the table or become a link or HTML. ``https://`` and
the dots of ``www.x.nl`` get a backslash too, so autolinking renderers leave them as text.
Text never starts a line, so block markers (``#``, ``-``, ``1.``) are safe.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from steuncirkel.base.helplines import helplines_to_call
from steuncirkel.base.i18n import Msg, t, written_date
from steuncirkel.base.textsafety import visible
from steuncirkel.base.vocab import COUNTRY_LABELS
from steuncirkel.render.fields import about, reach_lines
from steuncirkel.render.text import title_of

if TYPE_CHECKING:
    from steuncirkel.base.i18n import Lang
    from steuncirkel.reading import PrintView
    from steuncirkel.render import PrintOptions

__all__ = ["escape", "render"]

_ACTIVE: Final = re.compile(r"([\\`*_\[\]()<>&|!#~{}])")
# GitHub-flavoured Markdown turns "https://..." and "www...." into links by itself.
# Linkify renderers also link bare domains ("evil.com") and e-mail addresses, so a dot
# between two word characters is escaped as well.
_AUTOLINK: Final = re.compile(r"(?<=:)(?=//)|(?<=\w)(?=\.\w)")


def escape(text: str) -> str:
    """``text`` as literal CommonMark inline text on one line."""
    one_line = " ".join(visible(text).split())
    escaped = _AUTOLINK.sub("\\\\", _ACTIVE.sub(r"\\\1", one_line))
    # At the start of a line, "+ " and "- " would make a list item.
    return "\\" + escaped if escaped[:2] in ("+ ", "- ") else escaped


def render(view: PrintView, lang: Lang, options: PrintOptions | None = None) -> str:
    """The Markdown printout."""
    country = view.country.value
    out = [f"# {escape(title_of(view, lang))}", ""]
    out += [f"## {escape(t(Msg.PRINT_CRISIS_TITLE, lang))}", ""]
    if view.crisis:
        who, reach = t(Msg.PRINT_COLUMN_WHO, lang), t(Msg.PRINT_COLUMN_REACH, lang)
        out += [f"| \\# | {escape(who)} | {escape(reach)} |", "|---:|---|---|"]
        for number, entry in enumerate(view.crisis, start=1):
            to_you = about(entry, lang)
            name = f"**{escape(entry.name)}** \\({escape(to_you)}\\)"
            ways = "<br>".join(escape(line) for line in reach_lines(entry, lang, country)) or " "
            out.append(f"| {number} | {name} | {ways} |")
        if view.crisis_more:
            out += ["", escape(t(Msg.PRINT_CRISIS_MORE, lang, count=view.crisis_more))]
    else:
        out.append(escape(t(Msg.PRINT_LIST_EMPTY, lang)))
    country_name = t(COUNTRY_LABELS[view.country.value], lang)
    out += ["", f"## {escape(t(Msg.CRISIS_HELPLINES_TITLE, lang, country=country_name))}", ""]
    for line in helplines_to_call(view.country.value):
        head = line.heading(lang, name=lambda n: f"**{escape(n)}**", number=escape)
        out.append(f"- {head} — {escape(line.summary(lang))}")
    out += ["", f"**{escape(t(Msg.CRISIS_EMERGENCY, lang))}**", ""]
    out += [f"*{escape(t(Msg.PRINT_ENCOURAGEMENT, lang))}*", ""]
    out.append(escape(t(Msg.PRINT_MADE_ON, lang, date=written_date(view.made_on, lang))))
    return "\n".join(out) + "\n"
