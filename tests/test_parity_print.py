"""The HTML and the PDF printouts look the same, and nothing that matters is cut (issue #11).

The HTML is printed by Chromium; both PDFs are read back with ``pdftotext -bbox``. Every
word of the title, the names on the list and their phone numbers sits within 3 mm of
where the PDF puts it, on the demo poster and the demo card. A poster with five very
long names, "when" and "where" prints them whole, in both.
"""

from __future__ import annotations

import html
import re
import subprocess
import time
from datetime import date
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers import circle_with, required_tool
from steuncirkel import reading
from steuncirkel.base.vocab import Kind, Role
from steuncirkel.models import Circle, Entry, demo_circle
from steuncirkel.render import PrintOptions
from steuncirkel.render import html as html_render
from steuncirkel.render import pdf as pdf_render
from test_html import print_in_chromium

MM: float = 25.4 / 72
TOLERANCE = 3.0  # mm


class Word(NamedTuple):
    text: str
    page: int
    x0: float
    y0: float
    x1: float
    y1: float


def words_of(path: Path) -> list[Word]:
    """Every word of a PDF with its box in millimetres, in reading order."""
    out = subprocess.run([required_tool("pdftotext"), "-bbox", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout  # fmt: skip
    found: list[Word] = []
    page = -1
    for line in out.splitlines():
        if line.strip().startswith("<page"):
            page += 1
        match = re.search(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line
        )
        if match:
            x0, y0, x1, y1 = (float(v) * MM for v in match.groups()[:4])
            found.append(Word(html.unescape(match.group(5)), page, x0, y0, x1, y1))
    return found


def find(words: list[Word], phrase: str) -> list[Word]:
    """The words of ``phrase`` where it first occurs in reading order; other words may
    come between them (a wrapped name beside a number in the next column)."""
    wanted = phrase.split()
    texts = [w.text for w in words]

    def joined(a: str, b: str) -> str:  # a word broken in two, with its hyphen or without
        return a[:-1] + b if a.endswith("-") else a + b

    for start, text in enumerate(texts):
        if (
            text != wanted[0]
            and joined(text, (texts[start + 1 : start + 2] or [""])[0]) != wanted[0]
        ):
            continue
        found, at = [start], start
        for word in wanted[1:]:
            # a word too long for a narrow column is broken in two: its first part counts
            pairs = zip(texts[at + 1 : at + 8], [*texts[at + 2 : at + 9], ""], strict=False)
            following = [joined(a, b) if word == joined(a, b) else a for a, b in pairs]
            if word not in following:
                break
            at += 1 + following.index(word)
            found.append(at)
        if len(found) == len(wanted):
            return [words[i] for i in found]
    raise AssertionError(f"{phrase!r} not found in {' '.join(texts)[:3000]}")


def both(circle: Circle, layout: str, tmp_path: Path) -> tuple[list[Word], list[Word]]:
    view = reading.print_view(circle, date(2026, 3, 4), demo=True)
    options = PrintOptions(layout=layout)
    pdf = tmp_path / f"{layout}.pdf"
    pdf.write_bytes(pdf_render.render(view, "nl", options))
    printed = print_in_chromium(html_render.render(view, "nl", options), tmp_path)
    return words_of(pdf), words_of(printed)


def phrases(circle: Circle, layout: str) -> list[str]:
    """The title, the names on the list and their numbers as the printout shows them."""
    view = reading.print_view(circle, date(2026, 3, 4), demo=True)
    found = ["Steuncirkel (voorbeeld)"]
    for number, entry in enumerate(view.crisis, start=1):
        found.append(f"{number}. {entry.name}" if layout == "card" else entry.name)
        if shown := entry.phone_shown(view.country.value):
            found.append(shown)
    return found


@pytest.mark.parametrize("layout", ["poster", "card"])
def test_html_and_pdf_put_title_names_and_numbers_in_the_same_place(
    layout: str, tmp_path: Path
) -> None:
    circle = demo_circle()
    in_pdf, in_html = both(circle, layout, tmp_path)
    assert max(w.page for w in in_pdf) == max(w.page for w in in_html) == 0
    off: list[str] = []
    for phrase in phrases(circle, layout):
        for a, b in zip(find(in_pdf, phrase), find(in_html, phrase), strict=True):
            worst = max(abs(a.x0 - b.x0), abs(a.x1 - b.x1), abs(a.y0 - b.y0), abs(a.y1 - b.y1))
            if worst > TOLERANCE:
                off.append(f"{a.text!r}: {worst:.1f} mm (pdf {a[2:]}, html {b[2:]})")
    assert not off, off


def test_the_html_embeds_the_pdf_font_as_a_small_subset_with_no_page_margin() -> None:
    view = reading.print_view(demo_circle(), date(2026, 3, 4), demo=True)
    document = html_render.render(view, "nl", PrintOptions())
    faces = re.findall(r"@font-face \{[^}]*base64,([A-Za-z0-9+/=]+)", document)
    assert len(faces) == 2  # regular and bold
    assert all(2_000 < len(face) < 60_000 for face in faces), [len(f) for f in faces]
    assert (
        '"Steuncirkel DejaVu", var(--more-fonts, "DejaVu Sans"), "DejaVu Sans"' in document
    )  # system fonts after it
    assert "@page { size: 210mm 297mm; margin: 0; }" in document
    assert "font-src data:" in document


def test_a_large_circle_prints_as_html_in_under_a_second() -> None:
    names = [f"Helper {n}" for n in range(10_000)]
    view = reading.print_view(circle_with(names), date(2026, 3, 4))
    html_render.render(view, "nl", PrintOptions())  # imports and fonts read once
    started = time.perf_counter()
    html_render.render(view, "nl", PrintOptions())
    assert time.perf_counter() - started < 1.0


LONG_NAME = "Alexandra-Wilhelmina van den Berghe-Oosterhuis de {n} Jonge Nieuwenhuizen"
LONG_WHERE = "Lange Nieuwstraat 123, achter de bibliotheek, tweede deur links, {n} bij de fietsen"
LONG_WHEN = "maandag tot en met vrijdag na 18:00 en in het weekend overdag, {n} behalve zondag"


def _long(cli) -> list[tuple[str, str, str]]:  # noqa: ANN001
    cli("settings", "--name", "Wilhelmina Alexandra van den Berghe-Oosterhuis Nieuwenhuizen")
    added = []
    for n in range(5):
        name, where, when = LONG_NAME.format(n=n), LONG_WHERE.format(n=n), LONG_WHEN.format(n=n)
        cli.add(name, "--crisis", "--knows", "--phone", f"0612345{n:03d}", "--where", where,
                "--available", when, "--relation", "vriendin van vroeger en van nu")  # fmt: skip
        added.append((name, where, when))
    return added


def test_long_names_when_and_where_are_never_cut_on_the_poster(cli, tmp_path: Path) -> None:  # noqa: ANN001
    added = _long(cli)
    owner = "Wilhelmina Alexandra van den Berghe-Oosterhuis Nieuwenhuizen"
    for fmt in ("pdf", "html"):
        target = tmp_path / f"long.{fmt}"
        result = cli("print", "--format", fmt, "--output", str(target))
        assert result.exit_code == 0, result.stderr
        printed = target if fmt == "pdf" else print_in_chromium(target.read_text("utf-8"), tmp_path)
        words = words_of(printed)
        assert max(w.page for w in words) == 0, fmt  # still one page
        text = " ".join(w.text for w in words)
        assert "…" not in text, fmt
        assert owner in text, fmt
        for n, (name, where, when) in enumerate(added):
            assert name in text and where in text and when in text, (fmt, n)
            assert f"06 12345{n:03d}" in text, (fmt, n)
        right = max(w.x1 for w in words)
        bottom = max(w.y1 for w in words)
        assert right <= 200 and bottom <= 292, (fmt, right, bottom)
        for n in range(5):  # the numbers stay large: 24 pt digits are about 6 mm tall
            number = find(words, f"06 12345{n:03d}")[1]
            assert number.y1 - number.y0 >= 24 * MM * 0.9, (fmt, number)


def test_a_poster_too_full_for_one_page_goes_on_on_a_second_one(tmp_path: Path) -> None:
    """At the longest the input allows, every name, number, when and where still prints
    whole: the list goes on on a second page, the same in both."""
    circle = circle_with(
        [("Wolkenkrabber " * 6)[:78] + f" {n}" for n in range(5)],
        where=("Waar " * 40)[:199],
        available=("Wanneer " * 25)[:199],
    )
    view = reading.print_view(circle, date(2026, 3, 4))
    pdf = tmp_path / "full.pdf"
    pdf.write_bytes(pdf_render.render(view, "nl", PrintOptions()))
    printed = print_in_chromium(html_render.render(view, "nl", PrintOptions()), tmp_path)
    for path in (pdf, printed):
        words = words_of(path)
        text = " ".join(w.text for w in words)
        assert "…" not in text
        for entry in circle.crisis_list():
            assert entry.name in text and entry.phone_display and entry.phone_display in text
        assert max(w.page for w in words) == 1
        assert max(w.y1 for w in words) <= 292


def test_entries_without_a_phone_keep_their_place(tmp_path: Path) -> None:
    """A place on the list (no number) prints its where whole in both."""
    now = demo_circle().entries[0].created
    place = Entry(id="p", name="Het bankje", kind=Kind.PLACE, roles=[Role.CRISIS],
                  where="Bosbaan " * 30, created=now, updated=now)  # fmt: skip
    view = reading.print_view(Circle(entries=[place], crisis_order=["p"]), date(2026, 3, 4))
    pdf = tmp_path / "place.pdf"
    pdf.write_bytes(pdf_render.render(view, "nl", PrintOptions()))
    for path in (pdf, print_in_chromium(html_render.render(view, "nl", PrintOptions()), tmp_path)):
        text = " ".join(w.text for w in words_of(path))
        assert ("Bosbaan " * 30).strip() in text


# --- the one line breaker ---------------------------------------------------------------


def test_a_broken_word_gets_a_hyphen_only_in_an_alphabet() -> None:
    from steuncirkel.render.layout import wrap

    def measure(text: str) -> float:
        return float(len(text))

    assert wrap("Huisartsenpraktijk De Linde", 10, measure) == [
        "Huisartse-", "npraktijk", "De Linde"
    ]  # fmt: skip
    assert wrap("佐藤花子佐藤花子", 5, measure) == ["佐藤花子佐", "藤花子"]
    assert wrap("0612345678901", 10, measure) == ["0612345678", "901"]  # digits: no hyphen


@given(
    st.text(alphabet="ab -", min_size=1, max_size=60),
    st.integers(min_value=2, max_value=12),
    st.integers(min_value=1, max_value=4),
)
def test_wrap_never_gives_more_lines_than_allowed(text: str, width: int, most: int) -> None:
    """A word broken on the last allowed line used to go on onto more lines, spilling
    a card's name into the next place."""
    from steuncirkel.render.layout import wrap

    lines = wrap(text, width, lambda s: float(len(s)), most)
    assert len(lines) <= most
    assert all(len(line) <= width for line in lines)


def _overlapping(words: list[Word]) -> list[str]:
    """Pairs of words on one page whose boxes overlap by more than a hair (0.3 mm)."""
    found = []
    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            if a.page != b.page:
                continue
            dx = min(a.x1, b.x1) - max(a.x0, b.x0)
            dy = min(a.y1, b.y1) - max(a.y0, b.y0)
            if dx > 0.3 and dy > 0.3:
                found.append(f"{a.text!r} / {b.text!r} at ({a.x0:.0f}, {a.y0:.0f}) mm")
    return found


def _crowded(owner: str) -> Circle:
    """Five long names, a long owner's name and many others: the poster must leave the
    picture out to fit, in the PDF as in the HTML."""
    long_name = "Alexandra-Wilhelmina van den Berghe-Oosterhuis de {n} Jonge"
    names = [long_name.format(n=n) for n in range(5)] + [f"Luisteraar {n}" for n in range(40)]
    circle = circle_with(names, where="Lange Nieuwstraat 123, achter de bibliotheek")
    settings = circle.settings.model_copy(update={"name": owner})
    return circle.model_copy(update={"settings": settings})


@pytest.mark.parametrize(
    "owner", ["Sam", "Wilhelmina Petronella van Oldenbarnevelt-Hoogstraten"], ids=["short", "long"]
)
def test_no_two_words_on_a_crowded_poster_overlap(owner: str, tmp_path: Path) -> None:
    """The picture is left out together in both back ends when the list needs the room;
    the PDF once drew it anyway, over the title and the first row."""
    circle = _crowded(owner)
    view = reading.print_view(circle, date(2026, 3, 4))
    pdf = tmp_path / "poster.pdf"
    pdf.write_bytes(pdf_render.render(view, "nl", PrintOptions(layout="poster")))
    document = html_render.render(view, "nl", PrintOptions(layout="poster"))
    in_pdf = words_of(pdf)
    assert not _overlapping(in_pdf), _overlapping(in_pdf)[:5]
    in_html = words_of(print_in_chromium(document, tmp_path))
    assert not _overlapping(in_html), _overlapping(in_html)[:5]
    drawn = "Luisteraar" in " ".join(w.text for w in in_pdf)
    assert drawn == ('<svg class="picture"' in document)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("layout", ["poster", "card"])
def test_every_word_of_the_page_breaks_and_sits_the_same(
    layout: str, lang: str, tmp_path: Path
) -> None:
    """Not only the names and numbers: every word of the demo page, in both languages,
    is on the same line in the same order in both, within 3 mm. (The browser once broke
    an English helpline line the layout had already broken: "113.nl" a line lower.)"""
    view = reading.print_view(demo_circle(), date(2026, 3, 4), demo=True)
    options = PrintOptions(layout=layout)
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(pdf_render.render(view, lang, options))
    in_pdf = words_of(pdf)
    in_html = words_of(print_in_chromium(html_render.render(view, lang, options), tmp_path))
    assert [w.text for w in in_pdf] == [w.text for w in in_html]
    off = [
        f"{a.text!r}: {worst:.1f} mm"
        for a, b in zip(in_pdf, in_html, strict=True)
        if (worst := max(abs(a.x0 - b.x0), abs(a.y0 - b.y0), abs(a.x1 - b.x1))) > TOLERANCE
    ]
    assert not off, off


def test_the_card_front_takes_its_sizes_from_the_layout_in_both(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The card's outside has its sizes and places in one place (``layout``): changed
    there, the PDF and the HTML (through the CSS variables) still put every word in
    the same place. The HTML's sizes were once written into print.css as well."""
    from steuncirkel.render import layout

    for name, value in (("CARD_TITLE", 12.0), ("CARD_TEXT", 9.0), ("CARD_OPEN", 8.0),
                        ("CARD_FRONT_TOP", 8.0), ("CARD_GAP", 2.0), ("CARD_CALL_GAP", 1.5),
                        ("CARD_PIC_GAP", 4.0)):  # fmt: skip
        monkeypatch.setattr(layout, name, value)
    view = reading.print_view(demo_circle(), date(2026, 3, 4), demo=True)
    options = PrintOptions(layout="card")
    pdf = tmp_path / "card.pdf"
    pdf.write_bytes(pdf_render.render(view, "nl", options))
    in_pdf = [w for w in words_of(pdf) if w.y0 < 30 + 54]  # the front panel
    in_html = [
        w
        for w in words_of(print_in_chromium(html_render.render(view, "nl", options), tmp_path))
        if w.y0 < 30 + 54
    ]
    assert [w.text for w in in_pdf] == [w.text for w in in_html]
    assert find(in_pdf, "Steuncirkel")[0].y0 < 30 + 10  # moved up with CARD_FRONT_TOP
    off = [
        f"{a.text!r}: {worst:.1f} mm"
        for a, b in zip(in_pdf, in_html, strict=True)
        if (worst := max(abs(a.x0 - b.x0), abs(a.y0 - b.y0), abs(a.x1 - b.x1))) > TOLERANCE
    ]
    assert not off, off


def test_a_line_the_layout_ends_in_an_ellipsis_stays_one_line(tmp_path: Path) -> None:
    """A very long owner's name on the card front: "Wolfeschlegel…" on one line in the
    PDF; the browser put the "…" on a line of its own, over the date."""
    circle = demo_circle()
    owner = "Wolfeschlegelsteinhausenbergerdorff" * 2
    circle = circle.model_copy(
        update={"settings": circle.settings.model_copy(update={"name": owner})}
    )
    view = reading.print_view(circle, date(2026, 3, 4))
    document = html_render.render(view, "nl", PrintOptions(layout="card"))
    words = [w.text for w in words_of(print_in_chromium(document, tmp_path))]
    assert "…" not in words
    assert any(word.startswith("Wolfeschlegel") and word.endswith("…") for word in words)
