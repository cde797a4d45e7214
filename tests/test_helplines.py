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
        assert by_key[key].hours["en"] == "24/7"


def test_112_is_in_every_country_and_unknown_countries_get_dutch_lines() -> None:
    for lines in HELPLINES.values():
        assert any(line.emergency and line.numbers == ("112",) for line in lines)
    assert helplines_for("DE") == HELPLINES["NL"]
    assert helplines_for("be") == HELPLINES["BE"]
