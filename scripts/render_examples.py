"""Render the example printouts in docs/images from the demo circle and a hard one.

    python scripts/render_examples.py          # needs chromium and pdftoppm

Poster and card of the demo, HTML (screenshot in headless Chromium) and PDF (pdftoppm),
in Dutch; and the PDF poster of ``tests/golden/hard1.circle.json`` (long names, many
scripts, a full list), to show what a hard circle looks like. The clock is fixed, so
the images change only when the printouts do.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "docs" / "images"
HARD = ROOT / "tests" / "golden" / "hard1.circle.json"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or "chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--no-first-run", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars"]  # fmt: skip
A4_AT_96_DPI = "794,1123"


def steuncirkel(*args: str, home: Path | None = None) -> None:
    env = {**os.environ, "STEUNCIRKEL_NOW": "2026-03-04T10:00"}
    demo = [] if home else ["--demo"]
    if home:
        env["STEUNCIRKEL_HOME"] = str(home)
    command = [sys.executable, "-m", "steuncirkel", *demo, *args, "--force"]
    subprocess.run(command, check=True, env=env, capture_output=True)


def main(lang: str = "nl") -> None:
    IMAGES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for layout in ("poster", "card"):
            html = Path(tmp, f"{layout}.html")
            steuncirkel("print", "--lang", lang, "--format", "html", "--layout", layout,
                        "--output", str(html))  # fmt: skip
            subprocess.run(
                [CHROMIUM, *FLAGS, f"--user-data-dir={tmp}/profile-{layout}",
                 f"--screenshot={IMAGES / f'{layout}-html.png'}",
                 f"--window-size={A4_AT_96_DPI}", html.as_uri()],
                check=True, capture_output=True, timeout=120,
            )  # fmt: skip
            pdf = Path(tmp, f"{layout}.pdf")
            steuncirkel("print", "--lang", lang, "--format", "pdf", "--layout", layout,
                        "--output", str(pdf))  # fmt: skip
            subprocess.run(
                ["pdftoppm", "-r", "80", "-png", "-singlefile", str(pdf),
                 str(IMAGES / f"{layout}-pdf")],
                check=True,
            )  # fmt: skip
        home = Path(tmp, "hard")
        home.mkdir()
        shutil.copyfile(HARD, home / "circle.json")
        pdf = Path(tmp, "hard.pdf")
        steuncirkel("print", "--lang", lang, "--format", "pdf", "--output", str(pdf), home=home)
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", "-singlefile", str(pdf),
             str(IMAGES / "hard-poster-pdf")],
            check=True,
        )  # fmt: skip
    for image in sorted(IMAGES.glob("*.png")):
        print(image)


if __name__ == "__main__":
    main(*sys.argv[1:])
