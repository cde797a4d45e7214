"""The standard-library core: everything ``crisis`` needs and every rule both paths share.

The one rule of this package: **standard library only**, and only the cheap parts of
it. ``steuncirkel crisis`` runs on this package alone, before Typer, Rich or Pydantic
are imported (PRODUCT §6): it must start in milliseconds and keep working when a
third-party package is broken. So nothing here imports a third-party module, and
nothing here imports ``typing``, ``pathlib``, ``dataclasses`` or ``tempfile`` at module
level (each costs the crisis view milliseconds); type-only imports sit under
``TYPE_CHECKING = False``, which mypy and ruff treat as ``typing.TYPE_CHECKING``.
Ruff enforces the ban by path (banned-api in pyproject.toml); a test imports every module
here with every third-party package blocked and checks which modules were loaded.

What lives here: the vocabulary (``vocab``), the message catalogue (``i18n``), text
safety (``textsafety``), the errors and exit codes (``errors``), the context of a run
(``context``: data folder, language, country, output encoding, clock), the store file
(``storefile``, ``migrations``), the crisis-list order (``crisislist``), the phone
display (``phone_display``), the helplines (``helplines``), plain-text wrapping
(``plaintext``), writing to the standard streams (``streams``) and the demo (``demo``).
"""
