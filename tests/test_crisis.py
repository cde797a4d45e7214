"""``steuncirkel crisis``: always works, always shows the helplines, always exits 0."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import platformdirs
import pytest

from helpers import CORRUPT_STORES, THIRD_PARTY, write_store
from steuncirkel.base.context import default_home, scan_args
from steuncirkel.base.errors import StoreCorrupt, StoreTooNew
from steuncirkel.base.i18n import Msg, message
from steuncirkel.store import parse_circle

BLOCKED = list(THIRD_PARTY)

BLOCKER = textwrap.dedent(
    f"""
    import sys
    BLOCKED = {BLOCKED!r}

    class Blocker:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"blocked for the test: {{name}}")
            return None

    sys.meta_path.insert(0, Blocker())
    from steuncirkel.__main__ import main
    sys.exit(main(sys.argv[1:]))
    """
)


def run(*args: str, env: dict[str, str], blocked: bool = False) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", BLOCKER, *args] if blocked else [sys.executable, "-m",
               "steuncirkel", *args]  # fmt: skip
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)


def test_demo_crisis_list_in_order_then_helplines(subprocess_env: dict[str, str]) -> None:
    result = run("--demo", "crisis", env=subprocess_env)
    assert result.returncode == 0
    out = result.stdout
    names = ["Marieke de Vries", "Karim El Amrani", "Huisartsenpraktijk De Linde",
             "Het bankje in het Amsterdamse Bos"]  # fmt: skip
    positions = [out.index(f"{n}. {name}") for n, name in enumerate(names, start=1)]
    assert positions == sorted(positions)
    assert "06 12345678" in out
    assert out.index("Het bankje") < out.index("113 Zelfmoordpreventie: 113 of 0800 0113")
    assert "088 0767 000" in out and "bel 112" in out
    assert result.stderr == ""
    assert max(len(line) for line in out.splitlines()) <= 80


def test_own_list_with_national_numbers(cli, subprocess_env: dict[str, str]) -> None:
    cli.add("Anna", "--crisis", "--phone", "+31612345678", "--relation", "zus")
    cli.add("Bob", "--listens")
    cli.add("Cas", "--crisis", "--available", "na 18:00")
    result = run("crisis", "--lang", "en", env=subprocess_env)
    assert result.returncode == 0
    assert "1. Anna (zus)" in result.stdout and "06 12345678" in result.stdout
    assert "2. Cas (person)" in result.stdout and "na 18:00" in result.stdout
    assert "Bob" not in result.stdout
    # Nothing about the list being short: at 3 a.m. that reads as "not enough people"
    # (issue #13); `show` says it on a calmer day.
    assert "crisis list has" not in result.stdout and "three to five" not in result.stdout
    assert "crisislijst telt" in cli("show").stdout
    assert "Helplines in the Netherlands" in result.stdout


def test_belgian_helplines_follow_the_country_setting(cli, subprocess_env) -> None:
    cli("settings", "--country", "BE")
    out = run("crisis", env=subprocess_env).stdout
    assert "Zelfmoordlijn 1813: 1813" in out and "Tele-Onthaal: 106" in out
    assert "Huisarts van wacht: 1733" in out and "0800 32 123" in out
    assert "113 Zelfmoordpreventie" not in out


# What the crisis screen says about a damaged file: one calm sentence, no path, no
# repair steps (issue #13); the details are in `crisis --json` and in `show`.
CALM = "Je steuncirkelbestand is nu niet goed te lezen. Dat kun je later oplossen."


def problem_message(env: dict[str, str], blocked: bool = False) -> str:
    """The detailed problem sentence of `crisis --json`."""
    document = json.loads(run("crisis", "--json", env=env, blocked=blocked).stdout)
    return str(document["problem"]["message"])


def assert_helplines_and_one_line(
    result: subprocess.CompletedProcess[str], fragment: str, env: dict[str, str], blocked: bool
) -> None:
    """Crisis exits 0, shows the helplines and says what is wrong in one plain line: in
    full when it is short and helps now (no store yet), else one calm sentence, with the
    details (``fragment``) in the JSON document."""
    assert result.returncode == 0, result.stderr
    assert "113 Zelfmoordpreventie" in result.stdout and "112" in result.stdout
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    if fragment in result.stderr and not result.stderr.startswith(CALM):
        return
    assert result.stderr.startswith(CALM), result.stderr
    assert "/" not in result.stderr and "kopieer" not in result.stderr
    assert fragment in problem_message(env, blocked)


@pytest.mark.parametrize(
    ("setup", "fragment"),
    [
        ("missing", "Je hebt nog niemand toegevoegd"),
        ("directory", "geen gewoon bestand"),
        ("home-is-file", "is een bestand en geen map"),
    ],
)
@pytest.mark.parametrize("blocked", [False, True], ids=["normal", "deps-blocked"])
def test_crisis_always_shows_the_helplines(
    home: Path, subprocess_env: dict[str, str], setup: str, fragment: str, blocked: bool
) -> None:
    """No store, or none that can be opened: still the helplines."""
    store = home / "circle.json"
    if setup != "home-is-file":
        home.mkdir()
    if setup == "directory":
        store.mkdir()
    elif setup == "home-is-file":
        home.write_text("not a folder")
    result = run("crisis", env=subprocess_env, blocked=blocked)
    assert_helplines_and_one_line(result, fragment, subprocess_env, blocked)
    if setup == "home-is-file":
        assert home.read_text() == "not a folder"  # the user's file is left alone


# How each reason reads in Dutch (base/i18n/nl.py); REASON_OTHER shows the parser's own words.
REASON_WORDS = {
    Msg.REASON_EMPTY: "het bestand is leeg",
    Msg.REASON_BAD_JSON: "kapot rond regel",
    Msg.REASON_TOO_DEEP: "diep genest",
    Msg.REASON_BAD_NUMBER: "kan niet precies bewaard worden",
    Msg.REASON_DUPLICATE_KEY: "twee keer op één plek",
    Msg.REASON_NOT_UTF8: "geen UTF-8",
    Msg.REASON_OTHER: "",
    Msg.REASON_BAD_TEXT: "geen geldige Unicode",
    Msg.REASON_NOT_A_CIRCLE: "geen steuncirkelbestand",
    Msg.REASON_BAD_VERSION: "formaatversie",
    Msg.REASON_BAD_FIELD: "heeft een onverwachte waarde",
    None: "nieuwere steuncirkel",  # too new: refused without a reason of its own
}


@pytest.mark.parametrize("case", sorted(CORRUPT_STORES))
@pytest.mark.parametrize("blocked", [False, True], ids=["normal", "deps-blocked"])
def test_crisis_shows_the_helplines_next_to_every_corrupt_store(
    home: Path, subprocess_env: dict[str, str], case: str, blocked: bool
) -> None:
    content, reason = CORRUPT_STORES[case]
    store = write_store(home, content)
    result = run("crisis", env=subprocess_env, blocked=blocked)
    assert_helplines_and_one_line(result, REASON_WORDS[reason], subprocess_env, blocked)
    # The standard-library path names the same reason, with the same details (line and
    # column, field, version), as the model path that every other command reads with.
    try:
        parse_circle(content, store, home / "circle.json.bak")
    except StoreCorrupt as refused:
        assert refused.params["reason"] is reason
        assert message(reason, "nl", refused.params) in problem_message(subprocess_env)
    except StoreTooNew:
        assert reason is None
    else:
        pytest.fail(f"{case} is not refused by the model path")
    assert store.read_bytes() == content


def test_crisis_works_with_every_third_party_package_blocked(
    cli, subprocess_env: dict[str, str]
) -> None:
    cli.add("Anna", "--crisis", "--phone", "0612345678")
    result = run("crisis", env=subprocess_env, blocked=True)
    assert result.returncode == 0, result.stderr
    assert "1. Anna" in result.stdout and "06 12345678" in result.stdout
    assert result.stderr == ""
    for args in (["crisis", "--json"], ["--demo", "crisis"], ["crisis", "--help"]):
        result = run(*args, env=subprocess_env, blocked=True)
        assert result.returncode == 0, (args, result.stderr)


def test_the_blocker_really_blocks(subprocess_env: dict[str, str]) -> None:
    """Without the crisis hand-over or the quick path, the blocker breaks a command
    (the reading commands need no third-party package: see test_quick.py)."""
    result = run("add", "Anna", env=subprocess_env, blocked=True)
    assert result.returncode != 0


def test_crisis_imports_no_third_party_module(subprocess_env: dict[str, str]) -> None:
    code = (
        "import sys\nfrom steuncirkel.__main__ import main\nmain(['--demo', 'crisis'])\n"
        "third = [m for m in sys.modules if m.split('.')[0] in "
        f"{BLOCKED!r}]\nprint('THIRD', third, file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], env=subprocess_env,
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    assert "THIRD []" in result.stderr


def test_crisis_help_and_usage_errors(subprocess_env: dict[str, str]) -> None:
    result = run("crisis", "--help", env=subprocess_env)
    assert result.returncode == 0 and "--json" in result.stdout
    assert "hulplijnen" in result.stdout
    english = run("crisis", "--help", "--lang", "en", env=subprocess_env)
    assert "helplines" in english.stdout
    for bad in (["crisis", "--nope"], ["crisis", "--lang", "fr"], ["crisis", "--home"]):
        result = run(*bad, env=subprocess_env)
        assert result.returncode == 2, bad
        assert "Traceback" not in result.stderr


def test_crisis_json_document(cli, subprocess_env: dict[str, str]) -> None:
    cli.add("Anna", "--crisis", "--phone", "0612345678", "--where", "Utrecht")
    result = run("crisis", "--json", env=subprocess_env)
    assert result.returncode == 0
    doc = json.loads(result.stdout)
    assert doc["format"] == "steuncirkel-crisis" and doc["version"] == 1
    assert doc["country"] == "NL" and doc["lang"] == "nl" and doc["problem"] is None
    [anna] = doc["crisis_list"]
    assert anna["position"] == 1 and anna["phone"] == "+31612345678"
    assert anna["phone_display"] == "06 12345678" and anna["where"] == "Utrecht"
    keys = [h["key"] for h in doc["helplines"]]
    assert keys == ["113", "luisterlijn", "huisarts", "112"]
    assert all(h["source"].startswith("https://") for h in doc["helplines"])


def test_crisis_json_reports_the_problem(home: Path, subprocess_env: dict[str, str]) -> None:
    write_store(home, b"{")
    env = {**subprocess_env, "LANG": "nl_NL.UTF-8", "LC_ALL": ""}  # the locale names NL
    doc = json.loads(run("crisis", "--json", env=env).stdout)
    assert doc["crisis_list"] == []
    assert doc["problem"]["code"] == "store_corrupt_no_backup"
    assert len(doc["helplines"]) == 4 and doc["country"] == "NL"


def test_user_text_is_shown_literally(cli, home: Path, subprocess_env) -> None:
    cli.add("[bold]Anna[/bold]", "--crisis", "--relation", ":fire:")
    path = home / "circle.json"
    raw = json.loads(path.read_text())
    raw["entries"][0]["where"] = "\x1b]0;title\x07\x1b[2J"
    path.write_text(json.dumps(raw))
    out = run("crisis", env=subprocess_env).stdout
    assert "[bold]Anna[/bold] (:fire:)" in out
    assert "\x1b" not in out and "\\x1b]0;title\\x07\\x1b[2J" in out


def test_crisis_through_the_typer_app_too(cli) -> None:
    result = cli("--demo", "crisis")
    assert result.exit_code == 0
    assert "1. Marieke de Vries" in result.stdout


def test_a_hand_edited_crisis_list_keeps_working(cli, home: Path, subprocess_env) -> None:
    cli.add("Anna", "--crisis")
    cli.add("Bob", "--crisis")
    path = home / "circle.json"
    raw = json.loads(path.read_text())
    raw["crisis_order"] = ["unknown-id", raw["entries"][1]["id"]]
    raw["entries"].append({"name": 3})  # malformed: skipped
    path.write_text(json.dumps(raw))
    out = run("crisis", env=subprocess_env).stdout
    assert out.index("1. Bob") < out.index("2. Anna")


@pytest.mark.parametrize(
    ("args", "command"),
    [
        (["crisis"], "crisis"),
        (["--home", "/x", "crisis"], "crisis"),
        (["--lang=en", "--demo", "crisis", "--json"], "crisis"),
        (["--home", "crisis", "show"], "show"),
        (["show", "crisis"], "show"),
        (["--json", "crisis"], "crisis"),  # an option put before the command by mistake
        (["--nope", "crisis", "--home", "/x"], "crisis"),
        ([], None),
    ],
)
def test_command_of(args: list[str], command: str | None) -> None:
    assert scan_args(args).command == command


@pytest.mark.parametrize(
    "env",
    [
        {"HOME": "/home/anna"},
        {"HOME": "/home/anna", "XDG_DATA_HOME": "/data/xdg"},
        {"HOME": "/home/anna", "XDG_DATA_HOME": "  "},
    ],
)
def test_stdlib_default_home_matches_platformdirs(
    env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for key in ("HOME", "XDG_DATA_HOME"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert default_home(dict(os.environ)) == str(platformdirs.user_data_path("steuncirkel", False))


@pytest.mark.parametrize(
    "env", [{"HOME": ""}, {"HOME": "rel"}, {"HOME": "/h", "XDG_DATA_HOME": "x"}]
)
def test_stdlib_default_home_refuses_relative_paths(env: dict[str, str]) -> None:
    assert default_home(env) is None


def test_a_damaged_store_falls_back_to_the_backup(cli, home: Path, subprocess_env) -> None:
    cli.add("Anna", "--crisis", "--phone", "0612345678")
    cli.add("Bob", "--crisis")  # the backup now holds the circle with Anna
    (home / "circle.json").write_text('{"format": "steuncirkel", "vers')
    result = run("crisis", env=subprocess_env, blocked=True)
    assert result.returncode == 0
    assert "1. Anna" in result.stdout and "06 12345678" in result.stdout
    assert "reservekopie" in result.stdout
    assert result.stderr == CALM + " Je lijst en de hulplijnen staan hieronder.\n"
    doc = json.loads(run("crisis", "--json", env=subprocess_env).stdout)
    assert doc["from_backup"] is True and doc["crisis_list"][0]["name"] == "Anna"
    assert "kapot" in doc["problem"]["message"]  # the details, for show and for programs


def test_a_damaged_store_without_backup_says_so_instead_of_empty(home: Path, subprocess_env):
    write_store(home, b"{")
    out = run("crisis", env=subprocess_env).stdout
    assert "niet te lezen" in out and "steuncirkel add" not in out


def test_crisis_to_a_full_disk_is_a_plain_error(subprocess_env: dict[str, str]) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "steuncirkel", "--demo", "crisis"],
            env=subprocess_env,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert result.returncode == 1
    assert "uitvoer" in result.stderr and "Traceback" not in result.stderr


def test_crisis_option_without_value(subprocess_env: dict[str, str]) -> None:
    result = run("crisis", "--home", env=subprocess_env)
    assert result.returncode == 2 and "Na --home hoort nog een waarde" in result.stderr


def test_crisis_shows_email(cli, subprocess_env) -> None:
    cli.add("Anna", "--crisis", "--email", "anna@example.nl")
    assert "anna@example.nl" in run("crisis", env=subprocess_env).stdout


def test_numbers_follow_the_country_setting(cli, subprocess_env) -> None:
    """A Dutch number shown to someone in Belgium must carry +31, or the call fails."""
    cli.add("Anna", "--crisis", "--phone", "0612345678")
    cli.add("Lies", "--crisis", "--phone", "+32470123456")
    out = run("crisis", env=subprocess_env).stdout
    assert "06 12345678" in out and "+32 470 12 34 56" in out
    cli("settings", "--country", "BE")
    out = run("crisis", env=subprocess_env).stdout
    assert "+31 6 12345678" in out and "0470 12 34 56" in out
    assert "+32 470" not in out
    shown = cli("show").stdout
    assert "+31 6 12345678" in shown and "0470 12 34 56" in shown
    printed = cli("print").stdout
    assert "+31 6 12345678" in printed
    doc = json.loads(cli("show", "--json").stdout)
    assert doc["entries"][0]["phone_display"] == "+31 6 12345678"


def test_an_unreadable_store_file_falls_back_to_the_backup(cli, home: Path, subprocess_env):
    cli.add("Anna", "--crisis", "--phone", "0612345678")
    cli.add("Bob", "--crisis")
    (home / "circle.json").unlink()
    (home / "circle.json").mkdir()  # not a regular file: cannot be read
    result = run("crisis", env=subprocess_env)
    assert result.returncode == 0 and "1. Anna" in result.stdout
    assert "reservekopie" in result.stdout and result.stderr.startswith(CALM)
    assert "circle.json.bak" in problem_message(subprocess_env)


def test_a_typo_still_shows_the_helplines(subprocess_env: dict[str, str]) -> None:
    result = run("crisis", "--jsno", env=subprocess_env)
    assert result.returncode == 2
    assert "--jsno" in result.stderr and "113" in result.stdout and "112" in result.stdout


def test_ascii_terminal_gets_ascii_separators(subprocess_env: dict[str, str]) -> None:
    env = {**subprocess_env, "PYTHONIOENCODING": "ascii"}
    out = run("--demo", "crisis", env=env).stdout
    assert "\\xb7" not in out and " | " in out


def test_a_broken_install_points_at_crisis(subprocess_env: dict[str, str]) -> None:
    result = run("add", "Anna", env=subprocess_env, blocked=True)
    assert result.returncode == 1
    assert "steuncirkel crisis" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("typed", ["CRISIS", "Crisis", "crsis", "crisi", "krisis", "cirsis"])
def test_a_mistyped_crisis_command_shows_the_crisis_view(
    cli, home: Path, subprocess_env: dict[str, str], typed: str
) -> None:
    """In a panic `steuncirkel CRISIS` or `crsis` must not end at a usage error."""
    cli.add("Anna", "--crisis", "--phone", "0612345678")
    other = home.parent / "other"
    result = run(typed, "--home", str(home), env={**subprocess_env, "STEUNCIRKEL_HOME": str(other)},
                 blocked=True)  # fmt: skip
    assert result.returncode == 2
    assert "1. Anna" in result.stdout and "113" in result.stdout and "112" in result.stdout
    assert typed in result.stderr and "steuncirkel crisis" in result.stderr
    doc = json.loads(run(typed, "--json", "--lang", "en", env=subprocess_env).stdout)
    assert doc["lang"] == "en" and doc["crisis_list"][0]["name"] == "Anna"


def test_no_command_can_be_taken_for_a_mistyped_crisis() -> None:
    from helpers import command_names
    from steuncirkel.base.spelling import distance, means_crisis

    assert [name for name in command_names() if means_crisis(name)] == []
    assert distance("crsis", "crisis") == 1 and distance("show", "crisis") > 2
    assert not means_crisis("--crisis") and not means_crisis(None)


@pytest.mark.parametrize("before", [["--json"], ["--nope"], ["--verbose"]])
def test_an_option_before_crisis_still_gives_the_crisis_view(
    cli, home: Path, subprocess_env: dict[str, str], before: list[str]
) -> None:
    cli.add("Anna", "--crisis", "--phone", "0612345678")
    result = run(*before, "crisis", "--home", str(home), env=subprocess_env, blocked=True)
    assert "112" in result.stdout
    if before == ["--json"]:
        assert result.returncode == 0 and json.loads(result.stdout)["crisis_list"]
    else:
        assert result.returncode == 2 and "1. Anna" in result.stdout
        assert before[0] in result.stderr


def test_home_without_its_folder_never_means_the_real_one(
    cli, home: Path, subprocess_env: dict[str, str]
) -> None:
    cli.add("Anna", "--crisis", "--phone", "0612345678")  # in the usual folder
    result = run("crisis", "--nope", "--home", env=subprocess_env, blocked=True)
    assert result.returncode == 2
    assert "112" in result.stdout and "Anna" not in result.stdout


@pytest.mark.parametrize(
    ("lang", "calm"),
    [("nl", "Je steuncirkelbestand is nu niet goed te lezen. Dat kun je later oplossen. "
             "De hulplijnen staan hieronder."),
     ("en", "Your circle file can't be read properly right now. You can sort that out "
            "later. The helplines are below.")],
)  # fmt: skip
def test_a_damaged_file_gets_one_calm_sentence_on_the_crisis_screen(
    home: Path, subprocess_env: dict[str, str], lang: str, calm: str
) -> None:
    """Issue #13: no paths, no 'copy the backup over', no JSON line and column at 3 a.m."""
    write_store(home, b'{"format": "steuncirkel", "vers')
    result = run("crisis", "--lang", lang, env=subprocess_env, blocked=True)
    assert result.returncode == 0 and result.stderr == calm + "\n"
    assert "112" in result.stdout
