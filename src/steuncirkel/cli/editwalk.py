"""``steuncirkel edit NAME`` without options, on a terminal: field by field.

Each question shows the current value; Enter keeps it and ``-`` clears it. Each answer
is checked at once by the same rules as the options, so a mistake is asked again
instead of refused at the end. Nothing is saved before the last answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from steuncirkel import input_rules
from steuncirkel.base.i18n import Msg, t
from steuncirkel.base.textsafety import visible
from steuncirkel.base.vocab import KIND_LABELS, Role, is_visited
from steuncirkel.cli.common import say
from steuncirkel.cli.walkthrough import Asker
from steuncirkel.edits import EntryEdit, renamed

if TYPE_CHECKING:
    from collections.abc import Callable

    from steuncirkel.base.circleview import CircleLike, EntryLike
    from steuncirkel.cli.common import Session

__all__ = ["CLEAR", "ask_edit"]

CLEAR = "-"  # the answer that empties a field


def ask_edit(session: Session, circle: CircleLike, entry: EntryLike) -> EntryEdit:
    """Ask for each field of ``entry``; the changes as an ``EntryEdit`` (unchanged
    fields stay ``None``)."""
    lang = session.lang
    ask = Asker(session)
    shown = visible(entry.name)
    country = circle.settings.country
    empty = t(Msg.EDIT_EMPTY_VALUE, lang)
    say(Msg.EDIT_INTRO, lang, name=entry.name)

    def text(field: Msg, current: str | None, check: Callable[[str], object]) -> str | None:
        """The new text for a field, or None to keep it ("" clears)."""
        question = t(Msg.EDIT_ASK_FIELD, lang, field=t(field, lang), current=current or empty)

        def answer(raw: str) -> str | None:
            if not raw.strip():
                return None  # keep
            value = "" if raw.strip() == CLEAR else raw
            check(value)
            return value

        return ask.checked(question, answer)

    kind_word = t(KIND_LABELS[entry.kind], lang)
    name = text(Msg.FIELD_NAME, entry.name, lambda raw: renamed(circle, entry, raw))
    kind_raw = ask.checked(
        t(Msg.EDIT_ASK_FIELD, lang, field=t(Msg.FIELD_KIND_WORD, lang), current=kind_word),
        lambda raw: input_rules.parse_kind(raw) if raw.strip() else None,
    )
    kind = kind_raw if kind_raw is not None and kind_raw != entry.kind else None
    place = is_visited(kind or entry.kind)
    relation = text(
        Msg.FIELD_RELATION,
        entry.relation,
        lambda raw: input_rules.clean_text(raw, Msg.FIELD_RELATION),
    )
    phone = text(
        Msg.FIELD_PHONE,
        entry.phone_shown(country),
        lambda raw: input_rules.clean_phone(raw, country),
    )
    email = text(Msg.FIELD_EMAIL, entry.email, input_rules.clean_email)
    where = text(
        Msg.FIELD_WHERE, entry.where, lambda raw: input_rules.clean_text(raw, Msg.FIELD_WHERE)
    )
    available = text(
        Msg.FIELD_AVAILABLE,
        entry.available,
        lambda raw: input_rules.clean_text(raw, Msg.FIELD_AVAILABLE),
    )
    note = text(Msg.FIELD_NOTE, entry.note, lambda raw: input_rules.clean_text(raw, Msg.FIELD_NOTE))
    if name:  # the questions after a new name use it
        shown = visible(input_rules.clean_name(name))
    listens = practical = None
    if not place:  # a place does not listen or help practically: not asked
        listens = ask.yes_no_keep(
            t(Msg.WALK_ASK_LISTENS, lang, name=shown), entry.has(Role.LISTENS)
        )
        practical = ask.yes_no_keep(
            t(Msg.WALK_ASK_PRACTICAL, lang, name=shown), entry.has(Role.PRACTICAL)
        )
    elif entry.has(Role.LISTENS) or entry.has(Role.PRACTICAL):
        listens = practical = False  # becoming a place drops what a place cannot do
    on_list = ask.yes_no_keep(t(Msg.EDIT_ASK_CRISIS, lang, name=shown), entry.has(Role.CRISIS))
    knows = None
    if on_list and not place:
        knows = ask.yes_no_keep(t(Msg.EDIT_ASK_KNOWS, lang, name=shown), entry.knows)
    # An answer that keeps what was there changes nothing (None): a change made
    # elsewhere while these questions waited is then not undone.
    listens = None if listens == entry.has(Role.LISTENS) else listens
    practical = None if practical == entry.has(Role.PRACTICAL) else practical
    crisis = None if on_list == entry.has(Role.CRISIS) else on_list
    knows = None if knows == entry.knows else knows
    return EntryEdit(
        name=name,
        kind=kind,
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
