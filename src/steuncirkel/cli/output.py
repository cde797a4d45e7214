"""Writing data to stdout: rendered first, written once, failures made plain."""

from __future__ import annotations

import errno
import sys
from typing import TYPE_CHECKING

from steuncirkel.errors import SteuncirkelError
from steuncirkel.i18n import Msg
from steuncirkel.render.terminal import make_console

if TYPE_CHECKING:
    from rich.console import RenderableType

__all__ = ["emit", "emit_rich", "stdout_is_utf8"]


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


def emit_rich(renderable: RenderableType) -> None:
    """Render with Rich (colour only on a terminal, never with NO_COLOR) and write once."""
    if sys.stdout is None:
        return
    console = make_console(sys.stdout)
    with console.capture() as capture:
        console.print(renderable)
    # Rich pads lines to the width; trailing spaces only get in the way in files and pipes.
    emit("".join(line.rstrip(" ") + "\n" for line in capture.get().splitlines()))
