"""The circle on disk: validation with the models, and safe replacement under a lock.

Promises (PRODUCT §4, RELIABILITY.md): reading creates nothing; every write happens
under a kernel lock, goes through a temporary file in the same folder that is flushed,
fsynced and renamed over the store, followed by an fsync of the folder; the previous
version is kept as ``circle.json.bak``; a store we cannot read is never written; the
folder is 0700 and every file in it 0600. The standard-library parts (paths, strict
reading, atomic writing) live in ``base/storefile.py``, which the crisis view shares.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Final

from pydantic import ValidationError

from steuncirkel.base import storefile
from steuncirkel.base.errors import (
    StoreError,
    StoreLocked,
    StoreWriteFailed,
)
from steuncirkel.base.i18n import Msg
from steuncirkel.base.storefile import (
    BACKUP_NAME,
    DIR_MODE,
    FILE_MODE,
    LOCK_NAME,
    STORE_NAME,
    TMP_PREFIX,
    TMP_SUFFIX,
    NotConfirmed,
    atomic_write,
    corrupt_shape,
    decode_store,
    home_not_folder,
    io_reason,
    read_store_bytes,
    refuse_file_as_home,
    shape_problem,
)
from steuncirkel.models import Circle

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "BACKUP_NAME",
    "LOCK_NAME",
    "STORE_NAME",
    "Store",
    "atomic_write",
    "dump_circle",
    "parse_circle",
]

LOCK_TIMEOUT_SECONDS: Final = 15.0


def _field_path(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "entries"


def parse_circle(raw: bytes, path: Path, backup: Path) -> Circle:
    """Turn the bytes of a store into a Circle, or raise StoreCorrupt / StoreTooNew."""
    obj = decode_store(raw, path, backup)
    if (field := shape_problem(obj)) is not None:
        raise corrupt_shape(path, backup, field)
    try:
        return Circle.model_validate(obj)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise corrupt_shape(path, backup, _field_path(first["loc"])) from None


def dump_circle(circle: Circle) -> bytes:
    """The store's bytes: indented UTF-8 JSON in model field order, trailing newline."""
    payload = circle.model_dump(mode="json")
    text = json.dumps(payload, indent=2, ensure_ascii=False, allow_nan=False)
    return (text + "\n").encode("utf-8")


def _make_private_folder(folder: Path) -> None:
    """Create ``folder`` and every missing parent with mode 0700; chmod the leaf 0700.

    Each created level is chmodded too, since mkdir's mode passes through the umask
    (``umask 777`` would leave 0000 folders that nobody can open). When a level cannot
    be made, the levels made so far are removed again.
    """
    missing: list[Path] = []
    probe = folder
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    made: list[Path] = []
    try:
        for level in reversed(missing):
            try:
                os.mkdir(level, DIR_MODE)
            except FileExistsError:
                continue
            made.append(level)
            os.chmod(level, DIR_MODE)
        os.chmod(folder, DIR_MODE)
    except OSError:
        for level in reversed(made):
            with contextlib.suppress(OSError):
                os.rmdir(level)
        raise


class Store:
    """The circle file in one data folder."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.path = home / STORE_NAME
        self.backup_path = home / BACKUP_NAME
        self.lock_path = home / LOCK_NAME

    # reading -----------------------------------------------------------------------

    def _read(self) -> tuple[bytes | None, tuple[int, int] | None]:
        return read_store_bytes(self.home)

    def load(self) -> Circle:
        """The circle in the store, or an empty circle if there is none. Creates nothing."""
        raw, _ = self._read()
        if raw is None:
            return Circle()
        return parse_circle(raw, self.path, self.backup_path)

    # writing -----------------------------------------------------------------------

    def update(self, change: Callable[[Circle], Circle]) -> Circle:
        """Apply ``change`` to the stored circle under the lock and save the result.

        ``change`` may raise to refuse; then nothing is written, and a change that
        changes nothing writes nothing either. Returns the circle as it now stands.
        """
        from filelock import FileLock, Timeout

        refuse_file_as_home(self.home)
        try:
            _make_private_folder(self.home)
            lock = FileLock(self.lock_path, timeout=LOCK_TIMEOUT_SECONDS, mode=FILE_MODE)
            lock.acquire()
        except Timeout:
            raise StoreLocked(Msg.STORE_LOCKED) from None
        except (FileExistsError, NotADirectoryError):  # a file where a folder should be
            raise home_not_folder(self.home) from None
        except OSError as exc:
            raise self._write_failed(exc) from None
        try:
            return self._update_locked(change)
        finally:
            lock.release()

    def _write_failed(self, exc: OSError) -> StoreWriteFailed:
        reason, params = io_reason(exc)
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
        if new == circle:
            return new  # nothing changed: nothing to write, no backup to rotate
        payload = dump_circle(Circle.model_validate(new.model_dump()))
        if len(payload) > storefile.MAX_BYTES:  # the reader would refuse what we wrote
            raise StoreError(Msg.STORE_WOULD_BE_TOO_BIG, limit=storefile.MAX_BYTES // 2**20)
        try:
            target = Path(os.path.realpath(self.path))
            if current is not None:
                atomic_write(self.backup_path, current)
            if seen is not None and self._stat_key(target) != seen:
                raise StoreError(Msg.STORE_CHANGED, path=self.path)
            atomic_write(target, payload)
        except NotConfirmed as exc:
            try:
                in_place = target.read_bytes() == payload
            except OSError:
                in_place = False
            if in_place:
                # The new circle is in place; only the last flush failed. Say so.
                reason, params = io_reason(exc)
                raise StoreWriteFailed(
                    Msg.STORE_SAVED_UNCONFIRMED, reason=reason, **params
                ) from None
            raise self._write_failed(exc) from None
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
