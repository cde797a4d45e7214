"""``steuncirkel history``, ``undo`` and ``restore N``: the kept versions of the circle.

Every write keeps the version it replaces (``history.py``). ``undo`` steps back one
change at a time, ``restore N`` brings back any listed version; both are writes
themselves, so what they replace is listed too and can be brought back. When
``circle.json`` cannot be read, ``history`` and ``restore N`` still work: ``restore``
keeps the unreadable file aside, with the user's yes.
"""

# No `from __future__ import annotations`: Typer reads the annotations at run time.

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from steuncirkel.base.context import stream_is_utf8
from steuncirkel.base.errors import (
    EXIT_REFUSED,
    StoreCorrupt,
    StoreError,
    StoreMissing,
    StoreTooNew,
    StoreUnreadable,
)
from steuncirkel.base.i18n import Lang, Msg, message, t
from steuncirkel.base.streams import write_stdout
from steuncirkel.cli.common import (
    LangChoice,
    Session,
    reported,
    say,
    session_for,
    stdin_is_interactive,
)
from steuncirkel.cli.options import demo_option, home_option, lang_option, whole_number

__all__ = ["register"]

_DAMAGED = (StoreCorrupt, StoreTooNew, StoreUnreadable)


def _damaged(session: Session) -> bool:
    """Read the store to settle the language; True when ``circle.json`` is there but
    cannot be read (broken, too new, unreadable). Other refusals are raised."""
    store = session.store()
    try:
        session.settle_lang(store.load())
    except StoreMissing:
        return False
    except _DAMAGED:
        if not os.path.lexists(store.path):
            raise
        return True
    return False


def _show_history(session: Session, *, as_json: bool) -> None:
    from steuncirkel.render import jsondoc
    from steuncirkel.render.history import history_document, render_history

    ascii_only = not stream_is_utf8(sys.stdout)
    if session.demo:  # the demo lives in memory: it has no history, and nothing is read
        if as_json:
            write_stdout(jsondoc.dumps(history_document([], session.lang), ascii_only=ascii_only))
        say(Msg.HISTORY_DEMO, session.lang)
        return
    home = Path(session.context.home())
    from steuncirkel.history import History

    versions = History(home).versions()
    try:
        store = session.store()
        if _damaged(session):
            say(Msg.HISTORY_STORE_DAMAGED, session.lang, path=store.path)
    except StoreError as exc:  # e.g. a file where the data folder should be: say so
        say(exc.msg, session.lang, **{"path": home, **exc.params})
    if as_json:
        document = history_document(versions, session.lang)
        write_stdout(jsondoc.dumps(document, ascii_only=ascii_only))
    elif not versions:
        from steuncirkel.history import KEEP

        say(Msg.HISTORY_EMPTY, session.lang, keep=KEEP)
    else:
        from steuncirkel.cli.output import emit_blocks

        emit_blocks(render_history(versions, session.lang))
        say(Msg.HISTORY_HOW, session.lang)


def _ask_to_set_aside(session: Session, path: Path, number: int, moment: str) -> None:
    """The user's yes to keep an unreadable store aside, or a refusal (exit 1): without
    a terminal it names ``--yes``; on one, no answer is no."""
    if not stdin_is_interactive():
        say(Msg.RESTORE_NEEDS_YES, session.lang, path=path, number=number)
        raise typer.Exit(EXIT_REFUSED)
    params = {"path": path, "number": number, "when": moment}
    from steuncirkel.cli.walkthrough import Asker

    if not Asker(session).confirm(message(Msg.RESTORE_ASK, session.lang, params)):
        say(Msg.RESTORE_KEPT, session.lang, path=path)
        raise typer.Exit(EXIT_REFUSED)


def register(app: typer.Typer, lang: Lang) -> None:
    """Add ``history``, ``undo`` and ``restore`` to ``app``, with help in ``lang``."""

    @app.command(help=t(Msg.HELP_HISTORY, lang))
    def history(
        ctx: typer.Context,
        as_json: Annotated[
            bool, typer.Option("--json", help=t(Msg.HELP_HISTORY_JSON, lang))
        ] = False,
        home: Annotated[str | None, home_option(lang)] = None,
        lang_choice: Annotated[LangChoice | None, lang_option(lang)] = None,
        demo: Annotated[bool, demo_option(lang)] = False,
    ) -> None:
        session = session_for(ctx, home=home, lang=lang_choice, demo=demo)
        with reported(session):
            _show_history(session, as_json=as_json)

    @app.command(help=t(Msg.HELP_UNDO, lang))
    def undo(
        ctx: typer.Context,
        home: Annotated[str | None, home_option(lang)] = None,
        lang_choice: Annotated[LangChoice | None, lang_option(lang)] = None,
        demo: Annotated[bool, demo_option(lang)] = False,
    ) -> None:
        session = session_for(ctx, home=home, lang=lang_choice, demo=demo)
        with reported(session):
            from steuncirkel.history import pick_undo
            from steuncirkel.render.history import describe

            store = session.store()
            pick_undo(store.history.versions())  # nothing to undo: refused before the lock
            try:
                done = store.restore(pick_undo)
            except _DAMAGED:
                if not os.path.lexists(store.path):
                    raise
                say(Msg.UNDO_DAMAGED, session.lang, path=store.path)
                raise typer.Exit(EXIT_REFUSED) from None
            session.settle_lang(done.circle)
            say(Msg.UNDO_DONE, session.lang, change=describe(done.version.note, session.lang))
            say(Msg.NEXT_SHOW, session.lang)

    @app.command(help=t(Msg.HELP_RESTORE, lang))
    def restore(
        ctx: typer.Context,
        number: Annotated[
            int,
            typer.Argument(
                help=t(Msg.HELP_RESTORE_NUMBER, lang),
                show_default=False,
                metavar=t(Msg.METAVAR_NUMBER, lang),
                parser=whole_number(lang, Msg.RESTORE_NOT_A_NUMBER),
            ),
        ],
        yes: Annotated[
            bool, typer.Option("--yes", "-y", help=t(Msg.HELP_RESTORE_YES, lang))
        ] = False,
        home: Annotated[str | None, home_option(lang)] = None,
        lang_choice: Annotated[LangChoice | None, lang_option(lang)] = None,
        demo: Annotated[bool, demo_option(lang)] = False,
    ) -> None:
        session = session_for(ctx, home=home, lang=lang_choice, demo=demo)
        with reported(session):
            from steuncirkel.history import find_number, pick_seq
            from steuncirkel.render.history import when

            store = session.store()
            # A number that is not listed is refused before asking or locking anything.
            version = find_number(store.history.versions(), number)
            # The version is then picked by its place in the order of writes, so a
            # write in between (while the question waits) cannot shift the number.
            pick = pick_seq(version.seq, number)
            try:  # the store is read (once) under the lock; a damaged one is refused
                done = store.restore(pick, set_aside_damaged=yes)
            except _DAMAGED:
                if yes or not os.path.lexists(store.path):
                    raise
                _ask_to_set_aside(session, store.path, number, when(version.saved, session.lang))
                done = store.restore(pick, set_aside_damaged=True)
            session.settle_lang(done.circle)
            moment = when(done.version.saved, session.lang)
            if done.aside is not None:
                say(
                    Msg.RESTORE_DONE_ASIDE,
                    session.lang,
                    number=number,
                    when=moment,
                    aside=done.aside,
                )
            elif done.kept:
                say(Msg.RESTORE_DONE, session.lang, number=number, when=moment)
            else:
                say(Msg.RESTORE_DONE_FRESH, session.lang, number=number, when=moment)
            say(Msg.NEXT_SHOW, session.lang)
