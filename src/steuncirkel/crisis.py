"""``steuncirkel crisis``: your crisis list and the helplines, at once and whatever happens.

Runs on the standard-library core alone (``steuncirkel.base``): the entry point hands
``crisis`` to ``main`` here before Typer, Rich or Pydantic are imported, so it starts
in milliseconds and still works when a dependency is broken. The store is read by the
same reader as everywhere else and ordered by the same rule; a problem never stops the
view: the helplines are always shown, what is wrong is said on stderr in one sentence,
and the exit code is 0 (1 only when the output itself cannot be written, 2 for a
mistyped option, after the helplines).
"""

from __future__ import annotations

import sys

from steuncirkel.base.context import (
    NOW_VARIABLE,
    ArgScan,
    Context,
    Moment,
    scan_args,
    stream_is_utf8,
)
from steuncirkel.base.crisislist import crisis_positions
from steuncirkel.base.errors import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    SteuncirkelError,
    StoreCorrupt,
    StoreMissing,
    StoreTooNew,
    StoreUnreadable,
)
from steuncirkel.base.helplines import country_of, helpline_text, helplines_for, main_helplines
from steuncirkel.base.i18n import LANGS, Msg, lang_from_code, message, t
from steuncirkel.base.phone_display import shown_phone
from steuncirkel.base.plaintext import separator, wrapped
from steuncirkel.base.storefile import BACKUP_NAME, STORE_NAME, load_raw
from steuncirkel.base.streams import OutputFailed, say_line, write_stdout
from steuncirkel.base.textsafety import given, visible
from steuncirkel.base.vocab import (
    COUNTRY_LABELS,
    CRISIS_MAX,
    DEFAULT_COUNTRY,
    REACH_ORDER,
    Country,
    Role,
    kind_of,
    who_to_you,
)
from steuncirkel.base.windows import MISSING, reachable_at, windows_for

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Final

    from steuncirkel.base.helplines import Helpline
    from steuncirkel.base.i18n import Lang

    Problem = tuple[Msg, dict[str, Any]]
    Raw = dict[str, Any]

__all__ = ["CRISIS_FORMAT", "CRISIS_VERSION", "CrisisView", "build_view", "main", "run"]

CRISIS_FORMAT: Final = "steuncirkel-crisis"
CRISIS_VERSION: Final = 1


class CrisisView:
    """Everything the crisis view shows, already resolved."""

    __slots__ = (
        "clock_problem",
        "country",
        "demo",
        "entries",
        "from_backup",
        "helplines",
        "lang",
        "now",
        "problem",
    )

    def __init__(
        self, lang: Lang, country: Country | None, entries: list[Raw], now: Moment
    ) -> None:
        self.lang = lang
        self.country = country  # None: unknown, so the main lines of every country
        # The crisis list as shown: who can be reached now first, then who may be, then
        # who is probably asleep or at work, each group in the user's order. Each entry
        # has "phone_shown", "position" (its place in the user's order) and
        # "reachable_now" (True, False or None) added.
        self.entries = entries
        self.now = now  # local wall-clock time
        self.helplines: tuple[Helpline, ...] = (
            helplines_for(country) if country else main_helplines()
        )
        self.problem: Problem | None = None
        self.clock_problem: Problem | None = None
        self.demo = False
        self.from_backup = False


# --- reading ----------------------------------------------------------------------------


def _roles(entry: Raw) -> list[Any]:
    roles = entry.get("roles")
    return roles if isinstance(roles, list) else [roles] if isinstance(roles, str) else []


def crisis_list(raw: Raw, country: str) -> list[Raw]:
    """The crisis list of a decoded store, in its order.

    Never drops a crisis entry a hand edit damaged: one without a usable id keeps its
    place after the ordered ones (it cannot be in the order), one with a repeated id
    is kept beside its twin, and one without a name is shown with a placeholder.
    """
    entries = raw.get("entries")
    if not isinstance(entries, list):
        return []
    usable = [e for e in entries if isinstance(e, dict)]
    order = raw.get("crisis_order")
    pairs = ((e.get("id"), Role.CRISIS in _roles(e)) for e in usable)
    chosen = [usable[i] for i in crisis_positions(pairs, order if isinstance(order, list) else [])]
    return [
        {**e, "phone_shown": shown_phone(e.get("phone"), e.get("phone_display"), country)}
        for e in chosen
    ]


# Who to try first: reachable now, unknown, not reachable now (PRODUCT §7.3).
_REACH_RANK: Final = {True: 0, None: 1, False: 2}


def reachable_first(entries: list[Raw], now: Moment) -> list[Raw]:
    """``entries`` (in the user's order) with their place and whether they can be
    reached ``now`` (local time), sorted: reachable, unknown, not reachable. Stable, so
    each group keeps the user's order; nobody is left out."""
    marked = [
        {
            **entry,
            "position": position,
            "reachable_now": reachable_at(
                windows_for(entry.get("available"), entry.get("available_windows", MISSING)), now
            ),
        }
        for position, entry in enumerate(entries, start=1)
    ]
    return sorted(marked, key=lambda entry: _REACH_RANK[entry["reachable_now"]])


def reach_of(entry: Raw) -> list[str]:
    """How to reach a crisis-list entry, in ``REACH_ORDER`` (not yet escaped)."""
    reach = {**entry, "phone": entry["phone_shown"]}
    return [value for key in REACH_ORDER if (value := given(reach.get(key)))]


def _read_one(home: str, name: str) -> tuple[Raw | None, Problem | None]:
    raw, problem = load_raw(home, name)
    return raw, None if problem is None else (problem.msg, problem.params)


def _read(home: str) -> tuple[Raw | None, Problem | None, bool]:
    """The decoded store, a problem to report, and whether the list came from the backup.

    Never raises for a store problem. A store with a wrongly shaped part still shows
    what can be read. A store that cannot be decoded at all (or is too new) falls back
    to its backup when that reads fine: in a crisis, yesterday's list beats none.
    """
    try:
        raw, shape_problem = _read_one(home, STORE_NAME)
        if raw is None:
            return None, (Msg.CRISIS_NO_STORE, {"folder": home}), False
        return raw, shape_problem, False
    except (StoreCorrupt, StoreTooNew, StoreMissing) as exc:
        problem: Problem = (exc.msg, exc.params)
    except StoreUnreadable as exc:
        if exc.msg is Msg.HOME_NOT_FOLDER:  # the folder itself is the problem
            return None, (exc.msg, exc.params), False
        problem = (exc.msg, exc.params)
    except SteuncirkelError as exc:
        return None, (exc.msg, exc.params), False
    except Exception as exc:  # noqa: BLE001 — the crisis view must survive anything
        return None, (Msg.REASON_OTHER, {"detail": type(exc).__name__}), False
    try:
        backup, backup_problem = _read_one(home, BACKUP_NAME)
    except Exception:  # noqa: BLE001 — a damaged backup just means no fallback
        backup, backup_problem = None, None
    if backup is None or backup_problem is not None:
        return None, problem, False
    return backup, problem, True


def _now(context: Context) -> tuple[Moment, Problem | None]:
    """The local time, and a problem when ``STEUNCIRKEL_NOW`` could not be read: then
    the real clock (the view must never fail on a clock)."""
    try:
        return context.moment(), None
    except Exception:  # noqa: BLE001 — ClockInvalid, or any clock: the view goes on
        value = context.env.get(NOW_VARIABLE, "")[:40]
        problem: Problem = (Msg.CLOCK_INVALID_CRISIS, {"variable": NOW_VARIABLE, "value": value})
    real = Context(environ={k: v for k, v in context.env.items() if k != NOW_VARIABLE})
    return real.moment(), problem


def build_view(context: Context) -> CrisisView:
    """Read what can be read and decide language, country and the list to show."""
    raw: Raw | None = None
    problem: Problem | None = None
    from_backup = False
    if context.demo:
        from steuncirkel.base.demo import demo_raw

        raw = demo_raw(context.demo_country())
    else:
        try:
            raw, problem, from_backup = _read(context.home())
        except SteuncirkelError as exc:  # no data folder can be determined
            problem = (exc.msg, exc.params)
    settings = raw.get("settings") if raw else None
    settings = settings if isinstance(settings, dict) else {}
    stored_lang = settings.get("lang")
    lang = context.lang(stored_lang if isinstance(stored_lang, str) else None)
    if raw is not None:
        country: Country | None = context.country(settings.get("country"))
    else:  # no store, or neither it nor its backup can say
        new_user = problem is not None and problem[0] is Msg.CRISIS_NO_STORE
        country = context.country_without_store(new_user=new_user)
    now, clock_problem = _now(context)
    in_order = crisis_list(raw, country or DEFAULT_COUNTRY) if raw else []
    view = CrisisView(lang, country, reachable_first(in_order, now), now)
    view.clock_problem = clock_problem
    nameless = [n for n, e in enumerate(view.entries, start=1) if not given(e.get("name"))]
    if problem is None and nameless:
        problem = (Msg.CRISIS_ODD_ENTRY, {"position": nameless[0]})
    view.problem, view.demo, view.from_backup = problem, context.demo, from_backup
    return view


# --- rendering ------------------------------------------------------------------------


def _styled(text: str, bold: bool) -> str:
    return f"\x1b[1m{text}\x1b[0m" if bold else text


def _entry_lines(number: int, entry: Raw, lang: Lang, sep: str) -> list[str]:
    marker = f"{number}. "
    name = visible(given(entry.get("name")) or t(Msg.CRISIS_NO_NAME, lang))
    head = f"{name} ({visible(who_to_you(entry.get('relation'), entry.get('kind'), lang))})"
    reachable = entry.get("reachable_now")
    if reachable is not None:
        now = Msg.CRISIS_REACHABLE_NOW if reachable else Msg.CRISIS_NOT_REACHABLE_NOW
        head += f"{sep}{t(now, lang)}"
    lines = wrapped(marker + head, 2, 2 + len(marker))
    shown = [visible(value) for value in reach_of(entry)]
    if shown:
        lines += wrapped(sep.join(shown), 2 + len(marker), 2 + len(marker))
    return lines


def _list_lines(view: CrisisView, sep: str) -> list[str]:
    lang = view.lang
    lines: list[str] = []
    if view.from_backup and not view.entries:  # one sentence, not three
        lines += wrapped(t(Msg.CRISIS_BACKUP_EMPTY, lang), 2, 2)
    elif view.from_backup:
        missing = view.problem is not None and view.problem[0] is Msg.STORE_MISSING
        note = Msg.CRISIS_FROM_BACKUP_MISSING if missing else Msg.CRISIS_FROM_BACKUP
        lines += wrapped(t(note, lang), 2, 2)
    elif not view.entries:
        damaged = view.problem is not None and view.problem[0] is not Msg.CRISIS_NO_STORE
        empty = Msg.CRISIS_LIST_UNREADABLE if damaged else Msg.CRISIS_LIST_EMPTY
        lines += wrapped(t(empty, lang), 2, 2)
    for number, entry in enumerate(view.entries, start=1):
        lines += _entry_lines(number, entry, lang, sep)
    # No word here about the list being short: at 3 a.m. that reads as "not enough
    # people". `show` says it, on a calmer day.
    return lines


def render_text(view: CrisisView, *, bold: bool = False, ascii_only: bool = False) -> str:
    """The crisis view as plain text for the terminal, within 80 columns."""
    lang = view.lang
    sep = separator(ascii_only)
    title = Msg.CRISIS_TITLE_DEMO if view.demo else Msg.CRISIS_TITLE
    where = t(COUNTRY_LABELS[view.country or DEFAULT_COUNTRY], lang)
    lines = [_styled(t(title, lang, country=where), bold), ""]
    lines.append(_styled(t(Msg.CRISIS_LIST_TITLE, lang), bold))
    lines += _list_lines(view, sep)
    if view.country is None:
        heading = t(Msg.CRISIS_HELPLINES_BOTH, lang)
    else:
        heading = t(Msg.CRISIS_HELPLINES_TITLE, lang, country=t(COUNTRY_LABELS[view.country], lang))
    lines += ["", _styled(heading, bold)]
    lines += helpline_text(view.country, lang, sep=sep, now=view.now)
    lines += ["", _styled(t(Msg.CRISIS_EMERGENCY, lang), bold)]
    return "\n".join(lines) + "\n"


def _json_entry(e: Raw) -> dict[str, Any]:
    return {
        "position": e["position"],
        "reachable_now": e["reachable_now"],
        "id": e["id"] if isinstance(e.get("id"), str) else "",
        "name": e["name"] if isinstance(e.get("name"), str) else None,
        "kind": kind_of(e.get("kind")).value,
        "relation": given(e.get("relation")),
        "phone": given(e.get("phone")),
        "phone_display": e["phone_shown"],
        "email": given(e.get("email")),
        "where": given(e.get("where")),
        "available": given(e.get("available")),
        "note": given(e.get("note")),
    }


def _json_helpline(h: Helpline, lang: Lang, now: Moment) -> dict[str, Any]:
    return {
        "key": h.key,
        "country": country_of(h),
        "name": h.name,
        "numbers": list(h.numbers),
        "purpose": h.purpose[lang],
        "hours": h.hours[lang],
        "cost": h.cost[lang],
        "web": h.web,
        "language": h.language,
        "emergency": h.emergency,
        "source": h.source,
        "checked": h.checked,
        "open_now": h.open_at(now),
        "chat_open_now": h.chat_open_at(now),
        "now": h.now_note(now, lang),
    }


def render_json(view: CrisisView, *, ascii_only: bool = False) -> str:
    """The crisis view as a versioned JSON document (docs/json.md)."""
    problem = None
    if view.problem is not None:
        problem = {"code": view.problem[0].value, "message": problem_detail(view)}
    document = {
        "format": CRISIS_FORMAT,
        "version": CRISIS_VERSION,
        "country": (view.country or DEFAULT_COUNTRY).value,
        "country_known": view.country is not None,
        "lang": view.lang,
        "crisis_max": CRISIS_MAX,
        "now": view.now.isoformat(),
        "crisis_list": [_json_entry(e) for e in view.entries],
        "from_backup": view.from_backup,
        "helplines": [_json_helpline(h, view.lang, view.now) for h in view.helplines],
        "problem": problem,
    }
    import json  # only --json writes it

    return json.dumps(document, indent=2, ensure_ascii=ascii_only) + "\n"


# Problems said in full on the crisis screen: they are short, and needed to act now.
_SAID_IN_FULL: Final = (
    Msg.CRISIS_NO_STORE,
    Msg.HOME_UNKNOWN,
    Msg.HOME_OPTION_EMPTY,
    Msg.CRISIS_ODD_ENTRY,
)


def problem_detail(view: CrisisView) -> str:
    """What is wrong with the store, in full (for ``--json`` and for ``show``)."""
    if view.problem is None:
        return ""
    msg, params = view.problem
    return message(msg, view.lang, params)


def problem_text(view: CrisisView) -> str:
    """The line on stderr about the store: at 3 a.m. only what helps now. A damaged file
    gets one calm sentence; the paths and the repair steps are left to ``show``."""
    if view.problem is None:
        return ""
    if view.problem[0] in _SAID_IN_FULL:
        return problem_detail(view)
    below = Msg.CRISIS_BELOW_LIST if view.entries else Msg.CRISIS_BELOW_HELPLINES
    return t(Msg.CRISIS_STORE_PROBLEM, view.lang, below=t(below, view.lang))


def _help(lang: Lang) -> str:
    rows = [
        ("--json", t(Msg.HELP_CRISIS_JSON, lang)),
        (f"--home {t(Msg.CRISIS_DIR_WORD, lang)}", t(Msg.HELP_HOME, lang)),
        ("--lang nl|en", t(Msg.HELP_LANG, lang)),
        ("--demo", t(Msg.HELP_DEMO, lang)),
        ("-h, --help", t(Msg.CLICK_HELP_OPTION, lang)),
    ]
    lines = [t(Msg.CRISIS_USAGE, lang), ""]
    lines += wrapped(t(Msg.HELP_CRISIS, lang))
    lines += ["", t(Msg.HELP_OPTIONS_TITLE, lang) + ":"]
    for flag, text in rows:
        lines += wrapped(f"{flag:<14}{text}", 2, 16)
    return "\n".join(lines) + "\n"


# --- the command ----------------------------------------------------------------------


def _bold_allowed(context: Context) -> bool:
    stdout = sys.stdout
    env = context.env
    return bool(
        stdout is not None
        and stdout.isatty()
        and not env.get("NO_COLOR")
        and env.get("TERM") != "dumb"
    )


def run(context: Context, *, as_json: bool = False) -> int:
    """Show the crisis view on stdout and any problem on stderr.

    Returns 0, or 1 when stdout cannot be written (a full disk, a closed terminal).
    """
    view = build_view(context)
    ascii_only = not stream_is_utf8(sys.stdout)
    if as_json:
        output = render_json(view, ascii_only=ascii_only)
    else:
        output = render_text(view, bold=_bold_allowed(context), ascii_only=ascii_only)
    if view.clock_problem is not None:
        msg, params = view.clock_problem
        say_line(message(msg, view.lang, params))
    if view.problem is not None:
        say_line(problem_text(view))
    try:
        write_stdout(output)
    except OutputFailed as exc:
        say_line(message(exc.msg, view.lang, exc.params))
        return EXIT_REFUSED
    return EXIT_OK


CRISIS_OPTIONS: Final = ("--json", "-h", "--help", "crisis")  # a repeated "crisis" is harmless


def _usage_problem(scan: ArgScan) -> tuple[Msg, str] | None:
    """The first mistake on the command line, as the user typed it, or None."""
    for arg in scan.rest:
        if arg not in CRISIS_OPTIONS:
            return Msg.CRISIS_BAD_OPTION, arg
    if scan.missing_value:
        return Msg.CRISIS_MISSING_VALUE, scan.missing_value
    if scan.lang is not None and scan.lang.lower() not in LANGS:  # as Typer: " en" is not en
        return Msg.CRISIS_BAD_OPTION, f"--lang {scan.lang}"
    return None


def main(argv: list[str]) -> int:
    """``steuncirkel [global options] crisis [options]`` without Typer; the exit code.

    A command word that can only mean ``crisis`` (``CRISIS``, ``crsis``) shows the view
    too, with a hint on stderr and exit 2, like any other usage mistake.
    """
    scan = scan_args(argv)
    usage = _usage_problem(scan)
    if usage is None and scan.command != "crisis":
        usage = Msg.CRISIS_MISTYPED, scan.command or ""
    lang = lang_from_code(scan.lang) if usage is None or usage[1] != f"--lang {scan.lang}" else None
    # "--home" without its folder must not quietly mean the real one: as --home "".
    home = "" if scan.missing_value == "--home" else scan.home
    context = Context(home_option=home, lang_option=lang, demo=scan.demo)
    as_json = "--json" in scan.rest
    if usage is not None:
        # Still show the list and the helplines: someone who mistypes in a crisis needs
        # them (as JSON if that was asked, so a program still gets a document).
        msg, option = usage
        say_line(t(msg, context.early_lang(), option=visible(option)))
        say_line(t(Msg.CRISIS_USAGE, context.early_lang()))
        # Output that could not be written weighs more than the typo (1 over 2).
        return run(context, as_json=as_json) or EXIT_USAGE
    if "-h" in scan.rest or "--help" in scan.rest:
        try:
            write_stdout(_help(context.early_lang()))
        except OutputFailed as exc:
            say_line(message(exc.msg, context.early_lang(), exc.params))
            return EXIT_REFUSED
        return EXIT_OK
    return run(context, as_json=as_json)
