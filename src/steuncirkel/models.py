"""The circle as data: Pydantic v2 models, also the source of the JSON Schema in docs/.

The models check the *shape* of a circle (types, known kinds and roles, unique ids).
They are deliberately lenient about *content*, because a store may be edited by hand:
a name with a control character still loads, and every renderer shows it safely.
The rules for new input (length, characters, duplicates, phone numbers) live in
``input_rules.py`` and ``operations.py``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    model_validator,
)
from typing_extensions import TypedDict  # Pydantic needs this one on Python < 3.12

from steuncirkel.base.circleview import entries_with_role, first_shared_id
from steuncirkel.base.crisislist import crisis_positions
from steuncirkel.base.phone_display import shown_phone
from steuncirkel.base.vocab import (
    CONTACTS_KEPT,
    DEFAULT_COUNTRY,
    FORMAT_MARKER,
    NUDGE_WEEKS_DEFAULT,
    NUDGE_WEEKS_MAX,
    SCHEMA_VERSION,
    Country,
    Kind,
    Role,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from steuncirkel.base.circleview import EntryLike, SettingsLike

__all__ = [
    "Circle",
    "Contact",
    "as_entry",
    "as_settings",
    "refuse_shared_ids",
    "demo_circle",
    "Entry",
    "Settings",
]


def _in_utc(value: datetime) -> datetime:
    """Every stored moment in UTC to the second: a time without a zone (a hand edit) is
    taken as UTC, so times always compare. Pydantic's own serializer then writes it as
    the store does (``2026-01-05T09:30:00Z``, as ``utc_text``), in Rust: a Python
    formatter called for every date cost 0.7 s when writing 100,000 entries."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    elif value.utcoffset():
        try:
            value = value.astimezone(UTC)
        except OverflowError:  # 0001-01-01T00:00+05:00 lies before the year 1 in UTC
            msg = "a time that cannot be written in UTC"
            raise ValueError(msg) from None
    return value.replace(microsecond=0) if value.microsecond else value


UtcTime = Annotated[datetime, AfterValidator(_in_utc)]
Day = Annotated[int, Field(ge=1, le=7)]
ClockTime = Annotated[str, Field(pattern=r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$")]

# One window of availability, in the user's local wall-clock time: ISO weekdays
# (1 = Monday) and "HH:MM" times, ``to`` exclusive and possibly "24:00". Parsed from the
# free text of ``available`` by ``base/availability.py``.
Window = TypedDict("Window", {"days": list[Day], "from": ClockTime, "to": ClockTime})


class Settings(BaseModel):
    """User settings kept in the circle."""

    model_config = ConfigDict(extra="allow")

    country: Country = DEFAULT_COUNTRY
    lang: Literal["nl", "en"] | None = None
    name: str | None = Field(default=None, description="The user's own name, for printouts.")
    nudge_weeks: int = Field(
        default=NUDGE_WEEKS_DEFAULT,
        ge=0,
        le=NUDGE_WEEKS_MAX,
        description="After how many weeks without contact `show` suggests getting in "
        "touch; 0 turns this off.",
    )


class Contact(BaseModel):
    """One time the user reached out to an entry (``steuncirkel contact``)."""

    model_config = ConfigDict(extra="allow")

    at: UtcTime
    note: str | None = None


class Entry(BaseModel):
    """One person, place, professional or group in the circle."""

    # Unknown keys are kept and written back, so a newer minor field or a hand-added
    # key is never lost by a rewrite.
    model_config = ConfigDict(extra="allow")

    id: str = Field(min_length=1, description="Stable identifier for the entry's life.")
    name: str = Field(min_length=1)
    kind: Kind = Kind.PERSON
    roles: list[Role] = Field(default_factory=list)
    knows: bool | None = Field(
        default=None,
        description="Whether the person knows they are on the list and agreed; null when "
        "not recorded.",
    )
    phone: str | None = Field(default=None, description="E.164, for example +31612345678.")
    phone_display: str | None = Field(
        default=None,
        description="The phone number in national format, computed when the entry is saved.",
    )
    email: str | None = None
    where: str | None = None
    relation: str | None = None
    available: str | None = None
    available_windows: list[Window] | None = Field(
        default=None,
        description="`available` as time windows, when the text could be read; null when unknown.",
    )
    note: str | None = None
    contacts: list[Contact] = Field(
        default_factory=list,
        max_length=CONTACTS_KEPT,
        description="The last times the user reached out, oldest first.",
    )
    created: UtcTime
    updated: UtcTime

    def has(self, role: Role) -> bool:
        """True if the entry has ``role``."""
        return role in self.roles

    def phone_shown(self, country: str) -> str | None:
        """The number as a user in ``country`` should dial it (see ``base/phone_display.py``)."""
        return shown_phone(self.phone, self.phone_display, country)


class Circle(BaseModel):
    """Everything the user keeps: settings, entries and the order of the crisis list."""

    model_config = ConfigDict(extra="allow")

    format: Literal["steuncirkel"] = FORMAT_MARKER
    version: Literal[2] = SCHEMA_VERSION
    settings: Settings = Field(default_factory=Settings)
    crisis_order: list[str] = Field(
        default_factory=list,
        description="Ids of the crisis-list entries, in the user's order.",
    )
    entries: list[Entry] = Field(default_factory=list)

    @model_validator(mode="after")
    def _ids_are_unique(self) -> Circle:
        refuse_shared_ids(entry.id for entry in self.entries)
        return self

    def crisis_list(self) -> list[Entry]:
        """The entries with role crisis, in the stored order (``base/crisislist.py``)."""
        pairs = ((e.id, e.has(Role.CRISIS)) for e in self.entries)
        return [self.entries[i] for i in crisis_positions(pairs, self.crisis_order)]

    def with_role(self, role: Role | None) -> list[Entry]:
        """Entries with ``role`` in circle order; ``None`` gives entries without a role."""
        return entries_with_role(self.entries, role, self.crisis_list)


def refuse_shared_ids(ids: Iterable[str]) -> None:
    """Raise ``ValueError`` when two entries share an id: the circle's own rule, for the
    models and for a write that keeps entries as stored (``working.py``)."""
    if (shared := first_shared_id(ids)) is not None:
        msg = f"two entries share the id {shared!r}"
        raise ValueError(msg)


def as_entry(entry: EntryLike) -> Entry:
    """``entry`` as a model, to change it: a stored entry read without Pydantic
    (``base/circleview.py``) is checked now; a model is itself."""
    if isinstance(entry, Entry):
        return entry
    return Entry.model_validate(entry.model_dump(mode="json"))


def as_settings(settings: SettingsLike) -> Settings:
    """``settings`` as a model, to change them (as ``as_entry``)."""
    if isinstance(settings, Settings):
        return settings
    return Settings.model_validate(settings.model_dump(mode="json"))


def demo_circle(country: str = DEFAULT_COUNTRY) -> Circle:
    """The built-in demo circle (``base/demo.py``) for ``country``, as a validated Circle."""
    from steuncirkel.base.demo import demo_raw

    return Circle.model_validate(demo_raw(country))


def schema_text() -> str:
    """The JSON Schema of the store, as kept in docs/schema/circle.schema.json."""
    import json

    schema = Circle.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "steuncirkel circle.json"
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
