"""The session of one run (the global options, resolved once), messages on stderr, and
the one place where errors become a sentence and an exit code.

Without Typer: the reading commands run through here without it (``cli/quick.py``),
and the Typer app shares it (``cli/common.py``).
"""

from __future__ import annotations

import contextlib
import sys

from steuncirkel.base.context import Context, early_lang
from steuncirkel.base.errors import EXIT_REFUSED, DemoIsReadOnly, SteuncirkelError
from steuncirkel.base.i18n import DEFAULT_LANG, LANGS, Lang, Msg, lang_from_code, message
from steuncirkel.base.streams import debug_traceback, say_line

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any

    from steuncirkel.base.circleview import CircleLike
    from steuncirkel.base.context import ArgScan
    from steuncirkel.store import Store

__all__ = ["Session", "reported", "say", "session_from_scan"]


class Session:
    """The global options of one run, their context, and what has been learned from them.

    A plain class, not a dataclass: the reading commands do not import ``dataclasses``
    (see ``render/__init__.py``)."""

    __slots__ = ("_store", "demo", "home_option", "lang", "lang_option")

    def __init__(
        self,
        *,
        home_option: str | None = None,
        lang_option: Lang | None = None,
        demo: bool = False,
        lang: Lang = DEFAULT_LANG,
    ) -> None:
        self.home_option = home_option
        self.lang_option = lang_option
        self.demo = demo
        self.lang = lang
        self._store: Store | None = None

    @property
    def context(self) -> Context:
        """The run's context (data folder, language, clock), from the options given."""
        return Context(home_option=self.home_option, lang_option=self.lang_option, demo=self.demo)

    def store(self) -> Store:
        """The store in the data folder (resolved once); refused in demo mode."""
        if self.demo:
            raise DemoIsReadOnly(Msg.DEMO_READ_ONLY)
        if self._store is None:
            from pathlib import Path

            from steuncirkel.store import Store

            context = self.context
            self._store = Store(Path(context.home()), clock=context.now)
        return self._store

    def read(self) -> CircleLike:
        """The circle to show or ask about (creating nothing): the demo in memory, or
        the store. A store this version wrote and checked (``base/stamp.py``) is read
        without checking again, so a reading command needs no Pydantic; any other
        store is checked in full."""
        from steuncirkel.base.circleview import CircleView, read_checked

        circle: CircleLike
        if self.demo:
            from steuncirkel.base.demo import demo_raw

            circle = CircleView(demo_raw(self.context.demo_country()))
        else:
            view, raw = read_checked(self.context.home())
            if view is not None:
                circle = view
            else:
                from steuncirkel.store import parse_circle

                store = self.store()
                circle = parse_circle(raw or b"", store.path, store.backup_path)
        self.settle_lang(circle)
        return circle

    def settle_lang(self, circle: CircleLike) -> None:
        """Option, then environment, then the stored setting, then locale, then nl."""
        self.lang = self.context.lang(circle.settings.lang)


def say(msg: Msg, lang: Lang, **params: Any) -> None:
    """Write one message to stderr (messages never go to stdout, which carries data)."""
    say_line(message(msg, lang, params))


@contextlib.contextmanager
def reported(session: Session, passthrough: tuple[type[BaseException], ...] = ()) -> Iterator[None]:
    """Turn every failure inside a command into one calm sentence and an exit code.

    Known refusals print their message; anything unexpected prints a short apology
    (with the traceback only when STEUNCIRKEL_DEBUG=1) and exits 1. Never a traceback
    by default: it could also show personal data. ``passthrough``: exceptions that end
    a command on purpose (Typer's ``Exit``), raised on as they are.
    """
    try:
        yield
    except passthrough:
        raise
    except SteuncirkelError as exc:
        # Messages may name the circle file even when the error comes from an operation.
        from steuncirkel.base.storefile import STORE_NAME  # not loaded for --help

        where = session._store.path if session._store else STORE_NAME
        say(exc.msg, session.lang, **{"path": where, **exc.params})
        raise SystemExit(exc.exit_code) from None
    except KeyboardInterrupt:
        if sys.stderr is not None and sys.stderr.isatty():
            sys.stderr.write("\n")  # the terminal shows ^C where the cursor was
        say(Msg.STOPPED_NOTHING_CHANGED, session.lang)
        raise SystemExit(EXIT_REFUSED) from None
    except (SystemExit, BrokenPipeError):
        raise
    except ImportError as exc:  # a library that is missing or broken: crisis still works
        say(Msg.BROKEN_INSTALL, session.lang, module=exc.name or "?")
        raise SystemExit(EXIT_REFUSED) from None
    except Exception as exc:
        debug_traceback(exc)
        say(Msg.UNEXPECTED, session.lang)
        raise SystemExit(EXIT_REFUSED) from None


def session_from_scan(scan: ArgScan, argv: list[str]) -> Session | None:
    """The session of a run parsed without Typer (``cli/quick.py``): the global options
    as ``scan_args`` found them. None when ``--lang`` is not one Typer would take
    (Typer then says so)."""
    session = Session(lang=early_lang(argv), home_option=scan.home, demo=scan.demo)
    if scan.lang is not None:
        code = scan.lang.lower()
        if not code.isascii() or code not in LANGS:
            return None
        session.lang_option = session.lang = lang_from_code(code) or DEFAULT_LANG
    return session
