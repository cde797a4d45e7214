"""The built-in demo circle: a realistic, warm example that lives only in memory.

Everyone here is made up. The phone numbers are valid in form (a test checks them with
``phonenumbers``) but belong to no one we know of. The national format is written out,
as the store keeps it, so the demo needs no phone library to be shown.
"""

from __future__ import annotations

from steuncirkel.base.availability import parse_available
from steuncirkel.base.vocab import (
    DEFAULT_COUNTRY,
    FORMAT_MARKER,
    SCHEMA_VERSION,
    SETTINGS_DEFAULTS,
    Country,
    Kind,
    Role,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["demo_raw"]

_STAMP = "2026-01-05T09:30:00Z"
PERSON, PLACE, PROFESSIONAL, GROUP = Kind.PERSON, Kind.PLACE, Kind.PROFESSIONAL, Kind.GROUP
LISTENS, PRACTICAL, CRISIS = Role.LISTENS, Role.PRACTICAL, Role.CRISIS


def _entry(id_: str, name: str, kind: Kind, roles: list[Role], **fields: str) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": id_, "name": name, "kind": kind.value}
    entry["roles"] = [role.value for role in roles]
    # The demo shows a list as it should be: everyone on it knows (issue #10).
    told = CRISIS in roles and kind in (PERSON, PROFESSIONAL)
    entry["knows"] = True if told else None
    for key in ("phone", "phone_display", "email", "where", "relation", "available"):
        entry[key] = fields.get(key)
    text = entry["available"]
    entry["available_windows"] = parse_available(text) if text else None
    entry["note"] = fields.get("note")  # the keys in the models' order, as a store has them
    entry["contacts"] = []
    entry["created"] = entry["updated"] = _STAMP
    return entry


def demo_raw(country: str = DEFAULT_COUNTRY) -> dict[str, Any]:
    """The demo circle as the store's JSON object: a Flemish one for Belgium (1813,
    1733 and Belgian numbers), else the Dutch one."""
    flemish = country == Country.BE
    entries = _flemish() if flemish else _dutch()
    shown = Country.BE if flemish else DEFAULT_COUNTRY
    return {
        "format": FORMAT_MARKER,
        "version": SCHEMA_VERSION,
        "settings": {**SETTINGS_DEFAULTS, "country": shown.value},
        "crisis_order": [e["id"] for e in entries if CRISIS in e["roles"]],
        "entries": entries,
    }


def _dutch() -> list[dict[str, Any]]:
    return [
        _entry(
            "demo-marieke",
            "Marieke de Vries",
            PERSON,
            [LISTENS, CRISIS],
            phone="+31612345678",
            phone_display="06 12345678",
            relation="zus",
            available="dag en nacht",
            note="Weet van mijn herstel en wil dat ik bel, ook als het laat is.",
        ),
        _entry(
            "demo-karim",
            "Karim El Amrani",
            PERSON,
            [LISTENS, CRISIS],
            phone="+31623456789",
            phone_display="06 23456789",
            relation="sponsor bij NA",
            available="elke dag tot 23:00",
        ),
        _entry(
            "demo-huisarts",
            "Huisartsenpraktijk De Linde",
            PROFESSIONAL,
            [CRISIS],
            phone="+31201234567",
            phone_display="020 123 4567",
            relation="huisarts",
            available="ma-vr 8:00-17:00; daarna de huisartsenpost",
        ),
        _entry(
            "demo-bos",
            "Het bankje in het Amsterdamse Bos",
            PLACE,
            [CRISIS],
            where="Bosbaan, ingang Van Nijenrodeweg; het pad langs het water",
            note="Tien minuten lopen en ademen. Daarna bel ik iemand.",
        ),
        _entry(
            "demo-joost",
            "Joost Smit",
            PERSON,
            [PRACTICAL],
            phone="+31634567890",
            phone_display="06 34567890",
            relation="buurman",
            available="meestal thuis na 17:00",
            note="Heeft een auto; doet boodschappen als het even niet gaat.",
        ),
        _entry(
            "demo-fatima",
            "Fatima Ouali",
            PROFESSIONAL,
            [LISTENS, PRACTICAL],
            phone="+31645678901",
            phone_display="06 45678901",
            email="f.ouali@wijkteam.example",
            relation="ervaringsdeskundige, wijkteam",
            available="di en do",
        ),
        _entry(
            "demo-na",
            "NA-meeting dinsdagavond",
            GROUP,
            [LISTENS],
            where="Buurthuis De Pijp, dinsdag 19:30",
            relation="herstelgroep",
        ),
    ]


def _flemish() -> list[dict[str, Any]]:
    return [
        _entry(
            "demo-lies",
            "Lies Peeters",
            PERSON,
            [LISTENS, CRISIS],
            phone="+32470123456",
            phone_display="0470 12 34 56",
            relation="zus",
            available="dag en nacht",
            note="Weet van mijn herstel en wil dat ik bel, ook als het laat is.",
        ),
        _entry(
            "demo-youssef",
            "Youssef Benali",
            PERSON,
            [LISTENS, CRISIS],
            phone="+32471234567",
            phone_display="0471 23 45 67",
            relation="peter bij AA",
            available="elke dag tot 23:00",
        ),
        _entry(
            "demo-huisarts",
            "Huisartsenpraktijk Den Boomgaard",
            PROFESSIONAL,
            [CRISIS],
            phone="+3232012345",
            phone_display="03 201 23 45",
            relation="huisarts",
            available="ma-vr 8:00-18:00; daarna de huisarts van wacht (1733)",
        ),
        _entry(
            "demo-park",
            "Het bankje in het Stadspark",
            PLACE,
            [CRISIS],
            where="Antwerpen, ingang Van Eycklei; het pad langs de vijver",
            note="Tien minuten stappen en ademen. Daarna bel ik iemand.",
        ),
        _entry(
            "demo-jef",
            "Jef Janssens",
            PERSON,
            [PRACTICAL],
            phone="+32472345678",
            phone_display="0472 34 56 78",
            relation="buurman",
            available="meestal thuis na 17:00",
            note="Heeft een auto; doet boodschappen als het even niet gaat.",
        ),
        _entry(
            "demo-sofie",
            "Sofie Claes",
            PROFESSIONAL,
            [LISTENS, PRACTICAL],
            phone="+32473456789",
            phone_display="0473 45 67 89",
            email="s.claes@caw.example",
            relation="begeleider, CAW",
            available="di en do",
        ),
        _entry(
            "demo-aa",
            "AA-groep donderdagavond",
            GROUP,
            [LISTENS],
            where="Ontmoetingscentrum De Brug, donderdag 20:00",
            relation="herstelgroep",
        ),
    ]
