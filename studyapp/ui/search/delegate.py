"""Paints a search result as rich text, with the matches marked in the palette's colours."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from studyapp.content.search import SearchHit
from studyapp.ui.search.formatting import hit_html
from studyapp.ui.search.model import CONTEXT_ROLE, HIT_ROLE
from studyapp.ui.shared.colours import mix
from studyapp.ui.shared.roles import AnyIndex

MARGIN = 6  # pixels around the text of each result


def _colour_group(option: QStyleOptionViewItem) -> QPalette.ColorGroup:
    if not option.state & QStyle.StateFlag.State_Enabled:
        return QPalette.ColorGroup.Disabled
    if option.state & QStyle.StateFlag.State_Active:
        return QPalette.ColorGroup.Active
    return QPalette.ColorGroup.Inactive


class SearchHitDelegate(QStyledItemDelegate):
    def document(self, option: QStyleOptionViewItem, index: AnyIndex) -> QTextDocument | None:
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, SearchHit):
            return None
        palette, group = option.palette, _colour_group(option)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            # The row is already in the highlight colour: mark matches by weight and underline.
            text = palette.color(group, QPalette.ColorRole.HighlightedText)
            back = palette.color(group, QPalette.ColorRole.Highlight)
            mark = "font-weight:bold; text-decoration:underline"
        else:
            text = palette.color(group, QPalette.ColorRole.Text)
            back = palette.color(group, QPalette.ColorRole.Base)
            highlight = palette.color(group, QPalette.ColorRole.Highlight).name()
            highlighted = palette.color(group, QPalette.ColorRole.HighlightedText).name()
            mark = f"background-color:{highlight}; color:{highlighted}"
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        document.setHtml(
            hit_html(hit, str(index.data(CONTEXT_ROLE)), mark, mix(back, text, 0.65).name())
        )
        document.setTextWidth(max(10, self._text_width(option)))
        return document

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        widget = option.widget
        viewport = getattr(widget, "viewport", None)
        width = viewport().width() if viewport is not None else option.rect.width()
        return int(width) - 2 * MARGIN

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        document = self.document(option, index)
        if document is None:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""  # the background, focus and selection only; the text is ours
        style = item.widget.style() if item.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = (
            QPalette.ColorRole.HighlightedText
            if option.state & QStyle.StateFlag.State_Selected
            else QPalette.ColorRole.Text
        )
        context.palette.setColor(
            QPalette.ColorRole.Text, option.palette.color(_colour_group(option), role)
        )
        painter.save()
        painter.translate(QPointF(option.rect.left() + MARGIN, option.rect.top() + MARGIN))
        painter.setClipRect(0, 0, option.rect.width() - MARGIN, option.rect.height() - MARGIN)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        document = self.document(option, index)
        if document is None:
            return super().sizeHint(option, index)
        size = document.size()
        return QSize(int(size.width()) + 2 * MARGIN, int(size.height() + 0.5) + 2 * MARGIN)
