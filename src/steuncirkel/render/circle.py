"""The circle picture as geometry: you in the middle, the crisis list on the inner ring,
who listens and who helps practically further out, each entry a hollow shape.

Pure geometry, shared by the HTML (inline SVG) and the PDF (vector drawing), so both
draw the same picture from one layout. Text is measured with the real advance widths of
the DejaVu Sans the printouts use (read once, lazily, with fontTools), and no text in
the picture is smaller than the medium allows: 8 pt on the poster, 6 pt on the card.

- The crisis list: the entry's number (its place on the list, which is the key) inside
  its shape.
- Poster, the outer rings: the name right beside its own shape where it fits, well away
  from every other shape; otherwise a key letter beside the shape, and the letter with
  the name in a key below the picture (:func:`key_lines`).
- Card: the picture is 30 mm wide; names cannot be 6 pt there, so it shows the shapes
  only (the crisis numbers match the numbered rows inside the card) and "+N" for the
  entries it has no room for.

Every key letter's place is reserved before any name is placed, so a name never takes
the room a letter needs; if even the letters do not fit, the picture shows fewer
entries and counts the rest ("+N more"). ``tests/test_circle.py`` checks with Hypothesis
that nothing overlaps for up to 5 + 40 entries in every script we support.
"""

from __future__ import annotations

import functools
import math
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from steuncirkel.base.i18n import Msg, t
from steuncirkel.base.textsafety import visible
from steuncirkel.base.vocab import KIND_LABELS, Kind, Role
from steuncirkel.render.layout import CARD_PIC, DEJAVU, PIC, PT, font_face, packaged_font

if TYPE_CHECKING:
    from collections.abc import Sequence

    from steuncirkel.base.circleview import EntryLike
    from steuncirkel.base.i18n import Lang
    from steuncirkel.reading import PrintView

__all__ = [
    "CARD",
    "CENTRE",
    "POSTER",
    "SIZE",
    "Box",
    "LINES",
    "CircleLayout",
    "Label",
    "Marker",
    "Medium",
    "key_lines",
    "layout_circle",
    "legend_lines",
    "picture_layout",
    "short_name",
    "text_width",
]

SIZE: Final = 300.0  # the picture is SIZE x SIZE units
CENTRE: Final = SIZE / 2
RINGS: Final = ("crisis", "listens", "practical")  # from the inside out
LABEL_CHARS: Final = 12  # a name in the picture
KEY_CHARS: Final = 13  # a name in the key: two to a line under the picture
# DejaVu Sans: ascent and descent of the font (hhea), the height of capitals and digits.
ASCENT: Final = 1901 / 2048
DESCENT: Final = 483 / 2048
CAP: Final = 1493 / 2048
NEAR: Final = 2.5  # a label's gap to its own shape
FAR: Final = 7.0  # a label's least distance to any other shape
SPACE: Final = 2.0  # from a text to the edge of the picture
APART: Final = 5.0  # between two texts, and from a text to the centre (0.8 mm on the poster)
SIDEWAYS: Final = 12.0  # between two texts side by side (2 mm on the poster)
# Line widths in millimetres, drawn the same by the PDF and the HTML.
LINES: Final = {"ring": 0.2, "ring crisis": 0.35, "shape": 0.25, "shape crisis": 0.35}
# Key letters: no I, J, O or Q (read as 1, 0, or each other).
KEY_LETTERS: Final = "ABCDEFGHKLMNPRSTUVWXYZ"


@dataclass(frozen=True)
class Medium:
    """Where the picture is printed: its drawn size, its text size, and whether names
    may stand beside the shapes (with a key for those that do not fit)."""

    name: str
    mm: float
    pt: float
    names: bool
    marker: float  # half the size of a shape without a number, in units
    more_inside: bool  # "+N" in the picture's corner (the poster says it below)
    radii: tuple[float, float, float]  # of the rings, from the inside out

    @property
    def font(self) -> float:
        """The text size in picture units."""
        return self.pt * PT * SIZE / self.mm

    def pt_of(self, units: float) -> float:
        """A size in picture units, in points."""
        return units * self.mm / SIZE / PT

    def line(self, kind: str) -> float:
        """The width of a line (``LINES``) in picture units."""
        return LINES[kind] * SIZE / self.mm

    @property
    def pad(self) -> float:
        """The room between a crisis number and the inside of its shape's outline."""
        return 0.15 * self.font + self.line("shape crisis") / 2


# The poster keeps room outside the outer ring for names; the card, with shapes only,
# spreads its rings, as its numbers take more of the picture.
POSTER: Final = Medium("poster", PIC, 8.0, True, 6.0, False, (50.0, 86.0, 118.0))
CARD: Final = Medium("card", CARD_PIC, 6.0, False, 8.0, True, (56.0, 98.0, 132.0))


# --- font metrics -----------------------------------------------------------------------


@functools.cache
def _advances(name: str) -> dict[int, int]:
    """Advance widths (1/1000 em, as fpdf2 rounds them) by code point of a font shipped
    in ``steuncirkel.fonts``, from the layout's one reader; read once per run, and only
    when a picture is laid out."""
    try:
        return font_face(packaged_font(name)).widths
    except Exception:  # noqa: BLE001 — a missing fallback font is simply not used
        return {}


@functools.cache
def _fallback_names() -> tuple[str, ...]:
    """The other fonts we ship (for scripts DejaVu lacks), in a stable order."""
    from importlib import resources

    names = (f.name for f in resources.files("steuncirkel.fonts").iterdir())
    ours = set(DEJAVU.values())
    return tuple(sorted(n for n in names if n.endswith((".ttf", ".otf")) and n not in ours))


@functools.cache
def _char_width(char: str, bold: bool) -> float:
    """The advance of ``char`` in em: DejaVu's; else a shipped fallback font's; else a
    generous estimate (1 em, the width of a Chinese character). Marks take no room."""
    code = ord(char)
    width = _advances(DEJAVU[bold]).get(code)
    if width is not None:
        return width / 1000
    if unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0.0
    for name in _fallback_names():
        if (found := _advances(name).get(code)) is not None:
            return max(found / 1000, 0.5)
    return 1.0


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width of ``text`` at font size ``size``, in the units of ``size``: never less
    than fpdf2 measures it (shaped text is as wide or narrower; 1 % for its rounding)."""
    return sum(_char_width(c, bold) for c in text) * size * 1.01


# --- geometry ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle: left, top, right, bottom."""

    left: float
    top: float
    right: float
    bottom: float

    def overlaps(self, other: Box, margin: float = 1.0) -> bool:
        """True if the boxes come closer than ``margin``."""
        return not (
            self.right + margin <= other.left
            or other.right + margin <= self.left
            or self.bottom + margin <= other.top
            or other.bottom + margin <= self.top
        )

    def gap(self, other: Box) -> float:
        """The distance between the boxes (0 if they overlap)."""
        dx = max(0.0, self.left - other.right, other.left - self.right)
        dy = max(0.0, self.top - other.bottom, other.top - self.bottom)
        return math.hypot(dx, dy)

    def widened(self, by: float) -> Box:
        """The box ``by`` wider on the left and on the right."""
        return Box(self.left - by, self.top, self.right + by, self.bottom)

    def inside(self, margin: float = 0.0) -> bool:
        """True if the box lies within the picture, ``margin`` from its edge."""
        low, high = margin, SIZE - margin
        return self.left >= low and self.top >= low and self.right <= high and self.bottom <= high


@dataclass(frozen=True)
class Label:
    """A text in the picture. ``y`` is its baseline; ``anchor`` is start, middle or end
    (as in SVG); ``width`` is its measured advance. ``kind``: ``number`` (inside a
    crisis shape), ``name``, ``key`` (a key letter), ``me`` or ``more``; ``owner`` is
    the index of the marker it belongs to."""

    x: float
    y: float
    text: str
    anchor: str
    size: float
    bold: bool = False
    kind: str = "name"
    owner: int | None = None
    width: float = 0.0
    cap_only: bool = False  # capitals and digits: nothing above CAP or below the line

    def box(self) -> Box:
        left = {"start": self.x, "middle": self.x - self.width / 2, "end": self.x - self.width}
        x = left[self.anchor]
        if self.cap_only:
            return Box(x, self.y - CAP * self.size, x + self.width, self.y)
        return Box(x, self.y - ASCENT * self.size, x + self.width, self.y + DESCENT * self.size)


@dataclass(frozen=True)
class Marker:
    """An entry's hollow shape on its ring: the kind shown by the shape (readable in
    black and white, as the legend shows), a crisis entry's number inside it."""

    x: float
    y: float
    kind: Kind
    ring: str
    number: int | None  # position on the crisis list, shown inside the shape
    size: float  # circle radius; half a square; a diamond's half diagonal; triangle radius
    key: str | None = None  # the key letter beside the shape (poster), if any
    name: str = ""  # the entry's name, as shown in the key

    def points(self) -> list[tuple[float, float]]:
        """The outline of a polygon shape (empty for a circle)."""
        x, y, s = self.x, self.y, self.size
        if self.kind is Kind.PLACE:
            half = s * math.sqrt(3) / 2
            return [(x, y - s), (x + half, y + s / 2), (x - half, y + s / 2)]
        if self.kind is Kind.PROFESSIONAL:
            return [(x - s, y - s), (x + s, y - s), (x + s, y + s), (x - s, y + s)]
        if self.kind is Kind.GROUP:
            return [(x, y - s), (x + s, y), (x, y + s), (x - s, y)]
        return []

    @property
    def reach(self) -> float:
        """How far the outline reaches from the centre of the shape."""
        return self.size * math.sqrt(2) if self.kind is Kind.PROFESSIONAL else self.size

    def box(self) -> Box:
        points = self.points()
        if not points:
            s = self.size
            return Box(self.x - s, self.y - s, self.x + s, self.y + s)
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        return Box(min(xs), min(ys), max(xs), max(ys))


@dataclass(frozen=True)
class CircleLayout:
    """Everything to draw: the rings, the centre, the shapes and every text, the key
    (letter, name) and how many entries the picture leaves out."""

    medium: Medium
    rings: dict[str, float]
    centre: float  # the radius of the circle in the middle
    markers: list[Marker]
    labels: list[Label]  # "me", the crisis numbers, names, key letters, "+N"
    key: list[tuple[str, str]] = field(default_factory=list)
    more: int = 0

    def centre_box(self) -> Box:
        r = self.centre
        return Box(CENTRE - r, CENTRE - r, CENTRE + r, CENTRE + r)


# The shape of each kind in the picture, as the legend names it: hollow, as drawn.
KIND_SYMBOLS: Final = {Kind.PERSON: "○", Kind.PLACE: "△", Kind.PROFESSIONAL: "□", Kind.GROUP: "◇"}


def short_name(name: str, limit: int = LABEL_CHARS) -> str:
    """A label for the picture: the name, else its first word, else cut with an ellipsis."""
    name = " ".join(visible(name).split())
    if len(name) <= limit:
        return name
    first = name.split(" ")[0]
    if 4 <= len(first) <= limit:  # "Marieke", not "Het" of "Het bankje in het bos"
        return first
    return name[: limit - 1].rstrip() + "…"


def _cut(name: str, limit: int) -> str:
    """The name whole, or its first ``limit`` letters and an ellipsis (for the key,
    where "Alexandra 5 Wil…" tells two Alexandras apart better than a first word)."""
    name = " ".join(visible(name).split())
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def _pack(items: Sequence[str], width: float, size: float, sep: str = " · ") -> list[str]:
    """``items`` joined by ``sep`` into lines no wider than ``width``, broken only
    between items (an item wider than a line is broken between its words)."""
    lines: list[str] = []
    current = ""
    for item in items:
        if sep != " " and text_width(item, size) > width:
            if current:
                lines.append(current)
                current = ""
            lines += _pack(item.split(" "), width, size, " ")
            continue
        candidate = f"{current}{sep}{item}" if current else item
        if current and text_width(candidate, size) > width:
            lines.append(current)
            candidate = item
        current = candidate
    if current:
        lines.append(current)
    return lines


def key_lines(layout: CircleLayout, width_mm: float, pt: float) -> list[str]:
    """The key, "A Anna · B Bert · …", broken into lines no wider than ``width_mm`` at
    ``pt`` (measured as the PDF measures; the HTML prints the same lines)."""
    size = pt * PT
    items = []
    for letter, name in layout.key:
        item = f"{letter} {name}"
        while text_width(item, size) > width_mm and len(name) > 1:  # wide letters
            name = name[:-1]
            item = f"{letter} {name.rstrip('…')}…"
        items.append(item)
    return _pack(items, width_mm, size)


def legend_lines(layout: CircleLayout, lang: Lang, width_mm: float, pt: float) -> list[str]:
    """What is printed under the picture, in lines no wider than ``width_mm`` at ``pt``:
    the shapes ("○ persoon · △ plek · …"), the rings, then the key; lines break
    between items only, so a shape stays with its word."""
    size = pt * PT
    shapes = [f"{s} {t(KIND_LABELS[kind], lang)}" for kind, s in KIND_SYMBOLS.items()]
    rings = t(Msg.PICTURE_LEGEND_RINGS, lang).split(" · ")
    return [
        *_pack(shapes, width_mm, size),
        *_pack(rings, width_mm, size),
        *key_lines(layout, width_mm, pt),
    ]


# --- the layout -------------------------------------------------------------------------


def _ring_of(entry: EntryLike) -> str:
    if entry.has(Role.CRISIS):
        return "crisis"
    return "listens" if entry.has(Role.LISTENS) else "practical"


def _numbered_size(kind: Kind, width: float, height: float, pad: float) -> float:
    """The least shape size that holds a number ``width`` x ``height`` with ``pad``."""
    if kind is Kind.PLACE:  # the number sits low in the triangle, where it is widest
        return (math.sqrt(3) * (width / 2 + pad) + height + pad) / 1.5
    if kind is Kind.PROFESSIONAL:
        return max(width, height) / 2 + pad
    if kind is Kind.GROUP:
        return (width + height) / 2 + 1.5 * pad
    return math.hypot(width / 2, height / 2) + pad


def _number_baseline(marker: Marker, height: float, pad: float) -> float:
    if marker.kind is Kind.PLACE:
        return marker.y + marker.size / 2 - pad
    return marker.y + height / 2


def _candidates(marker: Marker, width: float, above: float, below: float) -> list[Box]:
    """Boxes of ``width`` right beside the marker, the direction away from the centre
    first; each touches the marker's box at ``NEAR``."""
    mb = marker.box()
    height = above + below
    out_x, out_y = marker.x - CENTRE, marker.y - CENTRE
    norm = math.hypot(out_x, out_y) or 1.0
    out_x, out_y = out_x / norm, out_y / norm
    found: list[tuple[float, int, Box]] = []
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            if dx == dy == 0:
                continue
            if dx > 0:
                lefts = [mb.right + NEAR]
            elif dx < 0:
                lefts = [mb.left - NEAR - width]
            else:  # centred on the marker, or slid either way
                lefts = [marker.x - width / 2, mb.left - width * 0.25, mb.right - width * 0.75]
            if dy > 0:
                tops = [mb.bottom + NEAR]
            elif dy < 0:
                tops = [mb.top - NEAR - height]
            else:
                tops = [marker.y - height / 2, mb.top - height * 0.3, mb.bottom - height * 0.7]
            score = -(dx * out_x + dy * out_y) / math.hypot(dx, dy)
            for variant, (left, top) in enumerate((lx, ty) for lx in lefts for ty in tops):
                found.append((score, variant, Box(left, top, left + width, top + height)))
    found.sort(key=lambda item: (round(item[0], 6), item[1]))
    return [box for _, _, box in found]


def _free(
    box: Box, own: int, shapes: Sequence[Box], texts: Sequence[Box], sideways: float = 0.0
) -> bool:
    """True if ``box`` is inside the picture, ``FAR`` from every shape but its own
    (``shapes``: the markers' boxes), ``APART`` from every text, and ``sideways`` from
    one on the same line (a name: two names a word apart would read as one)."""
    if not box.inside(SPACE):
        return False
    for index, shape in enumerate(shapes):  # box.gap(shape) < FAR, without a square root
        dx = max(box.left - shape.right, shape.left - box.right, 0.0)
        if dx >= FAR or index == own:
            continue
        dy = max(box.top - shape.bottom, shape.top - box.bottom, 0.0)
        if dx * dx + dy * dy < FAR * FAR:
            return False
    for other in texts:
        if box.overlaps(other, APART) or box.overlaps(other.widened(sideways), 0.0):
            return False
    return True


def _label_in(box: Box, marker: Marker, text: str, width: float, base: Label) -> Label:
    """The label ``text`` drawn in ``box``: against the marker's side, centred above
    or below it."""
    if box.left >= marker.box().right:
        x, anchor = box.left, "start"
    elif box.right <= marker.box().left:
        x, anchor = box.right, "end"
    else:
        x, anchor = (box.left + box.right) / 2, "middle"
    above = CAP * base.size if base.cap_only else ASCENT * base.size
    return Label(x, box.top + above, text, anchor, base.size, base.bold, base.kind,
                 base.owner, width, base.cap_only)  # fmt: skip


Rings = tuple[tuple[tuple[str, Kind], ...], ...]  # (name, kind) per ring, in RINGS order


def _rings(crisis: Sequence[EntryLike], others: Sequence[EntryLike]) -> Rings:
    by_ring: dict[str, list[tuple[str, Kind]]] = {ring: [] for ring in RINGS}
    for entry in [*crisis, *others]:
        by_ring[_ring_of(entry)].append((entry.name, entry.kind))
    return tuple(tuple(by_ring[ring]) for ring in RINGS)


def _markers(rings: Rings, medium: Medium, turns: tuple[float, float]) -> list[Marker]:
    """The shapes on their rings: the crisis list from the top, clockwise; the outer
    rings turned by ``turns`` (a fraction of the step between their shapes)."""
    font = medium.font
    digit, pad = text_width("0", font, bold=True), medium.pad
    markers = []
    for ring, radius, items, turn in zip(RINGS, medium.radii, rings, (0.0, *turns), strict=True):
        count = max(len(items), 1)
        offset = -90.0 + 360.0 * turn / count
        for n, (name, kind) in enumerate(items):
            angle = math.radians(offset + 360.0 * n / count)
            numbered = ring == "crisis"
            size = _numbered_size(kind, digit, CAP * font, pad) if numbered else medium.marker
            markers.append(Marker(
                CENTRE + radius * math.cos(angle), CENTRE + radius * math.sin(angle),
                kind, ring, n + 1 if numbered else None, size, name=_cut(name, KEY_CHARS),
            ))  # fmt: skip
    return markers


def _forms(name: str) -> list[str]:
    """What a name label may say: the short name, else its first word."""
    short = short_name(name)
    first = short.split(" ")[0].rstrip("…")
    return [short] if first == short or len(first) < 2 else [short, first]


def _attempt(
    rings: Rings, medium: Medium, me: str, turns: tuple[float, float]
) -> CircleLayout | None:
    """The layout of exactly these entries, or None if their key letters do not fit."""
    font = medium.font
    markers = _markers(rings, medium, turns)
    me_width = text_width(me, font, bold=True)
    centre = math.hypot(me_width / 2, CAP * font / 2) + 0.25 * font
    labels = [Label(CENTRE, CENTRE + CAP * font / 2, me, "middle", font, True, "me",
                    None, me_width, cap_only=False)]  # fmt: skip
    taken = [Box(CENTRE - centre, CENTRE - centre, CENTRE + centre, CENTRE + centre)]
    pad = medium.pad
    for index, marker in enumerate(markers):
        if marker.number is not None:
            text = str(marker.number)
            width = text_width(text, font, bold=True)
            baseline = _number_baseline(marker, CAP * font, pad)
            labels.append(Label(marker.x, baseline, text, "middle", font, True, "number",
                                index, width, cap_only=True))  # fmt: skip
    if not medium.names:
        return CircleLayout(
            medium, dict(zip(RINGS, medium.radii, strict=True)), centre, markers, labels
        )
    outer = [i for i, m in enumerate(markers) if m.number is None]
    if len(outer) > len(KEY_LETTERS):
        return None
    shapes = [marker.box() for marker in markers]
    # First a place for every key letter, so no name can take the room a letter needs.
    letter_w = max(text_width(c, font, bold=True) for c in KEY_LETTERS)
    reserved: dict[int, Box] = {}
    for index in outer:
        around = _candidates(markers[index], letter_w, CAP * font, 0.0)
        texts = [*taken, *reserved.values()]
        spot = next((box for box in around if _free(box, index, shapes, texts)), None)
        if spot is None:
            return None
        reserved[index] = spot
    # Then the names, where they fit; the rest keep their letter.
    named: dict[int, Label] = {}
    changed = True
    while changed:
        changed = False
        for index in outer:
            if index in named:
                continue
            marker = markers[index]
            others = [*taken, *(b for i, b in reserved.items() if i != index),
                      *(label.box() for label in named.values())]  # fmt: skip
            for form in _forms(marker.name):
                width = text_width(form, font)
                base = Label(0, 0, "", "start", font, False, "name", index, width)
                around = _candidates(marker, width, ASCENT * font, DESCENT * font)
                spot = next((b for b in around if _free(b, index, shapes, others, SIDEWAYS)), None)
                if spot is not None:
                    named[index] = _label_in(spot, marker, form, width, base)
                    del reserved[index]
                    changed = True
                    break
    key: list[tuple[str, str]] = []
    for index in outer:
        if index in named:
            labels.append(named[index])
            continue
        char = KEY_LETTERS[len(key)]
        box = reserved[index]
        marker = markers[index]
        markers[index] = Marker(marker.x, marker.y, marker.kind, marker.ring, None,
                                marker.size, char, marker.name)  # fmt: skip
        base = Label(0, 0, "", "middle", font, True, "key", index, letter_w, cap_only=True)
        placed = _label_in(box, marker, char, text_width(char, font, bold=True), base)
        # The letter's own width, kept against the marker's side of the reserved box.
        labels.append(placed)
        key.append((char, marker.name))
    return CircleLayout(
        medium, dict(zip(RINGS, medium.radii, strict=True)), centre, markers, labels, key
    )


def _with_more(layout: CircleLayout, more: int) -> CircleLayout:
    """``layout`` with its count of entries left out, and on the card a "+N" in the
    picture's bottom right corner."""
    labels = list(layout.labels)
    if more and layout.medium.more_inside:
        font = layout.medium.font
        text = f"+{more}"
        width = text_width(text, font, bold=True)
        labels.append(Label(SIZE - SPACE, SIZE - SPACE, text, "end", font, True, "more",
                            None, width, cap_only=True))  # fmt: skip
    return CircleLayout(layout.medium, layout.rings, layout.centre, layout.markers, labels,
                        layout.key, more)  # fmt: skip


# The turns tried for the two outer rings (fractions of the step between their shapes):
# the poster takes the one that leaves the most names beside their shapes.
TURNS: Final = ((0.5, 0.0), (0.0, 0.5), (0.25, 0.75), (0.75, 0.25), (0.5, 0.5), (0.0, 0.0))


def layout_circle(
    crisis: Sequence[EntryLike],
    others: Sequence[EntryLike],
    medium: Medium = POSTER,
    *,
    more: int = 0,
    me: str = "ik",
) -> CircleLayout:
    """The picture of the crisis list (inner ring) and ``others`` on ``medium``.
    ``more``: how many were left out before; if the key letters cannot all find room,
    the fullest outer ring gives up its last entries, and they are counted too."""
    return _layout(_rings(crisis, others), medium, more, visible(me))


@functools.lru_cache(maxsize=16)
def _layout(rings: Rings, medium: Medium, more: int, me: str) -> CircleLayout:
    """``layout_circle`` once per picture: the PDF and its layout both ask for it."""
    crisis, listens, practical = (list(items) for items in rings)
    dropped = 0
    turns = TURNS if medium.names else TURNS[:1]
    while len(listens) + len(practical) > len(KEY_LETTERS):  # more than there are letters
        (listens if len(listens) >= len(practical) else practical).pop()
        dropped += 1
    while True:
        best: CircleLayout | None = None
        for turn in turns:
            layout = _attempt((tuple(crisis), tuple(listens), tuple(practical)), medium, me, turn)
            if layout is not None and (best is None or len(layout.key) < len(best.key)):
                best = layout
            if best is not None and not best.key:
                break  # every name beside its shape: no turn does better
        if best is not None:
            return _with_more(best, more + dropped)
        (listens if len(listens) >= len(practical) else practical).pop()
        dropped += 1


def picture_layout(view: PrintView, lang: Lang, medium: Medium) -> CircleLayout:
    """The picture of a printout's circle on ``medium``, "me" in ``lang``."""
    me = t(Msg.PICTURE_ME, lang)
    return layout_circle(view.crisis, view.others, medium, more=view.more, me=me)
