"""How the Agreements view's lists draw their rows.

The agreements list shows a bold English title over the Japanese one; the clause list wraps
long clause titles instead of cutting them off (QTreeView itself only elides).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from studyapp.ui.shared.colours import mix
from studyapp.ui.shared.roles import AnyIndex

PADDING = 4


class AgreementDelegate(QStyledItemDelegate):
    """Two lines per agreement: "1907  First Russo-Japanese Agreement" and "第一次日露協約"."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802 (Qt override)
        bold = QFont(option.font)
        bold.setBold(True)
        height = QFontMetrics(bold).height() + option.fontMetrics.height()
        width = QFontMetrics(bold).horizontalAdvance(str(index.data()).split("\n")[0])
        return QSize(width + 4 * PADDING, height + 3 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        # item.text has its line break turned into U+2028 already; split the model's text.
        title, _, japanese = str(index.data()).partition("\n")
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)

        palette: QPalette = item.palette
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = palette.color(role)
        muted = (
            text_color if selected else mix(text_color, palette.color(QPalette.ColorRole.Base), 0.3)
        )
        rect: QRect = item.rect.adjusted(2 * PADDING, PADDING, -PADDING, -PADDING)
        bold = QFont(item.font)
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        painter.save()
        painter.setFont(bold)
        painter.setPen(text_color)
        first = bold_metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, first)
        painter.setFont(item.font)
        painter.setPen(muted)
        second = rect.adjusted(0, bold_metrics.height(), 0, 0)
        painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, japanese)
        painter.restore()


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text needs when wrapped to the width of the column."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)
        self._width = 0

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802 (Qt override)
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        # The style keeps a focus-frame margin (plus one pixel) on both sides of the text.
        margin = self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        width = self.view.viewport().width() - depth * self.view.indentation() - 2 * margin
        metrics: QFontMetrics = option.fontMetrics
        bounds = metrics.boundingRect(
            QRect(0, 0, max(width, 40), 10_000),
            int(Qt.TextFlag.TextWordWrap),
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
        )
        return QSize(width, bounds.height() + PADDING)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize and self.view.viewport().width() != self._width:
            self._width = self.view.viewport().width()
            # Row heights are cached by the view; ask it to measure again at the new width.
            self.view.scheduleDelayedItemsLayout()
        return super().eventFilter(watched, event)
