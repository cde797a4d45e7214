"""Writing to the standard streams: data to stdout, messages to stderr, never a traceback.

A closed pipe (EPIPE) reaches the entry point as ``BrokenPipeError``, which exits
quietly as the Python docs recommend; any other failure to write stdout (a full disk,
a closed terminal) becomes ``OutputFailed`` with a reason the user can read.
"""

from __future__ import annotations

import errno
import os
import sys

from steuncirkel.base.errors import SteuncirkelError
from steuncirkel.base.i18n import Msg

__all__ = ["OutputFailed", "debug_traceback", "say_line", "write_stdout"]


class OutputFailed(SteuncirkelError):
    """Standard output could not be written; the reason is in ``params``."""


def write_stdout(text: str | bytes) -> None:
    """Write ``text`` (or the bytes of a binary printout) to stdout and flush it."""
    if sys.stdout is None:
        return
    try:
        if isinstance(text, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(text)
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(text)
            sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        if exc.errno == errno.EPIPE:
            raise BrokenPipeError(errno.EPIPE, "broken pipe") from None
        raise OutputFailed(Msg.OUTPUT_FAILED, reason=exc.strerror or type(exc).__name__) from None


def debug_traceback(exc: BaseException) -> None:
    """The traceback of ``exc`` on stderr, only with STEUNCIRKEL_DEBUG=1: it can show
    personal data, so never by default."""
    if os.environ.get("STEUNCIRKEL_DEBUG") == "1":
        import traceback  # not at module level: the crisis view never needs it

        traceback.print_exception(exc)


def say_line(text: str) -> None:
    """Write one line to stderr; a stderr that cannot be written is left alone."""
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(text + "\n")
        stream.flush()
    except (OSError, ValueError):
        pass
