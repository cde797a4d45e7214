"""Helpers more than one test file needs, and the one table of corrupt stores.

Imported as ``from helpers import ...``: pytest puts this folder on ``sys.path``
(rootdir-based import, no ``__init__.py``), as it does for ``conftest.py``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import pytest
import typer.core
import typer.main

from steuncirkel.base.i18n import Msg
from steuncirkel.base.vocab import Kind, Role
from steuncirkel.cli import make_app
from steuncirkel.models import Circle, Entry
from steuncirkel.store import dump_circle

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

TIMEOUT = 60
# Every third-party package steuncirkel or its dependencies might load: the crisis view
# must work, and the core must import, with all of them blocked.
THIRD_PARTY = ("typer", "click", "rich", "pydantic", "pydantic_core", "platformdirs",
               "phonenumbers", "filelock", "segno", "fpdf", "uharfbuzz", "fontTools",
               "shellingham", "vobject")  # fmt: skip
NOW = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)  # a fixed moment for entries built in tests
FIXED_NOW = "2026-11-27T10:00"  # the clock every test runs at (STEUNCIRKEL_NOW), a Friday


# --- the commands -----------------------------------------------------------------------


def command_names() -> list[str]:
    """Every command of the Typer app, read from the app itself (sorted)."""
    group = typer.main.get_command(make_app("nl"))
    assert isinstance(group, typer.core.TyperGroup), group
    return sorted(group.commands)


# --- running the console script ---------------------------------------------------------


def run_script(
    exe: str,
    *args: str,
    env: dict[str, str],
    preexec_fn: Callable[[], None] | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """Run the console script to completion with captured stdout and stderr (bytes)."""
    return subprocess.run(
        [exe, *args],
        env=env,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=TIMEOUT,
        preexec_fn=preexec_fn,
        cwd=cwd,
        check=False,
    )


# --- the store file, as JSON ------------------------------------------------------------


def stored_entries(home: Path) -> list[dict[str, Any]]:
    """The entries in the store, read straight from the JSON file (not through the app)."""
    return json.loads((home / "circle.json").read_text(encoding="utf-8"))["entries"]


def make_entry(index: int, name: str, roles: Sequence[str] = ()) -> dict[str, Any]:
    """One entry in the documented store format (PRODUCT §4, models.Entry)."""
    return {
        "id": f"id-{index:06d}",
        "name": name,
        "kind": "person",
        "roles": list(roles),
        "phone": None,
        "phone_display": None,
        "email": None,
        "where": None,
        "relation": None,
        "available": None,
        "note": None,
        "created": "2024-01-01T00:00:00Z",
        "updated": "2024-01-01T00:00:00Z",
    }


def make_circle(entries: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
    """A whole store document in the documented format, holding ``entries``."""
    return {
        "format": "steuncirkel",
        "version": 1,
        "settings": {"country": "NL", "lang": None, "name": None},
        "crisis_order": [],
        "entries": list(entries),
    }


def valid_circle(name: str = "Anna") -> dict[str, Any]:
    """A valid store document with one entry who listens."""
    return make_circle([make_entry(1, name, roles=["listens"])])


def circle_bytes(doc: Any, *, ensure_ascii: bool = False) -> bytes:
    """A store document as the app writes it: indented JSON, trailing newline."""
    return (json.dumps(doc, indent=2, ensure_ascii=ensure_ascii) + "\n").encode("utf-8")


def write_store(folder: Path, data: bytes) -> Path:
    """Put ``data`` in ``folder``/circle.json (creating the folder); return the path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "circle.json"
    path.write_bytes(data)
    return path


# --- circles as models ------------------------------------------------------------------


def circle_with(names: list[str], **extra: str) -> Circle:
    """A circle of ``names``: the first five on the crisis list, the rest listen.

    Kinds rotate through every kind; every entry has a Dutch mobile number.
    """
    now = NOW
    entries = [
        Entry(
            id=f"e{n}",
            name=name,
            kind=list(Kind)[n % 4],
            roles=[Role.CRISIS] if n < 5 else [Role.LISTENS],
            phone=f"+3161234567{n % 10}",
            phone_display=f"06 1234567{n % 10}",
            created=now,
            updated=now,
            **extra,
        )
        for n, name in enumerate(names)
    ]
    return Circle(entries=entries, crisis_order=[e.id for e in entries[:5]])


# --- the one table of corrupt stores ----------------------------------------------------


class CorruptStore(NamedTuple):
    """The bytes of a store that must be refused, and why.

    ``reason`` is the ``Msg.REASON_*`` key that ``decode_store`` / ``parse_circle`` put in
    the ``StoreCorrupt`` they raise; ``None`` means the store is refused as too new
    (``StoreTooNew``), which has no reason of its own.
    """

    content: bytes
    reason: Msg | None


def _duplicate_entries_key() -> bytes:
    # A lenient loader keeps the last "entries" and would silently drop Anna.
    anna = json.dumps([make_entry(1, "Anna")])
    return (
        '{"format": "steuncirkel", "version": 1, "settings": {}, "crisis_order": [], '
        f'"entries": {anna}, "entries": []}}\n'
    ).encode()


_V1 = b'{"format": "steuncirkel", "version": 1, '

# Every store that every command must refuse and never overwrite, and next to which
# `crisis` must still show the helplines. Merged from the tables that test_store.py,
# test_reliability.py, test_cli.py, test_crisis.py and test_print.py each kept.
CORRUPT_STORES: dict[str, CorruptStore] = {
    # --- not JSON at all
    "empty": CorruptStore(b"", Msg.REASON_EMPTY),
    "open-brace": CorruptStore(b"{", Msg.REASON_BAD_JSON),
    "cut-in-format-value": CorruptStore(dump_circle(Circle())[:20], Msg.REASON_BAD_JSON),
    "cut-in-version-key": CorruptStore(b'{"format": "steuncirkel", "vers', Msg.REASON_BAD_JSON),
    "cut-in-entries-key": CorruptStore(_V1 + b'"entr', Msg.REASON_BAD_JSON),
    "cut-near-the-end": CorruptStore(circle_bytes(valid_circle())[:-40], Msg.REASON_BAD_JSON),
    "deeply-nested": CorruptStore(b"[" * 100_000, Msg.REASON_TOO_DEEP),
    # --- not UTF-8
    "latin-1": CorruptStore(
        json.dumps(valid_circle("Zoë"), ensure_ascii=False).encode("latin-1"),
        Msg.REASON_NOT_UTF8,
    ),
    "utf-16-bom-braces": CorruptStore(b"\xff\xfe{}", Msg.REASON_NOT_UTF8),
    "utf-16-bom-nul": CorruptStore(b"\xff\xfe\x00", Msg.REASON_NOT_UTF8),
    "invalid-bytes": CorruptStore(b"\xff\xfe\xfa", Msg.REASON_NOT_UTF8),
    # --- JSON the strict reader refuses (NaN, duplicate keys, over-long integers)
    "nan-version": CorruptStore(
        b'{"format": "steuncirkel", "version": NaN}', Msg.REASON_BAD_NUMBER
    ),
    # Unknown keys are kept by the models, so this reaches the reader's own check.
    "nan-extra-key": CorruptStore(
        circle_bytes({**valid_circle(), "score": 1.5}).replace(b"1.5", b"NaN"),
        Msg.REASON_BAD_NUMBER,
    ),
    "duplicate-format-key": CorruptStore(
        b'{"format": "steuncirkel", "format": "x", "version": 1}', Msg.REASON_DUPLICATE_KEY
    ),
    "duplicate-entries-key": CorruptStore(_duplicate_entries_key(), Msg.REASON_DUPLICATE_KEY),
    "huge-integer-entries": CorruptStore(
        _V1 + b'"entries": ' + b"1" * 5000 + b"}", Msg.REASON_BAD_NUMBER
    ),
    "huge-integer-extra-key": CorruptStore(
        circle_bytes({**valid_circle(), "score": 7}).replace(
            b'"score": 7', b'"score": ' + b"7" * 5000
        ),
        Msg.REASON_BAD_NUMBER,
    ),
    # --- text that is not valid Unicode (a lone surrogate, as a JSON escape)
    "lone-surrogate-name": CorruptStore(
        circle_bytes(valid_circle("\ud800"), ensure_ascii=True), Msg.REASON_BAD_TEXT
    ),
    "lone-surrogate-extra-key": CorruptStore(
        circle_bytes({**valid_circle(), "bijnaam": "An\ud800na"}, ensure_ascii=True),
        Msg.REASON_BAD_TEXT,
    ),
    "lone-surrogate-settings": CorruptStore(
        _V1 + b'"settings": {"name": "\\ud800"}}', Msg.REASON_BAD_TEXT
    ),
    # --- not a steuncirkel file
    "other-format": CorruptStore(
        b'{"format": "something else", "version": 1}', Msg.REASON_NOT_A_CIRCLE
    ),
    "list": CorruptStore(b"[]", Msg.REASON_NOT_A_CIRCLE),
    "list-newline": CorruptStore(b"[]\n", Msg.REASON_NOT_A_CIRCLE),
    # A bare value instead of an object (a scalar must not reach the depth check).
    "top-level-zero": CorruptStore(b"0", Msg.REASON_NOT_A_CIRCLE),
    "top-level-null": CorruptStore(b"null\n", Msg.REASON_NOT_A_CIRCLE),
    "top-level-true": CorruptStore(b"true", Msg.REASON_NOT_A_CIRCLE),
    "top-level-nan": CorruptStore(b"NaN", Msg.REASON_NOT_A_CIRCLE),
    "top-level-huge-number": CorruptStore(b"1e400", Msg.REASON_NOT_A_CIRCLE),
    # --- a version that is not a version, or too new
    "version-string": CorruptStore(
        b'{"format": "steuncirkel", "version": "1"}', Msg.REASON_BAD_VERSION
    ),
    "version-true": CorruptStore(
        b'{"format": "steuncirkel", "version": true}', Msg.REASON_BAD_VERSION
    ),
    "version-0": CorruptStore(b'{"format": "steuncirkel", "version": 0}', Msg.REASON_BAD_VERSION),
    "version-9-bare": CorruptStore(b'{"format": "steuncirkel", "version": 9}', None),
    "version-99": CorruptStore(circle_bytes({**valid_circle(), "version": 99}), None),
    # --- valid JSON with the wrong shape
    "entries-object": CorruptStore(_V1 + b'"entries": {}}', Msg.REASON_BAD_FIELD),
    "entries-object-by-name": CorruptStore(
        circle_bytes({**valid_circle(), "entries": {"Anna": {}}}), Msg.REASON_BAD_FIELD
    ),
    "entries-3": CorruptStore(_V1 + b'"entries": 3}', Msg.REASON_BAD_FIELD),
    "entries-5": CorruptStore(_V1 + b'"entries": 5}', Msg.REASON_BAD_FIELD),
    "entry-without-id": CorruptStore(_V1 + b'"entries": [{"name": "x"}]}', Msg.REASON_BAD_FIELD),
}


def console_script() -> str:
    """The installed ``steuncirkel`` executable next to this Python."""
    candidate = Path(sys.executable).parent / "steuncirkel"
    if candidate.exists():
        return str(candidate)
    found = shutil.which("steuncirkel")
    assert found, "the steuncirkel console script is not installed"
    return found


# --- outside tools (a browser, poppler, zbar): .ci/run installs them with apt ----------


def find_tool(*names: str) -> str | None:
    """The first of ``names`` on PATH, or None; in CI a missing tool fails the test."""
    for name in names:
        if found := shutil.which(name):
            return found
    if os.environ.get("CI"):
        pytest.fail(f"{names[0]} is not installed; .ci/run installs it with apt")
    return None


def required_tool(*names: str) -> str:
    """The first of ``names`` on PATH: the test fails without it in CI, and is skipped
    without it elsewhere."""
    found = find_tool(*names)
    if found is None:
        pytest.skip(f"{names[0]} is not installed here")
    return found


def chromium_print(chromium: str, source: Path, target: Path) -> None:
    """Print the page ``source`` to the PDF ``target`` as a user's Chromium would (no
    header or footer), with a profile of its own so parallel prints do not collide."""
    import tempfile

    profile = tempfile.mkdtemp(dir=source.parent)
    subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--no-first-run", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={profile}", "--no-pdf-header-footer",
         f"--print-to-pdf={target}", source.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
