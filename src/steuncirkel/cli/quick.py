"""The reading commands without Typer: ``show``, ``settings`` (to look) and ``print``.

Importing Typer and Click alone takes about six times as long as starting Python, and
the reading commands are the ones run most. So the entry point (``__main__``) first
offers the arguments here. Only what this parser is sure of is run: the command's own
options from ``options()``, the global options anywhere (``scan_args``), each value read
by the same word tables the Typer app uses. The command then runs the very code of the
Typer command (``show.run``, ``printout.run``, ``settings.describe``).

Everything else goes to the Typer app, which says in the user's language what is wrong:
a mistyped option or value, ``--help``, ``--version``, ``--``, a value that starts with
``-``, an option given as ``--flag=value``, a command's option before the command word
(``--json show``), a stray word, and ``settings`` with any option (a change). A test
runs both paths on the same arguments and compares what they print and their exit
codes, and another holds ``options()`` to the Typer app's options.
"""

from __future__ import annotations

from steuncirkel.base.vocab import ROLE_WORDS, word_for

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Final

    from steuncirkel.base.context import ArgScan

__all__ = ["COMMANDS", "options", "parse", "run"]

FLAG: Final = "flag"  # takes no value
TEXT: Final = "text"  # takes any text


def options() -> dict[str, dict[str, tuple[str, str | Mapping[str, str]]]]:
    """Per quick command: each option as typed → (its name in the command, what it
    takes: ``FLAG``, ``TEXT`` or the table of words it accepts)."""
    from steuncirkel.render import FORMAT_WORDS, LAYOUT_WORDS

    return {
        "show": {"--json": ("as_json", FLAG), "--role": ("role", ROLE_WORDS)},
        "settings": {},
        "print": {
            "--format": ("fmt", FORMAT_WORDS),
            "--output": ("output", TEXT),
            "-o": ("output", TEXT),
            "--force": ("force", FLAG),
            "--layout": ("layout", LAYOUT_WORDS),
            "--no-qr": ("no_qr", FLAG),
            "--discreet": ("discreet", FLAG),
        },
    }


COMMANDS: Final = ("show", "settings", "print")


def parse(command: str, rest: list[str], at: list[int]) -> dict[str, str | bool] | None:
    """The options in ``rest`` (what follows the command, global options taken out;
    ``at``: where each stands in the arguments) by their names in the command; None
    when anything is not certain (Typer decides)."""
    table = options()[command]
    given: dict[str, str | bool] = {}
    i = 0
    while i < len(rest):
        arg = rest[i]
        name, has_value, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name not in table:
            return None
        dest, takes = table[name]
        if takes == FLAG:
            if has_value:
                return None
            given[dest] = True
        else:
            if not has_value:
                i += 1
                if i == len(rest) or at[i] != at[i - 1] + 1:
                    return None  # Click would take the next argument, a global option too
                value = rest[i]
            if value.startswith("-") and value != "-":
                return None
            if not isinstance(takes, str):
                word = word_for(takes, value)
                if word is None:
                    return None
                value = word
            given[dest] = value
        i += 1
    return given


def run(args: list[str], scan: ArgScan) -> bool:
    """Run the reading command in ``args`` if this parser is sure of every argument;
    False when it is not (nothing was done). Ends like a Typer command: normally, or
    with ``SystemExit`` and the exit code."""
    command = scan.command
    if command not in COMMANDS or scan.missing_value is not None or scan.before:
        return False  # an option of the command before its word (--json show): Typer says so
    if command == "settings" and any(a == "--lang" or a.startswith("--lang=") for a in args):
        return False  # after the command it changes the stored language
    given = parse(command, scan.rest, scan.at)
    if given is None:
        return False
    from steuncirkel.cli.session import session_from_scan

    session = session_from_scan(scan, args)
    if session is None:
        return False
    if command == "show":
        from steuncirkel.cli import show

        role = given.get("role")
        show.run(session, role=role if isinstance(role, str) else None, as_json="as_json" in given)
    elif command == "settings":
        from steuncirkel.cli import settings

        settings.describe(session)
    else:
        from steuncirkel.cli import printout

        fmt, output, layout = given.get("fmt"), given.get("output"), given.get("layout")
        printout.run(
            session,
            fmt=fmt if isinstance(fmt, str) else None,
            output=output if isinstance(output, str) else printout.DEFAULT_OUTPUT,
            force="force" in given,
            layout=layout if isinstance(layout, str) else printout.DEFAULT_LAYOUT,
            no_qr="no_qr" in given,
            discreet="discreet" in given,
        )
    return True
