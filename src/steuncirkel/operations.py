"""Domain operations on a circle: pure functions from a circle to a new circle.

A circle is the models (``models.Circle``) or the checked store read without them
(``base/circleview.py``); what an operation changes or adds is a model, which the store
checks before it writes (``store.py``).

Nothing here reads files, prints or knows about Typer; the CLI calls these inside a
store transaction and hands the result to a renderer.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from steuncirkel import input_rules
from steuncirkel.base.availability import parse_available
from steuncirkel.base.errors import CrisisListFull, DuplicateName, InputRefused
from steuncirkel.base.i18n import Msg
from steuncirkel.base.vocab import (
    CRISIS_MAX,
    NUDGE_WEEKS_MAX,
    Country,
    Kind,
    Role,
    is_visited,
)
from steuncirkel.models import Entry, as_settings

if TYPE_CHECKING:
    from datetime import datetime

    from steuncirkel.base.circleview import C, CircleLike, EntryLike

__all__ = [
    "EntryDraft",
    "add_entry",
    "check_kind_roles",
    "crisis_is_full",
    "find_by_name",
    "new_name",
    "update_settings",
]


@dataclass(frozen=True)
class EntryDraft:
    """What the user asked to add, as typed (not yet checked)."""

    name: str
    kind: Kind = Kind.PERSON
    listens: bool = False
    practical: bool = False
    crisis: bool = False
    phone: str | None = None
    email: str | None = None
    where: str | None = None
    relation: str | None = None
    available: str | None = None
    note: str | None = None
    knows: bool | None = None


def find_by_name(circle: CircleLike, name: str) -> EntryLike | None:
    """The entry whose name equals ``name`` after normalisation, if any."""
    key = input_rules.name_key(name)
    return next((e for e in circle.entries if input_rules.name_key(e.name) == key), None)


def new_name(circle: CircleLike, raw: str) -> str:
    """``raw`` cleaned as a name for a new entry; refused if empty, bad or taken."""
    name = input_rules.clean_name(raw)
    if (existing := find_by_name(circle, name)) is not None:
        raise DuplicateName(Msg.DUPLICATE_NAME, name=existing.name)
    return name


def check_kind_roles(kind: Kind, *, listens: bool, practical: bool, editing: bool = False) -> None:
    """Refuse a place that listens or helps practically: a place is somewhere you go.
    ``editing``: the refusal names the options of ``edit`` that take the roles away."""
    if is_visited(kind) and (listens or practical):
        raise InputRefused(Msg.PLACE_ROLES_EDIT if editing else Msg.PLACE_ROLES)


def make_entry(circle: CircleLike, draft: EntryDraft, now: datetime) -> Entry:
    """Check ``draft`` against the rules and the circle; return the entry to store.

    Raises ``InputRefused`` (or a subclass) with the first problem found.
    """
    name = new_name(circle, draft.name)
    check_kind_roles(draft.kind, listens=draft.listens, practical=draft.practical)
    phone = input_rules.clean_phone(draft.phone, circle.settings.country)
    email = input_rules.clean_email(draft.email)
    where = input_rules.clean_text(draft.where, Msg.FIELD_WHERE)
    relation = input_rules.clean_text(draft.relation, Msg.FIELD_RELATION)
    available = input_rules.clean_text(draft.available, Msg.FIELD_AVAILABLE)
    windows = parse_available(available) if available else None
    note = input_rules.clean_text(draft.note, Msg.FIELD_NOTE)
    if draft.crisis and crisis_is_full(circle):
        raise CrisisListFull(Msg.CRISIS_LIST_FULL, max=CRISIS_MAX, name=name)
    roles = [
        role
        for role, wanted in (
            (Role.LISTENS, draft.listens),
            (Role.PRACTICAL, draft.practical),
            (Role.CRISIS, draft.crisis),
        )
        if wanted
    ]
    return Entry(
        id=uuid.uuid4().hex,
        name=name,
        kind=draft.kind,
        roles=roles,
        phone=phone.e164 if phone else None,
        phone_display=phone.display if phone else None,
        email=email,
        where=where,
        relation=relation,
        available=available,
        available_windows=windows,
        note=note,
        knows=draft.knows,
        created=now,
        updated=now,
    )


def crisis_is_full(circle: CircleLike) -> bool:
    """True when the crisis list already holds its maximum."""
    return len(circle.crisis_list()) >= CRISIS_MAX


def add_entry(circle: C, draft: EntryDraft, now: datetime) -> C:
    """Return a new circle with the entry of ``draft`` added (last on the crisis list)."""
    entry = make_entry(circle, draft, now)
    order = [e.id for e in circle.crisis_list()]
    if entry.has(Role.CRISIS):
        order.append(entry.id)
    return circle.model_copy(update={"entries": [*circle.entries, entry], "crisis_order": order})


def update_settings(
    circle: C,
    *,
    country: Country | None = None,
    lang: str | None = None,
    name: str | None = None,
    nudge_weeks: int | None = None,
) -> C:
    """Return a circle with the given settings changed; ``name=""`` clears the name."""
    changes: dict[str, Any] = {}
    if nudge_weeks is not None:
        if not 0 <= nudge_weeks <= NUDGE_WEEKS_MAX:
            raise InputRefused(Msg.NUDGE_WEEKS_RANGE, max=NUDGE_WEEKS_MAX)
        changes["nudge_weeks"] = nudge_weeks
    if country is not None:
        changes["country"] = country
    if lang is not None:
        changes["lang"] = lang
    if name is not None:
        changes["name"] = input_rules.clean_name(name) if name.strip() else None
    settings = as_settings(circle.settings).model_copy(update=changes)
    return circle.model_copy(update={"settings": settings})
