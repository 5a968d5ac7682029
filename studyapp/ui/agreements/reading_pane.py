"""The reading pane of one agreement: a bar for the current clause over the rendered text.

A click anywhere on a clause card makes that clause current. The public and secret articles
sit side by side when the pane is wide enough to give each a readable line, stacked otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent, QTextCursor, QTextTable
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from studyapp.content.records import AgreementRecord, ClauseRecord
from studyapp.i18n import in_language
from studyapp.ui.agreements.reading_html import CLAUSE_ANCHOR, RenderContext, agreement_html
from studyapp.ui.shared.link_browser import LinkBrowser
from studyapp.wording import clause_label, name

# Two columns need room for about 2 × 55 characters of running text.
TWO_COLUMN_CHARACTERS = 120


def clause_key_at(cursor: QTextCursor) -> str | None:
    """The clause whose card holds `cursor`: the innermost one-cell table around it."""
    # The stubs say currentTable() never returns None; outside any table it does.
    table: QTextTable | None = cursor.currentTable()
    while table is not None:
        if table.rows() == 1 and table.columns() == 1:
            cell = table.cellAt(0, 0)
            end = cell.lastCursorPosition().position()
            block = cell.firstCursorPosition().block()
            while block.isValid() and block.position() <= end:
                fragments = block.begin()
                while not fragments.atEnd():
                    for name in fragments.fragment().charFormat().anchorNames():
                        if name.startswith(CLAUSE_ANCHOR):
                            return name.removeprefix(CLAUSE_ANCHOR)
                    fragments += 1
                block = block.next()
            return None
        outside = QTextCursor(cursor.document())
        outside.setPosition(max(table.firstPosition() - 1, 0))
        parent: QTextTable | None = outside.currentTable()
        table = parent if parent is not None and parent != table else None
    return None


class ReadingPane(QWidget):
    clause_clicked = Signal(str)  # a click landed on this clause's card
    width_crossed = Signal()  # the pane crossed the width at which the columns change

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = LinkBrowser(self.tr("Agreement text"), self)
        self.current_label = QLabel(self)
        self.current_label.setTextFormat(Qt.TextFormat.PlainText)
        # Wrapped, so a long clause title never widens the pane and squeezes the lists.
        self.current_label.setWordWrap(True)
        self.star_button = QToolButton(self)
        # A toggle: a screen reader hears "pressed" or "not pressed" with the name.
        self.star_button.setCheckable(True)
        self.star_button.setAccessibleName(self.tr("Bookmark the current clause"))
        self.star_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.note_button = QToolButton(self)
        self.note_button.setAccessibleName(self.tr("Edit the note of the current clause"))
        self.note_button.setText(self.tr("Edit note…"))
        self.note_button.setToolTip(
            self.tr("Add or edit your note on the current clause (Ctrl+Shift+D)")
        )
        self.star_button.setToolTip(
            self.tr("Bookmark the current clause, or remove its bookmark (Ctrl+D)")
        )
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(self.current_label, 1)
        bar.addWidget(self.star_button)
        bar.addWidget(self.note_button)
        self.header = bar  # the view adds the content language button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        self.two_columns = False
        self.browser.viewport().installEventFilter(self)
        self.browser.installEventFilter(self)
        self.setFocusProxy(self.browser)

    def show_current(
        self, clause: ClauseRecord | None, bookmarked: bool, language: str | None = None
    ) -> None:
        """The current clause in the header, in `language` (the content's; None: the app's)."""
        words = in_language(language)
        if clause is None:
            self.current_label.setText(
                self.tr("Choose a clause: click it, or pick it in the list.")
            )
        else:
            label, title = clause_label(clause.label, language), name(clause, language=language)
            if clause.is_secret:
                text = words.translate("ReadingPane", "Secret {label}: {title}")
            else:
                text = words.translate("ReadingPane", "{label}: {title}")
            text = text.format(label=label, title=title)
            self.current_label.setText(text)
        self.star_button.setText(self.tr("★ Bookmarked") if bookmarked else self.tr("☆ Bookmark"))
        self.star_button.setChecked(bookmarked and clause is not None)
        self.star_button.setEnabled(clause is not None)
        self.note_button.setEnabled(clause is not None)

    def wants_two_columns(self, width: int | None = None) -> bool:
        # The whole browser's width, not the viewport's, so a scroll bar coming and going
        # cannot flip the layout back and forth.
        width = self.browser.width() if width is None else width
        return width >= TWO_COLUMN_CHARACTERS * self.fontMetrics().averageCharWidth()

    def show_text(
        self, agreement: AgreementRecord, context: RenderContext, keep_scroll: bool
    ) -> None:
        self.two_columns = context.two_columns
        self.browser.set_html(agreement_html(agreement, context), keep_scroll=keep_scroll)

    def scroll_to_clause(self, key: str) -> None:
        self.browser.scrollToAnchor(f"{CLAUSE_ANCHOR}{key}")
        # The anchor sits inside the card; step back so its border and heading show too.
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() - 2 * self.fontMetrics().height())

    def scroll_to_top(self) -> None:
        self.browser.verticalScrollBar().setValue(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.browser and isinstance(event, QResizeEvent):
            if self.wants_two_columns(event.size().width()) != self.two_columns:
                self.width_crossed.emit()
        elif (
            watched is self.browser.viewport()
            and event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            self._clicked_at(event)
        return super().eventFilter(watched, event)

    def _clicked_at(self, event: QMouseEvent) -> None:
        position = event.position().toPoint()
        if self.browser.anchorAt(position) or self.browser.textCursor().hasSelection():
            return  # a link handles itself; a drag selected text to copy
        key = clause_key_at(self.browser.cursorForPosition(position))
        if key is not None:
            self.clause_clicked.emit(key)
