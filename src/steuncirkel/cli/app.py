"""The Typer application: global options, the commands, and help in the user's language.

The app is built per run by ``make_app(lang)`` so that help texts can be translated;
the language for help comes from the context (``--lang``, STEUNCIRKEL_LANG, locale).
"""

# No `from __future__ import annotations`: Typer reads these annotations at run time,
# and the help texts in them come from the enclosing function.

from typing import TYPE_CHECKING, Annotated

import typer

from steuncirkel import __version__
from steuncirkel.base.context import early_lang
from steuncirkel.base.i18n import Lang, Msg, t
from steuncirkel.cli import (
    add,
    contact,
    crisis,
    edit,
    history,
    order,
    printout,
    remove,
    settings,
    show,
)
from steuncirkel.cli.clicktext import group_class
from steuncirkel.cli.common import LangChoice, Session, session_for
from steuncirkel.cli.options import demo_option, home_option, lang_option

if TYPE_CHECKING:
    from typer.models import CommandInfo

__all__ = ["make_app", "run"]


def make_app(lang: Lang) -> typer.Typer:
    """The steuncirkel command-line app with help texts in ``lang``."""
    later: list[CommandInfo] = []  # the commands, made by the group when needed
    app = typer.Typer(
        name="steuncirkel",
        cls=group_class(lang, later),
        help=t(Msg.HELP_APP, lang),
        epilog=t(Msg.HELP_EPILOG, lang),
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )

    def show_version(value: bool) -> None:
        if value:
            typer.echo(f"steuncirkel {__version__}")
            raise typer.Exit()

    @app.callback()
    def main(
        ctx: typer.Context,
        home: Annotated[str | None, home_option(lang)] = None,
        lang_choice: Annotated[LangChoice | None, lang_option(lang)] = None,
        demo: Annotated[bool, demo_option(lang)] = False,
        version: Annotated[
            bool,
            typer.Option(
                "--version",
                help=t(Msg.HELP_VERSION, lang),
                callback=show_version,
                is_eager=True,
            ),
        ] = False,
    ) -> None:
        ctx.obj = Session(lang=lang)
        session_for(ctx, home=home, lang=lang_choice, demo=demo)

    crisis.register(app, lang)
    add.register(app, lang)
    edit.register(app, lang)
    remove.register(app, lang)
    order.register(app, lang)
    contact.register(app, lang)
    show.register(app, lang)
    printout.register(app, lang)
    settings.register(app, lang)
    history.register(app, lang)
    later.extend(app.registered_commands)
    app.registered_commands.clear()
    return app


def run(argv: list[str]) -> None:
    """Run the app on ``argv`` (without the program name); exits via SystemExit."""
    lang = early_lang(argv)
    make_app(lang)(args=argv, prog_name="steuncirkel")
