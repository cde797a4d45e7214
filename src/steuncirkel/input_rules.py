"""Rules for what the user types: names, free text, phone numbers and e-mail.

Each ``clean_*`` function returns the value as it will be stored, or raises
``InputRefused`` with the message that explains what to type instead.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from steuncirkel.base.errors import InputRefused
from steuncirkel.base.i18n import Msg
from steuncirkel.base.textsafety import BIDI_CONTROLS, is_blank_mark, is_control, shows_something
from steuncirkel.base.vocab import CONTACT_NOTE_MAX, COUNTRY_LABELS, KIND_WORDS, Country, Kind

__all__ = [
    "NAME_MAX",
    "TEXT_MAX",
    "clean_contact_note",
    "clean_email",
    "clean_name",
    "clean_text",
    "name_key",
    "parse_kind",
    "PhoneNumber",
    "clean_phone",
    "is_premium",
]

NAME_MAX: Final = 80
PHONE_INPUT_MAX: Final = 40
EMAIL_MAX: Final = 254
# Limits per free-text field: generous for real use, small enough that a pasted
# file or a runaway script is refused instead of stored.
TEXT_MAX: Final[dict[Msg, int]] = {
    Msg.FIELD_WHERE: 200,
    Msg.FIELD_RELATION: 80,
    Msg.FIELD_AVAILABLE: 200,
    Msg.FIELD_NOTE: 2000,
}

_SPACES = re.compile(r"\s+")
# What a typed phone number may hold besides digits: a leading +, and the separators
# people write (space, no-break space, dash, dot, slash, brackets).
_PHONE_CHARS: Final = frozenset("0123456789+ \u00a0-./()")
# An extension written out in words, which phonenumbers does not know ("toestel 12").
_EXTENSION_WORDS: Final = re.compile(
    r"(?P<number>.*\d)\s*[,;(]?\s*(?:toestelnummer|toestel|tst|ext|extension|poste|post)"
    r"\.?\s*:?\s*(?P<ext>\d{1,7})\s*\)?",
    re.IGNORECASE,
)
# Dashes that autocorrect and web pages put between digits, read as a plain dash.
_DASHES: Final = dict.fromkeys([*range(0x2010, 0x2016), 0x2212, 0xFE58, 0xFE63], "-")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")


def _check_characters(value: str, field: Msg, *, multiline: bool = False) -> None:
    if any(0xD800 <= ord(c) <= 0xDFFF for c in value):
        # Lone surrogates come from bytes that were not UTF-8; they cannot be saved.
        raise InputRefused(Msg.TEXT_UNREADABLE, field=field)
    if any(c in BIDI_CONTROLS for c in value):
        raise InputRefused(Msg.TEXT_BIDI_CHARS, field=field)
    allowed = "\n" if multiline else ""
    for c in value:
        if c in allowed:
            continue
        if is_control(c):
            raise InputRefused(Msg.TEXT_CONTROL_CHARS, field=field)


def clean_name(raw: str) -> str:
    """Trim, collapse inner whitespace and NFC-normalise a name; refuse a bad one."""
    _check_characters(raw, Msg.FIELD_NAME)
    name = unicodedata.normalize("NFC", _SPACES.sub(" ", raw).strip())
    if not name:
        raise InputRefused(Msg.NAME_EMPTY)
    if not shows_something(name) or not name_key(name):  # fillers, marks, zero-width
        raise InputRefused(Msg.NAME_INVISIBLE)
    if len(name) > NAME_MAX:
        raise InputRefused(Msg.NAME_TOO_LONG, length=len(name), max=NAME_MAX)
    return name


def name_key(name: str) -> str:
    """The form in which two names are compared: 'Jan', ' JAN ' and 'Ｊａｎ' are equal.

    NFKC and casefold, with characters that show nothing removed (zero-width space,
    tags, Hangul fillers, the combining grapheme joiner, variation selectors: see
    ``is_blank_mark``) and whitespace collapsed. Used for comparison only; names are
    stored as typed (NFC).
    """
    if name.isascii():  # most names: no Unicode forms, no blank marks (the same result)
        return _SPACES.sub(" ", name.casefold()).strip()
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())
    visible = "".join(c for c in folded if not is_blank_mark(c))
    return _SPACES.sub(" ", visible).strip()


def clean_text(raw: str | None, field: Msg) -> str | None:
    """Trim and NFC-normalise a free-text field; empty gives None."""
    if raw is None:
        return None
    multiline = field is Msg.FIELD_NOTE
    if multiline:
        raw = raw.replace("\r\n", "\n")
    text = raw if multiline else raw.replace("\t", " ")
    _check_characters(text, field, multiline=multiline)
    text = unicodedata.normalize("NFC", text.strip())
    if not text:
        return None
    limit = TEXT_MAX[field]
    if len(text) > limit:
        raise InputRefused(Msg.TEXT_TOO_LONG, field=field, length=len(text), max=limit)
    return text


def clean_contact_note(raw: str | None) -> str | None:
    """A contact's note: one line of at most ``CONTACT_NOTE_MAX`` characters; empty
    gives None."""
    if raw is None:
        return None
    _check_characters(raw, Msg.FIELD_CONTACT_NOTE)
    text = unicodedata.normalize("NFC", raw.strip())
    if len(text) > CONTACT_NOTE_MAX:
        raise InputRefused(
            Msg.TEXT_TOO_LONG, field=Msg.FIELD_CONTACT_NOTE, length=len(text), max=CONTACT_NOTE_MAX
        )
    return text or None


def _one_line(raw: str | None, field: Msg) -> str | None:
    """``raw`` checked for hidden characters and trimmed; None when empty or not given."""
    if raw is None:
        return None
    _check_characters(raw, field)
    return raw.strip() or None


def clean_email(raw: str | None) -> str | None:
    """A plausible e-mail address, trimmed; empty gives None. No network lookup, ever."""
    email = _one_line(raw, Msg.FIELD_EMAIL)
    if email is None:
        return None
    if len(email) > EMAIL_MAX or not _EMAIL.match(email):
        raise InputRefused(Msg.EMAIL_INVALID, email=email[:EMAIL_MAX])
    return email


def parse_kind(raw: str) -> Kind:
    """Kind from an English or Dutch word, or raise InputRefused naming the choices."""
    kind = KIND_WORDS.get(raw.strip().casefold())
    if kind is None:
        # The message names the kinds in the user's own words (the catalogue).
        raise InputRefused(Msg.KIND_INVALID, kind=raw[:NAME_MAX])
    return kind


@dataclass(frozen=True, slots=True)
class PhoneNumber:
    """A validated phone number: E.164 for storage, national format for display."""

    e164: str
    display: str


def clean_phone(raw: str | None, country: Country) -> PhoneNumber | None:
    """Validate with ``phonenumbers`` (default region: ``country``); empty gives None."""
    text = _one_line(raw, Msg.FIELD_PHONE)
    if text is None:
        return None
    shown = text[:PHONE_INPUT_MAX]
    # Full-width digits and thin spaces (NFKC), and every kind of dash, as typed on paper.
    text = unicodedata.normalize("NFKC", text).translate(_DASHES)
    if len(text) > PHONE_INPUT_MAX:
        raise InputRefused(Msg.PHONE_INVALID, phone=shown, country=COUNTRY_LABELS[country])

    import phonenumbers  # heavy metadata: only when a number is entered

    try:
        number = phonenumbers.parse(text, country.value)
    except phonenumbers.NumberParseException:
        number = None
    if number is not None and number.extension:
        raise InputRefused(Msg.PHONE_EXTENSION, phone=shown, extension=number.extension)
    if words := _EXTENSION_WORDS.fullmatch(text):
        raise InputRefused(Msg.PHONE_EXTENSION, phone=shown, extension=words["ext"])
    allowed = [c in _PHONE_CHARS and (c != "+" or n == 0) for n, c in enumerate(text)]
    if not all(allowed):  # phonenumbers skips trailing letters: "0612345678x" would pass
        rest = "".join(c for c, ok in zip(text, allowed, strict=True) if ok)
        try:
            stuck = clean_phone(rest, country) is not None  # a number with junk stuck to it
        except InputRefused:
            stuck = False
        if stuck:
            start = allowed.index(False)
            end = allowed.index(True, start) if True in allowed[start:] else len(text)
            raise InputRefused(Msg.PHONE_JUNK, phone=shown, junk=f"'{text[start:end]}'")
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        if _is_short_number(text, country):
            raise InputRefused(Msg.PHONE_SHORT_NUMBER, phone=shown)
        raise InputRefused(Msg.PHONE_INVALID, phone=shown, country=COUNTRY_LABELS[country])
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    region = phonenumbers.region_code_for_number(number)
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if region == country.value
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return PhoneNumber(e164, phonenumbers.format_number(number, style))


def is_premium(e164: str | None) -> bool:
    """True for a paid number (NL 0900/0906/0909, BE 090x): warned about, not refused."""
    if not e164:
        return False
    import phonenumbers

    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.PREMIUM_RATE


def _is_short_number(text: str, country: Country) -> bool:
    """True for service numbers such as 112, 113 or 1813 (not storable as E.164)."""
    import phonenumbers
    from phonenumbers import shortnumberinfo

    digits = re.sub(r"[\s\-.()]", "", text)
    if not digits.isdigit():
        return False
    try:
        number = phonenumbers.parse(digits, country.value)
    except phonenumbers.NumberParseException:
        return False
    # 113 is missing from phonenumbers' short-number metadata, so our helplines count too.
    from steuncirkel.base.helplines import HELPLINES

    ours = {n.replace(" ", "") for lines in HELPLINES.values() for h in lines for n in h.numbers}
    return digits in ours or bool(
        shortnumberinfo.is_valid_short_number_for_region(number, country.value)
    )
