"""Writing to the standard streams: data to stdout, messages to stderr, never a traceback.

A closed pipe (EPIPE) reaches the entry point as ``BrokenPipeError``, which exits
quietly as the Python docs recommend; any other failure to write stdout (a full disk,
a closed terminal) becomes ``OutputFailed`` with a reason the user can read.
"""

from __future__ import annotations

import errno
import io  # already loaded by the interpreter for sys.stdout: costs nothing
import os
import sys

from steuncirkel.base.errors import SteuncirkelError
from steuncirkel.base.i18n import Msg

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Final

__all__ = [
    "OutputFailed",
    "debug_traceback",
    "guard_stdout",
    "say_line",
    "stdout_was_closed",
    "write_stdout",
]


class OutputFailed(SteuncirkelError):
    """Standard output could not be written; the reason is in ``params``."""


# How long a full non-blocking stdout may make no progress before we give up: long
# enough for a paused pager or a terminal held with Ctrl-S, short enough not to hang.
STALL_SECONDS: Final = 10.0


_closed_at_start = [False]


def stdout_was_closed() -> None:
    """Called by the entry point when fd 1 was closed and replaced by /dev/null: output
    then reaches no one, and writing it must not count as success."""
    _closed_at_start[0] = True


def _write_all(fd: int, data: bytes) -> None:
    """Write every byte of ``data`` to ``fd``: a short write goes on where it stopped, a
    full non-blocking pipe is waited for (up to ``STALL_SECONDS`` without progress), and
    anything else raises. Python's text streams can drop a short write silently (with
    PYTHONUNBUFFERED=1 nothing even notices EAGAIN), so stdout is written here."""
    if _closed_at_start[0] and fd == 1 and data:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))
    view = memoryview(data)
    while view:
        try:
            written = os.write(fd, view)
        except BlockingIOError:
            import select

            _, ready, _ = select.select([], [fd], [], STALL_SECONDS)
            if not ready:
                raise OSError(errno.EAGAIN, os.strerror(errno.EAGAIN)) from None
            continue
        except InterruptedError:
            continue
        if written <= 0:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        view = view[written:]


def _stdout_fd() -> int | None:
    """The file descriptor behind ``sys.stdout``, or None (a test's in-memory stream)."""
    try:
        return sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return None


def guard_stdout() -> None:
    """Make every write to ``sys.stdout`` whole or an error, also the ones we do not
    make ourselves (Click's help, ``--version``): a text stream over ``_WholeWrites``,
    written through at once, as ``python -u`` does with a plain raw file."""
    stream = sys.stdout
    fd = _stdout_fd()
    if stream is None or fd is None or os.name == "nt":
        return

    class _WholeWrites(io.RawIOBase):  # defined here: crisis never pays for the class
        """A raw stdout whose ``write`` delivers every byte or raises (``_write_all``)."""

        def __init__(self, fd: int) -> None:
            super().__init__()
            self._fd = fd

        def writable(self) -> bool:
            return True

        def fileno(self) -> int:
            return self._fd

        def isatty(self) -> bool:
            return os.isatty(self._fd)

        def write(self, data: Any) -> int:  # any bytes-like object
            chunk = bytes(data)
            _write_all(self._fd, chunk)
            return len(chunk)

        def close(self) -> None:  # the descriptor belongs to the process, not to us
            self.flush()

    stream.flush()
    sys.stdout = io.TextIOWrapper(
        _WholeWrites(fd),  # a raw writer, as `python -u` uses
        encoding=stream.encoding,
        errors=stream.errors,
        write_through=True,
    )


def write_stdout(text: str | bytes) -> None:
    """Write ``text`` (or the bytes of a binary printout) to stdout, all of it.

    Raises ``BrokenPipeError`` for a closed pipe and ``OutputFailed`` when the output
    could not be written whole (a full disk, a file-size limit, a stalled pipe).
    """
    stream = sys.stdout
    if stream is None:
        return
    try:
        fd = _stdout_fd()
        if fd is None or os.name == "nt":  # a test's stream; a Windows console's encoding
            if isinstance(text, bytes):
                stream.buffer.write(text)
            else:
                stream.write(text)
            stream.flush()
            return
        stream.flush()  # whatever was written before goes first
        if isinstance(text, str):
            text = text.encode(stream.encoding or "utf-8", stream.errors or "strict")
        _write_all(fd, text)
    except BrokenPipeError:
        raise
    except OSError as exc:
        if exc.errno == errno.EPIPE:
            raise BrokenPipeError(errno.EPIPE, "broken pipe") from None
        from steuncirkel.base.storefile import io_reason

        reason, params = io_reason(exc)
        raise OutputFailed(Msg.OUTPUT_FAILED, reason=reason, **params) from None


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
