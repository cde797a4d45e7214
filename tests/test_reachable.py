"""Who can be reached now (issue #10 item 7): `crisis` puts them first, in text and
JSON, on the standard-library core alone; helplines say who answers now."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import make_circle, make_entry, write_store
from test_crisis import run

SATURDAY_3AM = "2026-11-28T03:00"
TUESDAY_10AM = "2026-12-01T10:00"


@pytest.fixture
def circle(cli) -> None:
    """Anna by day on weekdays, Bram unknown, Carla always, Dirk at night, in this order."""
    cli.add("Anna", "--crisis", "--phone", "0612345678", "--available", "ma-vr 9-17")
    cli.add("Bram", "--crisis", "--phone", "0687654321")
    cli.add("Carla", "--crisis", "--phone", "0611111111", "--available", "altijd")
    cli.add("Dirk", "--crisis", "--phone", "0622222222", "--available", "'s nachts")
    cli.add("Eva", "--crisis", "--phone", "0633333333", "--available", "bel eerst even")


@pytest.mark.parametrize("blocked", [False, True], ids=["normal", "third-party-blocked"])
def test_the_reachable_come_first_then_unknown_then_not(
    subprocess_env: dict[str, str], circle: None, blocked: bool
) -> None:
    env = {**subprocess_env, "STEUNCIRKEL_NOW": SATURDAY_3AM}
    document = json.loads(run("crisis", "--json", env=env, blocked=blocked).stdout)
    shown = [(e["name"], e["position"], e["reachable_now"]) for e in document["crisis_list"]]
    assert shown == [
        ("Carla", 3, True), ("Dirk", 4, True),  # reachable now, in the user's order
        ("Bram", 2, None), ("Eva", 5, None),  # unknown (nothing, or not readable)
        ("Anna", 1, False),  # a weekday worker at 3 at night
    ]  # fmt: skip
    assert document["now"] == SATURDAY_3AM
    text = run("crisis", env=env, blocked=blocked)
    assert text.returncode == 0 and text.stderr == ""
    out = text.stdout
    order = [
        out.index(f"{n}. {name}")
        for n, name in enumerate(["Carla", "Dirk", "Bram", "Eva", "Anna"], 1)
    ]
    assert order == sorted(order)
    assert "1. Carla (persoon) · nu bereikbaar" in out
    assert "5. Anna (persoon) · nu waarschijnlijk niet bereikbaar" in out
    assert "Bram (persoon)\n" in out  # unknown: no guess either way
    assert "06 12345678" in out  # never hidden


def test_by_day_the_order_follows_the_clock(subprocess_env: dict[str, str], circle: None) -> None:
    env = {**subprocess_env, "STEUNCIRKEL_NOW": TUESDAY_10AM}
    document = json.loads(run("crisis", "--json", env=env).stdout)
    assert [e["name"] for e in document["crisis_list"]] == ["Anna", "Carla", "Bram", "Eva", "Dirk"]


def test_a_v1_store_without_windows_is_read_from_the_text(
    subprocess_env: dict[str, str], home: Path
) -> None:
    anna = {**make_entry(1, "Anna", ["crisis"]), "available": "ma-vr 9-17"}
    bram = {**make_entry(2, "Bram", ["crisis"]), "available": "dag en nacht"}
    write_store(home, json.dumps(make_circle([anna, bram])).encode())
    env = {**subprocess_env, "STEUNCIRKEL_NOW": SATURDAY_3AM}
    document = json.loads(run("crisis", "--json", env=env, blocked=True).stdout)
    assert [(e["name"], e["reachable_now"]) for e in document["crisis_list"]] == [
        ("Bram", True), ("Anna", False)
    ]  # fmt: skip


@pytest.mark.parametrize(
    "windows",
    ["junk", [{"days": [9], "from": "09:00", "to": "17:00"}], [1, 2], {"days": []}],
    ids=["text", "bad-day", "not-windows", "dict"],
)
def test_hand_edited_windows_never_break_crisis(
    subprocess_env: dict[str, str], home: Path, windows: object
) -> None:
    anna = {**make_entry(1, "Anna", ["crisis"]), "available": "altijd"}
    anna["available_windows"] = windows
    doc = make_circle([anna])
    write_store(home, json.dumps(doc).encode())
    env = {**subprocess_env, "STEUNCIRKEL_NOW": SATURDAY_3AM}
    result = run("crisis", "--json", env=env, blocked=True)
    assert result.returncode == 0
    entry = json.loads(result.stdout)["crisis_list"][0]
    assert entry["name"] == "Anna"
    assert entry["reachable_now"] is True  # malformed windows: the text is read again


def _helplines(env: dict[str, str], now: str, country: str = "NL") -> dict[str, dict]:
    result = run("crisis", "--json", env={**env, "STEUNCIRKEL_NOW": now})
    document = json.loads(result.stdout)
    return {h["key"]: h for h in document["helplines"]}


def test_helplines_say_who_answers_now(cli, subprocess_env: dict[str, str]) -> None:
    night = _helplines(subprocess_env, SATURDAY_3AM)
    day = _helplines(subprocess_env, TUESDAY_10AM)
    assert all(h["open_now"] for h in night.values())  # NL lines answer day and night
    assert day["huisarts"]["now"] == "nu: je eigen huisarts"
    assert night["huisarts"]["now"] == "nu: de huisartsenpost"
    assert day["113"]["now"] is None and day["113"]["chat_open_now"] is None
    cli("settings", "--country", "BE")
    be_night = _helplines(subprocess_env, SATURDAY_3AM)
    be_day = _helplines(subprocess_env, TUESDAY_10AM)
    be_evening = _helplines(subprocess_env, "2026-12-01T20:00")
    assert be_night["1733"]["open_now"] is True  # the GP on call: weekend
    assert be_day["1733"]["open_now"] is False  # a weekday morning: your own GP
    assert be_day["1733"]["now"] == "nu gesloten"
    assert be_day["1813"]["open_now"] is True  # the phone always answers
    assert be_day["1813"]["chat_open_now"] is False  # the chat opens at 17:00
    assert be_evening["1813"]["chat_open_now"] is True
    text = run("crisis", env={**subprocess_env, "STEUNCIRKEL_NOW": TUESDAY_10AM}).stdout
    assert "Huisarts van wacht: 1733 · nu gesloten" in text
    assert "Zelfmoordlijn 1813: 1813 · nu alleen telefoon, de chat is dicht" in text
