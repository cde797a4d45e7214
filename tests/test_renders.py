"""Golden renders: the printouts as a person sees them must not change by accident.

Each case prints a poster or card with the installed ``steuncirkel`` (demo and the two
hard circles as PDF; the demo also as HTML, printed by headless Chromium), turns the
page into a 50 dpi greyscale image with ``pdftoppm`` and compares it with
``tests/golden/renders/<case>.png``. A layout regression (a block moved by a millimetre,
a line gone, a code shrunk) changes thousands of pixels and fails; anti-aliasing noise
does not. On a failure the new image and a difference image are kept beside the test's
temporary folder and named in the message. A change on purpose is made by rewriting the
images and looking at them:

Update with: STEUNCIRKEL_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_renders.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from helpers import console_script, required_tool
from test_golden import CIRCLES, GOLDEN, clean_env
from test_html import print_in_chromium

RENDERS = GOLDEN / "renders"
UPDATE = os.environ.get("STEUNCIRKEL_UPDATE_GOLDEN") == "1"
DPI = 50
INK = 64  # a pixel differs when its grey level moved by more than a quarter
MOST_DIFFERENT = 0.002  # at most 0.2 % of the page's pixels may differ (A4: ~480)


@dataclass(frozen=True)
class Render:
    circle: str
    layout: str
    fmt: str

    @property
    def id(self) -> str:
        return f"{self.circle}-{self.layout}-{self.fmt}"

    @property
    def golden(self) -> Path:
        return RENDERS / f"{self.id}.png"


CASES = [Render(c, layout, "pdf") for c in CIRCLES for layout in ("poster", "card")] + [
    Render("demo", layout, "html") for layout in ("poster", "card")
]


def printed(case: Render, tmp_path: Path) -> Path:
    """The case printed to a PDF file (the HTML through Chromium)."""
    home = tmp_path / "home"
    home.mkdir()
    fixture = CIRCLES[case.circle]
    if fixture is not None:
        shutil.copyfile(GOLDEN / fixture, home / "circle.json")
    out = tmp_path / f"out.{case.fmt}"
    demo = ["--demo"] if fixture is None else []
    argv = [str(console_script()), "--lang", "nl", *demo, "print"]
    argv += ["--format", case.fmt, "--layout", case.layout, "-o", str(out)]
    result = subprocess.run(
        argv, env=clean_env(home), cwd=tmp_path, capture_output=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "backslashreplace")
    if case.fmt == "html":
        return print_in_chromium(out.read_text(encoding="utf-8"), tmp_path)
    return out


def first_page(pdf: Path, tmp_path: Path) -> Image.Image:
    """Page 1 of ``pdf`` at ``DPI``, in grey."""
    stem = tmp_path / "page"
    subprocess.run(
        [required_tool("pdftoppm"), "-r", str(DPI), "-gray", "-png", "-f", "1", "-l", "1",
         "-singlefile", str(pdf), str(stem)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    with Image.open(stem.with_suffix(".png")) as image:
        return image.convert("L")


def differing(expected: Image.Image, actual: Image.Image) -> tuple[float, Image.Image]:
    """The share of pixels whose grey level differs by more than ``INK``, and a picture
    of them (black on white)."""
    diff = ImageChops.difference(expected, actual).point(lambda v: 0 if v > INK else 255)
    changed = diff.histogram()[0]
    return changed / (diff.width * diff.height), diff


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_the_printout_looks_as_it_did(case: Render, tmp_path: Path) -> None:
    actual = first_page(printed(case, tmp_path), tmp_path)
    if UPDATE:
        RENDERS.mkdir(exist_ok=True)
        actual.save(case.golden, optimize=True)
        return
    assert case.golden.exists(), f"no golden render yet: {case.golden}; run with UPDATE (above)"
    with Image.open(case.golden) as stored:
        expected = stored.convert("L")
    kept = tmp_path / f"{case.id}.actual.png"
    actual.save(kept)
    assert actual.size == expected.size, f"page size changed: {expected.size} -> {actual.size}"
    share, diff = differing(expected, actual)
    diff.save(tmp_path / f"{case.id}.diff.png")
    assert share <= MOST_DIFFERENT, (
        f"{case.id}: {share:.2%} of the page differs from {case.golden.name} "
        f"(at most {MOST_DIFFERENT:.1%}). New render: {kept}; differences: "
        f"{tmp_path / f'{case.id}.diff.png'}. If the change is intended, update with "
        "STEUNCIRKEL_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_renders.py "
        "and look at every image."
    )


def test_a_moved_block_is_caught(tmp_path: Path) -> None:
    """The tolerance is not so loose that a layout change passes: the demo poster moved
    down by 1 mm (2 pixels at 50 dpi) differs far more than allowed."""
    page = first_page(printed(Render("demo", "poster", "pdf"), tmp_path), tmp_path)
    moved = Image.new("L", page.size, 255)
    moved.paste(page.crop((0, 0, page.width, page.height - 2)), (0, 2))
    assert differing(page, page)[0] == 0
    assert differing(page, moved)[0] > 10 * MOST_DIFFERENT
