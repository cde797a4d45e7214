"""``steuncirkel edit NAME``: change someone in the circle, by options or field by field."""

# No `from __future__ import annotations`: Typer reads the annotations at run time.

import sys
from typing import Annotated

import typer

from steuncirkel.base.errors import EXIT_REFUSED, EXIT_USAGE
from steuncirkel.base.i18n import Lang, Msg, t
from steuncirkel.base.textsafety import shell_word
from steuncirkel.cli import common
from steuncirkel.cli.common import LangChoice, Session, reported, say, session_for
from steuncirkel.cli.options import (
    demo_option,
    flag_option,
    home_option,
    lang_option,
    text_option,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from steuncirkel.base.circleview import CircleView, EntryLike
    from steuncirkel.edits import EntryEdit

__all__ = ["register"]


def register(app: typer.Typer, lang: Lang) -> None:
    """Add the ``edit`` command to ``app``, with help in ``lang``."""

    @app.command(help=t(Msg.HELP_EDIT, lang))
    def edit(
        ctx: typer.Context,
        name: Annotated[
            str,
            typer.Argument(
                help=t(Msg.HELP_EDIT_NAME, lang),
                show_default=False,
                metavar=t(Msg.CLICK_NAME_METAVAR, lang),
            ),
        ],
        new_name: Annotated[str | None, text_option("--name", lang, Msg.HELP_EDIT_NEW_NAME)] = None,
        kind: Annotated[
            str | None, text_option("--kind", lang, Msg.HELP_ADD_KIND, Msg.METAVAR_KIND)
        ] = None,
        listens: Annotated[
            bool | None, flag_option("--listens/--no-listens", lang, Msg.HELP_EDIT_LISTENS)
        ] = None,
        practical: Annotated[
            bool | None,
            flag_option("--practical/--no-practical", lang, Msg.HELP_EDIT_PRACTICAL),
        ] = None,
        crisis: Annotated[
            bool | None, flag_option("--crisis/--no-crisis", lang, Msg.HELP_EDIT_CRISIS)
        ] = None,
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
            from steuncirkel import edits
            from steuncirkel.input_rules import parse_kind

            change = edits.EntryEdit(
                name=new_name,
                kind=None if kind is None else parse_kind(kind),
                listens=listens,
                practical=practical,
                crisis=crisis,
                knows=knows,
                phone=phone,
                email=email,
                where=where,
                relation=relation,
                available=available,
                note=note,
            )
            if change.is_empty():
                session.store()  # the demo refuses before anything is asked
                if not common.stdin_is_interactive():
                    say(Msg.EDIT_NEEDS_OPTIONS, session.lang, quoted=shell_word(name.strip()))
                    raise typer.Exit(EXIT_USAGE)
                from steuncirkel.cli.editwalk import ask_edit

                circle = session.read()
                entry = edits.find_entry(circle, name)
                try:
                    change = ask_edit(session, circle, entry)
                except EOFError:  # input ended before the last answer: nothing saved
                    sys.stderr.write("\n")
                    say(Msg.STOPPED_NOTHING_CHANGED, session.lang)
                    raise typer.Exit(EXIT_REFUSED) from None
                # Saved by id: the entry the user saw, even if renamed meanwhile; and
                # only the answers that changed something, so a change made elsewhere
                # while the questions waited is not undone by an Enter.
                _save(session, name, change, entry.id)
                return
            _save(session, name, change)


def _save(session: Session, typed: str, change: "EntryEdit", entry_id: str | None = None) -> None:
    from steuncirkel import edits
    from steuncirkel.history import ChangeNote

    store = session.store()
    now = session.context.now()
    found: dict[str, EntryLike] = {}

    def edit(circle: "CircleView") -> "CircleView":
        entry = edits.find_entry(circle, typed, entry_id)  # refuses one not there
        found["before"] = entry
        return edits.edit_entry(circle, typed, change, now, entry.id)

    def note(before: "CircleView", after: "CircleView") -> ChangeNote:
        old = found["before"]
        new = next(e for e in after.entries if e.id == old.id)
        if new.name != old.name:
            return ChangeNote("renamed", name=new.name, old_name=old.name)
        return ChangeNote("edited", name=new.name)

    saved = store.update(edit, note)
    session.settle_lang(saved)
    old = found["before"]
    after = next((e for e in saved.entries if e.id == old.id), None)
    if after is None or after == old:
        say(Msg.EDIT_UNCHANGED, session.lang)
        return
    say(Msg.EDITED, session.lang, name=after.name)
    say(Msg.NEXT_SHOW, session.lang)
