"""SIGTERM, SIGINT and SIGHUP (a logout, a shutdown, Ctrl+C in the terminal) quit the app as
closing its window does: the note being typed is saved, a backup is taken if due, exit 0.

Python runs a signal handler only when it next gets control, which an idle Qt event loop
never gives it. So the C-level handler writes the signal number to a pipe (Python's
`signal.set_wakeup_fd`), and a QSocketNotifier on the other end wakes the loop. A pipe, not
a socket pair: the socket module costs the start-up a 12 ms import.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from studyapp.ui.early_signals import QUIT_SIGNALS, held_signal


class QuitOnSignals(QObject):
    """While it lives, the quit signals call `quit` once, from the event loop."""

    def __init__(self, quit_app: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quit = quit_app
        self.received: int | None = None  # the first quit signal received, if any
        self._reader, self._writer = os.pipe()
        for end in (self._reader, self._writer):
            os.set_blocking(end, False)
        self._previous_fd = signal.set_wakeup_fd(self._writer)
        self._previous = {number: signal.signal(number, self._handle) for number in QUIT_SIGNALS}
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        early = held_signal()  # one that came while the app was starting
        if early is not None:
            self._handle(early, None)

    def _drain(self) -> None:
        # Python has run the handler by now (it runs before any Python code, this included).
        with contextlib.suppress(OSError):
            os.read(self._reader, 64)

    def _handle(self, number: int, _frame: FrameType | None) -> None:
        # Called between two Python steps, maybe inside a write: quit once it has returned.
        if self.received is None:
            self.received = number
            QTimer.singleShot(0, self._quit)

    def restore(self) -> None:
        """Put back the handlers there were before (at exit; also for tests)."""
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        os.close(self._reader)
        os.close(self._writer)
