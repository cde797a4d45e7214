"""Renderers: pure functions from a view of the circle to text or bytes.

``FORMATS`` maps each ``print --format`` name to the module and function that render
it; modules are imported only when their format is asked for, so a heavy library (PDF,
later) never slows down the other commands.
"""

from __future__ import annotations

from importlib import import_module

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Final

    from steuncirkel.base.i18n import Lang
    from steuncirkel.operations import PrintView

__all__ = ["FORMATS", "LAYOUTS", "PrintOptions", "renderer"]

FORMATS: Final[dict[str, str]] = {
    "text": "steuncirkel.render.text",
    "markdown": "steuncirkel.render.markdown",
    "html": "steuncirkel.render.html",
    "pdf": "steuncirkel.render.pdf",
}
BINARY_FORMATS: Final = frozenset({"pdf"})
LAYOUTS: Final = ("poster", "card")


class PrintOptions:
    """How to lay out a printout; text and Markdown ignore what they cannot show.

    A plain class: this package is on the crisis view's import path (``render.safe``),
    which must not pay for importing ``dataclasses``.
    """

    __slots__ = ("discreet", "layout", "qr")

    def __init__(self, layout: str = "poster", qr: bool = True, discreet: bool = False) -> None:
        self.layout = layout
        self.qr = qr
        self.discreet = discreet


def renderer(name: str) -> Callable[[PrintView, Lang, PrintOptions], str | bytes]:
    """The ``render(view, lang, options)`` function of format ``name``."""
    module = import_module(FORMATS[name])
    render: Callable[[PrintView, Lang, PrintOptions], str | bytes] = module.render
    return render
