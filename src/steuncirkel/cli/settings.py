"""``steuncirkel settings``: show the settings, or change country, language and name."""

# No `from __future__ import annotations`: Typer reads the annotations at run time.
# Typer is imported inside ``register``: ``describe`` also serves the quick path
# (``cli/quick.py``), which never loads it.

from steuncirkel.base.i18n import Msg
from steuncirkel.base.streams import write_stdout
from steuncirkel.base.vocab import Country
from steuncirkel.cli.session import Session, reported, say

__all__ = ["describe", "register"]


TYPE_CHECKING = False
if TYPE_CHECKING:
    import typer

    from steuncirkel.base.circleview import CircleLike
    from steuncirkel.base.i18n import Lang


def _describe(circle: "CircleLike", session: Session) -> str:
    from steuncirkel.render.settings import render_settings

    folder = None
    if not session.demo:
        from pathlib import Path

        folder = str(Path(session.context.home()))
    return render_settings(circle.settings, session.lang, folder)


def describe(session: Session) -> None:
    """Show the settings (``settings`` without options) and how to change them."""
    with reported(session):
        circle = session.read()
        write_stdout(_describe(circle, session))
        if not session.demo:
            say(Msg.SETTINGS_HOW_TO_CHANGE, session.lang)


def register(app: "typer.Typer", lang: "Lang") -> None:
    """Add the ``settings`` command to ``app``, with help in ``lang``."""
    from typing import Annotated  # not at the top: the quick path runs without typing

    import typer

    from steuncirkel.base.i18n import t
    from steuncirkel.cli.common import CountryChoice, LangChoice, reported, session_for
    from steuncirkel.cli.options import demo_option, home_option, lang_option, whole_number

    @app.command(help=t(Msg.HELP_SETTINGS, lang))
    def settings(
        ctx: typer.Context,
        country: Annotated[
            CountryChoice | None,
            typer.Option(
                "--country",
                help=t(Msg.HELP_SETTINGS_COUNTRY, lang),
                show_default=False,
                case_sensitive=False,
            ),
        ] = None,
        new_lang: Annotated[LangChoice | None, lang_option(lang, Msg.HELP_SETTINGS_LANG)] = None,
        name: Annotated[
            str | None,
            typer.Option(
                "--name",
                help=t(Msg.HELP_SETTINGS_NAME, lang),
                show_default=False,
                metavar=t(Msg.METAVAR_TEXT, lang),
            ),
        ] = None,
        nudge_weeks: Annotated[
            int | None,
            typer.Option(
                "--nudge-weeks",
                help=t(Msg.HELP_SETTINGS_NUDGE, lang),
                show_default=False,
                metavar="N",
                parser=whole_number(lang, Msg.NUDGE_WEEKS_NOT_A_NUMBER),
            ),
        ] = None,
        home: Annotated[str | None, home_option(lang)] = None,
        demo: Annotated[bool, demo_option(lang)] = False,
    ) -> None:
        session = session_for(ctx, home=home, demo=demo)
        if country is None and new_lang is None and name is None and nudge_weeks is None:
            describe(session)
            return
        with reported(session):
            store = session.store()
            changed = False

            from steuncirkel import operations
            from steuncirkel.base.circleview import CircleView
            from steuncirkel.working import changes_nothing

            def change(current: CircleView) -> CircleView:
                nonlocal changed
                new = operations.update_settings(
                    current,
                    country=Country(country.value) if country else None,
                    lang=new_lang.value if new_lang else None,
                    name=name,
                    nudge_weeks=nudge_weeks,
                )
                changed = not changes_nothing(current, new)
                return new

            # A change that changes nothing touches nothing: not even the lock or the folder
            # (and a damaged store is refused here, as before). The write itself is decided
            # again under the lock, so a concurrent change is never lost or misreported.
            saved = store.load()
            if not changes_nothing(saved, change(saved)):
                from steuncirkel.history import ChangeNote

                saved = store.update(change, ChangeNote("settings"))
            session.settle_lang(saved)
            if not changed:
                say(Msg.SETTINGS_UNCHANGED, session.lang)
                return
            say(Msg.SETTINGS_SAVED, session.lang)
            write_stdout(_describe(saved, session))
