"""``print --format pdf``: fpdf2 with an embedded Unicode font, read back as a person would."""

from __future__ import annotations

import os
import subprocess
from datetime import date
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from helpers import circle_with, required_tool
from steuncirkel import reading
from steuncirkel.models import Circle, demo_circle
from steuncirkel.render import PrintOptions
from steuncirkel.render.pdf import render

FONTS = Path(__file__).resolve().parent.parent / "src" / "steuncirkel" / "fonts"
NAMES = ["Zeynep Yıldız Öztürk", "Łucja Wójcik-Żmuda", "Алексей Иванов", "فاطمة الزهراء",
         "Zoë & <Çelik> [bold]"]  # fmt: skip


def pdf_of(circle: Circle, tmp_path: Path, layout: str = "poster", **options: bool) -> Path:
    view = reading.print_view(circle, date(2026, 3, 4))
    path = tmp_path / f"{layout}.pdf"
    path.write_bytes(render(view, "nl", PrintOptions(layout=layout, **options)))
    return path


def text_of(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize("layout", ["poster", "card"])
def test_one_page_with_names_numbers_and_helplines(tmp_path: Path, layout: str) -> None:
    path = pdf_of(demo_circle(), tmp_path, layout)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = " ".join(text_of(path).split())  # on the card a name may wrap
    for expected in ("Marieke de Vries", "06 12345678", "020 123 4567", "113", "112"):
        assert expected in text


def test_every_script_prints_without_tofu(tmp_path: Path) -> None:
    path = pdf_of(circle_with(NAMES), tmp_path)
    text = text_of(path)
    for name in NAMES[:3]:
        assert name in text, name
    assert "<Çelik> [bold]" in text  # markup is just text in a PDF too
    cmap = TTFont(FONTS / "DejaVuSans.ttf").getBestCmap()
    missing = {c for name in NAMES for c in name if not c.isspace() and ord(c) not in cmap}
    assert not missing, missing


def test_metadata_has_title_and_language_and_no_personal_details(tmp_path: Path) -> None:
    circle = demo_circle()
    circle = circle.model_copy(
        update={"settings": circle.settings.model_copy(update={"name": "Sam"})}
    )
    path = pdf_of(circle, tmp_path)
    reader = PdfReader(path)
    meta = reader.metadata
    assert meta is not None and meta.title == "Steuncirkel van Sam"
    assert meta.author in (None, "")
    assert reader.trailer["/Root"]["/Lang"] == "nl"
    raw = path.read_bytes()
    for leak in (str(tmp_path).encode(), os.environ.get("HOME", "/nonexistent").encode(), b"/tmp/"):
        assert leak not in raw


def test_qr_codes_and_phone_text_dial_the_numbers(tmp_path: Path) -> None:
    def uris(path: Path) -> list[str]:
        page = PdfReader(path).pages[0]
        return [a.get_object()["/A"]["/URI"] for a in page.get("/Annots", [])]

    with_qr = uris(pdf_of(demo_circle(), tmp_path))
    phones = ["tel:+31612345678", "tel:+31623456789", "tel:+31201234567"]
    for uri in phones:
        assert with_qr.count(uri) == 2  # the printed number and its QR code
    assert with_qr.count("tel:113") == 2  # 113 printed large on the poster, and its code
    assert with_qr.count("tel:112") == 1  # "bel 112" dials too
    without = uris(pdf_of(demo_circle(), tmp_path, qr=False))
    assert sorted(without) == sorted([*phones, "tel:113", "tel:112"])


def _sizes(path: Path) -> dict[str, float]:
    """The largest font size (pt) each word is printed at, from pdftotext's boxes."""
    import re
    import subprocess

    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    sizes: dict[str, float] = {}
    for y_min, y_max, word in re.findall(
        r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', html
    ):
        sizes[word] = max(sizes.get(word, 0.0), float(y_max) - float(y_min))
    return sizes


@pytest.mark.parametrize("country", ["NL", "BE"])
def test_who_to_call_is_the_loudest_thing_on_the_poster(tmp_path: Path, country: str) -> None:
    """Issue #11: every number on the list, the main helpline and 112 at 24 pt or more
    (pdftotext's box is the font size, about 1.1x the em for DejaVu)."""
    path = pdf_of(demo_circle(country), tmp_path)
    sizes = _sizes(path)
    numbers = {"NL": ["12345678", "23456789", "4567", "113", "0113", "112."],
               "BE": ["1813", "112."]}[country]  # fmt: skip
    for word in numbers:
        assert sizes[word] >= 24, (word, sizes[word])
    title = max(sizes[w] for w in ("Steuncirkel", "(voorbeeld)") if w in sizes)
    assert title <= sizes["112."]


def test_fewer_than_five_leave_numbered_lines_to_fill_in(tmp_path: Path) -> None:
    one = circle_with(["Anna"])
    text = text_of(pdf_of(one.model_copy(update={"crisis_order": ["e0"]}), tmp_path))
    assert text.count("telefoonnummer") == 4
    empty = text_of(pdf_of(circle_with([]), tmp_path))
    assert "Schrijf hieronder op wie je kunt bellen" in empty
    assert empty.count("telefoonnummer") == 5


def test_five_very_long_entries_print_whole(tmp_path: Path) -> None:
    """Longer than the input allows: nothing that matters is cut (issue #11); the list
    goes on on a second page rather than lose a word of a name, when or where."""
    long_name = "Alexandra-Wilhelmina van den Berghe-Oosterhuis de {n} Jonge Nieuwenhuizen"
    names = [long_name.format(n=n) for n in range(5)] + [f"Helper {n}" for n in range(25)]
    circle = circle_with(
        names,
        relation="ervaringsdeskundige bij het wijkteam en vriendin van vroeger",
        where="Lange Nieuwstraat 123, achter de bibliotheek " * 5,
        available="maandag tot en met vrijdag na 18:00 " * 5,
        note="Weet alles en belt altijd terug, ook als het heel laat is. " * 30,
    )
    path = pdf_of(circle, tmp_path)
    assert len(PdfReader(path).pages) <= 2
    text = " ".join(text_of(path).split())
    assert "…" not in text
    for entry in circle.crisis_list():
        for whole in (entry.name, entry.where, entry.available):
            assert whole and " ".join(whole.split()) in text, whole


def test_discreet_card_says_nothing_about_crisis_outside(tmp_path: Path) -> None:
    path = pdf_of(demo_circle(), tmp_path, "card", discreet=True)
    text = text_of(path)
    assert "Mijn contacten" in text
    assert "Steuncirkel" not in text and "moeilijk" not in text


def test_rendered_to_an_image_with_pdftoppm(tmp_path: Path) -> None:
    pdftoppm = required_tool("pdftoppm")
    path = pdf_of(demo_circle(), tmp_path)
    subprocess.run([pdftoppm, "-r", "40", "-png", str(path), str(tmp_path / "page")],
                   check=True, capture_output=True, timeout=60)  # fmt: skip
    images = list(tmp_path.glob("page*.png"))
    assert len(images) == 1 and images[0].stat().st_size > 5000


def test_pdf_needs_an_output_file(cli) -> None:
    result = cli("--demo", "print", "--format", "pdf")
    assert result.exit_code == 1 and "--output" in result.stderr


def test_pdf_through_the_cli(cli, tmp_path: Path) -> None:
    target = tmp_path / "steuncirkel.pdf"
    result = cli("--demo", "print", "--format", "pdf", "--output", str(target))
    assert result.exit_code == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def test_other_commands_do_not_load_the_pdf_library() -> None:
    """fpdf2 is loaded only for a PDF. (The HTML embeds a font subset made by fontTools,
    which loads HarfBuzz when it is installed: that is the font, not the PDF library.)"""
    import json
    import sys

    code = (
        "import sys, json\nfrom steuncirkel.__main__ import main\n"
        "main(['--demo', 'print', '--format', 'html', '--output', '-'])\n"
        "print(json.dumps([m for m in ('fpdf',) if m in sys.modules]), "
        "file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert json.loads(result.stderr.strip().splitlines()[-1]) == []


@pytest.mark.parametrize(
    ("country", "facts"),
    [("NL", ["113.nl (chat)", "gratis", "dag en nacht"]),
     ("BE", ["17.00–24.00", "zonaal tarief, niet gratis", "tele-onthaal.be (chat)"])],
)  # fmt: skip
def test_the_card_keeps_every_helpline_fact(
    cli, home: Path, tmp_path: Path, country: str, facts: list[str]
) -> None:
    """Issue #13: on the card, a long purpose pushed '113.nl (chat)' and 1733's cost off
    behind an ellipsis; the card now carries a short purpose and every fact."""
    import subprocess

    assert cli("settings", "--country", country).exit_code == 0
    out = tmp_path / "card.pdf"
    assert (
        cli("--demo", "print", "--format", "pdf", "--layout", "card", "-o", str(out)).exit_code == 0
    )
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout.split()  # fmt: skip
    )
    for fact in facts:
        assert fact in text, fact
    html = tmp_path / "card.html"
    assert (
        cli("--demo", "print", "--format", "html", "--layout", "card", "-o", str(html)).exit_code
        == 0
    )
    for fact in facts:
        assert fact in html.read_text(encoding="utf-8"), fact


def _bottom_mm(path: Path) -> float:
    """Where the lowest word on the page ends, in mm from the top."""
    import re
    import subprocess

    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    return max(float(y) for y in re.findall(r'yMax="([\d.]+)"', html)) / 72 * 25.4


@pytest.mark.parametrize("count", [0, 1, 3, 5])
def test_the_poster_uses_the_page_and_stays_on_it(tmp_path: Path, count: int) -> None:
    """Issue #11: with 1-5 entries (or none) the last thing printed ends below 230 mm,
    and nothing runs off the bottom of the A4 page."""
    circle = circle_with([f"Persoon {n}" for n in range(count)])
    assert 230 < _bottom_mm(pdf_of(circle, tmp_path)) <= 291


def test_five_long_entries_keep_the_helplines_and_date_on_the_page(tmp_path: Path) -> None:
    long_name = "Alexandra-Wilhelmina van den Berghe-Oosterhuis de {n} Jonge Nieuwenhuizen"
    circle = circle_with(
        [long_name.format(n=n) for n in range(5)] + [f"Helper {n}" for n in range(25)],
        where="Lange Nieuwstraat 123, achter de bibliotheek " * 5,
        note="Weet alles en belt altijd terug. " * 30,
    )
    path = pdf_of(circle, tmp_path)
    assert _bottom_mm(path) <= 291
    text = text_of(path)
    assert "Gemaakt op" in text and "112" in text and "0800 0113" in text


def test_the_card_numbers_its_rows_and_heads_them_truthfully(tmp_path: Path) -> None:
    """Issue #11: rows numbered in crisis order; a place shows where it is and no "Bel"
    above it; empty places to fill in; the front says to open it and gives 113 and 112."""
    text = text_of(pdf_of(demo_circle(), tmp_path, layout="card"))
    flat = " ".join(text.split())
    assert "1. Marieke de Vries" in flat and "4. Het bankje" in flat and "5." in flat
    assert "JE LIJST" in flat and "BEL " not in flat  # the demo lists a place
    assert "Bosbaan" in flat  # where the place is
    assert "Open mij als het moeilijk wordt." in flat
    assert "Nu: 113 of 0800 0113 · gevaar: 112" in flat
    callable_only = circle_with(["Anna", "Bram"])
    only = " ".join(text_of(pdf_of(callable_only, tmp_path, layout="card")).split())
    assert "BEL" in only


def test_nothing_on_the_card_is_under_6_pt_outside_the_picture(tmp_path: Path) -> None:
    path = pdf_of(demo_circle(), tmp_path, layout="card")
    sizes = _sizes(path)
    assert sizes["2026"] >= 6 * 1.1  # the date (pdftotext boxes are about 1.16x the size)


DROID = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")


def test_chinese_and_japanese_names_print_with_a_system_font(tmp_path: Path) -> None:
    """Issue #11 item 8: a name DejaVu has no letters for was blank in the PDF, leaving a
    number without a name. A system fallback font (Debian: fonts-droid-fallback, which
    .ci/run installs) now prints it."""
    if not DROID.exists():
        if os.environ.get("CI"):
            pytest.fail("fonts-droid-fallback is not installed; .ci/run installs it with apt")
        pytest.skip("no fallback font on this machine")
    circle = circle_with(["王小明", "佐藤花子"])  # Hangul is not in this font: warned
    text = text_of(pdf_of(circle, tmp_path))
    for name in ("王小明", "佐藤花子"):
        assert name in text, name


def test_letters_no_font_has_are_said_in_dutch_not_dropped_silently(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import steuncirkel.render.pdfkit as pdfkit

    monkeypatch.setattr(pdfkit, "SYSTEM_FALLBACKS", ())
    monkeypatch.setattr(pdfkit, "_fontconfig", lambda char: None)
    cli.add("王小明", "--crisis", "--phone", "0612345678")
    result = cli("print", "--format", "pdf", "--output", str(tmp_path / "p.pdf"))
    assert result.exit_code == 0, result.stderr
    assert "De PDF kan deze letters niet tonen" in result.stderr
    assert "王" in result.stderr and "--format html" in result.stderr
    assert "missing the following glyphs" not in result.stderr  # fpdf2's English log
    plain = cli("print", "--format", "pdf", "--output", str(tmp_path / "q.pdf"), "--demo")
    assert "letters niet tonen" not in plain.stderr


def test_the_card_sheet_has_a_5_cm_bar_and_says_how_to_fold(tmp_path: Path) -> None:
    """Issue #11 item 7: a 50 mm bar below the card to check 'print at 100 %', and the
    fold explained (zigzag keeps the list inside, also for a discreet card)."""
    import re

    from steuncirkel.render.pdf import CARD_X, SCALE_MM

    path = pdf_of(demo_circle(), tmp_path, layout="card", discreet=True)
    flat = " ".join(text_of(path).split())
    assert "5 cm: meet na of de afdruk op 100% staat" in flat
    assert "zigzag" in flat and "je lijst en de hulplijnen zitten binnen" in flat
    raw = zlib_pages(path)
    lines = re.findall(rb"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l S", raw)
    mm = 72 / 25.4
    bars = [(float(x1), float(x2)) for x1, _, x2, _ in lines
            if abs(float(x2) - float(x1) - SCALE_MM * mm) < 0.01]  # fmt: skip
    assert any(abs(x1 - CARD_X * mm) < 0.01 for x1, _ in bars), bars
    # Beside the bar, the fold from the side: five strokes, each panel named.
    from steuncirkel.render.layout import fold_diagram

    assert "voorkant (buiten) je lijst hulplijnen" in flat
    drawn = {tuple(round(float(v) / mm, 1) for v in line) for line in lines}
    page_h = 297.0
    for x0, y0, x1, y1 in fold_diagram():
        assert (round(x0, 1), round(page_h - y0, 1), round(x1, 1), round(page_h - y1, 1)) in drawn
    # ... and clear of every word on the sheet (it once ran through "100% staat").
    import subprocess

    boxes = re.findall(
        r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<',
        subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                       text=True, check=True).stdout,
    )  # fmt: skip
    folds = {"voorkant", "(buiten)", "je", "lijst", "hulplijnen"}
    for x0, y0, x1, y1, word in boxes:
        if word in folds:
            continue
        left, top, right, bottom = (float(v) / mm for v in (x0, y0, x1, y1))
        for a, b, c, d in fold_diagram():
            crosses = min(a, c) <= right and max(a, c) >= left
            assert not (crosses and min(b, d) <= bottom and max(b, d) >= top), word


def zlib_pages(path: Path) -> bytes:
    """The page's drawing operators, decompressed."""
    return b"".join(page.get_contents().get_data() for page in PdfReader(path).pages)
