"""The terminal rules (``render/screen.py``) are Rich's, without loading Rich.

Every combination of the settings that decide them (a terminal or a pipe,
``TTY_COMPATIBLE``, ``FORCE_COLOR``, ``NO_COLOR``, ``TERM``, ``COLUMNS``, ``LINES``)
gives the width, the decision to style and the exact escape codes Rich's console gives
for each style the views use.
"""

from __future__ import annotations

import io
import itertools

import pytest
from rich.color import ColorSystem
from rich.console import Console
from rich.style import Style

from steuncirkel.render.lines import Block, to_text
from steuncirkel.render.screen import screen_of, styled
from steuncirkel.render.terminal import COMMAND, DIM, HEADING, NAME, TITLE

STYLES = (TITLE, HEADING, NAME, DIM, COMMAND)
SYSTEMS = {"standard": ColorSystem.STANDARD, "256": ColorSystem.EIGHT_BIT,
           "truecolor": ColorSystem.TRUECOLOR}  # fmt: skip


class Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


SETTINGS = {
    "TTY_COMPATIBLE": (None, "0", "1", "yes"),
    "FORCE_COLOR": (None, "", "1"),
    "NO_COLOR": (None, "", "1"),
    "TERM": (None, "xterm-256color", "dumb", "UNKNOWN", "xterm"),
    "COLUMNS": (None, "100", "abc"),
    "LINES": (None, "40", "0"),
}


def environments() -> list[dict[str, str]]:
    found = []
    for values in itertools.product(*SETTINGS.values()):
        env = {k: v for k, v in zip(SETTINGS, values, strict=True) if v is not None}
        found.append(env)
    return found


@pytest.mark.parametrize("tty", [True, False], ids=["terminal", "pipe"])
def test_the_screen_is_the_one_rich_sees(tty: bool) -> None:
    checked = 0
    for env in environments():
        stream = Stream(tty)
        console = Console(file=stream, markup=False, emoji=False, highlight=False, _environ=env)
        screen = screen_of(stream, env)
        label = f"{env} tty={tty}"
        assert screen.width == console.width, label
        rich_styles = console.is_terminal and console.color_system is not None
        assert screen.styles == rich_styles, label
        system = SYSTEMS.get(console.color_system or "", ColorSystem.STANDARD)
        for style in STYLES:
            parsed = Style.parse(style)
            parsed = parsed.without_color if console.no_color else parsed
            expected = parsed.render("Anna", color_system=system) if rich_styles else "Anna"
            assert styled("Anna", style, screen) == expected, (label, style)
        checked += 1
    assert checked == 4 * 3 * 3 * 5 * 3 * 3


def test_columns_0_is_taken_as_not_set() -> None:
    """Rich took it as a width of 0: one character per line. 80 is what was meant."""
    assert screen_of(Stream(False), {"COLUMNS": "0"}).width == 80
    assert screen_of(Stream(False), {"COLUMNS": "0", "LINES": "0"}).width == 80


@pytest.mark.parametrize("odd", ["²", "٤٠", "1e2", " 40", "-40", ""])
def test_a_width_that_is_no_plain_number_is_taken_as_not_set(odd: str) -> None:
    """``"²".isdigit()`` is true, and int() refuses it: show must not fail on it."""
    assert screen_of(Stream(False), {"COLUMNS": odd}).width == 80


def test_a_styled_view_has_codes_and_a_piped_one_none() -> None:
    blocks = [Block().add("Crisislijst", HEADING), Block().add("Anna", NAME).add(" · zus")]
    on_terminal = to_text(blocks, 80, screen_of(Stream(True), {"TERM": "xterm"}))
    assert on_terminal == "\x1b[1;36mCrisislijst\x1b[0m\n\x1b[1mAnna\x1b[0m · zus\n"
    no_colour = to_text(blocks, 80, screen_of(Stream(True), {"TERM": "xterm", "NO_COLOR": "1"}))
    assert no_colour == "\x1b[1mCrisislijst\x1b[0m\n\x1b[1mAnna\x1b[0m · zus\n"
    piped = to_text(blocks, 80, screen_of(Stream(False), {"TERM": "xterm"}))
    assert piped == "Crisislijst\nAnna · zus\n"
