"""QR codes that dial a number, and the ``tel:`` addresses behind them.

A ``tel:`` address is built from ``+`` and digits only, so nothing the user typed can
turn into another kind of link (RELIABILITY.md 3.3). ``segno`` draws the codes as
vectors; it is imported only by the formats that show them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import segno

__all__ = ["make_qr", "qr_svg", "tel_uri"]

_DIAL: Final = re.compile(r"^\+?\d{2,15}$")


def tel_uri(number: str | None) -> str | None:
    """``tel:+31612345678`` for a stored or printed number; None if it is not dialable."""
    if not number:
        return None
    digits = re.sub(r"[\s\-.()]", "", number)
    return f"tel:{digits}" if _DIAL.match(digits) else None


def make_qr(uri: str) -> segno.QRCode:
    """The QR code for ``uri`` (error correction M: survives a crease in a wallet)."""
    import segno

    return segno.make_qr(uri, error="m", boost_error=False)


def qr_svg(uri: str, css_class: str = "qr") -> str:
    """An inline SVG of the QR code for ``uri``, sized by CSS (it carries a viewBox)."""
    return str(make_qr(uri).svg_inline(omitsize=True, border=2, svgclass=css_class, lineclass=None))
