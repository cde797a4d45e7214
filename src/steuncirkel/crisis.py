"""The crisis view: your crisis list and the helplines, at once and whatever happens.

Standard library only (PRODUCT §6): the console entry hands ``crisis`` to this module
before Typer, Rich or Pydantic are imported, so it starts in milliseconds and still
works when a dependency is broken. The store is read with the same strictness as
everywhere else (``files.py``), but a problem never stops the view: the helplines are
always shown, what is wrong is said on stderr in one sentence, and the exit code is 0.
What the view needs from heavy libraries (the national form of a phone number) was
computed when the entry was saved.
"""

from __future__ import annotations

import json
import os
import sys
import textwrap

from steuncirkel.constants import CRISIS_MAX
from steuncirkel.errors import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    SteuncirkelError,
    StoreCorrupt,
    StoreTooNew,
    StoreUnreadable,
)
from steuncirkel.files import (
    BACKUP_NAME,
    STORE_NAME,
    corrupt_shape,
    decode_store,
    default_home,
    read_store_bytes,
)
from steuncirkel.helplines import Helpline, helplines_for
from steuncirkel.i18n import (
    DEFAULT_LANG,
    Lang,
    Msg,
    lang_from_code,
    lang_from_locale,
    t,
)
from steuncirkel.messages import message
from steuncirkel.phones import shown_phone
from steuncirkel.render.safe import visible

TYPE_CHECKING = False  # neither typing nor pathlib: the crisis view must start fast
if TYPE_CHECKING:
    from typing import Any, Final

    Problem = tuple[Msg, dict[str, Any]]

__all__ = [
    "CRISIS_FORMAT",
    "CRISIS_VERSION",
    "CrisisView",
    "build_view",
    "helpline_lines",
    "main",
    "run",
]

CRISIS_FORMAT: Final = "steuncirkel-crisis"
CRISIS_VERSION: Final = 1
WIDTH: Final = 80
COUNTRY_NAMES: Final = {"NL": Msg.COUNTRY_NL, "BE": Msg.COUNTRY_BE}
KIND_WORDS: Final = {
    "person": Msg.KIND_PERSON,
    "place": Msg.KIND_PLACE,
    "professional": Msg.KIND_PROFESSIONAL,
    "group": Msg.KIND_GROUP,
}


class CrisisView:
    """Everything the crisis view shows, already resolved (a plain class: see helplines)."""

    def __init__(
        self,
        lang: Lang,
        country: str,
        entries: list[dict[str, Any]],
        helplines: tuple[Helpline, ...],
        problem: tuple[Msg, dict[str, Any]] | None = None,
        demo: bool = False,
    ) -> None:
        self.lang = lang
        self.country = country
        self.entries = entries
        self.helplines = helplines
        self.problem = problem
        self.demo = demo
        self.from_backup = False


# --- reading, leniently ----------------------------------------------------------------


def _text(entry: dict[str, Any], key: str) -> str | None:
    value = entry.get(key)
    return value if isinstance(value, str) and value.strip() else None


def _shown_phone(entry: dict[str, Any], country: str) -> str | None:
    """The number as a user in ``country`` should dial it (see ``phones.py``)."""
    return shown_phone(_text(entry, "phone"), _text(entry, "phone_display"), country)


def crisis_entries(raw: dict[str, Any]) -> list[dict[str, Any]]:
    """The crisis list of a raw store, in its order; malformed entries are skipped."""
    entries = raw.get("entries")
    if not isinstance(entries, list):
        return []
    crisis = {
        e["id"]: e
        for e in entries
        if isinstance(e, dict)
        and isinstance(e.get("id"), str)
        and _text(e, "name")
        and isinstance(e.get("roles"), list)
        and "crisis" in e["roles"]
    }
    order = raw.get("crisis_order")
    ordered: list[dict[str, Any]] = []
    if isinstance(order, list):
        for entry_id in order:
            if isinstance(entry_id, str) and entry_id in crisis:
                ordered.append(crisis.pop(entry_id))
    ordered.extend(e for e in entries if isinstance(e, dict) and e.get("id") in crisis)
    return ordered


def _shape_problem(raw: dict[str, Any]) -> str | None:
    """Where a raw store does not have the documented shape, as a field path, or None.

    A stdlib-only subset of the model's checks, so the crisis view can say that the file
    needs attention while still showing what it can read.
    """
    entries = raw.get("entries", [])
    if not isinstance(entries, list):
        return "entries"
    for key, kind in (("settings", dict), ("crisis_order", list)):
        if key in raw and not isinstance(raw[key], kind):
            return key
    for n, entry in enumerate(entries):
        if not isinstance(entry, dict):
            return f"entries[{n}]"
        for key in ("id", "name"):
            if not isinstance(entry.get(key), str):
                return f"entries[{n}].{key}"
        if not isinstance(entry.get("roles", []), list):
            return f"entries[{n}].roles"
    return None


def _settings(raw: dict[str, Any] | None) -> tuple[str, Lang | None]:
    settings = raw.get("settings") if raw else None
    if not isinstance(settings, dict):
        return "NL", None
    country = settings.get("country")
    lang = settings.get("lang")
    return (
        country if country in COUNTRY_NAMES else "NL",
        lang_from_code(lang) if isinstance(lang, str) else None,
    )


def _decode(home: str, name: str) -> tuple[dict[str, Any] | None, Problem | None]:
    """The raw store (or backup) in ``home`` and any shape problem; None if there is none.

    Raises StoreError when the file cannot be read or decoded at all.
    """
    raw_bytes, _ = read_store_bytes(home, name)
    if raw_bytes is None:
        return None, None
    path, backup = os.path.join(home, name), os.path.join(home, BACKUP_NAME)
    raw = decode_store(raw_bytes, path, backup)
    where = _shape_problem(raw)
    if where is None:
        return raw, None
    shape = corrupt_shape(path, backup, where)
    return raw, (shape.msg, shape.params)


def _read(home: str | None) -> tuple[dict[str, Any] | None, Problem | None, bool]:
    """The raw store, a problem to report, and whether the list came from the backup.

    Never raises for a store problem. A store with a wrongly shaped part still shows
    what can be read. A store that cannot be decoded at all (or is too new) falls back
    to its backup when that reads fine: in a crisis, yesterday's list beats none.
    """
    if home is None:
        return None, (Msg.HOME_UNKNOWN, {}), False
    try:
        raw, shape_problem = _decode(home, STORE_NAME)
        if raw is None:
            return None, (Msg.CRISIS_NO_STORE, {"folder": home}), False
        return raw, shape_problem, False
    except (StoreCorrupt, StoreTooNew) as exc:
        problem: Problem = (exc.msg, exc.params)
    except StoreUnreadable as exc:
        if exc.msg is not Msg.STORE_UNREADABLE:  # the folder itself is the problem
            return None, (exc.msg, exc.params), False
        problem = (exc.msg, exc.params)
    except SteuncirkelError as exc:
        return None, (exc.msg, exc.params), False
    except Exception as exc:  # noqa: BLE001 — the crisis view must survive anything
        return None, (Msg.REASON_OTHER, {"detail": type(exc).__name__}), False
    try:
        backup, backup_problem = _decode(home, BACKUP_NAME)
    except Exception:  # noqa: BLE001 — a damaged backup just means no fallback
        backup, backup_problem = None, None
    if backup is None or backup_problem is not None:
        return None, problem, False
    return backup, problem, True


def build_view(
    *,
    home: str | None,
    lang_option: Lang | None,
    demo: bool,
    environ: dict[str, str] | None = None,
) -> CrisisView:
    """Read what can be read and decide language, country and the list to show."""
    env = dict(os.environ) if environ is None else environ
    raw: dict[str, Any] | None
    problem: Problem | None = None
    from_backup = False
    if demo:
        from steuncirkel.demo import demo_raw

        raw = demo_raw()
    else:
        raw, problem, from_backup = _read(home)
    country, stored_lang = _settings(raw)
    lang = (
        lang_option
        or lang_from_code(env.get("STEUNCIRKEL_LANG"))
        or stored_lang
        or lang_from_locale(env)
        or DEFAULT_LANG
    )
    entries = crisis_entries(raw) if raw else []
    view = CrisisView(lang, country, entries, helplines_for(country), problem, demo)
    view.from_backup = from_backup
    return view


# --- rendering ------------------------------------------------------------------------


def _wrap(text: str, indent: int, hang: int) -> list[str]:
    return textwrap.wrap(
        text,
        width=WIDTH,
        initial_indent=" " * indent,
        subsequent_indent=" " * hang,
        break_on_hyphens=False,
    ) or [""]


def helpline_lines(helplines: tuple[Helpline, ...], lang: Lang, sep: str = " · ") -> list[str]:
    """The helplines (without 112, which gets its own line) as wrapped text lines."""
    lines: list[str] = []
    for line in helplines:
        if line.emergency:
            continue
        numbers = f" {t(Msg.CRISIS_OR, lang)} ".join(line.numbers)
        lines += _wrap(f"{line.name}: {numbers}" if numbers else line.name, 2, 4)
        lines += _wrap(sep.join(line.details(lang)), 4, 4)
    return lines


def _styled(text: str, bold: bool) -> str:
    return f"\x1b[1m{text}\x1b[0m" if bold else text


def render_text(view: CrisisView, *, bold: bool = False, ascii_only: bool = False) -> str:
    """The crisis view as plain text for the terminal, within 80 columns."""
    lang = view.lang
    sep = " | " if ascii_only else " · "
    lines: list[str] = []
    title = Msg.CRISIS_TITLE_DEMO if view.demo else Msg.CRISIS_TITLE
    lines += [_styled(t(title, lang), bold), ""]
    lines.append(_styled(t(Msg.CRISIS_LIST_TITLE, lang), bold))
    if view.from_backup:
        lines += _wrap(t(Msg.CRISIS_FROM_BACKUP, lang), 2, 2)
    if not view.entries:
        damaged = view.problem is not None and view.problem[0] is not Msg.CRISIS_NO_STORE
        empty = Msg.CRISIS_LIST_UNREADABLE if damaged else Msg.CRISIS_LIST_EMPTY
        lines += _wrap(t(empty, lang), 2, 2)
    for number, entry in enumerate(view.entries, start=1):
        marker = f"{number}. "
        head = visible(_text(entry, "name") or "?")
        relation = _text(entry, "relation")
        kind = KIND_WORDS.get(str(entry.get("kind")))
        about = visible(relation) if relation else (t(kind, lang) if kind else None)
        if about:
            head += f" ({about})"
        lines += _wrap(marker + head, 2, 2 + len(marker))
        reach = [p for p in (_shown_phone(entry, view.country),) if p]
        reach += [v for v in (_text(entry, "email"), _text(entry, "available")) if v]
        reach += [v for v in (_text(entry, "where"),) if v]
        if reach:
            lines += _wrap(sep.join(visible(r) for r in reach), 2 + len(marker), 2 + len(marker))
    if 0 < len(view.entries) < 3:
        lines.append("")
        lines += _wrap(t(Msg.CRISIS_FEW, lang, count=len(view.entries)), 2, 2)
    lines.append("")
    country = t(COUNTRY_NAMES[view.country], lang)
    lines.append(_styled(t(Msg.CRISIS_HELPLINES_TITLE, lang, country=country), bold))
    lines += helpline_lines(view.helplines, lang, sep=sep)
    lines += ["", _styled(t(Msg.CRISIS_EMERGENCY, lang), bold)]
    return "\n".join(lines) + "\n"


def render_json(view: CrisisView) -> str:
    """The crisis view as a versioned JSON document (docs/json.md)."""
    entries = [
        {
            "position": n,
            "id": e.get("id"),
            "name": e.get("name"),
            "kind": e.get("kind") if e.get("kind") in KIND_WORDS else "person",
            "relation": _text(e, "relation"),
            "phone": _text(e, "phone"),
            "phone_display": _shown_phone(e, view.country),
            "email": _text(e, "email"),
            "where": _text(e, "where"),
            "available": _text(e, "available"),
            "note": _text(e, "note"),
        }
        for n, e in enumerate(view.entries, start=1)
    ]
    problem = None
    if view.problem is not None:
        msg, params = view.problem
        problem = {"code": msg.value, "message": _problem_text(view)}
    document = {
        "format": CRISIS_FORMAT,
        "version": CRISIS_VERSION,
        "country": view.country,
        "lang": view.lang,
        "crisis_max": CRISIS_MAX,
        "crisis_list": entries,
        "from_backup": view.from_backup,
        "helplines": [
            {
                "key": h.key,
                "name": h.name,
                "numbers": list(h.numbers),
                "purpose": h.purpose[view.lang],
                "hours": h.hours[view.lang],
                "cost": h.cost[view.lang],
                "web": h.web,
                "language": h.language,
                "emergency": h.emergency,
                "source": h.source,
                "checked": h.checked,
            }
            for h in view.helplines
        ],
        "problem": problem,
    }
    ascii_only = (getattr(sys.stdout, "encoding", "") or "").lower().replace("-", "") != "utf8"
    return json.dumps(document, indent=2, ensure_ascii=ascii_only) + "\n"


def _problem_text(view: CrisisView) -> str:
    if view.problem is None:
        return ""
    msg, params = view.problem
    if msg is Msg.CRISIS_NO_STORE:
        return message(msg, view.lang, params)
    detail = message(msg, view.lang, params)
    if msg is Msg.HOME_UNKNOWN:
        return detail
    return t(Msg.CRISIS_STORE_PROBLEM, view.lang, detail=detail)


# --- the command ----------------------------------------------------------------------


class _Options:
    def __init__(self) -> None:
        self.home: str | None = None
        self.lang: Lang | None = None
        self.demo = False
        self.as_json = False
        self.help = False


class _UsageError(Exception):
    def __init__(self, option: str, msg: Msg = Msg.CRISIS_BAD_OPTION) -> None:
        super().__init__(option)
        self.option = option
        self.msg = msg


def _parse(argv: list[str]) -> _Options:
    """Global options before or after ``crisis``, and ``--json`` / ``--help``."""
    opts = _Options()
    args = list(argv)
    while args:
        arg = args.pop(0)
        name, has_value, value = arg.partition("=")
        if arg == "crisis":
            continue
        if name in ("--home", "--lang"):
            if not has_value:
                if not args:
                    raise _UsageError(arg, Msg.CRISIS_MISSING_VALUE)
                value = args.pop(0)
            if name == "--home":
                opts.home = _absolute(value) if value else None
            else:
                chosen = lang_from_code(value)
                if chosen is None or value.lower() not in ("nl", "en"):
                    raise _UsageError(name + " " + value)
                opts.lang = chosen
        elif arg == "--demo":
            opts.demo = True
        elif arg == "--json":
            opts.as_json = True
        elif arg in ("-h", "--help"):
            opts.help = True
        else:
            raise _UsageError(arg)
    return opts


def _help(lang: Lang) -> str:
    rows = [
        ("--json", t(Msg.HELP_CRISIS_JSON, lang)),
        (f"--home {t(Msg.CRISIS_DIR_WORD, lang)}", t(Msg.HELP_HOME, lang)),
        ("--lang nl|en", t(Msg.HELP_LANG, lang)),
        ("--demo", t(Msg.HELP_DEMO, lang)),
        ("-h, --help", t(Msg.HELP_HELP, lang)),
    ]
    lines = [t(Msg.CRISIS_USAGE, lang), ""]
    lines += textwrap.wrap(t(Msg.HELP_CRISIS, lang), WIDTH)
    lines += ["", t(Msg.HELP_OPTIONS_TITLE, lang) + ":"]
    for flag, text in rows:
        lines += textwrap.wrap(
            f"{flag:<14}{text}", WIDTH, initial_indent="  ", subsequent_indent=" " * 16
        )
    return "\n".join(lines) + "\n"


def _absolute(path: str) -> str:
    return os.path.abspath(os.path.expanduser(path))


def _say(text: str) -> None:
    stream = sys.stderr
    if stream is not None:
        try:
            stream.write(text + "\n")
            stream.flush()
        except (OSError, ValueError):
            pass


def run(
    *,
    home: str | None,
    lang_option: Lang | None,
    demo: bool,
    as_json: bool,
) -> int:
    """Show the crisis view on stdout and any problem on stderr; always returns 0."""
    env = dict(os.environ)
    if home is None and not demo:
        chosen = env.get("STEUNCIRKEL_HOME", "")
        home = _absolute(chosen) if chosen else default_home(env)
    view = build_view(home=home, lang_option=lang_option, demo=demo, environ=env)
    if as_json:
        output = render_json(view)
    else:
        bold = (
            sys.stdout is not None
            and sys.stdout.isatty()
            and not env.get("NO_COLOR")
            and env.get("TERM") != "dumb"
        )
        encoding = (getattr(sys.stdout, "encoding", "") or "").lower().replace("-", "")
        output = render_text(view, bold=bold, ascii_only=not encoding.startswith("utf"))
    if view.problem is not None:
        _say(_problem_text(view))
    if sys.stdout is not None:
        try:
            sys.stdout.write(output)
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:  # a full disk or a closed terminal: say so plainly
            reason = exc.strerror or type(exc).__name__
            _say(t(Msg.OUTPUT_FAILED, view.lang, reason=visible(reason)))
            return EXIT_REFUSED
    return EXIT_OK


def main(argv: list[str]) -> int:
    """``steuncirkel [global options] crisis [options]`` without Typer; returns the exit code."""
    env = dict(os.environ)
    fallback = lang_from_code(env.get("STEUNCIRKEL_LANG")) or lang_from_locale(env) or DEFAULT_LANG
    try:
        opts = _parse(argv)
    except _UsageError as exc:
        # Still show the helplines: someone who mistypes in a crisis needs them anyway.
        _say(t(exc.msg, fallback, option=visible(exc.option)))
        _say(t(Msg.CRISIS_USAGE, fallback))
        run(home=None, lang_option=None, demo=False, as_json=False)
        return EXIT_USAGE
    if opts.help:
        sys.stdout.write(_help(opts.lang or fallback))
        return EXIT_OK
    return run(home=opts.home, lang_option=opts.lang, demo=opts.demo, as_json=opts.as_json)
