"""``steuncirkel print``: the list for the wall or the wallet, in text and Markdown."""

from __future__ import annotations

import html
import json
import os
import stat
from datetime import date
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from helpers import CORRUPT_STORES, write_store
from steuncirkel import reading
from steuncirkel.base.i18n import Msg, t
from steuncirkel.models import demo_circle
from steuncirkel.render import RENDERERS, PrintOptions


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_text_printout_of_the_demo(cli, lang: str) -> None:
    result = cli("--demo", "print", lang=lang)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    title = {"nl": "Steuncirkel (voorbeeld)", "en": "Steuncirkel (example)"}[lang]
    assert out.startswith(f"{title}\n{'=' * len(title)}\n")  # a demo never looks real
    assert out.index("1. Marieke de Vries (zus)") < out.index("4. Het bankje")
    assert "06 12345678" in out and "020 123 4567" in out
    assert "113 Zelfmoordpreventie" in out and "088 0767 000" in out and "112" in out
    assert t(Msg.PRINT_ENCOURAGEMENT, lang) in " ".join(out.split())
    from steuncirkel.base.i18n import written_date

    today = date(2026, 11, 27)  # the tests' clock (STEUNCIRKEL_NOW)
    assert written_date(today, lang) in out  # as people write it (issue #13)
    assert today.isoformat() not in out
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "Joost Smit" not in out  # only the crisis list is printed


def test_title_carries_the_users_name_and_country_helplines(cli) -> None:
    cli("settings", "--name", "Sam", "--country", "BE")
    cli.add("Lotte", "--crisis", "--phone", "0471 12 34 56")
    out = cli("print").stdout
    assert out.startswith("Steuncirkel van Sam\n")
    assert "0471 12 34 56" in out and "1813" in out and "Tele-Onthaal" in out
    assert "113 Zelfmoordpreventie" not in out


def test_empty_circle_still_prints_the_helplines(cli, home: Path) -> None:
    out = cli("print").stdout
    assert out.startswith("Steuncirkel\n")
    assert "Nog niemand op deze lijst" in out and "113" in out
    assert not home.exists()


NASTY = ["*ster*", "pipe | pipe", "<script>alert(1)</script>", "[link](https://x.nl)",
         "back\\slash", "`code`", "_under_", "# kop", "![img](x.png)", "a&amp;b"]  # fmt: skip


def test_markdown_renders_user_text_literally(cli) -> None:
    for n, name in enumerate(NASTY[:5]):
        cli.add(name, "--crisis", "--relation", NASTY[n + 5], "--where", "www.example.nl")
    out = cli("print", "--format", "markdown").stdout
    rendered = MarkdownIt("commonmark").enable("table").render(out)
    for text in NASTY:
        assert html.escape(text, quote=False) in rendered, text
    assert "<script" not in rendered and "<a " not in rendered and "<img" not in rendered
    assert rendered.count("<em>") == 1  # only our own encouraging line
    assert "<code>" not in rendered
    assert rendered.count("<tr>") == 6  # header + five rows: no cell broke the table


def test_markdown_has_headings_table_and_helplines(cli) -> None:
    out = cli("--demo", "print", "--format", "markdown").stdout
    rendered = MarkdownIt("commonmark").enable("table").render(out)
    assert rendered.startswith("<h1>Steuncirkel (voorbeeld)</h1>")
    assert "<table>" in rendered and rendered.count("<h2>") == 2
    assert "<strong>113 Zelfmoordpreventie</strong>" in rendered


def test_every_format_in_the_registry_renders() -> None:
    view = reading.print_view(demo_circle(), date(2026, 1, 2))
    for renderer in RENDERERS.values():
        for lang in ("nl", "en"):
            rendered = renderer.load()(view, lang, PrintOptions())
            if isinstance(rendered, bytes):
                continue  # the PDF is read back in test_pdf.py
            day = {"nl": "2 januari 2026", "en": "2 January 2026"}[lang]
            assert day in rendered and "Marieke de Vries" in rendered


# --- --output -----------------------------------------------------------------------


def test_output_file_is_private_and_not_overwritten(cli, tmp_path: Path) -> None:
    target = tmp_path / "lijst.txt"
    old = os.umask(0o022)
    try:
        result = cli("--demo", "print", "--output", str(target))
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert str(target) in result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "Marieke de Vries" in target.read_text(encoding="utf-8")
    target.write_text("mine")
    result = cli("--demo", "print", "--output", str(target))
    assert result.exit_code == 1 and "--force" in result.stderr
    assert target.read_text() == "mine"
    assert cli("--demo", "print", "--output", str(target), "--force").exit_code == 0
    assert "Marieke" in target.read_text(encoding="utf-8")
    assert not list(tmp_path.glob(".steuncirkel-*.tmp"))


def test_output_dash_is_stdout(cli) -> None:
    result = cli("--demo", "print", "--output", "-")
    assert result.exit_code == 0 and "Marieke" in result.stdout


def test_force_never_replaces_a_symlink_or_writes_through_it(cli, tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("precious")
    link = tmp_path / "out.txt"
    link.symlink_to(victim)
    assert cli("--demo", "print", "--output", str(link)).exit_code == 1
    result = cli("--demo", "print", "--output", str(link), "--force")
    assert result.exit_code == 1 and "regular" in result.stderr.replace("gewoon", "regular")
    assert victim.read_text() == "precious" and link.is_symlink()


def _store_reached_by(how: str, home: Path, tmp_path: Path) -> Path:
    """A path outside the data folder (or winding through it) that reaches the store."""
    store = home / "circle.json"
    if how == "symlinked-store":  # circle.json itself is a link to the real file
        real = tmp_path / "elsewhere" / "circle.json"
        real.parent.mkdir()
        store.rename(real)
        store.symlink_to(real)
        return real
    if how == "hard-link":
        other = tmp_path / "hard.json"
        os.link(store, other)
        return other
    if how == "dot-dot":
        (tmp_path / "sub").mkdir()
        return tmp_path / "sub" / ".." / home.name / "circle.json"
    if how == "backup-link":
        other = tmp_path / "bak-link.txt"
        os.link(home / "circle.json.bak", other)
        return other
    link = tmp_path / "folder-link"  # a symlinked data folder
    link.symlink_to(home)
    return link / "circle.json"


@pytest.mark.parametrize(
    "how", ["symlinked-store", "hard-link", "dot-dot", "backup-link", "folder-link"]
)
@pytest.mark.parametrize("demo", [False, True])
def test_print_never_overwrites_the_circle_however_it_is_reached(
    cli, home: Path, tmp_path: Path, how: str, demo: bool
) -> None:
    cli.add("Anna", "--crisis")
    cli.add("Bob")  # a backup now exists
    target = _store_reached_by(how, home, tmp_path)
    cli.add("Carl")  # saved through the link when the store is one
    if how in ("hard-link", "backup-link"):  # a save makes new files: link them again
        target.unlink()
        target = _store_reached_by(how, home, tmp_path)
    before = {p: p.read_bytes() for p in home.iterdir() if p.is_file()}
    real_before = os.path.realpath(home / "circle.json")
    real_bytes = Path(real_before).read_bytes()
    result = cli(*(["--demo"] if demo else []), "print", "--output", str(target), "--force")
    assert result.exit_code == 1, result.stdout
    assert "Traceback" not in result.stderr and result.stderr.strip()
    assert {p: p.read_bytes() for p in home.iterdir() if p.is_file()} == before
    assert Path(real_before).read_bytes() == real_bytes
    assert "Carl" in cli("show").stdout


@pytest.mark.parametrize("name", ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"])
def test_dev_stdout_is_the_screen_not_a_file(subprocess_env, tmp_path: Path, name: str) -> None:
    """Through the real console script, whose stdout is a file here: that file gets the
    printout and stays a file of ours; /dev/stdout stays the link it was."""
    import subprocess

    from helpers import console_script

    before = os.readlink("/dev/stdout")
    out = tmp_path / "captured.txt"
    with out.open("wb") as handle:
        result = subprocess.run([console_script(), "--demo", "print", "--output", name, "--force"],
                                env=subprocess_env, stdout=handle, stderr=subprocess.PIPE,
                                timeout=60, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Marieke" in out.read_text(encoding="utf-8")
    assert os.path.islink("/dev/stdout") and os.readlink("/dev/stdout") == before


def test_dev_stdout_takes_a_pdf_when_it_is_not_a_terminal(cli) -> None:
    result = cli("--demo", "print", "--format", "pdf", "--output", "/dev/stdout")
    assert result.exit_code == 0 and result.stdout_bytes.startswith(b"%PDF")


def test_a_file_that_appears_while_printing_is_not_clobbered(
    cli, tmp_path: Path, monkeypatch
) -> None:
    import steuncirkel.outputfile as outputfile

    target = tmp_path / "out.txt"
    publish = outputfile._publish

    def late(tmp: str, final: Path, *, replace: bool) -> None:
        final.write_text("made meanwhile")  # another program wins the race
        publish(tmp, final, replace=replace)

    monkeypatch.setattr(outputfile, "_publish", late)
    result = cli("--demo", "print", "--output", str(target))
    assert result.exit_code == 1 and "--force" in result.stderr
    assert target.read_text() == "made meanwhile"
    assert not list(tmp_path.glob(".steuncirkel-*.tmp"))


def test_a_print_killed_before_its_rename_is_cleaned_up_by_the_next(cli, tmp_path: Path) -> None:
    leftover = tmp_path / ".steuncirkel-abc123.tmp"
    leftover.write_text("Anna 06 12345678, half a printout")
    busy = tmp_path / ".steuncirkel-busy.tmp"  # a print running right now holds its lock
    busy.write_text("being written")
    import fcntl

    with busy.open("rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        assert cli("--demo", "print", "--output", str(tmp_path / "new.txt")).exit_code == 0
    assert not leftover.exists() and busy.exists()


def test_no_hard_link_support_still_refuses_to_clobber(cli, tmp_path: Path, monkeypatch) -> None:
    """A USB stick (FAT) has no hard links: the printout is created exclusively instead."""
    import errno

    import steuncirkel.outputfile as outputfile

    def no_links(*args: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "usb.txt"
    assert cli("--demo", "print", "--output", str(target)).exit_code == 0
    assert "Marieke" in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not list(tmp_path.glob(".steuncirkel-*.tmp"))
    # A file that appears meanwhile is still not replaced:
    publish = outputfile._publish

    def late(tmp: str, final: Path, *, replace: bool) -> None:
        final.write_text("made meanwhile")
        publish(tmp, final, replace=replace)

    monkeypatch.setattr(outputfile, "_publish", late)
    other = tmp_path / "other.txt"
    result = cli("--demo", "print", "--output", str(other))
    assert result.exit_code == 1 and other.read_text() == "made meanwhile"
    monkeypatch.setattr(outputfile, "_publish", publish)
    # A write that fails half-way leaves no half printout under the user's name:
    real_fsync = os.fsync
    calls = {"n": 0}

    def second_fsync_fails(fd: int) -> None:
        calls["n"] += 1
        if calls["n"] == 2:  # the first flushes the temporary file, the second the copy
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", second_fsync_fails)
    full = tmp_path / "full.txt"
    result = cli("--demo", "print", "--output", str(full))
    assert result.exit_code == 1 and "vol" in result.stderr
    assert not full.exists() and not list(tmp_path.glob(".steuncirkel-*.tmp"))


@pytest.mark.parametrize("where", ["missing-folder", "folder", "fifo", "data-folder"])
def test_bad_output_places_are_refused(cli, home: Path, tmp_path: Path, where: str) -> None:
    cli.add("Anna", "--crisis")
    store_before = (home / "circle.json").read_bytes()
    target = {
        "missing-folder": tmp_path / "nope" / "x.txt",
        "folder": tmp_path,
        "fifo": tmp_path / "pipe",
        "data-folder": home / "circle.json",
    }[where]
    if where == "fifo":
        os.mkfifo(target)
    result = cli("print", "--output", str(target), "--force")
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr and result.stderr.strip()
    assert (home / "circle.json").read_bytes() == store_before


def test_unwritable_output_is_a_plain_error(cli, tmp_path: Path, monkeypatch) -> None:
    import tempfile

    def read_only(*args: object, **kwargs: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    result = cli("--demo", "print", "--output", str(tmp_path / "x.txt"))
    assert result.exit_code == 1
    assert "alleen-lezen" in result.stderr


def test_unknown_format_is_a_usage_error(cli) -> None:
    assert cli("--demo", "print", "--format", "docx").exit_code == 2
    assert cli("--demo", "print", "--layout", "banner").exit_code == 2


@pytest.mark.parametrize("case", sorted(CORRUPT_STORES))
def test_print_refuses_a_corrupt_store(cli, home: Path, case: str) -> None:
    content = CORRUPT_STORES[case].content
    write_store(home, content)
    result = cli("print")
    assert result.exit_code == 1 and "circle.json" in result.stderr
    assert (home / "circle.json").read_bytes() == content


def test_print_json_free_of_heavy_imports() -> None:
    """The text printout does not load the phone library."""
    import subprocess
    import sys

    code = (
        "import sys\nfrom steuncirkel.__main__ import main\nmain(['--demo', 'print'])\n"
        "print(json.dumps('phonenumbers' in sys.modules), file=sys.stderr)"
    )
    result = subprocess.run(
        [sys.executable, "-c", "import json\n" + code], capture_output=True, text=True
    )
    assert json.loads(result.stderr.strip().splitlines()[-1]) is False


def test_markdown_does_not_autolink_addresses_in_notes(cli) -> None:
    cli.add("Anna", "--crisis", "--where", "see https://evil.example and www.evil.example")
    out = cli("print", "--format", "markdown").stdout
    assert "https:\\//evil\\.example" in out and "www\\.evil\\.example" in out
    rendered = MarkdownIt("gfm-like").render(out)
    assert "<a " not in rendered
    assert "https://evil.example" in rendered and "www.evil.example" in rendered


@pytest.mark.parametrize(
    ("name", "start"), [("kaart.pdf", b"%PDF"), ("lijst.html", b"<!DOCTYPE html>"),
                        ("lijst.md", b"# Steuncirkel"), ("lijst.txt", b"Steuncirkel")]
)  # fmt: skip
def test_format_follows_the_file_name(cli, tmp_path: Path, name: str, start: bytes) -> None:
    target = tmp_path / name
    assert cli("--demo", "print", "--output", str(target)).exit_code == 0
    assert target.read_bytes().startswith(start)


@pytest.mark.parametrize("sep", ["\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1e"])
def test_a_hand_edited_line_break_also_ends_the_printed_note(
    cli, home: Path, tmp_path: Path, sep: str
) -> None:
    import subprocess

    cli.add("Anna", "--crisis", "--phone", "0612345678", "--note", "Belt terug")
    stored = json.loads((home / "circle.json").read_text())
    stored["entries"][0]["note"] = f"Belt terug{sep}mijn geheim"
    (home / "circle.json").write_text(json.dumps(stored))
    for fmt in ("html", "pdf"):
        out = tmp_path / f"poster.{fmt}"
        assert cli("print", "--format", fmt, "--output", str(out), "--force").exit_code == 0
        text = (
            subprocess.run(
                ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
            ).stdout  # fmt: skip
            if fmt == "pdf"
            else out.read_text(encoding="utf-8")
        )
        assert "Belt terug" in text and "geheim" not in text, fmt


@pytest.mark.parametrize(
    ("fmt", "layout"),
    [("text", "poster"), ("markdown", "poster"), ("html", "poster"), ("html", "card"),
     ("pdf", "poster"), ("pdf", "card")],
)  # fmt: skip
def test_only_the_first_line_of_a_note_is_printed(
    cli, tmp_path: Path, fmt: str, layout: str
) -> None:
    """docs/privacy.md: the second line of a note and below stay private, in every file."""
    import subprocess

    cli.add("Anna", "--crisis", "--phone", "0612345678", "--note", "Belt terug\nmijn geheim")
    out = tmp_path / f"out.{fmt}"
    args = ["print", "--format", fmt, "--layout", layout, "--output", str(out)]
    assert cli(*args).exit_code == 0
    if fmt == "pdf":
        text = subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
    else:
        text = out.read_text(encoding="utf-8")
    assert "geheim" not in text
    assert "terug\\n" not in text  # no literal backslash-n either
    if layout == "poster" and fmt in ("html", "pdf"):
        assert "Belt terug" in text


@pytest.mark.parametrize("how", ["empty-home", "other-home", "no-home"])
def test_print_protects_the_real_circle_whatever_home_is_given(
    cli, tmp_path: Path, monkeypatch, how: str
) -> None:
    """A printout never lands on the circle in STEUNCIRKEL_HOME or the platform folder,
    also when --home names another folder, is empty, or HOME is unusable."""
    real = tmp_path / "xdg" / "steuncirkel"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("STEUNCIRKEL_HOME")
    assert cli("add", "Anna", "--crisis").exit_code == 0
    store = real / "circle.json"
    before = store.read_bytes()
    args = {"empty-home": ["--home", ""], "other-home": ["--home", str(tmp_path / "o")],
            "no-home": []}[how]  # fmt: skip
    if how == "no-home":
        monkeypatch.setenv("HOME", "relative")
    result = cli("--demo", *args, "print", "--output", str(store), "--force")
    assert result.exit_code == 1 and result.stderr.strip()
    assert store.read_bytes() == before


@pytest.mark.parametrize("name", ["circle.json", "circle.json.bak", "circle.json.lock"])
def test_print_refuses_our_names_and_any_circles_folder(cli, tmp_path: Path, name: str) -> None:
    target = tmp_path / name
    assert cli("--demo", "print", "--output", str(target)).exit_code == 1
    assert not target.exists()
    usb = tmp_path / "usb"  # a copy of a circle elsewhere: its folder is left alone too
    usb.mkdir()
    (usb / "circle.json").write_text("{}")
    result = cli("--demo", "print", "--output", str(usb / "poster.txt"))
    assert result.exit_code == 1 and not (usb / "poster.txt").exists()


@pytest.mark.parametrize(
    ("day", "lang", "written"),
    [(date(2026, 11, 27), "nl", "27 november 2026"), (date(2026, 11, 27), "en", "27 November 2026"),
     (date(2030, 1, 1), "nl", "1 januari 2030"), (date(2030, 3, 9), "en", "9 March 2030")],
)  # fmt: skip
def test_dates_people_read_are_written_out(day: date, lang: str, written: str) -> None:
    from steuncirkel.base.i18n import written_date

    assert written_date(day, lang) == written  # type: ignore[arg-type]
