"""The context of one run, resolved in one place for ``crisis`` and for the Typer app.

What the command line and the environment say: the data folder, the language, the
country, whether an output stream carries UTF-8, and the clock. Options win over the
environment (PRODUCT §3); the stored settings come after the environment. ``scan_args``
is the one reader of raw arguments before a parser runs: the entry point uses it to
hand ``crisis`` over early, the app to choose the language of its help texts, and the
crisis command as its whole parser.
"""

from __future__ import annotations

import os
import sys

from steuncirkel.base.errors import ClockInvalid, HomeUnknown
from steuncirkel.base.i18n import DEFAULT_LANG, Msg, lang_from_code, lang_from_locale
from steuncirkel.base.vocab import DEFAULT_COUNTRY, Country

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from datetime import date, datetime
    from typing import Final, TextIO

    from steuncirkel.base.i18n import Lang

__all__ = [
    "APP_NAME",
    "GLOBAL_FLAGS",
    "GLOBAL_WITH_VALUE",
    "ArgScan",
    "utc_text",
    "Moment",
    "Context",
    "default_home",
    "early_lang",
    "stream_is_utf8",
    "scan_args",
]

APP_NAME: Final = "steuncirkel"
GLOBAL_WITH_VALUE: Final = ("--home", "--lang")
GLOBAL_FLAGS: Final = ("--demo",)
NOW_VARIABLE: Final = "STEUNCIRKEL_NOW"
FIRST_YEAR: Final = 1970  # the years STEUNCIRKEL_NOW may name
LAST_YEAR: Final = 9998


class Moment:
    """A local wall-clock moment, read without ``datetime`` (2 ms the crisis view does
    not spend): what availability needs, the weekday, hour and minute."""

    __slots__ = ("day", "hour", "minute", "month", "weekday", "year")

    def __init__(
        self, year: int, month: int, day: int, hour: int, minute: int, weekday: int
    ) -> None:
        self.year, self.month, self.day = year, month, day
        self.hour, self.minute = hour, minute
        self.weekday = weekday  # ISO: 1 = Monday

    def isoweekday(self) -> int:
        """The ISO weekday, 1 = Monday .. 7 = Sunday (as ``datetime``)."""
        return self.weekday

    def isoformat(self) -> str:
        """``2026-11-28T03:00``: local date and time to the minute."""
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}T{self.hour:02d}:{self.minute:02d}"


class ArgScan:
    """What raw arguments say: the command word, the global options, and the rest."""

    __slots__ = ("at", "before", "command", "demo", "home", "lang", "missing_value", "rest")

    def __init__(self) -> None:
        self.command: str | None = None
        self.home: str | None = None
        self.lang: str | None = None  # as typed; the caller decides whether it is valid
        self.demo = False
        self.rest: list[str] = []  # everything else, in order
        self.at: list[int] = []  # where each of ``rest`` stands in the arguments
        self.before = 0  # how many of ``rest`` came before the command word
        self.missing_value: str | None = None  # a global option given without its value


def scan_args(argv: list[str]) -> ArgScan:
    """Global options anywhere (``--home DIR``, ``--home=DIR``, ``--lang``, ``--demo``),
    the first word that is not an option as the command, and the remaining arguments
    (so ``--json crisis`` is still the crisis command, with ``--json`` in ``rest``;
    ``before`` counts those that came before the command word)."""
    scan = ArgScan()
    i = 0
    while i < len(argv):
        arg = argv[i]
        name, has_value, value = arg.partition("=")
        if name in GLOBAL_WITH_VALUE and (has_value or arg == name):
            if not has_value:
                # "--lang --home DIR": the next option is not --lang's value.
                if i + 1 >= len(argv) or argv[i + 1].startswith("--"):
                    scan.missing_value = scan.missing_value or name
                    i += 1
                    continue
                i += 1
                value = argv[i]
            if name == "--home":
                scan.home = value
            else:
                scan.lang = value
        elif arg in GLOBAL_FLAGS:
            scan.demo = True
        elif scan.command is None and not arg.startswith("-"):
            scan.command = arg
        else:
            scan.rest.append(arg)
            scan.at.append(i)
            if scan.command is None:
                scan.before += 1
        i += 1
    return scan


def default_home(environ: Mapping[str, str]) -> str | None:
    """The platform's user data folder for steuncirkel, as platformdirs computes it.

    A standard-library mirror (a test checks that both agree), so that ``crisis`` and
    the app find the same folder. Returns None when it cannot be determined safely: an
    empty or relative HOME or XDG_DATA_HOME is never turned into a path relative to the
    working directory.
    """
    if sys.platform == "win32":
        base = environ.get("LOCALAPPDATA", "")
        return os.path.join(base, APP_NAME) if base and os.path.isabs(base) else None
    home = environ.get("HOME")
    if home is None:
        home = os.path.expanduser("~")
    if not os.path.isabs(home):
        return None
    if sys.platform == "darwin":
        return os.path.join(home, "Library", "Application Support", APP_NAME)
    xdg = environ.get("XDG_DATA_HOME", "").strip()
    if xdg:
        return os.path.join(xdg, APP_NAME) if os.path.isabs(xdg) else None
    return os.path.join(home, ".local", "share", APP_NAME)


def stream_is_utf8(stream: TextIO | None) -> bool:
    """True when ``stream`` can carry any character (else ASCII separators and escapes)."""
    encoding = getattr(stream, "encoding", None) or ""
    return encoding.lower().replace("-", "").replace("_", "") in ("utf8", "utf8sig")


def early_lang(argv: list[str]) -> Lang:
    """The language before anything is read, from raw arguments: ``--lang``, then
    STEUNCIRKEL_LANG, the locale, Dutch (for help texts and the first messages)."""
    return Context(lang_option=lang_from_code(scan_args(argv).lang)).early_lang()


def _known_country(value: object) -> Country | None:
    """``value`` as a country we have helplines for ("BE", "be"), else None."""
    code = value.upper() if isinstance(value, str) else None
    return Country(code) if code in tuple(Country) else None


class Context:
    """One run's options and environment, and the rules that resolve them."""

    __slots__ = ("demo", "env", "home_option", "lang_option")

    def __init__(
        self,
        *,
        home_option: str | None = None,
        lang_option: Lang | None = None,
        demo: bool = False,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.home_option = home_option
        self.lang_option = lang_option
        self.demo = demo
        self.env: Mapping[str, str] = dict(os.environ) if environ is None else environ

    def home(self) -> str:
        """The data folder: ``--home``, else ``STEUNCIRKEL_HOME``, else the platform's.

        Raises ``HomeUnknown`` when the platform folder cannot be determined safely,
        and for an empty ``--home ""`` (an empty variable in a script), which must not
        quietly mean the real data folder. An empty STEUNCIRKEL_HOME counts as unset.
        """
        if self.home_option is not None and not self.home_option.strip():
            raise HomeUnknown(Msg.HOME_OPTION_EMPTY)
        chosen = self.home_option or self.env.get("STEUNCIRKEL_HOME", "").strip()
        if chosen:
            return os.path.abspath(os.path.expanduser(chosen))
        found = default_home(self.env)
        if found is None:
            raise HomeUnknown(Msg.HOME_UNKNOWN)
        return found

    def possible_homes(self) -> list[str]:
        """Every folder that may hold this user's circle: the one in use, the one
        STEUNCIRKEL_HOME names and the platform's (a printout must land in none)."""
        found: list[str] = []
        try:
            found.append(self.home())
        except HomeUnknown:
            pass
        named = self.env.get("STEUNCIRKEL_HOME", "").strip()
        if named:
            found.append(os.path.abspath(os.path.expanduser(named)))
        platform = default_home(self.env)
        if platform is not None:
            found.append(platform)
        return list(dict.fromkeys(found))

    def early_lang(self) -> Lang:
        """The language before the store is read: option, environment, locale, Dutch."""
        return self.lang(None)

    def lang(self, stored: str | None) -> Lang:
        """Option, then STEUNCIRKEL_LANG, then the stored setting, then locale, then nl."""
        return (
            self.lang_option
            or lang_from_code(self.env.get("STEUNCIRKEL_LANG"))
            or lang_from_code(stored)
            or lang_from_locale(self.env)
            or DEFAULT_LANG
        )

    @staticmethod
    def country(stored: object) -> Country:
        """The stored country if we know it, else the Netherlands."""
        return _known_country(stored) or DEFAULT_COUNTRY

    def locale_country(self) -> Country | None:
        """The country of the system locale (``nl_BE.UTF-8`` gives BE) when it is one
        we know, else None. For when the store cannot say."""
        for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
            value = self.env.get(var, "").strip()
            if value:
                return _known_country(value.split(".")[0].split("@")[0].partition("_")[2])
        return None

    def demo_country(self) -> Country:
        """The country of the demo circle: the user's country setting (the only thing the
        demo reads of their file), else the locale's (``nl_BE``), else the Netherlands."""
        from steuncirkel.base.storefile import stored_country

        try:
            stored = stored_country(self.home())
        except HomeUnknown:
            stored = None
        return _known_country(stored) or self.locale_country() or DEFAULT_COUNTRY

    def country_without_store(self, *, new_user: bool) -> Country | None:
        """The country when no store can name it: the locale's (``nl_BE`` gives BE);
        else the Netherlands for a new user, and None (show both countries) when a
        circle exists but neither it nor its backup can be read."""
        return self.locale_country() or (DEFAULT_COUNTRY if new_user else None)

    def now(self) -> datetime:
        """The current time in UTC to the second; ``STEUNCIRKEL_NOW`` fixes it.

        The variable holds a local date and time in ISO 8601 (``2026-11-28T03:00``; an
        offset is allowed), for tests and for trying things out. Raises ``ClockInvalid``
        when it is set to something else, or to a year outside 1970-9998 (a clock that
        silently ran on would mislead, and a year like 999 cannot be written as the
        store writes times).
        """
        from datetime import UTC, datetime

        fixed = self.env.get(NOW_VARIABLE, "").strip()
        if not fixed:
            return datetime.now(UTC).replace(microsecond=0)
        try:
            moment = datetime.fromisoformat(fixed)
            if not FIRST_YEAR <= moment.year <= LAST_YEAR:
                raise ValueError(moment.year)
            moment.astimezone()  # the local time must exist too (crisis, availability)
            return moment.astimezone(UTC).replace(microsecond=0)
        except (ValueError, OverflowError, OSError):
            raise ClockInvalid(Msg.CLOCK_INVALID, variable=NOW_VARIABLE, value=fixed[:40]) from None

    def moment(self) -> Moment:
        """The local wall-clock moment by the same clock as ``now``, without importing
        ``datetime`` unless ``STEUNCIRKEL_NOW`` is set."""
        if self.env.get(NOW_VARIABLE, "").strip():
            at = self.local_now()
            return Moment(at.year, at.month, at.day, at.hour, at.minute, at.isoweekday())
        import time

        tm = time.localtime()
        return Moment(tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_wday + 1)

    def local_now(self) -> datetime:
        """The user's local wall-clock time, by the same clock as ``now`` (availability
        is written in local time: "ma-vr 9-17")."""
        return self.now().astimezone()

    def today(self) -> date:
        """Today's local date, by the same clock as ``now``."""
        return self.local_now().date()


def utc_text(moment: datetime) -> str:
    """A moment as the store and the JSON documents write it: ``2026-01-05T09:30:00Z``.
    A time without a zone is taken as UTC."""
    from datetime import UTC

    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    at = moment.astimezone(UTC)
    return (
        f"{at.year:04d}-{at.month:02d}-{at.day:02d}T{at.hour:02d}:{at.minute:02d}:{at.second:02d}Z"
    )
