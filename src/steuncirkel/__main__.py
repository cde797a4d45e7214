"""The console entry point: make the standard streams safe, then run the app.

Kept tiny and on the standard-library core (``steuncirkel.base``), so it can hand
``crisis`` over before Typer, Rich or Pydantic load (PRODUCT §6).
"""

from __future__ import annotations

import gc
import os
import sys

from steuncirkel.base.i18n import Msg

__all__ = ["entry", "main"]


def _ensure_standard_fds() -> None:
    """Open /dev/null on any closed fd 0, 1 or 2.

    Otherwise the first file we open (the store!) could become fd 1, and output meant
    for the terminal would be written into it.
    """
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            null = os.open(os.devnull, os.O_RDWR)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
            if fd == 1:  # what we show now reaches no one: not a success
                from steuncirkel.base.streams import stdout_was_closed

                stdout_was_closed()
    for name, fd, mode in (("stdin", 0, "r"), ("stdout", 1, "w"), ("stderr", 2, "w")):
        if getattr(sys, name) is None:
            setattr(sys, name, open(fd, mode, closefd=False))  # noqa: SIM115 — lives for the process


def _calm_streams() -> None:
    """Never fail on a character the terminal cannot show: write an escape instead."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except Exception:  # noqa: S110 — a stream we cannot change is used as it is
                pass


def _quiet_stdout() -> None:
    """After a closed pipe: point stdout at /dev/null so the exit flush cannot fail."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except OSError:
        pass


def _report(args: list[str], msg: Msg, exc: BaseException, **params: str) -> None:
    """One calm sentence on stderr; the traceback only with STEUNCIRKEL_DEBUG=1."""
    from steuncirkel.base.context import early_lang
    from steuncirkel.base.i18n import message
    from steuncirkel.base.streams import debug_traceback, say_line

    debug_traceback(exc)
    say_line(message(msg, early_lang(args), params))


def _means_crisis(command: str | None) -> bool:
    """A mistyped crisis (``CRISIS``, ``crsis``); the check loads only when needed."""
    from steuncirkel.base.spelling import means_crisis

    return means_crisis(command)


def main(argv: list[str] | None = None) -> int:
    """Run steuncirkel with ``argv`` (default: the process arguments); return the exit code."""
    args = sys.argv[1:] if argv is None else argv
    _ensure_standard_fds()
    _calm_streams()
    code: int
    try:
        from steuncirkel.base.context import scan_args

        scan = scan_args(args)
        command = scan.command
        if command == "crisis" or _means_crisis(command):
            # Before Typer, Rich and Pydantic: the crisis view must always work, fast,
            # also when the word is mistyped in a panic (then with exit 2 and a hint).
            from steuncirkel.crisis import main as crisis_main

            code = crisis_main(args)
        else:
            from steuncirkel.base.streams import guard_stdout

            guard_stdout()  # Click's own output (help, --version) is whole or an error too
            from steuncirkel.cli.quick import run as run_quick  # noqa: TID251 — no Typer in it

            # A reading command whose arguments are certain runs without Typer.
            if not run_quick(args, scan):
                try:
                    from steuncirkel.cli.app import run  # noqa: TID251 — the hand-over
                except ImportError as exc:  # Typer, Rich or Pydantic is missing: see crisis
                    _report(args, Msg.BROKEN_INSTALL, exc, module=exc.name or "?")
                    return 1
                run(args)
            code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BrokenPipeError:
        code = 1
    except KeyboardInterrupt:
        code = 1
    except Exception as exc:
        _report(args, Msg.UNEXPECTED, exc)
        code = 1
    try:
        sys.stdout.flush()
    except (BrokenPipeError, OSError):
        _quiet_stdout()
        code = code or 1
    return code


def entry() -> None:
    """The console script: run, flush, and leave at once.

    Tearing down every object of a large circle (and of the PDF library) takes longer
    than printing it; everything that matters is already flushed and fsynced, so the
    process skips that clean-up. In-process callers (tests) use ``main`` instead.
    """
    # A run is short and its data has no reference cycles worth collecting; the cyclic
    # collector only walks the growing heap of a large circle again and again (about
    # 45 % of reading 100,000 entries). Memory goes back when the process ends.
    gc.disable()
    code = main()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


if __name__ == "__main__":
    entry()
