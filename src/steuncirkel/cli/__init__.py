"""The command line: the Typer app (``cli/app.py``) and the quick path of the reading
commands (``cli/quick.py``), which shares the commands' code without loading Typer.

Importing this package loads nothing heavy: ``make_app`` and ``run`` come from
``cli/app.py`` when first asked for.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from steuncirkel.cli.app import make_app, run

__all__ = ["make_app", "run"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from steuncirkel.cli import app

        return getattr(app, name)
    raise AttributeError(name)
