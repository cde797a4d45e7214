"""The circle on disk: validation with the models, and safe replacement under a lock.

Promises (PRODUCT §4, RELIABILITY.md): reading creates nothing; every write happens
under a kernel lock, goes through a temporary file in the same folder that is flushed,
fsynced and renamed over the store, followed by an fsync of the folder; the previous
version is kept as ``circle.json.bak`` and in the history (``history.py``, the last 20
versions, which ``restore`` brings back); a store we cannot read is never written; the
folder is 0700 and every file in it 0600. The standard-library parts (paths, strict
reading, atomic writing) live in ``base/storefile.py``, which the crisis view shares.
"""

from __future__ import annotations

import contextlib
import os
import stat
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from pydantic import ValidationError

from steuncirkel.base import stamp, storefile
from steuncirkel.base.context import Context
from steuncirkel.base.errors import (
    SteuncirkelError,
    StoreCorrupt,
    StoreError,
    StoreLocked,
    StoreMissing,
    StoreTooNew,
    StoreUnreadable,
    StoreWriteFailed,
)
from steuncirkel.base.i18n import Msg
from steuncirkel.base.interrupts import held
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
    fsync_folder,
    home_not_folder,
    io_reason,
    read_store_bytes,
    refuse_file_as_home,
    shape_problem,
)
from steuncirkel.history import ChangeNote, History, Version
from steuncirkel.models import Circle

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from datetime import datetime

    from steuncirkel.base.circleview import CircleView
    from steuncirkel.history import Pending

    # What a write changed: a note, or a function of the circle before and after.
    NoteFor = ChangeNote | Callable[[CircleView, CircleView], ChangeNote] | None

__all__ = [
    "BACKUP_NAME",
    "LOCK_NAME",
    "STORE_NAME",
    "Restored",
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
    """The store's bytes for ``circle``: indented UTF-8 JSON in model field order,
    trailing newline (``working.store_bytes``)."""
    from steuncirkel.working import store_bytes

    return store_bytes(circle)


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


@dataclass(frozen=True)
class Restored:
    """What ``Store.restore`` did: the circle now in place, the version it came from,
    whether the circle it replaced went to the history (not when there was none, or it
    was damaged), and where a damaged store was put aside."""

    circle: Circle
    version: Version
    kept: bool
    aside: Path | None


class Store:
    """The circle file in one data folder, with the versions it replaced (``history``).

    ``clock`` gives the current time in UTC for the history (the run's
    ``Context.now``, which ``STEUNCIRKEL_NOW`` fixes); the real clock by default.
    """

    def __init__(self, home: Path, clock: Callable[[], datetime] | None = None) -> None:
        self.home = home
        self.path = home / STORE_NAME
        self.backup_path = home / BACKUP_NAME
        self.lock_path = home / LOCK_NAME
        self.clock = clock or Context().now  # the one clock, STEUNCIRKEL_NOW included
        self.history = History(home)

    # reading -----------------------------------------------------------------------

    def _read(self) -> tuple[bytes | None, tuple[int, int] | None]:
        return read_store_bytes(self.home)

    def load(self) -> CircleView:
        """The circle in the store, or an empty circle if there is none, as a change
        reads it (``working.read_for_change``). Creates nothing."""
        raw, _ = self._read()
        return self._for_change(raw)

    def _for_change(self, raw: bytes | None) -> CircleView:
        """The store's bytes ``raw`` as a change reads them: as they are when the note
        names them, else checked in full (``working.read_for_change``)."""
        from steuncirkel.working import read_for_change

        ours = raw is not None and stamp.matches(self.home, raw)
        return read_for_change(raw, ours, self.path, self.backup_path)

    # writing -----------------------------------------------------------------------

    def update(
        self, change: Callable[[CircleView], CircleView], note: NoteFor = None
    ) -> CircleView:
        """Apply ``change`` to the stored circle under the lock and save the result.

        ``change`` may raise to refuse; then nothing is written, and a change that
        changes nothing writes nothing either. ``note`` says what changed, for the
        history: the replaced version is kept with it. It may be a function of the
        circle before and after, for a note that names what only the stored circle
        knows (the exact name). Returns the circle as it now stands.

        ``change`` gets the stored circle as ``working.read_for_change`` reads it, and
        only what it changed is checked again before it is written (``working.py``).
        """
        with self._locked():
            return self._update_locked(change, note)

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the store's lock (creating the folder 0700 if needed)."""
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
            yield
        finally:
            lock.release()

    def _write_failed(self, exc: OSError) -> StoreWriteFailed:
        reason, params = io_reason(exc)
        return StoreWriteFailed(Msg.STORE_WRITE_FAILED, folder=self.home, reason=reason, **params)

    def _clean_up(self) -> None:
        try:
            self._remove_orphans()
            with contextlib.suppress(OSError):
                os.chmod(self.lock_path, FILE_MODE)
        except OSError as exc:
            raise self._write_failed(exc) from None

    def _update_locked(
        self, change: Callable[[CircleView], CircleView], note: NoteFor
    ) -> CircleView:
        from steuncirkel.working import changes_nothing, to_store

        self._clean_up()
        current, seen = self._read()
        circle = self._for_change(current)
        new = change(circle)
        if changes_nothing(circle, new):
            return new  # nothing to write, no backup to rotate
        # The bytes read are needed again only for the history and the backup: they
        # are let go while the new ones are made (72 MB each at 100,000 entries), then
        # read again and held to be the very same bytes.
        read = None if current is None else (len(current), zlib.crc32(current))
        del current
        payload = to_store(circle, new)
        if callable(note):
            note = note(circle, new)
        if len(payload) > storefile.MAX_BYTES:  # the reader would refuse what we wrote
            raise StoreError(Msg.STORE_WOULD_BE_TOO_BIG, limit=storefile.MAX_BYTES // 2**20)
        current = self._read_again(read)
        with held(raise_after=False):
            self._commit(current, seen, payload, note)
            stamp.record(self.home, payload)  # checked above: the next read may trust it
        return new

    def _read_again(self, read: tuple[int, int] | None) -> bytes | None:
        """The store's bytes once more, refused unless they are the ones first read
        (``read``: their size and CRC-32; None when there was no store)."""
        if read is None:
            return None
        again, _ = self._read()
        if again is None or (len(again), zlib.crc32(again)) != read:
            raise StoreError(Msg.STORE_CHANGED, path=self.path)
        return again

    def _commit(
        self,
        current: bytes | None,
        seen: tuple[int, int] | None,
        payload: bytes,
        note: ChangeNote | None,
    ) -> None:
        """Replace the store's bytes ``current`` by ``payload``: the replaced version
        goes to the history (prepared first, published only once the store is
        replaced, so a failed write leaves none) and to the backup."""
        pending: Pending | None = None
        committed = False
        target = Path(os.path.realpath(self.path))
        try:
            if current is not None:
                pending = self.history.prepare(current, note, self.clock())
                atomic_write(self.backup_path, current)
            if seen is not None and self._stat_key(target) != seen:
                raise StoreError(Msg.STORE_CHANGED, path=self.path)
            atomic_write(target, payload)
            committed = True
        except NotConfirmed as exc:
            try:
                committed = target.read_bytes() == payload
            except OSError:
                committed = False
            if committed:
                # The new circle is in place; only the last flush failed. Say so.
                reason, params = io_reason(exc)
                raise StoreWriteFailed(
                    Msg.STORE_SAVED_UNCONFIRMED, reason=reason, **params
                ) from None
            raise self._write_failed(exc) from None
        except OSError as exc:
            raise self._write_failed(exc) from None
        finally:
            if pending is not None:
                if committed:
                    pending.publish()
                else:
                    pending.discard()

    # history -----------------------------------------------------------------------

    def restore(
        self,
        pick: Callable[[list[Version]], tuple[Version, ChangeNote]],
        *,
        set_aside_damaged: bool = False,
    ) -> Restored:
        """Bring back the exact bytes of the version ``pick`` chooses from the history
        (``undo``, ``restore N``), under the lock, as a write: what it replaces is kept
        in the history and the backup like any other write.

        A store that cannot be read is never overwritten: its error is raised, unless
        ``set_aside_damaged``; then it is kept aside in the data folder (``aside`` in
        the result) and the version is written in its place.
        """
        with self._locked():
            self._clean_up()
            damaged: StoreError | None = None
            current: bytes | None = None
            seen: tuple[int, int] | None = None
            try:
                current, seen = self._read()
                if current is not None:
                    parse_circle(current, self.path, self.backup_path)
            except StoreMissing:  # nothing to replace; the backup stays as it is
                current, seen = None, None
            except (StoreCorrupt, StoreTooNew, StoreUnreadable) as exc:
                if not os.path.lexists(self.path):
                    raise
                damaged = exc
            versions = self.history.versions()
            version, note = pick(versions)
            payload = self.history.read(version)
            while note.is_undo and payload is not None and payload == current:
                # Already in place (after a restore over a damaged file, say): an undo
                # that changed nothing would only pretend; step back further.
                versions = [v for v in versions if v.seq < version.seq]
                version, note = pick(versions)
                payload = self.history.read(version)
            circle: Circle | None = None
            if payload is not None:
                with contextlib.suppress(StoreError):
                    circle = parse_circle(payload, version.path, self.backup_path)
            if payload is None or circle is None:
                raise SteuncirkelError(
                    Msg.RESTORE_VERSION_DAMAGED, number=version.number, file=version.path
                )
            if damaged is None:
                with held(raise_after=False):
                    self._commit(current, seen, payload, note)
                return Restored(circle, version, current is not None, None)
            if not set_aside_damaged:
                raise damaged
            with held(raise_after=False):
                aside = self._put_back_over_damaged(payload)
            return Restored(circle, version, False, aside)

    def _put_back_over_damaged(self, payload: bytes) -> Path:
        """Keep the unreadable store aside under a new name in the data folder, then
        write ``payload`` as the store. Never deletes or overwrites anything: the
        damaged file gets a second name first (a hard link) where the file system
        allows, so a crash in between leaves it under both names."""
        stamp = self.clock().astimezone().strftime("%Y%m%d-%H%M%S")
        base = f"{STORE_NAME}.damaged-{stamp}"
        aside, count = self.home / base, 1
        while os.path.lexists(aside):
            count += 1
            aside = self.home / f"{base}-{count}"
        if os.path.islink(self.path):
            return self._put_back_through_link(payload, aside)
        moved = False
        try:
            try:
                os.link(self.path, aside, follow_symlinks=False)
            except OSError:  # no hard links here (or a folder): rename it instead
                os.rename(self.path, aside)
                moved = True
            if stat.S_ISREG(os.lstat(aside).st_mode):
                with contextlib.suppress(OSError):
                    os.chmod(aside, FILE_MODE)
            fsync_folder(self.home)
            atomic_write(self.path, payload)
        except NotConfirmed as exc:
            reason, params = io_reason(exc)
            raise StoreWriteFailed(Msg.STORE_SAVED_UNCONFIRMED, reason=reason, **params) from None
        except OSError as exc:
            with contextlib.suppress(OSError):  # back as it was: the store unchanged
                if not moved:
                    os.unlink(aside)
                elif not os.path.lexists(self.path):
                    os.rename(aside, self.path)
            raise self._write_failed(exc) from None
        return aside

    def _put_back_through_link(self, payload: bytes, aside: Path) -> Path:
        """As ``_put_back_over_damaged`` for a store that is a link (to a synced folder,
        say): the damaged bytes are copied aside into the data folder, and ``payload``
        is written where the link points, so the link keeps working."""
        target = Path(os.path.realpath(self.path))
        try:
            damaged = target.read_bytes()
            fd = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
            try:
                with os.fdopen(fd, "wb") as handle:
                    storefile.write_synced(handle, damaged)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(aside)
                raise
            fsync_folder(self.home)
            atomic_write(target, payload)
        except NotConfirmed as exc:
            reason, params = io_reason(exc)
            raise StoreWriteFailed(Msg.STORE_SAVED_UNCONFIRMED, reason=reason, **params) from None
        except OSError as exc:
            raise self._write_failed(exc) from None
        return aside

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
        self.history.remove_orphans()
