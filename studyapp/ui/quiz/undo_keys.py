"""Ctrl+Z inside the quiz undoes the last answer, not the main window's Edit → Undo.

The main window's Undo action (bookmarks) has the same key in the window's context, so a
second action for Ctrl+Z in the view would make it ambiguous and neither would fire. Instead
the guard claims the key while the focus is in the view: it accepts the ShortcutOverride,
which sends Ctrl+Z on as an ordinary key press, and turns that press into `undo`. In the
answer box Ctrl+Z first undoes the typing, and the last answer once there is none left.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

_KEYS = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)


class UndoKeyGuard(QObject):
    def __init__(
        self,
        view: QWidget,
        edit: QLineEdit,
        undo: Callable[[], None],
        active: Callable[[], bool],
    ) -> None:
        super().__init__(view)
        self.view, self.edit, self.undo, self.active = view, edit, undo, active
        view.installEventFilter(self)
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (
            event.type() not in _KEYS
            or not isinstance(event, QKeyEvent)
            or not event.matches(QKeySequence.StandardKey.Undo)
            or not self.active()
        ):
            return False
        if watched is self.edit:
            if self.edit.isUndoAvailable():
                return False  # the line edit undoes its typing
            if event.type() == QEvent.Type.KeyPress:
                self.undo()
            else:
                event.ignore()  # on to the view, which claims it below
            return True
        if watched is self.view:
            # A ShortcutOverride or key press the focused child left alone reaches the view.
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
            else:
                self.undo()
            return True
        return False
