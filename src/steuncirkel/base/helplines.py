"""Helplines per country: the one place where these numbers live (PRODUCT §5).

A wrong number can cost a life, so every line carries its source and the date it was
checked, a test pins every number, and a change here needs its source in the commit.

The numbers and hours were taken from the product brief (§5), which was checked
against the public sources below in 2025-26. Re-check each source before a release.
"""

from __future__ import annotations

from steuncirkel.base.i18n import Msg, t
from steuncirkel.base.plaintext import SEPARATOR, WIDTH, wrapped
from steuncirkel.base.vocab import DEFAULT_COUNTRY
from steuncirkel.base.windows import reachable_at

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime
    from typing import Final

    from steuncirkel.base.context import Moment

    Clock = datetime | Moment

    Windows = list[dict[str, object]]
    NowNotes = tuple[Windows, dict[str, str], dict[str, str]]

    from steuncirkel.base.i18n import Lang


__all__ = [
    "CHECKED",
    "HELPLINES",
    "Helpline",
    "country_of",
    "helpline_text",
    "main_helplines",
    "helplines_for",
    "helplines_to_call",
]

CHECKED: Final = "2026-11-22"


class Helpline:
    """One number (or a few) to call, with when, what it costs and where to chat."""

    __slots__ = (
        "chat_hours",
        "checked",
        "cost",
        "emergency",
        "hours",
        "key",
        "language",
        "name",
        "now_notes",
        "numbers",
        "open_hours",
        "purpose",
        "purpose_short",
        "source",
        "web",
    )

    def __init__(
        self,
        *,
        key: str,
        name: str,
        numbers: tuple[str, ...],
        purpose: dict[str, str],
        purpose_short: dict[str, str] | None = None,
        hours: dict[str, str],
        cost: dict[str, str],
        web: str | None,
        source: str,
        checked: str = CHECKED,
        language: str | None = None,
        emergency: bool = False,
        open_hours: Windows | None = None,
        chat_hours: Windows | None = None,
        now_notes: NowNotes | None = None,
    ) -> None:
        self.key = key
        self.name = name
        self.numbers = numbers  # as dialled, in the usual national grouping
        self.purpose = purpose  # per language: what it is for
        self.purpose_short = purpose_short or purpose  # the same in a few words (the card)
        self.hours = hours
        self.cost = cost
        self.web = web
        self.source = source
        self.checked = checked
        self.language = language  # set when the line serves one language only ("fr")
        self.emergency = emergency
        self.open_hours = open_hours  # when the phone answers; None: day and night
        self.chat_hours = chat_hours  # when the chat is open, if it has hours of its own
        # Who answers now, for a line that is one person by day and another at night:
        # (the hours of the first, what to say then, what to say otherwise).
        self.now_notes = now_notes

    def open_at(self, now: Clock) -> bool:
        """Whether the phone answers at ``now`` (local time)."""
        return self.open_hours is None or bool(reachable_at(self.open_hours, now))

    def chat_open_at(self, now: Clock) -> bool | None:
        """Whether the chat is open at ``now``; None for a line without chat hours."""
        return None if self.chat_hours is None else bool(reachable_at(self.chat_hours, now))

    def now_note(self, now: Clock, lang: str) -> str | None:
        """A few words on what to do now ("nu: de huisartsenpost"), or None."""
        if self.now_notes is not None:
            hours, during, otherwise = self.now_notes
            return (during if reachable_at(hours, now) else otherwise)[lang]
        if not self.open_at(now):
            return _CLOSED_NOW[lang]
        if self.chat_open_at(now) is False:
            return _CHAT_CLOSED_NOW[lang]
        return None

    def details(self, lang: str, *, short: bool = False) -> list[str]:
        """What it is for, when it is open, what it costs and where to chat, in ``lang``.

        ``short`` (the wallet card) uses the purpose in a few words, so that the hours,
        the cost and the chat address still fit.
        """
        purpose = (self.purpose_short if short else self.purpose)[lang]
        parts = [purpose, self.hours[lang], self.cost[lang], self.web or ""]
        return [part for part in parts if part]

    def summary(self, lang: Lang, sep: str = SEPARATOR, *, short: bool = False) -> str:
        """The details on one line: "for ... · day and night · free · 113.nl (chat)"."""
        return sep.join(self.details(lang, short=short))

    def numbers_said(self, lang: Lang, *, number: Callable[[str], str] = str) -> str:
        """The numbers as one says them: "113 of 0800 0113" ("" for a chat-only line);
        ``number`` styles each one."""
        return f" {t(Msg.CRISIS_OR, lang)} ".join(number(n) for n in self.numbers)

    def heading(
        self, lang: Lang, *, name: Callable[[str], str] = str, number: Callable[[str], str] = str
    ) -> str:
        """ "113 Zelfmoordpreventie: 113 of 0800 0113"; ``name`` and ``number`` style the
        parts (bold, escaped, a link) for each kind of output."""
        numbers = self.numbers_said(lang, number=number)
        return f"{name(self.name)}: {numbers}" if numbers else name(self.name)


_ALWAYS = {"nl": "dag en nacht", "en": "day and night"}
_WORRIED = {
    "nl": "bij gedachten aan zelfdoding, ook als je je zorgen maakt om iemand anders",
    "en": "for thoughts of suicide, also when you are worried about someone else",
}
_SUICIDE = {"nl": "bij gedachten aan zelfdoding", "en": "for thoughts of suicide"}
_FREE = {"nl": "gratis", "en": "free"}
_CLOSED_NOW = {"nl": "nu gesloten", "en": "closed now"}
_CHAT_CLOSED_NOW = {
    "nl": "nu alleen telefoon, de chat is dicht",
    "en": "phone only now, chat closed",
}

# A GP practice in the Netherlands: working days 08:00-17:00; the huisartsenpost takes
# the evenings, nights and weekends (thuisarts.nl, "Huisartsenpost"). Public holidays
# are not known here: on one, "your GP" may be closed while we say open.
_NL_GP_DAY: Final[Windows] = [{"days": [1, 2, 3, 4, 5], "from": "08:00", "to": "17:00"}]
# The Flemish huisarts van wacht (1733): weekday evenings and nights from 18:00 to
# 08:00, and the whole weekend (1733.be). Public holidays are not known here.
_BE_ON_CALL: Final[Windows] = [
    {"days": [1, 2, 3, 4, 5], "from": "18:00", "to": "24:00"},
    {"days": [1, 2, 3, 4, 5], "from": "00:00", "to": "08:00"},  # Monday's: the weekend's end
    {"days": [6, 7], "from": "00:00", "to": "24:00"},
]
# The 1813 chat: every day from 17:00 to midnight (zelfmoord1813.be).
_BE_1813_CHAT: Final[Windows] = [{"days": [1, 2, 3, 4, 5, 6, 7], "from": "17:00", "to": "24:00"}]

HELPLINES: Final[dict[str, tuple[Helpline, ...]]] = {
    "NL": (
        Helpline(
            key="113",
            name="113 Zelfmoordpreventie",
            numbers=("113", "0800 0113"),
            purpose=_WORRIED,
            purpose_short=_SUICIDE,
            hours=_ALWAYS,
            cost=_FREE,  # 113 itself is free since October 2025, as 0800 0113 always was
            web="113.nl (chat)",
            source="https://www.113.nl",
        ),
        Helpline(
            key="luisterlijn",
            name="De Luisterlijn",
            numbers=("088 0767 000",),
            purpose={"nl": "een luisterend oor", "en": "someone to listen"},
            hours=_ALWAYS,
            cost={"nl": "je gewone belkosten", "en": "your normal call charges"},
            web="deluisterlijn.nl (chat)",
            source="https://www.deluisterlijn.nl",
        ),
        Helpline(
            key="huisarts",
            name="Huisarts / huisartsenpost",
            numbers=(),
            purpose={
                "nl": "overdag je huisarts, daarbuiten de huisartsenpost in je regio; het "
                "nummer staat op de site van je huisarts",
                "en": "your GP by day, otherwise the out-of-hours GP service (huisartsenpost) "
                "in your region; its number is on your GP's website",
            },
            purpose_short={"nl": "", "en": ""},  # the name says it; the card needs the room
            hours={"nl": "altijd iemand bereikbaar", "en": "someone is always there"},
            cost={
                "nl": "vergoed door je zorgverzekering",
                "en": "covered by your health insurance",
            },
            web=None,
            source="https://www.thuisarts.nl",
            now_notes=(
                _NL_GP_DAY,
                {"nl": "nu: je eigen huisarts", "en": "now: your own GP"},
                {"nl": "nu: de huisartsenpost", "en": "now: the huisartsenpost"},
            ),
        ),
        Helpline(
            key="112",
            name="112",
            numbers=("112",),
            purpose={
                "nl": "bij direct gevaar voor je leven",
                "en": "when your life is in immediate danger",
            },
            hours=_ALWAYS,
            cost=_FREE,
            web=None,
            source="https://www.rijksoverheid.nl/onderwerpen/alarmnummer-112",
            emergency=True,
        ),
    ),
    "BE": (
        Helpline(
            key="1813",
            name="Zelfmoordlijn 1813",
            numbers=("1813",),
            purpose=_WORRIED,
            purpose_short=_SUICIDE,
            hours=_ALWAYS,
            cost=_FREE,
            # The phone answers day and night; the chat every day from 17:00 to midnight
            # (zelfmoord1813.be; hbvl.be 2021-11-30).
            web="zelfmoord1813.be (chat 17.00–24.00)",
            source="https://www.zelfmoord1813.be",
            chat_hours=_BE_1813_CHAT,
            checked="2026-11-27",
        ),
        Helpline(
            key="106",
            name="Tele-Onthaal",
            numbers=("106",),
            purpose={
                "nl": "een anoniem gesprek over wat je bezighoudt",
                "en": "an anonymous talk about whatever is on your mind",
            },
            hours=_ALWAYS,
            cost=_FREE,
            web="tele-onthaal.be (chat)",
            source="https://www.tele-onthaal.be",
        ),
        Helpline(
            key="1733",
            name="Huisarts van wacht",
            numbers=("1733",),
            # In part of Flanders the GP on call still has a local number instead
            # (gezondbelgie.be, "Het nummer 1733", 2021).
            purpose={
                "nl": "als je eigen huisarts er niet is; in een deel van Vlaanderen heeft de "
                "huisarts van wacht nog een eigen nummer",
                "en": "when your own GP is closed; in part of Flanders the GP on call still "
                "has a local number",
            },
            purpose_short={
                "nl": "als je eigen huisarts er niet is",
                "en": "when your own GP is closed",
            },
            hours={
                "nl": "'s avonds, 's nachts en in het weekend",
                "en": "evenings, nights and weekends",
            },
            # Not free: a call costs the zonal rate (w8post.be; health.belgium.be).
            cost={"nl": "zonaal tarief, niet gratis", "en": "a zonal call rate, not free"},
            web=None,
            source="https://www.1733.be",
            open_hours=_BE_ON_CALL,
            checked="2026-11-27",
        ),
        Helpline(
            key="cps",
            name="Centre de Prévention du Suicide",
            numbers=("0800 32 123",),
            purpose={
                "nl": "voor Franstaligen: bij gedachten aan zelfdoding",
                "en": "in French: for thoughts of suicide",
            },
            hours=_ALWAYS,
            cost=_FREE,
            web="preventionsuicide.be",
            source="https://www.preventionsuicide.be",
            language="fr",
        ),
        Helpline(
            key="112",
            name="112",
            numbers=("112",),
            purpose={
                "nl": "bij direct gevaar voor je leven",
                "en": "when your life is in immediate danger",
            },
            hours=_ALWAYS,
            cost=_FREE,
            web=None,
            source="https://www.112.be",
            emergency=True,
        ),
    ),
}


def helplines_for(country: str) -> tuple[Helpline, ...]:
    """The helplines of ``country`` (NL or BE), 112 last; the Dutch ones for anything else."""
    return HELPLINES.get(country.upper(), HELPLINES[DEFAULT_COUNTRY])


def helplines_to_call(country: str) -> tuple[Helpline, ...]:
    """The helplines of ``country`` without 112, which every view gives a line of its own."""
    return tuple(line for line in helplines_for(country) if not line.emergency)


def main_helplines() -> tuple[Helpline, ...]:
    """For a user whose country is unknown: each country's first line, then 112 once."""
    firsts = tuple(helplines_to_call(country)[0] for country in HELPLINES)
    emergency = next(line for line in helplines_for(DEFAULT_COUNTRY) if line.emergency)
    return (*firsts, emergency)


def country_of(line: Helpline) -> str:
    """The country (NL or BE) whose list holds ``line``; 112 belongs to the first."""
    return next(country for country, lines in HELPLINES.items() if line in lines)


def helpline_text(
    country: str | None,
    lang: Lang,
    *,
    sep: str = SEPARATOR,
    width: int = WIDTH,
    now: Clock | None = None,
) -> list[str]:
    """The helplines of ``country`` (without 112) as wrapped plain-text lines; with
    ``None`` (the country is unknown) the main line of every country. With ``now``
    (the crisis view) a line says who answers now or that it is closed."""
    chosen = helplines_to_call(country) if country else main_helplines()
    lines: list[str] = []
    for line in chosen:
        if line.emergency:
            continue
        heading = line.heading(lang)
        if now is not None and (note := line.now_note(now, lang)):
            heading += f"{sep}{note}"
        lines += wrapped(heading, 2, 4, width)
        lines += wrapped(line.summary(lang, sep), 4, 4, width)
    return lines
