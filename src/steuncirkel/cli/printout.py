"""``steuncirkel print``: the Steuncirkel list to hang up or carry, in any registered format."""

# No `from __future__ import annotations`: Typer reads the annotations at run time.

import os
import stat
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from steuncirkel import operations
from steuncirkel.base.errors import SteuncirkelError
from steuncirkel.base.i18n import Lang, Msg, t
from steuncirkel.base.storefile import atomic_write, io_reason
from steuncirkel.base.streams import write_stdout
from steuncirkel.cli.common import LangChoice, Session, reported, say, session_for
from steuncirkel.cli.options import demo_option, home_option, lang_option
from steuncirkel.render import (
    FORMATS,
    LAYOUT_FORMATS,
    LAYOUT_WORDS,
    LAYOUTS,
    RENDERERS,
    PrintOptions,
    format_for,
)

__all__ = ["register", "write_output"]

Format = StrEnum("Format", {name: name for name in FORMATS})  # type: ignore[misc]


def _layout(value: str) -> str:
    layout = LAYOUT_WORDS.get(value.strip().casefold())
    if layout is None:
        raise typer.BadParameter(", ".join(LAYOUTS))
    return layout


def _data_folder(session: Session) -> Path | None:
    try:
        return Path(session.context.home()).resolve()
    except SteuncirkelError:
        return None


def write_output(
    target: str, payload: str | bytes, *, force: bool, data_folder: Path | None
) -> Path:
    """Write ``payload`` to ``target`` atomically with mode 0600; return the path written.

    Refuses an existing file without ``force``, a folder, a FIFO or device, a missing
    folder, and any path inside the data folder (the store, its backup, its lock).
    """
    path = Path(target).expanduser().absolute()
    if path.is_dir():
        raise SteuncirkelError(Msg.OUTPUT_IS_FOLDER, path=path)
    if data_folder is not None and path.resolve().is_relative_to(data_folder):
        raise SteuncirkelError(Msg.OUTPUT_INSIDE_DATA, folder=data_folder)
    if os.path.lexists(path):
        if not force:
            raise SteuncirkelError(Msg.OUTPUT_EXISTS, path=path)
        mode = os.lstat(path).st_mode
        if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
            raise SteuncirkelError(Msg.OUTPUT_NOT_A_FILE, path=path)
    if not path.parent.is_dir():
        raise SteuncirkelError(Msg.OUTPUT_NO_FOLDER, folder=path.parent)
    try:
        atomic_write(path, payload.encode("utf-8") if isinstance(payload, str) else payload)
    except OSError as exc:
        reason, params = io_reason(exc)
        raise SteuncirkelError(
            Msg.OUTPUT_WRITE_FAILED, path=path, reason=reason, **params
        ) from None
    return path


def register(app: typer.Typer, lang: Lang) -> None:
    """Add the ``print`` command to ``app``, with help in ``lang``."""

    layout_formats = f" {t(Msg.CRISIS_OR, lang)} ".join(LAYOUT_FORMATS)

    @app.command(name="print", help=t(Msg.HELP_PRINT, lang))
    def print_(
        ctx: typer.Context,
        fmt: Annotated[
            Format | None,
            typer.Option(
                "--format",
                help=t(Msg.HELP_PRINT_FORMAT, lang, choices=", ".join(FORMATS)),
                case_sensitive=False,
                show_default=False,
            ),
        ] = None,
        output: Annotated[
            str,
            typer.Option("--output", "-o", help=t(Msg.HELP_PRINT_OUTPUT, lang)),
        ] = "-",
        force: Annotated[bool, typer.Option("--force", help=t(Msg.HELP_PRINT_FORCE, lang))] = False,
        layout: Annotated[
            str,
            typer.Option(
                "--layout",
                help=t(Msg.HELP_PRINT_LAYOUT, lang, formats=layout_formats),
                callback=_layout,
                metavar="|".join(LAYOUTS),
            ),
        ] = "poster",
        no_qr: Annotated[bool, typer.Option("--no-qr", help=t(Msg.HELP_PRINT_NO_QR, lang))] = False,
        discreet: Annotated[
            bool, typer.Option("--discreet", help=t(Msg.HELP_PRINT_DISCREET, lang))
        ] = False,
        home: Annotated[str | None, home_option(lang)] = None,
        lang_choice: Annotated[LangChoice | None, lang_option(lang)] = None,
        demo: Annotated[bool, demo_option(lang)] = False,
    ) -> None:
        session = session_for(ctx, home=home, lang=lang_choice, demo=demo)
        with reported(session):
            chosen = RENDERERS[str(fmt.value) if fmt is not None else format_for(output)]
            if chosen.binary and output == "-":
                raise SteuncirkelError(Msg.PRINT_OUTPUT_NEEDED)
            circle = session.load()
            options = PrintOptions(layout=layout, qr=not no_qr, discreet=discreet)
            view = operations.print_view(circle, session.context.today(), demo=session.demo)
            rendered = chosen.load()(view, session.lang, options)
            if output == "-":
                write_stdout(rendered if isinstance(rendered, str) else rendered.decode("utf-8"))
                return
            folder = None if session.demo else _data_folder(session)
            written = write_output(output, rendered, force=force, data_folder=folder)
            say(Msg.PRINT_WRITTEN, session.lang, path=written)
