"""Docs that cannot drift: the store schema, the README's quick start, every command documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import command_names
from steuncirkel.models import schema_text

ROOT = Path(__file__).resolve().parent.parent


def test_store_schema_in_docs_is_current() -> None:
    path = ROOT / "docs" / "schema" / "circle.schema.json"
    assert path.read_text(encoding="utf-8") == schema_text(), (
        "docs/schema/circle.schema.json is stale: run `python scripts/gen_schema.py`"
    )


def test_readme_quick_start_has_exactly_two_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^## Quick start$(.*?)^## ", text, re.M | re.S)
    assert match, "README needs a '## Quick start' section"
    blocks = re.findall(r"```bash\n(.*?)```", match.group(1), re.S)
    assert len(blocks) == 2
    assert "--demo show" in blocks[0] and "venv" in blocks[0]
    assert "[test]" in blocks[1] and "pytest" in blocks[1]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for needed in ("ruff check", "ruff format --check", "mypy", "pytest", "build"):
        assert needed in ci


@pytest.mark.parametrize("guide", ["guide.nl.md", "guide.en.md"])
def test_every_command_is_in_both_guides(guide: str) -> None:
    """Every command the Typer app has (read from the app itself) is in both guides."""
    text = (ROOT / "docs" / guide).read_text(encoding="utf-8")
    names = command_names()
    assert len(names) >= 5, names  # add, crisis, print, settings, show at least
    for name in names:
        assert re.search(rf"\bsteuncirkel {name}\b", text), (guide, f"steuncirkel {name}")
    assert "--demo" in text, (guide, "--demo")


def test_user_docs_exist() -> None:
    for name in ("privacy.md", "exit-codes.md", "store.md", "json.md"):
        assert (ROOT / "docs" / name).is_file(), name


def test_architecture_names_every_module() -> None:
    """docs/architecture.md cannot drift: every module of the package is on the map."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    package = ROOT / "src" / "steuncirkel"
    modules = sorted(p.relative_to(package).as_posix() for p in package.rglob("*.py"))
    named = set(re.findall(r"`([\w/]+\.py)`", text))
    # A package may be named by its folder ("base/i18n/") when none of its files is
    # named on its own; "base/" does not cover base/context.py.
    folders = {
        f for f in re.findall(r"`([\w/]+/)`", text) if not any(n.startswith(f) for n in named)
    }
    missing = [m for m in modules if m not in named and not any(m.startswith(f) for f in folders)]
    assert missing == [], f"add these to docs/architecture.md: {missing}"
    stale = [m for m in named if not (package / m).is_file() and not (ROOT / m).is_file()]
    assert stale == [], f"docs/architecture.md names modules that do not exist: {stale}"


def test_the_layout_words_the_docs_name_are_the_ones_print_takes(cli) -> None:
    """docs/exit-codes.md once listed `--layout kaart` as a mistake while print took it."""
    from steuncirkel.render import LAYOUT_WORDS

    docs = (ROOT / "docs" / "exit-codes.md").read_text(encoding="utf-8")
    for word in LAYOUT_WORDS:
        assert f"`{word}`" in docs, word
        result = cli("--demo", "print", "--format", "html", "--layout", word)
        assert result.exit_code == 0, word
    assert "--layout kaart` (" not in docs
    assert cli("--demo", "print", "--layout", "wall").exit_code == 2
