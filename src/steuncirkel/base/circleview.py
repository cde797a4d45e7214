"""The circle for reading, on the standard library: what ``show``, ``print`` and
``settings`` need, without Pydantic.

A circle is checked in full (``models.py``) whenever it is written, and whenever its
file is not byte for byte the last one this version wrote and checked (a hand edit, an
older version restored from the history; see ``base/stamp.py``). What is left for
reading is to look at data known to be good: ``CircleView`` wraps the store's JSON
object as the models would hold it, with the same attributes and the same few methods,
so the renderers take either (the ``...Like`` protocols below). The rules behind the
methods live once, in the base modules both call (``crisislist``, ``phone_display``,
``entries_with_role`` here). The views' ``model_dump`` and ``model_copy`` are named as
the models' methods they stand in for.
"""

from __future__ import annotations

import functools

from steuncirkel.base.crisislist import crisis_positions
from steuncirkel.base.phone_display import shown_phone
from steuncirkel.base.vocab import (
    FORMAT_MARKER,
    SCHEMA_VERSION,
    SETTINGS_DEFAULTS,
    Country,
    Kind,
    Role,
)

TYPE_CHECKING = False
if TYPE_CHECKING:  # the protocols are for the type checker: no ``typing`` at run time
    from collections.abc import Callable, Iterable, Sequence
    from datetime import datetime
    from typing import Any, Protocol, Self, TypedDict, TypeVar

    Window = TypedDict("Window", {"days": list[int], "from": str, "to": str})

    class ContactLike(Protocol):
        """One time the user reached out (``models.Contact``)."""

        @property
        def at(self) -> datetime: ...

        @property
        def note(self) -> str | None: ...

    class SettingsLike(Protocol):
        """The settings kept in the circle (``models.Settings``)."""

        @property
        def country(self) -> Country: ...

        @property
        def lang(self) -> str | None: ...

        @property
        def name(self) -> str | None: ...

        @property
        def nudge_weeks(self) -> int: ...

        def model_dump(self, *, mode: str) -> dict[str, Any]: ...

    class EntryLike(Protocol):
        """One entry of the circle (``models.Entry``), as the renderers read it."""

        @property
        def id(self) -> str: ...

        @property
        def name(self) -> str: ...

        @property
        def kind(self) -> Kind: ...

        @property
        def roles(self) -> Sequence[Role]: ...

        @property
        def knows(self) -> bool | None: ...

        @property
        def phone(self) -> str | None: ...

        @property
        def phone_display(self) -> str | None: ...

        @property
        def email(self) -> str | None: ...

        @property
        def where(self) -> str | None: ...

        @property
        def relation(self) -> str | None: ...

        @property
        def available(self) -> str | None: ...

        @property
        def available_windows(self) -> Sequence[Window] | None: ...

        @property
        def note(self) -> str | None: ...

        @property
        def contacts(self) -> Sequence[ContactLike]: ...

        @property
        def created(self) -> datetime: ...

        @property
        def updated(self) -> datetime: ...

        def has(self, role: Role) -> bool: ...

        def phone_shown(self, country: str) -> str | None: ...

        def model_dump(self, *, mode: str) -> dict[str, Any]: ...

        def model_copy(self, *, update: dict[str, Any]) -> Self: ...

    class CircleLike(Protocol):
        """The whole circle (``models.Circle``), as the renderers and the changes
        (``operations.py``, ``edits.py``) read it."""

        @property
        def settings(self) -> SettingsLike: ...

        @property
        def entries(self) -> Sequence[EntryLike]: ...

        @property
        def crisis_order(self) -> Sequence[str]: ...

        def crisis_list(self) -> Sequence[EntryLike]: ...

        def with_role(self, role: Role | None) -> Sequence[EntryLike]: ...

        def model_copy(self, *, update: dict[str, Any]) -> Self: ...

    E = TypeVar("E", bound=EntryLike)
    C = TypeVar("C", bound=CircleLike)

__all__ = [
    "CONTACT_KEYS",
    "ENTRY_KEYS",
    "NotAsWritten",
    "first_shared_id",
    "read_checked",
    "CircleLike",
    "CircleView",
    "ContactLike",
    "EntryLike",
    "SettingsLike",
    "Window",
    "entries_with_role",
]

# Text to members, looked up once per entry instead of calling the enum.
_KINDS = {kind.value: kind for kind in Kind}
_ROLES = {role.value: role for role in Role}
_COUNTRIES = {country.value: country for country in Country}


def entries_with_role(
    entries: Sequence[E], role: Role | None, crisis_list: Callable[[], list[E]]
) -> list[E]:
    """Entries with ``role`` in circle order; ``None`` gives those without a role, and
    ``Role.CRISIS`` the crisis list (``crisis_list()``, in its own order). One rule for
    the models and the views."""
    if role is None:
        return [e for e in entries if not e.roles]
    if role is Role.CRISIS:
        return crisis_list()
    return [e for e in entries if e.has(role)]


def first_shared_id(ids: Iterable[str]) -> str | None:
    """The first id that two entries share, if any: ids must be unique in a circle.
    The rule of ``models.Circle`` and of a write that keeps entries as stored."""
    seen: set[str] = set()
    for entry_id in ids:
        if entry_id in seen:
            return entry_id
        seen.add(entry_id)
    return None


def _time(text: str) -> datetime:
    return _read_time()(text)  # "...Z" is read as UTC since Python 3.11


@functools.cache
def _read_time() -> Callable[[str], datetime]:
    """``datetime.fromisoformat``, imported when first needed: the crisis view shares
    the demo and has no dates to read."""
    from datetime import datetime

    return datetime.fromisoformat


class ContactView:
    """A stored contact; its moment is read when asked for."""

    __slots__ = ("_raw",)

    def __init__(self, raw: dict[str, Any]) -> None:
        self._raw = raw

    @property
    def at(self) -> datetime:
        return _time(self._raw["at"])

    @property
    def note(self) -> str | None:
        note: str | None = self._raw["note"]
        return note


class SettingsView:
    """The stored settings."""

    __slots__ = ("_raw", "country", "lang", "name", "nudge_weeks")

    def __init__(self, raw: dict[str, Any]) -> None:
        self._raw = raw
        self.country: Country = _COUNTRIES[raw["country"]]
        self.lang: str | None = raw["lang"]
        self.name: str | None = raw["name"]
        self.nudge_weeks: int = raw["nudge_weeks"]

    @property
    def stored(self) -> dict[str, Any]:
        """The settings as stored (not to be changed)."""
        return self._raw

    def model_dump(self, *, mode: str) -> dict[str, Any]:
        """The settings as stored: the JSON form the models give (``mode="json"``)."""
        del mode
        return dict(self._raw)


# The keys of a stored entry and of a contact: the models write every field, always
# (``tests/test_circleview.py`` holds these to ``models.py``). A store without one is not
# in the form this version writes, whatever its note says: it is checked in full.
ENTRY_KEYS = frozenset(
    ("id", "name", "kind", "roles", "knows", "phone", "phone_display", "email", "where",
     "relation", "available", "available_windows", "note", "contacts", "created", "updated")
)  # fmt: skip
CONTACT_KEYS = frozenset(("at", "note"))


class NotAsWritten(ValueError):
    """A store that is not in the form this version writes (``CircleView``)."""


class EntryView:
    """A stored entry: what every view reads is set once, the rest read when asked for."""

    __slots__ = ("_raw", "id", "kind", "name", "roles")

    def __init__(self, raw: dict[str, Any]) -> None:
        contacts = raw["contacts"]  # most entries have none: no loop is started for them
        if (
            not raw.keys() >= ENTRY_KEYS
            or not isinstance(contacts, list)
            or (contacts and any(not contact.keys() >= CONTACT_KEYS for contact in contacts))
        ):
            msg = "an entry without a field the models always write"
            raise NotAsWritten(msg)
        self._raw = raw
        self.id: str = raw["id"]
        self.name: str = raw["name"]
        self.kind: Kind = _KINDS[raw["kind"]]
        self.roles: list[Role] = [_ROLES[role] for role in raw["roles"]]

    @property
    def knows(self) -> bool | None:
        value: bool | None = self._raw["knows"]
        return value

    @property
    def phone(self) -> str | None:
        value: str | None = self._raw["phone"]
        return value

    @property
    def phone_display(self) -> str | None:
        value: str | None = self._raw["phone_display"]
        return value

    @property
    def email(self) -> str | None:
        value: str | None = self._raw["email"]
        return value

    @property
    def where(self) -> str | None:
        value: str | None = self._raw["where"]
        return value

    @property
    def relation(self) -> str | None:
        value: str | None = self._raw["relation"]
        return value

    @property
    def available(self) -> str | None:
        value: str | None = self._raw["available"]
        return value

    @property
    def available_windows(self) -> list[Window] | None:
        value: list[Window] | None = self._raw["available_windows"]
        return value

    @property
    def note(self) -> str | None:
        value: str | None = self._raw["note"]
        return value

    @property
    def contacts(self) -> list[ContactView]:
        stored = self._raw["contacts"]  # mostly none: then no loop is started
        return [ContactView(contact) for contact in stored] if stored else []

    @property
    def created(self) -> datetime:
        return _time(self._raw["created"])

    @property
    def updated(self) -> datetime:
        return _time(self._raw["updated"])

    @property
    def stored(self) -> dict[str, Any]:
        """The entry as stored, unknown keys included (not to be changed)."""
        return self._raw

    def has(self, role: Role) -> bool:
        """True if the entry has ``role``."""
        return role in self.roles

    def phone_shown(self, country: str) -> str | None:
        """The number as a user in ``country`` should dial it (``base/phone_display.py``)."""
        return shown_phone(self._raw["phone"], self._raw["phone_display"], country)

    def model_dump(self, *, mode: str) -> dict[str, Any]:
        """The entry as stored: the JSON form the models give (``mode="json"``), unknown
        keys included."""
        del mode
        return dict(self._raw)

    def model_copy(self, *, update: dict[str, Any]) -> EntryView:
        """A copy with the fields in ``update`` changed (the printout's □ for letters no
        font has)."""
        return EntryView({**self._raw, **update})


class CircleView:
    """A circle that was checked when it was written, read without checking again.

    ``raw`` must be what ``models.Circle`` writes (``store.dump_circle``) as
    ``json.loads`` gives it back, or the demo (``base/demo.py``), which a test holds to
    exactly that form. A change (``model_copy``, as the operations make it) gives a
    circle in which what changed may be models (``models.Entry``, ``models.Settings``)
    and the rest is as stored: a write checks only the models (``store.py``).
    """

    __slots__ = ("_crisis", "_raw", "crisis_order", "entries", "settings")

    def __init__(self, raw: dict[str, Any]) -> None:
        self._raw = raw
        entries: list[EntryLike] = [EntryView(entry) for entry in raw["entries"]]
        if first_shared_id(entry.id for entry in entries) is not None:
            msg = "two entries with one id"
            raise NotAsWritten(msg)
        self._parts(SettingsView(raw["settings"]), entries, raw["crisis_order"])

    def _parts(
        self, settings: SettingsLike, entries: list[EntryLike], crisis_order: list[str]
    ) -> None:
        self.settings = settings
        self.entries = entries
        self.crisis_order = crisis_order
        pairs = ((e.id, Role.CRISIS in e.roles) for e in entries)
        self._crisis = [entries[i] for i in crisis_positions(pairs, crisis_order)]

    @classmethod
    def empty(cls) -> CircleView:
        """The circle before anything is saved: there is no store yet."""
        settings = dict(SETTINGS_DEFAULTS)
        return cls({"format": FORMAT_MARKER, "version": SCHEMA_VERSION, "settings": settings,
                    "crisis_order": [], "entries": []})  # fmt: skip

    @property
    def stored(self) -> dict[str, Any]:
        """The circle as it was read: a write keeps its format, version and unknown keys
        (not to be changed)."""
        return self._raw

    def model_copy(self, *, update: dict[str, Any]) -> CircleView:
        """A copy with ``settings``, ``entries`` or ``crisis_order`` replaced (the
        models' ``model_copy``); the entries and settings kept are the same objects."""
        if unknown := set(update) - {"settings", "entries", "crisis_order"}:
            msg = f"a circle keeps these as stored: {sorted(unknown)}"
            raise ValueError(msg)
        copy = CircleView.__new__(CircleView)
        copy._raw = self._raw
        copy._parts(
            update.get("settings", self.settings),
            list(update.get("entries", self.entries)),
            list(update.get("crisis_order", self.crisis_order)),
        )
        return copy

    def crisis_list(self) -> list[EntryLike]:
        """The entries with role crisis, in the stored order."""
        return list(self._crisis)

    def with_role(self, role: Role | None) -> list[EntryLike]:
        """Entries with ``role`` in circle order; ``None`` gives entries without a role."""
        return entries_with_role(self.entries, role, self.crisis_list)


def read_checked(home: str) -> tuple[CircleView | None, bytes | None]:
    """The circle in ``home`` for reading, when no check is needed: there is no store
    yet (an empty circle), or the store is what this version last wrote and checked
    (``base/stamp.py``). Otherwise (None, the store's bytes), for the caller to check
    in full with the models. Creates nothing; an unreadable store raises as
    ``read_store_bytes`` does."""
    from steuncirkel.base import stamp
    from steuncirkel.base.storefile import plain_loads, read_store_bytes

    raw, _ = read_store_bytes(home)
    if raw is None:
        return CircleView.empty(), None
    if stamp.matches(home, raw):
        try:
            return CircleView(plain_loads(raw)), None
        except (ValueError, LookupError, TypeError, AttributeError):
            pass  # not the form this version writes after all: checked in full
    return None, raw
