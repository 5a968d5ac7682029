"""The real main window on screens of a given size: `python -m tests.ui.fit_driver [x,y,w,h]`.

Run it with QT_QPA_PLATFORM=offscreen:configfile=SCREENS.json (Qt's offscreen platform then
has exactly those screens). With a geometry, that window geometry is saved first, as a
previous session would have left it. It starts the window as the app does, shows every view
in turn and prints one JSON object: the screens, the window's geometry, and per view the
widgets that are squeezed below their minimum size or lie outside the window.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QHeaderView,
    QMainWindow,
    QWidget,
)

from studyapp import paths
from studyapp.ui.app import name_the_app
from studyapp.ui.main_window import MainWindow
from studyapp.ui.views import VIEWS


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _save_geometry(x: int, y: int, width: int, height: int) -> None:
    """Leave the settings as a session that ended with the window at this geometry would."""
    window = QMainWindow()
    window.setGeometry(x, y, width, height)
    settings = QSettings(str(paths.user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/geometry", window.saveGeometry())
    settings.sync()


def _scrolled(widget: QWidget) -> bool:
    """Inside a scroll area's viewport: it may lie beyond the visible part, by design."""
    parent = widget.parentWidget()
    while parent is not None:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return True
        parent = grand
    return False


def problems(window: QWidget) -> list[str]:
    """Visible widgets squeezed below their minimum size, or reaching outside the window."""
    found = []
    inside = window.rect()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or _scrolled(widget):
            continue
        if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
            continue  # Qt's own parts (a header's hint counts its sort arrows' room)
        name = widget.accessibleName() or widget.objectName() or type(widget).__name__
        least = widget.minimumSizeHint()
        if least.isValid() and (
            widget.width() < least.width() - 1 or widget.height() < least.height() - 1
        ):
            found.append(f"{name}: {widget.width()}x{widget.height()} < {least.toTuple()}")
        top_left = widget.mapTo(window, widget.rect().topLeft())
        placed = QRect(top_left, widget.size())
        if not inside.contains(placed):
            found.append(f"{name}: at {_rect(placed)}, outside the window {_rect(inside)}")
    return found


def main() -> None:
    app = QApplication(sys.argv[:1])
    name_the_app(app)
    if len(sys.argv) > 1:
        _save_geometry(*(int(part) for part in sys.argv[1].split(",")))
    window = MainWindow()
    window.show()
    app.processEvents()
    window.load()
    app.processEvents()
    report: dict[str, object] = {
        "screens": [_rect(screen.availableGeometry()) for screen in app.screens()],
        "window": _rect(window.geometry()),
        "minimum": list(window.minimumSizeHint().toTuple()),
        "title": window.windowTitle(),
        "display_name": app.applicationDisplayName(),
    }
    views: dict[str, list[str]] = {}
    for spec in VIEWS:
        window.show_view(spec.name)
        app.processEvents()
        views[spec.name] = problems(window)
    window.search()
    window.search_dock.show()
    window.show_view("agreements")
    app.processEvents()
    views["agreements with search"] = problems(window)
    report["views"] = views
    print(json.dumps(report))
    window.close_stores()


if __name__ == "__main__":
    main()
