"""``steuncirkel order NAME...``: put the crisis list in the order the user wants."""

# No `from __future__ import annotations`: Typer reads the annotations at run time.

from typing import Annotated

import typer

from steuncirkel.base.i18n import Lang, Msg, t
from steuncirkel.cli.common import LangChoice, reported, say, session_for
from steuncirkel.cli.options import demo_option, home_option, lang_option

__all__ = ["register"]


def register(app: typer.Typer, lang: Lang) -> None:
    """Add the ``order`` command to ``app``, with help in ``lang``."""

    @app.command(help=t(Msg.HELP_ORDER, lang))
    def order(
        ctx: typer.Context,
        names: Annotated[
            list[str],
            typer.Argument(
                help=t(Msg.HELP_ORDER_NAMES, lang),
                show_default=False,
                metavar=t(Msg.CLICK_NAME_METAVAR, lang) + "...",
            ),
        ],
        home: Annotated[str | None, home_option(lang)] = None,
        lang_choice: Annotated[LangChoice | None, lang_option(lang)] = None,
        demo: Annotated[bool, demo_option(lang)] = False,
    ) -> None:
        session = session_for(ctx, home=home, lang=lang_choice, demo=demo)
        with reported(session):
            from steuncirkel import edits
            from steuncirkel.history import ChangeNote

            store = session.store()
            saved = store.update(
                lambda circle: edits.order_crisis(circle, names), ChangeNote("ordered")
            )
            session.settle_lang(saved)
            shown = ", ".join(f"{n}. {e.name}" for n, e in enumerate(saved.crisis_list(), 1))
            say(Msg.ORDERED, session.lang, order=shown)
