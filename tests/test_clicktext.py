"""Click's English texts in the user's language (``cli/clicktext.py``).

Issue #12: the patterns are compiled on first need and tried only on a text that starts
with their fixed words. These tests hold that shortcut to the plain reading: every
pattern tried on every text.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from steuncirkel.base.i18n import t
from steuncirkel.cli import clicktext
from steuncirkel.cli.clicktext import literal_head, translate

PATTERNS = [pattern for pattern, _ in clicktext._MESSAGES] + [
    pattern for _, pattern, _ in clicktext._HINTS
]


def _plain(text: str, lang: str) -> str:
    """The translation with every pattern compiled and tried: the reading to keep."""
    for _, hint, end in clicktext._HINTS:
        if match := re.fullmatch(hint, text, re.DOTALL):
            head = _plain(match["head"] + end, lang)
            return f"{head} {t(clicktext.Msg.CLICK_DID_YOU_MEAN, lang, choices=match['choices'])}"
    for pattern, key in clicktext._MESSAGES:
        if match := re.fullmatch(pattern, text, re.DOTALL):
            params = match.groupdict()
            if "detail" in params:
                params["detail"] = _plain(params["detail"], lang)
            return t(key, lang, **params)
    return text


@pytest.mark.parametrize(
    ("pattern", "head"),
    [
        (r"Missing command\.", "Missing command."),
        (r"No such option: (?P<option>\S+?)\.?", "No such option: "),
        (r"Got unexpected extra argument(?:s|\(s\))? \(", "Got unexpected extra argument"),
        (r"\[default: (?P<value>.*)\]", "[default: "),
        (r"(?:Value error, )?(?P<value>'.*')", ""),
        (r"ab?c", "a"),
        (r"ab*", "a"),
        (r"ab+", "a"),
        (r"ab{2}", "a"),
        (r"a\.?b", "a"),
        (r"\S+", ""),
        (r"[abc]d", ""),
        (r"a|b", ""),
        (r"ab(?:c|d)", "ab"),
        (r"a[|]b", "a"),
        (r"a\|b", "a|b"),
        (r"Options", "Options"),
    ],
)
def test_the_fixed_start_of_a_pattern(pattern: str, head: str) -> None:
    assert literal_head(pattern) == head


@pytest.mark.parametrize("pattern", PATTERNS)
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_match_starts_with_the_fixed_start(pattern: str, data: st.DataObject) -> None:
    text = data.draw(st.from_regex(re.compile(pattern, re.DOTALL), fullmatch=True))
    assert text.startswith(literal_head(pattern))


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("lang", ["nl", "en"])
@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_shortcut_translates_as_trying_every_pattern(
    pattern: str, lang: str, data: st.DataObject
) -> None:
    text = data.draw(st.from_regex(re.compile(pattern, re.DOTALL), fullmatch=True))
    assert translate(text, lang) == _plain(text, lang)


@pytest.mark.parametrize(
    ("english", "dutch"),
    [
        ("Options", "Opties"),
        ("No such option: --jsn", None),
        ("Missing command.", None),
        ("Show this message and exit.", None),
        ("No such option: --jsn Did you mean --json?", "Bedoel je --json?"),
        ("Your own words.", "Your own words."),
    ],
)
def test_known_texts_are_translated_and_others_kept(english: str, dutch: str | None) -> None:
    shown = translate(english, "nl")
    assert shown == _plain(english, "nl")
    if dutch is None:
        assert shown != english
    else:
        assert dutch in shown


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("width", [40, 80, 120])
def test_the_help_lists_the_commands_without_making_them(lang: str, width: int) -> None:
    """Issue #12: Typer made all twelve commands (7 ms) for ``--help``. The list of
    commands now comes from what each was declared with, and reads as Typer's own."""
    import typer

    from steuncirkel.cli import make_app

    group = typer.main.get_command(make_app(lang))  # type: ignore[arg-type]
    commands = group.commands  # type: ignore[attr-defined]
    assert isinstance(commands, clicktext.Commands)
    context = clicktext.CalmContext(group, info_name="steuncirkel", terminal_width=width)
    listed = group.get_help(context)
    assert commands.made() == []  # none was made for the list
    made = {name: commands[name] for name in list(commands)}  # Typer makes each
    assert all(type(c).__name__ == "TyperCommand" and c.params for c in made.values())
    assert group.get_help(context) == listed  # the same list from the real commands
    assert list(commands) == list(made) and "restore" in listed  # the order they were added in
