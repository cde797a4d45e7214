"""``steuncirkel show``: the circle grouped by role, or the same as JSON."""

# No `from __future__ import annotations`: Typer reads the annotations at run time.

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from steuncirkel import operations
from steuncirkel.base.i18n import Lang, Msg, t
from steuncirkel.cli.common import LangChoice, reported, session_for
from steuncirkel.cli.options import demo_option, home_option, lang_option
from steuncirkel.cli.output import emit, emit_blocks, stdout_is_utf8
from steuncirkel.models import Role
from steuncirkel.render import jsondoc
from steuncirkel.render.terminal import render_empty, render_show

__all__ = ["RoleChoice", "register"]


class RoleChoice(StrEnum):
    """Values of ``show --role``; ``none`` is the group with no role yet."""

    crisis = "crisis"
    listens = "listens"
    practical = "practical"
    none = "none"


CRISIS_POINTERS = (Msg.POINTER_CRISIS_EMPTY, Msg.POINTER_CRISIS_FEW, Msg.POINTER_CRISIS_NO_PHONE)


def _hints_for(
    hints: list[operations.Pointer], role: RoleChoice | None
) -> list[operations.Pointer]:
    """All pointers for the whole circle; for the crisis list only its own (§2: a short
    crisis list is flagged wherever it is shown)."""
    if role is None:
        return hints
    if role is RoleChoice.crisis:
        return [hint for hint in hints if hint.msg in CRISIS_POINTERS]
    return []


def register(app: typer.Typer, lang: Lang) -> None:
    """Add the ``show`` command to ``app``, with help in ``lang``."""

    @app.command(help=t(Msg.HELP_SHOW, lang))
    def show(
        ctx: typer.Context,
        role: Annotated[
            RoleChoice | None,
            typer.Option(
                "--role",
                help=t(Msg.HELP_SHOW_ROLE, lang),
                show_default=False,
                case_sensitive=False,
            ),
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help=t(Msg.HELP_SHOW_JSON, lang))] = False,
        home: Annotated[Path | None, home_option(lang)] = None,
        lang_choice: Annotated[LangChoice | None, lang_option(lang)] = None,
        demo: Annotated[bool, demo_option(lang)] = False,
    ) -> None:
        session = session_for(ctx, home=home, lang=lang_choice, demo=demo)
        with reported(session):
            circle = session.load()
            only_role = role is not None
            chosen = None if role in (None, RoleChoice.none) else Role(str(role))
            hints = operations.pointers(circle) if circle.entries else []
            if as_json:
                document = jsondoc.show_document(
                    circle, hints, session.lang, role=chosen, only_role=only_role
                )
                emit(jsondoc.dumps(document, ascii_only=not stdout_is_utf8()))
            elif not circle.entries:
                emit_blocks(render_empty(session.lang))
            else:
                emit_blocks(
                    render_show(
                        circle,
                        _hints_for(hints, role),
                        session.lang,
                        role=chosen,
                        only_role=only_role,
                        demo=session.demo,
                        ascii_only=not stdout_is_utf8(),
                    )
                )
