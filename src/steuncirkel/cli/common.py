"""What the Typer commands share: the session (``cli/session.py``) as Typer's context
object, the language choice, and errors made into a sentence and an exit code."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

import typer

from steuncirkel.base.i18n import DEFAULT_LANG, LANGS, Lang, Msg, lang_from_code
from steuncirkel.base.vocab import CRISIS_MAX, Country, Role
from steuncirkel.cli.session import Session, say
from steuncirkel.cli.session import reported as session_reported

if TYPE_CHECKING:
    import contextlib

    from steuncirkel.base.circleview import CircleLike

__all__ = [
    "CountryChoice",
    "LangChoice",
    "Session",
    "reported",
    "say",
    "say_added",
    "session_for",
    "stdin_is_interactive",
]


# The languages --lang accepts: the catalogue's, as a choice for Typer.
LangChoice = StrEnum("LangChoice", {code: code for code in LANGS})  # type: ignore[misc]
# The countries --country accepts, as an enum for Typer (``vocab.Country`` is a set of
# keys, which Typer does not know).
CountryChoice = StrEnum("CountryChoice", {c.value: c.value for c in Country})  # type: ignore[misc]


def session_for(
    ctx: typer.Context,
    *,
    home: str | None = None,
    lang: LangChoice | None = None,
    demo: bool = False,
) -> Session:
    """The session of this run, with options given after the command taking precedence."""
    session = ctx.find_object(Session)
    if session is None:
        session = Session()
        ctx.obj = session
    if home is not None:
        session.home_option = home
    if lang is not None:
        session.lang_option = session.lang = lang_from_code(lang.value) or DEFAULT_LANG
    if demo:
        session.demo = True
    return session


def stdin_is_interactive() -> bool:
    """True when a person can answer questions (stdin is a terminal)."""
    import sys

    return sys.stdin is not None and sys.stdin.isatty()


def say_added(circle: CircleLike, lang: Lang) -> None:
    """Confirm the entry just added (the last one), with its place on the crisis list."""
    entry = circle.entries[-1]
    if entry.has(Role.CRISIS):
        count = len(circle.crisis_list())
        say(Msg.ADDED_CRISIS, lang, name=entry.name, count=count, max=CRISIS_MAX)
    else:
        say(Msg.ADDED, lang, name=entry.name)
    from steuncirkel.input_rules import is_premium

    if is_premium(entry.phone):
        say(Msg.PHONE_PREMIUM, lang, phone=entry.phone_display or entry.phone)


def reported(session: Session) -> contextlib.AbstractContextManager[None]:
    """``session.reported`` for a Typer command: Typer's own ``Exit`` and ``Abort``
    end the command as they are."""
    return session_reported(session, (typer.Exit, typer.Abort))
