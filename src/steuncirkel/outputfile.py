"""Writing a printout to a file the user names, without ever hitting one of ours.

``print --output FILE`` is the only command that writes outside the data folder. Its
promises: the circle, its backup and its lock are never overwritten, however the name
reaches them (a symlink, a hard link, ``..``); an existing file is replaced only with
``--force`` and only when it is a regular file (never a symlink, a device or a pipe);
without ``--force`` a file that appears while the
printout is being made is not clobbered either (the finished temporary file is linked
into place, which fails if the name exists); ``/dev/stdout`` means the screen, as ``-``
does; and a printout left half-made by a killed run is removed by the next one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path
from typing import Final

from steuncirkel.base.errors import SteuncirkelError
from steuncirkel.base.i18n import Msg
from steuncirkel.base.storefile import (
    BACKUP_NAME,
    FILE_MODE,
    LOCK_NAME,
    STORE_NAME,
    TMP_PREFIX,
    TMP_SUFFIX,
    fsync_folder,
    io_reason,
    write_synced,
)

__all__ = ["STDOUT_NAMES", "is_stdout", "remove_leftovers", "write_output"]

OUR_NAMES: Final = frozenset({STORE_NAME, BACKUP_NAME, LOCK_NAME})
# Names that mean "the screen": writing them as files would replace a device link.
STDOUT_NAMES: Final = frozenset({"-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"})


def is_stdout(target: str) -> bool:
    """True when ``--output`` names standard output."""
    return target in STDOUT_NAMES


def _identities(folder: Path) -> set[tuple[int, int]]:
    """(device, inode) of every file in the data folder: a hard link keeps them."""
    found: set[tuple[int, int]] = set()
    with contextlib.suppress(OSError), os.scandir(folder) as items:
        for item in items:
            with contextlib.suppress(OSError):
                info = item.stat(follow_symlinks=True)
                found.add((info.st_dev, info.st_ino))
    return found


def _is_ours(path: Path, final: Path, data_folder: Path) -> bool:
    """True when ``path`` (resolving to ``final``) reaches ``data_folder`` or a file in it."""
    folder = Path(os.path.realpath(data_folder))
    lexical = Path(os.path.normpath(path))
    if final.is_relative_to(folder) or lexical.is_relative_to(data_folder):
        return True
    try:
        info = os.stat(final)
    except OSError:
        return False
    return (info.st_dev, info.st_ino) in _identities(folder)


def _looks_like_a_data_folder(final: Path) -> bool:
    """A file named like ours, or a folder that holds a circle: any circle's, not only
    the current user's (another --home, a copy on a USB stick)."""
    if final.name in OUR_NAMES:
        return True
    return any(os.path.lexists(final.parent / name) for name in (STORE_NAME, LOCK_NAME))


def _remove_if_abandoned(path: str) -> bool:
    """Remove ``path`` when no running print holds it (a print locks its temporary
    file while it writes); the lock is held while removing, so a print that starts
    meanwhile sees the file is gone and makes another. True when removed."""
    try:
        import fcntl
    except ImportError:  # Windows: a leftover older than a minute is abandoned
        import time

        if os.stat(path).st_mtime < time.time() - 60:
            os.unlink(path)
            return True
        return False
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)  # never blocks on a FIFO, never follows a link
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # a print is writing it right now
        os.unlink(path)
        return True
    finally:
        os.close(fd)


def remove_leftovers(folder: Path) -> int:
    """Remove half-made printouts (``.steuncirkel-*.tmp``) of killed runs; the count.

    Each holds personal data. One that a running print still writes is locked and left.
    """
    removed = 0
    for leftover in folder.glob(f"{TMP_PREFIX}*{TMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            removed += _remove_if_abandoned(str(leftover))
    return removed


def _locked_temp(folder: Path) -> tuple[int, str]:
    """A new temporary file in ``folder``, locked against ``remove_leftovers``."""
    import tempfile

    while True:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=TMP_PREFIX, suffix=TMP_SUFFIX)
        try:
            import fcntl
        except ImportError:
            return fd, tmp
        fcntl.flock(fd, fcntl.LOCK_EX)
        if os.fstat(fd).st_nlink > 0:
            return fd, tmp
        os.close(fd)  # removed as a leftover between creation and lock: make another


def _publish(tmp: str, final: Path, *, replace: bool) -> None:
    """Put the finished ``tmp`` at ``final``: replacing only when asked."""
    if replace:
        os.replace(tmp, final)
        return
    try:
        os.link(tmp, final)  # FileExistsError (EEXIST) is not one of the errnos below
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        # A file system without hard links (FAT on a USB stick): create exclusively,
        # private from the start, and take the file away again if writing fails.
        with open(tmp, "rb") as source:
            data = source.read()
        fd = os.open(final, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        try:
            with os.fdopen(fd, "wb") as target:
                write_synced(target, data)
            os.chmod(final, FILE_MODE)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(final)
            raise
    os.unlink(tmp)


def write_output(target: str, payload: bytes, *, force: bool, data_folders: list[Path]) -> Path:
    """Write ``payload`` to the file ``target`` with mode 0600; return the path written.

    Refuses a folder, anything but a regular file (a symlink too), a missing folder, an
    existing file without ``force``, any file of the ``data_folders`` however it is
    reached, and any place that looks like a circle's folder.
    """
    if not target.strip():
        raise SteuncirkelError(Msg.OUTPUT_EMPTY)
    path = Path(target).expanduser().absolute()
    final = Path(os.path.realpath(path.parent)) / path.name
    if os.path.isdir(path):
        raise SteuncirkelError(Msg.OUTPUT_IS_FOLDER, path=path)
    resolved = Path(os.path.realpath(path))
    for folder in data_folders:
        if _is_ours(path, resolved, folder):
            raise SteuncirkelError(Msg.OUTPUT_INSIDE_DATA, folder=folder)
    if _looks_like_a_data_folder(final) or _looks_like_a_data_folder(resolved):
        raise SteuncirkelError(Msg.OUTPUT_INSIDE_DATA, folder=final.parent)
    if os.path.lexists(path):
        if not force:
            raise SteuncirkelError(Msg.OUTPUT_EXISTS, path=path)
        if not stat.S_ISREG(os.lstat(path).st_mode):
            raise SteuncirkelError(Msg.OUTPUT_NOT_A_FILE, path=path)
    if not final.parent.is_dir():
        raise SteuncirkelError(Msg.OUTPUT_NO_FOLDER, folder=path.parent)
    try:
        remove_leftovers(final.parent)
        _write_new(final, payload, replace=force)
    except FileExistsError:
        raise SteuncirkelError(Msg.OUTPUT_EXISTS, path=path) from None
    except OSError as exc:
        reason, params = io_reason(exc)
        raise SteuncirkelError(
            Msg.OUTPUT_WRITE_FAILED, path=path, reason=reason, **params
        ) from None
    return path


def _write_new(final: Path, payload: bytes, *, replace: bool) -> None:
    fd, tmp = _locked_temp(final.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            write_synced(handle, payload)
            os.chmod(tmp, FILE_MODE)
            _publish(tmp, final, replace=replace)  # still locked: no one removes it
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_folder(final.parent)
