"""A quit signal that comes while Qt is being imported: held, then obeyed once a loop runs.

Prints "quit by N" (the signal that quit it) after the event loop ended.
"""

from __future__ import annotations

import os
import signal

from studyapp.ui.early_signals import hold_quit_signals

hold_quit_signals()
os.kill(os.getpid(), signal.SIGINT)  # Ctrl+C, before PySide6 is imported

from PySide6.QtWidgets import QApplication  # noqa: E402 (the import the signal must spare)

from studyapp.ui.quit_signals import QuitOnSignals  # noqa: E402

app = QApplication([])
signals = QuitOnSignals(app.quit)
app.exec()
signals.restore()
print(f"quit by {signals.received}")
