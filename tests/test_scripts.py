"""Issue #11 item 8, every name prints: one name per script on the PDF poster and card.

DejaVu Sans prints Latin, Cyrillic, Arabic and Hebrew; the subset Noto fonts shipped in
``steuncirkel/fonts`` print Ge'ez, Hangul, Devanagari, Tamil, Thai, Georgian, Armenian,
Tifinagh and emoji, with no system font at all; Chinese and Japanese print with a system
font (Debian fonts-droid-fallback, which .ci/run installs, found by path or fontconfig).
A letter no font has is said on stderr in the user's language, naming the entry.
"""

from __future__ import annotations

import os
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from helpers import circle_with
from steuncirkel import reading
from steuncirkel.render import PrintOptions, pdfkit
from steuncirkel.render.pdf import render

FONTS = Path(pdfkit.__file__).resolve().parent.parent / "fonts"

# One name per script, five to a circle (the crisis list prints each name whole).
SHIPPED = {
    "Ge'ez (Tigrinya)": "ሰላም ተስፋይ",
    "Ge'ez (Amharic)": "አበበ ቢቂላ",
    "Hangul": "김민준",
    "Devanagari": "प्रिया शर्मा",
    "Tamil": "கார்த்திக் முருகன்",
    "Thai": "สมชาย ใจดี",
    "Georgian": "ნინო ბერიძე",
    "Armenian": "Անի Պետրոսյան",
    "Tifinagh": "ⵎⴰⵙⵉⵏⵉⵙⴰ",
    "emoji": "Oma 🌻",
    "emoji with a variation selector": "Mam ❤️",
    "Arabic": "فاطمة الزهراء",
    "Hebrew": "יעל כהן",
}
CJK = {"Chinese": "王小明", "Japanese": "佐藤花子"}
LINEAR_B = "𐀀𐀁𐀂"  # an ancient script: no font of ours, none on a usual system


def groups(names: list[str], size: int = 5) -> list[list[str]]:
    return [names[i : i + size] for i in range(0, len(names), size)]


def extracted(data: bytes, tmp_path: Path) -> str:
    """The PDF's text as pypdf reads it, on one line (the card wraps a long name). A
    shaped syllable (Devanagari प्रि: the vowel sign drawn first) is several glyphs;
    fpdf2 gives the syllable's text to the first and none to the rest, which pypdf shows
    as control characters: left out here."""
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(
        "".join(c for c in text if c.isspace() or unicodedata.category(c) != "Cc").split()
    )


def rendered(names: list[str], layout: str) -> bytes:
    view = reading.print_view(circle_with(names), date(2026, 3, 4))
    return render(view, "nl", PrintOptions(layout=layout))


@pytest.fixture
def no_system_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the fonts in the package: no known paths, no fontconfig."""
    monkeypatch.setattr(pdfkit, "SYSTEM_FALLBACKS", ())
    monkeypatch.setattr(pdfkit, "_fontconfig", lambda char: None)


@pytest.mark.parametrize("layout", ["poster", "card"])
@pytest.mark.parametrize("names", groups(list(SHIPPED.values())), ids=lambda g: g[0])
def test_every_shipped_script_prints_with_our_fonts_alone(
    names: list[str], layout: str, tmp_path: Path, no_system_fonts: None
) -> None:
    text = extracted(rendered(names, layout), tmp_path)
    for name in names:
        assert name in text, name


def test_shipped_fonts_cover_their_scripts_and_nothing_is_missing(no_system_fonts: None) -> None:
    view = reading.print_view(circle_with(list(SHIPPED.values())), date(2026, 3, 4))
    fonts, missing = pdfkit.fallbacks_for(view)
    assert not missing, missing
    assert all(Path(font).parent == FONTS for font in fonts), fonts
    assert pdfkit.needs_shaping(view)  # Devanagari, Tamil and Thai are shaped


def test_each_shipped_font_has_only_its_blocks_and_is_small() -> None:
    """A font's code points lie in the blocks pdfkit matches it by (so it is only read
    when needed), and the fonts together stay small in the wheel."""
    shared = {0x20, 0xA0, 0x200B, 0x200C, 0x200D, 0x25CC}
    total = 0
    for name, blocks in pdfkit.SCRIPT_FONTS:
        path = FONTS / name
        total += path.stat().st_size
        font = TTFont(path)
        assert "glyf" in font, f"{name}: TrueType outlines (fpdf2's CFF fonts read badly)"
        stray = {c for c in font.getBestCmap() if c not in shared
                 and not any(low <= c <= high for low, high in blocks)}  # fmt: skip
        assert not stray, (name, sorted(hex(c) for c in stray)[:5])
    assert total < 3_000_000, total
    licence = (FONTS / "LICENSE-Noto.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence


def test_a_latin_circle_reads_no_extra_font(monkeypatch: pytest.MonkeyPatch) -> None:
    """The 10,000-entry PDF stays fast: Latin names open no font but DejaVu."""
    opened: list[str] = []
    real = pdfkit._cmap

    def spy(path: str, number: int = 0) -> frozenset[int]:
        opened.append(Path(path).name)
        return real(path, number)

    monkeypatch.setattr(pdfkit, "_cmap", spy)
    view = reading.print_view(circle_with(["Anna", "Zoë Öztürk", "Łucja"]), date(2026, 3, 4))
    assert pdfkit.fallbacks_for(view) == ([], set())
    assert set(opened) <= {"DejaVuSans.ttf"}
    assert not pdfkit.needs_shaping(view)


def test_a_font_without_outlines_is_never_chosen(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A font with colour bitmaps only (Noto Color Emoji on many systems) has the
    letters but fpdf2 draws nothing for them: the one font reader (``layout.font_face``)
    says so, and the fallback search passes it by."""
    from steuncirkel.render import layout

    bitmaps_only = TTFont(FONTS / "NotoSansThai-Regular.ttf")
    del bitmaps_only["glyf"], bitmaps_only["loca"]
    path = tmp_path / "bitmaps.ttf"
    bitmaps_only.save(path)
    face = layout.font_face(str(path))
    assert 0x0E2A in face.cmap and not face.drawable
    monkeypatch.setattr(pdfkit, "SCRIPT_FONTS", ())
    monkeypatch.setattr(pdfkit, "SYSTEM_FALLBACKS", (str(path),))
    monkeypatch.setattr(pdfkit, "_fontconfig", lambda char: None)
    assert pdfkit.fonts_for({"\u0e2a"}) == ([], {"\u0e2a"})
    monkeypatch.setattr(pdfkit, "SYSTEM_FALLBACKS", (str(FONTS / "NotoSansThai-Regular.ttf"),))
    fonts, missing = pdfkit.fonts_for({"\u0e2a"})
    assert [Path(font).name for font in fonts] == ["NotoSansThai-Regular.ttf"] and not missing


def test_a_thai_name_opens_only_the_thai_font(monkeypatch: pytest.MonkeyPatch) -> None:
    view = reading.print_view(circle_with(["สมชาย ใจดี"]), date(2026, 3, 4))
    fonts, missing = pdfkit.fallbacks_for(view)
    assert [Path(font).name for font in fonts] == ["NotoSansThai-Regular.ttf"]
    assert not missing


def test_cli_prints_every_script_without_a_warning(cli, tmp_path: Path) -> None:  # noqa: ANN001
    """All the names in one circle, through ``print``: no word on stderr but 'written'
    (CJK from the system font CI installs)."""
    if not Path(pdfkit.SYSTEM_FALLBACKS[0]).exists() and not os.environ.get("CI"):
        pytest.skip("no CJK font on this machine")
    names = [*SHIPPED.values(), *CJK.values()]
    for n, name in enumerate(names):
        cli.add(name, *(["--crisis"] if n < 5 else []), "--phone", f"06123456{n:02d}")
    for layout in ("poster", "card"):
        out = tmp_path / f"{layout}.pdf"
        result = cli("print", "--format", "pdf", "--layout", layout, "--output", str(out))
        assert result.exit_code == 0, result.stderr
        assert "letters niet tonen" not in result.stderr, result.stderr
        assert "glyph" not in result.stderr  # fpdf2's English log
        assert out.stat().st_size > 0


@pytest.mark.parametrize("name", list(CJK.values()))
def test_chinese_and_japanese_print_with_a_font_fontconfig_finds(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not through the known paths: fontconfig (fc-match) finds a system font."""
    import shutil

    monkeypatch.setattr(pdfkit, "SYSTEM_FALLBACKS", ())
    if shutil.which("fc-match") is None or pdfkit._fontconfig(name[0]) is None:
        if os.environ.get("CI"):
            pytest.fail("fontconfig finds no CJK font; .ci/run installs fonts-droid-fallback")
        pytest.skip("no fontconfig or no CJK font on this machine")
    for layout in ("poster", "card"):
        assert name in extracted(rendered([name], layout), tmp_path)


@pytest.mark.parametrize(
    ("lang", "said"),
    [("nl", "De PDF kan deze letters niet tonen"), ("en", "The PDF cannot show these letters")],
)
def test_a_name_no_font_can_show_is_named_in_the_users_language(
    cli,
    tmp_path: Path,
    no_system_fonts: None,
    lang: str,
    said: str,  # noqa: ANN001
) -> None:
    cli.add("Anna", "--crisis", "--phone", "0612345678")
    cli.add(f"Oude {LINEAR_B}", "--crisis", "--phone", "0623456789")
    out = tmp_path / "p.pdf"
    result = cli("print", "--format", "pdf", "--output", str(out), lang=lang)
    assert result.exit_code == 0, result.stderr
    assert said in result.stderr
    assert f"Oude {LINEAR_B}" in result.stderr  # the entry, by name
    assert "Anna" not in result.stderr  # not the ones that print whole
    assert "--format html" in result.stderr
    assert "glyph" not in result.stderr  # fpdf2's English log
    text = extracted(out.read_bytes(), tmp_path)
    assert "Anna" in text and "Oude" in text and "06 23456789" in text  # still written
    # Never a blank name: each letter no font has is a visible □ in its place.
    assert "Oude " + "\u25a1" * len(LINEAR_B) in text


def test_a_name_wholly_in_a_script_no_font_has_is_never_blank(
    cli, tmp_path: Path, no_system_fonts: None
) -> None:
    """A Mongolian name with no font for it: the row shows □ for each letter, not an
    empty line beside the number (and the HTML, told to the user, shows it whole)."""
    mongolian = "\u182e\u1823\u1829\u182d\u1823\u182f"
    cli.add(mongolian, "--crisis", "--phone", "0612345678")
    out = tmp_path / "p.pdf"
    result = cli("print", "--format", "pdf", "--output", str(out))
    assert result.exit_code == 0, result.stderr
    assert mongolian in result.stderr
    text = extracted(out.read_bytes(), tmp_path)
    assert "\u25a1" * len(mongolian) in text and "06 12345678" in text


@pytest.mark.parametrize("names", groups([*SHIPPED.values(), *CJK.values()]))
def test_the_html_carries_the_fonts_for_every_name(names: list[str]) -> None:
    """The HTML printout embeds, besides DejaVu, subsets of the same fonts the PDF falls
    back on, so a Tigrinya, Korean or Thai name shows on a computer without those fonts
    (before, only DejaVu was embedded: boxes where the letters should be)."""
    import base64
    import io
    import re

    from steuncirkel.render.html import render as html_render

    view = reading.print_view(circle_with(names), date(2026, 3, 4))
    document = html_render(view, "nl", PrintOptions(layout="poster"))
    faces = re.findall(r'font-family: "([^"]+)";[^}]*base64,([A-Za-z0-9+/=]+)', document)
    covered: set[int] = set()
    for _, data in faces:
        covered |= set(TTFont(io.BytesIO(base64.b64decode(data))).getBestCmap())
    letters = {c for name in names for c in name if unicodedata.category(c)[0] in "LMNS"}
    assert not {c for c in letters if ord(c) not in covered}, names
    extra = [f'"{family}"' for family, _ in faces if family != "Steuncirkel DejaVu"]
    if extra:  # tried after DejaVu, before the system's fonts
        assert f"--more-fonts: {', '.join(extra)};" in document
