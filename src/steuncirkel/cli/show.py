"""``steuncirkel show``: the circle grouped by role, or the same as JSON."""

# No `from __future__ import annotations`: Typer reads the annotations at run time.
# Typer is imported inside ``register``: ``run`` also serves the quick path
# (``cli/quick.py``), which never loads it.

import sys

from steuncirkel.base.context import stream_is_utf8
from steuncirkel.base.streams import write_stdout
from steuncirkel.base.vocab import ROLE_NONE, ROLE_WORDS, ROLE_WORDS_SHOWN, Role
from steuncirkel.cli.session import Session, reported

TYPE_CHECKING = False
if TYPE_CHECKING:
    import typer

    from steuncirkel.base.i18n import Lang

__all__ = ["register", "run"]


def run(session: Session, *, role: str | None, as_json: bool) -> None:
    """Show the circle; ``role`` is a canonical role word (or ``none``) or None for all."""
    with reported(session):
        from steuncirkel import reading
        from steuncirkel.cli.output import emit_blocks
        from steuncirkel.render.terminal import render_empty, render_show

        circle = session.read()
        chosen = None if role in (None, ROLE_NONE) else Role(role)
        today = None if session.demo else session.context.today()  # nudges: your own
        view = reading.show_view(circle, role=chosen, only_role=role is not None, today=today)
        ascii_only = not stream_is_utf8(sys.stdout)
        if as_json:
            from steuncirkel.render import jsondoc  # with json: only for --json

            document = jsondoc.show_document(view, session.lang)
            write_stdout(jsondoc.dumps(document, ascii_only=ascii_only))
        elif not circle.entries:
            emit_blocks(render_empty(session.lang, circle.settings.country))
        else:
            emit_blocks(render_show(view, session.lang, demo=session.demo, ascii_only=ascii_only))


def register(app: "typer.Typer", lang: "Lang") -> None:
    """Add the ``show`` command to ``app``, with help in ``lang``."""
    from typing import Annotated  # not at the top: the quick path runs without typing

    import typer

    from steuncirkel.base.i18n import Msg, t
    from steuncirkel.cli.common import LangChoice, session_for
    from steuncirkel.cli.options import demo_option, home_option, lang_option, word_choice

    @app.command(help=t(Msg.HELP_SHOW, lang))
    def show(
        ctx: typer.Context,
        role: Annotated[
            str | None,
            typer.Option(
                "--role",
                help=t(Msg.HELP_SHOW_ROLE, lang),
                show_default=False,
                metavar="|".join(ROLE_WORDS_SHOWN[lang]),
                callback=word_choice(ROLE_WORDS, ROLE_WORDS_SHOWN[lang]),
            ),
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help=t(Msg.HELP_SHOW_JSON, lang))] = False,
        home: Annotated[str | None, home_option(lang)] = None,
        lang_choice: Annotated[LangChoice | None, lang_option(lang)] = None,
        demo: Annotated[bool, demo_option(lang)] = False,
    ) -> None:
        run(session_for(ctx, home=home, lang=lang_choice, demo=demo), role=role, as_json=as_json)
