"""Python's garbage collection, kept on the UI thread.

Left automatic, a collection runs in whichever thread happens to allocate: an export or a
timeline layout in a worker thread then frees Qt objects (widgets, timers, connections) of
the UI thread from that worker, and a later event crashes the app. Anki keeps collection on
its main thread for the same reason. Automatic collection is switched off and a timer on the
UI thread collects instead, often enough that memory does not build up.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# Between collections on the UI thread. Reference counting frees almost everything at once;
# only cycles wait for this.
COLLECT_EVERY_MS = 10_000


def keep_on_the_ui_thread(app: QObject) -> QTimer:
    """Switch off automatic collection and collect from a timer of `app` instead."""
    gc.disable()
    timer = QTimer(app)
    timer.setObjectName("garbage-collector")
    timer.setInterval(COLLECT_EVERY_MS)
    timer.timeout.connect(gc.collect)
    timer.start()
    return timer
