"""A living circle (issue #10): edit, remove, order, names found forgivingly, who knows,
keeping in touch, the clock. Through the CLI, as a user meets them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import steuncirkel.cli.common
from helpers import make_circle, make_entry, run_script, stored_entries, write_store


def _store(home: Path) -> dict:
    return json.loads((home / "circle.json").read_text(encoding="utf-8"))


def _bytes(home: Path) -> bytes:
    return (home / "circle.json").read_bytes()


def _entry(home: Path, name: str) -> dict:
    return next(e for e in stored_entries(home) if e["name"] == name)


@pytest.fixture
def circle(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """Anna and Bram on the crisis list, Carla listens; fixed at 27 November 2026."""
    monkeypatch.setenv("STEUNCIRKEL_NOW", "2026-11-27T10:00")
    cli.add("Anna de Vries", "--crisis", "--phone", "0612345678", "--relation", "zus")
    cli.add("Bram", "--crisis", "--phone", "0687654321")
    cli.add("Carla", "--listens")


# --- edit ---------------------------------------------------------------------------------


def test_edit_changes_only_what_is_given_and_keeps_id_and_created(
    cli, home: Path, circle: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _entry(home, "Anna de Vries")
    monkeypatch.setenv("STEUNCIRKEL_NOW", "2026-11-28T09:15")
    result = cli("edit", "anna de vries", "--phone", "0611111111", "--email", "anna@example.nl")
    assert result.exit_code == 0, result.stderr
    assert "Anna de Vries is bijgewerkt" in result.stderr
    after = _entry(home, "Anna de Vries")
    assert after["phone"] == "+31611111111"
    assert after["email"] == "anna@example.nl"
    assert after["relation"] == "zus"  # not given: kept
    assert after["id"] == before["id"]
    assert after["created"] == before["created"]
    assert after["updated"] != before["updated"]
    assert after["updated"].startswith("2026-11-28T")


def test_an_empty_value_clears_a_field(cli, home: Path, circle: None) -> None:
    assert cli("edit", "Anna de Vries", "--phone", "", "--relation", "").exit_code == 0
    after = _entry(home, "Anna de Vries")
    assert after["phone"] is None
    assert after["phone_display"] is None
    assert after["relation"] is None


def test_rename_follows_the_name_rules(cli, home: Path, circle: None) -> None:
    before = _bytes(home)
    taken = cli("edit", "Bram", "--name", " carla ")
    assert taken.exit_code == 1
    assert "Carla staat al in je steuncirkel" in taken.stderr
    assert cli("edit", "Bram", "--name", "").exit_code == 1
    assert cli("edit", "Bram", "--name", "x" * 81).exit_code == 1
    assert cli("edit", "Bram", "--name", "Br\x1bam").exit_code == 1
    assert _bytes(home) == before  # a refused edit writes nothing
    renamed = cli("edit", "Bram", "--name", "Bram Jansen")
    assert renamed.exit_code == 0, renamed.stderr
    assert [e["name"] for e in stored_entries(home)] == ["Anna de Vries", "Bram Jansen", "Carla"]
    # Only the case of one's own name changes: allowed, not a duplicate.
    assert cli("edit", "carla", "--name", "CARLA").exit_code == 0
    assert _entry(home, "CARLA")["roles"] == ["listens"]


@pytest.mark.parametrize(
    "args",
    [
        ["--phone", "12"],
        ["--email", "geen-adres"],
        ["--kind", "huisdier"],
        ["--note", "a\x07b"],
        ["--available", "x" * 201],
        ["--kind", "plek", "--listens"],
    ],
    ids=["phone", "email", "kind", "control", "too-long", "place-listens"],
)
def test_a_refused_edit_writes_nothing(cli, home: Path, circle: None, args: list[str]) -> None:
    before = _bytes(home)
    result = cli("edit", "Carla", *args)
    assert result.exit_code == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert _bytes(home) == before


def test_a_bad_option_to_edit_is_a_usage_error(cli, home: Path, circle: None) -> None:
    before = _bytes(home)
    assert cli("edit", "Carla", "--nope").exit_code == 2
    assert cli("edit").exit_code == 2
    assert _bytes(home) == before


def test_becoming_a_place_that_listens_is_refused(cli, home: Path, circle: None) -> None:
    assert cli("edit", "Carla", "--kind", "place").exit_code == 1
    assert cli("edit", "Carla", "--kind", "place", "--no-listens").exit_code == 0
    assert _entry(home, "Carla")["kind"] == "place"


def test_crisis_on_puts_last_and_off_takes_out_of_the_order(cli, home: Path, circle: None) -> None:
    ids = {e["name"]: e["id"] for e in stored_entries(home)}
    assert cli("edit", "Carla", "--crisis").exit_code == 0
    assert _store(home)["crisis_order"] == [ids["Anna de Vries"], ids["Bram"], ids["Carla"]]
    assert cli("edit", "Anna de Vries", "--no-crisis").exit_code == 0
    assert _store(home)["crisis_order"] == [ids["Bram"], ids["Carla"]]
    assert "crisis" not in _entry(home, "Anna de Vries")["roles"]
    # Back on: last in line, not in her old place.
    assert cli("edit", "Anna de Vries", "--crisis").exit_code == 0
    assert _store(home)["crisis_order"] == [ids["Bram"], ids["Carla"], ids["Anna de Vries"]]


def test_a_sixth_on_the_crisis_list_is_refused(cli, home: Path, circle: None) -> None:
    for name in ("Dirk", "Eva", "Fleur"):
        cli.add(name, "--crisis")
    before = _bytes(home)
    result = cli("edit", "Carla", "--crisis")
    assert result.exit_code == 1
    assert "--no-crisis" in result.stderr  # says how to make room
    assert _bytes(home) == before
    # Already on the list: an edit of another field is fine.
    assert cli("edit", "Dirk", "--crisis", "--note", "buurman").exit_code == 0


def test_edit_that_changes_nothing_writes_nothing(cli, home: Path, circle: None) -> None:
    before = _bytes(home)
    result = cli("edit", "Carla", "--listens")
    assert result.exit_code == 0
    assert "niets veranderd" in result.stderr
    assert _bytes(home) == before


def test_edit_without_options_and_without_a_terminal_is_a_usage_error(
    cli, home: Path, circle: None
) -> None:
    before = _bytes(home)
    result = cli("edit", "Carla")
    assert result.exit_code == 2
    assert "steuncirkel edit Carla --phone" in result.stderr
    assert _bytes(home) == before


def test_edit_on_a_terminal_asks_field_by_field(
    cli, home: Path, circle: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(steuncirkel.cli.common, "stdin_is_interactive", lambda: True)
    # name, kind, relation, phone, email, where, available, note, listens, practical,
    # crisis, knows
    answers = ["", "", "beste vriendin", "-", "nope", "carla@example.nl", "", "", "", "",
               "j", "j", "j"]  # fmt: skip
    result = cli("edit", "Carla", input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.stderr
    assert "[Carla]" in result.stderr  # the current value is the default
    assert "lijkt geen e-mailadres" in result.stderr  # asked again, not refused
    after = _entry(home, "Carla")
    assert after["relation"] == "beste vriendin"
    assert after["phone"] is None
    assert after["email"] == "carla@example.nl"
    assert after["roles"] == ["listens", "practical", "crisis"]
    assert after["knows"] is True


def test_edit_in_the_demo_is_refused(cli) -> None:
    result = cli("edit", "Sanne", "--phone", "0612345678", "--demo")
    assert result.exit_code == 1


# --- names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [("Anna", "Anna de Vries"), ("Ana de Vries", "Anna de Vries"), ("Dirk", None)],
)
def test_a_near_name_is_suggested_and_never_acted_on(
    cli, home: Path, circle: None, typed: str, suggested: str | None
) -> None:
    before = _bytes(home)
    for command in (["edit", typed, "--note", "x"], ["remove", typed, "--yes"],
                    ["contact", typed], ["order", typed]):  # fmt: skip
        result = cli(*command)
        assert result.exit_code == 1, (command, result.stderr)
        assert "Traceback" not in result.stderr
        if suggested:
            assert f"Bedoel je {suggested}?" in result.stderr, result.stderr
        else:
            assert "Bedoel je" not in result.stderr
    assert _bytes(home) == before


def test_a_name_matches_after_trimming_case_and_unicode_form(
    cli, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli.add("Zoë", "--listens")  # stored NFC
    decomposed = "  ZOE\u0308 "  # NFD, other case, spaces
    assert cli("edit", decomposed, "--note", "hoi").exit_code == 0
    assert _entry(home, "Zoë")["note"] == "hoi"


def test_several_near_names_are_all_offered(cli, home: Path) -> None:
    cli.add("Anna de Vries")
    cli.add("Anna Bakker")
    result = cli("remove", "Anna", "--yes")
    assert result.exit_code == 1
    assert "Bedoel je Anna de Vries of Anna Bakker?" in result.stderr


# --- remove ----------------------------------------------------------------------------


def test_remove_without_a_terminal_needs_yes(cli, home: Path, circle: None) -> None:
    before = _bytes(home)
    result = cli("remove", "Bram")
    assert result.exit_code == 1
    assert "--yes" in result.stderr
    assert _bytes(home) == before
    done = cli("remove", "bram", "-y")
    assert done.exit_code == 0, done.stderr
    assert "Bram staat niet meer in je steuncirkel" in done.stderr
    names = [e["name"] for e in stored_entries(home)]
    assert names == ["Anna de Vries", "Carla"]
    assert len(_store(home)["crisis_order"]) == 1


def test_remove_on_a_terminal_asks_and_no_keeps(
    cli, home: Path, circle: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(steuncirkel.cli.common, "stdin_is_interactive", lambda: True)
    before = _bytes(home)
    kept = cli("remove", "Bram", input="n\n")
    assert kept.exit_code == 1
    assert "Bram uit je steuncirkel halen?" in kept.stderr
    assert _bytes(home) == before
    assert cli("remove", "Bram", input="\n").exit_code == 1  # Enter means no
    assert _bytes(home) == before
    assert cli("remove", "Bram", input="j\n").exit_code == 0
    assert "Bram" not in [e["name"] for e in stored_entries(home)]


def test_remove_in_the_demo_is_refused(cli) -> None:
    assert cli("remove", "Sanne", "--yes", "--demo").exit_code == 1


# --- order -----------------------------------------------------------------------------


def test_order_puts_the_named_first_and_keeps_the_rest(cli, home: Path, circle: None) -> None:
    cli.add("Dirk", "--crisis")
    cli.add("Eva", "--crisis")
    ids = {e["name"]: e["id"] for e in stored_entries(home)}
    result = cli("order", "eva", "Bram")
    assert result.exit_code == 0, result.stderr
    assert "1. Eva, 2. Bram, 3. Anna de Vries, 4. Dirk" in result.stderr
    assert _store(home)["crisis_order"] == [
        ids["Eva"], ids["Bram"], ids["Anna de Vries"], ids["Dirk"]
    ]  # fmt: skip


def test_order_refuses_a_name_off_the_list(cli, home: Path, circle: None) -> None:
    before = _bytes(home)
    result = cli("order", "Bram", "Carla")
    assert result.exit_code == 1
    assert "Carla staat niet op je crisislijst" in result.stderr
    assert "steuncirkel edit Carla --crisis" in result.stderr
    assert cli("order", "Bram", "bram").exit_code == 1  # twice
    assert cli("order").exit_code == 2
    assert _bytes(home) == before


def test_order_shows_in_crisis_and_show(cli, home: Path, circle: None) -> None:
    assert cli("order", "Bram").exit_code == 0
    crisis = json.loads(cli("crisis", "--json").stdout)
    assert [e["name"] for e in crisis["crisis_list"]][:2] == ["Bram", "Anna de Vries"]
    shown = json.loads(cli("show", "--json").stdout)
    positions = {e["name"]: e["crisis_position"] for e in shown["entries"]}
    assert positions == {"Anna de Vries": 2, "Bram": 1, "Carla": None}


# --- who knows ----------------------------------------------------------------------------


def test_knows_is_recorded_and_pointed_at(cli, home: Path, circle: None) -> None:
    assert _entry(home, "Bram")["knows"] is None
    shown = json.loads(cli("show", "--json").stdout)
    told = [p for p in shown["pointers"] if p["code"] == "crisis_not_told"]
    ids = {e["name"]: e["id"] for e in shown["entries"]}
    assert [p["entry"] for p in told] == [ids["Anna de Vries"], ids["Bram"]]
    assert all("--knows" in p["message"] for p in told)
    assert cli("edit", "Bram", "--knows").exit_code == 0
    cli.add("Dirk", "--crisis", "--no-knows")
    assert _entry(home, "Dirk")["knows"] is False
    assert _entry(home, "Bram")["knows"] is True
    shown = json.loads(cli("show", "--json").stdout)
    told = [p["entry"] for p in shown["pointers"] if p["code"] == "crisis_not_told"]
    assert ids["Bram"] not in told
    entries = {e["name"]: e for e in shown["entries"]}
    assert entries["Bram"]["knows"] is True
    assert entries["Carla"]["knows"] is None
    text = cli("show").stdout
    assert "Weet Anna de Vries dat die op je crisislijst staat?" in text
    assert "steuncirkel edit 'Anna de Vries' --knows" in text


def test_places_and_groups_are_not_asked_whether_they_know(cli, home: Path) -> None:
    cli.add("Het bos", "--kind", "plek", "--crisis")
    cli.add("NA Utrecht", "--kind", "groep", "--crisis", "--phone", "0301234567")
    shown = json.loads(cli("show", "--json").stdout)
    assert not [p for p in shown["pointers"] if p["code"] == "crisis_not_told"]


def test_every_per_entry_pointer_names_its_entry(cli, home: Path) -> None:
    cli.add("Anna", "--crisis")  # no phone, not told, and quiet for long
    shown = json.loads(cli("show", "--json").stdout)
    anna = shown["entries"][0]["id"]
    codes = {p["code"]: p["entry"] for p in shown["pointers"]}
    assert codes["crisis_no_phone"] == anna
    assert codes["crisis_not_told"] == anna
    assert codes["no_listens"] is None


# --- keeping in touch ---------------------------------------------------------------------


def _nudged(cli) -> list[str]:
    shown = json.loads(cli("show", "--json").stdout)
    names = {e["id"]: e["name"] for e in shown["entries"]}
    return [names[p["entry"]] for p in shown["pointers"] if p["code"] == "keep_in_touch"]


def test_nudges_come_after_the_period_and_contact_resets_them(
    cli, home: Path, circle: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli.add("Het bos", "--kind", "plek", "--crisis")  # a place: never nudged
    cli.add("Dirk", "--practical")  # only practical: not nudged
    monkeypatch.setenv("STEUNCIRKEL_NOW", "2026-12-25T10:00")  # exactly 4 weeks on
    assert _nudged(cli) == []
    monkeypatch.setenv("STEUNCIRKEL_NOW", "2026-12-26T10:00")  # one day past
    assert _nudged(cli) == ["Anna de Vries", "Bram", "Carla"]
    result = cli("contact", "carla", "--note", "koffie gedronken")
    assert result.exit_code == 0, result.stderr
    assert "Fijn dat je contact had met Carla. Genoteerd op 26 december 2026." in result.stderr
    assert _nudged(cli) == ["Anna de Vries", "Bram"]
    text = cli("show").stdout
    assert "Al een tijdje niet gesproken met Bram" in text
    assert "laatste contact: 26 december 2026" in text
    shown = json.loads(cli("show", "--json").stdout)
    last = {e["name"]: e["last_contact"] for e in shown["entries"]}
    assert last["Carla"] == "2026-12-26"
    assert last["Bram"] is None


def test_many_quiet_ties_give_three_names_and_a_count(
    cli, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long list of nudges would bury every other pointer: the three quietest are
    named, longest quiet first, and the rest counted in one warm line."""
    for name in ("Anna", "Bram", "Carla", "Dirk", "Eva", "Fatima"):
        cli.add(name, "--listens")
    monkeypatch.setenv("STEUNCIRKEL_NOW", "2027-01-10T10:00")
    for name in ("Anna", "Bram"):  # they were called two days ago
        assert cli("contact", name).exit_code == 0
    monkeypatch.setenv("STEUNCIRKEL_NOW", "2027-03-01T10:00")
    assert cli("contact", "Carla").exit_code == 0  # just now: not quiet
    # Dirk, Eva, Fatima: quiet since they were added; Anna, Bram: since 10 January.
    assert _nudged(cli) == ["Dirk", "Eva", "Fatima"]
    shown = json.loads(cli("show", "--json").stdout)
    more = [p for p in shown["pointers"] if p["code"] == "keep_in_touch_more"]
    assert [(p["entry"], "nog 2 anderen" in p["message"]) for p in more] == [(None, True)]
    shown_text = " ".join(cli("show").stdout.split())
    assert "En nog 2 anderen die je al een tijdje niet sprak" in shown_text
    # One more than three is named, not counted: "en nog 1 anderen" says less than a name.
    assert cli("remove", "Eva", "--yes").exit_code == 0
    assert _nudged(cli) == ["Dirk", "Fatima", "Anna", "Bram"]
    shown = json.loads(cli("show", "--json").stdout)
    assert not [p for p in shown["pointers"] if p["code"] == "keep_in_touch_more"]


def test_nudge_weeks_setting(
    cli, home: Path, circle: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STEUNCIRKEL_NOW", "2026-12-10T10:00")  # 13 days on
    assert _nudged(cli) == []
    assert cli("settings", "--nudge-weeks", "1").exit_code == 0
    assert _nudged(cli) == ["Anna de Vries", "Bram", "Carla"]
    shown = json.loads(cli("show", "--json").stdout)
    assert shown["settings"]["nudge_weeks"] == 1
    assert cli("settings", "--nudge-weeks", "0").exit_code == 0
    assert _nudged(cli) == []
    assert "uit" in cli("settings").stdout
    before = _bytes(home)
    assert cli("settings", "--nudge-weeks", "-1").exit_code in (1, 2)
    assert cli("settings", "--nudge-weeks", "53").exit_code == 1
    assert cli("settings", "--nudge-weeks", "vier").exit_code == 2
    assert _bytes(home) == before


def test_contact_keeps_the_last_ten_and_checks_the_note(
    cli, home: Path, circle: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    for day in range(1, 13):
        monkeypatch.setenv("STEUNCIRKEL_NOW", f"2026-12-{day:02d}T20:00")
        assert cli("contact", "Bram", "--note", f"dag {day}").exit_code == 0
    contacts = _entry(home, "Bram")["contacts"]
    assert len(contacts) == 10
    assert contacts[0]["note"] == "dag 3"
    assert contacts[-1]["note"] == "dag 12"
    before = _bytes(home)
    assert cli("contact", "Bram", "--note", "x" * 201).exit_code == 1
    assert cli("contact", "Bram", "--note", "a\nb").exit_code == 1
    assert cli("contact", "Bram", "--note", "a\x1b[31m").exit_code == 1
    assert _bytes(home) == before
    assert cli("contact", "Bram", "--note", "x" * 200).exit_code == 0


def test_contact_in_the_demo_is_refused(cli) -> None:
    assert cli("contact", "Sanne", "--demo").exit_code == 1


def test_parallel_contacts_lose_nothing(
    exe: str, subprocess_env: dict[str, str], home: Path, cli, circle: None
) -> None:
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        runs = list(
            pool.map(
                lambda n: run_script(
                    exe, "contact", "Carla", "--note", f"n{n}", env=subprocess_env
                ),
                range(8),
            )
        )
    assert all(r.returncode == 0 for r in runs), [r.stderr for r in runs]
    notes = sorted(c["note"] for c in _entry(home, "Carla")["contacts"])
    assert notes == sorted(f"n{n}" for n in range(8))


# --- the clock ----------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["morgen", "2026-13-01T10:00", "2026-11-28T25:00"])
def test_an_invalid_clock_is_a_clear_refusal(
    cli, home: Path, circle: None, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    before = _bytes(home)
    monkeypatch.setenv("STEUNCIRKEL_NOW", value)
    for command in (["add", "Dirk"], ["contact", "Carla"], ["show"], ["print"],
                    ["edit", "Carla", "--note", "x"]):  # fmt: skip
        result = cli(*command)
        assert result.exit_code == 1, command
        assert "STEUNCIRKEL_NOW" in result.stderr
        assert "2026-11-28T03:00" in result.stderr  # an example of what works
    assert _bytes(home) == before


def test_crisis_with_an_invalid_clock_goes_on_with_the_real_one(
    exe: str, subprocess_env: dict[str, str], home: Path, circle: None
) -> None:
    env = {**subprocess_env, "STEUNCIRKEL_NOW": "gisteren"}
    result = run_script(exe, "crisis", env=env)
    assert result.returncode == 0
    assert "Anna de Vries" in result.stdout.decode()
    assert "STEUNCIRKEL_NOW" in result.stderr.decode()


# --- migration ----------------------------------------------------------------------------

FIRST_RELEASE = Path(__file__).parent / "fixtures" / "first-release-circle.json"


def test_a_first_release_store_reads_unchanged_and_migrates_on_write(cli, home: Path) -> None:
    original = FIRST_RELEASE.read_bytes()
    write_store(home, original)
    shown = json.loads(cli("show", "--json").stdout)
    assert (home / "circle.json").read_bytes() == original  # reading writes nothing
    old = json.loads(original)
    assert [e["name"] for e in shown["entries"]] == [e["name"] for e in old["entries"]]
    assert cli("contact", "Sanne").exit_code == 0
    new = _store(home)
    assert new["version"] == 2
    assert new["crisis_order"] == old["crisis_order"]
    assert new["x-hand-added"] == old["x-hand-added"]  # unknown keys kept
    for before, after in zip(old["entries"], new["entries"], strict=True):
        for key, value in before.items():
            assert after[key] == value, key  # every field kept
        assert after["knows"] is None
    sanne = next(e for e in new["entries"] if e["name"] == "Sanne")
    assert sanne["available_windows"] == [{"days": [1, 2, 3, 4, 5], "from": "18:00", "to": "24:00"}]
    assert (home / "circle.json.bak").read_bytes() == original


def test_the_first_release_fixture_is_really_version_1() -> None:
    old = json.loads(FIRST_RELEASE.read_bytes())
    assert old["version"] == 1
    assert all("knows" not in e and "contacts" not in e for e in old["entries"])


def test_make_circle_helpers_still_describe_version_1() -> None:
    """The test helpers write first-release stores: every test reading them migrates."""
    assert make_circle([make_entry(1, "A")])["version"] == 1


# --- found by review: clocks, answers that keep, what was confirmed ----------------------


@pytest.mark.parametrize(
    "value", ["0999-06-01T12:00", "0001-01-01T00:30+00:00", "9999-12-31T23:59"]
)
def test_a_clock_the_store_cannot_write_is_refused(
    cli, home: Path, circle: None, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    before = _bytes(home)
    monkeypatch.setenv("STEUNCIRKEL_NOW", value)
    result = cli("contact", "Carla")
    assert result.exit_code == 1
    assert "STEUNCIRKEL_NOW" in result.stderr
    assert _bytes(home) == before
    monkeypatch.delenv("STEUNCIRKEL_NOW")
    assert cli("show").exit_code == 0


def test_crisis_survives_a_clock_that_overflows_in_local_time(
    exe: str, subprocess_env: dict[str, str], home: Path, circle: None
) -> None:
    env = {**subprocess_env, "TZ": "America/New_York", "STEUNCIRKEL_NOW": "0001-01-01T00:30+00:00"}
    result = run_script(exe, "crisis", env=env)
    assert result.returncode == 0
    assert "Anna de Vries" in result.stdout.decode()
    assert "113" in result.stdout.decode()


def test_a_contact_time_without_a_zone_is_read_as_utc(cli, home: Path) -> None:
    anna = make_entry(1, "Anna", ["listens"])
    anna["contacts"] = [{"at": "2026-11-01T00:00:00"}, {"at": "2026-11-02T00:00:00Z"}]
    doc = make_circle([anna])
    doc["version"] = 2
    write_store(home, json.dumps(doc).encode())
    result = cli("show", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["entries"][0]["last_contact"] == "2026-11-02"


def test_pressing_enter_everywhere_changes_nothing(
    cli, home: Path, circle: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(steuncirkel.cli.common, "stdin_is_interactive", lambda: True)
    before = _bytes(home)
    result = cli("edit", "Carla", input="\n" * 12)
    assert result.exit_code == 0, result.stderr
    assert "niets veranderd" in result.stderr
    assert _bytes(home) == before


def test_the_questions_do_not_undo_a_change_made_meanwhile(
    cli, home: Path, circle: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the questions wait, another window puts Carla on the crisis list and
    renames her; Enter everywhere then keeps that, and the note typed is saved."""
    import steuncirkel.cli.editwalk as editwalk

    monkeypatch.setattr(steuncirkel.cli.common, "stdin_is_interactive", lambda: True)
    asked = editwalk.ask_edit

    def meanwhile(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        change = asked(*args, **kwargs)
        assert cli("edit", "Carla", "--crisis", "--knows", "--name", "Carla B").exit_code == 0
        return change

    monkeypatch.setattr(editwalk, "ask_edit", meanwhile)
    answers = ["", "", "", "", "", "", "", "een notitie", "", "", ""]
    result = cli("edit", "Carla", input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.stderr
    carla = _entry(home, "Carla B")
    assert carla["note"] == "een notitie"
    assert "crisis" in carla["roles"] and carla["knows"] is True


def test_end_of_input_in_the_questions_saves_nothing(
    cli, home: Path, circle: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(steuncirkel.cli.common, "stdin_is_interactive", lambda: True)
    before = _bytes(home)
    result = cli("edit", "Carla", input="Carla Bos\n")
    assert result.exit_code == 1
    assert "Er is niets veranderd" in result.stderr or "niets veranderd" in result.stderr
    assert "fout in steuncirkel" not in result.stderr
    assert _bytes(home) == before


def test_remove_takes_the_one_confirmed_even_if_a_namesake_arrives(
    cli, home: Path, circle: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from steuncirkel.cli.walkthrough import Asker

    monkeypatch.setattr(steuncirkel.cli.common, "stdin_is_interactive", lambda: True)
    bram = _entry(home, "Bram")["id"]

    def meanwhile(self, question: str) -> bool:  # noqa: ARG001
        assert cli("edit", "Bram", "--name", "Bram Oud").exit_code == 0
        cli.add("Bram", "--listens")  # a new Bram, not the one asked about
        return True

    monkeypatch.setattr(Asker, "confirm", meanwhile)
    result = cli("remove", "Bram")
    assert result.exit_code == 0, result.stderr
    assert "Bram Oud staat niet meer" in result.stderr
    ids = [e["id"] for e in stored_entries(home)]
    assert bram not in ids
    assert "Bram" in [e["name"] for e in stored_entries(home)]


def test_place_roles_on_edit_name_the_edit_options(cli, home: Path, circle: None) -> None:
    result = cli("edit", "Carla", "--kind", "plek")
    assert result.exit_code == 1
    assert "--no-listens" in result.stderr


def test_the_questions_keep_an_unknown_knows_on_enter(
    cli, home: Path, circle: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(steuncirkel.cli.common, "stdin_is_interactive", lambda: True)
    assert _entry(home, "Bram")["knows"] is None
    before = _bytes(home)
    result = cli("edit", "Bram", input="\n" * 12)
    assert result.exit_code == 0, result.stderr
    assert "Staat Bram op je crisislijst? [j/n; Enter: ja]" in result.stderr
    assert "[j/n; Enter: niet ingevuld]" in result.stderr
    assert "Antwoord met j of n" not in result.stderr
    assert _bytes(home) == before


def test_an_empty_name_is_said_plainly(cli, home: Path, circle: None) -> None:
    result = cli("edit", "  ", "--note", "x")
    assert result.exit_code == 1
    assert "Een naam kan niet leeg zijn" in result.stderr


@pytest.mark.parametrize("value", ["abc", "", "1.5"])
def test_nudge_weeks_that_are_not_a_number_are_said_in_dutch(cli, value: str) -> None:
    result = cli("settings", "--nudge-weeks", value)
    assert result.exit_code == 2
    assert "geen heel aantal weken" in result.stderr
    assert "Input should be" not in result.stderr
