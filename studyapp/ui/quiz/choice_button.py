"""A button for one multiple-choice option whose text wraps, as a definition can be long.

A marked option (right or wrong, after the answer) gets a coloured frame and its text in the
colour, drawn here and set by palette: a style sheet would send every later layout and
paint of the button through Qt's style-sheet style, and taking it off again re-polishes the
button, which was most of the time to show the next card.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

from studyapp.ui.shared.wrapped_label import WrappedLabel

_MARGINS = (12, 8, 12, 8)
_FRAME = 2  # the width of a marked option's frame


class ChoiceButton(QPushButton):
    """A push button drawn as usual, with a word-wrapped label for its text."""

    def __init__(self, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = WrappedLabel(self)
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
        self.mark: QColor | None = None  # the colour of the frame, when marked
        self._font = QFont(font)

    def set_mark(self, colour: QColor | None, *, bold: bool = False) -> None:
        """Frame the option and write it in `colour` (bold for the right one); None: plain."""
        if colour is None and self.mark is None:
            return
        self.mark = colour
        palette = QPalette()  # nothing set: the label's colours are its parent's again
        if colour is not None:  # inside a button, a label writes in the button's text role
            for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
                palette.setColor(role, colour)
        self.label.setPalette(palette)
        font = QFont(self._font)
        font.setBold(bold and colour is not None)
        if font != self.label.font():
            self.label.setFont(font)
            self._forget_sizes()
            self.updateGeometry()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if self.mark is not None:
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self.mark, _FRAME))
            half = _FRAME / 2
            painter.drawRoundedRect(self.rect().toRectF().adjusted(half, half, -half, -half), 3, 3)
            painter.end()

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
