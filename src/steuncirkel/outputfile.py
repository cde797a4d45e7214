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
    FILE_MODE,
    TMP_PREFIX,
    TMP_SUFFIX,
    fsync_file,
    fsync_folder,
    io_reason,
)

__all__ = ["STDOUT_NAMES", "is_stdout", "remove_leftovers", "write_output"]

# Names that mean "the screen": writing them as files would replace a device link.
STDOUT_NAMES: Final = frozenset({"-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"})


def is_stdout(target: str) -> bool:
    """True when ``--output`` names standard output."""
    return target in STDOUT_NAMES


def _identities(folder: Path | None) -> set[tuple[int, int]]:
    """(device, inode) of every file in the data folder: a hard link keeps them."""
    found: set[tuple[int, int]] = set()
    if folder is None:
        return found
    with contextlib.suppress(OSError), os.scandir(folder) as items:
        for item in items:
            with contextlib.suppress(OSError):
                info = item.stat(follow_symlinks=True)
                found.add((info.st_dev, info.st_ino))
    return found


def _is_ours(path: Path, final: Path, data_folder: Path | None) -> bool:
    if data_folder is None:
        return False
    folder = Path(os.path.realpath(data_folder))
    lexical = Path(os.path.normpath(path))
    if final.is_relative_to(folder) or lexical.is_relative_to(data_folder):
        return True
    try:
        info = os.stat(final)
    except OSError:
        return False
    return (info.st_dev, info.st_ino) in _identities(folder)


def _unlocked_leftover(path: str) -> bool:
    """True when no running print holds ``path`` (it holds a lock while it writes)."""
    try:
        import fcntl
    except ImportError:  # Windows: a leftover older than a minute is abandoned
        import time

        return os.stat(path).st_mtime < time.time() - 60
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(fd)
    return True


def remove_leftovers(folder: Path) -> int:
    """Remove half-made printouts (``.steuncirkel-*.tmp``) of killed runs; the count.

    Each holds personal data. One that a running print still writes is locked and left.
    """
    removed = 0
    for leftover in folder.glob(f"{TMP_PREFIX}*{TMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            if leftover.is_file() and not leftover.is_symlink():
                if _unlocked_leftover(str(leftover)):
                    leftover.unlink()
                    removed += 1
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
        os.link(tmp, final)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        # A file system without hard links (FAT on a USB stick): create exclusively.
        with open(tmp, "rb") as source, open(final, "xb") as target:
            target.write(source.read())
            target.flush()
            fsync_file(target.fileno())
        os.chmod(final, FILE_MODE)
    os.unlink(tmp)


def write_output(target: str, payload: bytes, *, force: bool, data_folder: Path | None) -> Path:
    """Write ``payload`` to the file ``target`` with mode 0600; return the path written.

    Refuses a folder, anything but a regular file (a symlink too), a missing
    folder, an existing file without ``force``, and any file of the data folder
    however it is reached.
    """
    path = Path(target).expanduser().absolute()
    final = Path(os.path.realpath(path.parent)) / path.name
    if os.path.isdir(path):
        raise SteuncirkelError(Msg.OUTPUT_IS_FOLDER, path=path)
    if _is_ours(path, Path(os.path.realpath(path)), data_folder):
        raise SteuncirkelError(Msg.OUTPUT_INSIDE_DATA, folder=data_folder)
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
            handle.write(payload)
            handle.flush()
            fsync_file(handle.fileno())
            os.chmod(tmp, FILE_MODE)
            _publish(tmp, final, replace=replace)  # still locked: no one removes it
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_folder(final.parent)
