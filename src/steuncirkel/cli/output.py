"""Writing data to stdout: rendered first, written once, failures made plain."""

from __future__ import annotations

import sys

from steuncirkel.base.streams import write_stdout
from steuncirkel.render.lines import to_text
from steuncirkel.render.screen import screen_of

TYPE_CHECKING = False
if TYPE_CHECKING:
    from steuncirkel.render.lines import Block

__all__ = ["emit_blocks"]


def emit_blocks(blocks: list[Block]) -> None:
    """Wrap to the terminal width (80 when not a terminal); styled only on a terminal that
    is not dumb (``render/screen.py``)."""
    if sys.stdout is None:
        return
    screen = screen_of(sys.stdout)
    write_stdout(to_text(blocks, screen.width, screen))
