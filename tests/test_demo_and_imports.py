"""The demo circle is valid and realistic; heavy libraries load only when needed."""

from __future__ import annotations

import json
import subprocess
import sys

import phonenumbers

from steuncirkel import operations
from steuncirkel.base.vocab import Kind, Role
from steuncirkel.models import demo_circle


def test_demo_phone_numbers_are_valid_and_shown_national() -> None:
    for entry in demo_circle().entries:
        if entry.phone is None:
            continue
        number = phonenumbers.parse(entry.phone)
        assert phonenumbers.is_valid_number(number), entry.name
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        assert entry.phone_display == national


def test_demo_is_a_full_circle() -> None:
    circle = demo_circle()
    assert len(circle.crisis_list()) == 4
    assert {e.kind for e in circle.entries} == set(Kind)
    assert circle.with_role(Role.LISTENS) and circle.with_role(Role.PRACTICAL)
    assert operations.pointers(circle) == []


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(json.loads(out.splitlines()[-1]))


def test_show_does_not_load_the_phone_library() -> None:
    code = (
        "import os; os.environ['STEUNCIRKEL_HOME'] = '/nonexistent/sc'\n"
        "from steuncirkel.__main__ import main\n"
        "main(['--demo', 'show'])"
    )
    loaded = _modules_after(code)
    assert "steuncirkel.render.terminal" in loaded
    for heavy in ("phonenumbers", "fpdf", "segno", "uharfbuzz"):
        assert heavy not in loaded, heavy


def test_entry_point_imports_nothing_heavy() -> None:
    loaded = _modules_after("import steuncirkel.__main__, steuncirkel.base.i18n")
    for heavy in ("typer", "rich", "pydantic", "platformdirs", "phonenumbers", "filelock"):
        assert heavy not in loaded, heavy
