"""Make the subset Noto fonts shipped in ``src/steuncirkel/fonts/`` (a developer's tool).

DejaVu Sans prints Latin, Greek, Cyrillic, Arabic and Hebrew; these fonts print the
names of the communities it has no letters for. Each is cut down to its script's
Unicode blocks, so the wheel stays small, and keeps its OpenType layout tables
(HarfBuzz shapes Devanagari, Tamil and Thai with them). Rerun after changing a range or
a source font, then read ``src/steuncirkel/fonts/README.md`` and update its table.

Sources (the wheel carries the results; neither CI nor a user needs these):

* Debian ``fonts-noto-core`` (``apt-get install fonts-noto-core``): the script fonts;
* Debian ``fonts-noto-cjk`` (``apt-get install fonts-noto-cjk``): Hangul, from the
  Korean face of Noto Sans CJK;
* npm ``@expo-google-fonts/noto-emoji`` (``npm pack @expo-google-fonts/noto-emoji``,
  unpacked): Noto Emoji, the monochrome outline emoji font (Debian packages only the
  colour bitmap one, which fpdf2 cannot draw).

Usage::

    python scripts/subset_noto_fonts.py --emoji /tmp/package/400Regular/NotoEmoji_400Regular.ttf
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NamedTuple

from fontTools import subset
from fontTools.ttLib import TTFont

from steuncirkel.render.pdfkit import SCRIPT_FONTS

OUT = Path(__file__).resolve().parent.parent / "src" / "steuncirkel" / "fonts"
NOTO = Path("/usr/share/fonts/truetype/noto")
CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
CJK_KOREAN = 1  # the face number of "Noto Sans CJK KR" in the collection

Ranges = list[tuple[int, int]]


class Source(NamedTuple):
    path: Path | None  # None: the --emoji argument
    number: int = 0  # the face in a collection
    only: Ranges | None = None  # fewer code points than the blocks in pdfkit
    layout: bool = True  # keep GSUB/GPOS (conjuncts, marks, emoji sequences)


# What every script font keeps besides its blocks: space and no-break space (inside a
# shaped run), the zero-width space and joiners, and the dotted circle HarfBuzz shows a
# lone mark on.
SHARED: Ranges = [(0x20, 0x20), (0xA0, 0xA0), (0x200B, 0x200D), (0x25CC, 0x25CC)]


def _ks_x_1001_hangul() -> Ranges:
    """The 2,350 Hangul syllables of KS X 1001 (rows 0xB0-0xC8 of EUC-KR): the
    syllables Korean names are written with in practice."""
    syllables = []
    for lead in range(0xB0, 0xC9):
        for trail in range(0xA1, 0xFF):
            char = bytes([lead, trail]).decode("euc_kr", errors="ignore")
            if char and 0xAC00 <= ord(char) <= 0xD7A3:
                syllables.append(ord(char))
    assert len(syllables) == 2350, len(syllables)
    return [(c, c) for c in syllables]


def _blocks(name: str) -> Ranges:
    """The Unicode blocks ``pdfkit`` matches a text against for the font ``name``: the
    one list of them, so the font and the code that picks it always agree."""
    return list(dict(SCRIPT_FONTS)[name])


def _sources() -> dict[str, Source]:
    """Each font file written, with its source, face number, code points, and whether
    its OpenType layout tables are kept."""
    return {
        "NotoSansEthiopic-Regular.ttf": Source(NOTO / "NotoSansEthiopic-Regular.ttf"),
        "NotoSansDevanagari-Regular.ttf": Source(NOTO / "NotoSansDevanagari-Regular.ttf"),
        "NotoSansTamil-Regular.ttf": Source(NOTO / "NotoSansTamil-Regular.ttf"),
        "NotoSansThai-Regular.ttf": Source(NOTO / "NotoSansThai-Regular.ttf"),
        "NotoSansGeorgian-Regular.ttf": Source(NOTO / "NotoSansGeorgian-Regular.ttf"),
        "NotoSansArmenian-Regular.ttf": Source(NOTO / "NotoSansArmenian-Regular.ttf"),
        "NotoSansTifinagh-Regular.ttf": Source(NOTO / "NotoSansTifinagh-Regular.ttf"),
        # Precomposed syllables need no shaping; the layout tables (vertical forms,
        # old-Hangul jamo composition) would double the glyphs.
        "NotoSansKR-Hangul.ttf": Source(
            CJK, CJK_KOREAN, [(0x3131, 0x318E), *_ks_x_1001_hangul()], layout=False
        ),
        "NotoEmoji-Regular.ttf": Source(None),  # --emoji
    }


def _cff_to_glyf(font: TTFont) -> None:
    """Turn cubic (CFF) outlines into quadratic TrueType ones, as fontTools' otf2ttf
    snippet does: fpdf2 then embeds the font like all the others (CIDFontType2), and
    text extraction reads it like them (pypdf misreads fpdf2's CFF CID fonts)."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["head"].glyphDataFormat = 0
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones",):
        setattr(maxp, field, 1)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):  # fmt: skip
        setattr(maxp, field, 0)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"


def subset_one(source: Path, number: int, ranges: Ranges, layout: bool, target: Path) -> None:
    font = TTFont(source, fontNumber=number, recalcTimestamp=False)  # same bytes each run
    wanted = {c for low, high in [*SHARED, *ranges] for c in range(low, high + 1)}
    unicodes = sorted(wanted & set(font.getBestCmap()))
    options = subset.Options()
    options.layout_features = ["*"] if layout else []
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]  # copyright, names, version, licence
    options.name_languages = [0x409]
    options.hinting = False  # PDF viewers do not use TrueType hints; a third smaller
    options.notdef_outline = True
    options.drop_tables += ["BASE", "vhea", "vmtx", "VORG", "STAT", "DSIG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    if "CFF " in font:
        _cff_to_glyf(font)
    font.save(target)
    print(f"{target.name}: {len(unicodes)} characters, {target.stat().st_size / 1024:.0f} KB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--emoji", type=Path, required=True, help="NotoEmoji-Regular .ttf")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    sources = _sources()
    assert set(sources) == set(dict(SCRIPT_FONTS)), "a font in pdfkit has no source here"
    for name, source in sources.items():
        path = source.path or args.emoji
        if not path.is_file():
            print(f"missing source font {path}", file=sys.stderr)
            return 1
        ranges = source.only if source.only is not None else _blocks(name)
        subset_one(path, source.number, ranges, source.layout, args.out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
