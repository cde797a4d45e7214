"""``steuncirkel add`` without a name, on a terminal: questions, answers, stopping."""

from __future__ import annotations

import os
import pty
import signal
import subprocess
import time
from pathlib import Path

import pytest

import steuncirkel.cli.common
from helpers import stored_entries


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend stdin is a terminal for in-process runs."""
    monkeypatch.setattr(steuncirkel.cli.common, "stdin_is_interactive", lambda: True)


def test_walkthrough_adds_two_entries(cli, home: Path, terminal: None) -> None:
    answers = [
        "Marieke",  # name
        "",  # kind: person
        "zus",  # relation
        "j",  # listens
        "n",  # practical
        "j",  # crisis
        "0612345678",  # phone
        "altijd",  # when
        "j",  # another
        "Het park",
        "plek",  # a place: no relation, listening, practical help or phone asked
        "ja",  # crisis
        "achter het station",  # where
        "n",
    ]
    result = cli("add", input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.stderr
    marieke, park = stored_entries(home)
    assert marieke["name"] == "Marieke" and marieke["relation"] == "zus"
    assert marieke["roles"] == ["listens", "crisis"]
    assert marieke["phone"] == "+31612345678" and marieke["available"] == "altijd"
    assert park["kind"] == "place" and park["where"] == "achter het station"
    assert park["roles"] == ["crisis"] and park["phone"] is None
    assert "Klaar" in result.stderr
    assert result.stdout == ""  # questions and messages are on stderr


def test_bad_answers_are_asked_again(cli, home: Path, terminal: None) -> None:
    cli("add", "Anna")
    answers = ["", "anna", "Bo", "kat", "groep", "", "misschien", "n", "n", "n", "12", "", "", "n"]
    result = cli("add", input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.stderr
    assert "niet leeg" in result.stderr
    assert "Anna staat al" in result.stderr
    assert "'kat' is geen soort" in result.stderr
    assert "Antwoord met j of n" in result.stderr
    assert "12 lijkt geen telefoonnummer" in result.stderr
    assert [e["name"] for e in stored_entries(home)] == ["Anna", "Bo"]
    assert stored_entries(home)[1]["kind"] == "group"


def test_end_of_input_mid_entry_saves_nothing(cli, home: Path, terminal: None) -> None:
    result = cli("add", input="Marieke\n\nzus\n")
    assert result.exit_code == 1
    assert "niets veranderd" in result.stderr
    assert not (home / "circle.json").exists()


def test_finished_entries_are_kept_when_stopping_later(cli, home: Path, terminal: None) -> None:
    first = ["Marieke", "", "", "n", "n", "n", "", ""]
    result = cli("add", input="\n".join([*first, "j", "Half"]) + "\n")
    assert result.exit_code == 1
    assert "blijft bewaard" in result.stderr
    assert [e["name"] for e in stored_entries(home)] == ["Marieke"]


def test_crisis_question_is_skipped_when_the_list_is_full(cli, home: Path, terminal: None) -> None:
    for n in range(5):
        cli("add", f"P{n}", "--crisis")
    answers = ["Zes", "", "", "j", "n", "", "", "n"]
    result = cli("add", input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.stderr
    assert "komt wel in je steuncirkel, alleen niet op de crisislijst" in result.stderr
    assert stored_entries(home)[-1]["roles"] == ["listens"]


def test_walkthrough_refuses_demo(cli, home: Path, terminal: None) -> None:
    result = cli("--demo", "add", input="X\n")
    assert result.exit_code == 1
    assert not home.exists()


# --- a real terminal ----------------------------------------------------------------


def _read_until(fd: int, proc: subprocess.Popen[bytes], needle: bytes, seen: bytearray) -> None:
    deadline = time.monotonic() + 20
    while needle not in seen:
        assert time.monotonic() < deadline, f"never saw {needle!r} in {bytes(seen)!r}"
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: the program ended and closed the terminal
            break
        seen.extend(chunk)
    assert needle in seen, f"never saw {needle!r} in {bytes(seen)!r}"


def _spawn(exe: str, env: dict[str, str]) -> tuple[subprocess.Popen[bytes], int]:
    master, slave = pty.openpty()
    # As from a shell on a terminal: Ctrl-C is not ignored, also when the tests run in
    # the background (a background job of a script starts with SIGINT ignored, and a
    # child inherits that).
    proc = subprocess.Popen(
        [exe, "add"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        close_fds=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    os.close(slave)
    return proc, master


def test_walkthrough_on_a_real_terminal(
    exe: str, subprocess_env: dict[str, str], home: Path
) -> None:
    proc, master = _spawn(exe, subprocess_env)
    seen = bytearray()
    try:
        for question, answer in [
            (b"Naam:", b"Karim"),
            (b"groep?", b""),
            (b"voor je", b"sponsor"),
            (b"Luistert Karim", b"j"),
            (b"praktisch", b"n"),
            (b"crisislijst", b"j"),
            (b"Telefoonnummer", b"06 2345 6789"),
            (b"bereiken", b"elke dag"),
            (b"Nog iemand", b"n"),
        ]:
            _read_until(master, proc, question, seen)
            os.write(master, answer + b"\n")
        assert proc.wait(timeout=20) == 0
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
    [karim] = stored_entries(home)
    assert karim["phone"] == "+31623456789" and karim["roles"] == ["listens", "crisis"]


def test_ctrl_c_on_a_real_terminal_changes_nothing(
    exe: str, subprocess_env: dict[str, str], home: Path
) -> None:
    proc, master = _spawn(exe, subprocess_env)
    seen = bytearray()
    try:
        _read_until(master, proc, b"Naam:", seen)
        os.write(master, b"Karim\n")
        _read_until(master, proc, b"groep?", seen)
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=20) == 1
        _read_until(master, proc, b"niets veranderd", seen)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
    assert b"Traceback" not in seen
    assert not (home / "circle.json").exists()
