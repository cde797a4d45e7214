"""One sentence from a message key and its parameters, safe to show (standard library only).

Parameters that are message keys themselves (a reason inside a refusal) are translated
with the same parameters; every other value is shown with ``visible()``, so a name
with control characters cannot reach the terminal through an error message.
"""

from __future__ import annotations

from steuncirkel.i18n import Msg, catalogue, t
from steuncirkel.render.safe import visible

TYPE_CHECKING = False  # not from typing: the crisis view must not pay for importing it
if TYPE_CHECKING:
    from typing import Any

    from steuncirkel.i18n import Lang

__all__ = ["message"]


def message(msg: Msg, lang: Lang, params: dict[str, Any]) -> str:
    """The sentence for ``msg`` in ``lang``; a missing parameter never hides the rest."""
    ready: dict[str, Any] = {}
    for key, value in params.items():
        if isinstance(value, Msg):
            ready[key] = message(value, lang, {k: v for k, v in params.items() if k != key})
        else:
            ready[key] = visible(str(value))
    try:
        return t(msg, lang, **ready)
    except (KeyError, IndexError, ValueError):
        return catalogue(lang)[msg]
