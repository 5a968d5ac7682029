"""A button for one multiple-choice option whose text wraps, as a definition can be long."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

_MARGINS = (12, 8, 12, 8)


class ChoiceButton(QPushButton):
    """A push button drawn as usual, with a word-wrapped label for its text."""

    def __init__(self, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setFont(font)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(*_MARGINS)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_label(self, text: str) -> None:
        self.label.setText(text)
        self.updateGeometry()

    def label_text(self) -> str:
        return self.label.text()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        left, top, right, bottom = _MARGINS
        return self.label.heightForWidth(width - left - right) + top + bottom

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        left, top, right, bottom = _MARGINS
        hint = self.label.sizeHint()
        return QSize(min(hint.width(), 600) + left + right, hint.height() + top + bottom)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        _left, top, _right, bottom = _MARGINS
        return QSize(120, self.label.fontMetrics().height() + top + bottom)
