"""The yardstick for start-up: a bare PySide6 window (a QMainWindow with a label), painted.

Run as a script by bench_startup; prints the same JSON line as `studyapp --smoke`.
"""

from __future__ import annotations

import json
import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from studyapp.memory import peak_rss_kib  # measured as the app measures itself


class _PaintWatcher(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.painted_at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = time.time()
            QTimer.singleShot(0, self.app.quit)
        return False


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    label = QLabel("Russo-Japanese Agreements")
    window.setCentralWidget(label)
    watcher = _PaintWatcher(app)
    label.installEventFilter(watcher)
    window.resize(1200, 780)
    window.show()
    app.exec()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    wall = {"first paint": watcher.painted_at, "content shown": watcher.painted_at}
    cpu_s = usage.ru_utime + usage.ru_stime
    data = {"wall": wall, "peak_rss_kib": peak_rss_kib(), "cpu_s": cpu_s}
    print(f"studyapp smoke json: {json.dumps(data)}")


if __name__ == "__main__":
    main()
