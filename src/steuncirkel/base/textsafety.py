"""Make user text safe to show: data, never terminal control or markup.

The store can be edited by hand, so every renderer passes user text through
``visible()`` even though new input is checked. Rich does not strip ESC, C1 controls,
NUL or DEL (RELIABILITY.md V3), so this module does: control characters, lone
surrogates, line and paragraph separators and bidi controls become visible escapes such
as ``\\x1b``. ``BIDI_CONTROLS`` is also the set the input rules refuse, so what can
never be typed is exactly what is escaped. Markup is handled by the renderers.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

__all__ = [
    "BIDI_CONTROLS",
    "given",
    "is_blank_mark",
    "is_control",
    "shell_word",
    "shows_something",
    "visible",
]

# Characters that change the displayed order of text (Trojan Source, CVE-2021-42574):
# "Anna <RLO>1234" can show a different number than the one stored.
BIDI_CONTROLS: Final = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# Characters that take a place but show nothing, though Unicode calls most of them
# letters: Hangul fillers, the braille blank, Khmer inherent vowels, the combining
# grapheme joiner. Format characters (zero-width space, tags) and variation selectors
# are recognised by category and range in ``is_blank_mark``.
BLANK_LOOKING: Final = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f\u17b4\u17b5\u180e")
_CONTROL_CATEGORIES: Final = frozenset({"Cc", "Zl", "Zp"})  # controls, line/paragraph breaks
_ESCAPE_CATEGORIES: Final = _CONTROL_CATEGORIES | {"Cs"}  # and lone surrogates


def _category(char: str) -> str:
    import unicodedata  # a shared library: loaded only when a character needs a look

    return unicodedata.category(char)


def given(value: object) -> str | None:
    """A stored text as every view counts it: None when missing, not text, or blank."""
    return value if isinstance(value, str) and value.strip() else None


def is_control(char: str) -> bool:
    """True for a control character or a line or paragraph separator (never typed)."""
    return _category(char) in _CONTROL_CATEGORIES


def is_blank_mark(char: str) -> bool:
    """True for a character that shows nothing and separates nothing (compared away)."""
    code = ord(char)
    return (
        char in BLANK_LOOKING
        or _category(char) == "Cf"
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
    )


def shows_something(text: str) -> bool:
    """True when ``text`` has at least one character a reader can see: a letter, digit,
    punctuation mark or symbol that is not one of the blank-looking ones."""
    return any(_category(char)[0] in "LNPS" and not is_blank_mark(char) for char in text)


def _escape(char: str) -> str:
    return char.encode("unicode_escape", "backslashreplace").decode("ascii")


def visible(text: str, *, multiline: bool = False) -> str:
    """``text`` with every invisible or terminal-active character shown as an escape.

    Tabs and other spaces become a plain space. With ``multiline``, newlines are kept.
    """
    if text.isprintable():
        return text
    out: list[str] = []
    for char in text:
        if char == "\n" and multiline:
            out.append(char)
            continue
        if char == "\t":
            out.append(" ")
            continue
        category = _category(char)
        if category in _ESCAPE_CATEGORIES or char in BIDI_CONTROLS:
            out.append(_escape(char))
        elif category == "Zs":
            out.append(" ")
        else:
            out.append(char)
    return "".join(out)


def shell_word(text: str) -> str:
    """``text`` as one word to type after a command: ``Anna`` stays, ``Anna de Vries``
    becomes ``'Anna de Vries'`` (a tip the user can copy and run as it is)."""
    import shlex

    return shlex.quote(text)
