"""What the terminal can show: its width, and whether to use bold, dim and colour.

The rules are Rich's (``rich.console.Console``), so the views look as they did when
Rich wrote them, for the four styles the views use; a test compares the two under
every setting below. Loading Rich for this alone took five times as long as starting
Python.

- Styles only on a terminal: ``TTY_COMPATIBLE=1`` says it is one and ``0`` that it is
  not; otherwise a non-empty ``FORCE_COLOR`` says it is, an empty one that it is not;
  otherwise stdout is asked. Not when ``TERM`` is ``dumb`` or ``unknown``.
- ``NO_COLOR`` (non-empty) keeps bold and dim, and drops the colours.
- Width: ``COLUMNS`` when it is a number above 0, else the width of the first of
  stdin, stdout and stderr that is a terminal, else 80. A dumb terminal is 80 wide,
  unless both ``COLUMNS`` and ``LINES`` are set. (One difference on purpose: Rich took
  ``COLUMNS=0`` as a width of 0 and put every character on a line of its own.)

On Windows, Rich itself decides (its console switches on escape codes there).
"""

from __future__ import annotations

import os

from steuncirkel.base.records import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import IO, Final

__all__ = ["Screen", "screen_of", "styled"]

_ATTRIBUTES: Final = {"bold": "1", "dim": "2"}
_COLOURS: Final = {"red": "31", "green": "32", "yellow": "33", "cyan": "36"}


class Screen(Record):
    """Where a view is written: its width, whether styles work, and colours too."""

    width: int = 80
    styles: bool = False
    colours: bool = False


def _is_terminal(stream: IO[str], environ: Mapping[str, str]) -> bool:
    tty_compatible = environ.get("TTY_COMPATIBLE", "")
    if tty_compatible in ("0", "1"):
        return tty_compatible == "1"
    force_color = environ.get("FORCE_COLOR")
    if force_color is not None:
        return force_color != ""
    try:
        return stream.isatty()
    except (ValueError, OSError):  # a closed stream is no terminal
        return False


def _number(environ: Mapping[str, str], name: str) -> int | None:
    value = environ.get(name)
    if value is None or not (value.isascii() and value.isdigit()):  # "²" is a digit too
        return None
    return int(value) or None


def _width(environ: Mapping[str, str], dumb: bool) -> int:
    columns = _number(environ, "COLUMNS")
    lines = environ.get("LINES")
    if columns is not None and (
        not dumb or (lines is not None and lines.isascii() and lines.isdigit())
    ):
        return columns
    if dumb:
        return 80
    for fd in (0, 1, 2):
        try:
            width = os.get_terminal_size(fd).columns
        except (ValueError, OSError):  # not a terminal
            continue
        return width or 80
    return 80


def _screen_by_rich(stream: IO[str]) -> Screen:  # pragma: no cover — Windows
    from rich.console import Console

    console = Console(file=stream, markup=False, emoji=False, highlight=False)
    styles = console.is_terminal and console.color_system is not None
    return Screen(console.width, styles, styles and not console.no_color)


def screen_of(stream: IO[str], environ: Mapping[str, str] | None = None) -> Screen:
    """The screen ``stream`` writes to, under ``environ`` (default: the process's)."""
    if os.name == "nt":  # pragma: no cover
        return _screen_by_rich(stream)
    env = os.environ if environ is None else environ
    terminal = _is_terminal(stream, env)
    dumb = terminal and env.get("TERM", "").lower() in ("dumb", "unknown")
    styles = terminal and not dumb
    return Screen(_width(env, dumb), styles, styles and env.get("NO_COLOR", "") == "")


def styled(text: str, style: str, screen: Screen) -> str:
    """``text`` in ``style`` ("bold cyan"), as ANSI codes the screen takes."""
    if not style or not text or not screen.styles:
        return text
    words = style.split()
    codes = [_ATTRIBUTES[w] for w in _ATTRIBUTES if w in words]
    if screen.colours:
        codes += [_COLOURS[w] for w in words if w in _COLOURS]
    return f"\x1b[{';'.join(codes)}m{text}\x1b[0m" if codes else text
