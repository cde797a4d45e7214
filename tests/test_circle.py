"""The circle picture tells the truth (issue #11 item 4): every entry has its shape,
each label sits beside its own shape or the entry is numbered with a key, nothing
overlaps, no text is under 8 pt on the poster or 6 pt on the card, both outer rings get
their share, and "+N more" is always inside.

The geometry is checked with Hypothesis on circles of up to 5 + 40 entries, names in
every script we support, measured with the real glyph widths the PDF uses.
"""

from __future__ import annotations

import itertools
import math
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import NOW, circle_with
from steuncirkel import reading
from steuncirkel.base.vocab import Kind, Role
from steuncirkel.models import Circle, Entry, demo_circle
from steuncirkel.render import PrintOptions, pdfkit
from steuncirkel.render.circle import (
    CARD,
    FAR,
    KEY_LETTERS,
    KIND_SYMBOLS,
    NEAR,
    POSTER,
    SIDEWAYS,
    Box,
    CircleLayout,
    Marker,
    Medium,
    key_lines,
    layout_circle,
    legend_lines,
    picture_layout,
    short_name,
    text_width,
)
from steuncirkel.render.layout import PT

TODAY = date(2026, 11, 27)
EPS = 1e-6

# Letters of every script we support (issue #11 item 8), a few per script.
SCRIPTS = {
    "Latin": "abcdefghijklmnopqrstuvwxyzABCDEFGHKLMNPRSTUVWXYZÄÖÜéèçñŁłŻżßWM-'",
    "Cyrillic": "абвгдежзийклмнопрстуфхцчшщъыьэюяЖЩШЮ",
    "Greek": "αβγδεζηθικλμνξοπρστυφχψωΩΨΣ",
    "Arabic": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "Hebrew": "אבגדהוזחטיכלמנסעפצקרשת",
    "Chinese": "王小明佐藤花子李陈张",
    "Hangul": "김민준이서연박",
    "Kana": "さとうはなこカタナ",
    "Ge'ez": "ሰላምተስፋይአበቢቂ",
    "Devanagari": "प्रियाशर्म",
    "Tamil": "கார்த்திக்முருகன்",
    "Thai": "สมชายใจดี",
    "Georgian": "ნინობერიძე",
    "Armenian": "ԱնիՊետրոսյան",
    "Tifinagh": "ⵎⴰⵙⵉⵏ",
    "emoji": "🌻❤😀",
}


@st.composite
def names(draw: st.DrawFn) -> str:
    script = draw(st.sampled_from(sorted(SCRIPTS)))
    word = st.text(alphabet=SCRIPTS[script], min_size=1, max_size=16)
    return " ".join(draw(st.lists(word, min_size=1, max_size=4)))[:80]


ROLES = [[Role.LISTENS], [Role.PRACTICAL], [Role.LISTENS, Role.PRACTICAL]]


def entry(n: int, roles: list[Role], name: str, kind: Kind) -> Entry:
    return Entry(id=f"e{n}", name=name, kind=kind, roles=roles, created=NOW, updated=NOW)


def circle_of(crisis: list[tuple[str, Kind]], others: list[tuple[str, Kind, int]]) -> Circle:
    inner = [entry(n, [Role.CRISIS], name, kind) for n, (name, kind) in enumerate(crisis)]
    outer = [entry(10 + n, ROLES[r], name, kind) for n, (name, kind, r) in enumerate(others)]
    return Circle(entries=inner + outer, crisis_order=[e.id for e in inner])


# --- the checks on one layout -------------------------------------------------------------


def inside_shape(marker: Marker, box: Box, inset: float) -> bool:
    """True if every corner of ``box`` is inside the marker's outline, ``inset`` in."""
    corners = [(box.left, box.top), (box.right, box.top), (box.left, box.bottom),
               (box.right, box.bottom)]  # fmt: skip
    points = marker.points()
    if not points:
        reach = marker.size - inset
        return all(math.hypot(x - marker.x, y - marker.y) <= reach for x, y in corners)
    for (x1, y1), (x2, y2) in itertools.pairwise([*points, points[0]]):
        length = math.hypot(x2 - x1, y2 - y1)
        for x, y in corners:  # clockwise on screen: inside is on the right of each edge
            if ((x2 - x1) * (y - y1) - (y2 - y1) * (x - x1)) / length < inset:
                return False
    return True


def check(layout: CircleLayout, crisis: int, outer_given: int, more_given: int) -> None:
    medium = layout.medium
    markers, labels = layout.markers, layout.labels
    outer = [i for i, m in enumerate(markers) if m.number is None]
    # Everyone given is in the picture or counted in "+N more".
    assert len(markers) - len(outer) == crisis
    assert len(outer) + layout.more == outer_given + more_given
    # No text under 8 pt on the poster, 6 pt on the card.
    for label in labels:
        assert medium.pt_of(label.size) >= medium.pt - EPS, label
    # Every text inside the picture; shapes too.
    boxes = [label.box() for label in labels]
    for box in boxes + [m.box() for m in markers] + [layout.centre_box()]:
        assert box.inside(), box
    # No overlap: text with text, shapes with shapes, text with any shape but its own.
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b, margin=0), (a, b)
    words = [label for label in labels if label.kind in ("name", "key")]
    for a, b in itertools.combinations(words, 2):  # a name beside a word: clearly apart
        if "name" in (a.kind, b.kind):
            assert not a.box().overlaps(b.box().widened(SIDEWAYS), margin=0), (a, b)
    for a, b in itertools.combinations(markers, 2):  # each shape within its reach
        assert math.hypot(a.x - b.x, a.y - b.y) >= a.reach + b.reach, (a, b)
    centre = layout.centre_box()
    for marker in markers:
        assert math.hypot(marker.x - 150, marker.y - 150) >= marker.reach + layout.centre
    for label, box in zip(labels, boxes, strict=True):
        if label.kind == "me":
            assert inside_shape(Marker(150, 150, Kind.PERSON, "", None, layout.centre), box, 0)
            continue
        assert not box.overlaps(centre, margin=0)
        for index, marker in enumerate(markers):
            if index != label.owner:
                assert box.gap(marker.box()) >= FAR - EPS, (label, marker)
        if label.kind == "number":  # inside its own shape, clear of the outline
            own = markers[label.owner or 0]
            assert inside_shape(own, box, medium.line("shape crisis") / 2 - EPS), (label, own)
        elif label.kind in ("name", "key"):  # right beside its own shape
            own_box = markers[label.owner or 0].box()
            assert not box.overlaps(own_box, margin=0)
            assert box.gap(own_box) <= NEAR * math.sqrt(2) + EPS, (label, own_box)
    # Every entry labelled: crisis entries by their number, the others by name or by a
    # key letter that the key explains (the poster); the card shows shapes only.
    numbers = sorted(label.text for label in labels if label.kind == "number")
    assert numbers == [str(n) for n in range(1, crisis + 1)]
    by_owner = {label.owner: label for label in labels if label.kind in ("name", "key")}
    if medium.names:
        assert sorted(i for i in by_owner if i is not None) == outer
        keyed = [(markers[i].key, markers[i].name) for i in outer if by_owner[i].kind == "key"]
        assert keyed == layout.key
        assert [by_owner[i].text for i in outer if by_owner[i].kind == "key"] == [
            letter for letter, _ in layout.key
        ]
        assert len({letter for letter, _ in layout.key}) == len(layout.key)
        for line in key_lines(layout, 58.0 - 1, POSTER.pt):
            assert text_width(line, POSTER.pt * 25.4 / 72) <= 57.0 + EPS
    else:
        assert not by_owner and not layout.key
    mores = [label for label in labels if label.kind == "more"]
    if medium.more_inside and layout.more:
        assert [label.text for label in mores] == [f"+{layout.more}"]
    else:
        assert not mores


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    crisis=st.lists(st.tuples(names(), st.sampled_from(list(Kind))), max_size=5),
    others=st.lists(
        st.tuples(names(), st.sampled_from(list(Kind)), st.integers(0, 2)), max_size=40
    ),
    lang=st.sampled_from(["nl", "en"]),
)
def test_no_overlaps_for_up_to_five_plus_forty_in_every_script(
    crisis: list[tuple[str, Kind]], others: list[tuple[str, Kind, int]], lang: str
) -> None:
    """The whole way a printout goes: the view picks who is in the picture (at most 20,
    both rings a fair share), the layout places them on the poster and on the card."""
    view = reading.print_view(circle_of(crisis, others), TODAY)
    for medium in (POSTER, CARD):
        layout = picture_layout(view, lang, medium)  # "ik" or "me" in the middle
        check(layout, len(crisis), len(view.others), view.more)
    assert len(view.others) + view.more == len(others)
    rings = {1 if roles == 1 else 0 for _, _, roles in others}  # 1: practical only
    shown = {0 if e.has(Role.LISTENS) else 1 for e in view.others}
    assert shown == rings  # no ring left empty while it has someone


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    others=st.lists(
        st.tuples(names(), st.sampled_from(list(Kind)), st.integers(0, 2)),
        min_size=30,
        max_size=40,
    )
)
def test_a_layout_given_forty_others_shows_what_fits_and_counts_the_rest(
    others: list[tuple[str, Kind, int]],
) -> None:
    """Straight to the layout, without the view's 20 slots: it shows no more than it
    has key letters for, and counts the rest ("+N")."""
    circle = circle_of([(f"C{n}", Kind.PERSON) for n in range(5)], others)
    crisis = circle.crisis_list()
    rest = [e for e in circle.entries if e not in crisis]
    for medium in (POSTER, CARD):
        layout = layout_circle(crisis, rest, medium, more=3)
        check(layout, 5, len(rest), 3)
        assert len(layout.markers) - 5 <= len(KEY_LETTERS)
        assert layout.more >= 3 + len(rest) - len(KEY_LETTERS)


# --- what a person sees -----------------------------------------------------------------


def test_the_demo_names_everyone_beside_their_own_shape() -> None:
    view = reading.print_view(demo_circle(), TODAY)
    layout = picture_layout(view, "nl", POSTER)
    check(layout, len(view.crisis), len(view.others), view.more)
    assert not layout.key  # every name fits
    names = {label.text for label in layout.labels if label.kind == "name"}
    assert names == {short_name(e.name) for e in view.others}
    assert [m.number for m in layout.markers if m.number] == [1, 2, 3, 4]
    card = picture_layout(view, "nl", CARD)
    assert {label.kind for label in card.labels} == {"me", "number"}  # no names on the card


def test_names_that_do_not_fit_get_a_key_letter_and_a_key() -> None:
    names = [f"C{n}" for n in range(5)] + [f"Alexandra {n} Wilhelmina" for n in range(20)]
    view = reading.print_view(circle_with(names), TODAY)
    layout = picture_layout(view, "en", POSTER)
    check(layout, 5, 20, 0)
    assert layout.key, "twenty long names cannot all stand in a 50 mm picture"
    letters = [letter for letter, _ in layout.key]
    assert letters == list(KEY_LETTERS[: len(letters)])
    assert not set(letters) & set("IJOQ")  # never read as 1, 0 or each other
    lines = key_lines(layout, 57.0, 8.0)
    assert " · ".join(lines).startswith("A Alexandra 0… · B Alexandra 1…")
    assert all(text_width(line, 8 * 25.4 / 72) <= 57.0 for line in lines)


def test_both_outer_rings_get_a_fair_share_of_the_slots() -> None:
    shares = reading.picture_shares
    assert shares(30, 30) == (10, 10)
    assert shares(100, 3) == (17, 3)
    assert shares(3, 100) == (3, 17)
    assert shares(40, 1) == (19, 1)
    assert shares(25, 8) == (15, 5)
    assert shares(12, 5) == (12, 5)  # all fit: all shown
    for listens, practical in itertools.product(range(0, 45, 3), repeat=2):
        shown_l, shown_p = shares(listens, practical)
        assert shown_l + shown_p == min(20, listens + practical)
        assert (shown_l > 0) == (listens > 0) and (shown_p > 0) == (practical > 0)


def test_the_card_counts_what_it_leaves_out_inside_the_picture() -> None:
    names = [f"C{n}" for n in range(5)] + [f"Helper {n}" for n in range(40)]
    view = reading.print_view(circle_with(names), TODAY)
    assert view.more == 20
    card = picture_layout(view, "nl", CARD)
    (more,) = [label for label in card.labels if label.kind == "more"]
    assert more.text == "+20" and more.box().inside()
    poster = picture_layout(view, "nl", POSTER)
    assert poster.more == 20 and not [lb for lb in poster.labels if lb.kind == "more"]


def test_the_legend_shows_the_shapes_as_they_are_drawn() -> None:
    """Hollow shapes in the picture, hollow shapes in the legend."""
    assert set(KIND_SYMBOLS.values()) == {"○", "△", "□", "◇"}
    layout = layout_circle([], [])
    legend = legend_lines(layout, "nl", 200.0, 8.0)
    assert legend[0] == "○ persoon · △ plek · □ hulpverlener · ◇ groep"
    narrow = legend_lines(layout, "nl", 40.0, 8.0)  # a shape stays with its word
    assert narrow[:2] == ["○ persoon · △ plek", "□ hulpverlener · ◇ groep"]
    assert not set("●▲■◆") & set("".join(narrow))
    css = (Path(pdfkit.__file__).parent / "print.css").read_text("utf-8")
    shape_rules = re.findall(r"\.shape[^{]*\{([^}]*)\}", css)
    assert shape_rules and all("fill: var(" not in rule for rule in shape_rules)


def test_each_medium_has_its_smallest_size() -> None:
    assert POSTER.pt == 8.0 and CARD.pt == 6.0
    for medium in (POSTER, CARD):
        assert abs(medium.pt_of(medium.font) - medium.pt) < EPS
    assert isinstance(POSTER, Medium)


def test_the_printouts_draw_the_picture_at_the_size_the_layout_assumes() -> None:
    from steuncirkel.render import layout

    assert layout.PIC == POSTER.mm
    assert layout.CARD_PIC == CARD.mm


# --- real glyph widths ------------------------------------------------------------------

SAMPLES = ["ሰላም ተስፋይ", "김민준", "प्रिया शर्मा", "கார்த்திக் முருகன்", "สมชาย ใจดี",
           "ნინო ბერიძე", "Անի Պետրոսյան", "ⵎⴰⵙⵉⵏⵉⵙⴰ", "Oma 🌻", "فاطمة الزهراء", "لا الله",
           "יעל כהן", "Ελένη Παπαδοπούλου", "Олександр", "Łukasz Żółć", "WWW MMM"]  # fmt: skip
DROID = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")


def test_text_widths_are_never_less_than_the_pdf_measures() -> None:
    """The layout's widths (DejaVu's advances, the shipped fonts' for other scripts, one
    em for the rest) cover what fpdf2 draws, shaped, with the fonts a printout uses."""
    samples = SAMPLES + (["王小明", "佐藤花子"] if DROID.exists() else [])
    view = reading.print_view(circle_with(samples), TODAY)
    fallbacks, _ = pdfkit.fallbacks_for(view)
    pdf = pdfkit.new_pdf("t", "nl", shaping=True, fallbacks=fallbacks)
    for bold in (False, True):
        pdfkit.font(pdf, 10, bold=bold)
        for text in samples:
            drawn = pdf.get_string_width(text)
            assert drawn <= text_width(text, 10 * PT, bold=bold) + EPS, text


def test_importing_the_geometry_reads_no_font() -> None:
    code = (
        "import sys, steuncirkel.render.circle as c; "
        "assert 'fontTools' not in sys.modules; c.text_width('x', 1); "
        "assert 'fontTools' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- on the rendered page ---------------------------------------------------------------


def _picture_words(path: Path, left: float, top: float, size: float) -> list[tuple[str, float]]:
    """(word, height in pt) of the words pdftotext finds inside the picture's square."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    mm = 72 / 25.4
    found = []
    for x0, y0, x1, y1, word in re.findall(
        r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', html
    ):
        cx, cy = (float(x0) + float(x1)) / 2 / mm, (float(y0) + float(y1)) / 2 / mm
        if left <= cx <= left + size and top <= cy <= top + size:
            found.append((word, float(y1) - float(y0)))
    return found


@pytest.mark.parametrize("medium", [POSTER, CARD], ids=["poster", "card"])
def test_no_text_in_the_rendered_picture_is_too_small(tmp_path: Path, medium: Medium) -> None:
    """pdftotext's box is about 1.16x the type size for DejaVu: 8 pt on the poster,
    6 pt on the card, the numbers in the shapes included."""
    from steuncirkel.render import layout
    from steuncirkel.render.pdf import render

    names = [f"C{n}" for n in range(5)] + [f"Helper {n}" for n in range(25)]
    view = reading.print_view(circle_with(names), TODAY)
    options = PrintOptions(layout=medium.name, qr=False)
    path = tmp_path / "out.pdf"
    path.write_bytes(render(view, "nl", options))
    if medium is POSTER:
        left, top = layout.PIC_X, layout.HEAD_TOP
    else:
        left = layout.CARD_X + layout.CARD_W - layout.PAD - CARD.mm
        top = layout.CARD_Y + (layout.CARD_H - CARD.mm) / 2
    words = _picture_words(path, left, top, medium.mm)
    assert {w for w, _ in words} >= {"1", "2", "3", "4", "5", "ik"}
    for word, height in words:
        assert height >= medium.pt * 1.1, (word, height)
