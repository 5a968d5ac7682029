"""The Map's strip of step buttons, one per agreement, which gives way when they do not fit.

While there is room it is as wide as its buttons; past that it shows the ones near the
current step, and ◀ ▶ or Tab bring the rest into sight. It asks for no more room than one
button, so a course of many agreements cannot push the window wider than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QFrame, QScrollArea, QSizePolicy, QWidget


class StepStrip(QScrollArea):
    def __init__(self, steps: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(steps)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        hint = steps.sizeHint()
        self.setFixedHeight(hint.height())
        self.setMaximumWidth(hint.width())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """One button: the current step is always in sight."""
        steps = self.widget()
        buttons = steps.findChildren(QAbstractButton) if steps is not None else []
        widest = max((button.sizeHint().width() for button in buttons), default=0)
        return QSize(min(widest, self.maximumWidth()), self.height())

    def show_step(self, button: QWidget) -> None:
        self.ensureWidgetVisible(button, 0, 0)
