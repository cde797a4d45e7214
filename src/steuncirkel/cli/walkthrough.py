"""``steuncirkel add`` without a name, on a terminal: a few short questions.

Each finished entry is saved at once, so nothing typed is lost when the user stops
later; Ctrl-C or end of input in the middle of an entry saves nothing of that entry.
Questions go to stderr, answers come from stdin.
"""

from __future__ import annotations

import functools
import sys
from typing import TYPE_CHECKING, TypeVar

import typer

from steuncirkel import input_rules, operations
from steuncirkel.base.errors import EXIT_REFUSED, InputRefused
from steuncirkel.base.i18n import Msg, t
from steuncirkel.base.textsafety import visible
from steuncirkel.base.vocab import CRISIS_MAX, Kind, is_visited
from steuncirkel.cli.common import Session, say, say_added
from steuncirkel.history import added_note

if TYPE_CHECKING:
    from collections.abc import Callable

    from steuncirkel.base.circleview import CircleLike
    from steuncirkel.store import Store

__all__ = ["Asker", "walk"]

T = TypeVar("T")


class Asker:
    """Asks one question at a time on stderr and reads the answer from stdin."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def line(self, question: str) -> str:
        sys.stderr.write(question + " ")
        sys.stderr.flush()
        answer = sys.stdin.readline()
        if not answer:
            raise EOFError
        return answer.rstrip("\r\n")

    def checked(self, question: str, check: Callable[[str], T]) -> T:
        """Ask until ``check`` accepts the answer; its refusal is shown in between."""
        while True:
            answer = self.line(question)
            try:
                return check(answer)
            except InputRefused as exc:
                say(exc.msg, self.session.lang, **exc.params)

    def confirm(self, question: str) -> bool:
        """A yes before something is given up or replaced: no answer (Enter, or the end
        of input) is no."""
        try:
            return self.yes_no(question, default=False)
        except EOFError:
            sys.stderr.write("\n")
            return False

    def yes_no_keep(self, question: str, current: bool | None) -> bool | None:
        """A yes/no question whose Enter keeps ``current`` (which may be unknown); the
        prompt says what Enter keeps."""
        lang = self.session.lang
        yes = t(Msg.WALK_YES_LETTERS, lang).split(",")
        no = t(Msg.WALK_NO_LETTERS, lang).split(",")
        kept = {True: Msg.EDIT_ANSWER_YES, False: Msg.EDIT_ANSWER_NO, None: Msg.EDIT_ANSWER_UNKNOWN}
        hint = t(Msg.EDIT_YES_NO_KEEP, lang, current=t(kept[current], lang))
        while True:
            answer = self.line(f"{question} {hint}").strip().casefold()
            if answer in yes:
                return True
            if answer in no:
                return False
            if not answer:
                return current
            say(Msg.WALK_ANSWER_YES_NO, lang)

    def yes_no(self, question: str, *, default: bool | None = None) -> bool:
        lang = self.session.lang
        yes = t(Msg.WALK_YES_LETTERS, lang).split(",")
        no = t(Msg.WALK_NO_LETTERS, lang).split(",")
        while True:
            answer = self.line(f"{question} {t(Msg.WALK_YES_NO, lang)}").strip().casefold()
            if answer in yes:
                return True
            if answer in no:
                return False
            if not answer and default is not None:
                return default
            say(Msg.WALK_ANSWER_YES_NO, lang)


def _ask_entry(ask: Asker, circle: CircleLike) -> operations.EntryDraft:
    lang = ask.session.lang

    name = ask.checked(
        t(Msg.WALK_ASK_NAME, lang) + ":", lambda raw: operations.new_name(circle, raw)
    )
    shown = visible(name)
    kind = ask.checked(
        t(Msg.WALK_ASK_KIND, lang),
        lambda raw: input_rules.parse_kind(raw) if raw.strip() else Kind.PERSON,
    )
    place = is_visited(kind)
    relation = listens = practical = None
    if not place:  # the same rule as add: a place does not listen or help, you go there
        relation = ask.checked(
            t(Msg.WALK_ASK_RELATION, lang, name=shown),
            lambda raw: input_rules.clean_text(raw, Msg.FIELD_RELATION),
        )
        listens = ask.yes_no(t(Msg.WALK_ASK_LISTENS, lang, name=shown), default=False)
        practical = ask.yes_no(t(Msg.WALK_ASK_PRACTICAL, lang, name=shown), default=False)
    crisis = False
    if operations.crisis_is_full(circle):
        say(Msg.WALK_CRISIS_FULL, lang, max=CRISIS_MAX, name=name)
    else:
        crisis = ask.yes_no(t(Msg.WALK_ASK_CRISIS, lang, name=shown), default=False)
    country = circle.settings.country

    def check_phone(raw: str) -> str | None:
        return raw if input_rules.clean_phone(raw, country) else None

    phone = None
    if not place:
        phone = ask.checked(t(Msg.WALK_ASK_PHONE, lang, name=shown) + ":", check_phone)
    reach_field = Msg.FIELD_WHERE if place else Msg.FIELD_AVAILABLE
    reach_question = Msg.WALK_ASK_REACH_PLACE if place else Msg.WALK_ASK_REACH
    reach = ask.checked(
        t(reach_question, lang, name=shown), lambda raw: input_rules.clean_text(raw, reach_field)
    )
    return operations.EntryDraft(
        name=name,
        kind=kind,
        listens=bool(listens),
        practical=bool(practical),
        crisis=crisis,
        phone=phone,
        relation=relation,
        where=reach if place else None,
        available=None if place else reach,
    )


def walk(session: Session, store: Store) -> None:
    """Ask for entries until the user is done; save each one as soon as it is complete."""
    ask = Asker(session)
    circle = store.load()
    session.settle_lang(circle)
    say(Msg.WALK_INTRO, session.lang)
    saved = 0
    try:
        while True:
            draft = _ask_entry(ask, circle)
            now = session.context.now()
            circle = store.update(
                functools.partial(operations.add_entry, draft=draft, now=now),
                added_note,
            )
            saved += 1
            say_added(circle, session.lang)
            try:
                again = ask.yes_no(t(Msg.WALK_ASK_ANOTHER, session.lang), default=False)
            except EOFError:
                again = False
            if not again:
                break
    except (KeyboardInterrupt, EOFError):
        sys.stderr.write("\n")
        say(Msg.STOPPED_SAVED_KEPT if saved else Msg.STOPPED_NOTHING_CHANGED, session.lang)
        raise typer.Exit(EXIT_REFUSED) from None
    say(Msg.WALK_DONE, session.lang)
