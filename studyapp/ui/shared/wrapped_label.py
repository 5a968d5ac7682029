"""A word-wrapped label that remembers how tall it is at each width."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    """A word-wrapped label that keeps the height it needs at each width until its text or
    font changes: QLabel lays its text out again for every height asked, and one layout pass
    of the card asks many times."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        if text != self.text():
            self._heights.clear()
        super().setText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
        super().changeEvent(event)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        if width not in self._heights:
            self._heights[width] = super().heightForWidth(width)
        return self._heights[width]
