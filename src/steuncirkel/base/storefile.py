"""The store file on disk: its names, strict reading, the shape check, atomic writing.

The one reader of ``circle.json``: the crisis view uses it as it is, the store
(``store.py``) adds the models and the lock on top. Errors are raised as the
``StoreError`` family.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
import sys

from steuncirkel.base.errors import StoreCorrupt, StoreMissing, StoreTooNew, StoreUnreadable
from steuncirkel.base.i18n import Msg
from steuncirkel.base.migrations import migrate
from steuncirkel.base.vocab import FORMAT_MARKER, SCHEMA_VERSION

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, BinaryIO, Final

    StrPath = str | os.PathLike[str]

__all__ = [
    "BACKUP_NAME",
    "DIR_MODE",
    "FILE_MODE",
    "LOCK_NAME",
    "MAX_BYTES",
    "MAX_DEPTH",
    "STORE_NAME",
    "TMP_PREFIX",
    "TMP_SUFFIX",
    "NotConfirmed",
    "atomic_write",
    "fsync_file",
    "plain_loads",
    "fsync_folder",
    "write_synced",
    "corrupt_shape",
    "home_not_folder",
    "refuse_file_as_home",
    "decode_leniently",
    "decode_store",
    "load_raw",
    "shape_problem",
    "stored_country",
    "io_reason",
    "read_store_bytes",
]

STORE_NAME: Final = "circle.json"
BACKUP_NAME: Final = "circle.json.bak"
LOCK_NAME: Final = "circle.json.lock"
TMP_PREFIX: Final = ".steuncirkel-"
TMP_SUFFIX: Final = ".tmp"
MAX_BYTES: Final = 128 * 1024 * 1024
# Levels of nesting a store may have (a circle needs 4; hand-added keys get room). Well
# below what the writer can write back (Pydantic stops near 255, json near 1000).
MAX_DEPTH: Final = 64
_TEXT_FIELDS: Final = (
    "phone", "phone_display", "email", "where", "relation", "available", "note"
)  # fmt: skip
_INT_DIGITS_MAX: Final = 4000  # below Python's 4300-digit limit for int(str)
DIR_MODE: Final = 0o700
FILE_MODE: Final = 0o600
_SPACE: Final = " \t\n\r"  # what JSON allows around a value


# --- reading --------------------------------------------------------------------------


def io_reason(exc: OSError) -> tuple[Msg, dict[str, Any]]:
    """A translatable reason for an OS error, with its parameters."""
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Msg.REASON_NO_PERMISSION, {}
    if exc.errno == errno.EROFS:
        return Msg.REASON_READ_ONLY, {}
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return Msg.REASON_DISK_FULL, {}
    if exc.errno == errno.EFBIG:  # a file-size limit (ulimit -f) or the file system's
        return Msg.REASON_FILE_LIMIT, {}
    if exc.errno == errno.ELOOP:
        return Msg.REASON_LINK_LOOP, {}
    if exc.errno == errno.EISDIR:
        return Msg.REASON_IS_FOLDER, {}
    if exc.errno == errno.EIO:
        return Msg.REASON_DISK_ERROR, {}
    if exc.errno == errno.ENAMETOOLONG:
        return Msg.REASON_NAME_TOO_LONG, {}
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return Msg.REASON_NOT_FOUND, {}
    if exc.errno == errno.EEXIST:
        return Msg.REASON_ALREADY_THERE, {}
    if exc.errno == errno.EBADF:
        return Msg.REASON_STDOUT_CLOSED, {}
    if exc.errno == errno.EAGAIN:  # only writing the output waits (a stalled pipe)
        from steuncirkel.base.streams import STALL_SECONDS

        return Msg.REASON_OUTPUT_STALLED, {"seconds": int(STALL_SECONDS)}
    return Msg.REASON_OTHER, {"detail": exc.strerror or type(exc).__name__}


def _corrupt(path: StrPath, backup: StrPath, reason: Msg, **params: Any) -> StoreCorrupt:
    key = Msg.STORE_CORRUPT if os.path.exists(backup) else Msg.STORE_CORRUPT_NO_BACKUP
    return StoreCorrupt(key, path=path, backup=backup, reason=reason, **params)


def _unreadable(path: StrPath, backup: StrPath, exc: OSError) -> StoreUnreadable:
    reason, params = io_reason(exc)
    return StoreUnreadable(Msg.STORE_UNREADABLE, path=path, backup=backup, reason=reason, **params)


def _file_in_the_way(home: StrPath) -> str:
    """The file that stands where the data folder (or one of its parents) should be."""
    probe = os.path.abspath(home)
    while not os.path.lexists(probe) and os.path.dirname(probe) != probe:
        probe = os.path.dirname(probe)
    while os.path.dirname(probe) != probe and not os.path.isdir(os.path.dirname(probe)):
        probe = os.path.dirname(probe)  # a file higher up (HOME is a file)
    return probe


def home_not_folder(home: StrPath) -> StoreUnreadable:
    """The error for a data folder that is a file (or lies below one): it names the
    file that is in the way, not the folder that cannot exist below it."""
    return StoreUnreadable(Msg.HOME_NOT_FOLDER, path=_file_in_the_way(home))


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
        if name == STORE_NAME and os.path.isfile(backup):
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
        limit = MAX_BYTES  # read at call time: tests lower it to probe the boundary
        if info.st_size > limit:
            raise too_big
        # One read of the size fstat gave (one copy of the file in memory, not chunks
        # and their join: 72 MB less at 100,000 entries), then on until the end, in
        # case the file grew meanwhile.
        chunks = [os.read(fd, info.st_size + 1)]
        size = len(chunks[0])
        while size <= limit and (chunk := os.read(fd, 1024 * 1024)):
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise too_big
        data = chunks[0] if len(chunks) == 1 else b"".join(chunks)
        return data, (info.st_mtime_ns, info.st_size)
    except OSError as exc:
        raise _unreadable(path, backup, exc) from None
    finally:
        os.close(fd)


class _Unkeepable:
    """A value JSON holds but Python cannot keep as it is (1e400, 1e-400, 0.1 with 30
    digits, NaN, 5000-digit integers): written back it would change, so the store is
    refused, naming where it is."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


class _Reading:
    """The hooks of one ``json.loads`` that notice what could not be written back
    unchanged: a key given twice in one object, and numbers we cannot keep exactly."""

    __slots__ = ("duplicate", "unkeepable")

    def __init__(self) -> None:
        self.duplicate: str | None = None
        self.unkeepable = False

    def pairs(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs) and self.duplicate is None:
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen:
                    self.duplicate = key
                    break
                seen.add(key)
        return result

    def constant(self, text: str) -> Any:  # NaN, Infinity, -Infinity
        self.unkeepable = True
        return _Unkeepable(text)

    def float_(self, text: str) -> Any:
        value = float(text)
        from decimal import Decimal  # only a store with floats (hand-added keys) pays

        # value - value is 0.0 only for a finite float (math is a shared library: slow)
        if value - value != 0 or Decimal(text) != Decimal(repr(value)):
            self.unkeepable = True
            return _Unkeepable(text)
        return value

    def int_(self, text: str) -> Any:
        if len(text.lstrip("-")) > _INT_DIGITS_MAX:
            self.unkeepable = True
            return _Unkeepable(text)
        return int(text)


def _bad_string(item: object) -> bool:
    if isinstance(item, str) and not item.isascii():
        try:
            item.encode("utf-8")
        except UnicodeEncodeError:
            return True
    return False


def _too_deep(value: Any, limit: int) -> bool:
    """True when the JSON tree has more than ``limit`` levels (breadth-first, fast)."""
    level = [value] if type(value) is dict or type(value) is list else []
    for _ in range(limit):
        level = [
            child
            for item in level
            for child in (item.values() if type(item) is dict else item)
            if type(child) is dict or type(child) is list
        ]
        if not level:
            return False
    return True


def _first_unkeepable(value: Any) -> tuple[str, str] | None:
    """Where the tree holds a number or text the writer could not write back unchanged:
    ("number", path) or ("text", path); None when there is none. Slow; run on suspicion."""
    stack: list[tuple[Any, str]] = [(value, "")]
    while stack:
        item, path = stack.pop()
        if isinstance(item, dict):
            pairs: Any = item.items()
        elif isinstance(item, list):
            pairs = ((f"[{n}]", child) for n, child in enumerate(item))
        else:
            continue
        for key, child in pairs:
            where = f"{path}{key}" if key.startswith("[") else (f"{path}.{key}" if path else key)
            if type(child) is _Unkeepable:
                return "number", where or "version"
            if _bad_string(child) or (isinstance(item, dict) and _bad_string(key)):
                return "text", where
            stack.append((child, where))
    return None


class _Scanning:
    """What the C scanner of ``json`` reads from its decoder: strict strings, and the
    hooks of ``reading`` (None: ``json.loads``'s own)."""

    __slots__ = (
        "object_hook", "object_pairs_hook", "parse_constant", "parse_float", "parse_int", "strict"
    )  # fmt: skip

    def __init__(self, reading: _Reading | None) -> None:
        self.strict = True
        self.object_hook = None
        self.parse_int = int
        self.object_pairs_hook: Callable[[list[tuple[str, Any]]], Any] | None
        self.parse_constant: Callable[[str], Any]
        self.parse_float: Callable[[str], Any]
        if reading is None:  # as json.loads: NaN and Infinity as floats
            self.object_pairs_hook = None
            self.parse_constant = self.parse_float = float
        else:
            self.object_pairs_hook = reading.pairs
            self.parse_constant = reading.constant
            self.parse_float = reading.float_


def _quick_loads(text: str, scanning: _Scanning) -> tuple[bool, Any]:
    """(True, the value) when ``text`` is one JSON value that reads without a problem,
    else (False, None). ``json.loads`` does the same with the same C scanner, but the
    ``json`` package also loads ``re`` and ``enum``: 3 ms of every crisis start, for
    messages that only a broken store needs (the callers then read it with ``json``)."""
    try:
        from _json import make_scanner
    except ImportError:  # pragma: no cover - a Python without json's C scanner
        return False, None
    try:
        start = len(text) - len(text.lstrip(_SPACE))
        # typeshed names the scanner as its own context; json passes its JSONDecoder.
        scan = make_scanner(scanning)  # type: ignore[arg-type]
        value, end = scan(text, start)
    # A broken text: StopIteration, json's ValueError, or SystemError where the scanner
    # wants json.decoder for its message and Python 3.11 has not loaded it. Attribute-
    # and TypeError: a later Python whose scanner wants more of its context than
    # _Scanning has; json then reads every store, slower but the same.
    except (StopIteration, ValueError, RecursionError, SystemError, AttributeError, TypeError):
        return False, None
    if text[end:].strip(_SPACE):  # more after the value
        return False, None
    return True, value


def plain_loads(raw: bytes) -> Any:
    """``json.loads(raw)``, for a store this version wrote and checked (``base/stamp``):
    the same value or the same error, without loading the ``json`` package when the
    file reads cleanly."""
    try:
        read, value = _quick_loads(raw.decode("utf-8"), _Scanning(None))
    except UnicodeDecodeError:
        read, value = False, None
    if read:
        return value
    import json

    return json.loads(raw)


def _loads(text: str, reading: _Reading) -> Any:
    """``json.loads`` with ``reading``'s hooks. Integers are read in C, with Python's
    digit limit lowered to ``_INT_DIGITS_MAX`` for the call (a Python hook per integer
    cost 0.4 s at 100,000 entries: every availability window holds its days as numbers);
    only a text with a longer one is read again, with the hook that says where it is.
    A text that is not one clean JSON value is read by ``json`` itself, for its error."""
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(_INT_DIGITS_MAX)
    try:
        read, value = _quick_loads(text, _Scanning(reading))
        if read:
            return value
        reading.duplicate, reading.unkeepable = None, False
        import json

        hooks: dict[str, Any] = {
            "parse_constant": reading.constant,
            "parse_float": reading.float_,
            "object_pairs_hook": reading.pairs,
        }
        try:
            return json.loads(text, **hooks)
        except json.JSONDecodeError:
            raise
        except ValueError:  # an integer of more than _INT_DIGITS_MAX digits
            pass
    finally:
        sys.set_int_max_str_digits(limit)
    reading.duplicate, reading.unkeepable = None, False
    return json.loads(text, parse_int=reading.int_, **hooks)


def _parse(raw: bytes, path: StrPath, backup: StrPath) -> tuple[Any, _Reading]:
    """The JSON value in ``raw``, and what its reading noticed. Raises StoreCorrupt when
    it is no JSON at all: empty, not UTF-8 (a leading BOM is accepted), broken."""
    if not raw.strip():
        raise _corrupt(path, backup, Msg.REASON_EMPTY)
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _corrupt(path, backup, Msg.REASON_NOT_UTF8) from None
    reading = _Reading()
    try:
        value = _loads(text, reading)
    except ValueError as exc:
        import json  # loaded already: a broken store was read by json itself

        if not isinstance(exc, json.JSONDecodeError):
            raise
        raise _corrupt(
            path, backup, Msg.REASON_BAD_JSON, line=exc.lineno, column=exc.colno
        ) from None
    except RecursionError:
        raise _corrupt(path, backup, Msg.REASON_TOO_DEEP, limit=MAX_DEPTH) from None
    return value, reading


def _surrogate_escape(raw: bytes) -> bool:
    """True when ``raw`` may hold a lone surrogate. Valid UTF-8 cannot, so only a JSON
    escape (``\\ud800``) can bring one; most stores have no escape at all."""
    if b"\\u" not in raw:
        return False
    import re  # only for a store with escapes: the crisis view does without re

    return re.search(rb"\\u[dD][89a-fA-F]", raw) is not None


def _unwritable(
    value: Any, reading: _Reading, raw: bytes, path: StrPath, backup: StrPath
) -> StoreCorrupt | None:
    """Why the writer could not write ``value`` back unchanged, or None."""
    if reading.duplicate is not None:
        return _corrupt(path, backup, Msg.REASON_DUPLICATE_KEY, key=reading.duplicate[:80])
    if reading.unkeepable or _surrogate_escape(raw):
        problem = _first_unkeepable(value)
        if problem is not None:
            kind, where = problem
            if kind == "number":
                return _corrupt(path, backup, Msg.REASON_BAD_NUMBER, field=where[:120])
            return _corrupt(path, backup, Msg.REASON_BAD_TEXT)
    if _too_deep(value, MAX_DEPTH):
        return _corrupt(path, backup, Msg.REASON_TOO_DEEP, limit=MAX_DEPTH)
    return None


def _as_circle(value: Any, path: StrPath, backup: StrPath) -> dict[str, Any]:
    """``value`` as a store object of a known format and version, migrated."""
    if not isinstance(value, dict) or value.get("format") != FORMAT_MARKER:
        raise _corrupt(path, backup, Msg.REASON_NOT_A_CIRCLE)
    version = value.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        import json  # a store with a broken version only

        shown = json.dumps(version, ensure_ascii=True, default=lambda v: "?")[:20]
        raise _corrupt(path, backup, Msg.REASON_BAD_VERSION, version=shown)
    if version > SCHEMA_VERSION:
        raise StoreTooNew(
            Msg.STORE_TOO_NEW, path=path, backup=backup, version=version, supported=SCHEMA_VERSION
        )
    try:
        return migrate(value, SCHEMA_VERSION)
    except LookupError:
        raise _corrupt(path, backup, Msg.REASON_BAD_VERSION, version=version) from None


def decode_store(raw: bytes, path: StrPath, backup: StrPath) -> dict[str, Any]:
    """The raw JSON object of a store, migrated to the current version.

    Strict on purpose: no NaN or Infinity, no duplicate keys, strict UTF-8 (a leading
    BOM from a text editor is accepted), no lone surrogates, no number that would change
    when written back, at most ``MAX_DEPTH`` levels, a known format and version. Raises
    StoreCorrupt or StoreTooNew. The shape of the entries is checked by the caller.
    """
    value, reading = _parse(raw, path, backup)
    if (problem := _unwritable(value, reading, raw, path, backup)) is not None:
        raise problem
    return _as_circle(value, path, backup)


def decode_leniently(
    raw: bytes, path: StrPath, backup: StrPath
) -> tuple[dict[str, Any], StoreCorrupt | None]:
    """For the crisis view: the store even when a part of it could not be written back
    (a hand-added key with 1e400, a key given twice), with that problem to report.
    Still raises when there is no circle to read at all."""
    value, reading = _parse(raw, path, backup)
    problem = _unwritable(value, reading, raw, path, backup)
    try:
        return _as_circle(value, path, backup), problem
    except StoreCorrupt:
        if problem is not None:  # name the cause (a key given twice), as decode_store does
            raise problem from None
        raise


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
        # An empty id or name is refused by the models too (min_length); checked here
        # as well so the crisis view, which runs without the models, can say so.
        for key in ("id", "name"):
            if not isinstance(entry.get(key), str) or not entry[key]:
                return f"entries[{n}].{key}"
        if not isinstance(entry.get("roles", []), list):
            return f"entries[{n}].roles"
        for key in _TEXT_FIELDS:  # a number where text belongs: "phone": 612345678
            if entry.get(key) is not None and not isinstance(entry[key], str):
                return f"entries[{n}].{key}"
        if entry["id"] in seen:  # two entries with one id: which one would an edit change?
            return f"entries[{n}].id"
        seen.add(entry["id"])
    return None


def load_raw(
    home: str, name: str = STORE_NAME
) -> tuple[dict[str, Any] | None, StoreCorrupt | None]:
    """For the crisis view: the decoded store (or backup) in ``home``, and what is wrong
    with it while it can still be read (a wrongly shaped part, a value the writer could
    not write back), if anything.

    (None, None) when there is no such file. Raises ``StoreError`` when the file cannot
    be read or decoded at all.
    """
    raw_bytes, _ = read_store_bytes(home, name)
    if raw_bytes is None:
        return None, None
    path, backup = os.path.join(home, name), os.path.join(home, BACKUP_NAME)
    raw, problem = decode_leniently(raw_bytes, path, backup)
    field = shape_problem(raw)
    if problem is None and field is not None:
        problem = corrupt_shape(path, backup, field)
    return raw, problem


def stored_country(home: str) -> str | None:
    """The country setting of the circle in ``home``, or None (no store, one that cannot
    be read, no setting). Never raises: the demo asks it to pick its example."""
    try:
        raw, _ = load_raw(home)
    except Exception:  # noqa: BLE001 — any trouble just means "no setting"
        return None
    settings = raw.get("settings") if raw else None
    country = settings.get("country") if isinstance(settings, dict) else None
    return country if isinstance(country, str) else None


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


def write_synced(handle: BinaryIO, payload: bytes) -> None:
    """Write ``payload`` to an open file and flush it all the way to the disk."""
    handle.write(payload)
    handle.flush()
    fsync_file(handle.fileno())


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
            write_synced(handle, payload)
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
