"""What can go wrong for the user, as exceptions that carry a message key.

Each error names the situation, not the mechanism, and carries the facts its message
needs. The CLI turns them into one translated sentence on stderr and an exit code;
nothing below the CLI prints.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Final

    from steuncirkel.base.i18n import Msg

EXIT_OK: Final = 0
EXIT_REFUSED: Final = 1
EXIT_USAGE: Final = 2

__all__ = [
    "EXIT_OK",
    "EXIT_REFUSED",
    "EXIT_USAGE",
    "ClockInvalid",
    "CrisisListFull",
    "DemoIsReadOnly",
    "DuplicateName",
    "HomeUnknown",
    "InputRefused",
    "StoreCorrupt",
    "StoreError",
    "StoreLocked",
    "StoreMissing",
    "StoreTooNew",
    "StoreUnreadable",
    "StoreWriteFailed",
    "NameNotFound",
    "SteuncirkelError",
]


class SteuncirkelError(Exception):
    """A refused or failed operation, explained to the user by ``msg`` and ``params``."""

    exit_code: int = EXIT_REFUSED

    def __init__(self, msg: Msg, **params: Any) -> None:
        super().__init__(msg.value)
        self.msg = msg
        self.params = params


class HomeUnknown(SteuncirkelError):
    """The data folder cannot be determined safely (HOME unset, empty or relative)."""


class ClockInvalid(SteuncirkelError):
    """``STEUNCIRKEL_NOW`` is set to something that is not a date and time."""


class StoreError(SteuncirkelError):
    """The circle file cannot be read or written; it is left as it was."""


class StoreUnreadable(StoreError):
    """The file or its folder exists but cannot be opened or read."""


class StoreCorrupt(StoreError):
    """The file was read but is not a valid circle (broken JSON, wrong shape, bad text)."""


class StoreMissing(StoreError):
    """The circle file is gone but its backup is there: the circle is not new, it is lost
    from view, and writing a fresh one would push the backup out."""


class StoreTooNew(StoreError):
    """The file was written by a newer steuncirkel with a higher format version."""


class StoreLocked(StoreError):
    """Another steuncirkel process holds the lock for longer than we wait."""


class StoreWriteFailed(StoreError):
    """Saving failed (disk full, read-only folder, ...); the old file is intact."""


class DemoIsReadOnly(SteuncirkelError):
    """A writing command was asked to change the built-in demo circle."""


class InputRefused(SteuncirkelError):
    """Something the user typed is not accepted; nothing was written."""


class NameNotFound(InputRefused):
    """No entry has the name the user typed (after normalisation); never guessed."""


class DuplicateName(InputRefused):
    """The name is already in the circle (compared case- and accent-form-insensitively)."""


class CrisisListFull(InputRefused):
    """The crisis list already holds its maximum of five entries."""
