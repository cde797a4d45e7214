"""The commands as a user meets them, through the Typer app (in-process)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import CORRUPT_STORES, command_names, run_script, stored_entries, write_store
from steuncirkel import __version__

# --- basics -------------------------------------------------------------------------


def test_version(cli) -> None:
    result = cli("--version")
    assert result.exit_code == 0
    assert __version__ in result.stdout


# The top-level help, then every command the Typer app has (read from the app itself).
HELP_COMMANDS = [[], *([name] for name in command_names())]


@pytest.mark.parametrize("command", HELP_COMMANDS, ids=lambda c: " ".join(c) or "top-level")
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_help_on_every_command(cli, command: list[str], lang: str) -> None:
    result = cli(*command, "--help", lang=lang)
    assert result.exit_code == 0
    assert ("Usage:" if lang == "en" else "Gebruik:") in result.stdout
    if lang == "nl":  # Click's and Typer's own words are Dutch too
        for english in ("Usage", "Options:", "Show this message", "[OPTIONS]", "Commands:",
                        "completion for the current shell", "[default:", "Arguments:"):  # fmt: skip
            assert english not in result.stdout, english
    if lang == "nl" and command == ["add"]:
        assert "crisislijst" in result.stdout
    if lang == "en" and command == ["add"]:
        assert "crisis list" in result.stdout


def test_help_covers_every_command() -> None:
    """The list above comes from the app: a new command gets its help checked at once."""
    assert {"add", "crisis", "print", "settings", "show"} <= set(command_names())


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_crisis_help_through_the_console_script(
    exe: str, subprocess_env: dict[str, str], lang: str
) -> None:
    """The installed script hands ``crisis`` to a standard-library parser, not to Typer."""
    result = run_script(exe, "crisis", "--help", "--lang", lang, env=subprocess_env)
    stdout = result.stdout.decode("utf-8")
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert "--json" in stdout
    assert {"nl": "hulplijnen", "en": "helplines"}[lang] in stdout


def test_unknown_option_is_a_usage_error(cli) -> None:
    assert cli("show", "--nope").exit_code == 2
    assert cli("add", "Anna", "--kind").exit_code == 2
    assert cli("show", "--role", "boss").exit_code == 2
    assert cli("settings", "--country", "DE").exit_code == 2


def test_add_without_name_and_without_terminal_is_a_usage_error(cli, home: Path) -> None:
    result = cli("add")
    assert result.exit_code == 2
    assert "steuncirkel add" in result.stderr
    assert not home.exists()


# --- add ----------------------------------------------------------------------------


def test_add_with_every_option(cli, home: Path) -> None:
    result = cli(
        "add", "Marieke", "--kind", "person", "--listens", "--practical", "--crisis",
        "--phone", "06 1234 5678", "--email", "m@example.nl", "--where", "Utrecht",
        "--relation", "zus", "--available", "altijd", "--note", "belt terug",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""  # messages go to stderr
    assert "Marieke" in result.stderr and "crisislijst (1 van 5)" in result.stderr
    [entry] = stored_entries(home)
    assert entry["phone"] == "+31612345678"
    assert entry["phone_display"] == "06 12345678"
    assert entry["roles"] == ["listens", "practical", "crisis"]
    assert entry["email"] == "m@example.nl"
    assert entry["where"] == "Utrecht"
    assert entry["relation"] == "zus"
    assert entry["available"] == "altijd"
    assert entry["note"] == "belt terug"
    assert entry["kind"] == "person"


def test_dutch_kind_words_work(cli, home: Path) -> None:
    assert cli("add", "Dokter", "--kind", "hulpverlener").exit_code == 0
    assert stored_entries(home)[0]["kind"] == "professional"


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["add", "   "], "leeg"),
        (["add", "A" * 81], "81 tekens"),
        (["add", "Anna\x1b[31m"], "stuurtekens"),
        (["add", "Anna\u202e"], "richtingstekens"),
        (["add", "Anna", "--phone", "12345"], "telefoonnummer"),
        (["add", "Anna", "--phone", "113"], "113"),
        (["add", "Anna", "--email", "anna.at.home"], "e-mailadres"),
        (["add", "Anna", "--kind", "cat"], "cat"),
        (["add", "Anna", "--note", "x" * 5000], "5000 tekens"),
        (["add", "Anna", "--where", "a\nb"], "stuurtekens"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    cli, home: Path, args: list[str], fragment: str
) -> None:
    result = cli(*args)
    assert result.exit_code == 1
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr
    assert not (home / "circle.json").exists()


def test_duplicate_names_are_refused(cli, home: Path) -> None:
    assert cli("add", "José").exit_code == 0
    before = (home / "circle.json").read_bytes()
    for twin in ["josé", " JOSÉ ", "Jose\u0301", "Ｊｏｓé"]:
        result = cli("add", twin)
        assert result.exit_code == 1, twin
        assert "José staat al in je steuncirkel" in result.stderr
    assert (home / "circle.json").read_bytes() == before


def test_a_sixth_crisis_entry_is_refused_with_a_way_out(cli, home: Path) -> None:
    for n in range(5):
        assert cli("add", f"Person {n}", "--crisis").exit_code == 0
    before = (home / "circle.json").read_bytes()
    result = cli("add", "Zesde", "--crisis", lang="en")
    assert result.exit_code == 1
    assert "5" in result.stderr
    assert "without --crisis" in result.stderr or "zonder --crisis" in result.stderr
    assert "circle.json" not in result.stderr  # no file to edit by hand (issue #13)
    assert (home / "circle.json").read_bytes() == before
    assert cli("add", "Zesde").exit_code == 0  # without the role it is fine


def test_demo_refuses_to_write(cli, home: Path) -> None:
    for args in (
        ["--demo", "add", "X"],
        ["add", "X", "--demo"],
        ["--demo", "settings", "--country", "BE"],
    ):
        result = cli(*args)
        assert result.exit_code == 1
        assert "voorbeeldcirkel" in result.stderr
    assert not home.exists()


# --- show ---------------------------------------------------------------------------


def test_empty_circle_gets_a_start_guide(cli, home: Path) -> None:
    result = cli("show")
    assert result.exit_code == 0
    assert "nog leeg" in result.stdout
    assert 'steuncirkel add "Anna" --listens' in result.stdout
    assert "steuncirkel --demo show" in result.stdout
    assert not home.exists()  # reading creates nothing


def test_demo_circle_is_shown_from_memory(cli, home: Path) -> None:
    result = cli("--demo", "show")
    assert result.exit_code == 0
    out = result.stdout
    assert "Crisislijst - 4 van 5" in out
    assert out.index("Marieke de Vries") < out.index("Karim El Amrani")
    assert "06 12345678" in out
    assert "Luisterend oor" in out and "Praktische hulp" in out
    assert not home.exists()


def test_show_groups_in_order_with_counts(cli) -> None:
    cli("add", "Ilse", "--listens")
    cli("add", "Bram", "--crisis", "--phone", "0612345678")
    cli("add", "Cor")
    cli("add", "Anouk", "--crisis", "--practical", "--phone", "0687654321")
    out = cli("show", lang="en").stdout
    crisis = out.index("Crisis list - 2 of 5")
    listens = out.index("Who listens (1)")
    practical = out.index("Practical help (1)")
    no_role = out.index("No role yet (1)")
    assert crisis < listens < practical < no_role
    # The crisis list keeps the order in which people were put on it.
    assert out.index("1. Bram") < out.index("2. Anouk")


def test_show_points_gently_at_gaps(cli) -> None:
    cli("add", "Anna", "--crisis")
    out = cli("show", lang="en").stdout
    assert "Worth a look" in out
    assert "crisis list has 1" in out
    assert "Anna is on your crisis list but has no phone number" in out
    assert "Nobody helps practically" in out
    assert "Nobody is marked as someone who listens" in out
    assert "No professional or group" in out


def test_a_full_circle_has_no_pointers(cli) -> None:
    out = cli("--demo", "show", lang="en").stdout
    assert "Worth a look" not in out


def test_a_place_on_the_crisis_list_needs_no_phone(cli) -> None:
    cli("add", "Het park", "--kind", "plek", "--crisis", "--where", "achter het station")
    assert "telefoonnummer" not in cli("show").stdout


@pytest.mark.parametrize("role", ["crisis", "listens", "practical", "none"])
def test_show_role_filters(cli, role: str) -> None:
    cli("add", "Lies", "--listens")
    cli("add", "Piet", "--practical")
    cli("add", "Cas", "--crisis")
    cli("add", "Noor")
    expected = {"crisis": "Cas", "listens": "Lies", "practical": "Piet", "none": "Noor"}[role]
    out = cli("show", "--role", role).stdout
    assert expected in out
    for other in {"Lies", "Piet", "Cas", "Noor"} - {expected}:
        assert other not in out


def test_show_fits_80_columns_in_both_languages(cli) -> None:
    cli("add", "Een heel erg lange naam van iemand die veel ruimte inneemt op het scherm")
    cli("add", "Kim", "--crisis", "--where", "x " * 90, "--note", "y " * 300)
    for lang in ("nl", "en"):
        for args in (["show"], ["--demo", "show"]):
            out = cli(*args, lang=lang).stdout
            assert max(len(line) for line in out.splitlines()) <= 80


def test_show_has_no_colour_when_not_on_a_terminal(cli) -> None:
    assert "\x1b" not in cli("--demo", "show").stdout


@pytest.mark.parametrize(
    "name",
    ["[bold]x[/bold]", "[link=file:///etc/passwd]klik[/link]", ":fire: vuur", "[blink]ha", "a\\"],
)
def test_markup_in_names_is_shown_as_typed(cli, name: str) -> None:
    assert cli("add", name, "--crisis", "--relation", "[red]zus[/red]").exit_code == 0
    out = cli("show").stdout
    assert name in out
    assert "[red]zus[/red]" in out


def test_control_characters_in_a_hand_edited_store_are_shown_as_escapes(cli, home: Path) -> None:
    cli("add", "Anna", "--crisis", "--note", "ok")
    path = home / "circle.json"
    raw = json.loads(path.read_text())
    raw["entries"][0]["name"] = "Anna\x1b]0;pwned\x07\x1b[2J\u202e\x9b"
    raw["entries"][0]["note"] = "line\rover\x00"
    path.write_text(json.dumps(raw))
    result = cli("show")
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\x9b" not in result.stdout and "\u202e" not in result.stdout
    assert "\r" not in result.stdout and "\x00" not in result.stdout
    assert "Anna\\x1b]0;pwned\\x07\\x1b[2J\\u202e\\x9b" in result.stdout
    assert "line\\rover\\x00" in result.stdout


# --- show --json --------------------------------------------------------------------


def test_show_json_is_a_versioned_document(cli) -> None:
    cli("add", "Anna", "--crisis", "--listens", "--phone", "0612345678")
    cli("add", "Bob", "--practical")
    result = cli("show", "--json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["format"] == "steuncirkel-show" and doc["version"] == 1
    assert doc["counts"] == {
        "entries": 2, "crisis": 1, "listens": 1, "practical": 1, "no_role": 0
    }  # fmt: skip
    anna, bob = doc["entries"]
    assert anna["crisis_position"] == 1 and bob["crisis_position"] is None
    assert anna["phone"] == "+31612345678"
    codes = {p["code"] for p in doc["pointers"]}
    assert "crisis_few" in codes and "no_professional" in codes


def test_show_json_with_role_and_empty_circle(cli) -> None:
    doc = json.loads(cli("show", "--json").stdout)
    assert doc["entries"] == [] and doc["counts"]["entries"] == 0
    cli("add", "Anna", "--listens")
    cli("add", "Bob")
    doc = json.loads(cli("show", "--json", "--role", "none").stdout)
    assert doc["role"] == "none"
    assert [e["name"] for e in doc["entries"]] == ["Bob"]


def test_demo_json(cli) -> None:
    doc = json.loads(cli("--demo", "show", "--json").stdout)
    assert doc["counts"]["crisis"] == 4
    assert len(doc["entries"]) == 7


# --- settings and language ----------------------------------------------------------


def test_settings_show_and_change(cli, home: Path) -> None:
    result = cli("settings")
    assert result.exit_code == 0
    assert "Nederland (NL)" in result.stdout
    assert not home.exists()
    result = cli("settings", "--country", "BE", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    saved = json.loads((home / "circle.json").read_text())["settings"]
    assert saved == {"country": "BE", "lang": "en", "name": None, "nudge_weeks": 4}


def test_country_setting_is_the_default_phone_region(cli, home: Path) -> None:
    cli("settings", "--country", "BE")
    assert cli("add", "Lotte", "--phone", "0471 12 34 56").exit_code == 0
    assert stored_entries(home)[0]["phone"] == "+32471123456"


def test_language_precedence(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """--lang beats STEUNCIRKEL_LANG beats the stored setting beats the locale."""
    monkeypatch.delenv("STEUNCIRKEL_LANG")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert "Your support circle" in cli("show").stdout  # locale: other language gives en
    monkeypatch.setenv("LANG", "C")
    assert "Je steuncirkel" in cli("show").stdout  # no language at all gives nl
    cli("settings", "--lang", "en")
    assert "Your support circle" in cli("show").stdout  # stored setting
    monkeypatch.setenv("STEUNCIRKEL_LANG", "nl")
    assert "Je steuncirkel" in cli("show").stdout  # environment beats setting
    assert "Your support circle" in cli("--lang", "en", "show").stdout  # option beats all
    assert "Your support circle" in cli("show", "--lang", "en").stdout


def test_settings_name(cli, home: Path) -> None:
    assert cli("settings", "--name", "Sam").exit_code == 0
    assert "Sam" in cli("settings").stdout
    cli("settings", "--name", "")
    assert json.loads((home / "circle.json").read_text())["settings"]["name"] is None


# --- store problems through the CLI ------------------------------------------------


@pytest.mark.parametrize("case", sorted(CORRUPT_STORES))
@pytest.mark.parametrize("command", [["show"], ["add", "X"], ["settings", "--country", "BE"]])
def test_corrupt_store_is_refused_and_kept(cli, home: Path, case: str, command: list[str]) -> None:
    content = CORRUPT_STORES[case].content
    write_store(home, content)
    result = cli(*command)
    assert result.exit_code == 1
    assert str(home / "circle.json") in result.stderr
    assert "circle.json.bak" in result.stderr
    assert (home / "circle.json").read_bytes() == content
    assert not (home / "circle.json.bak").exists()


def test_newer_store_is_refused(cli, home: Path) -> None:
    write_store(home, b'{"format": "steuncirkel", "version": 7}')
    result = cli("show", lang="en")
    assert result.exit_code == 1
    assert "newer steuncirkel" in result.stderr and "version 7" in result.stderr


def test_unexpected_errors_are_one_plain_line(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import steuncirkel.reading

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret personal detail")

    monkeypatch.setattr(steuncirkel.reading, "pointers", boom)
    cli("add", "Anna")
    result = cli("show")
    assert result.exit_code == 1
    assert "STEUNCIRKEL_DEBUG=1" in result.stderr
    assert "secret" not in result.stderr and "Traceback" not in result.stderr


def test_a_hand_edited_phone_is_never_shown_with_a_stale_national_form(cli, home: Path) -> None:
    cli("add", "Anna", "--crisis", "--phone", "0612345678")
    path = home / "circle.json"
    raw = json.loads(path.read_text())
    raw["entries"][0]["phone"] = "+31687654321"  # edited by hand; phone_display is stale
    path.write_text(json.dumps(raw))
    out = cli("show").stdout
    assert "06 12345678" not in out
    assert "+31687654321" in out


def test_show_role_crisis_still_flags_a_short_list(cli) -> None:
    cli("add", "Anna", "--crisis")
    out = cli("show", "--role", "crisis", lang="en").stdout
    assert "crisis list has 1" in out
    assert "Nobody helps practically" not in out  # only the crisis list's own pointers


def test_a_paid_number_is_saved_with_a_warning(cli, home) -> None:
    result = cli("add", "Waarzegger", "--phone", "0900 1234567")
    assert result.exit_code == 0
    assert "betaald nummer" in result.stderr and "0900" in result.stderr
    assert "Waarzegger" in cli("show").stdout
    quiet = cli("add", "Anna", "--phone", "0612345678")
    assert "betaald" not in quiet.stderr


def test_a_phone_with_an_extension_writes_nothing(cli, home) -> None:
    result = cli("add", "Kantoor", "--phone", "020 123 4567 ext 12")
    assert result.exit_code == 1
    assert "toestelnummer (12)" in result.stderr
    assert not (home / "circle.json").exists()


def test_a_name_that_looks_like_another_is_a_duplicate(cli, home) -> None:
    cli.add("Anna")
    result = cli("add", "An\u034fna")
    assert result.exit_code == 1 and "Anna" in result.stderr
    blank = cli("add", "\u3164")
    assert blank.exit_code == 1 and "zien" in blank.stderr


# Click's and Typer's own English, which must not reach a Dutch user.
CLICK_ENGLISH = ("Usage", "Try '", "Error:", "No such", "Invalid value", "is not one of",
                 "Missing", "requires an argument", "unexpected extra", "Did you mean",
                 "Value error", "Possible options")  # fmt: skip


@pytest.mark.parametrize(
    ("args", "dutch"),
    [
        (["show", "--bogus"], "--bogus ken ik hier niet als optie"),
        (["show", "--jsn"], "Bedoel je --json?"),
        (["shwo"], "'shwo' ken ik niet als opdracht. Bedoel je 'show'?"),
        (["print", "--format", "md"], "'md' is geen van de keuzes"),
        (["print", "--layout", "wall"], "'wall' is geen van de keuzes"),
        (["settings", "--country", "XX"], "De waarde bij '--country' klopt niet"),
        (["add", "--phone"], "Na '--phone' hoort een waarde"),
        (["add", "Anna", "de", "Vries"], "tussen aanhalingstekens"),
        (["show", "--role", "family"], "'family' is geen van de keuzes"),
    ],
)
def test_usage_errors_are_in_the_users_language(cli, args: list[str], dutch: str) -> None:
    result = cli(*args)
    assert result.exit_code == 2
    assert dutch in result.stderr, result.stderr
    for english in CLICK_ENGLISH:
        assert english not in result.stderr, (english, result.stderr)
    assert "Fout:" in result.stderr
    english = cli(*args, lang="en")
    assert english.exit_code == 2 and "Error:" in english.stderr
    assert "Value error" not in english.stderr


def test_no_command_shows_the_help_in_dutch_on_stderr(cli) -> None:
    result = cli()
    assert result.exit_code == 2
    assert "Gebruik: steuncirkel [OPTIES] OPDRACHT" in result.stderr
    assert "Fout:" not in result.stderr and "Usage" not in result.stderr


def test_the_console_script_speaks_dutch_too(subprocess_env) -> None:
    import subprocess

    from helpers import console_script

    result = subprocess.run([console_script(), "show", "--bogus"], env=subprocess_env,
                            capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.startswith("Gebruik: steuncirkel show [OPTIES]")
    assert "Fout: --bogus ken ik hier niet als optie." in result.stderr


def test_installing_completion_reports_in_dutch(cli, tmp_path, monkeypatch) -> None:
    """PRODUCT §3: shell completion as Typer offers it, but told in the user's words."""
    import shellingham

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("SHELL", "/bin/bash")
    # Typer asks shellingham, which looks for a shell among the parent processes: a
    # test run started by no shell (a detached job) would find none.
    monkeypatch.setattr(shellingham, "detect_shell", lambda: ("bash", "/bin/bash"))
    result = cli("--install-completion", "bash")
    assert result.exit_code == 0, (result.stdout, result.stderr)
    assert "Aanvullen met Tab voor bash staat nu in" in result.stdout
    assert "completion installed" not in result.stdout
    assert (tmp_path / ".bashrc").exists()


@pytest.mark.parametrize("country", ["NL", "BE"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_start_guides_examples_run_as_printed(cli, home, country: str, lang: str) -> None:
    """Issue #13: a Fleming copying the example must not get 'not a phone number'."""
    import shlex

    assert cli("settings", "--country", country).exit_code == 0
    guide = cli("show", lang=lang).stdout
    commands = [
        line.strip() for line in guide.splitlines() if line.strip().startswith("steuncirkel add ")
    ]
    assert len(commands) == 2, guide
    for command in commands:
        assert len(command) + 4 <= 80  # one line at 80 columns, so it copies whole
        result = cli(*shlex.split(command)[1:], lang=lang)
        assert result.exit_code == 0, (command, result.stderr)


@pytest.mark.parametrize(
    ("args", "same_as"),
    [(["show", "--role", "luistert"], ["show", "--role", "listens"]),
     (["show", "--role", "praktisch"], ["show", "--role", "practical"]),
     (["show", "--role", "geen"], ["show", "--role", "none"]),
     (["show", "--role", "LUISTERT", "--json"], ["show", "--role", "listens", "--json"]),
     (["print", "--format", "tekst"], ["print", "--format", "text"]),
     (["print", "--format", "html", "--layout", "kaart"],
      ["print", "--format", "html", "--layout", "card"])],
)  # fmt: skip
def test_dutch_words_on_the_command_line(cli, args: list[str], same_as: list[str]) -> None:
    """Issue #13: Dutch values are accepted beside the English ones."""
    dutch, english = cli("--demo", *args), cli("--demo", *same_as)
    assert dutch.exit_code == english.exit_code == 0, dutch.stderr
    assert dutch.stdout == english.stdout


def test_help_lists_the_values_in_the_users_language(cli) -> None:
    assert "--role crisis|luistert|praktisch|geen" in cli("show", "--help").stdout
    assert "--role crisis|listens|practical|none" in cli("show", "--help", lang="en").stdout
    assert "--format tekst|markdown|html|pdf" in cli("print", "--help").stdout


@pytest.mark.parametrize(
    ("args", "suggestion"),
    [(["show", "--role", "luistrt"], "Bedoel je 'luistert'?"),
     (["print", "--format", "pfd"], "Bedoel je 'pdf'?"),
     (["print", "--layout", "kaard"], "Bedoel je 'kaart'?"),
     (["print", "--format", "md"], None)],  # two letters off a short word is a guess
)  # fmt: skip
def test_a_mistyped_value_suggests_the_nearest(cli, args: list[str], suggestion) -> None:
    result = cli("--demo", *args)
    assert result.exit_code == 2
    if suggestion:
        assert suggestion in result.stderr
    else:
        assert "Bedoel je" not in result.stderr
