"""The Dutch and English catalogues say the same things."""

from __future__ import annotations

import string

import pytest

from steuncirkel.base.i18n import LANGS, Msg, catalogue, lang_from_code, lang_from_locale


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_catalogues_have_every_key() -> None:
    for lang in LANGS:
        assert set(catalogue(lang)) == set(Msg), f"{lang} differs from the Msg keys"


@pytest.mark.parametrize("key", list(Msg))
def test_placeholders_match_between_languages(key: Msg) -> None:
    nl, en = catalogue("nl")[key], catalogue("en")[key]
    assert _placeholders(nl) == _placeholders(en), key
    assert nl.strip() and en.strip()


def test_dutch_and_english_are_really_translated() -> None:
    same = [k for k in Msg if catalogue("nl")[k] == catalogue("en")[k]]
    # Only words that are the same in both languages may be shared.
    allowed = {
        Msg.LABEL_EMAIL,
        Msg.WALK_ASK_NAME,
        Msg.START_CMD_LISTENS,
        Msg.REASON_OTHER,
        Msg.KIND_PERSON,
        Msg.PRINT_TITLE,
        Msg.METAVAR_EMAIL,
        Msg.EDIT_ASK_FIELD,
    }
    assert set(same) <= allowed, same


@pytest.mark.parametrize(
    ("code", "expected"),
    [("nl", "nl"), ("NL", "nl"), ("nl_BE.UTF-8", "nl"), ("en-GB", "en"), ("fr", None), ("", None)],
)
def test_lang_from_code(code: str, expected: str | None) -> None:
    assert lang_from_code(code) == expected


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "nl_NL.UTF-8"}, "nl"),
        ({"LANG": "nl_BE.UTF-8"}, "nl"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LC_ALL": "nl_NL.UTF-8", "LANG": "en_US.UTF-8"}, "nl"),
        ({"LANG": "C.UTF-8"}, None),
        ({"LANG": "POSIX"}, None),
        ({}, None),
    ],
)
def test_language_from_locale(environ: dict[str, str], expected: str | None) -> None:
    assert lang_from_locale(environ) == expected
