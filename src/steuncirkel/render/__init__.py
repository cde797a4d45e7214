"""Renderers: pure functions from a view of the circle to text or bytes, and their registry.

Each ``print --format`` declares itself once in ``RENDERERS``: its name, the file
suffixes that choose it, whether it is binary (then it needs ``--output``), and the
layouts it can draw. ``print`` derives its ``--format`` choices, the format of a file
name and its refusals from here. A renderer's module is imported only when its format
is asked for, so a heavy library (fpdf2) never slows down the other commands.
"""

from __future__ import annotations

from importlib import import_module

from steuncirkel.base.records import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Final

    from steuncirkel.base.i18n import Lang
    from steuncirkel.reading import PrintView

__all__ = [
    "DEFAULT_FORMAT",
    "FORMATS",
    "FORMAT_WORDS",
    "FORMAT_WORDS_SHOWN",
    "LAYOUTS",
    "LAYOUT_WORDS",
    "LAYOUT_WORDS_SHOWN",
    "RENDERERS",
    "PrintOptions",
    "Renderer",
    "format_for",
    "LAYOUT_FORMATS",
]

POSTER_AND_CARD: Final = ("poster", "card")  # an A4 poster, a folded wallet card


# Records are ``base.records.Record`` (a NamedTuple), not dataclasses, here and on every
# reading command's path: importing ``dataclasses`` (and ``inspect`` with it) costs nearly
# as much as starting Python, and ``typing`` a third of that.


class PrintOptions(Record):
    """How to lay out a printout; a format ignores what it cannot show."""

    layout: str = "poster"
    qr: bool = True
    discreet: bool = False


class Renderer(Record):
    """One output format of ``print``."""

    name: str
    module: str  # holds ``render(view, lang, options)``
    suffixes: tuple[str, ...] = ()  # file names ending so choose this format
    binary: bool = False  # bytes, never to a terminal: needs --output
    layouts: tuple[str, ...] = ()  # the layouts it draws; () means one plain layout

    def load(self) -> Callable[[PrintView, Lang, PrintOptions], str | bytes]:
        """The ``render(view, lang, options)`` function, imported on first use."""
        render: Callable[[PrintView, Lang, PrintOptions], str | bytes]
        render = import_module(self.module).render
        return render


RENDERERS: Final[dict[str, Renderer]] = {
    r.name: r
    for r in (
        Renderer("text", "steuncirkel.render.text", (".txt",)),
        Renderer("markdown", "steuncirkel.render.markdown", (".md",)),
        Renderer("html", "steuncirkel.render.html", (".html", ".htm"), layouts=POSTER_AND_CARD),
        Renderer("pdf", "steuncirkel.render.pdf", (".pdf",), binary=True, layouts=POSTER_AND_CARD),
    )
}
FORMATS: Final = tuple(RENDERERS)
DEFAULT_FORMAT: Final = "text"
# Every layout some format draws (the --layout choices), and the formats that draw them.
LAYOUTS: Final = tuple(dict.fromkeys(lay for r in RENDERERS.values() for lay in r.layouts))
LAYOUT_FORMATS: Final = tuple(r.name for r in RENDERERS.values() if r.layouts)
# The words --layout accepts, in English and Dutch, as for --kind.
LAYOUT_WORDS: Final = {"poster": "poster", "affiche": "poster", "card": "card", "kaart": "card"}
LAYOUT_WORDS_SHOWN: Final = {"nl": ("poster", "kaart"), "en": ("poster", "card")}
# The words --format takes, in either language; per language, the ones help lists.
FORMAT_WORDS: Final = {**{name: name for name in FORMATS}, "tekst": "text"}
FORMAT_WORDS_SHOWN: Final = {
    "en": FORMATS,
    "nl": tuple("tekst" if name == "text" else name for name in FORMATS),
}


def format_for(output: str) -> str:
    """The format a file name asks for (``kaart.pdf`` is a PDF); text for ``-`` or else."""
    if output == "-":
        return DEFAULT_FORMAT
    from pathlib import PurePath  # only print names a file

    suffix = PurePath(output).suffix.lower()
    return next((r.name for r in RENDERERS.values() if suffix in r.suffixes), DEFAULT_FORMAT)
