"""The word wrapper behind the terminal views."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from steuncirkel.render.lines import Block, to_text, wrap


def plain(block: Block, width: int) -> list[str]:
    return ["".join(text for text, _ in line) for line in wrap(block, width)]


def test_wraps_at_word_boundaries_with_a_hanging_indent() -> None:
    block = Block(indent=2, hang=5).add("1. ").add("een twee drie vier vijf zes", "bold")
    assert plain(block, 16) == ["  1. een twee", "     drie vier", "     vijf zes"]


def test_a_word_longer_than_the_line_is_split() -> None:
    assert plain(Block().add("x" * 25), 10) == ["x" * 10, "x" * 10, "x" * 5]


def test_wide_characters_count_as_two_cells() -> None:
    lines = plain(Block().add("日本語 日本語 日本語"), 8)
    assert all(cell_len(line) <= 8 for line in lines)


def test_plain_output_has_no_styles_and_no_trailing_spaces() -> None:
    text = to_text([Block(indent=2).add("hallo  ", "bold red"), Block()], 80)
    assert text == "  hallo\n\n"


words = st.text(alphabet=st.characters(categories=["L", "N", "P", "So"]), min_size=1, max_size=30)


@given(st.lists(words, min_size=1, max_size=30), st.integers(min_value=10, max_value=120))
def test_no_line_is_wider_than_the_width_and_no_word_is_lost(parts: list[str], width: int) -> None:
    block = Block(indent=2, hang=4).add(" ".join(parts))
    lines = plain(block, width)
    assert all(cell_len(line) <= width for line in lines)
    assert "".join("".join(lines).split()) == "".join(parts)


# Control characters never reach the wrapper: ``visible()`` escapes them first.
any_text = st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=40)


def test_cells_of_the_shortcut_boundaries() -> None:
    from steuncirkel.render.lines import cells

    for text in ("Zoë · Ñúñez—Çelik…", "a\u00adb", "→ 112", "日本", "e\u0301", "🌻"):
        assert cells(text) == cell_len(text), text


@given(st.lists(any_text, min_size=1, max_size=4), st.integers(0, 6), st.integers(8, 60))
def test_a_line_that_fits_is_written_as_the_wrapper_would(
    parts: list[str], indent: int, width: int
) -> None:
    """``to_text`` writes a line that fits without the wrapper; the result is the same."""
    block = Block(indent=indent)
    for part in parts:
        block.add(part)
    by_wrapper = "".join(
        "".join(text for text, _ in line).rstrip(" ") + "\n" for line in wrap(block, width)
    )
    if block.spans:
        assert to_text([block], width) == by_wrapper
