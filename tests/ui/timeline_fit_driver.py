"""The real main window's timeline after Fit all: `python -m tests.ui.timeline_fit_driver`.

Run it with QT_QPA_PLATFORM=offscreen:configfile=SCREENS.json (see test_window_fit.py). It
opens the window as the app does, shows the timeline, presses 0 and prints one JSON object:
the screen, whether the lanes' scroll bar shows, the events drawn outside the canvas, the
events ←/→ never reach, and the events whose whole title hovering does not show.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from studyapp.ui.app import name_the_app
from studyapp.ui.main_window import MainWindow
from studyapp.ui.timeline import geometry
from studyapp.ui.timeline.canvas import TimelineCanvas
from studyapp.ui.timeline.model import EVENTS
from studyapp.ui.timeline.painting import event_labels, whole_titles
from studyapp.ui.timeline.view import TimelineView


def _settle(app: QApplication) -> None:
    for _ in range(5):  # the arrangement, the refit and the idle layouts, turn by turn
        app.processEvents()
        QTest.qWait(20)


def _outside(canvas: TimelineCanvas) -> list[str]:
    """Events whose marker or lane lies outside the part of the canvas one sees."""
    bands, found = canvas.bands(), []
    for entry in canvas.model.group_entries[EVENTS]:
        x = canvas.view.x_of(canvas.model.item_of(entry).start)
        top = geometry.lane_top(canvas, entry, bands)
        inside_x = 0 <= x <= canvas.content_width()
        inside_y = bands.events_top <= top and top + canvas.sizes.lane <= canvas.height()
        if not (inside_x and inside_y):
            found.append(entry.key)
    return found


def _unreached(app: QApplication, canvas: TimelineCanvas) -> list[str]:
    """Items that stepping with → from the start, then ← from the end, never selects."""
    canvas.setFocus()
    canvas.select(None)
    reached: set[str] = set()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
        for _ in range(len(canvas.model.entries) + 1):
            QTest.keyClick(canvas, key)
            reached.add(canvas.selected or "")
    canvas.select(None)
    canvas.fit_all()
    app.processEvents()
    return [entry.key for entry in canvas.model.entries if entry.key not in reached]


def _hover_misses(app: QApplication, canvas: TimelineCanvas) -> list[str]:
    """Events whose marker, hovered, neither shows the whole title in the tooltip nor
    draws it whole (on its plate) in the timeline."""
    bands, missed = canvas.bands(), []
    for entry in canvas.model.group_entries[EVENTS]:
        x = canvas.view.x_of(canvas.model.item_of(entry).start)
        y = geometry.lane_top(canvas, entry, bands) + canvas.sizes.lane / 2
        point = QPointF(x, y)
        move = QMouseEvent(
            QMouseEvent.Type.MouseMove,
            point,
            canvas.mapToGlobal(point),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(canvas, move)
        local = QPoint(round(x), round(y))
        QApplication.sendEvent(
            canvas, QHelpEvent(QHelpEvent.Type.ToolTip, local, canvas.mapToGlobal(local))
        )
        title = entry.record.title
        drawn = event_labels(canvas).get(entry.key) == title or title in whole_titles(canvas)
        tooltip = QTextDocument()
        tooltip.setHtml(QToolTip.text())
        if not (canvas.hovered == entry.key and drawn and title in tooltip.toPlainText()):
            missed.append(entry.key)
    QToolTip.hideText()
    return missed


def main() -> None:
    app = QApplication(sys.argv[:1])
    name_the_app(app)
    window = MainWindow()
    window.show()
    app.processEvents()
    window.load()
    window.show_view("timeline")
    _settle(app)
    view = window.findChild(TimelineView)
    assert view is not None
    canvas = view.canvas
    canvas.zoom_by(4)  # away from the fit first, so that 0 has something to do
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_0)
    _settle(app)
    screens = [screen.availableGeometry() for screen in app.screens()]
    report: dict[str, object] = {
        "screens": [[rect.x(), rect.y(), rect.width(), rect.height()] for rect in screens],
        "canvas": [canvas.width(), canvas.height()],
        "scroll_bar_shown": not canvas.scrollbar.isHidden(),
        "range": list(canvas.visible_range()),
        "content": [canvas.model.first_day, canvas.model.last_day],
        "outside": _outside(canvas),
        "events": len(canvas.model.group_entries[EVENTS]),
        "hover_misses": _hover_misses(app, canvas),
        "unreached": _unreached(app, canvas),
    }
    print(json.dumps(report))
    window.close_stores()


if __name__ == "__main__":
    main()
