"""``steuncirkel crisis`` inside the Typer app, so it is listed in ``--help``.

The console entry normally hands ``crisis`` to ``steuncirkel.crisis`` before Typer is
even imported; this command runs the same ``run`` with the same context when the app
is used directly.
"""

# No `from __future__ import annotations`: Typer reads the annotations at run time.

from typing import Annotated

import typer

from steuncirkel.base.i18n import Lang, Msg, t
from steuncirkel.cli.common import LangChoice, session_for
from steuncirkel.cli.options import demo_option, home_option, lang_option

__all__ = ["register"]


def register(app: typer.Typer, lang: Lang) -> None:
    """Add the ``crisis`` command to ``app``, with help in ``lang``."""

    @app.command(help=t(Msg.HELP_CRISIS, lang))
    def crisis(
        ctx: typer.Context,
        as_json: Annotated[
            bool, typer.Option("--json", help=t(Msg.HELP_CRISIS_JSON, lang))
        ] = False,
        home: Annotated[str | None, home_option(lang)] = None,
        lang_choice: Annotated[LangChoice | None, lang_option(lang)] = None,
        demo: Annotated[bool, demo_option(lang)] = False,
    ) -> None:
        session = session_for(ctx, home=home, lang=lang_choice, demo=demo)
        from steuncirkel import crisis as crisis_command

        raise typer.Exit(crisis_command.run(session.context, as_json=as_json))
