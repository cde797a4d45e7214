"""Writing data to stdout: rendered first, written once, failures made plain."""

from __future__ import annotations

import errno
import sys
from typing import TYPE_CHECKING

from steuncirkel.base.errors import SteuncirkelError
from steuncirkel.base.i18n import Msg
from steuncirkel.render.lines import to_text
from steuncirkel.render.terminal import make_console

if TYPE_CHECKING:
    from steuncirkel.render.lines import Block

__all__ = ["emit", "emit_blocks", "stdout_is_utf8"]


def stdout_is_utf8() -> bool:
    """True when stdout can carry any character (else JSON is written as ASCII escapes)."""
    encoding = getattr(sys.stdout, "encoding", None) or ""
    return encoding.lower().replace("-", "").replace("_", "") in ("utf8", "utf8sig")


def emit(text: str) -> None:
    """Write ``text`` to stdout; a full disk or a closed stdout becomes a plain error.

    A closed pipe (EPIPE) is re-raised as BrokenPipeError for the entry point, which
    exits quietly as the Python docs recommend.
    """
    if sys.stdout is None:
        return
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        if exc.errno == errno.EPIPE:
            raise BrokenPipeError(errno.EPIPE, "broken pipe") from None
        reason = exc.strerror or type(exc).__name__
        raise SteuncirkelError(Msg.OUTPUT_FAILED, reason=reason) from None


def emit_blocks(blocks: list[Block]) -> None:
    """Wrap to the terminal width (80 when not a terminal), style only on a colour terminal."""
    if sys.stdout is None:
        return
    console = make_console(sys.stdout)
    emit(to_text(blocks, console.width, console))
