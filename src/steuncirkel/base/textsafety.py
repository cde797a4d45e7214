"""Make user text safe to show: data, never terminal control or markup.

The store can be edited by hand, so every renderer passes user text through
``visible()`` even though new input is checked. Rich does not strip ESC, C1 controls,
NUL or DEL (RELIABILITY.md V3), so this module does: control characters, lone
surrogates, line and paragraph separators and bidi controls become visible escapes such
as ``\\x1b``. ``BIDI_CONTROLS`` is also the set the input rules refuse, so what can
never be typed is exactly what is escaped. Markup is handled by the renderers.
"""

from __future__ import annotations

import unicodedata

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

__all__ = ["BIDI_CONTROLS", "given", "is_control", "visible"]

# Characters that change the displayed order of text (Trojan Source, CVE-2021-42574):
# "Anna <RLO>1234" can show a different number than the one stored.
BIDI_CONTROLS: Final = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_CONTROL_CATEGORIES: Final = frozenset({"Cc", "Zl", "Zp"})  # controls, line/paragraph breaks
_ESCAPE_CATEGORIES: Final = _CONTROL_CATEGORIES | {"Cs"}  # and lone surrogates


def given(value: object) -> str | None:
    """A stored text as every view counts it: None when missing, not text, or blank."""
    return value if isinstance(value, str) and value.strip() else None


def is_control(char: str) -> bool:
    """True for a control character or a line or paragraph separator (never typed)."""
    return unicodedata.category(char) in _CONTROL_CATEGORIES


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
        category = unicodedata.category(char)
        if category in _ESCAPE_CATEGORIES or char in BIDI_CONTROLS:
            out.append(_escape(char))
        elif category == "Zs":
            out.append(" ")
        else:
            out.append(char)
    return "".join(out)
