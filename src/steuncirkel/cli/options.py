"""Option declarations shared by several commands, with help in the user's language.

Global options may also follow the command (``steuncirkel show --demo``), so each
command declares them too; what is given after the command wins.
"""

from __future__ import annotations

from typing import Any

import typer

from steuncirkel.base.i18n import Lang, Msg, t

__all__ = ["demo_option", "home_option", "lang_option"]


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
