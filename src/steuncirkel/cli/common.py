"""What every command shares: the session (global options resolved once), messages on
stderr, and the one place where errors become a sentence and an exit code."""

from __future__ import annotations

import contextlib
import os
import sys
import traceback
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import typer

from steuncirkel.errors import EXIT_REFUSED, DemoIsReadOnly, SteuncirkelError
from steuncirkel.i18n import (
    DEFAULT_LANG,
    Lang,
    Msg,
    lang_from_code,
    lang_from_locale,
)
from steuncirkel.messages import message
from steuncirkel.models import CRISIS_MAX, Role
from steuncirkel.store import Store, resolve_home

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from steuncirkel.models import Circle

__all__ = [
    "LangChoice",
    "Session",
    "early_lang",
    "reported",
    "say",
    "say_added",
    "session_for",
]


class LangChoice(StrEnum):
    """The languages ``--lang`` accepts."""

    nl = "nl"
    en = "en"


def early_lang(argv: list[str], environ: dict[str, str] | None = None) -> Lang:
    """The language known before the store is read: ``--lang``, env, locale, default.

    Used for help texts and for errors that happen before the store's setting is known.
    """
    env = dict(os.environ) if environ is None else environ
    for i, arg in enumerate(argv):
        value = None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value is not None and (lang := lang_from_code(value)):
            return lang
    return lang_from_code(env.get("STEUNCIRKEL_LANG")) or lang_from_locale(env) or DEFAULT_LANG


@dataclass
class Session:
    """The global options of one run and what has been learned from them."""

    home_option: Path | None = None
    lang_option: Lang | None = None
    demo: bool = False
    lang: Lang = DEFAULT_LANG
    _store: Store | None = field(default=None, repr=False)

    def store(self) -> Store:
        """The store in the data folder (resolved once); refused in demo mode."""
        if self.demo:
            raise DemoIsReadOnly(Msg.DEMO_READ_ONLY)
        if self._store is None:
            self._store = Store(resolve_home(self.home_option))
        return self._store

    def load(self) -> Circle:
        """The circle to read from: the demo in memory, or the store (creating nothing)."""
        if self.demo:
            from steuncirkel.demo import demo_circle

            circle = demo_circle()
        else:
            circle = self.store().load()
        self.settle_lang(circle)
        return circle

    def settle_lang(self, circle: Circle) -> None:
        """Option, then environment, then the stored setting, then locale, then nl."""
        self.lang = (
            self.lang_option
            or lang_from_code(os.environ.get("STEUNCIRKEL_LANG"))
            or circle.settings.lang
            or lang_from_locale()
            or DEFAULT_LANG
        )


def session_for(
    ctx: typer.Context,
    *,
    home: Path | None = None,
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


def say(msg: Msg, lang: Lang, **params: Any) -> None:
    """Write one message to stderr (messages never go to stdout, which carries data)."""
    text = message(msg, lang, params)
    stream = sys.stderr
    if stream is None:
        return
    with contextlib.suppress(OSError, ValueError):
        stream.write(text + "\n")
        stream.flush()


def say_added(circle: Circle, lang: Lang) -> None:
    """Confirm the entry just added (the last one), with its place on the crisis list."""
    entry = circle.entries[-1]
    if entry.has(Role.CRISIS):
        count = len(circle.crisis_list())
        say(Msg.ADDED_CRISIS, lang, name=entry.name, count=count, max=CRISIS_MAX)
    else:
        say(Msg.ADDED, lang, name=entry.name)


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
        # Messages may name the circle file even when the error comes from the core.
        where = session._store.path if session._store else "circle.json"
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
    except Exception:
        if os.environ.get("STEUNCIRKEL_DEBUG") == "1":
            traceback.print_exc()
        say(Msg.UNEXPECTED, session.lang)
        raise typer.Exit(EXIT_REFUSED) from None
