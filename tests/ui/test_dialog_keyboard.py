"""Every dialog walked by keyboard alone: Tab and Shift+Tab reach every control, each one named.

Each dialog is opened as a user opens it (its menu action), then inspected while it runs
modally: the walk starts from where the dialog put the focus, presses Tab until focus comes
back round, then Shift+Tab the same, and reads each control's accessible name as a screen
reader would.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from studyapp.ui.main_window import MainWindow
from studyapp.ui.services import ItemKind
from studyapp.userdata import backups
from tests.ui.helpers import started_window


def _tab_stops(dialog: QWidget) -> list[QWidget]:
    """The controls Tab should reach: shown, enabled, taking Tab focus, not a proxy's part."""
    tab = Qt.FocusPolicy.TabFocus
    return [
        widget
        for widget in dialog.findChildren(QWidget)
        if widget.isVisibleTo(dialog)
        and widget.isEnabled()
        and widget.focusPolicy() & tab == tab
        and widget.focusProxy() is None
    ]


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _walk(key: Qt.Key, steps: int) -> list[QWidget]:
    seen = [_focused()]
    for _ in range(steps):
        QTest.keyClick(_focused(), key)
        seen.append(_focused())
    return seen


def _spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name).strip()


def _describe(widget: QWidget) -> str:
    """The control as "Type(what it says)", unique enough to tell the controls apart."""
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    said = widget.objectName() or text or widget.accessibleName() or hex(id(widget))
    return f"{type(widget).__name__}({said})"


class _Walk:
    """What the walk found in the dialog that opened, filled in while it runs."""

    def __init__(self) -> None:
        self.title = ""
        # Each control as "Type(name)", read while the dialog is up (it is deleted after).
        self.stops: list[str] = []
        self.forward: list[str] = []
        self.backward: list[str] = []
        self.names: dict[str, str] = {}


def _walk_dialog(qtbot: QtBot, open_it: Callable[[], object]) -> _Walk:
    found = _Walk()

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isActiveWindow():  # not up yet: look again soon
            if dialog is not None:
                dialog.activateWindow()
            QTimer.singleShot(50, inspect)
            return
        try:
            found.title = dialog.windowTitle()
            stops = _tab_stops(dialog)
            steps = 2 * len(stops) + 2  # a trap would keep focus inside a few controls
            found.stops = [_describe(w) for w in stops]
            found.forward = [_describe(w) for w in _walk(Qt.Key.Key_Tab, steps)]
            found.backward = [_describe(w) for w in _walk(Qt.Key.Key_Backtab, steps)]
            found.names = {_describe(w): _spoken_name(w) for w in stops}
        finally:
            if isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()

    QTimer.singleShot(0, inspect)
    open_it()
    qtbot.waitUntil(lambda: bool(found.title), timeout=5000)
    return found


def _action(window: MainWindow, text: str) -> QAction:
    actions = list(window.all_actions())
    for menu in window.menuBar().findChildren(QMenu):
        actions.extend(menu.actions())
    for action in actions:
        if action.text().replace("&", "") == text:
            return action
    raise AssertionError(f"no action {text!r}")


def _with_a_backup(window: MainWindow) -> None:
    assert window.services is not None
    backups.make_backup(window.services.bookmarks.store.path)


DIALOGS: dict[str, tuple[str, str, Callable[[MainWindow], None] | None]] = {
    # what it is: (view to show first, the menu action that opens it, anything to set up)
    "study preferences": ("quiz", "Study preferences…", None),
    "card browser": ("quiz", "Browse cards…", None),
    "timeline image export": ("timeline", "Export image…", None),
    "go to date": ("timeline", "Go to date…", None),
    "restore from backup": ("timeline", "Restore from backup…", _with_a_backup),
    "card export options": ("timeline", "Export cards as CSV…", None),
    "bookmark note": ("agreements", "Edit note…", None),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_tab_and_shift_tab_reach_every_control_of_the_dialog_and_each_is_named(
    qtbot: QtBot, name: str
) -> None:
    view, action_text, set_up = DIALOGS[name]
    window = started_window(qtbot, active=True)
    window.show_view(view)
    if view == "agreements":
        assert window.services is not None
        window.services.navigator.open(ItemKind.CLAUSE, "first-1907-secret-1")
    if set_up is not None:
        set_up(window)
    found = _walk_dialog(qtbot, _action(window, action_text).trigger)
    window.close_stores()

    assert found.title.strip(), f"{name}: the dialog has no title to announce"
    assert found.stops, f"{name}: no control takes the focus"
    first = found.forward[0]
    assert first in found.stops and not first.startswith("QPushButton"), (
        f"{name}: opens with the focus on {first}, not on its first field"
    )
    missed = [w for w in found.stops if w not in found.forward]
    assert not missed, f"{name}: Tab never reaches {missed}"
    missed_back = [w for w in found.stops if w not in found.backward]
    assert not missed_back, f"{name}: Shift+Tab never reaches {missed_back}"
    unnamed = [control for control, spoken in found.names.items() if not spoken]
    assert not unnamed, f"{name}: a screen reader hears no name for {unnamed}"
