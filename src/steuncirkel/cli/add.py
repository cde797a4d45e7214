"""``steuncirkel add``: put a person, place, professional or group in the circle."""

# No `from __future__ import annotations`: Typer reads the annotations at run time.

import sys
from typing import Annotated

import typer

from steuncirkel import input_rules, operations
from steuncirkel.base.errors import EXIT_USAGE
from steuncirkel.base.i18n import Lang, Msg, t
from steuncirkel.base.vocab import Kind
from steuncirkel.cli.common import LangChoice, reported, say, say_added, session_for
from steuncirkel.cli.options import demo_option, home_option, lang_option

__all__ = ["register", "stdin_is_interactive"]


def stdin_is_interactive() -> bool:
    """True when a person can answer questions (stdin is a terminal)."""
    return sys.stdin is not None and sys.stdin.isatty()


def register(app: typer.Typer, lang: Lang) -> None:
    """Add the ``add`` command to ``app``, with help in ``lang``."""

    @app.command(help=t(Msg.HELP_ADD, lang))
    def add(
        ctx: typer.Context,
        name: Annotated[
            str | None,
            typer.Argument(
                help=t(Msg.HELP_ADD_NAME, lang),
                show_default=False,
                metavar=t(Msg.CLICK_NAME_METAVAR, lang),
            ),
        ] = None,
        kind: Annotated[
            str | None,
            typer.Option(
                "--kind",
                help=t(Msg.HELP_ADD_KIND, lang),
                show_default=False,
                metavar=t(Msg.METAVAR_KIND, lang),
            ),
        ] = None,
        listens: Annotated[
            bool, typer.Option("--listens", help=t(Msg.HELP_ADD_LISTENS, lang))
        ] = False,
        practical: Annotated[
            bool, typer.Option("--practical", help=t(Msg.HELP_ADD_PRACTICAL, lang))
        ] = False,
        crisis: Annotated[
            bool, typer.Option("--crisis", help=t(Msg.HELP_ADD_CRISIS, lang))
        ] = False,
        phone: Annotated[
            str | None,
            typer.Option(
                "--phone",
                help=t(Msg.HELP_ADD_PHONE, lang),
                show_default=False,
                metavar=t(Msg.METAVAR_PHONE, lang),
            ),
        ] = None,
        email: Annotated[
            str | None,
            typer.Option(
                "--email",
                help=t(Msg.HELP_ADD_EMAIL, lang),
                show_default=False,
                metavar=t(Msg.METAVAR_EMAIL, lang),
            ),
        ] = None,
        where: Annotated[
            str | None,
            typer.Option(
                "--where",
                help=t(Msg.HELP_ADD_WHERE, lang),
                show_default=False,
                metavar=t(Msg.METAVAR_TEXT, lang),
            ),
        ] = None,
        relation: Annotated[
            str | None,
            typer.Option(
                "--relation",
                help=t(Msg.HELP_ADD_RELATION, lang),
                show_default=False,
                metavar=t(Msg.METAVAR_TEXT, lang),
            ),
        ] = None,
        available: Annotated[
            str | None,
            typer.Option(
                "--available",
                help=t(Msg.HELP_ADD_AVAILABLE, lang),
                show_default=False,
                metavar=t(Msg.METAVAR_TEXT, lang),
            ),
        ] = None,
        note: Annotated[
            str | None,
            typer.Option(
                "--note",
                help=t(Msg.HELP_ADD_NOTE, lang),
                show_default=False,
                metavar=t(Msg.METAVAR_TEXT, lang),
            ),
        ] = None,
        home: Annotated[str | None, home_option(lang)] = None,
        lang_choice: Annotated[LangChoice | None, lang_option(lang)] = None,
        demo: Annotated[bool, demo_option(lang)] = False,
    ) -> None:
        session = session_for(ctx, home=home, lang=lang_choice, demo=demo)
        with reported(session):
            if name is None:
                if not stdin_is_interactive():
                    say(Msg.NAME_REQUIRED, session.lang)
                    raise typer.Exit(EXIT_USAGE)
                from steuncirkel.cli.walkthrough import walk

                walk(session, session.store())
                return
            draft = operations.EntryDraft(
                name=name,
                kind=_kind_or_refuse(kind),
                listens=listens,
                practical=practical,
                crisis=crisis,
                phone=phone,
                email=email,
                where=where,
                relation=relation,
                available=available,
                note=note,
            )
            store = session.store()
            now = session.context.now()
            saved = store.update(lambda circle: operations.add_entry(circle, draft, now))
            session.settle_lang(saved)
            say_added(saved, session.lang)
            say(Msg.NEXT_SHOW, session.lang)


def _kind_or_refuse(raw: str | None) -> Kind:
    """The kind from ``--kind`` (English or Dutch word); unknown words are refused (exit 1)."""
    return Kind.PERSON if raw is None else input_rules.parse_kind(raw)
