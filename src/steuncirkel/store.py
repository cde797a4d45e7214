"""The circle on disk: where it lives, how it is read, and how it is safely replaced.

Promises (PRODUCT §4, RELIABILITY.md): reading creates nothing; every write happens
under a kernel lock, goes through a temporary file in the same folder that is flushed,
fsynced and renamed over the store, followed by an fsync of the folder; the previous
version is kept as ``circle.json.bak``; a store we cannot read is never written; the
folder is 0700 and every file in it 0600.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import json
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from pydantic import ValidationError

from steuncirkel.errors import (
    HomeUnknown,
    StoreCorrupt,
    StoreError,
    StoreLocked,
    StoreTooNew,
    StoreUnreadable,
    StoreWriteFailed,
)
from steuncirkel.i18n import Msg
from steuncirkel.migrations import migrate
from steuncirkel.models import FORMAT_MARKER, SCHEMA_VERSION, Circle

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

__all__ = [
    "BACKUP_NAME",
    "LOCK_NAME",
    "STORE_NAME",
    "Store",
    "dump_circle",
    "parse_circle",
    "resolve_home",
]

STORE_NAME: Final = "circle.json"
BACKUP_NAME: Final = "circle.json.bak"
LOCK_NAME: Final = "circle.json.lock"
TMP_PREFIX: Final = ".steuncirkel-"
TMP_SUFFIX: Final = ".tmp"
MAX_BYTES: Final = 16 * 1024 * 1024
LOCK_TIMEOUT_SECONDS: Final = 15.0
DIR_MODE: Final = 0o700
FILE_MODE: Final = 0o600


# --- where ----------------------------------------------------------------------------


def resolve_home(option: Path | None, environ: Mapping[str, str] | None = None) -> Path:
    """The data folder: ``--home``, else ``STEUNCIRKEL_HOME``, else the platform default.

    The default is never relative to the working directory: an empty or relative HOME
    or XDG_DATA_HOME raises ``HomeUnknown`` instead of guessing.
    """
    env = os.environ if environ is None else environ
    if option is not None and str(option):
        return Path(option).expanduser().absolute()
    chosen = env.get("STEUNCIRKEL_HOME", "")
    if chosen:
        return Path(chosen).expanduser().absolute()
    if os.name == "posix":
        home = env.get("HOME")
        if home is not None and not os.path.isabs(home):
            raise HomeUnknown(Msg.HOME_UNKNOWN)
        xdg = env.get("XDG_DATA_HOME", "").strip()
        if xdg and not os.path.isabs(xdg):
            raise HomeUnknown(Msg.HOME_UNKNOWN)
    import platformdirs

    try:
        path = platformdirs.user_data_path("steuncirkel", appauthor=False)
    except (RuntimeError, KeyError, OSError):
        raise HomeUnknown(Msg.HOME_UNKNOWN) from None
    if not path.is_absolute():
        raise HomeUnknown(Msg.HOME_UNKNOWN)
    return path


# --- parsing --------------------------------------------------------------------------


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


def _field_path(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "?"


def parse_circle(raw: bytes, path: Path, backup: Path) -> Circle:
    """Turn the bytes of a store into a Circle, or raise StoreCorrupt / StoreTooNew.

    Strict on purpose: no NaN, no duplicate keys, strict UTF-8 (a leading BOM from a
    text editor is accepted), no lone surrogates, a known format and version.
    """

    def corrupt(reason: Msg, **params: Any) -> StoreCorrupt:
        key = Msg.STORE_CORRUPT if backup.exists() else Msg.STORE_CORRUPT_NO_BACKUP
        return StoreCorrupt(key, path=path, backup=backup, reason=reason, **params)

    if not raw.strip():
        raise corrupt(Msg.REASON_EMPTY)
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise corrupt(Msg.REASON_NOT_UTF8) from None
    try:
        obj = json.loads(
            text, parse_constant=_reject_constant, object_pairs_hook=_no_duplicate_keys
        )
    except json.JSONDecodeError as exc:
        raise corrupt(Msg.REASON_BAD_JSON, line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise corrupt(Msg.REASON_TOO_DEEP) from None
    except ValueError as exc:  # NaN, duplicate keys, over-long integers
        raise corrupt(Msg.REASON_OTHER, detail=str(exc)[:120]) from None
    if _has_lone_surrogate(obj):
        raise corrupt(Msg.REASON_BAD_TEXT)
    if not isinstance(obj, dict) or obj.get("format") != FORMAT_MARKER:
        raise corrupt(Msg.REASON_NOT_A_CIRCLE)
    version = obj.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise corrupt(Msg.REASON_BAD_VERSION, version=str(version)[:20])
    if version > SCHEMA_VERSION:
        raise StoreTooNew(
            Msg.STORE_TOO_NEW, path=path, backup=backup, version=version, supported=SCHEMA_VERSION
        )
    try:
        obj = migrate(obj, SCHEMA_VERSION)
    except LookupError:
        raise corrupt(Msg.REASON_BAD_VERSION, version=version) from None
    try:
        return Circle.model_validate(obj)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise corrupt(Msg.REASON_BAD_FIELD, field=_field_path(first["loc"])) from None


def dump_circle(circle: Circle) -> bytes:
    """The store's bytes: indented UTF-8 JSON in model field order, trailing newline."""
    payload = circle.model_dump(mode="json")
    text = json.dumps(payload, indent=2, ensure_ascii=False, allow_nan=False)
    return (text + "\n").encode("utf-8")


# --- files ----------------------------------------------------------------------------


def _reason(exc: OSError) -> tuple[Msg, dict[str, Any]]:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Msg.REASON_NO_PERMISSION, {}
    if exc.errno == errno.EROFS:
        return Msg.REASON_READ_ONLY, {}
    if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return Msg.REASON_DISK_FULL, {}
    return Msg.REASON_OTHER, {"detail": exc.strerror or type(exc).__name__}


def _fsync(fd: int) -> None:
    if sys.platform == "darwin":  # plain fsync does not reach the platter on macOS
        import fcntl

        fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
        return
    os.fsync(fd)


def _fsync_folder(folder: Path) -> None:
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


def atomic_write(path: Path, payload: bytes) -> None:
    """Replace ``path`` with ``payload`` so that a crash leaves the old or the new file.

    The temporary file is created 0600 in the same folder and removed on any failure;
    an fsync error is final (no replace, no retry).
    """
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=TMP_PREFIX, suffix=TMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            _fsync(handle.fileno())
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_folder(path.parent)


def _make_private_folder(folder: Path) -> None:
    """Create ``folder`` and every missing parent with mode 0700; chmod the leaf 0700."""
    missing: list[Path] = []
    probe = folder
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    for level in reversed(missing):
        with contextlib.suppress(FileExistsError):
            os.mkdir(level, DIR_MODE)
    os.chmod(folder, DIR_MODE)


class Store:
    """The circle file in one data folder."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.path = home / STORE_NAME
        self.backup_path = home / BACKUP_NAME
        self.lock_path = home / LOCK_NAME

    # reading -----------------------------------------------------------------------

    def _not_a_folder(self) -> StoreUnreadable:
        return StoreUnreadable(Msg.HOME_NOT_FOLDER, path=self.home)

    def _refuse_file_as_home(self) -> None:
        if self.home.exists() and not self.home.is_dir():
            raise self._not_a_folder()

    def _read(self) -> tuple[bytes | None, tuple[int, int] | None]:
        """The store's bytes and (mtime_ns, size), or (None, None) if there is none yet."""
        self._refuse_file_as_home()
        try:
            fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        except FileNotFoundError:
            return None, None
        except NotADirectoryError:
            raise self._not_a_folder() from None
        except OSError as exc:
            reason, params = _reason(exc)
            raise StoreUnreadable(
                Msg.STORE_UNREADABLE, path=self.path, reason=reason, **params
            ) from None
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise StoreUnreadable(
                    Msg.STORE_UNREADABLE, path=self.path, reason=Msg.REASON_NOT_A_FILE
                )
            if info.st_size > MAX_BYTES:
                key = (
                    Msg.STORE_CORRUPT
                    if self.backup_path.exists()
                    else (Msg.STORE_CORRUPT_NO_BACKUP)
                )
                raise StoreCorrupt(
                    key,
                    path=self.path,
                    backup=self.backup_path,
                    reason=Msg.REASON_TOO_BIG,
                    limit=MAX_BYTES // (1024 * 1024),
                )
            chunks = []
            while chunk := os.read(fd, 1024 * 1024):
                chunks.append(chunk)
                if sum(map(len, chunks)) > MAX_BYTES:
                    break
            return b"".join(chunks), (info.st_mtime_ns, info.st_size)
        except OSError as exc:
            reason, params = _reason(exc)
            raise StoreUnreadable(
                Msg.STORE_UNREADABLE, path=self.path, reason=reason, **params
            ) from None
        finally:
            os.close(fd)

    def load(self) -> Circle:
        """The circle in the store, or an empty circle if there is none. Creates nothing."""
        raw, _ = self._read()
        if raw is None:
            return Circle()
        return parse_circle(raw, self.path, self.backup_path)

    # writing -----------------------------------------------------------------------

    def update(self, change: Callable[[Circle], Circle]) -> Circle:
        """Apply ``change`` to the stored circle under the lock and save the result.

        ``change`` may raise to refuse; then nothing is written. Returns the saved circle.
        """
        from filelock import FileLock, Timeout

        self._refuse_file_as_home()
        try:
            _make_private_folder(self.home)
            lock = FileLock(self.lock_path, timeout=LOCK_TIMEOUT_SECONDS, mode=FILE_MODE)
            lock.acquire()
        except Timeout:
            raise StoreLocked(Msg.STORE_LOCKED) from None
        except (FileExistsError, NotADirectoryError):  # a file where a folder should be
            raise self._not_a_folder() from None
        except OSError as exc:
            raise self._write_failed(exc) from None
        try:
            return self._update_locked(change)
        finally:
            lock.release()

    def _write_failed(self, exc: OSError) -> StoreWriteFailed:
        reason, params = _reason(exc)
        return StoreWriteFailed(Msg.STORE_WRITE_FAILED, folder=self.home, reason=reason, **params)

    def _update_locked(self, change: Callable[[Circle], Circle]) -> Circle:
        try:
            self._remove_orphans()
            with contextlib.suppress(OSError):
                os.chmod(self.lock_path, FILE_MODE)
        except OSError as exc:
            raise self._write_failed(exc) from None
        current, seen = self._read()
        circle = Circle() if current is None else parse_circle(current, self.path, self.backup_path)
        new = change(circle)
        payload = dump_circle(Circle.model_validate(new.model_dump()))
        try:
            target = Path(os.path.realpath(self.path))
            if current is not None:
                atomic_write(self.backup_path, current)
            if seen is not None and self._stat_key(target) != seen:
                raise StoreError(Msg.STORE_CHANGED, path=self.path)
            atomic_write(target, payload)
        except OSError as exc:
            raise self._write_failed(exc) from None
        return new

    @staticmethod
    def _stat_key(path: Path) -> tuple[int, int] | None:
        try:
            info = os.stat(path)
        except FileNotFoundError:
            return None
        return info.st_mtime_ns, info.st_size

    def _remove_orphans(self) -> None:
        """Delete temporary files left by a killed writer: each holds personal data."""
        for orphan in self.home.glob(f"{TMP_PREFIX}*{TMP_SUFFIX}"):
            with contextlib.suppress(FileNotFoundError):
                orphan.unlink()
