"""The actions a view offers: in its menu, in the shortcuts list, and on its keys."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def view_action(
    view: QWidget,
    text: str,
    keys: Sequence[str | QKeySequence.StandardKey],
    slot: Callable[..., object],
    *,
    local: bool = True,
) -> QAction:
    """An action of `view`, triggered by any of `keys`.

    `local` keys work only while the focus is in the view: +, Delete or Left mean something
    else in other views. The main window lists the action in the view's menu.
    """
    action = QAction(text, view)
    action.setShortcuts([QKeySequence(key) for key in keys])
    if local:
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    view.addAction(action)
    return action
