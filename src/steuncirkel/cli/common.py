"""What every command shares: the session (global options resolved once), messages on
stderr, and the one place where errors become a sentence and an exit code."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from steuncirkel.base.context import Context
from steuncirkel.base.errors import EXIT_REFUSED, DemoIsReadOnly, SteuncirkelError
from steuncirkel.base.i18n import DEFAULT_LANG, LANGS, Lang, Msg, lang_from_code, message
from steuncirkel.base.storefile import STORE_NAME
from steuncirkel.base.streams import debug_traceback, say_line
from steuncirkel.base.vocab import CRISIS_MAX, Role

if TYPE_CHECKING:
    from collections.abc import Iterator

    from steuncirkel.models import Circle
    from steuncirkel.store import Store

__all__ = [
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


@dataclass
class Session:
    """The global options of one run, their context, and what has been learned from them."""

    home_option: str | None = None
    lang_option: Lang | None = None
    demo: bool = False
    lang: Lang = DEFAULT_LANG
    _store: Store | None = field(default=None, repr=False)

    @property
    def context(self) -> Context:
        """The run's context (data folder, language, clock), from the options given."""
        return Context(home_option=self.home_option, lang_option=self.lang_option, demo=self.demo)

    def store(self) -> Store:
        """The store in the data folder (resolved once); refused in demo mode."""
        if self.demo:
            raise DemoIsReadOnly(Msg.DEMO_READ_ONLY)
        if self._store is None:
            from steuncirkel.store import Store

            context = self.context
            self._store = Store(Path(context.home()), clock=context.now)
        return self._store

    def load(self) -> Circle:
        """The circle to read from: the demo in memory, or the store (creating nothing)."""
        if self.demo:
            from steuncirkel.models import demo_circle

            circle = demo_circle(self.context.demo_country())
        else:
            circle = self.store().load()
        self.settle_lang(circle)
        return circle

    def settle_lang(self, circle: Circle) -> None:
        """Option, then environment, then the stored setting, then locale, then nl."""
        self.lang = self.context.lang(circle.settings.lang)


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


def say(msg: Msg, lang: Lang, **params: Any) -> None:
    """Write one message to stderr (messages never go to stdout, which carries data)."""
    say_line(message(msg, lang, params))


def say_added(circle: Circle, lang: Lang) -> None:
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


@contextlib.contextmanager
def reported(session: Session) -> Iterator[None]:
    """Turn every failure inside a command into one calm sentence and an exit code.

    Known refusals print their message; anything unexpected prints a short apology
    (with the traceback only when STEUNCIRKEL_DEBUG=1) and exits 1. Never a traceback
    by default: it could also show personal data.
    """
    try:
        yield
    except SteuncirkelError as exc:
        # Messages may name the circle file even when the error comes from an operation.
        where = session._store.path if session._store else STORE_NAME
        say(exc.msg, session.lang, **{"path": where, **exc.params})
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        say(Msg.STOPPED_NOTHING_CHANGED, session.lang)
        raise typer.Exit(EXIT_REFUSED) from None
    except (typer.Exit, typer.Abort, SystemExit, BrokenPipeError):
        raise
    except ImportError as exc:  # a library that is missing or broken: crisis still works
        say(Msg.BROKEN_INSTALL, session.lang, module=exc.name or "?")
        raise typer.Exit(EXIT_REFUSED) from None
    except Exception as exc:
        debug_traceback(exc)
        say(Msg.UNEXPECTED, session.lang)
        raise typer.Exit(EXIT_REFUSED) from None
