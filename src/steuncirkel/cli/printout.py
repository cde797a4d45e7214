"""``steuncirkel print``: the Steuncirkel list to hang up or carry, in any registered format."""

# No `from __future__ import annotations`: Typer reads the annotations at run time.
# Typer is imported inside ``register``: ``run`` also serves the quick path
# (``cli/quick.py``), which never loads it.

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Final

from steuncirkel.base.errors import SteuncirkelError
from steuncirkel.base.i18n import Msg
from steuncirkel.base.streams import write_stdout
from steuncirkel.cli.session import Session, reported, say
from steuncirkel.render import (
    FORMAT_WORDS,
    LAYOUT_WORDS,
    RENDERERS,
    PrintOptions,
    format_for,
)

if TYPE_CHECKING:
    import typer

    from steuncirkel.base.i18n import Lang

__all__ = ["DEFAULT_LAYOUT", "DEFAULT_OUTPUT", "register", "run"]

DEFAULT_OUTPUT: Final = "-"  # the screen
DEFAULT_LAYOUT: Final = "poster"


def run(
    session: Session,
    *,
    fmt: str | None,
    output: str,
    force: bool,
    layout: str,
    no_qr: bool,
    discreet: bool,
) -> None:
    """Print the circle in ``fmt`` (canonical word, or None: from the file name) to
    ``output`` (``-``: the screen)."""
    from steuncirkel.outputfile import is_stdout, write_output  # not loaded for --help

    with reported(session):
        chosen = RENDERERS[fmt if fmt is not None else format_for(output)]
        to_screen = is_stdout(output)
        if chosen.binary and (output == "-" or (to_screen and sys.stdout.isatty())):
            raise SteuncirkelError(Msg.PRINT_OUTPUT_NEEDED)
        circle = session.read()
        options = PrintOptions(layout=layout, qr=not no_qr, discreet=discreet)
        from steuncirkel import reading

        view = reading.print_view(circle, session.context.today(), demo=session.demo)
        rendered = chosen.load()(view, session.lang, options)
        if to_screen:
            write_stdout(rendered)
            return
        payload = rendered.encode("utf-8") if isinstance(rendered, str) else rendered
        # Also in demo mode: a demo printout must not land on the real circle either.
        folders = [Path(folder) for folder in session.context.possible_homes()]
        written = write_output(output, payload, force=force, data_folders=folders)
        say(Msg.PRINT_WRITTEN, session.lang, path=written)
        if chosen.name == "pdf":
            from steuncirkel.render.pdfkit import fallbacks_for, unprintable

            _, missing = fallbacks_for(view)
            if missing:  # never silently: a name without its letters is no name
                entries = ", ".join(unprintable(view, missing))
                letters = " ".join(sorted(missing))
                say(Msg.PDF_MISSING_LETTERS, session.lang, letters=letters, entries=entries)


def register(app: "typer.Typer", lang: "Lang") -> None:
    """Add the ``print`` command to ``app``, with help in ``lang``."""
    import typer

    from steuncirkel.base.i18n import t
    from steuncirkel.cli.common import LangChoice, session_for
    from steuncirkel.cli.options import demo_option, home_option, lang_option, word_choice
    from steuncirkel.render import FORMAT_WORDS_SHOWN, LAYOUT_FORMATS, LAYOUT_WORDS_SHOWN

    layout_formats = f" {t(Msg.CRISIS_OR, lang)} ".join(LAYOUT_FORMATS)

    @app.command(name="print", help=t(Msg.HELP_PRINT, lang))
    def print_(
        ctx: typer.Context,
        fmt: Annotated[
            str | None,
            typer.Option(
                "--format",
                help=t(Msg.HELP_PRINT_FORMAT, lang, choices=", ".join(FORMAT_WORDS_SHOWN[lang])),
                show_default=False,
                metavar="|".join(FORMAT_WORDS_SHOWN[lang]),
                callback=word_choice(FORMAT_WORDS, FORMAT_WORDS_SHOWN[lang]),
            ),
        ] = None,
        output: Annotated[
            str,
            typer.Option(
                "--output",
                "-o",
                help=t(Msg.HELP_PRINT_OUTPUT, lang),
                metavar=t(Msg.METAVAR_FILE, lang),
            ),
        ] = DEFAULT_OUTPUT,
        force: Annotated[bool, typer.Option("--force", help=t(Msg.HELP_PRINT_FORCE, lang))] = False,
        layout: Annotated[
            str,
            typer.Option(
                "--layout",
                help=t(Msg.HELP_PRINT_LAYOUT, lang, formats=layout_formats),
                callback=word_choice(LAYOUT_WORDS, LAYOUT_WORDS_SHOWN[lang]),
                metavar="|".join(LAYOUT_WORDS_SHOWN[lang]),
            ),
        ] = DEFAULT_LAYOUT,
        no_qr: Annotated[bool, typer.Option("--no-qr", help=t(Msg.HELP_PRINT_NO_QR, lang))] = False,
        discreet: Annotated[
            bool, typer.Option("--discreet", help=t(Msg.HELP_PRINT_DISCREET, lang))
        ] = False,
        home: Annotated[str | None, home_option(lang)] = None,
        lang_choice: Annotated[LangChoice | None, lang_option(lang)] = None,
        demo: Annotated[bool, demo_option(lang)] = False,
    ) -> None:
        run(
            session_for(ctx, home=home, lang=lang_choice, demo=demo),
            fmt=fmt,
            output=output,
            force=force,
            layout=layout,
            no_qr=no_qr,
            discreet=discreet,
        )
