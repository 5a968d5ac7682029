"""The Glossary view: every term with its Japanese and reading, filtered as you type.

Keyboard: type in the filter (Ctrl+L goes there), Down or Enter moves into the list, Enter in
the list moves into the detail pane, where Tab walks the links and Enter follows one; Escape
goes back a step. The list is read a page at a time as it scrolls (glossary/model.py); a
term's definition, sources and where it occurs are read when it is shown.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studyapp.content.folding import fold
from studyapp.content.records import TermRecord
from studyapp.i18n import number_text, with_number_text
from studyapp.ui.actions import view_action
from studyapp.ui.glossary.detail import term_html
from studyapp.ui.glossary.model import TermTableModel
from studyapp.ui.services import ItemKind, Services
from studyapp.ui.shared.announce import show_status
from studyapp.ui.shared.content_language import ContentLanguage, headed
from studyapp.ui.shared.focus import focus_is_elsewhere
from studyapp.ui.shared.link_browser import LinkBrowser

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class GlossaryView(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = TermTableModel(services.index, self)

        self.filter_edit = self._make_filter()
        self.table = self._make_table()
        self.count_label = QLabel(self)
        self.detail = LinkBrowser(self.tr("Term details"), self)
        self.content_language = ContentLanguage.of(services.settings)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 6, 0, 6)
        side_layout.addWidget(self.filter_edit)
        side_layout.addWidget(self.table, 1)
        side_layout.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(side)
        splitter.addWidget(headed(self.detail, self.content_language, self))
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.focus_filter_action = view_action(
            self, self.tr("&Focus filter"), ["Ctrl+L"], self.focus_filter
        )

        self.filter_edit.textChanged.connect(self._filter_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail.link_activated.connect(self._follow_link)
        self.detail.palette_changed.connect(self._show_detail)
        self.content_language.changed.connect(self._show_detail)
        for widget in (self.filter_edit, self.table, self.detail):
            widget.installEventFilter(self)
        self.setFocusProxy(self.filter_edit)
        self._update_count()
        self._select_row(0)

    def _make_filter(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(self.tr("Filter terms"))
        edit.setPlaceholderText(self.tr("Filter: English, 日本語 or reading (Ctrl+L)"))
        edit.setClearButtonEnabled(True)
        return edit

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setAccessibleName(self.tr("Glossary terms"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # Fitted to the rows on screen, not to every row read so far (hundreds, as it scrolls).
        header.setResizeContentsPrecision(0)
        return table

    def view_actions(self) -> list[QAction]:
        return [self.focus_filter_action]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if focus_is_elsewhere(self):
            self.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- what the main window calls ------------------------------------------------------

    def open_item(self, kind: ItemKind, key: str) -> None:
        self.show_term(key)

    def saved_state(self) -> dict[str, str]:
        return {}

    def restore_state(self, state: Mapping[str, str]) -> None:
        """Nothing is saved: the glossary opens on its first term."""

    def show_term(self, key: str) -> None:
        row = self.model.row_of(key)
        if row < 0 and self.model.query.words and key in self.services.index.terms:
            self.filter_edit.clear()  # filtered out: show everything again
            row = self.model.row_of(key)
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def current_term(self) -> TermRecord | None:
        """The selected term, whole (read by key: the list holds only what it shows)."""
        key = self.current_term_key()
        return self.services.index.terms.get(key) if key else None

    def current_term_key(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        row = self.model.term_at(index.row())
        return row.key if row else None

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # ---- reactions ------------------------------------------------------------------------

    def _filter_changed(self, text: str) -> None:
        self.model.set_words(tuple(fold(text).split()))
        self._update_count()
        self._select_row(self._best_row())

    def _best_row(self) -> int:
        """The first row read whose name (not only its definition) holds the query, else
        the first."""
        words = self.model.query.words
        for row, term in enumerate(self.model.rows):
            name = fold(f"{term.term} {term.term_ja} {term.reading}")
            if all(word in name for word in words):
                return row
        return 0

    def _update_count(self) -> None:
        shown, total = self.model.total, self.model.all_rows
        if shown == total:
            text = with_number_text(self.tr("%n terms", "", total), total)
        else:
            text = with_number_text(self.tr("{shown} of %n terms", "", total), total)
            text = text.format(shown=number_text(shown))
        show_status(self.count_label, text)

    def _select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self._show_detail()

    def _selection_changed(self, selected: QItemSelection) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        term = self.current_term()
        if term is None:
            nothing = self.tr("No term matches the filter.")
            text = f"<p class='nothing'>{nothing}</p>"
            self.detail.set_html(text if self.model.rowCount() == 0 else "")
            return
        index = self.services.index
        matcher = index.matcher_for([("term", term.key)])
        language = self.content_language.language()
        self.detail.set_html(term_html(term, index, matcher, language))

    def _follow_link(self, kind: str, key: str) -> None:
        item = ItemKind.parse(kind)
        if item is ItemKind.TERM:
            self.show_term(key)
        elif item is not None:
            self.services.navigator.open(item, key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key_pressed(watched, event)
        return super().eventFilter(watched, event)

    def _key_pressed(self, watched: QObject, event: QKeyEvent) -> bool:
        """Handle the keys that move between filter, list and detail; True if handled."""
        plain = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if event.modifiers() not in plain:
            return False
        key = event.key()
        if watched is self.filter_edit:
            return self._filter_key(key)
        if watched is self.table:
            return self._table_key(key)
        if watched is self.detail and key == Qt.Key.Key_Escape:
            self.table.setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        return False

    def _filter_key(self, key: int) -> bool:
        if key in (Qt.Key.Key_Down, *_ENTER):
            if self.current_term() is None:
                self._select_row(0)
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key == Qt.Key.Key_Escape and self.filter_edit.text():
            self.filter_edit.clear()
            return True
        return False

    def _table_key(self, key: int) -> bool:
        if key in _ENTER and self.current_term() is not None:
            self.detail.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key == Qt.Key.Key_Up and self.table.currentIndex().row() <= 0:
            self.focus_filter()
            return True
        return False
