"""The demo circle is valid and realistic; heavy libraries load only when needed."""

from __future__ import annotations

import subprocess
import sys

import phonenumbers
import pytest

from steuncirkel import reading
from steuncirkel.base.vocab import Kind, Role
from steuncirkel.models import demo_circle


@pytest.mark.parametrize("country", ["NL", "BE"])
def test_demo_phone_numbers_are_valid_and_shown_national(country: str) -> None:
    circle = demo_circle(country)
    assert circle.settings.country == country
    for entry in circle.entries:
        if entry.phone is None:
            continue
        number = phonenumbers.parse(entry.phone)
        assert phonenumbers.is_valid_number(number), entry.name
        assert phonenumbers.region_code_for_number(number) == country, entry.name
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        assert entry.phone_display == national


@pytest.mark.parametrize("country", ["NL", "BE"])
def test_demo_is_a_full_circle(country: str) -> None:
    circle = demo_circle(country)
    assert len(circle.crisis_list()) == 4
    assert {e.kind for e in circle.entries} == set(Kind)
    assert circle.with_role(Role.LISTENS) and circle.with_role(Role.PRACTICAL)
    assert reading.pointers(circle) == []


def _modules_after(code: str) -> set[str]:
    """The modules loaded after ``code`` runs (the probe itself loads none)."""
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print('modules:', *sorted(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    last = out.splitlines()[-1]
    assert last.startswith("modules: "), out
    return set(last.removeprefix("modules: ").split())


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


@pytest.mark.parametrize(
    "args", [["--demo", "show"], ["--demo", "show", "--json"], ["--demo", "settings"], ["show"]]
)
def test_the_reading_commands_load_no_dataclasses_pathlib_or_typing(cli, home, args) -> None:
    """Issue #12: importing ``dataclasses`` (with ``inspect``), ``pathlib`` and
    ``typing`` costs about 16 ms, more than everything else ``show`` imports of its own."""
    cli.add("Anna", "--listens", "--phone", "0612345678")
    code = (
        f"import os; os.environ['STEUNCIRKEL_HOME'] = {str(home)!r}\n"
        "from steuncirkel.__main__ import main\n"
        f"assert main({args!r}) == 0"
    )
    loaded = _modules_after(code)
    assert "steuncirkel.base.circleview" in loaded  # it did read the circle
    slow_ones = ("dataclasses", "inspect", "typing", "steuncirkel.models")
    for slow in (*slow_ones, *(("pathlib",) if "--demo" in args else ())):
        assert slow not in loaded, slow
    if "--json" not in args:  # the store is read by json's C scanner, not the package
        assert "json" not in loaded


def test_entry_point_imports_nothing_heavy() -> None:
    loaded = _modules_after("import steuncirkel.__main__, steuncirkel.base.i18n")
    for heavy in ("typer", "rich", "pydantic", "platformdirs", "phonenumbers", "filelock"):
        assert heavy not in loaded, heavy


@pytest.mark.parametrize("args", [["--help"], ["--version"]])
def test_the_app_starts_without_pydantic_rich_or_the_store(args: list[str]) -> None:
    """Issue #12: a command pays only for what it uses. Building the app (every command
    and its help) loads Typer, not the models, the store, its file reader (and ``json``
    with it) or the renderers."""
    code = f"from steuncirkel.__main__ import main\nmain({args!r})"
    loaded = _modules_after(code)
    assert "steuncirkel.cli" in loaded
    heavy = ("pydantic", "rich", "filelock", "phonenumbers", "segno", "fpdf",
             "steuncirkel.models", "steuncirkel.store", "steuncirkel.operations",
             "steuncirkel.history", "steuncirkel.input_rules", "steuncirkel.crisis",
             "steuncirkel.base.storefile", "steuncirkel.outputfile", "json")  # fmt: skip
    for name in heavy:
        assert not {m for m in loaded if m == name or m.startswith(name + ".")}, name


@pytest.mark.parametrize("locale", ["nl_BE.UTF-8", "fr_BE.UTF-8"])
def test_the_demo_follows_a_belgian_locale(cli, monkeypatch, locale: str) -> None:
    """Issue #13: a Fleming practising `--demo crisis` sees 1813, not 113."""
    import subprocess
    import sys

    monkeypatch.setenv("LANG", locale)
    shown = cli("--demo", "show").stdout
    assert shown.startswith("Voorbeeldcirkel (7) - een voorbeeld uit België")
    assert "Lies Peeters" in shown and "0470 12 34 56" in shown
    crisis = subprocess.run([sys.executable, "-m", "steuncirkel", "--demo", "crisis"],
                            capture_output=True, text=True, check=False, timeout=60)  # fmt: skip
    assert "Zelfmoordlijn 1813: 1813" in crisis.stdout and "113 " not in crisis.stdout
    assert "uit België" in crisis.stdout
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert "Marieke de Vries" in cli("--demo", "show").stdout


def test_the_demo_follows_the_country_setting_and_survives_a_damaged_file(
    cli, home, subprocess_env
) -> None:
    import subprocess
    import sys

    def demo_crisis() -> str:
        return subprocess.run([sys.executable, "-m", "steuncirkel", "--demo", "crisis"],
                              env=subprocess_env, capture_output=True, text=True,
                              check=False, timeout=60).stdout  # fmt: skip

    assert "113 Zelfmoordpreventie" in demo_crisis()
    assert cli("settings", "--country", "BE").exit_code == 0
    assert "Zelfmoordlijn 1813" in demo_crisis()
    assert "Lies Peeters" in cli("--demo", "show").stdout
    (home / "circle.json").write_text("{")  # the demo must not depend on the file
    out = demo_crisis()
    assert "113 Zelfmoordpreventie" in out and "Marieke" in out
    assert cli("--demo", "show").exit_code == 0
