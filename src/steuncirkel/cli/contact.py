"""``steuncirkel contact NAME``: note that the user was in touch today."""

# No `from __future__ import annotations`: Typer reads the annotations at run time.

from typing import Annotated

import typer

from steuncirkel.base.i18n import Lang, Msg, t, written_date
from steuncirkel.cli.common import LangChoice, reported, say, session_for
from steuncirkel.cli.options import demo_option, home_option, lang_option, text_option

__all__ = ["register"]


def register(app: typer.Typer, lang: Lang) -> None:
    """Add the ``contact`` command to ``app``, with help in ``lang``."""

    @app.command(help=t(Msg.HELP_CONTACT, lang))
    def contact(
        ctx: typer.Context,
        name: Annotated[
            str,
            typer.Argument(
                help=t(Msg.HELP_EDIT_NAME, lang),
                show_default=False,
                metavar=t(Msg.CLICK_NAME_METAVAR, lang),
            ),
        ],
        note: Annotated[str | None, text_option("--note", lang, Msg.HELP_CONTACT_NOTE)] = None,
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
            now = session.context.now()
            stored: list[str] = []  # the name as the store has it, found under the lock

            def note_contact(circle: CircleView) -> CircleView:
                entry = edits.find_entry(circle, name)  # once: 100,000 names
                stored.append(entry.name)
                return edits.record_contact(circle, name, note, now, entry.id)

            saved = store.update(
                note_contact, lambda _before, _after: ChangeNote("contacted", name=stored[-1])
            )
            session.settle_lang(saved)
            day = written_date(session.context.today(), session.lang)
            say(Msg.CONTACTED, session.lang, name=stored[-1], date=day)
