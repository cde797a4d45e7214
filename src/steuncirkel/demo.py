"""The built-in demo circle: a realistic, warm example that lives only in memory.

Everyone here is made up. The phone numbers are valid in form (a test checks them with
``phonenumbers``) but belong to no one we know of. The national format is written out,
as the store keeps it, so the demo needs no phone library to be shown.
"""

from __future__ import annotations

from datetime import UTC, datetime

from steuncirkel.models import Circle, Entry, Kind, Role, Settings

__all__ = ["demo_circle"]

_STAMP = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)


def _entry(id_: str, name: str, kind: Kind, roles: list[Role], **fields: str | None) -> Entry:
    return Entry(
        id=id_,
        name=name,
        kind=kind,
        roles=roles,
        created=_STAMP,
        updated=_STAMP,
        **fields,
    )


def demo_circle() -> Circle:
    """A filled-in circle in Dutch, with four entries on the crisis list."""
    entries = [
        _entry(
            "demo-marieke",
            "Marieke de Vries",
            Kind.PERSON,
            [Role.LISTENS, Role.CRISIS],
            phone="+31612345678",
            phone_display="06 12345678",
            relation="zus",
            available="altijd, ook 's nachts",
            note="Weet van mijn herstel en wil dat ik bel, ook als het laat is.",
        ),
        _entry(
            "demo-karim",
            "Karim El Amrani",
            Kind.PERSON,
            [Role.LISTENS, Role.CRISIS],
            phone="+31623456789",
            phone_display="06 23456789",
            relation="sponsor bij NA",
            available="elke dag tot 23:00",
        ),
        _entry(
            "demo-huisarts",
            "Huisartsenpraktijk De Linde",
            Kind.PROFESSIONAL,
            [Role.CRISIS],
            phone="+31201234567",
            phone_display="020 123 4567",
            relation="huisarts",
            available="ma-vr 8:00-17:00; daarna de huisartsenpost",
        ),
        _entry(
            "demo-bos",
            "Het bankje in het Amsterdamse Bos",
            Kind.PLACE,
            [Role.CRISIS],
            where="Bosbaan, ingang Van Nijenrodeweg; het pad langs het water",
            note="Tien minuten lopen en ademen. Daarna bel ik iemand.",
        ),
        _entry(
            "demo-joost",
            "Joost Smit",
            Kind.PERSON,
            [Role.PRACTICAL],
            phone="+31634567890",
            phone_display="06 34567890",
            relation="buurman",
            available="meestal thuis na 17:00",
            note="Heeft een auto; doet boodschappen als het even niet gaat.",
        ),
        _entry(
            "demo-fatima",
            "Fatima Ouali",
            Kind.PROFESSIONAL,
            [Role.LISTENS, Role.PRACTICAL],
            phone="+31645678901",
            phone_display="06 45678901",
            email="f.ouali@wijkteam.example",
            relation="ervaringsdeskundige, wijkteam",
            available="di en do",
        ),
        _entry(
            "demo-na",
            "NA-meeting Dinsdagavond",
            Kind.GROUP,
            [Role.LISTENS],
            where="Buurthuis De Pijp, dinsdag 19:30",
            relation="herstelgroep",
        ),
    ]
    crisis = [e.id for e in entries if e.has(Role.CRISIS)]
    return Circle(settings=Settings(), crisis_order=crisis, entries=entries)
