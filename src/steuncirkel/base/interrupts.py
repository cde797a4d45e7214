"""Ctrl-C in the few moments it has to wait.

Two moments may not be cut short by a ``KeyboardInterrupt``:

- while the store is replaced (``store.py``): stopped half-way, the new file could be
  in place without its history version and note, and the message would say nothing
  changed. Ctrl-C then waits, and is let go: the command ends saying what it saved;
- while Pydantic's serializer (Rust) writes the new store's bytes: it would turn the
  interrupt into an error of its own, which reads as a bug. Ctrl-C then waits until
  the bytes are made, and stops the command as usual: nothing was written yet.

Only in the main thread, where Python handles signals; elsewhere nothing changes.
"""

from __future__ import annotations

import contextlib

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["held"]


@contextlib.contextmanager
def held(*, raise_after: bool) -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) off for the block. Afterwards, with ``raise_after``, a
    Ctrl-C that came is raised as ``KeyboardInterrupt``; without, it is let go."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    came: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: came.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if came and raise_after and previous is not signal.SIG_IGN:
        raise KeyboardInterrupt
