"""Option declarations shared by several commands, with help in the user's language.

Global options may also follow the command (``steuncirkel show --demo``), so each
command declares them too; what is given after the command wins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer

from steuncirkel.base.i18n import Lang, Msg, t

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

__all__ = [
    "demo_option",
    "flag_option",
    "home_option",
    "lang_option",
    "text_option",
    "whole_number",
    "word_choice",
    "yes_option",
]


def word_choice(words: Mapping[str, str], shown: Sequence[str]) -> Callable[[Any], Any]:
    """A callback for an option that takes a word in either language (``--role
    luistert``): the canonical value, or a usage error naming the ``shown`` words and,
    for a near miss, the one that was meant. Said in Click's words, so that clicktext
    translates it like every other usage error."""
    from steuncirkel.base.spelling import distance
    from steuncirkel.base.vocab import word_for

    def callback(value: str | None) -> str | None:
        if value is None:
            return None
        found = word_for(words, value)
        if found is not None:
            return found
        choices = ", ".join(repr(word) for word in shown)
        msg = f"{value!r} is not one of {choices}."
        typed = value.strip().casefold()
        nearest = min(shown, key=lambda word: distance(typed, word))
        if distance(typed, nearest) <= (1 if len(typed) <= 4 else 2):  # a slip, not a guess
            msg += f" Did you mean {nearest!r}?"
        raise typer.BadParameter(msg)

    return callback


def home_option(lang: Lang) -> Any:
    """``--home DIR``: the data folder."""
    metavar = t(Msg.CRISIS_DIR_WORD, lang)  # MAP or DIR, as in the help of crisis
    return typer.Option("--home", help=t(Msg.HELP_HOME, lang), show_default=False, metavar=metavar)


def lang_option(lang: Lang, help_key: Msg = Msg.HELP_LANG) -> Any:
    """``--lang nl|en``."""
    return typer.Option("--lang", help=t(help_key, lang), show_default=False, case_sensitive=False)


def demo_option(lang: Lang) -> Any:
    """``--demo``: the built-in example circle."""
    return typer.Option("--demo", help=t(Msg.HELP_DEMO, lang))


def text_option(flag: str, lang: Lang, help_key: Msg, metavar_key: Msg = Msg.METAVAR_TEXT) -> Any:
    """An option that takes text (``--phone``, ``--note``), the same in every command."""
    return typer.Option(
        flag, help=t(help_key, lang), show_default=False, metavar=t(metavar_key, lang)
    )


def flag_option(flags: str, lang: Lang, help_key: Msg) -> Any:
    """A yes/no flag (``--crisis`` or ``--crisis/--no-crisis``)."""
    return typer.Option(flags, help=t(help_key, lang), show_default=False)


def yes_option(lang: Lang) -> Any:
    """``--yes``/``-y``: do not ask for confirmation."""
    return typer.Option("--yes", "-y", help=t(Msg.HELP_YES, lang))


def whole_number(lang: Lang, refusal: Msg) -> Callable[[str], int]:
    """A parser for a whole-number argument or option; anything else is a usage error
    said in ``lang`` with ``refusal`` (Click's own sentence would be English)."""

    def parse(value: str) -> int:
        text = value.strip()
        if not text.lstrip("-").isdigit() or not text.isascii():
            raise typer.BadParameter(t(refusal, lang, value=repr(value)))
        return int(text)

    return parse
