"""Where the keyboard goes when a view comes to the front."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTabBar, QWidget


def focus_is_elsewhere(view: QWidget) -> bool:
    """True when nothing useful has the focus: nothing at all, a hidden widget, or the tab
    bar that switched to `view`. Then the view takes it, so typing goes somewhere sensible."""
    focused = QApplication.focusWidget()
    if focused is None or not focused.isVisible():
        return True
    return isinstance(focused, QTabBar) and not view.isAncestorOf(focused)
