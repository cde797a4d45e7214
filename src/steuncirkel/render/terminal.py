"""The circle on screen: the views of ``show`` as wrapped, styled lines.

Every piece of user text passes through ``visible()`` (control characters become
escapes) and is never parsed as markup: the lines are plain strings with a style name
beside them, so ``[red]x[/red]`` or ``:fire:`` in a name is shown exactly as typed
(RELIABILITY.md 3.1, 3.2).
"""

from __future__ import annotations

from steuncirkel.base.i18n import Lang, Msg, message, t, written_date
from steuncirkel.base.plaintext import separator
from steuncirkel.base.records import Record
from steuncirkel.base.textsafety import visible
from steuncirkel.base.vocab import (
    COUNTRY_LABELS,
    CRISIS_MAX,
    DEFAULT_COUNTRY,
    EXAMPLE_PHONES,
    KIND_LABELS,
    Role,
)
from steuncirkel.reading import last_contact
from steuncirkel.render.fields import reach_lines
from steuncirkel.render.lines import Block

TYPE_CHECKING = False
if TYPE_CHECKING:
    from steuncirkel.base.circleview import EntryLike
    from steuncirkel.reading import ShowView

__all__ = ["render_empty", "render_show"]

GROUP_TITLES: dict[Role | None, Msg] = {
    Role.CRISIS: Msg.GROUP_CRISIS,
    Role.LISTENS: Msg.GROUP_LISTENS,
    Role.PRACTICAL: Msg.GROUP_PRACTICAL,
    None: Msg.GROUP_NO_ROLE,
}

TITLE = "bold"
HEADING = "bold cyan"
NAME = "bold"
DIM = "dim"
COMMAND = "bold green"


class Symbols(Record):
    """Characters for bullets and separators; ASCII where the output cannot encode more."""

    bullet: str
    sep: str
    arrow: str


UNICODE_SYMBOLS = Symbols(bullet="•", sep=separator(ascii_only=False), arrow="→")
ASCII_SYMBOLS = Symbols(bullet="-", sep=separator(ascii_only=True), arrow="->")


class _Words(Record):
    """The words every entry's lines use, looked up once per view, not per entry."""

    sym: Symbols
    lang: Lang
    country: str
    kinds: dict[str, str]
    no_way: str
    knows: str
    last_contact: str
    note: str

    @classmethod
    def of(cls, lang: Lang, sym: Symbols, country: str) -> _Words:
        return cls(
            sym=sym,
            lang=lang,
            country=country,
            kinds={kind: t(label, lang) for kind, label in KIND_LABELS.items()},
            no_way=t(Msg.NO_WAY_TO_REACH, lang),
            knows=t(Msg.LABEL_KNOWS, lang),
            last_contact=f"{t(Msg.LABEL_LAST_CONTACT, lang)}: ",
            note=f"{t(Msg.LABEL_NOTE, lang)}: ",
        )


def _facts(entry: EntryLike, words: _Words) -> list[str]:
    """What the user recorded about the tie: that the person knows, the last contact."""
    facts = [words.knows] if entry.knows and entry.has(Role.CRISIS) else []
    if (contacted := last_contact(entry)) is not None:
        facts.append(words.last_contact + written_date(contacted, words.lang))
    return facts


def _add_entry(
    out: list[Block], entry: EntryLike, marker: str, words: _Words, *, with_note: bool
) -> None:
    """The lines of one entry, added to ``out``: name and who it is, how to reach it, and
    (the first time the entry is shown) what the user recorded and the note."""
    # Built span by span rather than with ``add``: this runs once per entry shown, and
    # every span here has text (``add`` would only skip empty ones).
    sep = words.sym.sep
    indent = 2 + len(marker) + 1
    kind = words.kinds[entry.kind]
    relation = entry.relation
    details = f"{visible(relation)}{sep}{kind}" if relation else kind
    out.append(
        Block([(marker + " ", ""), (visible(entry.name), NAME), (sep + details, "")], 2, indent)
    )
    if reach := reach_lines(entry, words.lang, words.country):
        out.append(Block([(sep.join(reach), "")], indent))
    else:
        out.append(Block([(words.no_way, DIM)], indent))
    if not with_note:
        return
    if facts := _facts(entry, words):
        out.append(Block([(sep.join(facts), DIM)], indent))
    if entry.note:
        for n, line in enumerate(visible(entry.note, multiline=True).split("\n")):
            block = Block(indent=indent)
            if n == 0:
                block.add(words.note, DIM)
            out.append(block.add(line))


def _add_group(
    out: list[Block],
    role: Role | None,
    entries: list[EntryLike],
    words: _Words,
    noted: set[str],
) -> None:
    """One role group; an entry's note is shown only the first time the entry appears."""
    key = GROUP_TITLES[role]
    if key is Msg.GROUP_CRISIS and len(entries) > CRISIS_MAX:  # a hand-edited store
        key = Msg.GROUP_CRISIS_OVER
    title = t(key, words.lang, count=len(entries), max=CRISIS_MAX)
    out.append(Block().add(title, HEADING))
    if not entries:
        out.append(Block(indent=2).add(t(Msg.GROUP_EMPTY, words.lang), DIM))
    bullet = words.sym.bullet
    for number, entry in enumerate(entries, start=1):
        marker = f"{number}." if role is Role.CRISIS else bullet
        _add_entry(out, entry, marker, words, with_note=entry.id not in noted)
        noted.add(entry.id)
    out.append(Block())


def render_show(
    view: ShowView, lang: Lang, *, demo: bool = False, ascii_only: bool = False
) -> list[Block]:
    """The summary of ``show``: title, the view's groups (crisis list first), its pointers."""
    sym = ASCII_SYMBOLS if ascii_only else UNICODE_SYMBOLS
    title_key = Msg.SHOW_TITLE_DEMO if demo else Msg.SHOW_TITLE
    count = len(view.circle.entries)
    country = t(COUNTRY_LABELS[view.circle.settings.country.value], lang)
    blocks = [Block().add(t(title_key, lang, count=count, country=country), TITLE), Block()]
    words = _Words.of(lang, sym, view.circle.settings.country.value)
    noted: set[str] = set()
    for role, entries in view.groups:
        _add_group(blocks, role, entries, words, noted)
    if view.pointers:
        blocks.append(Block().add(t(Msg.POINTERS_TITLE, lang), HEADING))
        prefix = f"{sym.arrow} "
        for pointer in view.pointers:
            text = message(pointer.msg, lang, pointer.params)
            blocks.append(Block(indent=2, hang=2 + len(prefix)).add(prefix).add(text))
    return blocks


def render_empty(lang: Lang, country: str) -> list[Block]:
    """The start guide for an empty circle: what to type first, with example numbers
    that work in the user's country."""
    mobile, landline = EXAMPLE_PHONES.get(country, EXAMPLE_PHONES[DEFAULT_COUNTRY])
    steps = [
        (Msg.START_STEP_LISTENS, t(Msg.START_CMD_LISTENS, lang, mobile=mobile)),
        (Msg.START_STEP_CRISIS, t(Msg.START_CMD_CRISIS, lang, landline=landline)),
        (Msg.START_STEP_WALK, "steuncirkel add"),
        (Msg.START_STEP_DEMO, "steuncirkel --demo show"),
    ]
    blocks = [
        Block().add(t(Msg.START_TITLE, lang), TITLE),
        Block(),
        Block().add(t(Msg.START_INTRO, lang)),
        Block(),
    ]
    for label, command in steps:
        blocks.append(Block(indent=2).add(t(label, lang)))
        blocks.append(Block(indent=4).add(command, COMMAND))
        blocks.append(Block())
    return blocks
