"""The store file on disk: its names, strict reading, the shape check, atomic writing.

The one reader of ``circle.json``: the crisis view uses it as it is, the store
(``store.py``) adds the models and the lock on top. Errors are raised as the
``StoreError`` family.
"""

from __future__ import annotations

import codecs
import errno
import json
import os
import re
import stat
import sys

from steuncirkel.base.errors import StoreCorrupt, StoreMissing, StoreTooNew, StoreUnreadable
from steuncirkel.base.i18n import Msg
from steuncirkel.base.migrations import migrate
from steuncirkel.base.vocab import FORMAT_MARKER, SCHEMA_VERSION

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Final

    StrPath = str | os.PathLike[str]

__all__ = [
    "BACKUP_NAME",
    "DIR_MODE",
    "FILE_MODE",
    "LOCK_NAME",
    "MAX_BYTES",
    "STORE_NAME",
    "TMP_PREFIX",
    "TMP_SUFFIX",
    "NotConfirmed",
    "atomic_write",
    "fsync_file",
    "fsync_folder",
    "corrupt_shape",
    "home_not_folder",
    "refuse_file_as_home",
    "decode_store",
    "load_raw",
    "shape_problem",
    "io_reason",
    "read_store_bytes",
]

STORE_NAME: Final = "circle.json"
BACKUP_NAME: Final = "circle.json.bak"
LOCK_NAME: Final = "circle.json.lock"
TMP_PREFIX: Final = ".steuncirkel-"
TMP_SUFFIX: Final = ".tmp"
MAX_BYTES: Final = 16 * 1024 * 1024
DIR_MODE: Final = 0o700
FILE_MODE: Final = 0o600
_SURROGATE_ESCAPE: Final = re.compile(rb"\\u[dD][89a-fA-F]")


# --- reading --------------------------------------------------------------------------


def io_reason(exc: OSError) -> tuple[Msg, dict[str, Any]]:
    """A translatable reason for an OS error, with its parameters."""
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Msg.REASON_NO_PERMISSION, {}
    if exc.errno == errno.EROFS:
        return Msg.REASON_READ_ONLY, {}
    if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return Msg.REASON_DISK_FULL, {}
    return Msg.REASON_OTHER, {"detail": exc.strerror or type(exc).__name__}


def _corrupt(path: StrPath, backup: StrPath, reason: Msg, **params: Any) -> StoreCorrupt:
    key = Msg.STORE_CORRUPT if os.path.exists(backup) else Msg.STORE_CORRUPT_NO_BACKUP
    return StoreCorrupt(key, path=path, backup=backup, reason=reason, **params)


def _unreadable(path: StrPath, backup: StrPath, exc: OSError) -> StoreUnreadable:
    reason, params = io_reason(exc)
    return StoreUnreadable(Msg.STORE_UNREADABLE, path=path, backup=backup, reason=reason, **params)


def home_not_folder(home: StrPath) -> StoreUnreadable:
    """The error for a data folder that is a file (or lies below one)."""
    return StoreUnreadable(Msg.HOME_NOT_FOLDER, path=home)


def refuse_file_as_home(home: StrPath) -> None:
    """Refuse a data folder that exists but is not a folder; it is left alone."""
    if os.path.exists(home) and not os.path.isdir(home):
        raise home_not_folder(home)


def read_store_bytes(
    home: StrPath, name: str = STORE_NAME
) -> tuple[bytes | None, tuple[int, int] | None]:
    """The store's bytes and (mtime_ns, size), or (None, None) if there is none yet.

    A missing store beside its backup is not "none yet" (``StoreMissing``), nor is a
    link to a file that is gone (``StoreUnreadable``). Creates nothing. Refuses a data
    folder that is a file, a store that is not a regular file (a FIFO would block) and
    a store larger than ``MAX_BYTES``. With
    ``name=BACKUP_NAME`` it reads the backup the same way.
    """
    path, backup = os.path.join(home, name), os.path.join(home, BACKUP_NAME)
    refuse_file_as_home(home)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        if os.path.islink(path):  # a link to a file that is gone: not "no circle yet"
            target = os.readlink(path)
            raise StoreUnreadable(
                Msg.STORE_DANGLING_LINK, path=path, target=target, backup=backup
            ) from None
        if name == STORE_NAME and os.path.lexists(backup):
            raise StoreMissing(Msg.STORE_MISSING, path=path, backup=backup) from None
        return None, None
    except NotADirectoryError:
        raise home_not_folder(home) from None
    except OSError as exc:
        raise _unreadable(path, backup, exc) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise StoreUnreadable(
                Msg.STORE_UNREADABLE, path=path, backup=backup, reason=Msg.REASON_NOT_A_FILE
            )
        # Checked before reading and while reading (the file may grow in between).
        too_big = _corrupt(path, backup, Msg.REASON_TOO_BIG, limit=MAX_BYTES // (1024 * 1024))
        if info.st_size > MAX_BYTES:
            raise too_big
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, 1024 * 1024):
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_BYTES:
                raise too_big
        return b"".join(chunks), (info.st_mtime_ns, info.st_size)
    except OSError as exc:
        raise _unreadable(path, backup, exc) from None
    finally:
        os.close(fd)


def _reject_constant(name: str) -> Any:
    msg = f"{name} is not allowed"
    raise ValueError(msg)


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            msg = f"duplicate key {key!r}"
            raise ValueError(msg)
        result[key] = value
    return result


def _has_lone_surrogate(value: Any) -> bool:
    """True if any string in the JSON tree holds a lone surrogate (unsavable text)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if not item.isascii():
                try:
                    item.encode("utf-8")
                except UnicodeEncodeError:
                    return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def decode_store(raw: bytes, path: StrPath, backup: StrPath) -> dict[str, Any]:
    """The raw JSON object of a store, migrated to the current version.

    Strict on purpose: no NaN, no duplicate keys, strict UTF-8 (a leading BOM from a
    text editor is accepted), no lone surrogates, a known format and version. Raises
    StoreCorrupt or StoreTooNew. The shape of the entries is checked by the caller.
    """
    if not raw.strip():
        raise _corrupt(path, backup, Msg.REASON_EMPTY)
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _corrupt(path, backup, Msg.REASON_NOT_UTF8) from None
    try:
        obj = json.loads(
            text, parse_constant=_reject_constant, object_pairs_hook=_no_duplicate_keys
        )
    except json.JSONDecodeError as exc:
        raise _corrupt(
            path, backup, Msg.REASON_BAD_JSON, line=exc.lineno, column=exc.colno
        ) from None
    except RecursionError:
        raise _corrupt(path, backup, Msg.REASON_TOO_DEEP) from None
    except ValueError as exc:  # NaN, duplicate keys, over-long integers
        raise _corrupt(path, backup, Msg.REASON_OTHER, detail=str(exc)[:120]) from None
    # Valid UTF-8 cannot hold a surrogate, so only a JSON escape (\\ud800) can bring one.
    if _SURROGATE_ESCAPE.search(raw) and _has_lone_surrogate(obj):
        raise _corrupt(path, backup, Msg.REASON_BAD_TEXT)
    if not isinstance(obj, dict) or obj.get("format") != FORMAT_MARKER:
        raise _corrupt(path, backup, Msg.REASON_NOT_A_CIRCLE)
    version = obj.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        shown = json.dumps(version, ensure_ascii=True)[:20]  # true, null, "1": as in the file
        raise _corrupt(path, backup, Msg.REASON_BAD_VERSION, version=shown)
    if version > SCHEMA_VERSION:
        raise StoreTooNew(
            Msg.STORE_TOO_NEW, path=path, backup=backup, version=version, supported=SCHEMA_VERSION
        )
    try:
        return migrate(obj, SCHEMA_VERSION)
    except LookupError:
        raise _corrupt(path, backup, Msg.REASON_BAD_VERSION, version=version) from None


def corrupt_shape(path: StrPath, backup: StrPath, field: str) -> StoreCorrupt:
    """The error for a store whose JSON is fine but whose ``field`` has the wrong shape."""
    return _corrupt(path, backup, Msg.REASON_BAD_FIELD, field=field)


def shape_problem(raw: dict[str, Any]) -> str | None:
    """Where a decoded store lacks the documented shape, as a field path, or None.

    The checks every reader needs before it can walk the entries; the models check the
    rest (kinds, roles, dates) when the app reads the store.
    """
    entries = raw.get("entries", [])
    if not isinstance(entries, list):
        return "entries"
    for key, kind in (("settings", dict), ("crisis_order", list)):
        if key in raw and not isinstance(raw[key], kind):
            return key
    seen: set[str] = set()
    for n, entry in enumerate(entries):
        if not isinstance(entry, dict):
            return f"entries[{n}]"
        for key in ("id", "name"):
            if not isinstance(entry.get(key), str):
                return f"entries[{n}].{key}"
        if not isinstance(entry.get("roles", []), list):
            return f"entries[{n}].roles"
        if entry["id"] in seen:  # two entries with one id: which one would an edit change?
            return f"entries[{n}].id"
        seen.add(entry["id"])
    return None


def load_raw(home: str, name: str = STORE_NAME) -> tuple[dict[str, Any] | None, str | None]:
    """The decoded store (or backup) in ``home`` and where its shape is wrong, if anywhere.

    (None, None) when there is no such file. Raises ``StoreError`` when the file cannot
    be read or decoded at all.
    """
    raw_bytes, _ = read_store_bytes(home, name)
    if raw_bytes is None:
        return None, None
    path, backup = os.path.join(home, name), os.path.join(home, BACKUP_NAME)
    raw = decode_store(raw_bytes, path, backup)
    return raw, shape_problem(raw)


# --- writing --------------------------------------------------------------------------


class NotConfirmed(OSError):
    """The new file is in place, but flushing its folder failed: it may not survive a
    power cut. Raised by ``atomic_write`` after the rename, so "nothing changed" would
    be untrue."""


def fsync_file(fd: int) -> None:
    """Flush a file to the disk (on macOS with F_FULLFSYNC, which reaches the platter)."""
    if sys.platform == "darwin":  # plain fsync does not reach the platter on macOS
        import fcntl

        fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
        return
    os.fsync(fd)


def fsync_folder(folder: StrPath) -> None:
    """Flush a folder, so a rename in it survives a power cut."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some file systems cannot fsync a directory; that is not a failed flush.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP):
            raise
    finally:
        os.close(fd)


def atomic_write(path: StrPath, payload: bytes) -> None:
    """Replace ``path`` with ``payload`` so that a crash leaves the old or the new file.

    The temporary file is created 0600 in the same folder and removed on any failure;
    an fsync error is final (no replace, no retry). ``os.replace`` replaces a symlink
    at ``path`` rather than writing through it. A failure to flush the folder after the
    rename raises ``NotConfirmed``: the new content is already in place.
    """
    import tempfile  # not at module level: the crisis view never writes

    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=TMP_PREFIX, suffix=TMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            fsync_file(handle.fileno())
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:
        fsync_folder(folder)
    except OSError as exc:
        raise NotConfirmed(exc.errno, exc.strerror) from exc
