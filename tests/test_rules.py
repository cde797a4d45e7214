"""Rules for names, free text, phone numbers and e-mail addresses."""

from __future__ import annotations

import unicodedata

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from steuncirkel import input_rules
from steuncirkel.base.errors import InputRefused
from steuncirkel.base.i18n import Msg
from steuncirkel.base.vocab import Country, Kind

# --- names --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("  Anna  ", "Anna"),
        ("Anna   de  Vries", "Anna de Vries"),
        ("Jose\u0301", "José"),  # decomposed accent is stored composed (NFC)
        ("Zoë 😊", "Zoë 😊"),
        ("[red]Anna[/red]", "[red]Anna[/red]"),  # markup is just text
    ],
)
def test_names_are_trimmed_and_normalised(typed: str, stored: str) -> None:
    assert input_rules.clean_name(typed) == stored


@pytest.mark.parametrize(
    ("typed", "msg"),
    [
        ("", Msg.NAME_EMPTY),
        ("   ", Msg.NAME_EMPTY),
        ("\u200b", Msg.NAME_INVISIBLE),
        ("A" * 81, Msg.NAME_TOO_LONG),
        ("Anna\x1b[2J", Msg.TEXT_CONTROL_CHARS),
        ("Anna\nBob", Msg.TEXT_CONTROL_CHARS),
        ("Anna\x00", Msg.TEXT_CONTROL_CHARS),
        ("Anna\x9b", Msg.TEXT_CONTROL_CHARS),
        ("Anna \u202eenoh", Msg.TEXT_BIDI_CHARS),
        ("Anna\u2066", Msg.TEXT_BIDI_CHARS),
        ("Anna\udcff", Msg.TEXT_UNREADABLE),
        # Names that render blank (a hostile pass found each accepted):
        ("\u034f", Msg.NAME_INVISIBLE),  # combining grapheme joiner
        ("\u3164", Msg.NAME_INVISIBLE),  # Hangul filler (a "letter")
        ("\u115f\u1160", Msg.NAME_INVISIBLE),  # Hangul choseong/jungseong fillers
        ("\U000e0041\U000e0042", Msg.NAME_INVISIBLE),  # tag characters
        ("\u0301\u0308", Msg.NAME_INVISIBLE),  # combining marks only
        ("\u2800", Msg.NAME_INVISIBLE),  # braille blank
        ("\ufe0f\u200d", Msg.NAME_INVISIBLE),  # variation selector, zero-width joiner
    ],
)
def test_bad_names_are_refused(typed: str, msg: Msg) -> None:
    with pytest.raises(InputRefused) as caught:
        input_rules.clean_name(typed)
    assert caught.value.msg is msg


def test_eighty_characters_is_fine() -> None:
    assert len(input_rules.clean_name("é" * 80)) == 80


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Jan", "JAN"),
        ("Jan", " jan "),
        ("Jan", "Ｊａｎ"),  # full-width
        ("José", "Jose\u0301"),
        ("Straße", "STRASSE"),
        ("Jan", "Ja\u200bn"),  # zero-width space
        ("Jan de Vries", "Jan  de\u00a0Vries"),
        ("A", "A\u034f"),  # a combining grapheme joiner shows nothing
        ("Jan", "J\u3164an"),  # nor does a Hangul filler
        ("Jan", "Jan\U000e0041"),  # nor a tag character
        ("Jan ❤", "Jan ❤\ufe0f"),  # nor a variation selector
    ],
)
def test_names_that_count_as_the_same(a: str, b: str) -> None:
    assert input_rules.name_key(a) == input_rules.name_key(b)


def test_names_that_show_nothing_are_refused_and_others_are_not() -> None:
    for name in ("Anna", "李", "❤", "1813", "O'Brien", "अनिल", "Nguyễn", "A\u034f"):
        assert input_rules.clean_name(name)
    from steuncirkel.base.textsafety import shows_something

    assert not shows_something("\u3164\u200b\u034f \ufe0f")


def test_different_names_stay_different() -> None:
    assert input_rules.name_key("Anna") != input_rules.name_key("Anne")
    assert input_rules.name_key("Аnna") != input_rules.name_key(
        "Anna"
    )  # Cyrillic A: warn-only territory


name_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=90
)


@given(name_text)
def test_clean_name_is_idempotent_and_keeps_its_key(raw: str) -> None:
    try:
        name = input_rules.clean_name(raw)
    except InputRefused:
        return
    assert input_rules.clean_name(name) == name
    assert input_rules.name_key(name) == input_rules.name_key(raw)
    assert 1 <= len(name) <= input_rules.NAME_MAX
    assert name == name.strip()
    assert unicodedata.is_normalized("NFC", name)


@given(st.text(max_size=100))
def test_clean_name_never_crashes_and_never_lets_controls_through(raw: str) -> None:
    try:
        name = input_rules.clean_name(raw)
    except InputRefused:
        return
    assert not any(unicodedata.category(c) == "Cc" for c in name)
    assert not any(c in input_rules.BIDI_CONTROLS for c in name)


# --- free text ----------------------------------------------------------------------


def test_note_keeps_newlines_other_fields_do_not_allow_them() -> None:
    assert input_rules.clean_text("line 1\r\nline 2", Msg.FIELD_NOTE) == "line 1\nline 2"
    with pytest.raises(InputRefused):
        input_rules.clean_text("line 1\nline 2", Msg.FIELD_WHERE)


def test_empty_text_is_none_and_long_text_is_refused() -> None:
    assert input_rules.clean_text("   ", Msg.FIELD_RELATION) is None
    with pytest.raises(InputRefused) as caught:
        input_rules.clean_text("x" * 2001, Msg.FIELD_NOTE)
    assert caught.value.msg is Msg.TEXT_TOO_LONG


# --- kinds --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("person", Kind.PERSON),
        ("Persoon", Kind.PERSON),
        ("plek", Kind.PLACE),
        ("hulpverlener", Kind.PROFESSIONAL),
        ("PROFESSIONAL", Kind.PROFESSIONAL),
        ("groep", Kind.GROUP),
    ],
)
def test_kinds_in_dutch_and_english(word: str, kind: Kind) -> None:
    assert input_rules.parse_kind(word) is kind


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(InputRefused):
        input_rules.parse_kind("cat")


# --- phone numbers ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "country", "e164", "display"),
    [
        ("0612345678", Country.NL, "+31612345678", "06 12345678"),
        ("06-1234 5678", Country.NL, "+31612345678", "06 12345678"),
        ("+31 6 12345678", Country.NL, "+31612345678", "06 12345678"),
        ("020 123 4567", Country.NL, "+31201234567", "020 123 4567"),
        ("0800-0113", Country.NL, "+318000113", "0800 0113"),
        ("088 0767 000", Country.NL, "+31880767000", "088 076 7000"),
        ("0471 12 34 56", Country.BE, "+32471123456", "0471 12 34 56"),
        ("+32 471 12 34 56", Country.NL, "+32471123456", "+32 471 12 34 56"),
    ],
)
def test_phone_numbers_are_stored_e164_and_shown_national(
    typed: str, country: Country, e164: str, display: str
) -> None:
    phone = input_rules.clean_phone(typed, country)
    assert phone is not None
    assert (phone.e164, phone.display) == (e164, display)


@pytest.mark.parametrize(
    "typed",
    ["12", "06123", "hello", "javascript:alert(1)", "0612345678" * 5, "+99 123", "0800-FLOWERS"],
)
def test_invalid_phone_numbers_are_refused(typed: str) -> None:
    with pytest.raises(InputRefused) as caught:
        input_rules.clean_phone(typed, Country.NL)
    assert caught.value.msg is Msg.PHONE_INVALID


@pytest.mark.parametrize(("typed", "country"), [("113", Country.NL), ("1813", Country.BE)])
def test_helpline_short_numbers_get_their_own_message(typed: str, country: Country) -> None:
    with pytest.raises(InputRefused) as caught:
        input_rules.clean_phone(typed, country)
    assert caught.value.msg is Msg.PHONE_SHORT_NUMBER


def test_empty_phone_is_none() -> None:
    assert input_rules.clean_phone("  ", Country.NL) is None


# Dutch mobile numbers are 061 to 065 followed by seven digits.
@given(st.integers(min_value=10_000_000, max_value=59_999_999))
def test_dutch_mobile_numbers_round_trip(subscriber: int) -> None:
    typed = f"06{subscriber}"
    phone = input_rules.clean_phone(typed, Country.NL)
    assert phone is not None
    assert phone.e164 == f"+316{subscriber}"
    # Entering the stored or the shown form again gives the same number.
    assert input_rules.clean_phone(phone.e164, Country.NL).e164 == phone.e164  # type: ignore[union-attr]
    assert input_rules.clean_phone(phone.display, Country.NL).e164 == phone.e164  # type: ignore[union-attr]
    assert phonenumbers.is_valid_number(phonenumbers.parse(phone.e164))


@given(st.text(max_size=50))
def test_phone_check_never_crashes(raw: str) -> None:
    try:
        phone = input_rules.clean_phone(raw, Country.NL)
    except InputRefused:
        return
    if phone is not None:
        assert phone.e164.startswith("+")
        assert phone.e164[1:].isdigit()


# --- e-mail -------------------------------------------------------------------------


@pytest.mark.parametrize("good", ["anna@example.nl", "a.b+c@sub.example.be", " x@y.org "])
def test_plausible_email_is_accepted(good: str) -> None:
    assert input_rules.clean_email(good) == good.strip()


@pytest.mark.parametrize("bad", ["anna", "anna@", "@example.nl", "a@b", "a b@c.nl", "a@@b.nl"])
def test_implausible_email_is_refused(bad: str) -> None:
    with pytest.raises(InputRefused):
        input_rules.clean_email(bad)


def test_an_incomplete_mobile_number_is_not_called_a_service_number() -> None:
    with pytest.raises(InputRefused) as caught:
        input_rules.clean_phone("0612345", Country.NL)
    assert caught.value.msg is Msg.PHONE_INVALID


@pytest.mark.parametrize(
    ("typed", "extension"),
    [("0612345678 ext 12", "12"), ("020 123 4567 x 305", "305"), ("0612345678;12", "12"),
     ("0612345678#12", "12"), ("+32 2 123 45 67 ext. 9", "9"),
     ("+31 20 123 4567 toestel 12", "12"), ("0201234567 tst 12", "12"),
     ("020-1234567, tst. 305", "305"), ("02 123 45 67 poste 21", "21"),
     ("0201234567 toestelnummer 12", "12"), ("0201234567 toestel: 12", "12"),
     ("0201234567 (toestel 12)", "12")],
)  # fmt: skip
def test_an_extension_is_refused_with_a_sentence_not_dropped(typed: str, extension: str) -> None:
    with pytest.raises(InputRefused) as refused:
        input_rules.clean_phone(typed, Country.NL)
    assert refused.value.msg is Msg.PHONE_EXTENSION
    assert refused.value.params["extension"] == extension


@pytest.mark.parametrize(
    ("typed", "junk"),
    [("0612345678x", "x"), ("06-1234567a8", "a"), ("06+12345678", "+"), ("tel:0612345678", "tel:"),
     ("0612345678!", "!"), ("0612345678 (mobiel)", "mobiel")],
)  # fmt: skip
def test_trailing_or_inner_junk_is_refused(typed: str, junk: str) -> None:
    with pytest.raises(InputRefused) as refused:
        input_rules.clean_phone(typed, Country.NL)
    assert refused.value.msg is Msg.PHONE_JUNK
    assert refused.value.params["junk"] == f"'{junk}'"


@pytest.mark.parametrize(
    "typed",
    [
        "06-12345678",
        "(020) 123 4567",
        "06/12345678",
        "06.12.34.56.78",
        "+31\u00a06 12345678",
        "06\u201312345678",
        "06\u201112345678",
        "\uff10\uff16\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18",
        "06\u2009123\u202f45678",
    ],  # en dash, no-break hyphen, full-width digits, thin spaces
)
def test_ordinary_separators_are_still_accepted(typed: str) -> None:
    assert input_rules.clean_phone(typed, Country.NL) is not None


@pytest.mark.parametrize(
    ("typed", "country", "premium"),
    [("0900 1234567", Country.NL, True), ("0906 123456", Country.NL, True),
     ("0909 1234567", Country.NL, True), ("0903 12 345", Country.BE, True),
     ("0612345678", Country.NL, False), ("0800 0113", Country.NL, False),
     ("088 0767 000", Country.NL, False)],
)  # fmt: skip
def test_paid_numbers_are_recognised(typed: str, country: Country, premium: bool) -> None:
    number = input_rules.clean_phone(typed, country)
    assert number is not None
    assert input_rules.is_premium(number.e164) is premium
