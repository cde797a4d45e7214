"""Every QR code on the printouts scans to its exact ``tel:`` address (issue #11, item 5).

The PDF and the HTML as Chromium prints it, poster and card, for the demo and the hard
circles (and a card with five long names, its list full of codes), rasterised at 150,
300 and 600 dpi (a cheap printer or a phone's photo, an office printer, a good one)
and decoded with zbar: every code, at every resolution.
The codes are one filled outline (a rasteriser leaves no seam between modules), have a
quiet zone of four modules, and on the card are at least 10 mm wide.

All documents are made, printed and scanned once, in parallel (``scans``); each case
is then one test. In CI (``CI`` set) a missing zbarimg, pdftoppm or Chromium fails the
tests instead of skipping them: ``.ci/run`` installs them.
"""

from __future__ import annotations

import os
import re
import subprocess
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pytest

from helpers import chromium_print, find_tool
from steuncirkel import reading
from steuncirkel.models import Circle, demo_circle
from steuncirkel.reading import PrintView
from steuncirkel.render import PrintOptions, cardrows
from steuncirkel.render.fields import main_helpline_uri
from steuncirkel.render.layout import CARD_H, CARD_X, CARD_Y, Metrics
from steuncirkel.render.qr import QUIET, make_qr, qr_modules, qr_outline, qr_svg, tel_uri
from steuncirkel.store import parse_circle

GOLDEN = Path(__file__).parent / "golden"
# The demo and the hard circles, poster and card; and a full list of five long names
# (a long owner's name too), whose card fills the list with five codes.
CIRCLES = {"demo": None, "hard1": "hard1.circle.json", "hard2": "hard2.circle.json",
           "five": None}  # fmt: skip
PAGES = [("demo", "poster"), ("demo", "card"), ("hard1", "poster"), ("hard1", "card"),
         ("hard2", "poster"), ("hard2", "card"), ("five", "card")]  # fmt: skip
FORMATS = ("pdf", "html")
DPIS = (150, 300, 600)


def _circle(name: str) -> Circle:
    if name == "five":
        from test_html import long_circle

        circle = long_circle()
        settings = circle.settings.model_copy(update={"name": "Alexandra " * 6})
        return circle.model_copy(update={"settings": settings})
    file = CIRCLES[name]
    if file is None:
        return demo_circle()
    path = GOLDEN / file
    return parse_circle(path.read_bytes(), path, path)


def _view(name: str) -> PrintView:
    return reading.print_view(_circle(name), date(2026, 3, 4))


def expected(view: PrintView) -> list[str]:
    """The addresses the page must carry a code for: each dialable number on the crisis
    list, and the country's main helpline."""
    uris = [uri for entry in view.crisis if (uri := tel_uri(entry.phone))]
    main = main_helpline_uri(view.country.value)
    return sorted([*uris, *([main] if main else [])])


def _render(view: PrintView, layout: str, fmt: str) -> bytes:
    options = PrintOptions(layout=layout)
    if fmt == "pdf":
        from steuncirkel.render.pdf import render as render_pdf

        return render_pdf(view, "nl", options)
    from steuncirkel.render.html import render as render_html

    return render_html(view, "nl", options).encode("utf-8")


def _scan(pdftoppm: str, zbarimg: str, pdf: Path, dpi: int, want: set[str]) -> set[str]:
    """Every code zbar finds on the pages of ``pdf`` rasterised at ``dpi`` (greyscale,
    anti-aliased, as pdftoppm does by default).

    zbar reads the whole page first. Reading a whole A4 page with several codes (35
    million pixels at 600 dpi), it sometimes misses one that it reads at once in the
    part of the page a phone would frame (or in the card's panel); so what it missed is
    looked for again in overlapping windows of 60 mm, then 36 mm, as a person scans
    one code at a time.
    """
    prefix = pdf.with_name(f"{pdf.stem}-{dpi}")
    subprocess.run([pdftoppm, "-r", str(dpi), "-gray", str(pdf), str(prefix)],
                   check=True, capture_output=True, timeout=120)  # fmt: skip
    pages = sorted(pdf.parent.glob(f"{prefix.name}-*.pgm"))
    found = _zbar(zbarimg, pages, dpi)
    for size_mm in (60, 36):  # windows for codes up to 30 mm, then up to 18 mm
        if want <= found:
            break
        windows = _windows(pages, dpi, size_mm)
        found |= _zbar(zbarimg, windows, dpi)
        for window in windows:
            window.unlink()
    for page in pages:
        page.unlink()  # 35 MB a page at 600 dpi
    return found


def _windows(pages: list[Path], dpi: int, size_mm: int) -> list[Path]:
    """The parts of ``pages`` in square windows of ``size_mm``, half a window apart
    (every code up to half a window wide is whole in one), blank ones left out."""
    from PIL import Image

    windows = []
    size, step = round(size_mm / 25.4 * dpi), round(size_mm / 2 / 25.4 * dpi)
    for page in pages:
        with Image.open(page) as image:
            for top in range(0, max(1, image.height - step), step):
                for left in range(0, max(1, image.width - step), step):
                    window = image.crop((left, top, left + size, top + size))
                    if window.getextrema()[0] < 128:  # something dark in it
                        windows.append(page.with_name(f"{page.stem}-{size_mm}-{top}-{left}.pgm"))
                        window.save(windows[-1])
    return windows


def _zbar(zbarimg: str, images: list[Path], dpi: int) -> set[str]:
    """What zbar reads in ``images``: QR codes only, on every line at 150 and 300 dpi,
    every other line at 600 (six lines a module or more: as thorough, twice as fast)."""
    if not images:
        return set()
    density = f"{max(1, dpi // 300)}"
    return set(
        subprocess.run(
            [zbarimg, "-q", "--raw", "-Sdisable", "-Sqrcode.enable", f"-Sx-density={density}",
             f"-Sy-density={density}", *map(str, images)],
            capture_output=True, text=True, check=False, timeout=300,
        ).stdout.split()
    )  # fmt: skip


Key = tuple[str, str, str, int]


@pytest.fixture(scope="module")
def scans(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, set[str]]:
    """What zbar reads on every page: (circle, layout, format, dpi) -> addresses. The
    HTML cases are missing when Chromium is not installed (outside CI)."""
    zbarimg, pdftoppm = find_tool("zbarimg"), find_tool("pdftoppm")
    if zbarimg is None or pdftoppm is None:
        pytest.skip("zbarimg or pdftoppm is not installed here")
    chromium = find_tool("chromium", "chromium-browser")
    folder = tmp_path_factory.mktemp("qr-scan")
    pdfs: dict[tuple[str, str, str], Path] = {}
    to_print: list[tuple[Path, Path]] = []
    views = {circle: _view(circle) for circle in CIRCLES}
    for circle, layout in PAGES:
        for fmt in FORMATS:
            if fmt == "html" and chromium is None:
                continue
            source = folder / f"{circle}-{layout}.{fmt}"
            source.write_bytes(_render(views[circle], layout, fmt))
            pdf = source if fmt == "pdf" else folder / f"{circle}-{layout}-html.pdf"
            if fmt == "html":
                to_print.append((source, pdf))
            pdfs[circle, layout, fmt] = pdf
    workers = max(2, os.cpu_count() or 2)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        assert chromium is not None or not to_print
        list(pool.map(lambda job: chromium_print(str(chromium), *job), to_print))
        # the slowest first (600 dpi), so the two workers end together
        keys = [(*case, dpi) for dpi in reversed(DPIS) for case in pdfs]
        wants = {circle: set(expected(view)) for circle, view in views.items()}
        found = pool.map(
            lambda key: _scan(pdftoppm, zbarimg, pdfs[key[:3]], key[3], wants[key[0]]), keys
        )
        return dict(zip(keys, found, strict=True))


@pytest.mark.parametrize("dpi", DPIS)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("circle", "layout"), PAGES, ids=["-".join(page) for page in PAGES])
def test_every_code_scans_to_its_number(
    scans: dict[Key, set[str]], circle: str, layout: str, fmt: str, dpi: int
) -> None:
    key = (circle, layout, fmt, dpi)
    if key not in scans:
        pytest.skip("chromium is not installed here")
    assert sorted(scans[key]) == sorted(set(expected(_view(circle)))), key


# --- the codes themselves ------------------------------------------------------------


def _inside(loops: list[list[tuple[int, int]]], x: float, y: float) -> bool:
    """Even-odd: is (x, y) inside the outline?"""
    crossings = 0
    for loop in loops:
        for (x1, y1), (x2, y2) in zip(loop, loop[1:] + loop[:1], strict=True):
            if x1 == x2 and x1 > x and min(y1, y2) < y < max(y1, y2):
                crossings += 1
    return crossings % 2 == 1


@pytest.mark.parametrize(
    "uri", ["tel:+31612345678", "tel:113", "tel:0800011300", "tel:+123456789012345", "tel:12"]
)
def test_the_outline_is_exactly_the_dark_modules(uri: str) -> None:
    matrix = make_qr(uri).matrix
    loops = qr_outline(matrix)
    rebuilt = [
        [int(_inside(loops, col + 0.5, row + 0.5)) for col in range(len(matrix))]
        for row in range(len(matrix))
    ]
    assert rebuilt == [list(row) for row in matrix]
    # every corner of the outline is a real corner: no points in the middle of an edge
    for loop in loops:
        for before, point, after in zip(
            loop[-1:] + loop[:-1], loop, loop[1:] + loop[:1], strict=True
        ):
            assert not (before[0] == point[0] == after[0] or before[1] == point[1] == after[1])


def test_every_number_fits_the_smallest_code_with_error_correction_m() -> None:
    """``tel:+`` in bytes and the digits in numeric mode: up to 15 digits (all that
    ``tel_uri`` accepts) fit version 1, so the card's modules are 0.508 mm."""
    for digits in ("12", "113", "0612345678", "31612345678", "123456789012345"):
        for uri in (f"tel:{digits}", f"tel:+{digits}"):
            code = make_qr(uri)
            assert code.version == 1 and code.error in ("M", "Q", "H"), uri
            assert qr_modules(uri) == 21 + 2 * QUIET


def test_a_code_is_made_once_for_its_layout_and_its_drawing() -> None:
    """Issue #12: a code took 3-4 ms to make and was made twice per printout."""
    make_qr.cache_clear()
    first = make_qr("tel:+31612345678")
    assert qr_modules("tel:+31612345678") == len(first.matrix) + 2 * QUIET
    assert make_qr("tel:+31612345678") is first
    assert make_qr.cache_info().misses == 1


def test_the_html_code_is_one_path_with_its_quiet_zone() -> None:
    svg = qr_svg("tel:+31612345678")
    assert svg.count("<path") == 1 and "stroke" not in svg
    assert 'viewBox="0 0 29 29"' in svg  # 21 modules and four on each side
    numbers = [int(n) for n in re.findall(r"[MHV](\d+)", svg)]
    assert min(numbers) == QUIET and max(numbers) == 21 + QUIET


def test_the_pdf_code_is_one_fill_of_segnos_matrix() -> None:
    """Read the outline back from the page and rebuild the QR matrix from it: one path,
    filled once, with nothing in the quiet zone."""
    from fpdf import FPDF

    from steuncirkel.render.pdfkit import draw_qr

    uri = "tel:+31612345678"
    matrix = [list(row) for row in make_qr(uri).matrix]
    pdf = FPDF(unit="pt")
    pdf.add_page()
    pdf.compress = False
    module = 4.0
    size = module * qr_modules(uri)
    draw_qr(pdf, uri, 0, 0, size)
    stream = pdf.pages[1].contents.decode("latin-1")
    assert " re f" not in stream and stream.count(" f ") + stream.endswith(" f") <= 1
    path = stream[: stream.index(" h f")]
    loops: list[list[tuple[int, int]]] = []
    for op in re.finditer(r"([\d.]+) ([\d.]+) ([ml])", path):
        x, y = round(float(op[1]) / module), round(float(op[2]) / module)
        if op[3] == "m":
            loops.append([])
        loops[-1].append((x - QUIET, y - QUIET))
    assert len(re.findall(r" f\b", stream)) == 1
    coords = [c for loop in loops for point in loop for c in point]
    assert min(coords) == 0 and max(coords) == len(matrix)  # the quiet zone is empty
    rebuilt = [
        [int(_inside(loops, col + 0.5, row + 0.5)) for col in range(len(matrix))]
        for row in range(len(matrix))
    ]
    assert rebuilt == matrix


def test_card_codes_are_at_least_10_mm_inside_their_place() -> None:
    """Each code on the card's list: 10 mm or more without its quiet zone, four modules
    of quiet zone, and the code and zone inside its place and the panel."""
    uri = "tel:+123456789012345"
    module = cardrows.CODE / qr_modules(uri)
    assert module * len(make_qr(uri).matrix) >= 10.0
    assert module == pytest.approx(3 * 25.4 / 150)  # three dots at 150 dpi
    assert cardrows.CODE <= cardrows.CELL_H
    for number in range(1, 6):
        x, y = cardrows.cell_origin(number)
        assert x >= 0 and x + cardrows.CELL_W <= 85.6 - 3.0
        assert y >= cardrows.ROWS_TOP and y + cardrows.CELL_H <= CARD_H - 0.5


def test_the_quiet_zones_on_the_pdf_card_are_white(tmp_path: Path) -> None:
    """Rasterised at 300 dpi, nothing (text, a rule) is drawn in a card code's quiet
    zone: for five long names, each on the list with a code."""
    pdftoppm = find_tool("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm is not installed here")
    from PIL import Image

    from helpers import circle_with
    from steuncirkel.render.pdf import render as render_pdf

    long_name = "Alexandra-Wilhelmina van den Berghe-Oosterhuis de {n} Jonge Nieuwenhuizen"
    circle = circle_with([long_name.format(n=n) for n in range(5)], relation="zus " * 20)
    view = reading.print_view(circle, date(2026, 3, 4))
    pdf = tmp_path / "card.pdf"
    pdf.write_bytes(render_pdf(view, "nl", PrintOptions(layout="card")))
    subprocess.run([pdftoppm, "-r", "300", "-gray", "-singlefile", str(pdf),
                    str(tmp_path / "card")], check=True)  # fmt: skip
    page = Image.open(tmp_path / "card.pgm")
    px = 300 / 25.4
    zone = cardrows.CODE * QUIET / qr_modules("tel:+31612345670")
    rows = cardrows.card_rows(view, "nl", qr=True, metrics=Metrics())
    assert [row.code for row in rows] == [tel_uri(e.phone) for e in view.crisis]
    for row in rows:
        left, top = CARD_X + row.code_x, CARD_Y + CARD_H + row.code_y
        assert (
            row.x + cardrows.CELL_W - cardrows.CODE - 0.1
            <= row.code_x
            <= row.x + cardrows.CELL_W - cardrows.CODE + 0.1
        )
        assert row.y <= row.code_y and row.code_y + cardrows.CODE <= row.y + cardrows.CELL_H
        box = [round(v * px) for v in (left, top, left + cardrows.CODE, top + cardrows.CODE)]
        inner = round(zone * px) - 1  # just short of the first dark module
        for band in (
            (box[0], box[1], box[2], box[1] + inner), (box[0], box[3] - inner, box[2], box[3]),
            (box[0], box[1], box[0] + inner, box[3]), (box[2] - inner, box[1], box[2], box[3]),
        ):  # fmt: skip
            assert page.crop(band).getextrema()[0] > 235, (row.number, band)


def test_a_long_name_wraps_or_ends_in_an_ellipsis_and_the_number_stays(tmp_path: Path) -> None:
    """On the card a long name takes two lines, then ends in "…"; the number to call is
    never cut (smaller, down to 6 pt) and nothing is under 6 pt."""
    from helpers import circle_with

    names = ["Alexandra-Wilhelmina van den Berghe-Oosterhuis de Jonge Nieuwenhuizen", "Bo"]
    circle = circle_with(names)
    long = {"phone": "+3247012345678", "phone_display": "+32 470 12 34 56 78"}
    circle = circle.model_copy(
        update={"entries": [entry.model_copy(update=long) for entry in circle.entries]}
    )
    view = reading.print_view(circle, date(2026, 3, 4))
    rows = cardrows.card_rows(view, "nl", qr=True, metrics=Metrics())
    first = rows[0].blocks[0]
    assert len(first.lines) == 2 and first.lines[-1].endswith("…")
    for row, entry in zip(rows, view.crisis, strict=True):
        phone = next(block for block in row.blocks if block.kind == "phone")
        assert " ".join(phone.lines) == entry.phone_shown("NL") == "+32 470 12 34 56 78"
        assert phone.size < 8  # smaller, not cut
        assert all(block.size >= 6 for block in row.blocks)
        assert row.top + sum(block.height for block in row.blocks) <= cardrows.CELL_H
