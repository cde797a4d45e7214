"""Recreate the fonts in src/steuncirkel/fonts from DejaVu Sans (Debian: fonts-dejavu-core).

The subset keeps the scripts people in our circles write their names in (Latin with
all its extensions, Greek, Cyrillic, Hebrew, Arabic with its presentation forms,
combining marks, punctuation, arrows, shapes) and halves the time a PDF needs to load
the fonts. Run with the fontTools that fpdf2 installs:

    python scripts/subset_fonts.py /usr/share/fonts/truetype/dejavu
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset

UNICODES = (
    "U+0000-024F,U+0250-02FF,U+0300-036F,U+0370-03FF,U+0400-052F,U+0590-05FF,"
    "U+0600-06FF,U+0750-077F,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,"
    "U+2190-21FF,U+2200-22FF,U+25A0-25FF,U+FB1D-FB4F,U+FB50-FDFF,U+FE70-FEFF"
)
TARGET = Path(__file__).resolve().parent.parent / "src" / "steuncirkel" / "fonts"

if __name__ == "__main__":
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/dejavu")
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        subset.main([
            str(source / name), f"--unicodes={UNICODES}", "--layout-features=*",
            "--glyph-names", "--name-IDs=*", "--name-languages=*", "--notdef-outline",
            f"--output-file={TARGET / name}",
        ])  # fmt: skip
        print(f"wrote {TARGET / name}")
