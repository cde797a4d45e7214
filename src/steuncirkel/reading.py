"""What the reading commands compute from a circle: the gentle pointers, the view of
``show`` and the view of a printout.

Pure functions on the standard library. They take the models (``models.Circle``) or
the views of a circle this version wrote (``base/circleview.py``) alike, so ``show``
and ``print`` need neither Pydantic nor the phone library.
"""

from __future__ import annotations

from types import MappingProxyType

from steuncirkel.base.i18n import Msg
from steuncirkel.base.records import Record
from steuncirkel.base.textsafety import given, shell_word
from steuncirkel.base.vocab import (
    CRISIS_MAX,
    NUDGES_SHOWN,
    Country,
    Kind,
    Role,
    crisis_is_few,
    is_visited,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import date, datetime
    from typing import Any, Final

    from steuncirkel.base.circleview import CircleLike, EntryLike

__all__ = [
    "CRISIS_POINTERS",
    "PICTURE_OTHERS",
    "Pointer",
    "PrintView",
    "ShowView",
    "last_contact",
    "local_day",
    "picture_shares",
    "pointers",
    "print_view",
    "show_view",
]


_NO_PARAMS: Final[Mapping[str, Any]] = MappingProxyType({})

# The records here are ``Record``s (NamedTuples), not dataclasses: ``show`` and ``print``
# should not pay for importing ``dataclasses`` or ``typing`` (see ``render/__init__.py``).


class Pointer(Record):
    """A gentle pointer at a gap in the circle: a message key and its parameters, and
    the id of the entry it is about (None for the circle as a whole)."""

    msg: Msg
    params: Mapping[str, Any] = _NO_PARAMS
    entry: str | None = None


def pointers(circle: CircleLike, today: date | None = None) -> list[Pointer]:
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
    if not any(e.has(Role.LISTENS) for e in circle.entries):
        found.append(Pointer(Msg.POINTER_NO_LISTENS))
    if not any(e.has(Role.PRACTICAL) for e in circle.entries):
        found.append(Pointer(Msg.POINTER_NO_PRACTICAL))
    if not any(e.kind in (Kind.PROFESSIONAL, Kind.GROUP) for e in circle.entries):
        found.append(Pointer(Msg.POINTER_NO_PROFESSIONAL))
    if today is not None:
        found += _keep_in_touch(circle, today)
    return found


def local_day(moment: datetime) -> date:
    """The user's local date at ``moment`` (an aware time): ``moment.astimezone().date()``.

    Read through ``fromtimestamp``, which gives the same day at half the cost (this
    runs for every entry ``show`` looks at for a nudge); the stored times have whole
    seconds, so no rounding can move a day. The times that way cannot read (at the
    ends of the calendar) and any with microseconds take the plain way."""
    if not moment.microsecond:
        try:  # fromtimestamp of the moment's own class: datetime is not imported here
            return moment.fromtimestamp(moment.timestamp()).date()
        except (OverflowError, OSError, ValueError):
            pass
    return moment.astimezone().date()


def last_contact(entry: EntryLike) -> date | None:
    """The local date the user last reached out to ``entry``, if ever."""
    contacts = entry.contacts  # built on each read of a stored entry: read it once
    if not contacts:
        return None
    return local_day(max(contact.at for contact in contacts))


def _keep_in_touch(circle: CircleLike, today: date) -> list[Pointer]:
    """A kind nudge for the ties that have been quiet longer than the nudge period: the
    entries that listen or are on the crisis list, places excepted. The quietest
    ``NUDGES_SHOWN`` are named (longest quiet first, else in circle order); the rest are
    counted in one line, so a long list never buries the other pointers."""
    weeks = circle.settings.nudge_weeks
    if weeks <= 0:
        return []
    quiet: list[tuple[date, EntryLike]] = []
    on_list = {e.id for e in circle.crisis_list()}
    for entry in circle.entries:
        if is_visited(entry.kind) or not (entry.has(Role.LISTENS) or entry.id in on_list):
            continue
        since = last_contact(entry) or local_day(entry.created)
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


class ShowView(Record):
    """What ``show`` shows, for the screen and for ``--json`` alike.

    ``groups`` are the role groups to list (``None``: entries without a role yet);
    ``entries`` are the selected entries in circle order; ``pointers`` are already
    chosen: all of them for the whole circle, the crisis-list ones for ``--role
    crisis``, none for another role.
    """

    circle: CircleLike
    role: Role | None
    only_role: bool
    groups: list[tuple[Role | None, list[EntryLike]]]
    entries: list[EntryLike]
    pointers: list[Pointer]
    crisis_position: dict[str, int]


def show_view(
    circle: CircleLike,
    *,
    role: Role | None = None,
    only_role: bool = False,
    today: date | None = None,
) -> ShowView:
    """The view of ``show``; with ``only_role`` just the group of ``role``. ``today``
    (None for the demo) brings the nudges to keep in touch."""
    every = pointers(circle, today) if circle.entries else []
    wanted: list[Role | None] = [Role.CRISIS, Role.LISTENS, Role.PRACTICAL, None]
    if not only_role:
        chosen = every
    else:
        chosen = [p for p in every if p.msg in CRISIS_POINTERS] if role is Role.CRISIS else []
        wanted = [role]
    groups = [(group, list(circle.with_role(group))) for group in wanted]
    if not only_role and not groups[-1][1]:
        groups.pop()  # "no role yet" is listed only when someone has none
    crisis = circle.crisis_list()
    return ShowView(
        circle=circle,
        role=role,
        only_role=only_role,
        groups=groups,
        entries=list(groups[0][1] if only_role else circle.entries),
        pointers=chosen,
        crisis_position={entry.id: n for n, entry in enumerate(crisis, start=1)},
    )


class PrintView(Record):
    """What a printout shows: title, the crisis list, the helplines, a line, the date."""

    owner: str | None
    crisis: list[EntryLike]
    country: Country
    made_on: date
    demo: bool = False
    others: Sequence[EntryLike] = ()  # who listens or helps, at most 20
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


def print_view(circle: CircleLike, today: date, *, demo: bool = False) -> PrintView:
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
        crisis=list(crisis[:CRISIS_MAX]),
        crisis_more=max(0, len(crisis) - CRISIS_MAX),
        country=circle.settings.country,
        made_on=today,
        demo=demo,
        others=listens[:shown_l] + practical[:shown_p],
        more=len(others) - shown_l - shown_p,
    )
