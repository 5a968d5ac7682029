"""The progress bar of work that runs off the UI thread: shown only if it takes a while."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressDialog, QWidget

# Work done sooner shows no bar at all: a bar that flashes up and away reads as a glitch.
BAR_AFTER_MS = 400


def busy_bar(parent: QWidget, text: str, title: str) -> QProgressDialog:
    """A window-modal bar with no end and no Cancel button (the work is all or nothing:
    an atomic write); `reset()` it when the work is done."""
    bar = QProgressDialog(text, "", 0, 0, parent)
    bar.setWindowTitle(title)
    bar.setCancelButton(None)
    bar.setMinimumDuration(BAR_AFTER_MS)
    return bar
