"""Quit signals that come while the app is still starting, before the window's event loop can
take them (ui/quit_signals.py): each is held, and acted on once the loop runs.

Ctrl+C in the first second would otherwise raise KeyboardInterrupt inside PySide6's own
import, which it reports as a failed import with a traceback, or aborts. No Qt here: this is
set up before PySide6 is imported. A second one of the same signal while the app starts
ends it at once, as that signal's default does.
"""

from __future__ import annotations

import os
import signal
from types import FrameType

QUIT_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
_held: list[int] = []


def hold_quit_signals() -> None:
    """From now until QuitOnSignals takes over, hold the quit signals instead of obeying."""
    for number in QUIT_SIGNALS:
        signal.signal(number, _hold)


def _hold(number: int, _frame: FrameType | None) -> None:
    if number in _held:  # asked twice: the user means it
        signal.signal(number, signal.SIG_DFL)
        os.kill(os.getpid(), number)
        return
    _held.append(number)


def held_signal() -> int | None:
    """The first quit signal held while the app started, if any."""
    return _held[0] if _held else None
