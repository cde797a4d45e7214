"""The words of the domain, once: kinds, roles, countries, languages and the list limits.

Kinds, roles, countries, the crisis-list limits and the order of reach details are
named here once, with the message key that shows each to the user. Kinds, roles and
countries are sets of ``Keys`` (a ``StrEnum`` to type checkers), so a raw string from the
store looks them up directly (``KIND_LABELS["place"]``).
"""

from __future__ import annotations

from steuncirkel.base.i18n import Msg, t
from steuncirkel.base.keys import Keys
from steuncirkel.base.textsafety import given

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Final

    from steuncirkel.base.i18n import Lang

__all__ = [
    "COUNTRY_LABELS",
    "CONTACTS_KEPT",
    "CONTACT_NOTE_MAX",
    "CRISIS_FEW",
    "CRISIS_MAX",
    "NUDGE_WEEKS_DEFAULT",
    "NUDGE_WEEKS_MAX",
    "NUDGES_SHOWN",
    "DEFAULT_COUNTRY",
    "DEFAULT_KIND",
    "FORMAT_MARKER",
    "KIND_LABELS",
    "KIND_WORDS",
    "ROLE_NONE",
    "ROLE_WORDS",
    "ROLE_WORDS_SHOWN",
    "LANG_LABELS",
    "REACH_ORDER",
    "SCHEMA_VERSION",
    "SETTINGS_DEFAULTS",
    "Country",
    "Kind",
    "Role",
    "crisis_is_few",
    "is_visited",
    "kind_of",
    "who_to_you",
    "word_for",
]

FORMAT_MARKER: Final = "steuncirkel"
SCHEMA_VERSION: Final = 2
CRISIS_MAX: Final = 5  # the crisis list holds at most five entries (oefening 4)
CRISIS_FEW: Final = 3  # fewer than three is allowed, and gently flagged wherever shown
CONTACTS_KEPT: Final = 10  # `contact` keeps the last ten per entry
CONTACT_NOTE_MAX: Final = 200
NUDGE_WEEKS_DEFAULT: Final = 4  # `show` suggests getting in touch after four quiet weeks
NUDGE_WEEKS_MAX: Final = 52
NUDGES_SHOWN: Final = 3  # `show` names the three quietest ties and counts the rest


class Kind(Keys):
    """What an entry is."""

    PERSON = "person"
    PLACE = "place"
    PROFESSIONAL = "professional"
    GROUP = "group"


class Role(Keys):
    """What an entry does for the user; any combination, also none."""

    LISTENS = "listens"
    PRACTICAL = "practical"
    CRISIS = "crisis"


class Country(Keys):
    """Countries with helplines and a phone-number default region."""

    NL = "NL"
    BE = "BE"


DEFAULT_COUNTRY: Final = Country.NL
# The settings of a circle nobody changed, as the store writes them (``models.Settings``
# declares the same defaults; a test holds the two together).
SETTINGS_DEFAULTS: Final = {
    "country": DEFAULT_COUNTRY.value,
    "lang": None,
    "name": None,
    "nudge_weeks": NUDGE_WEEKS_DEFAULT,
}
# Example numbers for the start guide, valid in each country, as a person would type
# them: (a mobile, a landline). A Fleming copying a Dutch example would be refused.
EXAMPLE_PHONES: Final[dict[str, tuple[str, str]]] = {
    Country.NL: ("0612345678", "0201234567"),
    Country.BE: ("0470123456", "025112233"),
}
DEFAULT_KIND: Final = Kind.PERSON

# How to reach an entry, in the order every view shows it (the store's field names):
# the number, then when (so a cut line never loses "daarna de huisartsenpost"), then
# where, then the e-mail, which matters least when it is hard (issue #11).
REACH_ORDER: Final = ("phone", "available", "where", "email")

KIND_LABELS: Final[dict[str, Msg]] = {
    Kind.PERSON: Msg.KIND_PERSON,
    Kind.PLACE: Msg.KIND_PLACE,
    Kind.PROFESSIONAL: Msg.KIND_PROFESSIONAL,
    Kind.GROUP: Msg.KIND_GROUP,
}
COUNTRY_LABELS: Final[dict[str, Msg]] = {Country.NL: Msg.COUNTRY_NL, Country.BE: Msg.COUNTRY_BE}
LANG_LABELS: Final[dict[str, Msg]] = {"nl": Msg.LANG_NL, "en": Msg.LANG_EN}

# The words `--kind` accepts, in English and Dutch (`--kind hulpverlener` works too).
# The words `show --role` takes, in either language, and the value each one means
# ("none": the entries without a role). The first words per language are the ones help
# lists.
ROLE_NONE: Final = "none"
ROLE_WORDS: Final[dict[str, str]] = {
    "crisis": Role.CRISIS,
    "listens": Role.LISTENS,
    "practical": Role.PRACTICAL,
    "none": ROLE_NONE,
    "luistert": Role.LISTENS,
    "luisteren": Role.LISTENS,
    "praktisch": Role.PRACTICAL,
    "geen": ROLE_NONE,
}
ROLE_WORDS_SHOWN: Final[dict[str, tuple[str, ...]]] = {
    "nl": ("crisis", "luistert", "praktisch", "geen"),
    "en": ("crisis", "listens", "practical", "none"),
}


def word_for(words: Mapping[str, str], typed: str) -> str | None:
    """The value a typed word means in ``words`` (``--role luistert`` → listens): trimmed
    and in any case. None for a word the table does not have. The one reading of such
    words, for the Typer app and the quick path (``cli/quick.py``) alike."""
    return words.get(typed.strip().casefold())


KIND_WORDS: Final[dict[str, Kind]] = {
    "person": Kind.PERSON,
    "persoon": Kind.PERSON,
    "place": Kind.PLACE,
    "plek": Kind.PLACE,
    "plaats": Kind.PLACE,
    "professional": Kind.PROFESSIONAL,
    "hulpverlener": Kind.PROFESSIONAL,
    "group": Kind.GROUP,
    "groep": Kind.GROUP,
}


def kind_of(value: object) -> Kind:
    """The kind of a stored entry: its ``kind`` if we know it, else a person."""
    return Kind(value) if isinstance(value, str) and value in KIND_LABELS else DEFAULT_KIND


def who_to_you(relation: object, kind: object, lang: Lang) -> str:
    """Who an entry is to the user: the relation as stored, or else the word for its kind."""
    return given(relation) or t(KIND_LABELS[kind_of(kind)], lang)


def crisis_is_few(count: int) -> bool:
    """True when a crisis list of ``count`` entries is short enough to flag gently."""
    return 0 < count < CRISIS_FEW


def is_visited(kind: str) -> bool:
    """True for a place: it is reached by going there, so it needs no phone number and
    it does not listen or help practically. The one rule for ``add``, the walk-through
    and the pointers."""
    return kind == Kind.PLACE
