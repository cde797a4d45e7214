"""Domain operations on a circle: pure functions from models to models.

Nothing here reads files, prints or knows about Typer; the CLI calls these inside a
store transaction and hands the result to a renderer.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from steuncirkel import input_rules
from steuncirkel.base.availability import parse_available
from steuncirkel.base.errors import CrisisListFull, DuplicateName, InputRefused
from steuncirkel.base.i18n import Msg
from steuncirkel.base.textsafety import given, shell_word
from steuncirkel.base.vocab import (
    CRISIS_MAX,
    NUDGE_WEEKS_MAX,
    NUDGES_SHOWN,
    Country,
    Kind,
    Role,
    crisis_is_few,
    is_visited,
)
from steuncirkel.models import Circle, Entry

if TYPE_CHECKING:
    from datetime import date, datetime

__all__ = [
    "CRISIS_POINTERS",
    "EntryDraft",
    "Pointer",
    "PrintView",
    "ShowView",
    "add_entry",
    "check_kind_roles",
    "crisis_is_full",
    "find_by_name",
    "last_contact",
    "new_name",
    "pointers",
    "print_view",
    "show_view",
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


@dataclass(frozen=True)
class Pointer:
    """A gentle pointer at a gap in the circle: a message key and its parameters, and
    the id of the entry it is about (None for the circle as a whole)."""

    msg: Msg
    params: dict[str, Any] = field(default_factory=dict)
    entry: str | None = None


def find_by_name(circle: Circle, name: str) -> Entry | None:
    """The entry whose name equals ``name`` after normalisation, if any."""
    key = input_rules.name_key(name)
    return next((e for e in circle.entries if input_rules.name_key(e.name) == key), None)


def new_name(circle: Circle, raw: str) -> str:
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


def make_entry(circle: Circle, draft: EntryDraft, now: datetime) -> Entry:
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


def crisis_is_full(circle: Circle) -> bool:
    """True when the crisis list already holds its maximum."""
    return len(circle.crisis_list()) >= CRISIS_MAX


def add_entry(circle: Circle, draft: EntryDraft, now: datetime) -> Circle:
    """Return a new circle with the entry of ``draft`` added (last on the crisis list)."""
    entry = make_entry(circle, draft, now)
    order = [e.id for e in circle.crisis_list()]
    if entry.has(Role.CRISIS):
        order.append(entry.id)
    return circle.model_copy(update={"entries": [*circle.entries, entry], "crisis_order": order})


def update_settings(
    circle: Circle,
    *,
    country: Country | None = None,
    lang: str | None = None,
    name: str | None = None,
    nudge_weeks: int | None = None,
) -> Circle:
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
    settings = circle.settings.model_copy(update=changes)
    return circle.model_copy(update={"settings": settings})


def pointers(circle: Circle, today: date | None = None) -> list[Pointer]:
    """Gentle pointers at gaps in a non-empty circle, most important first.

    With ``today`` (the user's local date) also the nudges to keep in touch.
    """
    found: list[Pointer] = []
    crisis = circle.crisis_list()
    if not crisis:
        found.append(Pointer(Msg.POINTER_CRISIS_EMPTY))
    elif crisis_is_few(len(crisis)):
        found.append(Pointer(Msg.POINTER_CRISIS_FEW, {"count": len(crisis)}))
    for entry in crisis:
        about = {"name": entry.name, "quoted": shell_word(entry.name)}
        # A place is reached by going there; everyone else should be one call away.
        if not is_visited(entry.kind) and not given(entry.phone):
            found.append(Pointer(Msg.POINTER_CRISIS_NO_PHONE, about, entry.id))
        # The 1813 safety-plan advice: tell the people on your list that they are on it.
        if entry.kind in (Kind.PERSON, Kind.PROFESSIONAL) and entry.knows is not True:
            found.append(Pointer(Msg.POINTER_CRISIS_NOT_TOLD, about, entry.id))
    if not circle.with_role(Role.LISTENS):
        found.append(Pointer(Msg.POINTER_NO_LISTENS))
    if not circle.with_role(Role.PRACTICAL):
        found.append(Pointer(Msg.POINTER_NO_PRACTICAL))
    if not any(e.kind in (Kind.PROFESSIONAL, Kind.GROUP) for e in circle.entries):
        found.append(Pointer(Msg.POINTER_NO_PROFESSIONAL))
    if today is not None:
        found += _keep_in_touch(circle, today)
    return found


def last_contact(entry: Entry) -> date | None:
    """The local date the user last reached out to ``entry``, if ever."""
    if not entry.contacts:
        return None
    return max(contact.at for contact in entry.contacts).astimezone().date()


def _keep_in_touch(circle: Circle, today: date) -> list[Pointer]:
    """A kind nudge for the ties that have been quiet longer than the nudge period: the
    entries that listen or are on the crisis list, places excepted. The quietest
    ``NUDGES_SHOWN`` are named (longest quiet first, else in circle order); the rest are
    counted in one line, so a long list never buries the other pointers."""
    weeks = circle.settings.nudge_weeks
    if weeks <= 0:
        return []
    quiet: list[tuple[date, Entry]] = []
    on_list = {e.id for e in circle.crisis_list()}
    for entry in circle.entries:
        if is_visited(entry.kind) or not (entry.has(Role.LISTENS) or entry.id in on_list):
            continue
        since = last_contact(entry) or entry.created.astimezone().date()
        if (today - since).days > 7 * weeks:
            quiet.append((since, entry))
    quiet.sort(key=lambda pair: pair[0])  # stable: equally quiet ties keep circle order
    # One more than NUDGES_SHOWN is named too: "and 1 more" would say less than the name.
    named = quiet if len(quiet) <= NUDGES_SHOWN + 1 else quiet[:NUDGES_SHOWN]
    found = [
        Pointer(
            Msg.POINTER_KEEP_IN_TOUCH,
            {"name": entry.name, "quoted": shell_word(entry.name)},
            entry.id,
        )
        for _, entry in named
    ]
    if len(quiet) > len(named):
        found.append(Pointer(Msg.POINTER_KEEP_IN_TOUCH_MORE, {"count": len(quiet) - len(named)}))
    return found


# The pointers about the crisis list: shown with the list wherever it is shown (§2).
CRISIS_POINTERS: Final = frozenset(
    {
        Msg.POINTER_CRISIS_EMPTY,
        Msg.POINTER_CRISIS_FEW,
        Msg.POINTER_CRISIS_NO_PHONE,
        Msg.POINTER_CRISIS_NOT_TOLD,
    }
)


@dataclass(frozen=True)
class ShowView:
    """What ``show`` shows, for the screen and for ``--json`` alike.

    ``groups`` are the role groups to list (``None``: entries without a role yet);
    ``entries`` are the selected entries in circle order; ``pointers`` are already
    chosen: all of them for the whole circle, the crisis-list ones for ``--role
    crisis``, none for another role.
    """

    circle: Circle
    role: Role | None
    only_role: bool
    groups: list[tuple[Role | None, list[Entry]]]
    entries: list[Entry]
    pointers: list[Pointer]
    crisis_position: dict[str, int]


def show_view(
    circle: Circle,
    *,
    role: Role | None = None,
    only_role: bool = False,
    today: date | None = None,
) -> ShowView:
    """The view of ``show``; with ``only_role`` just the group of ``role``. ``today``
    (None for the demo) brings the nudges to keep in touch."""
    every = pointers(circle, today) if circle.entries else []
    if not only_role:
        chosen = every
        wanted: list[Role | None] = [Role.CRISIS, Role.LISTENS, Role.PRACTICAL]
        if circle.with_role(None):
            wanted.append(None)
    else:
        chosen = [p for p in every if p.msg in CRISIS_POINTERS] if role is Role.CRISIS else []
        wanted = [role]
    crisis = circle.crisis_list()
    return ShowView(
        circle=circle,
        role=role,
        only_role=only_role,
        groups=[(group, circle.with_role(group)) for group in wanted],
        entries=circle.with_role(role) if only_role else list(circle.entries),
        pointers=chosen,
        crisis_position={entry.id: n for n, entry in enumerate(crisis, start=1)},
    )


@dataclass(frozen=True)
class PrintView:
    """What a printout shows: title, the crisis list, the helplines, a line, the date."""

    owner: str | None
    crisis: list[Entry]
    country: Country
    made_on: date
    demo: bool = False
    others: list[Entry] = field(default_factory=list)  # who listens or helps, at most 20
    more: int = 0  # how many more listen or help than ``others`` holds
    crisis_more: int = 0  # crisis entries past CRISIS_MAX (a hand-edited store): not printed


PICTURE_OTHERS = 20
PICTURE_RING_LEAST = 5  # a ring that has anyone gets at least this many of the slots


def picture_shares(listens: int, practical: int, slots: int = PICTURE_OTHERS) -> tuple[int, int]:
    """How many of the picture's ``slots`` go to who listens and who helps practically:
    in proportion, but a ring that has anyone gets at least ``PICTURE_RING_LEAST`` (or
    everyone it has), so neither ring of the picture is empty while the other is full."""
    if listens + practical <= slots:
        return listens, practical
    least_l, least_p = min(listens, PICTURE_RING_LEAST), min(practical, PICTURE_RING_LEAST)
    share = round(slots * listens / (listens + practical))
    share = min(max(share, least_l), slots - least_p, listens)
    rest = min(practical, slots - share)
    return min(listens, slots - rest), rest


def print_view(circle: Circle, today: date, *, demo: bool = False) -> PrintView:
    """The printable Steuncirkel of ``circle``: the crisis list in its order (at most
    ``CRISIS_MAX``; a hand-edited store may hold more), and for the picture up to 20
    others who listen or help, shared fairly between the two rings (see
    ``picture_shares``); someone who does both is on the listening ring."""
    crisis = circle.crisis_list()
    on_list = {e.id for e in crisis}
    helpers = [
        e
        for role in (Role.LISTENS, Role.PRACTICAL)
        for e in circle.with_role(role)
        if e.id not in on_list
    ]
    others = list({e.id: e for e in helpers}.values())
    listens = [e for e in others if e.has(Role.LISTENS)]
    practical = [e for e in others if not e.has(Role.LISTENS)]
    shown_l, shown_p = picture_shares(len(listens), len(practical))
    return PrintView(
        owner=circle.settings.name,
        crisis=crisis[:CRISIS_MAX],
        crisis_more=max(0, len(crisis) - CRISIS_MAX),
        country=circle.settings.country,
        made_on=today,
        demo=demo,
        others=listens[:shown_l] + practical[:shown_p],
        more=len(others) - shown_l - shown_p,
    )
