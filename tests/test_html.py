"""``print --format html``: one self-contained, inert file, a poster or a wallet card."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from helpers import NOW, chromium_print, circle_with, required_tool
from steuncirkel import reading
from steuncirkel.base.vocab import Role
from steuncirkel.models import Circle, Entry, demo_circle
from steuncirkel.render import PrintOptions
from steuncirkel.render.html import render
from steuncirkel.render.qr import qr_svg, tel_uri


class Collector(HTMLParser):
    """Tags, attributes and text of a document, as a browser would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(document: str) -> Collector:
    collector = Collector()
    collector.feed(document)
    return collector


NASTY = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "Zoë & Çelik 😊",
    "Zeynep Yıldız Öztürk",
    "Łucja Wójcik-Żmuda",
    "Алексей Иванов",
    "فاطمة الزهراء",
]


def html_of(circle: Circle, layout: str = "poster", **options: bool) -> str:
    view = reading.print_view(circle, date(2026, 3, 4))
    return render(view, "nl", PrintOptions(layout=layout, **options))


@pytest.mark.parametrize("layout", ["poster", "card"])
def test_self_contained_and_inert(layout: str) -> None:
    document = html_of(demo_circle(), layout)
    page = parse(document)
    assert document.startswith("<!DOCTYPE html>")
    assert ("html", {"lang": "nl"}) in page.tags
    tags = {tag for tag, _ in page.tags}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed", "base"}
    csp = [a for tag, a in page.tags if tag == "meta" and a.get("http-equiv")]
    assert csp and "default-src 'none'" in (csp[0]["content"] or "")
    for _, attrs in page.tags:
        for name, value in attrs.items():
            assert not name.startswith("on")
            if name in ("href", "src"):
                assert value and value.startswith("tel:"), value
    assert "http://" not in document and "https://" not in document
    assert "@import" not in document
    # the only url() is the embedded font, as data (issue #11: the PDF's font, in the HTML)
    assert document.count("url(") == document.count("url(data:font/ttf;base64,") == 2


@pytest.mark.parametrize("layout", ["poster", "card"])
def test_valid_html5(layout: str) -> None:
    import html5lib

    for circle in (demo_circle(), circle_with(NASTY)):
        parser = html5lib.HTMLParser(strict=True)
        parser.parse(html_of(circle, layout))  # raises on any parse error
        assert parser.errors == []


def test_user_text_is_escaped_everywhere() -> None:
    document = html_of(circle_with(NASTY, relation='x" onmouseover="alert(2)', note="<b>n</b>"))
    page = parse(document)
    text = "".join(page.text)
    for name in NASTY[:5]:
        assert name in text
    assert "<script>alert" not in document and "<img" not in document
    assert all(not k.startswith("on") for _, attrs in page.tags for k in attrs)
    shown = parse(html_of(circle_with(NASTY[:2], note="<b>n</b>")))  # room for the note
    assert "<b>n</b>" in "".join(shown.text)


def test_phone_numbers_are_tel_links_and_junk_is_not() -> None:
    circle = demo_circle()
    hrefs = {a["href"] for tag, a in parse(html_of(circle)).tags if tag == "a"}
    assert "tel:+31612345678" in hrefs and "tel:113" in hrefs and "tel:08000113" in hrefs
    now = NOW
    bad = Entry(id="x", name="X", roles=[Role.CRISIS], phone="javascript:alert(1)",
                created=now, updated=now)  # fmt: skip
    document = html_of(Circle(entries=[bad], crisis_order=["x"]))
    assert "javascript" not in [a.get("href", "") for _, a in parse(document).tags]
    assert tel_uri("javascript:alert(1)") is None and tel_uri("06 1234-5678") == "tel:0612345678"


def test_qr_codes_encode_the_numbers_and_can_be_left_out() -> None:
    circle = demo_circle()
    document = html_of(circle)
    for entry in circle.crisis_list():
        uri = tel_uri(entry.phone)
        if uri:
            assert qr_svg(uri) in document, entry.name  # segno builds the same matrix
    assert qr_svg("tel:113") in document  # the main helpline
    assert document.count('class="qr"') == 4
    assert 'class="qr"' not in html_of(circle, qr=False)


def test_the_circle_picture_shows_everyone_with_a_shape() -> None:
    document = html_of(demo_circle())
    picture = document[document.index('<svg class="picture"') : document.index("</svg>") + 6]
    assert picture.count('class="num"') == 4  # the crisis list by number, as on the list
    assert picture.count('class="label"') == 3  # the three others by name
    assert "<polygon" in picture and "<circle" in picture
    assert ">Fatima Ouali<" in picture and ">NA-meeting<" in picture


def test_more_than_twenty_others_are_counted() -> None:
    names = [f"Crisis {n}" for n in range(5)] + [f"Helper {n}" for n in range(25)]
    document = html_of(circle_with(names))
    assert "en nog 5 anderen" in document


def test_card_is_bank_card_size_and_discreet_outside() -> None:
    document = html_of(demo_circle(), "card")
    assert "85.6mm" in document and "54mm" in document
    assert document.count('class="mark') == 4  # cut marks
    discreet = html_of(demo_circle(), "card", discreet=True)
    front = discreet[
        discreet.index('class="panel front"') : discreet.index('class="panel contacts"')
    ]
    for word in ("crisis", "zelfdoding", "suicide", "113", "steuncirkel", "moeilijk"):
        assert word not in front.lower()
    assert "Mijn contacten" in front


# --- as a browser prints it -----------------------------------------------------------


def print_in_chromium(document: str, tmp_path: Path) -> Path:
    chromium = required_tool("chromium", "chromium-browser")
    source = tmp_path / "page.html"
    source.write_text(document, encoding="utf-8")
    target = tmp_path / "page.pdf"
    chromium_print(chromium, source, target)
    return target


def long_circle() -> Circle:
    long_name = "Alexandra-Wilhelmina van den Berghe-Oosterhuis de {n} Jonge Nieuwenhuizen"
    names = [long_name.format(n=n) for n in range(5)] + [f"Helper {n}" for n in range(22)]
    return circle_with(
        names,
        relation="ervaringsdeskundige bij het wijkteam en vriendin van vroeger",
        where="Lange Nieuwstraat 123, achter de bibliotheek, tweede deur links " * 3,
        available="maandag tot en met vrijdag na 18:00 en in het weekend overdag " * 3,
        note="Weet alles en belt altijd terug, ook als het heel laat is. " * 30,
    )


@pytest.mark.parametrize("circle", [demo_circle(), long_circle()], ids=["demo", "five-long"])
def test_poster_is_one_a4_page_in_chromium(circle: Circle, tmp_path: Path) -> None:
    """One A4 page; five entries longer than the input allows go on on a second page
    rather than cut a name, when or where (issue #11)."""
    pdf = PdfReader(print_in_chromium(html_of(circle), tmp_path))
    assert len(pdf.pages) == (1 if circle == demo_circle() else 2)
    box = pdf.pages[0].mediabox
    assert (
        round(float(box.width) / 72 * 25.4) == 210 and round(float(box.height) / 72 * 25.4) == 297
    )
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pdf.pages))
    for entry in circle.crisis_list():
        if entry.phone_display:
            assert entry.phone_display in text
        assert entry.name.split()[0] in text
    assert "Steuncirkel" in text and "112" in text


def test_card_prints_on_one_page_in_chromium(tmp_path: Path) -> None:
    pdf = PdfReader(print_in_chromium(html_of(demo_circle(), "card"), tmp_path))
    assert len(pdf.pages) == 1
    text = " ".join(pdf.pages[0].extract_text().split())  # on the card a name may wrap
    assert "Marieke de Vries" in text and "06 12345678" in text


def test_the_html_card_matches_the_pdf_card() -> None:
    """Numbered rows, a truthful heading, where a place is, places to fill in, and the
    front with 113 and 112 that dial (issue #11)."""
    html = html_of(demo_circle(), layout="card")
    words = " ".join(" ".join(parse(html).text).split())
    assert "1. Marieke de Vries" in words and '<span class="pos">5.</span>' in html
    assert ">Je lijst<" in html and "Bosbaan" in html
    assert "Open mij als het moeilijk wordt." in html
    assert '<a href="tel:113">113</a>' in html and '<a href="tel:112">112</a>' in html
    discreet = html_of(demo_circle(), layout="card", discreet=True)
    assert "Open mij" not in discreet


def test_a_long_owner_and_long_names_keep_the_card_front_and_codes_inside(
    tmp_path: Path,
) -> None:
    """The card's title is clamped and its names end in an ellipsis, so the front keeps
    "open in a crisis" and 112 (issue #11). That every code stays inside its place and
    scans: ``test_qr_scan.py`` (the "five" circle)."""
    circle = long_circle()
    circle = circle.model_copy(
        update={"settings": circle.settings.model_copy(update={"name": "Alexandra " * 6})}
    )
    pdf = print_in_chromium(html_of(circle, layout="card"), tmp_path)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Open mij als het moeilijk wordt." in text
    assert "gevaar: 112" in text


def test_an_empty_circle_prints_one_poster_page(tmp_path: Path) -> None:
    pdf = PdfReader(print_in_chromium(html_of(circle_with([])), tmp_path))
    assert len(pdf.pages) == 1
    assert "Gemaakt op" in pdf.pages[0].extract_text()


def test_the_same_circle_gives_the_same_html_byte_for_byte() -> None:
    """The embedded font subsets carry no time stamp: printing twice, a second apart,
    gives the same file (a diff of two printouts shows only what changed)."""
    import time

    first = html_of(demo_circle(), "poster")
    time.sleep(1.1)  # the font's 'head' table counts whole seconds
    assert html_of(demo_circle(), "poster") == first


def test_the_card_sheet_shows_the_fold_as_the_pdf_does() -> None:
    """Below the card, beside the 5 cm bar: the zigzag fold from the side, each panel
    named (issue #11 item 7), from the same geometry as the PDF."""
    from steuncirkel.render.layout import fold_diagram

    document = html_of(demo_circle(), "card")
    fold = document[document.index('<svg class="fold"') :]
    fold = fold[: fold.index("</svg>")]
    assert fold.count("<line ") == len(fold_diagram()) == 5
    for word in ("voorkant (buiten)", "je lijst", "hulplijnen"):
        assert f">{word}</text>" in fold
