"""The circle picture as geometry: you in the middle, the crisis list on the inner ring,
who listens and who helps practically further out, each entry a shape with a label.

Pure geometry, shared by the HTML (inline SVG) and the PDF (vector drawing), so both
show the same picture. Labels are placed greedily: each tries a few distances from its
marker and takes the first where its box touches no other label or marker; a test checks
that no two boxes overlap for up to 5 + 20 entries with long names.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from steuncirkel.base.i18n import t
from steuncirkel.base.vocab import KIND_LABELS, Kind, Role

if TYPE_CHECKING:
    from steuncirkel.base.i18n import Lang
    from steuncirkel.models import Entry

__all__ = [
    "SIZE",
    "Box",
    "CircleLayout",
    "Label",
    "Marker",
    "layout_circle",
    "legend_text",
    "short_name",
]

SIZE: Final = 300.0  # the picture is SIZE x SIZE units
CENTRE: Final = SIZE / 2
RINGS: Final[dict[str, float]] = {"crisis": 48.0, "listens": 84.0, "practical": 116.0}
MARKER: Final = 5.0  # half the size of a marker
FONT: Final = 11.0  # label font size in units (about 5 pt on the poster)
CHAR_WIDTH: Final = 0.56 * FONT  # a generous average for a sans-serif font
LABEL_CHARS: Final = 12
GAPS: Final = (9.0, 19.0, 29.0, 39.0, -15.0)  # distances from the marker, outward first
TURNS: Final = (0.0, 6.0, -6.0, 12.0, -12.0)  # degrees a label may turn away from its marker


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


@dataclass(frozen=True)
class Marker:
    """An entry's shape on its ring (kind shown by the shape, readable in black and white)."""

    x: float
    y: float
    kind: Kind
    ring: str
    number: int | None  # position on the crisis list, shown inside the marker

    def box(self) -> Box:
        return Box(self.x - MARKER, self.y - MARKER, self.x + MARKER, self.y + MARKER)


@dataclass(frozen=True)
class Label:
    """A short name next to its marker; ``anchor`` is start, middle or end (as in SVG)."""

    x: float
    y: float  # baseline
    text: str
    anchor: str

    def box(self) -> Box:
        width = len(self.text) * CHAR_WIDTH
        left = {"start": self.x, "middle": self.x - width / 2, "end": self.x - width}[self.anchor]
        return Box(left, self.y - FONT * 0.8, left + width, self.y + FONT * 0.25)


@dataclass(frozen=True)
class CircleLayout:
    """Everything to draw: rings, markers, labels and the centre."""

    rings: dict[str, float]
    markers: list[Marker]
    labels: list[Label]


# The shape of each kind in the picture, as the legend names it.
KIND_SYMBOLS: Final = {Kind.PERSON: "●", Kind.PLACE: "▲", Kind.PROFESSIONAL: "■", Kind.GROUP: "◆"}


def legend_text(lang: Lang) -> str:
    """ "● persoon · ▲ plek · ■ hulpverlener · ◆ groep" in ``lang`` (not escaped)."""
    return " · ".join(f"{s} {t(KIND_LABELS[kind], lang)}" for kind, s in KIND_SYMBOLS.items())


def short_name(name: str, limit: int = LABEL_CHARS) -> str:
    """A label for the picture: the name, else its first word, else cut with an ellipsis."""
    name = " ".join(name.split())
    if len(name) <= limit:
        return name
    first = name.split(" ")[0]
    if 4 <= len(first) <= limit:  # "Marieke", not "Het" of "Het bankje in het bos"
        return first
    return name[: limit - 1].rstrip() + "…"


def _ring_of(entry: Entry) -> str:
    if entry.has(Role.CRISIS):
        return "crisis"
    return "listens" if entry.has(Role.LISTENS) else "practical"


def _candidates(marker: Marker, angle: float, text: str) -> list[Label]:
    """Places to try for a label: outward first, then slightly turned, then inward."""
    radius = math.hypot(marker.x - CENTRE, marker.y - CENTRE)
    found = []
    for turn in TURNS:
        a = angle + math.radians(turn)
        cos, sin = math.cos(a), math.sin(a)
        anchor = "start" if cos > 0.35 else ("end" if cos < -0.35 else "middle")
        for gap in GAPS:
            r = radius + gap
            found.append(Label(CENTRE + r * cos, CENTRE + r * sin + FONT * 0.3, text, anchor))
    return found


def _fits(label: Label, taken: list[Box]) -> bool:
    box = label.box()
    inside = box.left >= 0 and box.top >= 0 and box.right <= SIZE and box.bottom <= SIZE
    return inside and not any(box.overlaps(other) for other in taken)


def _place_label(marker: Marker, angle: float, text: str, taken: list[Box]) -> Label:
    """The first free place for the label; the text is shortened only if none is free."""
    limits = [len(text), *range(len(text) - 1, 2, -1)]  # as it is, then shorter
    for limit in limits:
        shorter = short_name(text, limit)
        for label in _candidates(marker, angle, shorter):
            if _fits(label, taken):
                return label
    return _candidates(marker, angle, short_name(text, 3))[0]


def layout_circle(crisis: list[Entry], others: list[Entry]) -> CircleLayout:
    """Markers and labels for the crisis list (inner ring) and up to 20 others."""
    by_ring: dict[str, list[Entry]] = {"crisis": list(crisis), "listens": [], "practical": []}
    for entry in others:
        by_ring[_ring_of(entry)].append(entry)
    markers: list[Marker] = []
    placed: list[tuple[Marker, float, str]] = []
    for ring, entries in by_ring.items():
        radius = RINGS[ring]
        offset = {"crisis": -90.0, "listens": -75.0, "practical": -60.0}[ring]
        for n, entry in enumerate(entries):
            angle = math.radians(offset + 360.0 * n / max(len(entries), 1))
            marker = Marker(
                CENTRE + radius * math.cos(angle),
                CENTRE + radius * math.sin(angle),
                entry.kind,
                ring,
                n + 1 if ring == "crisis" else None,
            )
            markers.append(marker)
            placed.append((marker, angle, short_name(entry.name)))
    centre_box = Box(CENTRE - 14, CENTRE - 14, CENTRE + 14, CENTRE + 14)
    taken = [centre_box, *(m.box() for m in markers)]
    labels: list[Label] = []
    for marker, angle, text in placed:
        label = _place_label(marker, angle, text, taken)
        taken.append(label.box())
        labels.append(label)
    return CircleLayout(dict(RINGS), markers, labels)
