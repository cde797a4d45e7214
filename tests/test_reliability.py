"""Process-level reliability: what a user notices when things go wrong around the store.

These tests run the installed console script (or the app in-process with injected
faults) and check the promises of PRODUCT §3–§4 and RELIABILITY.md: parallel writers
lose nothing, a killed writer leaves a loadable store and no stale lock, a full or
read-only disk changes nothing and says so in one plain line, bad HOME values never
write into the working directory, closed pipes / ASCII terminals / closed standard fds
never produce a traceback or a damaged store, corrupt stores are never overwritten, and
every folder and file we create is private.

The tests run as root (V11), so permission problems are injected, never made with chmod.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import random
import resource
import signal
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from helpers import (
    CORRUPT_STORES,
    TIMEOUT,
    circle_bytes,
    make_circle,
    make_entry,
    run_script,
    stored_entries,
    valid_circle,
    write_store,
)
from steuncirkel.base import storefile

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

STORE = "circle.json"
BACKUP = "circle.json.bak"
LOCK = "circle.json.lock"
TMP_GLOB = ".steuncirkel-*.tmp"
# Dutch phrases (STEUNCIRKEL_LANG=nl) that tell the user the data was left alone.
UNCHANGED_PHRASES = ("niets veranderd", "niet veranderd", "zo gelaten")
UNICODE_NAME = "Zoë 😊 Çelik"


# --- helpers --------------------------------------------------------------------------


def run_many(
    exe: str,
    commands: Sequence[tuple[str, ...]],
    *,
    env: dict[str, str],
    preexec_fn: Callable[[], None] | None = None,
    cwd: Path | None = None,
) -> dict[tuple[str, ...], subprocess.CompletedProcess[bytes]]:
    """Run independent commands side by side (to keep the suite fast); wait for all."""
    procs = {
        args: subprocess.Popen(
            [exe, *args],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            preexec_fn=preexec_fn,
            cwd=cwd,
        )
        for args in commands
    }
    results = {}
    for args, proc in procs.items():
        out, err = proc.communicate(timeout=TIMEOUT)
        results[args] = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    return results


def err_text(result: subprocess.CompletedProcess[bytes]) -> str:
    return result.stderr.decode("utf-8", "replace")


def assert_calm(stderr: str) -> None:
    """No traceback and no 'Exception ignored' noise from interpreter shutdown."""
    assert "Traceback" not in stderr, stderr
    assert "Exception ignored" not in stderr, stderr


def assert_one_plain_line(stderr: str) -> None:
    assert_calm(stderr)
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one plain line on stderr, got: {stderr!r}"


def tmp_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(TMP_GLOB))


def entry_names(folder: Path) -> list[str]:
    """Names in the store, read straight from the JSON file (not through the app)."""
    return [entry["name"] for entry in stored_entries(folder)]


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def limit_file_size(limit: int) -> Callable[[], None]:
    """A preexec_fn that simulates a full disk: writes past ``limit`` bytes fail (V12)."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def with_umask(mask: int) -> Callable[[], None]:
    def apply() -> None:
        os.umask(mask)

    return apply


# --- 1. parallel writers --------------------------------------------------------------


@pytest.mark.slow
def test_ten_parallel_adds_keep_all_ten_entries(
    exe: str, home: Path, subprocess_env: dict[str, str]
) -> None:
    names = [f"Persoon {i}" for i in range(10)]
    procs = [
        subprocess.Popen(
            [exe, "add", name],
            env=subprocess_env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for name in names
    ]
    outcomes = [(proc.communicate(timeout=TIMEOUT), proc.returncode) for proc in procs]
    for (_, stderr), code in outcomes:
        assert code == 0, stderr.decode("utf-8", "replace")
        assert_calm(stderr.decode("utf-8", "replace"))
    stored = entry_names(home)
    assert len(stored) == 10
    assert sorted(stored) == sorted(names)
    assert tmp_files(home) == []


# --- 2. killed writers ----------------------------------------------------------------


def assert_store_loads(exe: str, home: Path, env: dict[str, str]) -> list[str]:
    """The store is absent or valid: the JSON parses and ``show --json`` exits 0."""
    store_file = home / STORE
    names: list[str] = []
    if store_file.exists():
        raw = json.loads(store_file.read_bytes().decode("utf-8"))
        names = [entry["name"] for entry in raw["entries"]]
    shown = run_script(exe, "show", "--json", env=env)
    assert shown.returncode == 0, err_text(shown)
    assert_calm(err_text(shown))
    assert [e["name"] for e in json.loads(shown.stdout)["entries"]] == names
    return names


@pytest.mark.slow
def test_killed_writers_never_leave_a_broken_store_or_a_blocking_lock(
    exe: str, home: Path, subprocess_env: dict[str, str]
) -> None:
    rng = random.Random(20240611)
    finished: list[str] = []  # adds that completed on their own before the kill
    for i in range(30):
        name = f"Naam {i}"
        proc = subprocess.Popen(
            [exe, "add", name],
            env=subprocess_env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0, 0.4))  # when to pull the plug, not a timing assertion
        proc.send_signal(signal.SIGKILL)
        code = proc.wait(timeout=TIMEOUT)
        if code == 0:
            finished.append(name)
        names = assert_store_loads(exe, home, subprocess_env)
        # Success means on disk: an add that exited 0 is never lost by a later kill.
        for done in finished:
            assert done in names, f"{done!r} exited 0 but is missing after a killed writer"
    # A temporary copy as a writer killed between mkstemp and rename would leave it.
    home.mkdir(parents=True, exist_ok=True)
    orphan = home / ".steuncirkel-killedwriter.tmp"
    orphan.write_bytes(b'{"personal": "data"}')
    final = run_script(exe, "add", "Laatste", env=subprocess_env)
    assert final.returncode == 0, err_text(final)  # the killed writers' lock does not block
    assert "Laatste" in entry_names(home)
    assert tmp_files(home) == [], "orphaned temp files (personal data) were left behind"


def test_lock_held_by_a_killed_process_does_not_block_the_next_add(
    exe: str, home: Path, subprocess_env: dict[str, str]
) -> None:
    assert run_script(exe, "add", "Anna", env=subprocess_env).returncode == 0
    holder_code = (
        "import sys, time\n"
        "from filelock import FileLock\n"
        "lock = FileLock(sys.argv[1])\n"
        "lock.acquire()\n"
        "print('locked', flush=True)\n"
        "time.sleep(120)\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", holder_code, str(home / LOCK)],
        env=subprocess_env,
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == b"locked\n"
    finally:
        holder.kill()
        holder.wait(timeout=TIMEOUT)
    assert (home / LOCK).exists()  # the lock file stays on disk, which is harmless
    result = run_script(exe, "add", "Bram", env=subprocess_env)
    assert result.returncode == 0, err_text(result)
    assert entry_names(home) == ["Anna", "Bram"]


# --- 3. full disk ---------------------------------------------------------------------


@pytest.mark.parametrize("where", ["backup", "store"])
def test_full_disk_changes_nothing_and_says_so_in_one_line(
    exe: str, home: Path, subprocess_env: dict[str, str], where: str
) -> None:
    first = run_script(exe, "add", "Anna", env=subprocess_env)
    assert first.returncode == 0, err_text(first)
    before = (home / STORE).read_bytes()
    assert len(before) > 200
    # "backup": even the backup (a copy of the current store) does not fit.
    # "store": the backup fits, the new, larger store does not.
    limit = 200 if where == "backup" else len(before) + 1
    result = run_script(exe, "add", "Bram", env=subprocess_env, preexec_fn=limit_file_size(limit))
    stderr = err_text(result)
    assert result.returncode == 1, stderr
    assert_one_plain_line(stderr)
    assert str(home) in stderr
    # The reason, in the user's words: a file-size limit (EFBIG) stands in for a full disk.
    assert "mag niet groter" in stderr, stderr
    assert any(phrase in stderr for phrase in UNCHANGED_PHRASES), stderr
    assert (home / STORE).read_bytes() == before
    assert tmp_files(home) == []
    if (home / BACKUP).exists():
        assert (home / BACKUP).read_bytes() == before
    # And the user can carry on once there is room again.
    again = run_script(exe, "add", "Bram", env=subprocess_env)
    assert again.returncode == 0, err_text(again)
    assert entry_names(home) == ["Anna", "Bram"]


# --- 4. read-only folder / failing rename (in-process fault injection) ----------------


def _raiser(err: int, after: int = 0) -> Callable[..., Any]:
    """A stand-in that lets ``after`` calls through to ``os.replace``, then fails."""
    real = os.replace
    calls = {"n": 0}

    def fake(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] > after:
            raise OSError(err, os.strerror(err))
        return real(*args, **kwargs)

    return fake


def _permission_denied(*_args: Any, **_kwargs: Any) -> Any:
    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))


def _read_only(*_args: Any, **_kwargs: Any) -> Any:
    raise OSError(errno.EROFS, os.strerror(errno.EROFS))


def _eio(*_args: Any, **_kwargs: Any) -> Any:
    raise OSError(errno.EIO, os.strerror(errno.EIO))


FAULTS: dict[str, Callable[[pytest.MonkeyPatch], None]] = {
    "replace-erofs": lambda mp: mp.setattr(storefile.os, "replace", _raiser(errno.EROFS)),
    "replace-eacces-after-backup": lambda mp: mp.setattr(
        storefile.os, "replace", _raiser(errno.EACCES, after=1)
    ),
    "mkstemp-eacces": lambda mp: mp.setattr(tempfile, "mkstemp", _permission_denied),
    "mkstemp-erofs": lambda mp: mp.setattr(tempfile, "mkstemp", _read_only),
    "fsync-eio": lambda mp: mp.setattr(storefile.os, "fsync", _eio),
}
# How the reason reads in the Dutch message (base/i18n/nl.py), where there is a plain word for it.
FAULT_REASONS = {
    "replace-erofs": "alleen-lezen",
    "mkstemp-erofs": "alleen-lezen",
    "replace-eacces-after-backup": "toestemming",
    "mkstemp-eacces": "toestemming",
}


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_failing_write_changes_nothing_and_names_the_folder(
    cli: Any, home: Path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    if fault == "fsync-eio" and sys.platform == "darwin":
        pytest.skip("macOS flushes with F_FULLFSYNC, not os.fsync")
    assert cli("add", "Anna").exit_code == 0
    before = (home / STORE).read_bytes()
    with monkeypatch.context() as mp:
        FAULTS[fault](mp)
        result = cli("add", "Bram")
    assert result.exit_code == 1, result.stderr
    assert_one_plain_line(result.stderr)
    assert str(home) in result.stderr
    assert FAULT_REASONS.get(fault, "") in result.stderr, result.stderr
    assert any(phrase in result.stderr for phrase in UNCHANGED_PHRASES), result.stderr
    assert (home / STORE).read_bytes() == before
    assert tmp_files(home) == []
    if (home / BACKUP).exists():  # a backup written before the failure is the old store
        assert (home / BACKUP).read_bytes() == before
    shown = cli("show", "--json")
    assert shown.exit_code == 0
    assert [e["name"] for e in json.loads(shown.stdout)["entries"]] == ["Anna"]


def _emulate_read_only_filesystem(mp: pytest.MonkeyPatch) -> None:
    """Every call that would change the file system fails with EROFS; reading still works."""
    real_open = os.open
    writing = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND

    def guarded_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & writing:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, *args, **kwargs)

    mp.setattr(os, "open", guarded_open)
    for name in ("mkdir", "chmod", "replace", "rename", "unlink", "remove", "rmdir"):
        mp.setattr(os, name, _read_only)


@pytest.mark.parametrize("existing", [True, False], ids=["existing-store", "missing-folder"])
def test_read_only_file_system_refuses_calmly(
    cli: Any, home: Path, monkeypatch: pytest.MonkeyPatch, existing: bool
) -> None:
    if existing:
        assert cli("add", "Anna").exit_code == 0
    files_before = {p.name: p.read_bytes() for p in home.iterdir()} if existing else None
    with monkeypatch.context() as mp:
        _emulate_read_only_filesystem(mp)
        result = cli("add", "Bram")
        shown = cli("show", "--json")
    assert result.exit_code == 1, result.stderr
    assert_one_plain_line(result.stderr)
    assert str(home) in result.stderr
    assert "alleen-lezen" in result.stderr, result.stderr
    assert any(phrase in result.stderr for phrase in UNCHANGED_PHRASES), result.stderr
    # Reading still works on a read-only disk.
    assert shown.exit_code == 0, shown.stderr
    assert_calm(shown.stderr)
    expected = ["Anna"] if existing else []
    assert [e["name"] for e in json.loads(shown.stdout)["entries"]] == expected
    if existing:
        assert {p.name: p.read_bytes() for p in home.iterdir()} == files_before
    else:
        assert not home.exists()


# --- 5. the data folder is a file -----------------------------------------------------


@pytest.mark.parametrize("below", [False, True], ids=["home-is-file", "home-below-file"])
def test_data_folder_that_is_a_file_is_refused_and_left_alone(
    exe: str, tmp_path: Path, subprocess_env: dict[str, str], below: bool
) -> None:
    regular = tmp_path / "notes.txt"
    content = b"mijn eigen aantekeningen\n"
    regular.write_bytes(content)
    regular.chmod(0o644)
    target = regular / "steuncirkel" if below else regular
    env = {**subprocess_env, "STEUNCIRKEL_HOME": str(target)}
    for args in (("add", "X"), ("show",), ("settings", "--country", "BE")):
        result = run_script(exe, *args, env=env)
        stderr = err_text(result)
        assert result.returncode == 1, (args, stderr)
        assert_one_plain_line(stderr)
        assert str(regular) in stderr, stderr
        assert result.stdout == b""
        assert regular.read_bytes() == content, args
        assert mode_of(regular) == 0o644, (
            f"{args}: the user's file {regular} had its permissions changed "
            f"to {oct(mode_of(regular))}"
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


# --- 6. HOME problems -----------------------------------------------------------------


def _env_without_data_dir(base: dict[str, str], **overrides: str | None) -> dict[str, str]:
    env = {k: v for k, v in base.items() if k not in ("STEUNCIRKEL_HOME", "XDG_DATA_HOME")}
    for key, value in overrides.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


@pytest.mark.parametrize("case", ["home-empty", "home-relative", "xdg-relative"])
def test_unusable_home_refuses_and_writes_nothing_in_the_working_directory(
    exe: str, tmp_path: Path, subprocess_env: dict[str, str], case: str
) -> None:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    real_home = tmp_path / "realhome"
    real_home.mkdir()
    overrides = {
        "home-empty": {"HOME": ""},
        "home-relative": {"HOME": "rel"},
        "xdg-relative": {"HOME": str(real_home), "XDG_DATA_HOME": "rel-data"},
    }[case]
    env = _env_without_data_dir(subprocess_env, **overrides)
    root_guess = Path("/.local/share/steuncirkel")  # what HOME="" gave in platformdirs 4.2
    root_guess_existed = root_guess.exists()
    commands = [("add", "X"), ("show",), ("show", "--json")]
    for args, result in run_many(exe, commands, env=env, cwd=cwd).items():
        stderr = err_text(result)
        assert result.returncode == 1, (args, stderr)
        assert_one_plain_line(stderr)
        assert "HOME" in stderr, stderr
    assert list(cwd.iterdir()) == [], "something was written into the working directory"
    assert list(real_home.iterdir()) == []
    assert root_guess.exists() == root_guess_existed


def test_unset_home_with_absolute_xdg_data_home_works(
    exe: str, tmp_path: Path, subprocess_env: dict[str, str]
) -> None:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    xdg = tmp_path / "xdg"
    env = _env_without_data_dir(subprocess_env, HOME=None, XDG_DATA_HOME=str(xdg))
    assert "HOME" not in env
    added = run_script(exe, "add", "X", env=env, cwd=cwd)
    assert added.returncode == 0, err_text(added)
    assert_calm(err_text(added))
    assert entry_names(xdg / "steuncirkel") == ["X"]
    shown = run_script(exe, "show", "--json", env=env, cwd=cwd)
    assert shown.returncode == 0, err_text(shown)
    assert [e["name"] for e in json.loads(shown.stdout)["entries"]] == ["X"]
    assert list(cwd.iterdir()) == []


# --- 7. closed pipe -------------------------------------------------------------------


def _big_store(home: Path) -> bytes:
    entries = [
        make_entry(i, f"Persoon {i:04d}", roles=["listens"] if i % 2 else ["practical"])
        for i in range(2000)
    ]
    return write_store(home, circle_bytes(make_circle(entries))).read_bytes()


@pytest.mark.parametrize(
    ("args", "unbuffered"),
    [
        (("--demo", "show"), False),
        (("show",), False),
        (("show",), True),
        (("show", "--json"), False),
        (("show", "--json"), True),
    ],
    ids=["demo-show", "big-show", "big-show-unbuffered", "big-json", "big-json-unbuffered"],
)
def test_closed_pipe_after_first_line_is_quiet(
    exe: str,
    home: Path,
    subprocess_env: dict[str, str],
    args: tuple[str, ...],
    unbuffered: bool,
) -> None:
    before = None if "--demo" in args else _big_store(home)
    env = dict(subprocess_env)
    env.pop("PYTHONUNBUFFERED", None)
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    proc = subprocess.Popen(
        [exe, *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    stderr = proc.stderr.read().decode("utf-8", "replace")
    code = proc.wait(timeout=TIMEOUT)
    assert first.strip(), "no first line of output"
    assert_calm(stderr)
    assert "STEUNCIRKEL_DEBUG" not in stderr, stderr  # not reported as a bug in the app
    assert code in (0, 1), (code, stderr)  # not killed by SIGPIPE, not a usage error
    if before is None:
        assert not home.exists()
    else:
        assert (home / STORE).read_bytes() == before


def test_add_with_closed_stdout_still_stores_exactly_once(
    exe: str, home: Path, subprocess_env: dict[str, str]
) -> None:
    proc = subprocess.Popen(
        [exe, "add", "Anna"],
        env=subprocess_env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # like `| head -0`
    stderr = proc.stderr.read().decode("utf-8", "replace")
    proc.wait(timeout=TIMEOUT)
    assert_calm(stderr)
    assert entry_names(home) == ["Anna"]


@pytest.mark.parametrize(
    "args",
    [("show",), ("show", "--json"), ("--demo", "show")],
    ids=["show", "show-json", "demo-show"],
)
def test_full_stdout_device_says_the_output_failed(
    exe: str, home: Path, subprocess_env: dict[str, str], args: tuple[str, ...]
) -> None:
    """`show > /dev/full` (ENOSPC on stdout): one plain line about the output, exit 1."""
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    if "--demo" not in args:
        assert run_script(exe, "add", "Anna", env=subprocess_env).returncode == 0
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [exe, *args],
            env=subprocess_env,
            stdin=subprocess.DEVNULL,
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT,
            check=False,
        )
    stderr = err_text(result)
    assert result.returncode == 1, stderr
    assert_one_plain_line(stderr)
    # The user is told their output could not be written, not that steuncirkel has a bug.
    assert "uitvoer" in stderr, stderr
    assert "STEUNCIRKEL_DEBUG" not in stderr, stderr


def _big_circle(home: Path, count: int = 400) -> None:
    entries = [
        make_entry(i, f"Naam {i}", ["crisis"] if i < 3 else ["listens"]) for i in range(count)
    ]
    write_store(home, circle_bytes(make_circle(entries)))


def _nonblocking_pipe(*, full: bool) -> tuple[int, int]:
    import fcntl

    r, w = os.pipe()
    fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)
    if full:
        with contextlib.suppress(BlockingIOError):
            while True:
                os.write(w, b"x" * 4096)
    return r, w


@pytest.mark.parametrize(
    ("args", "full"),
    [(("crisis",), True), (("show", "--json"), False)],
    ids=["crisis-full", "show-json-64k"],
)
def test_output_nobody_reads_is_exit_1_not_silent_success(
    exe: str, home: Path, subprocess_env: dict[str, str], args: tuple[str, ...], full: bool
) -> None:
    """stdout as a non-blocking pipe that is full (EAGAIN) or fills at 64 KiB: exit 0
    with nothing (or half) shown would be a lie. PYTHONUNBUFFERED=1 hid it completely."""
    _big_circle(home)
    r, w = _nonblocking_pipe(full=full)
    try:
        result = subprocess.run(
            [exe, *args],
            env={**subprocess_env, "PYTHONUNBUFFERED": "1"},
            stdin=subprocess.DEVNULL,
            stdout=w,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT,
            check=False,
        )
    finally:
        os.close(w)
        os.close(r)
    stderr = err_text(result)
    assert result.returncode == 1, stderr
    assert_one_plain_line(stderr)
    assert "uitvoer" in stderr and "seconden" in stderr, stderr


@pytest.mark.parametrize("args", [("show", "--json"), ("crisis", "--json"), ("print",)])
def test_a_file_size_limit_on_stdout_is_exit_1(
    exe: str, home: Path, subprocess_env: dict[str, str], tmp_path: Path, args: tuple[str, ...]
) -> None:
    """`ulimit -f`: the output is cut (EFBIG after a short write); say so, exit 1."""
    _big_circle(home)
    limit = 300

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    out = tmp_path / "out"
    with out.open("wb") as handle:
        result = subprocess.run(
            [exe, *args],
            env={**subprocess_env, "PYTHONUNBUFFERED": "1"},
            stdin=subprocess.DEVNULL,
            stdout=handle,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT,
            preexec_fn=small_files,
            check=False,
        )
    stderr = err_text(result)
    assert result.returncode == 1, stderr
    assert_one_plain_line(stderr)
    assert "niet groter" in stderr, stderr
    assert out.stat().st_size == limit


def test_short_writes_to_stdout_still_deliver_everything(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """The kernel may take part of a write; the rest must follow, not vanish."""
    from steuncirkel.base import streams

    real_write = os.write

    def short(fd: int, data: Any) -> int:
        return real_write(fd, bytes(data[:7]))

    monkeypatch.setattr(streams.os, "write", short)
    text = "Als het moeilijk wordt\n" + "Anna 06 12345678\n" * 50
    streams.write_stdout(text)
    monkeypatch.undo()
    assert capfd.readouterr().out == text


# --- 8. ASCII output ------------------------------------------------------------------


def test_ascii_terminal_shows_unicode_names_without_crashing(
    exe: str, home: Path, subprocess_env: dict[str, str]
) -> None:
    ascii_env = {**subprocess_env, "PYTHONIOENCODING": "ascii"}
    added = run_script(exe, "add", UNICODE_NAME, "--listens", env=ascii_env)
    assert added.returncode == 0, err_text(added)
    assert_calm(err_text(added))
    added.stderr.decode("ascii")  # messages with the name are escaped, not a crash
    assert entry_names(home) == [UNICODE_NAME]

    shown = run_script(exe, "show", env=ascii_env)
    assert shown.returncode == 0, err_text(shown)
    assert_calm(err_text(shown))
    text = shown.stdout.decode("ascii")  # raises if anything non-ASCII got through
    assert "Zo" in text and "elik" in text

    as_json = run_script(exe, "show", "--json", env=ascii_env)
    assert as_json.returncode == 0, err_text(as_json)
    assert_calm(err_text(as_json))
    document = json.loads(as_json.stdout.decode("ascii"))
    assert [e["name"] for e in document["entries"]] == [UNICODE_NAME]


@pytest.mark.parametrize("encoding", ["cp1252"])
def test_narrow_8bit_terminal_shows_unicode_names_without_crashing(
    exe: str, home: Path, subprocess_env: dict[str, str], encoding: str
) -> None:
    assert run_script(exe, "add", UNICODE_NAME, env=subprocess_env).returncode == 0
    env = {**subprocess_env, "PYTHONIOENCODING": encoding}
    for result in run_many(exe, [("show",), ("settings",)], env=env).values():
        assert result.returncode == 0, err_text(result)
        assert_calm(err_text(result))
        result.stdout.decode(encoding)


# --- 9. closed standard file descriptors ----------------------------------------------


def test_closed_standard_fds_do_not_send_output_into_the_store(
    exe: str, home: Path, subprocess_env: dict[str, str]
) -> None:
    for name in ("X", "Y"):  # the first add creates the store, the second reads and rewrites it
        result = subprocess.run(
            ["sh", "-c", '"$0" add "$1" 0<&- 1>&- 2>&-', exe, name],
            env=subprocess_env,
            capture_output=True,
            timeout=TIMEOUT,
            check=False,
        )
        assert result.returncode == 0, name
        raw = (home / STORE).read_bytes()
        document = json.loads(raw.decode("utf-8"))  # output did not end up in the store
        assert document["format"] == "steuncirkel"
    assert entry_names(home) == ["X", "Y"]
    assert json.loads((home / BACKUP).read_bytes())["entries"][0]["name"] == "X"
    before = (home / STORE).read_bytes()
    shown = subprocess.run(
        ["sh", "-c", '"$0" show 0<&- 1>&- 2>&-', exe],
        env=subprocess_env,
        capture_output=True,
        timeout=TIMEOUT,
        check=False,
    )
    # The output reaches no one: not a success (docs/exit-codes.md), and still calm.
    assert shown.returncode == 1
    assert (home / STORE).read_bytes() == before


@pytest.mark.parametrize("args", [("crisis",), ("crisis", "--json"), ("show",), ("--version",)])
def test_a_closed_stdout_is_exit_1_with_a_sentence(
    exe: str, home: Path, subprocess_env: dict[str, str], args: tuple[str, ...]
) -> None:
    result = subprocess.run(["sh", "-c", '"$0" "$@" 1>&-', exe, *args], env=subprocess_env,
                            capture_output=True, timeout=TIMEOUT, check=False)  # fmt: skip
    assert result.returncode == 1, err_text(result)
    assert "standaarduitvoer is gesloten" in err_text(result)


def test_closed_fds_via_preexec_do_not_send_output_into_the_store(
    exe: str, home: Path, subprocess_env: dict[str, str]
) -> None:
    assert run_script(exe, "add", "Anna", env=subprocess_env).returncode == 0

    def close_stdout_and_stderr() -> None:
        os.close(1)
        os.close(2)

    result = subprocess.run(
        [exe, "add", "Bram"],
        env=subprocess_env,
        stdin=subprocess.DEVNULL,
        preexec_fn=close_stdout_and_stderr,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0
    assert entry_names(home) == ["Anna", "Bram"]


# --- 10. corrupt stores through the CLI -----------------------------------------------


def _assert_refused_store(
    result: subprocess.CompletedProcess[bytes], store_file: Path, backup: Path
) -> None:
    stderr = err_text(result)
    assert result.returncode == 1, stderr
    assert_one_plain_line(stderr)
    assert str(store_file) in stderr, stderr
    assert str(backup) in stderr, stderr
    assert any(phrase in stderr for phrase in UNCHANGED_PHRASES), stderr


@pytest.mark.parametrize("case", sorted(CORRUPT_STORES))
def test_corrupt_store_is_refused_and_never_overwritten(
    exe: str, home: Path, subprocess_env: dict[str, str], case: str
) -> None:
    bad = CORRUPT_STORES[case].content
    store_file = write_store(home, bad)
    backup = home / BACKUP
    # Without a backup: reading and writing refuse, and no backup is made of bad data.
    commands = [
        ("show",),
        ("add", "Bram"),
        ("print",),
        ("settings",),
        ("settings", "--country", "BE"),
    ]
    for args, result in run_many(exe, commands, env=subprocess_env).items():
        _assert_refused_store(result, store_file, backup)
        assert result.stdout == b""
        assert store_file.read_bytes() == bad, args
        assert not backup.exists(), f"{args} wrote a backup of a corrupt store"
    # With a good backup: writing commands leave both the store and the backup alone.
    good = circle_bytes(valid_circle())
    backup.write_bytes(good)
    result = run_script(exe, "add", "Bram", env=subprocess_env)
    _assert_refused_store(result, store_file, backup)
    assert store_file.read_bytes() == bad
    assert backup.read_bytes() == good, "add wrote over the backup"
    assert tmp_files(home) == []


# --- 11. permissions ------------------------------------------------------------------


@pytest.mark.parametrize("umask", [0o022, 0o000], ids=["umask-022", "umask-000"])
def test_folder_and_files_are_private(
    exe: str, home: Path, subprocess_env: dict[str, str], umask: int
) -> None:
    for name in ("Anna", "Bram"):
        result = run_script(exe, "add", name, env=subprocess_env, preexec_fn=with_umask(umask))
        assert result.returncode == 0, err_text(result)
    assert mode_of(home) == 0o700
    for file_name in (STORE, BACKUP, LOCK):
        assert mode_of(home / file_name) == 0o600, (file_name, oct(mode_of(home / file_name)))


@pytest.mark.parametrize("umask", [0o777, 0o277])
def test_a_strict_umask_leaves_no_folder_nobody_can_open(
    exe: str, tmp_path: Path, subprocess_env: dict[str, str], umask: int
) -> None:
    """mkdir's mode passes through the umask: every level we create is chmodded 0700."""
    home = tmp_path / "a" / "b" / "data"
    env = {**subprocess_env, "STEUNCIRKEL_HOME": str(home)}
    result = run_script(exe, "add", "Anna", env=env, preexec_fn=with_umask(umask))
    assert result.returncode == 0, err_text(result)
    for level in (tmp_path / "a", tmp_path / "a" / "b", home):
        assert mode_of(level) == 0o700, (level, oct(mode_of(level)))
    for file_name in (STORE, LOCK):
        assert mode_of(home / file_name) == 0o600


def test_a_folder_chain_that_cannot_be_finished_is_removed_again(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "a" / "b" / "data"
    real_mkdir = os.mkdir

    def no_leaf(path: Any, *args: Any, **kwargs: Any) -> None:
        if str(path) == str(home):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(os, "mkdir", no_leaf)
    result = cli("add", "Anna", "--home", str(home))
    assert result.exit_code == 1 and "vol" in result.stderr
    assert not (tmp_path / "a").exists()


def test_existing_open_folder_is_made_private(
    exe: str, home: Path, subprocess_env: dict[str, str]
) -> None:
    home.mkdir()
    home.chmod(0o755)
    result = run_script(exe, "add", "Anna", env=subprocess_env, preexec_fn=with_umask(0o022))
    assert result.returncode == 0, err_text(result)
    assert mode_of(home) == 0o700


def test_every_created_level_of_a_nested_folder_is_private(
    exe: str, home: Path, subprocess_env: dict[str, str]
) -> None:
    nested = home / "a" / "b" / "c"
    env = {**subprocess_env, "STEUNCIRKEL_HOME": str(nested)}
    result = run_script(exe, "add", "Anna", env=env, preexec_fn=with_umask(0o022))
    assert result.returncode == 0, err_text(result)
    for level in (home, home / "a", home / "a" / "b", nested):
        assert mode_of(level) == 0o700, (str(level), oct(mode_of(level)))
    assert entry_names(nested) == ["Anna"]


@pytest.mark.parametrize("nested", [False, True], ids=["missing", "missing-nested"])
def test_reading_commands_on_a_missing_folder_create_nothing(
    exe: str, home: Path, subprocess_env: dict[str, str], nested: bool
) -> None:
    target = home / "a" / "b" if nested else home
    env = {**subprocess_env, "STEUNCIRKEL_HOME": str(target)}
    commands = [("show",), ("show", "--json"), ("settings",)]
    results = run_many(exe, commands, env=env, preexec_fn=with_umask(0o022))
    for args, result in results.items():
        assert result.returncode == 0, (args, err_text(result))
        assert_calm(err_text(result))
        assert not home.exists(), f"{args} created {home}"


def test_temp_files_are_private_while_they_exist(
    cli: Any, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every temporary copy (a full copy of personal data) is 0600, also under umask 022."""
    seen: list[tuple[str, int]] = []
    real_replace = os.replace

    def spy(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        seen.append((Path(dst).name, stat.S_IMODE(os.stat(src).st_mode)))
        real_replace(src, dst, *args, **kwargs)

    old = os.umask(0o022)
    try:
        with monkeypatch.context() as mp:
            mp.setattr(storefile.os, "replace", spy)
            assert cli("add", "Anna").exit_code == 0
            assert cli("add", "Bram").exit_code == 0
    finally:
        os.umask(old)
    # The second add keeps the replaced version in the history too (0600 as well); each
    # write leaves its note (base/stamp.py) last.
    note = ("circle.json.checked", 0o600)
    assert seen == [(STORE, 0o600), note, (BACKUP, 0o600), (STORE, 0o600),
                    ("000001.json.gz", 0o600), note]  # fmt: skip


def _fail_nth_fsync(mp: pytest.MonkeyPatch, n: int) -> None:
    """Like ``strace -e inject=fsync:error=EIO:when=N``: only the n-th fsync fails."""
    real = os.fsync
    calls = {"n": 0}

    def fsync(fd: int) -> None:
        calls["n"] += 1
        if calls["n"] == n:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real(fd)

    mp.setattr(storefile.os, "fsync", fsync)


@pytest.mark.skipif(sys.platform != "linux", reason="counts plain fsync calls (Linux)")
@pytest.mark.parametrize("n", [1, 2, 3, 4])
def test_a_failed_fsync_says_what_is_true(
    cli: Any, home: Path, monkeypatch: pytest.MonkeyPatch, n: int
) -> None:
    """fsync 1-2 flush the backup and its folder, 3 the new store, 4 its folder: after
    the 4th the new circle is already in place, so "unchanged" would be a lie."""
    assert cli("add", "Anna").exit_code == 0
    with monkeypatch.context() as mp:
        _fail_nth_fsync(mp, n)
        result = cli("add", "Carl")
    assert result.exit_code == 1
    assert_one_plain_line(result.stderr)
    names = [e["name"] for e in json.loads(cli("show", "--json").stdout)["entries"]]
    if n == 4:
        assert names == ["Anna", "Carl"]
        assert not any(phrase in result.stderr for phrase in UNCHANGED_PHRASES)
        assert "Bewaard" in result.stderr and "steuncirkel show" in result.stderr
    else:
        assert names == ["Anna"]
        assert any(phrase in result.stderr for phrase in UNCHANGED_PHRASES)
    assert tmp_files(home) == []


# --- the hostile pass's cases that held, kept -------------------------------------------

KILL_DRIVER = """
import os, signal, sys
name, nth = sys.argv[1], int(sys.argv[2])
real = getattr(os, name)
calls = [0]
def pull_the_plug(*args, **kwargs):
    calls[0] += 1
    if calls[0] == nth:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(*args, **kwargs)
setattr(os, name, pull_the_plug)
from steuncirkel.__main__ import main
sys.exit(main(sys.argv[3:]))
"""

# Each step of a save (RELIABILITY.md): the backup's temporary file is flushed, made
# private and renamed, its folder flushed; then the same for the new store.
WRITE_STEPS = [("fsync", 1), ("chmod", 2), ("replace", 1), ("fsync", 2), ("fsync", 3),
               ("chmod", 3), ("replace", 2), ("fsync", 4)]  # fmt: skip


@pytest.mark.skipif(sys.platform != "linux", reason="counts plain fsync calls (Linux)")
@pytest.mark.parametrize(("step", "nth"), WRITE_STEPS, ids=[f"{s}-{n}" for s, n in WRITE_STEPS])
def test_sigkill_at_each_write_step_loses_nothing_committed(
    exe: str, home: Path, subprocess_env: dict[str, str], step: str, nth: int
) -> None:
    for name in ("Anna", "Bram"):
        assert run_script(exe, "add", name, env=subprocess_env).returncode == 0
    killed = subprocess.run(
        [sys.executable, "-c", KILL_DRIVER, step, str(nth), "add", "Carl"],
        env=subprocess_env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert killed.returncode == -signal.SIGKILL, err_text(killed)
    names = assert_store_loads(exe, home, subprocess_env)
    assert names[:2] == ["Anna", "Bram"] and names in (["Anna", "Bram"], ["Anna", "Bram", "Carl"])
    after = run_script(exe, "add", "Dirk", env=subprocess_env)
    assert after.returncode == 0, err_text(after)
    assert tmp_files(home) == [], "a killed writer's temporary file was left after the next save"
    assert "Dirk" in entry_names(home)


def _odd_store(home: Path, kind: str, tmp_path: Path) -> None:
    import socket

    home.mkdir(parents=True, exist_ok=True)
    store = home / STORE
    if kind == "fifo":
        os.mkfifo(store)
    elif kind == "folder":
        store.mkdir()
    elif kind == "dev-zero":
        store.symlink_to("/dev/zero")
    elif kind == "dev-null":
        store.symlink_to("/dev/null")
    elif kind == "link-to-folder":
        store.symlink_to(tmp_path)
    elif kind == "link-loop":
        store.symlink_to(store)
    else:
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(store))
        server.close()


@pytest.mark.parametrize(
    "kind", ["fifo", "folder", "dev-zero", "dev-null", "link-to-folder", "link-loop", "socket"]
)
def test_odd_files_as_the_store_never_hang_and_are_left_alone(
    exe: str, home: Path, subprocess_env: dict[str, str], tmp_path: Path, kind: str
) -> None:
    _odd_store(home, kind, tmp_path)
    before = os.lstat(home / STORE)
    commands = [("show",), ("add", "Bram"), ("print",), ("settings", "--country", "BE"),
                ("crisis",)]  # fmt: skip
    for args, result in run_many(exe, commands, env=subprocess_env).items():
        stderr = err_text(result)
        assert result.returncode == (0 if args == ("crisis",) else 1), (args, stderr)
        assert_one_plain_line(stderr) if args != ("crisis",) else None
        if args == ("crisis",):
            assert b"112" in result.stdout
    after = os.lstat(home / STORE)
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)
    assert not (home / BACKUP).exists() and tmp_files(home) == []


@pytest.mark.parametrize(
    "args", [("--help",), ("show", "--help"), ("--version",), ("crisis", "--help")]
)
def test_clicks_own_output_that_cannot_be_written_is_a_sentence(
    exe: str, subprocess_env: dict[str, str], tmp_path: Path, args: tuple[str, ...]
) -> None:
    """Help and --version are written by Click, not by us: still whole or exit 1."""
    if os.path.exists("/dev/full"):
        with open("/dev/full", "wb") as full:
            result = subprocess.run([exe, *args], env=subprocess_env, stdin=subprocess.DEVNULL,
                                    stdout=full, stderr=subprocess.PIPE, timeout=TIMEOUT,
                                    check=False)  # fmt: skip
        stderr = err_text(result)
        assert result.returncode == 1, stderr
        assert_one_plain_line(stderr)
        assert "uitvoer" in stderr and "STEUNCIRKEL_DEBUG" not in stderr

    def tiny_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (5, 5))

    with (tmp_path / "out").open("wb") as handle:
        result = subprocess.run([exe, *args], env={**subprocess_env, "PYTHONUNBUFFERED": "1"},
                                stdin=subprocess.DEVNULL, stdout=handle, stderr=subprocess.PIPE,
                                timeout=TIMEOUT, preexec_fn=tiny_files, check=False)  # fmt: skip
    assert result.returncode == 1, err_text(result)
    assert "niet groter" in err_text(result)
