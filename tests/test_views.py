"""One result, two renderings: what ``show`` puts on screen and in ``--json`` agree,
and the rules behind them live in the core (the place rule, the clock)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from steuncirkel import reading
from steuncirkel.base.i18n import Msg, t
from steuncirkel.models import Circle, demo_circle


@pytest.fixture
def short_circle(cli) -> None:
    """One crisis person without a phone, nobody practical, no professional."""
    cli.add("Anna", "--crisis", "--listens")


@pytest.mark.parametrize("role", [None, "crisis", "listens", "practical", "none"])
def test_screen_and_json_carry_the_same_pointers(cli, short_circle: None, role: str | None) -> None:
    extra = ["--role", role] if role else []
    document = json.loads(cli("show", "--json", *extra).stdout)
    screen = cli("show", *extra).stdout
    codes = [p["code"] for p in document["pointers"]]
    on_screen = " ".join(screen.split())
    for pointer in document["pointers"]:
        assert pointer["message"] in on_screen, pointer
    # and the other way round: the screen shows no pointer the document leaves out
    title = t(Msg.POINTERS_TITLE, "nl")
    shown = on_screen.split(title, 1)[1] if title in on_screen else ""
    assert shown.count("→") == len(document["pointers"])
    if role is None:
        assert codes == [
            "crisis_few", "crisis_no_phone", "crisis_not_told", "no_practical", "no_professional"
        ]  # fmt: skip
    elif role == "crisis":
        assert codes == ["crisis_few", "crisis_no_phone", "crisis_not_told"]
    else:
        assert codes == []
        assert t(Msg.POINTERS_TITLE, "nl") not in screen


def test_show_view_chooses_the_pointers_once() -> None:
    circle = Circle.model_validate(
        {"entries": [], "settings": {}, "format": "steuncirkel", "version": 2}
    )
    assert reading.show_view(circle).pointers == []  # the start guide, no pointers
    demo = reading.show_view(demo_circle(), only_role=True)
    assert [role for role, _ in demo.groups] == [None]
    assert demo.entries == [] and demo.pointers == []


def test_a_place_does_not_listen_in_add_either(cli, home: Path) -> None:
    result = cli("add", "Het park", "--kind", "plek", "--listens")
    assert result.exit_code == 1
    assert "--listens" in result.stderr and "Traceback" not in result.stderr
    assert not (home / "circle.json").exists()
    cli.add("Het park", "--kind", "plek", "--crisis", "--where", "achter het station")


def test_the_clock_is_read_through_the_context(cli, home: Path, monkeypatch) -> None:
    monkeypatch.setenv("STEUNCIRKEL_NOW", "2030-02-03T04:05:06Z")
    cli.add("Anna", "--crisis", "--phone", "0612345678")
    stored = json.loads((home / "circle.json").read_text(encoding="utf-8"))["entries"][0]
    assert stored["created"] == stored["updated"] == "2030-02-03T04:05:06Z"
    printed = cli("print").stdout
    assert "3 februari 2030" in printed


def test_print_takes_its_formats_from_the_registry(cli, tmp_path: Path) -> None:
    from steuncirkel.render import RENDERERS, format_for

    help_text = " ".join(cli("print", "--help", lang="en").stdout.split())
    assert f"--format {'|'.join(RENDERERS)}" in help_text  # the --format choices, in order
    for renderer in RENDERERS.values():
        for suffix in renderer.suffixes:
            assert format_for(f"kaart{suffix.upper()}") == renderer.name
        if renderer.binary:
            result = cli("--demo", "print", "--format", renderer.name)
            assert result.exit_code == 1 and "--output" in result.stderr
    assert format_for("-") == format_for("lijst") == "text"


def test_settings_decides_unchanged_under_the_lock_and_writes_nothing(cli, home: Path) -> None:
    result = cli("settings", "--country", "NL")  # the default: nothing to change
    assert result.exit_code == 0 and "niets veranderd" in result.stderr.lower()
    assert not home.exists()  # not even the folder or the lock file
    cli.add("Anna")
    before = (home / "circle.json").read_bytes()
    assert cli("settings", "--country", "NL").exit_code == 0
    assert (home / "circle.json").read_bytes() == before
    assert not (home / "circle.json.bak").exists()  # no rewrite, no backup rotated
    assert cli("settings", "--country", "BE").exit_code == 0
    assert (home / "circle.json.bak").read_bytes() == before


def test_settings_on_a_damaged_store_touches_nothing(cli, home: Path) -> None:
    home.mkdir(mode=0o755)
    (home / "circle.json").write_text("{", encoding="utf-8")
    result = cli("settings", "--country", "BE")
    assert result.exit_code == 1 and "circle.json" in result.stderr
    assert sorted(p.name for p in home.iterdir()) == ["circle.json"]  # no lock file
    assert (home / "circle.json").read_text(encoding="utf-8") == "{"
    assert home.stat().st_mode & 0o777 == 0o755  # the folder is left as it was


def test_crisis_keeps_an_entry_whose_name_is_damaged(cli, home: Path) -> None:
    """In a crisis the number matters more than the name: the entry stays on the list."""
    entry = {"id": "a", "name": 7, "roles": ["crisis"], "phone": "+31612345678",
             "phone_display": "06 12345678", "relation": "zus"}  # fmt: skip
    home.mkdir()
    (home / "circle.json").write_text(
        json.dumps({"format": "steuncirkel", "version": 1, "entries": [entry]}), "utf-8"
    )
    document = json.loads(cli("crisis", "--json").stdout)
    assert document["crisis_list"][0]["name"] is None  # the documented type: text or null
    assert document["crisis_list"][0]["phone_display"] == "06 12345678"
    assert document["problem"]["code"] == "store_corrupt_no_backup"
    assert "1. (naam ontbreekt) (zus)" in cli("crisis").stdout


@pytest.mark.parametrize("value", [" en", "en ", "fr", ""])
def test_crisis_refuses_the_same_lang_values_as_the_app(cli, value: str, subprocess_env) -> None:
    import subprocess
    import sys

    typer_code = cli("--lang", value, "show").exit_code
    crisis = subprocess.run(
        [sys.executable, "-m", "steuncirkel", "--lang", value, "crisis"],
        env=subprocess_env,
        capture_output=True,
        text=True,
    )
    assert typer_code == crisis.returncode == 2
    assert "112" in crisis.stdout  # the helplines all the same


def test_crisis_keeps_both_entries_that_share_an_id_and_says_the_file_needs_care(
    cli, home: Path
) -> None:
    def entry(name: str) -> dict[str, object]:
        return {"id": "c1", "name": name, "roles": ["crisis"], "phone": "+31612345678"}

    home.mkdir()
    (home / "circle.json").write_text(
        json.dumps({"format": "steuncirkel", "version": 1, "crisis_order": [],
                    "entries": [entry("Anna"), entry("Bob")]}), "utf-8"
    )  # fmt: skip
    document = json.loads(cli("crisis", "--json").stdout)
    assert [e["name"] for e in document["crisis_list"]] == ["Anna", "Bob"]
    assert "entries[1].id" in document["problem"]["message"]
    refused = cli("show")
    assert refused.exit_code == 1 and "entries[1].id" in refused.stderr


@pytest.mark.parametrize(
    ("args", "code", "first"),
    [
        (["crisis", "crisis"], 0, None),
        (["crisis", "--bogus", "--lang"], 2, "--bogus"),
        (["--lang", " en", "crisis"], 2, "--lang  en"),
    ],
)
def test_crisis_usage_mistakes(subprocess_env, args: list[str], code: int, first: str) -> None:
    import subprocess
    import sys

    run = [sys.executable, "-m", "steuncirkel", *args]
    result = subprocess.run(run, env=subprocess_env, capture_output=True, text=True)
    assert result.returncode == code
    assert "Hulplijnen" in result.stdout  # in Dutch: an invalid --lang is not used
    if first:
        assert result.stderr.startswith(first)


def test_a_mistyped_option_beside_json_still_gives_json(subprocess_env) -> None:
    import subprocess
    import sys

    run = [sys.executable, "-m", "steuncirkel", "crisis", "--json", "--bogus"]
    result = subprocess.run(run, env=subprocess_env, capture_output=True, text=True)
    assert result.returncode == 2
    assert json.loads(result.stdout)["format"] == "steuncirkel-crisis"
