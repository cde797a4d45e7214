"""``steuncirkel remove NAME``: take someone out of the circle, after a yes."""

# No `from __future__ import annotations`: Typer reads the annotations at run time.

from typing import Annotated

import typer

from steuncirkel.base.errors import EXIT_REFUSED
from steuncirkel.base.i18n import Lang, Msg, t
from steuncirkel.base.textsafety import shell_word, visible
from steuncirkel.cli import common
from steuncirkel.cli.common import LangChoice, reported, say, session_for
from steuncirkel.cli.options import demo_option, home_option, lang_option, yes_option

__all__ = ["register"]


def register(app: typer.Typer, lang: Lang) -> None:
    """Add the ``remove`` command to ``app``, with help in ``lang``."""

    @app.command(help=t(Msg.HELP_REMOVE, lang))
    def remove(
        ctx: typer.Context,
        name: Annotated[
            str,
            typer.Argument(
                help=t(Msg.HELP_EDIT_NAME, lang),
                show_default=False,
                metavar=t(Msg.CLICK_NAME_METAVAR, lang),
            ),
        ],
        yes: Annotated[bool, yes_option(lang)] = False,
        home: Annotated[str | None, home_option(lang)] = None,
        lang_choice: Annotated[LangChoice | None, lang_option(lang)] = None,
        demo: Annotated[bool, demo_option(lang)] = False,
    ) -> None:
        session = session_for(ctx, home=home, lang=lang_choice, demo=demo)
        with reported(session):
            from steuncirkel import edits
            from steuncirkel.base.circleview import CircleView
            from steuncirkel.history import ChangeNote

            store = session.store()
            confirmed: str | None = None  # the id of the entry the user said yes to
            if not yes:
                entry = edits.find_entry(session.read(), name)  # asked about by its name
                if not common.stdin_is_interactive():
                    say(Msg.REMOVE_NEEDS_YES, session.lang, quoted=shell_word(entry.name))
                    raise typer.Exit(EXIT_REFUSED)
                from steuncirkel.cli.walkthrough import Asker

                question = t(Msg.REMOVE_ASK, session.lang, name=visible(entry.name))
                if not Asker(session).confirm(question):
                    say(Msg.REMOVE_KEPT, session.lang, name=entry.name)
                    raise typer.Exit(EXIT_REFUSED)
                confirmed = entry.id  # under the lock: exactly this one, or nobody
            gone: list[str] = []

            def remove_it(circle: CircleView) -> CircleView:
                entry = edits.find_entry(circle, name, confirmed)  # once: 100,000 names
                gone.append(entry.name)
                return edits.remove_entry(circle, name, entry.id)

            saved = store.update(
                remove_it, lambda _before, _after: ChangeNote("removed", name=gone[-1])
            )
            session.settle_lang(saved)
            say(Msg.REMOVED, session.lang, name=gone[-1])
