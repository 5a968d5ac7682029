"""A button for one multiple-choice option whose text wraps, as a definition can be long."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
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
        # A wrapped label lays its text out for every size asked of it, and a layout pass
        # asks many times: the answers are kept until the text or the font changes.
        self._hint: QSize | None = None
        self._heights: dict[int, int] = {}

    def set_label(self, text: str) -> None:
        if text != self.label.text():
            self.label.setText(text)
            self._forget_sizes()
            self.updateGeometry()

    def _forget_sizes(self) -> None:
        self._hint = None
        self._heights.clear()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._forget_sizes()
        super().changeEvent(event)

    def label_text(self) -> str:
        return self.label.text()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        if width not in self._heights:
            left, top, right, bottom = _MARGINS
            self._heights[width] = self.label.heightForWidth(width - left - right) + top + bottom
        return self._heights[width]

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        if self._hint is None:
            left, top, right, bottom = _MARGINS
            hint = self.label.sizeHint()
            self._hint = QSize(min(hint.width(), 600) + left + right, hint.height() + top + bottom)
        return QSize(self._hint)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        _left, top, _right, bottom = _MARGINS
        return QSize(120, self.label.fontMetrics().height() + top + bottom)
