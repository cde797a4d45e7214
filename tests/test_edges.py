"""Nothing lost at the edges: the store's odd states, and what every command does there.

A missing ``circle.json`` beside its backup is a lost circle, not a new one; a link
to a file that is gone is named as such; a write whose result the reader would refuse
is refused before anything is written; a store the writer could not write back
unchanged is refused as unreadable.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from helpers import make_circle, make_entry, write_store
from test_crisis import run as run_crisis

STORE = "circle.json"
BACKUP = "circle.json.bak"


def _files(home: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in home.iterdir() if p.is_file() and p.suffix != ".lock"}


@pytest.fixture
def lost_store(cli: Any, home: Path) -> Path:
    """A circle of two saves whose circle.json was deleted; the backup holds Anna."""
    cli.add("Anna", "--crisis", "--phone", "0612345678")
    cli.add("Bob")
    (home / STORE).unlink()
    return home


def test_crisis_shows_the_backup_when_the_store_is_missing(
    lost_store: Path, subprocess_env: dict[str, str]
) -> None:
    result = run_crisis("crisis", env=subprocess_env, blocked=True)
    assert result.returncode == 0
    assert "1. Anna" in result.stdout and "06 12345678" in result.stdout
    assert "reservekopie" in result.stdout and "ontbreekt" in result.stdout
    assert "niet goed te lezen" in result.stderr and BACKUP not in result.stderr  # calm
    doc = json.loads(run_crisis("crisis", "--json", env=subprocess_env).stdout)
    assert doc["from_backup"] is True and doc["problem"]["code"] == "store_missing"
    assert "ontbreekt" in doc["problem"]["message"] and BACKUP in doc["problem"]["message"]
    assert [e["name"] for e in doc["crisis_list"]] == ["Anna"]


def test_show_says_the_store_is_missing_and_how_to_bring_it_back(
    cli: Any, lost_store: Path
) -> None:
    for args in (["show"], ["show", "--json"], ["print"], ["settings"]):
        result = cli(*args)
        assert result.exit_code == 1, args
        assert "ontbreekt" in result.stderr and "kopieer" in result.stderr
        assert str(lost_store / BACKUP) in result.stderr
        assert "steuncirkel add" not in result.stdout  # no start guide: the circle is not new


@pytest.mark.parametrize(
    "args",
    [["add", "Carl"], ["add", "Dirk", "--crisis"], ["settings", "--country", "BE"]],
)
def test_writing_commands_refuse_until_the_backup_is_restored(
    cli: Any, lost_store: Path, args: list[str]
) -> None:
    before = _files(lost_store)
    for _ in range(2):  # twice: the second would have pushed out the only backup
        result = cli(*args)
        assert result.exit_code == 1
        assert "ontbreekt" in result.stderr
    assert _files(lost_store) == before
    # The way back the message gives works:
    (lost_store / STORE).write_bytes((lost_store / BACKUP).read_bytes())
    assert cli(*args).exit_code == 0


def test_starting_fresh_after_moving_the_backup_away(cli: Any, lost_store: Path) -> None:
    (lost_store / BACKUP).rename(lost_store.parent / "old-circle.json")
    assert cli("add", "Carl").exit_code == 0


def test_a_dangling_link_as_the_store_is_named_everywhere(
    cli: Any, home: Path, tmp_path: Path, subprocess_env: dict[str, str]
) -> None:
    cli.add("Anna", "--crisis", "--phone", "0612345678")
    cli.add("Bob")
    gone = tmp_path / "usb-stick" / "circle.json"
    (home / STORE).unlink()
    (home / STORE).symlink_to(gone)
    before = _files(home)
    for args in (["show"], ["add", "Carl"], ["print"], ["settings", "--country", "BE"]):
        result = cli(*args)
        assert result.exit_code == 1, args
        assert "koppeling" in result.stderr and str(gone) in result.stderr, args
    assert (home / STORE).is_symlink() and _files(home) == before
    result = run_crisis("crisis", env=subprocess_env, blocked=True)
    assert result.returncode == 0 and "1. Anna" in result.stdout  # from the backup
    assert "niet goed te lezen" in result.stderr
    detail = json.loads(run_crisis("crisis", "--json", env=subprocess_env).stdout)["problem"]
    assert "koppeling" in detail["message"] and str(gone) in detail["message"]


def test_no_store_and_no_backup_is_still_a_new_circle(cli: Any, home: Path) -> None:
    result = cli("show")
    assert result.exit_code == 0 and "steuncirkel add" in result.stdout
    assert not os.path.exists(home)


# --- what the reader refuses, the writer never writes; what the reader keeps, it keeps -----


def _store_with(home: Path, extra: str) -> bytes:
    """A valid one-entry store with ``extra`` (raw JSON text) as an unknown top-level key."""
    from helpers import circle_bytes, valid_circle, write_store

    text = circle_bytes(valid_circle("Anna")).decode().rstrip()
    assert text.endswith("}")
    data = (text[:-1].rstrip() + f',\n  "zzz": {extra}\n}}\n').encode()
    write_store(home, data)
    return data


@pytest.mark.parametrize(
    ("extra", "where"),
    [
        ('{"a": 1e400}', "zzz.a"),
        ('{"a": [1, -1E+999]}', "zzz.a[1]"),
        ('{"b": 1e-400}', "zzz.b"),
        ('{"c": ' + "9" * 5000 + "}", "zzz.c"),
        ('{"d": 1.0000000000000000000001}', "zzz.d"),  # more digits than a float keeps
        ('{"e": 12345678901234567890.5}', "zzz.e"),
        ('{"f": NaN}', "zzz.f"),
        ('{"g": -' + "9" * 4001 + "}", "zzz.g"),
    ],
)
def test_a_number_that_would_change_on_writing_is_refused_by_name(
    cli: Any, home: Path, extra: str, where: str
) -> None:
    data = _store_with(home, extra)
    for args in (["show"], ["add", "Bob"]):
        result = cli(*args)
        assert result.exit_code == 1
        assert where in result.stderr and "getal" in result.stderr
        assert "set_int_max_str_digits" not in result.stderr
    assert (home / STORE).read_bytes() == data


def test_a_huge_version_number_is_a_plain_sentence(cli: Any, home: Path) -> None:
    from helpers import write_store

    write_store(home, b'{"format": "steuncirkel", "version": ' + b"1" * 5000 + b"}")
    result = cli("show")
    assert result.exit_code == 1 and "version" in result.stderr
    assert "set_int_max_str_digits" not in result.stderr and len(result.stderr) < 600


def test_unknown_keys_with_ordinary_numbers_are_kept_exactly(cli: Any, home: Path) -> None:
    from decimal import Decimal

    literals = {"a": "1e300", "b": "-0.0", "c": "12345678901234567890", "d": "0.5",
                "e": "1E5", "f": "0.1", "g": "2.50", "h": "-" + "9" * 4000}  # fmt: skip
    _store_with(home, "{" + ", ".join(f'"{k}": {v}' for k, v in literals.items()) + "}")
    assert cli("add", "Bob").exit_code == 0
    kept = json.loads((home / STORE).read_text(), parse_float=Decimal, parse_int=Decimal)["zzz"]
    assert {k: Decimal(v) for k, v in literals.items()} == kept  # the same values, exactly


def _nested(levels: int) -> str:
    return '{"a": ' * levels + "1" + "}" * levels


def test_the_deepest_store_the_reader_takes_is_written_back_unchanged(cli: Any, home: Path) -> None:
    from steuncirkel.base.storefile import MAX_DEPTH

    # The top object is level 1, so an unknown key may hold MAX_DEPTH - 1 levels.
    _store_with(home, _nested(MAX_DEPTH - 1))
    assert cli("add", "Bob").exit_code == 0
    assert cli("add", "Carl").exit_code == 0
    stored = json.loads((home / STORE).read_text())["zzz"]
    assert json.dumps(stored, separators=(", ", ": ")) == _nested(MAX_DEPTH - 1)


@pytest.mark.parametrize("levels", [0, 1, 236, 300])
def test_a_store_nested_deeper_than_the_limit_is_refused_before_any_write(
    cli: Any, home: Path, levels: int
) -> None:
    from steuncirkel.base.storefile import MAX_DEPTH

    data = _store_with(home, _nested(MAX_DEPTH + levels))
    for args in (["show"], ["add", "Bob"], ["print"]):
        result = cli(*args)
        assert result.exit_code == 1, args
        assert str(MAX_DEPTH) in result.stderr and "genest" in result.stderr
        assert "fout in steuncirkel" not in result.stderr  # not "a bug"
    assert (home / STORE).read_bytes() == data


def test_a_write_the_reader_would_refuse_is_refused_at_the_byte(
    cli: Any, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer's output and the reader's size limit agree, tested at the boundary."""
    from steuncirkel.base import storefile
    from steuncirkel.store import Store

    cli.add("Anna")

    def with_note(length: int) -> Any:
        def change(circle: Any) -> Any:
            entry = circle.entries[0].model_copy(update={"note": "x" * length})
            return circle.model_copy(update={"entries": [entry]})

        return change

    from steuncirkel.working import to_store

    circle = Store(home).load()
    base = len(to_store(circle, with_note(1)(circle)))
    limit = base + 999  # a note of 1000 characters makes the store exactly this size
    monkeypatch.setattr(storefile, "MAX_BYTES", limit)
    before = (home / STORE).read_bytes()
    from steuncirkel.base.errors import StoreError

    with pytest.raises(StoreError) as refused:
        Store(home).update(with_note(1001))
    assert refused.value.msg.value == "store_would_be_too_big"
    assert (home / STORE).read_bytes() == before
    Store(home).update(with_note(1000))
    assert (home / STORE).stat().st_size == limit
    assert Store(home).load().entries[0].note == "x" * 1000  # the reader takes it
    shown = cli("show")
    assert shown.exit_code == 0


def test_add_says_when_the_circle_would_grow_too_large(
    cli: Any, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from steuncirkel.base import storefile

    cli.add("Anna")
    before = (home / STORE).read_bytes()
    monkeypatch.setattr(storefile, "MAX_BYTES", len(before) + 100)
    result = cli("add", "Bob", "--note", "x" * 500)
    assert result.exit_code == 1
    assert "groter" in result.stderr and "niets veranderd" in result.stderr
    assert (home / STORE).read_bytes() == before
    assert not (home / BACKUP).exists()


# --- crisis when the store cannot say much ----------------------------------------------


@pytest.mark.parametrize(
    ("locale", "shown", "hidden"),
    [
        ("nl_BE.UTF-8", ["1813"], ["0800 0113"]),
        ("fr_BE.UTF-8", ["1813"], ["0800 0113"]),
        ("nl_NL.UTF-8", ["0800 0113"], ["1813"]),
        ("C.UTF-8", ["0800 0113", "1813"], []),
        ("de_DE.UTF-8", ["0800 0113", "1813"], []),
    ],
)
def test_crisis_with_an_unknown_country_uses_the_locale_or_shows_both(
    home: Path, subprocess_env: dict[str, str], locale: str, shown: list[str], hidden: list[str]
) -> None:
    from helpers import write_store

    write_store(home, b'{"format": "steuncirkel", "vers')  # no backup either
    env = {**subprocess_env, "LANG": locale, "LC_ALL": "", "LC_MESSAGES": ""}
    result = run_crisis("crisis", env=env, blocked=True)
    assert result.returncode == 0
    for number in shown:
        assert number in result.stdout
    for number in hidden:
        assert number not in result.stdout
    assert "112" in result.stdout
    doc = json.loads(run_crisis("crisis", "--json", env=env).stdout)
    countries = {line["country"] for line in doc["helplines"] if line["key"] != "112"}
    assert doc["country_known"] is (len(shown) == 1)
    assert doc["country"] in ("NL", "BE")  # a string, as in version 1 of the document
    if len(shown) == 1:
        assert countries == {doc["country"]}
    else:
        assert countries == {"NL", "BE"}
    assert any(line["key"] == "112" for line in doc["helplines"])


@pytest.mark.parametrize(("locale", "country"), [("C.UTF-8", "NL"), ("nl_BE.UTF-8", "BE")])
def test_crisis_without_any_store_uses_the_locale_else_the_default(
    home: Path, subprocess_env: dict[str, str], locale: str, country: str
) -> None:
    """A new Flemish user sees 1813 before having set anything up."""
    env = {**subprocess_env, "LANG": locale, "LC_ALL": ""}
    doc = json.loads(run_crisis("crisis", "--json", env=env).stdout)
    assert doc["country"] == country and doc["country_known"] is True


def _hand_edited(home: Path, entries: list[dict[str, Any]], order: list[str]) -> None:
    from helpers import circle_bytes, make_circle, write_store

    circle = make_circle(entries)
    circle["crisis_order"] = order
    write_store(home, circle_bytes(circle))


@pytest.mark.parametrize("oddity", ["empty-name", "blank-name", "no-id", "number-id", "twin-id"])
def test_crisis_never_drops_an_entry_with_a_number(
    home: Path, subprocess_env: dict[str, str], oddity: str
) -> None:
    from helpers import make_entry

    good = {**make_entry(0, "Anna", ["crisis"]), "phone": "+31612345678",
            "phone_display": "06 12345678"}  # fmt: skip
    odd = {**make_entry(1, "Bert", ["crisis"]), "phone": "+31687654321",
           "phone_display": "06 87654321"}  # fmt: skip
    if oddity == "empty-name":
        odd["name"] = ""
    elif oddity == "blank-name":
        odd["name"] = "   "
    elif oddity == "no-id":
        del odd["id"]
    elif oddity == "number-id":
        odd["id"] = 7
    else:
        odd["id"] = good["id"]
    _hand_edited(home, [good, odd], [good["id"]])
    for blocked in (True, False):
        result = run_crisis("crisis", env=subprocess_env, blocked=blocked)
        assert result.returncode == 0
        assert "06 12345678" in result.stdout and "06 87654321" in result.stdout
        assert result.stdout.index("06 12345678") < result.stdout.index("06 87654321")
        assert result.stderr.strip(), "say on stderr what is odd"
        if "name" in oddity:
            assert "2. (naam ontbreekt)" in result.stdout


def test_more_than_five_on_a_hand_edited_list_prints_five_and_a_count(
    cli: Any, home: Path, tmp_path: Path
) -> None:
    from helpers import make_entry

    entries = [
        {**make_entry(n, f"Persoon {n}", ["crisis"]), "phone": f"+3161234567{n}"} for n in range(8)
    ]
    _hand_edited(home, entries, [e["id"] for e in entries])
    text = cli("print").stdout
    assert "5. Persoon 4" in text and "Persoon 5" not in text
    assert "+ nog 3 op je crisislijst" in text
    for fmt, layout in (("html", "card"), ("html", "poster"), ("markdown", "poster")):
        out = tmp_path / f"{layout}.{fmt}"
        assert cli("print", "--format", fmt, "--layout", layout, "-o", str(out)).exit_code == 0
        page = out.read_text(encoding="utf-8")
        assert "Persoon 4" in page and "Persoon 5" not in page and "3" in page
    assert "+ nog 3" in (tmp_path / "card.html").read_text(encoding="utf-8")


# --- the data folder named wrongly ------------------------------------------------------


@pytest.mark.parametrize("value", ["", "  "])
@pytest.mark.parametrize(
    "args", [["show"], ["add", "Carl"], ["print"], ["settings", "--country", "BE"]]
)
def test_an_empty_home_option_is_refused_not_the_real_folder(
    cli: Any, home: Path, value: str, args: list[str]
) -> None:
    """`--home "$DIR"` with DIR unset must not quietly act on the real data folder."""
    cli.add("Anna")
    before = _files(home)
    result = cli(*args, "--home", value)
    assert result.exit_code == 1
    assert "--home is leeg" in result.stderr and "Traceback" not in result.stderr
    assert _files(home) == before
    result = cli("--home", value, *args)
    assert result.exit_code == 1 and "--home is leeg" in result.stderr


def test_crisis_with_an_empty_home_still_shows_the_helplines(
    cli: Any, home: Path, subprocess_env: dict[str, str]
) -> None:
    cli.add("Anna", "--crisis")
    result = run_crisis("crisis", "--home=", env=subprocess_env, blocked=True)
    assert result.returncode == 0 and "112" in result.stdout
    assert "Anna" not in result.stdout  # not the real folder's list
    assert result.stderr.startswith("--home is leeg")


def test_an_empty_steuncirkel_home_counts_as_unset(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from steuncirkel.base.context import Context, default_home

    env = {"HOME": str(home), "STEUNCIRKEL_HOME": " "}
    assert Context(environ=env).home() == default_home(env)


def test_a_home_folder_we_may_not_read_is_our_sentence_not_clicks(
    cli: Any, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As root chmod cannot take the right away, so the refusal is injected."""
    import errno

    from steuncirkel.base import storefile

    cli.add("Anna")
    real_open = os.open

    def denied(path: Any, *args: Any, **kwargs: Any) -> int:
        if str(path).startswith(str(home)):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(storefile.os, "open", denied)
    for args in (["show"], ["--lang", "en", "show"]):
        result = cli(*args, "--home", str(home))
        assert result.exit_code == 1
        assert "Usage" not in result.stderr and "Error" not in result.stderr
        assert ("toestemming" if "en" not in args else "permission") in result.stderr


# --- words that were wrong ---------------------------------------------------------------


def test_a_long_where_is_named_as_a_reader_would(cli: Any) -> None:
    result = cli("add", "Anna", "--where", "x" * 201, lang="en")
    assert result.exit_code == 1
    assert "The address or place has 201 characters" in result.stderr
    dutch = cli("add", "Anna", "--where", "x" * 201)
    assert "Het veld adres of plek heeft 201 tekens" in dutch.stderr


def test_an_overfull_crisis_list_is_not_nine_of_five(cli: Any, home: Path) -> None:
    from helpers import make_entry

    entries = [make_entry(n, f"Persoon {n}", ["crisis"]) for n in range(9)]
    _hand_edited(home, entries, [e["id"] for e in entries])
    out = cli("show").stdout
    assert "9 van 5" not in out
    assert "Crisislijst - 9 (bedoeld voor 5)" in out


def test_home_that_is_a_file_names_that_file(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, subprocess_env: dict[str, str]
) -> None:
    afile = tmp_path / "not-a-folder"
    afile.write_text("x")
    monkeypatch.delenv("STEUNCIRKEL_HOME")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(afile))
    for args in (["show"], ["add", "Anna"]):
        result = cli(*args)
        assert result.exit_code == 1
        assert result.stderr.startswith(f"{afile} is een bestand en geen map")
    env = {
        k: v for k, v in subprocess_env.items() if k not in ("STEUNCIRKEL_HOME", "XDG_DATA_HOME")
    }
    result = run_crisis("crisis", "--json", env={**env, "HOME": str(afile)}, blocked=True)
    detail = json.loads(result.stdout)["problem"]["message"]
    assert result.returncode == 0 and f"{afile} is een bestand" in detail
    assert ".local" not in detail
    assert afile.read_text() == "x"


def test_crisis_json_keeps_its_version_1_types_for_a_damaged_entry(
    home: Path, subprocess_env: dict[str, str]
) -> None:
    from helpers import make_entry

    odd = {**make_entry(1, "Bert", ["crisis"]), "phone": "+31687654321"}
    del odd["id"]
    _hand_edited(home, [odd], [])
    doc = json.loads(run_crisis("crisis", "--json", env=subprocess_env).stdout)
    assert doc["version"] == 1
    assert doc["crisis_list"][0]["id"] == "" and doc["crisis_list"][0]["name"] == "Bert"


@pytest.mark.parametrize(
    "extra", ['{"a": 1e400}', '{"a": NaN}', '{"a": 1, "a": 2}', '"\\ud800"', _nested(80)]
)
def test_crisis_still_shows_the_list_beside_junk_in_an_unknown_key(
    home: Path, subprocess_env: dict[str, str], extra: str
) -> None:
    """A hand-added key the writer could not keep must not hide the crisis contacts."""
    from helpers import circle_bytes, make_circle, make_entry, write_store

    anna = {**make_entry(0, "Anna", ["crisis"]), "phone": "+31612345678",
            "phone_display": "06 12345678"}  # fmt: skip
    text = circle_bytes(make_circle([anna])).decode().rstrip()
    write_store(home, (text[:-1].rstrip() + f',\n  "zzz": {extra}\n}}\n').encode())
    result = run_crisis("crisis", env=subprocess_env, blocked=True)
    assert result.returncode == 0
    assert "1. Anna" in result.stdout and "06 12345678" in result.stdout
    assert result.stderr.strip()  # and says the file needs attention


def test_a_phone_stored_as_a_number_is_reported_not_dropped_silently(
    home: Path, subprocess_env: dict[str, str], cli: Any
) -> None:
    from helpers import make_entry

    anna = {**make_entry(0, "Anna", ["crisis"]), "phone": 612345678}
    _hand_edited(home, [anna], [anna["id"]])
    result = run_crisis("crisis", env=subprocess_env, blocked=True)
    assert result.returncode == 0 and "1. Anna" in result.stdout
    assert "niet goed te lezen" in result.stderr
    detail = json.loads(run_crisis("crisis", "--json", env=subprocess_env).stdout)["problem"]
    assert "entries[0].phone" in detail["message"]
    shown = cli("show")
    assert shown.exit_code == 1 and "entries[0].phone" in shown.stderr


@pytest.mark.parametrize(
    ("err", "words"),
    [("ELOOP", "naar zichzelf"), ("EISDIR", "een map waar een bestand hoort"),
     ("EIO", "de schijf meldde een fout"), ("EFBIG", "niet groter"), ("ENOSPC", "vol"),
     ("ENAMETOOLONG", "te lang"), ("ENOENT", "bestaat niet"), ("EEXIST", "al iets"),
     ("EAGAIN", "niets gelezen"), ("EBADF", "gesloten")],
)  # fmt: skip
def test_system_errors_are_said_in_the_users_words(err: str, words: str) -> None:
    import errno

    from steuncirkel.base.i18n import message
    from steuncirkel.base.storefile import io_reason

    code = getattr(errno, err)
    reason, params = io_reason(OSError(code, os.strerror(code)))
    text = message(reason, "nl", params)
    assert words in text and os.strerror(code) not in text


def test_a_markdown_count_line_is_not_a_bullet(cli: Any, home: Path) -> None:
    from markdown_it import MarkdownIt

    from helpers import make_entry

    entries = [make_entry(n, f"Persoon {n}", ["crisis"]) for n in range(7)]
    _hand_edited(home, entries, [e["id"] for e in entries])
    html = MarkdownIt().render(cli("print", "--format", "markdown").stdout)
    assert "+ nog 2 op je crisislijst" in html and "<li>nog 2" not in html


def test_a_backup_that_is_a_folder_is_not_a_circle_to_bring_back(cli: Any, home: Path) -> None:
    home.mkdir()
    (home / BACKUP).mkdir()
    result = cli("show")
    assert result.exit_code == 0 and "ontbreekt" not in result.stderr


def test_a_phone_as_a_number_still_shows_its_display_form_in_crisis(
    home: Path, subprocess_env: dict[str, str]
) -> None:
    from helpers import make_entry

    bob = {**make_entry(0, "Bob", ["crisis"]), "phone": 31687654321,
           "phone_display": "06 87654321"}  # fmt: skip
    _hand_edited(home, [bob], [bob["id"]])
    result = run_crisis("crisis", env=subprocess_env, blocked=True)
    assert "06 87654321" in result.stdout and "niet goed te lezen" in result.stderr


def test_a_global_option_without_its_value_does_not_swallow_the_next(
    cli: Any, home: Path, tmp_path: Path, subprocess_env: dict[str, str]
) -> None:
    """`crisis --lang --home DIR`: --home DIR is still the folder, never the default."""
    other = tmp_path / "other"
    assert cli("add", "Tess", "--crisis", "--home", str(other)).exit_code == 0
    cli.add("Anna", "--crisis")  # in the usual folder
    for args in (["crisis", "--lang", "--home", str(other)],
                 ["--lang", "--home", str(other), "crisis"]):  # fmt: skip
        result = run_crisis(*args, env=subprocess_env, blocked=True)
        assert result.returncode == 2 and "--lang" in result.stderr
        assert "1. Tess" in result.stdout and "Anna" not in result.stdout


def test_an_empty_output_name_is_said_plainly(cli: Any) -> None:
    result = cli("--demo", "print", "--output", "")
    assert result.exit_code == 1 and "--output is leeg" in result.stderr


def test_a_circle_past_the_old_16_mb_limit_reads_and_saves(cli, home: Path) -> None:
    """Issue #12: 100,000 entries (about 70 MB) must work; the limit is 128 MB, the same
    for reading and for writing."""
    doc = make_circle([make_entry(1, "Anna", ["listens"])])
    doc["x-large"] = "x" * (17 * 2**20)  # past the old limit, well within the new one
    write_store(home, json.dumps(doc).encode())
    shown = cli("show", "--json")
    assert shown.exit_code == 0, shown.stderr
    assert cli("add", "Bram").exit_code == 0
    assert len(json.loads((home / "circle.json").read_bytes())["x-large"]) == 17 * 2**20
