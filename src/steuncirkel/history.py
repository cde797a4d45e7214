"""The history of the store: every write keeps the version it replaces (issue #10).

On disk: the folder ``history/`` in the data folder (mode 0700), one file per kept
version, ``000042.json.gz`` (mode 0600), numbered upwards in the order of the writes.
Each file is an ordinary gzip file of the exact bytes ``circle.json`` held before the
write (``gunzip -c 000042.json.gz`` gives it back), and its gzip comment field holds
a line of ASCII JSON saying when the write happened and what it changed:
``{"saved": "2026-11-27T16:17:00Z", "change": "removed", "name": "Bram"}``. So
``history`` reads only the first bytes of each file, and one rename publishes a
version with its description. The last ``KEEP`` versions are kept.

The store (``store.py``) writes versions under its lock: it prepares the file before it
replaces ``circle.json`` and publishes it only after the replace succeeded, so a failed
or refused write leaves no version behind; ``circle.json.bak`` holds the same bytes.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import struct
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final

from steuncirkel.base.context import utc_text
from steuncirkel.base.errors import SteuncirkelError
from steuncirkel.base.i18n import Msg
from steuncirkel.base.storefile import (
    DIR_MODE,
    FILE_MODE,
    MAX_BYTES,
    TMP_PREFIX,
    TMP_SUFFIX,
    fsync_file,
    fsync_folder,
)

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from steuncirkel.base.circleview import CircleLike

__all__ = [
    "added_note",
    "HISTORY_DIR",
    "KEEP",
    "ChangeNote",
    "History",
    "Pending",
    "Version",
    "find_number",
    "pick_seq",
    "pick_undo",
]

HISTORY_DIR: Final = "history"
KEEP: Final = 20
VERSION_SUFFIX: Final = ".json.gz"
_VERSION_NAME: Final = re.compile(r"^(\d{1,12})\.json\.gz$")
_HEADER_MAX: Final = 64 * 1024  # the gzip header with its comment is read up to this
_GZIP_COMMENT: Final = 0x10
# Level 3: at 100,000 entries (73 MB) it packs in 90 ms to 1.95 MB; level 6 took 237 ms
# for 1.70 MB, which every write of a large circle paid (issue #12).
_GZIP_LEVEL: Final = 3


@dataclass(frozen=True)
class ChangeNote:
    """What one write changed, for ``history``: the kind of change and whom it concerns.

    ``change`` is one of: ``added``, ``edited``, ``renamed``, ``removed``, ``ordered``,
    ``contacted``, ``settings``, ``undone``, ``restored``. ``name`` is the entry's name
    (for ``renamed`` the new name; ``old_name`` the old one); ``number`` is the version
    an ``undone``/``restored`` write brought back; ``undone`` is the note of the change
    an ``undone`` write reversed.
    """

    change: str
    name: str | None = None
    old_name: str | None = None
    number: int | None = None
    undone: ChangeNote | None = None

    def to_json(self) -> dict[str, Any]:
        """The note as a JSON object, without the keys that are not set."""
        data: dict[str, Any] = {"change": self.change}
        for key in ("name", "old_name", "number"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        if self.undone is not None:
            data["undone"] = self.undone.to_json()
        return data

    @classmethod
    def from_json(cls, data: object, *, outer: bool = True) -> ChangeNote | None:
        """The note in ``data``, or None when it is not one (a damaged or foreign file).
        Only an outer note holds another (the change an undo reversed)."""
        if not isinstance(data, dict) or not isinstance(data.get("change"), str):
            return None

        def text(key: str) -> str | None:
            value = data.get(key)
            return value if isinstance(value, str) else None

        number = data.get("number")
        return cls(
            change=data["change"],
            name=text("name"),
            old_name=text("old_name"),
            number=number if type(number) is int else None,
            undone=cls.from_json(data.get("undone"), outer=False) if outer else None,
        )

    @property
    def is_undo(self) -> bool:
        return self.change == "undone"


@dataclass(frozen=True)
class Version:
    """One kept version: its number in the list (1 is the most recent), its place in
    the order of writes, when it was replaced, and the note of the write that replaced it."""

    number: int
    seq: int
    saved: datetime
    note: ChangeNote | None
    path: Path

    @property
    def is_undo(self) -> bool:
        return self.note is not None and self.note.is_undo


# --- the file format ----------------------------------------------------------------


def _gzip(payload: bytes, meta: dict[str, Any]) -> bytes:
    """``payload`` as one gzip member (RFC 1952) whose comment field is ``meta`` as ASCII
    JSON; any gzip tool reads it, and the comment can be read without decompressing."""
    comment = json.dumps(meta, ensure_ascii=True, separators=(",", ":")).encode("ascii")
    header = b"\x1f\x8b\x08" + bytes([_GZIP_COMMENT]) + struct.pack("<I", 0) + b"\x00\xff"
    packer = zlib.compressobj(_GZIP_LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS)
    body = packer.compress(payload) + packer.flush()
    trailer = struct.pack("<II", zlib.crc32(payload), len(payload) & 0xFFFFFFFF)
    return header + comment + b"\x00" + body + trailer


def _comment(head: bytes) -> dict[str, Any] | None:
    """The JSON object in the comment of the gzip header at the start of ``head``."""
    if len(head) < 10 or head[:3] != b"\x1f\x8b\x08":
        return None
    flags, pos = head[3], 10
    if flags & 0x04:  # FEXTRA
        pos += 2 + int.from_bytes(head[pos : pos + 2], "little")
    if flags & 0x08:  # FNAME
        end = head.find(b"\x00", pos)
        if end < 0:
            return None
        pos = end + 1
    if not flags & _GZIP_COMMENT:
        return None
    end = head.find(b"\x00", pos)
    if end < 0:
        return None
    try:
        meta = json.loads(head[pos:end].decode("latin-1"))
    except (ValueError, RecursionError):
        return None
    return meta if isinstance(meta, dict) else None


def _gunzip(data: bytes) -> bytes | None:
    """The bytes in a gzip file, checked (CRC, length, at most ``MAX_BYTES``), or None."""
    unpacker = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        payload = unpacker.decompress(data, MAX_BYTES + 1)
    except zlib.error:
        return None
    if len(payload) > MAX_BYTES or not unpacker.eof:
        return None
    return payload


def _utc_parse(text: object) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


# --- the folder ---------------------------------------------------------------------


class Pending:
    """A version written to a temporary file, not yet in the list: ``publish`` after the
    store was replaced, ``discard`` when it was not."""

    def __init__(self, history: History, fd: int, tmp: str) -> None:
        self._history = history
        self._fd: int | None = fd
        self._tmp: str | None = tmp

    def publish(self) -> None:
        """Flush the version to disk, give it the next number and prune the list to
        ``KEEP``. Best effort: the store is already replaced, and ``circle.json.bak``
        holds the same bytes, so a failure here loses no data."""
        if self._tmp is None or self._fd is None:
            return
        folder = self._history.folder
        try:
            fsync_file(self._fd)
            os.close(self._fd)
            self._fd = None
            os.chmod(self._tmp, FILE_MODE)  # mkstemp's 0600 may have met a strict umask
            target = folder / f"{self._history.next_seq():06d}{VERSION_SUFFIX}"
            if os.path.lexists(target):  # never over an existing version
                raise FileExistsError(target)
            os.replace(self._tmp, target)
            self._tmp = None
            fsync_folder(folder)
        except OSError:
            self.discard()
            return
        self._history.prune()

    def discard(self) -> None:
        """Remove the temporary file: the write it belonged to did not happen."""
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
        if self._tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._tmp)
            self._tmp = None


class History:
    """The kept versions of the store in one data folder."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.folder = home / HISTORY_DIR

    # reading -----------------------------------------------------------------------

    def _files(self) -> list[tuple[int, Path]]:
        """(seq, path) of every version file, oldest first. Creates nothing."""
        try:
            names = os.listdir(self.folder)
        except (FileNotFoundError, NotADirectoryError):
            return []
        found = []
        for name in names:
            match = _VERSION_NAME.match(name)
            if match:
                found.append((int(match.group(1)), self.folder / name))
        found.sort()
        return found

    def next_seq(self) -> int:
        files = self._files()
        return files[-1][0] + 1 if files else 1

    def versions(self) -> list[Version]:
        """The kept versions, most recent first (number 1). Reads only the headers.

        A file whose header cannot be read is still listed (without a note, with the
        time of the file), so that nothing kept is hidden.
        """
        result: list[Version] = []
        for number, (seq, path) in enumerate(reversed(self._files()), start=1):
            meta: dict[str, Any] | None = None
            saved: datetime | None = None
            try:
                with open(path, "rb") as handle:
                    meta = _comment(handle.read(_HEADER_MAX))
                    if meta is not None:
                        saved = _utc_parse(meta.get("saved"))
                    if saved is None:
                        mtime = os.fstat(handle.fileno()).st_mtime
                        saved = datetime.fromtimestamp(int(mtime), UTC)
            except OSError:
                saved = datetime.fromtimestamp(0, UTC)
            note = ChangeNote.from_json(meta)
            result.append(Version(number, seq, saved, note, path))
        return result

    def read(self, version: Version) -> bytes | None:
        """The store bytes a version holds, or None when the file is damaged."""
        try:
            with open(version.path, "rb") as handle:
                info = os.fstat(handle.fileno())
                if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
                    return None
                data = handle.read()
        except OSError:
            return None
        return _gunzip(data)

    # writing (under the store's lock) ------------------------------------------------

    def _make_folder(self) -> None:
        """The history folder, 0700 (chmodded only when it is not, so a write costs
        no extra system call once the folder is right)."""
        try:
            info = os.lstat(self.folder)
        except FileNotFoundError:
            os.mkdir(self.folder, DIR_MODE)
            os.chmod(self.folder, DIR_MODE)
            return
        if not stat.S_ISDIR(info.st_mode):
            raise NotADirectoryError(20, "not a folder", str(self.folder))
        if stat.S_IMODE(info.st_mode) != DIR_MODE:
            os.chmod(self.folder, DIR_MODE)

    def prepare(self, replaced: bytes, note: ChangeNote | None, saved: datetime) -> Pending:
        """Write the version ``replaced`` to a temporary file in the history folder.

        Not flushed yet: ``Pending.publish`` does that after the store was replaced, so
        that a write costs the flushes of the store first. Raises OSError.
        """
        import tempfile

        self._make_folder()
        meta = {"saved": utc_text(saved), **(note.to_json() if note else {})}
        data = _gzip(replaced, meta)
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=TMP_PREFIX, suffix=TMP_SUFFIX)
        pending = Pending(self, fd, tmp)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        except BaseException:
            pending.discard()
            raise
        return pending

    def prune(self, keep: int = KEEP) -> None:
        """Remove all but the ``keep`` most recent versions."""
        files = self._files()
        for _, path in files[: max(0, len(files) - keep)]:
            with contextlib.suppress(OSError):
                os.unlink(path)

    def remove_orphans(self) -> None:
        """Delete temporary files left by a killed writer: each holds personal data."""
        if not os.path.isdir(self.folder):
            return
        for orphan in self.folder.glob(f"{TMP_PREFIX}*{TMP_SUFFIX}"):
            with contextlib.suppress(FileNotFoundError):
                orphan.unlink()


def added_note(_before: CircleLike, after: CircleLike) -> ChangeNote:
    """The note of an ``add``: the new entry (the last one) by its name as stored."""
    return ChangeNote("added", name=after.entries[-1].name)


# --- which version to bring back ----------------------------------------------------


def pick_undo(versions: list[Version]) -> tuple[Version, ChangeNote]:
    """The version ``undo`` brings back, and the note of that write.

    Walking from the most recent version down, each undo version cancels the next
    change below it that is not an undo (the change it undid); the first change left
    over is the one to step back from. So each ``undo`` steps back one more change, ten
    undos after ten edits give back the first version, and after undo, edit, undo the
    next undo goes on from where the first undo left off (it does not bring back a
    state you already have). Raises when there is nothing (more) to undo.
    """
    if not versions:
        raise SteuncirkelError(Msg.UNDO_NOTHING)
    undone = 0
    for version in versions:
        if version.is_undo:
            undone += 1
        elif undone:
            undone -= 1
        else:
            return version, ChangeNote("undone", number=version.number, undone=version.note)
    raise SteuncirkelError(Msg.UNDO_NO_FURTHER, keep=KEEP)


def pick_seq(seq: int, number: int) -> Callable[[list[Version]], tuple[Version, ChangeNote]]:
    """A picker for ``restore N``: the version the user chose as number ``number``,
    found by its place in the order of writes (``seq``), or a refusal when it is gone."""

    def pick(versions: list[Version]) -> tuple[Version, ChangeNote]:
        for version in versions:
            if version.seq == seq:
                return version, ChangeNote("restored", number=number)
        raise SteuncirkelError(Msg.RESTORE_NOT_LISTED, number=number, count=len(versions))

    return pick


def find_number(versions: list[Version], number: int) -> Version:
    """Version ``number`` of the list, or a refusal that says what there is."""
    if not versions:
        raise SteuncirkelError(Msg.RESTORE_NONE)
    if not 1 <= number <= len(versions):
        raise SteuncirkelError(Msg.RESTORE_NOT_LISTED, number=number, count=len(versions))
    return versions[number - 1]
