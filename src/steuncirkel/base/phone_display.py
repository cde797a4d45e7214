"""How a stored phone number is shown, without the phone library.

The national form is computed by ``phonenumbers`` when an entry is saved and kept in
``phone_display``; this module decides whether that form can be shown as it is. It is
shown only when its digits match the stored E.164 number (a hand edit may have changed
one and not the other), and it is switched between national and international when
the user's country differs from the number's: a Dutch mobile printed for someone in
Belgium must read +31 6 12345678, or a call from a Belgian phone fails.
"""

from __future__ import annotations

from steuncirkel.base.textsafety import given
from steuncirkel.base.vocab import Country

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

__all__ = ["CALLING_CODES", "shown_phone"]

# Countries whose numbers we format nationally; both use 0 as the trunk prefix.
CALLING_CODES: Final[dict[str, str]] = {Country.NL: "31", Country.BE: "32"}


# Every ASCII character that is not a digit, deleted by ``str.translate`` (in C).
_NOT_DIGITS: Final = str.maketrans(
    "", "", "".join(c for c in map(chr, range(128)) if not c.isdigit())
)


def _digits(text: str) -> str:
    # Nearly always a number as the app writes it: "+31612345678" or "06 12345678".
    # Those are read without a table (this runs for every entry shown).
    compact = text.replace(" ", "").removeprefix("+")
    if compact.isascii() and compact.isdigit():
        return compact
    if text.isascii():
        return text.translate(_NOT_DIGITS)
    return "".join(c for c in text if c.isdigit())


def shown_phone(stored_phone: object, stored_display: object, country: str) -> str | None:
    """The number to show to a user in ``country`` (NL or BE), or None if there is none.

    Takes the stored values as they are: a blank or non-text value counts as missing
    (``given``), as everywhere."""
    phone, display = given(stored_phone), given(stored_display)
    if phone is None:
        # A hand edit left the number as no text ("phone": 612345678): the display form
        # is all we can show, and in a crisis a number beats none (the problem is said).
        return display if not isinstance(stored_phone, str | None) else None
    stored = _digits(phone)
    if display is None:
        return phone
    shown = _digits(display)
    if not shown or not stored.endswith(shown.lstrip("0")) or len(stored) - len(shown) > 3:
        return phone  # the display form is stale: never show a number we did not store
    own = CALLING_CODES.get(country, "")
    international = display.startswith("+")
    number_code = ""
    for code in CALLING_CODES.values():  # a loop, not next(genexpr): this runs per entry
        if stored.startswith(code):
            number_code = code
            break
    if not international and number_code and number_code != own:
        return f"+{number_code} {display.lstrip()[1:]}"  # "06 1234 5678" -> "+31 6 1234 5678"
    if international and number_code and number_code == own:
        rest = display[len(number_code) + 1 :].lstrip()
        return "0" + rest  # "+32 470 12 34 56" -> "0470 12 34 56"
    return display
