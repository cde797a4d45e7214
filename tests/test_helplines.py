"""Every helpline number is pinned here: a typo in the data cannot ship (PRODUCT §5).

If a number really changes, change it in helplines.py *and* here, with the source in
the commit message.
"""

from __future__ import annotations

import re

from steuncirkel.base.helplines import HELPLINES, helplines_for

EXPECTED = {
    "NL": {
        "113": ("113 Zelfmoordpreventie", ("113", "0800 0113")),
        "luisterlijn": ("De Luisterlijn", ("088 0767 000",)),
        "huisarts": ("Huisarts / huisartsenpost", ()),
        "112": ("112", ("112",)),
    },
    "BE": {
        "1813": ("Zelfmoordlijn 1813", ("1813",)),
        "106": ("Tele-Onthaal", ("106",)),
        "1733": ("Huisarts van wacht", ("1733",)),
        "cps": ("Centre de Prévention du Suicide", ("0800 32 123",)),
        "112": ("112", ("112",)),
    },
}


def test_every_number_is_exactly_as_checked() -> None:
    actual = {
        country: {line.key: (line.name, line.numbers) for line in lines}
        for country, lines in HELPLINES.items()
    }
    assert actual == EXPECTED


def test_every_line_has_hours_cost_source_and_date_in_both_languages() -> None:
    for lines in HELPLINES.values():
        for line in lines:
            for field in (line.purpose, line.hours, line.cost):
                assert set(field) == {"nl", "en"} and all(field.values()), line.key
            assert line.source.startswith("https://"), line.key
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", line.checked), line.key


def test_free_lines_say_so() -> None:
    by_key = {(c, line.key): line for c, lines in HELPLINES.items() for line in lines}
    for key in (("NL", "113"), ("BE", "1813"), ("BE", "106"), ("BE", "cps")):
        assert "gratis" in by_key[key].cost["nl"] and "free" in by_key[key].cost["en"]
    for key in (("NL", "113"), ("NL", "luisterlijn"), ("BE", "1813"), ("BE", "106")):
        assert by_key[key].hours["nl"] == "dag en nacht"  # plain words, not "24/7"
        assert by_key[key].hours["en"] == "day and night"


def test_each_line_says_day_and_night_once_and_gives_plain_facts() -> None:
    """Issue #13: no "dag en nacht · 24/7", no hours twice, no clause that pushes the
    chat off the card; 1733 is not free; 1813's chat has hours of its own."""
    by_key = {(c, line.key): line for c, lines in HELPLINES.items() for line in lines}
    for line in by_key.values():
        for lang in ("nl", "en"):
            summary = line.summary(lang)
            assert "24/7" not in summary
            assert summary.count("dag en nacht") + summary.count("day and night") <= 1
    assert by_key[("NL", "113")].cost == {"nl": "gratis", "en": "free"}
    assert "niet gratis" in by_key[("BE", "1733")].cost["nl"]
    assert "zonaal" in by_key[("BE", "1733")].cost["nl"]
    assert "eigen nummer" in by_key[("BE", "1733")].purpose["nl"]
    assert "avond" not in by_key[("BE", "1733")].purpose["nl"]  # the hours say it once
    assert "17.00–24.00" in (by_key[("BE", "1813")].web or "")
    for key in (("NL", "113"), ("BE", "1813")):
        assert "zorgen maakt om iemand anders" in by_key[key].purpose["nl"]
    assert "zoals je" not in " ".join(line.summary("nl") for line in by_key.values())
    assert "site van je huisarts" in by_key[("NL", "huisarts")].purpose["nl"]  # how to act


def test_112_is_in_every_country_and_unknown_countries_get_dutch_lines() -> None:
    for lines in HELPLINES.values():
        assert any(line.emergency and line.numbers == ("112",) for line in lines)
    assert helplines_for("DE") == HELPLINES["NL"]
    assert helplines_for("be") == HELPLINES["BE"]
