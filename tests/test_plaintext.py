"""The one plain-text wrapper: textwrap's lines for ordinary text, and 80 cells for wide text."""

from __future__ import annotations

import json
import textwrap

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from steuncirkel.base.plaintext import cells, wrapped

# One cell per character: letters, digits, accents, hyphens, tabs and runs of spaces.
ordinary = st.text(alphabet="ab c-d  e\tfghij é0123456789\n", max_size=150)


@given(
    ordinary,
    st.integers(min_value=0, max_value=6),
    st.one_of(st.none(), st.integers(min_value=0, max_value=8)),
    st.integers(min_value=10, max_value=90),
)
def test_ordinary_text_wraps_exactly_as_textwrap(
    text: str, indent: int, hang: int | None, width: int
) -> None:
    expected = textwrap.wrap(
        text,
        width=width,
        initial_indent=" " * indent,
        subsequent_indent=" " * (indent if hang is None else hang),
        break_on_hyphens=False,
    ) or [""]
    assert wrapped(text, indent, hang, width) == expected


wide = st.text(alphabet="日本語🌻😊 abcé\u0301-", min_size=1, max_size=120)


@given(wide, st.integers(min_value=12, max_value=90))
def test_wide_text_fits_the_width_in_cells_and_loses_nothing(text: str, width: int) -> None:
    lines = wrapped(text, 2, 4, width)
    assert all(cell_len(line) <= width for line in lines)
    assert all(cells(line) == cell_len(line) for line in lines)
    assert "".join("".join(lines).split()) == "".join(text.split())


def test_crisis_with_emoji_names_stays_within_80_columns(cli, home, subprocess_env, exe) -> None:
    import subprocess

    name = "Zoë 🌻🌻🌻🌻🌻🌻🌻🌻🌻🌻 Ñúñez-Çelik van der Heijden-Vandenbroucke"
    cli.add(name, "--crisis", "--phone", "0612345678", "--available", "🌻 " * 30)
    result = subprocess.run([exe, "crisis"], env=subprocess_env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Vandenbroucke" in result.stdout
    assert all(cell_len(line) <= 80 for line in result.stdout.splitlines())
    printed = cli("print").stdout
    assert all(cell_len(line) <= 80 for line in printed.splitlines()), printed
    assert json.loads((home / "circle.json").read_text("utf-8"))["entries"][0]["name"] == name
