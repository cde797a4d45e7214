"""A note beside the store that says "this version wrote these bytes, checked".

Every write checks with the models what it writes (``working.py``): the whole circle
when the store it read is not the one the note names, else what it changed (the rest
was checked when it was written). Afterwards it leaves ``circle.json.checked`` in the
data folder: the app's version and format version, the store's size and its CRC-32. A
command that reads the store and finds it matching the note knows the bytes are
exactly the last ones this version wrote and checked. It reads them with plain
``json.loads`` and ``base/circleview.py``: no strict reader, no Pydantic; a write reads
them the same way and keeps what it does not change as it was. Any other bytes (a hand
edit; a version restored from the history, unless it is byte for byte the one the note
names; a store from another version; a missing or damaged note) do not match, and the
store is checked in full.

The note is a shortcut, never a source of truth: losing it costs time, not data, so it
is written without an fsync and any failure to write it is ignored. The CRC finds
accidental edits (every change within 32 bits in a row, any other with a chance of one
in four billion to slip by); it is no defence against someone who can write in the data
folder, who could change the note as well.
"""

from __future__ import annotations

import os
import stat
import zlib

from steuncirkel import __version__
from steuncirkel.base.storefile import FILE_MODE, TMP_PREFIX, TMP_SUFFIX
from steuncirkel.base.vocab import SCHEMA_VERSION

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

    from steuncirkel.base.storefile import StrPath

__all__ = ["STAMP_NAME", "matches", "record"]

STAMP_NAME: Final = "circle.json.checked"
_MAX_STAMP: Final = 200  # a note is one short line; a larger file is not ours


def _note(payload: bytes) -> bytes:
    made_by = f"{__version__} {SCHEMA_VERSION}"  # a note of another version is not trusted
    return f"steuncirkel {made_by} {len(payload)} {zlib.crc32(payload):08x}\n".encode()


def matches(home: StrPath, payload: bytes) -> bool:
    """True when ``payload`` (the store's bytes, just read) is what this version wrote
    and checked, as the note in ``home`` says. Never raises: no note means no."""
    # Not through a link, and never waiting: a FIFO in its place would block the open
    # or the read of every reading command.
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(os.path.join(home, STAMP_NAME), flags)
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        note = os.read(fd, _MAX_STAMP + 1)
    except OSError:
        return False
    finally:
        os.close(fd)
    return note == _note(payload)


def record(home: StrPath, payload: bytes) -> None:
    """Leave the note for ``payload``, which the caller checked and has just written as
    the store in ``home``. Best effort: a note that cannot be written is left out."""
    import tempfile

    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=home, prefix=TMP_PREFIX, suffix=TMP_SUFFIX)
        with os.fdopen(fd, "wb") as handle:
            handle.write(_note(payload))
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, os.path.join(home, STAMP_NAME))
        tmp = None
    except OSError:
        pass  # the old note names other bytes: the next read checks in full
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
