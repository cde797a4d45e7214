"""Render the example printouts in docs/images from the demo circle.

    python scripts/render_examples.py          # needs chromium and pdftoppm

Poster and card, HTML (screenshot in headless Chromium) and PDF (pdftoppm), in Dutch.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

IMAGES = Path(__file__).resolve().parent.parent / "docs" / "images"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or "chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--no-first-run", "--disable-component-update", "--disable-sync"]  # fmt: skip


def steuncirkel(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "steuncirkel", "--demo", *args], check=True)


def main(lang: str = "nl") -> None:
    IMAGES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for layout, size in (("poster", "794,1123"), ("card", "560,760")):
            html = Path(tmp, f"{layout}.html")
            steuncirkel("print", "--lang", lang, "--format", "html", "--layout", layout,
                        "--output", str(html))  # fmt: skip
            subprocess.run(
                [CHROMIUM, *FLAGS, f"--user-data-dir={tmp}/profile-{layout}",
                 f"--screenshot={IMAGES / f'{layout}-html.png'}", f"--window-size={size}",
                 html.as_uri()],
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
    for image in sorted(IMAGES.glob("*.png")):
        print(image)


if __name__ == "__main__":
    main(*sys.argv[1:])
