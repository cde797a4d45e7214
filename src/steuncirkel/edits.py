"""Changing what is already in the circle: find an entry by name, edit, remove, reorder
the crisis list, note a contact.

Pure functions from a circle to a new circle, like ``operations.py``; the CLI runs them
inside a store transaction. A name is found forgivingly (the comparison form of the
uniqueness rule) but acted on only when it matches exactly; otherwise the refusal
suggests the nearest names and nothing changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from steuncirkel import input_rules
from steuncirkel.base.availability import parse_available
from steuncirkel.base.errors import CrisisListFull, InputRefused, NameNotFound
from steuncirkel.base.i18n import Msg
from steuncirkel.base.spelling import within
from steuncirkel.base.textsafety import shell_word
from steuncirkel.base.vocab import CONTACTS_KEPT, CRISIS_MAX, Kind, Role
from steuncirkel.models import Contact, as_entry
from steuncirkel.operations import check_kind_roles, crisis_is_full, find_by_name, new_name

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from steuncirkel.base.circleview import C, CircleLike, EntryLike

__all__ = [
    "EntryEdit",
    "edit_entry",
    "find_entry",
    "nearest_names",
    "order_crisis",
    "record_contact",
    "remove_entry",
    "renamed",
]

SUGGESTIONS_SHOWN = 3


def nearest_names(circle: CircleLike, typed: str) -> list[str]:
    """The names ``typed`` may have meant, nearest first: names it is the start of
    ("Anna" for "Anna de Vries"), then names a slip away ("Ana de Vries")."""
    key = input_rules.name_key(typed)
    if not key:
        return []
    starts: list[str] = []
    close: list[tuple[int, str]] = []
    allowed = 1 if len(key) <= 4 else 2 if len(key) <= 10 else 3
    for entry in circle.entries:
        other = input_rules.name_key(entry.name)
        if other.startswith(key) or any(word.startswith(key) for word in other.split()):
            starts.append(entry.name)
        elif (gap := within(key, other, allowed)) is not None:
            close.append((gap, entry.name))
    close.sort(key=lambda pair: pair[0])
    return [*starts, *(name for _, name in close)][:SUGGESTIONS_SHOWN]


def find_entry(circle: CircleLike, typed: str, entry_id: str | None = None) -> EntryLike:
    """The entry named ``typed`` (trimmed, case- and form-insensitive), or refuse with
    the nearest names: never act on a name that was not given exactly.

    With ``entry_id`` (an entry the user already saw and confirmed, before the lock)
    exactly that entry, by its id, under whatever name it now has; refused when it is
    gone.
    """
    if entry_id is not None:
        entry = next((e for e in circle.entries if e.id == entry_id), None)
    elif not typed.strip():
        raise InputRefused(Msg.NAME_EMPTY)
    else:
        entry = find_by_name(circle, typed)
    if entry is not None:
        return entry
    shown = typed.strip()[: input_rules.NAME_MAX] or typed
    nearest = nearest_names(circle, typed)
    if nearest:
        raise NameNotFound(Msg.NAME_NOT_FOUND_NEAR, name=shown, nearest=nearest)
    raise NameNotFound(Msg.NAME_NOT_FOUND, name=shown)


@dataclass(frozen=True)
class EntryEdit:
    """What the user asked to change, as typed; ``None`` leaves a field as it is and an
    empty text clears it."""

    name: str | None = None
    kind: Kind | None = None
    listens: bool | None = None
    practical: bool | None = None
    crisis: bool | None = None
    knows: bool | None = None
    phone: str | None = None
    email: str | None = None
    where: str | None = None
    relation: str | None = None
    available: str | None = None
    note: str | None = None

    def is_empty(self) -> bool:
        """True when nothing at all was asked."""
        return all(value is None for value in self.__dict__.values())


_TEXT_FIELDS = (
    ("where", Msg.FIELD_WHERE),
    ("relation", Msg.FIELD_RELATION),
    ("available", Msg.FIELD_AVAILABLE),
    ("note", Msg.FIELD_NOTE),
)


def renamed(circle: CircleLike, entry: EntryLike, raw: str) -> str:
    """``raw`` cleaned as the new name of ``entry``: the rules of a new name, and the
    same name in another case or spelling form is allowed (not a duplicate)."""
    cleaned = input_rules.clean_name(raw)
    if input_rules.name_key(cleaned) == input_rules.name_key(entry.name):
        return cleaned
    return new_name(circle, cleaned)


def _roles(entry: EntryLike, edit: EntryEdit) -> list[Role]:
    wanted = {
        Role.LISTENS: edit.listens,
        Role.PRACTICAL: edit.practical,
        Role.CRISIS: edit.crisis,
    }
    return [
        role
        for role in (Role.LISTENS, Role.PRACTICAL, Role.CRISIS)
        if (entry.has(role) if wanted[role] is None else wanted[role])
    ]


def edit_entry(
    circle: C, typed: str, edit: EntryEdit, now: datetime, entry_id: str | None = None
) -> C:
    """A circle with the entry named ``typed`` (or with ``entry_id``) changed as
    ``edit`` asks.

    The same rules as a new entry; the id and ``created`` never change. Taking the
    entry off the crisis list takes it out of the order; putting it on puts it last.
    """
    entry = find_entry(circle, typed, entry_id)
    changes: dict[str, Any] = {}
    if edit.name is not None:
        changes["name"] = renamed(circle, entry, edit.name)
    kind = edit.kind or entry.kind
    roles = _roles(entry, edit)
    check_kind_roles(
        kind, listens=Role.LISTENS in roles, practical=Role.PRACTICAL in roles, editing=True
    )
    if edit.kind is not None:
        changes["kind"] = edit.kind
    if edit.phone is not None:
        phone = input_rules.clean_phone(edit.phone, circle.settings.country)
        changes["phone"] = phone.e164 if phone else None
        changes["phone_display"] = phone.display if phone else None
    if edit.email is not None:
        changes["email"] = input_rules.clean_email(edit.email)
    for key, field in _TEXT_FIELDS:
        raw = getattr(edit, key)
        if raw is not None:
            changes[key] = input_rules.clean_text(raw, field)
    if "available" in changes:
        text = changes["available"]
        changes["available_windows"] = parse_available(text) if text else None
    if edit.knows is not None:
        changes["knows"] = edit.knows
    was_on, now_on = entry.has(Role.CRISIS), Role.CRISIS in roles
    if now_on and not was_on and crisis_is_full(circle):
        name = changes.get("name", entry.name)
        raise CrisisListFull(Msg.CRISIS_LIST_FULL_EDIT, max=CRISIS_MAX, name=name)
    changes["roles"] = roles
    if all(getattr(entry, key) == value for key, value in changes.items()):
        return circle  # nothing changes: nothing is written
    changed = as_entry(entry).model_copy(update={**changes, "updated": now})
    order = [e.id for e in circle.crisis_list() if e.id != entry.id or now_on]
    if now_on and not was_on:
        order.append(entry.id)
    entries = [changed if e.id == entry.id else e for e in circle.entries]
    return circle.model_copy(update={"entries": entries, "crisis_order": order})


def remove_entry(circle: C, typed: str, entry_id: str | None = None) -> C:
    """A circle without the entry named ``typed`` (or with ``entry_id``), and without it
    in the crisis order."""
    entry = find_entry(circle, typed, entry_id)
    entries = [e for e in circle.entries if e.id != entry.id]
    order = [e.id for e in circle.crisis_list() if e.id != entry.id]
    return circle.model_copy(update={"entries": entries, "crisis_order": order})


def order_crisis(circle: C, typed: Sequence[str]) -> C:
    """A circle whose crisis list starts with the entries named in ``typed``, in that
    order; the others keep their order after them."""
    crisis = circle.crisis_list()
    on_list = {e.id for e in crisis}
    front: list[str] = []
    for name in typed:
        entry = find_entry(circle, name)
        if entry.id not in on_list:
            raise InputRefused(
                Msg.ORDER_NOT_ON_LIST, name=entry.name, quoted=shell_word(entry.name)
            )
        if entry.id in front:
            raise InputRefused(Msg.ORDER_TWICE, name=entry.name)
        front.append(entry.id)
    order = [*front, *(e.id for e in crisis if e.id not in front)]
    return circle.model_copy(update={"crisis_order": order})


def record_contact(
    circle: C, typed: str, note: str | None, now: datetime, entry_id: str | None = None
) -> C:
    """A circle noting that the user reached out to the entry named ``typed`` (or with
    ``entry_id``) now; the last ``CONTACTS_KEPT`` contacts are kept."""
    entry = as_entry(find_entry(circle, typed, entry_id))
    contact = Contact(at=now, note=input_rules.clean_contact_note(note))
    contacts = [*entry.contacts, contact][-CONTACTS_KEPT:]
    changed = entry.model_copy(update={"contacts": contacts})
    entries = [changed if e.id == entry.id else e for e in circle.entries]
    return circle.model_copy(update={"entries": entries})
