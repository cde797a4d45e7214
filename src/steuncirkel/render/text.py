"""The printable Steuncirkel as plain text: calm to read on paper, within 80 columns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from steuncirkel.base.helplines import helpline_text
from steuncirkel.base.i18n import Msg, t, written_date
from steuncirkel.base.plaintext import WIDTH, cells, wrapped
from steuncirkel.base.textsafety import visible
from steuncirkel.base.vocab import COUNTRY_LABELS
from steuncirkel.render.fields import about, reach_lines

if TYPE_CHECKING:
    from steuncirkel.base.i18n import Lang
    from steuncirkel.reading import PrintView
    from steuncirkel.render import PrintOptions

__all__ = ["render", "title_of"]


def title_of(view: PrintView, lang: Lang) -> str:
    """'Steuncirkel', or 'Steuncirkel van NAME' when the user set their name."""
    if view.demo:
        return t(Msg.PRINT_TITLE_DEMO, lang)
    if view.owner:
        return t(Msg.PRINT_TITLE_FOR, lang, name=visible(view.owner))
    return t(Msg.PRINT_TITLE, lang)


def render(view: PrintView, lang: Lang, options: PrintOptions | None = None) -> str:
    """The text printout."""
    title = title_of(view, lang)
    lines = [title, "=" * min(cells(title), WIDTH), ""]
    lines += wrapped(t(Msg.PRINT_CRISIS_TITLE, lang) + ":", 0)
    lines.append("")
    if not view.crisis:
        lines += wrapped(t(Msg.PRINT_LIST_EMPTY, lang), 2)
        lines.append("")
    for number, entry in enumerate(view.crisis, start=1):
        who = visible(about(entry, lang))
        marker = f"  {number}. "
        head = wrapped(f"{visible(entry.name)} ({who})", len(marker))
        lines += [marker + head[0][len(marker) :], *head[1:]]
        for line in reach_lines(entry, lang, view.country.value):
            lines += wrapped(line, len(marker))
        lines.append("")
    if view.crisis_more:
        lines += [*wrapped(t(Msg.PRINT_CRISIS_MORE, lang, count=view.crisis_more), 2), ""]
    country_name = t(COUNTRY_LABELS[view.country.value], lang)
    lines.append(t(Msg.CRISIS_HELPLINES_TITLE, lang, country=country_name))
    lines += helpline_text(view.country.value, lang)
    lines += ["", t(Msg.CRISIS_EMERGENCY, lang), ""]
    lines += wrapped(t(Msg.PRINT_ENCOURAGEMENT, lang), 0)
    lines += ["", t(Msg.PRINT_MADE_ON, lang, date=written_date(view.made_on, lang))]
    return "\n".join(lines) + "\n"
