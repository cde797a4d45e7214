"""Click's and Typer's own texts in the user's language: usage lines, help headings,
the help option, and every usage error.

Typer vendors Click with its English texts written into the code, so they cannot be
looked up through ``gettext``. Instead the app's group (``CalmGroup``) runs Click
without its own error printing and shows each mistake here, and its contexts format
help with ``CalmFormatter``. The words themselves live in the catalogues
(``base/i18n``), like every other sentence; this module only recognises Click's
English and picks the message key. An English text it does not recognise is shown
as Click wrote it, so a new Click version can make a text English again but never
hide it.
"""

from __future__ import annotations

import errno
import functools
import inspect
import re
import sys
from collections.abc import MutableMapping
from typing import TYPE_CHECKING, Any, Final

import typer
import typer.main
from typer.core import TyperCommand, TyperGroup
from typer.main import get_command_name

try:  # Typer 0.2x carries its own copy of Click
    from typer._click import Command, Context, HelpFormatter
    from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError
except ImportError:  # pragma: no cover - older Typer uses Click itself
    from click import Command, Context, HelpFormatter  # type: ignore[import-not-found,no-redef]
    from click.exceptions import (  # type: ignore[import-not-found,no-redef]
        ClickException,
        NoArgsIsHelpError,
        UsageError,
    )

from steuncirkel.base.i18n import Msg, message, t
from steuncirkel.base.streams import say_line

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from typer.models import CommandInfo

    from steuncirkel.base.i18n import Lang

__all__ = ["CalmGroup", "Commands", "group_class", "translate"]

# Click's English, recognised whole; the named groups fill the message's placeholders.
# Compiled on first need: most texts are told apart by their fixed start alone, and
# compiling them all would cost `--help` a millisecond.
_MESSAGES: Final[tuple[tuple[str, Msg], ...]] = (
    (r"No such option: (?P<option>\S+?)\.?", Msg.CLICK_NO_SUCH_OPTION),
    (r"No such command (?P<name>'.*?')\.", Msg.CLICK_NO_SUCH_COMMAND),
    (r"Missing command\.", Msg.CLICK_MISSING_COMMAND),
    (r"Invalid value for (?P<option>.+?): (?P<detail>.*)", Msg.CLICK_INVALID_VALUE),
    (r"(?:Value error, )?(?P<value>'.*') is not one of (?P<choices>.+)\.", Msg.CLICK_NOT_ONE_OF),
    (r"Missing (?:argument|option|parameter):? (?P<name>.+?)\.?", Msg.CLICK_MISSING_ARGUMENT),
    (r"Option (?P<option>'.+') requires an argument\.", Msg.CLICK_NEEDS_VALUE),
    (r"Option (?P<option>'.+') does not take a value\.", Msg.CLICK_TAKES_NO_VALUE),
    (
        r"Got unexpected extra argument(?:s|\(s\))? \((?P<arguments>.+)\)",
        Msg.CLICK_EXTRA_ARGUMENTS,
    ),
    (r"Show this message and exit\.", Msg.CLICK_HELP_OPTION),
    (r"\[default: (?P<value>.*)\]", Msg.CLICK_DEFAULT),
    (r"\[required\]", Msg.CLICK_REQUIRED),
    (r"Install completion for the current shell\.", Msg.CLICK_INSTALL_COMPLETION),
    (
        r"Show completion for the current shell, to copy it or customize the installation\.",
        Msg.CLICK_SHOW_COMPLETION,
    ),
    (r"Options", Msg.CLICK_OPTIONS),
    (r"Commands", Msg.CLICK_COMMANDS),
    (r"Arguments", Msg.CLICK_ARGUMENTS),
)
# A hint Click adds behind a mistake: the words that show it is there, the whole text,
# and what ends the mistake before it. The mistake is translated, then the hint.
_HINTS: Final = (
    (" Did you mean ", r"(?P<head>.*?)\.? Did you mean (?P<choices>.+)\?", "."),
    (" (Possible options: ", r"(?P<head>.*?) \(Possible options: (?P<choices>.+)\)", ""),
)
_SPECIAL: Final = frozenset("\\.^$*+?{}[]|()")


def literal_head(pattern: str) -> str:
    """The text every match of ``pattern`` starts with ("" when it starts with a group
    or a class, or has a choice of its own, ``a|b``): an escaped sign is itself, the
    first special sign ends the head, and a sign that may repeat or be left out (``x?``)
    is not part of it."""
    if _has_own_choice(pattern):
        return ""
    head: list[str] = []
    index = 0
    while index < len(pattern):
        sign = pattern[index]
        if sign == "\\" and index + 1 < len(pattern) and not pattern[index + 1].isalnum():
            head.append(pattern[index + 1])
            index += 2
            continue
        if sign in _SPECIAL:
            if sign in "*+?{" and head:
                head.pop()
            break
        head.append(sign)
        index += 1
    return "".join(head)


def _has_own_choice(pattern: str) -> bool:
    """True when ``pattern`` has a ``|`` outside every group and class."""
    depth, index, in_class = 0, 0, False
    while index < len(pattern):
        sign = pattern[index]
        if sign == "\\":
            index += 1
        elif in_class:
            in_class = sign != "]"
        elif sign == "[":
            in_class = True
        elif sign in "()":
            depth += 1 if sign == "(" else -1
        elif sign == "|" and depth == 0:
            return True
        index += 1
    return False


@functools.cache
def _compiled(pattern: str) -> tuple[str, re.Pattern[str]]:
    return literal_head(pattern), re.compile(pattern, re.DOTALL)


def _match(pattern: str, text: str) -> re.Match[str] | None:
    head, compiled = _compiled(pattern)
    return compiled.fullmatch(text) if text.startswith(head) else None


def translate(text: str, lang: Lang) -> str:
    """One of Click's English texts in ``lang`` (unchanged when not recognised)."""
    for marker, hint, end in _HINTS:
        if marker in text and (match := _match(hint, text)):
            head = translate(match["head"] + end, lang)
            return f"{head} {t(Msg.CLICK_DID_YOU_MEAN, lang, choices=match['choices'])}"
    for pattern, key in _MESSAGES:
        if match := _match(pattern, text):
            params = match.groupdict()
            if "detail" in params:
                params["detail"] = translate(params["detail"], lang)
            return t(key, lang, **params)
    return text


def _translate_usage(args: str, lang: Lang) -> str:
    args = args.replace("COMMAND [ARGS]...", t(Msg.CLICK_USAGE_COMMAND, lang))
    return args.replace("[OPTIONS]", t(Msg.CLICK_USAGE_OPTIONS, lang))


class CalmFormatter(HelpFormatter):
    """Click's help layout with its own words in the user's language."""

    lang: Lang = "nl"

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        prefix = t(Msg.CLICK_USAGE, self.lang) + " "
        super().write_usage(prog, _translate_usage(args, self.lang), prefix)

    def write_heading(self, heading: str) -> None:
        super().write_heading(translate(heading, self.lang))

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        rows = [(term, _translate_help(text, self.lang)) for term, text in rows]
        super().write_dl(rows, col_max, col_spacing)


def _translate_help(text: str, lang: Lang) -> str:
    """An option's help with Click's additions ("[default: x]") translated."""
    text = translate(text, lang)
    if "[" not in text:
        return text
    return re.sub(r"\[(?:default: [^\]]*|required)\]", lambda m: translate(m[0], lang), text)


class CalmContext(Context):
    """A context whose help comes out in the language of the app it belongs to."""

    def make_formatter(self) -> HelpFormatter:
        formatter = CalmFormatter(width=self.terminal_width, max_width=self.max_content_width)
        formatter.lang = getattr(self.find_root().command, "lang", "nl")
        return formatter


def _show(error: ClickException, lang: Lang) -> None:
    """A usage mistake as Click shows it (usage line, hint, error), in ``lang``."""
    if isinstance(error, NoArgsIsHelpError):  # no command at all: the help, on stderr
        say_line(error.format_message())
        return
    if isinstance(error, UsageError) and error.ctx is not None:
        ctx = error.ctx
        say_line(ctx.get_usage())
        if ctx.command.get_help_option(ctx) is not None:
            option = ctx.help_option_names[0]
            say_line(t(Msg.CLICK_TRY_HELP, lang, command=ctx.command_path, option=option))
        say_line("")
    say_line(t(Msg.CLICK_ERROR, lang, message=translate(error.format_message(), lang)))


def _install_completion(lang: Lang) -> Any:
    """Typer's --install-completion, reporting in ``lang``."""

    def callback(ctx: Context, param: Any, value: Any) -> Any:
        if not value or ctx.resilient_parsing:
            return value
        from typer._completion_shared import install

        shell, path = install(shell=value) if isinstance(value, str) else install()
        typer.echo(t(Msg.CLICK_COMPLETION_INSTALLED, lang, shell=shell, path=path))
        raise typer.Exit(0)

    return callback


class Commands(MutableMapping[str, Command]):
    """The app's commands by name, in the order they were added, each made into a Click
    command (its options read from its function) only when it is first asked for.

    Typer makes every command at once: 7 ms for the twelve, which ``--help`` and every
    run of one command paid for all the others. While ``listing`` is set, a command not
    made yet is given as a stand-in with what the group's list of commands shows (name,
    help, hidden), as Typer fills those in.
    """

    def __init__(self, infos: list[CommandInfo]) -> None:
        # One entry per command, in order: its declaration until it is made, then itself.
        self._commands: dict[str, CommandInfo | Command] = {_name(info): info for info in infos}
        self.listing = False

    def __getitem__(self, name: str) -> Command:
        item = self._commands[name]
        if isinstance(item, Command):
            return item
        if self.listing:
            return _listed(name, item)
        single = typer.Typer(
            add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False
        )
        single.registered_commands.append(item)
        made = typer.main.get_command(single)
        self[name] = made
        return made

    def __setitem__(self, name: str, command: Command) -> None:
        command.context_class = CalmContext
        self._commands[name] = command

    def __delitem__(self, name: str) -> None:
        del self._commands[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._commands)

    def __len__(self) -> int:
        return len(self._commands)

    def made(self) -> list[str]:
        """The names of the commands made so far."""
        return [name for name, item in self._commands.items() if isinstance(item, Command)]


def _name(info: CommandInfo) -> str:
    """A command's name as Typer gives it: declared, or its function's."""
    return info.name or get_command_name(getattr(info.callback, "__name__", ""))


def _listed(name: str, info: CommandInfo) -> Command:
    """A stand-in with what the list of commands shows, as Typer would fill it in."""
    text = info.help
    return TyperCommand(
        name=name,
        help=inspect.cleandoc(text) if text is not None else inspect.getdoc(info.callback),
        short_help=info.short_help,
        hidden=info.hidden,
        deprecated=info.deprecated,
        rich_markup_mode=None,
    )


class CalmGroup(TyperGroup):
    """The app's group: Click's mistakes and help in the user's language, and its
    commands made when they are needed (``Commands``)."""

    lang: Lang = "nl"
    later: list[CommandInfo] = []  # noqa: RUF012 - set per app by ``group_class``
    context_class = CalmContext

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        commands = Commands(self.later)
        for name, command in self.commands.items():  # any Typer made itself
            commands[name] = command
        self.commands = commands

    def format_commands(self, ctx: Context, formatter: HelpFormatter) -> None:
        """The list of commands, from what each was declared with: none is made."""
        commands = self.commands
        if not isinstance(commands, Commands):  # pragma: no cover - always ours
            super().format_commands(ctx, formatter)
            return
        commands.listing = True
        try:
            super().format_commands(ctx, formatter)
        finally:
            commands.listing = False

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Run as Click would, but show its mistakes ourselves (in the user's language)."""
        for param in self.params:  # Typer adds it after __init__, and reports in English
            if param.name == "install_completion":
                param.callback = _install_completion(self.lang)
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except ClickException as error:
            _show(error, self.lang)
            code = error.exit_code
        except typer.Abort:
            say_line(t(Msg.CLICK_ABORTED, self.lang))
            code = 1
        except OSError as error:  # Click's own output (help, --version) could not be written
            if error.errno == errno.EPIPE:
                raise
            from steuncirkel.base.storefile import io_reason  # not loaded for --help

            reason, params = io_reason(error)
            say_line(message(Msg.OUTPUT_FAILED, self.lang, {"reason": reason, **params}))
            code = 1
        else:
            if not standalone_mode:
                return result
            code = result if isinstance(result, int) and not isinstance(result, bool) else 0
        if not standalone_mode:
            raise typer.Exit(code)
        sys.exit(code)


def group_class(lang: Lang, later: list[CommandInfo]) -> type[CalmGroup]:
    """The group class for an app whose texts are in ``lang``, with the commands in
    ``later`` made when needed (the app hands them over once they are registered)."""
    return type(f"CalmGroup_{lang}", (CalmGroup,), {"lang": lang, "later": later})
