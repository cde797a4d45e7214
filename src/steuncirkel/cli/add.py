"""``steuncirkel add``: put a person, place, professional or group in the circle."""

# No `from __future__ import annotations`: Typer reads the annotations at run time.

from typing import Annotated

import typer

from steuncirkel.base.errors import EXIT_USAGE
from steuncirkel.base.i18n import Lang, Msg, t
from steuncirkel.base.vocab import Kind
from steuncirkel.cli import common
from steuncirkel.cli.common import LangChoice, reported, say, say_added, session_for
from steuncirkel.cli.options import (
    demo_option,
    flag_option,
    home_option,
    lang_option,
    text_option,
)

__all__ = ["register"]


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
            str | None, text_option("--kind", lang, Msg.HELP_ADD_KIND, Msg.METAVAR_KIND)
        ] = None,
        listens: Annotated[bool, flag_option("--listens", lang, Msg.HELP_ADD_LISTENS)] = False,
        practical: Annotated[
            bool, flag_option("--practical", lang, Msg.HELP_ADD_PRACTICAL)
        ] = False,
        crisis: Annotated[bool, flag_option("--crisis", lang, Msg.HELP_ADD_CRISIS)] = False,
        knows: Annotated[
            bool | None, flag_option("--knows/--no-knows", lang, Msg.HELP_ADD_KNOWS)
        ] = None,
        phone: Annotated[
            str | None, text_option("--phone", lang, Msg.HELP_ADD_PHONE, Msg.METAVAR_PHONE)
        ] = None,
        email: Annotated[
            str | None, text_option("--email", lang, Msg.HELP_ADD_EMAIL, Msg.METAVAR_EMAIL)
        ] = None,
        where: Annotated[str | None, text_option("--where", lang, Msg.HELP_ADD_WHERE)] = None,
        relation: Annotated[
            str | None, text_option("--relation", lang, Msg.HELP_ADD_RELATION)
        ] = None,
        available: Annotated[
            str | None, text_option("--available", lang, Msg.HELP_ADD_AVAILABLE)
        ] = None,
        note: Annotated[str | None, text_option("--note", lang, Msg.HELP_ADD_NOTE)] = None,
        home: Annotated[str | None, home_option(lang)] = None,
        lang_choice: Annotated[LangChoice | None, lang_option(lang)] = None,
        demo: Annotated[bool, demo_option(lang)] = False,
    ) -> None:
        session = session_for(ctx, home=home, lang=lang_choice, demo=demo)
        with reported(session):
            from steuncirkel import operations
            from steuncirkel.history import added_note

            if name is None:
                if not common.stdin_is_interactive():
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
                knows=knows,
            )
            store = session.store()
            now = session.context.now()
            saved = store.update(
                lambda circle: operations.add_entry(circle, draft, now),
                added_note,
            )
            session.settle_lang(saved)
            say_added(saved, session.lang)
            say(Msg.NEXT_SHOW, session.lang)


def _kind_or_refuse(raw: str | None) -> Kind:
    """The kind from ``--kind`` (English or Dutch word); unknown words are refused (exit 1)."""
    from steuncirkel import input_rules

    return Kind.PERSON if raw is None else input_rules.parse_kind(raw)
