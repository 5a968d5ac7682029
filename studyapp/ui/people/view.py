"""The People view: everyone the content names, filtered as you type, like the glossary.

Keyboard: type in the filter (Ctrl+L goes there), Down or Enter moves into the list, Enter in
the list moves into the detail pane, where Tab walks the links and Enter follows one; Escape
goes back a step.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt
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
from studyapp.content.records import PersonRecord
from studyapp.i18n import number_text, with_number_text
from studyapp.ui.actions import view_action
from studyapp.ui.people.detail import person_html
from studyapp.ui.people.model import PersonTableModel
from studyapp.ui.services import ItemKind, Services
from studyapp.ui.shared.announce import show_status
from studyapp.ui.shared.content_language import ContentLanguage, headed
from studyapp.ui.shared.focus import focus_is_elsewhere
from studyapp.ui.shared.link_browser import LinkBrowser

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class PeopleView(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = PersonTableModel(services.index, self)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setAccessibleName(self.tr("Filter people"))
        self.filter_edit.setPlaceholderText(self.tr("Filter: name, 日本語, office (Ctrl+L)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.table = self._make_table()
        self.count_label = QLabel(self)
        self.detail = LinkBrowser(self.tr("Person details"), self)
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
        splitter.setSizes([480, 720])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.focus_filter_action = view_action(
            self, self.tr("&Focus filter"), ["Ctrl+L"], self.focus_filter
        )
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())
        self.detail.link_activated.connect(self._follow_link)
        self.detail.palette_changed.connect(self._show_detail)
        self.content_language.changed.connect(self._show_detail)
        for widget in (self.filter_edit, self.table, self.detail):
            widget.installEventFilter(self)
        self.setFocusProxy(self.filter_edit)
        self._update_count()
        self._select_row(0)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setAccessibleName(self.tr("People"))
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
        self.show_person(key)

    def saved_state(self) -> dict[str, str]:
        person = self.current_person()
        return {"selected": person.key} if person else {}

    def restore_state(self, state: Mapping[str, str]) -> None:
        key = state.get("selected")
        if key:
            self.show_person(key)

    def show_person(self, key: str) -> None:
        row = self.model.row_of(key)
        if row < 0 and self.model.query.words and key in self.services.index.people:
            self.filter_edit.clear()  # filtered out: show everyone again
            row = self.model.row_of(key)
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def current_person(self) -> PersonRecord | None:
        """The selected person, whole (read by key: the list holds only what it shows)."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        row = self.model.person_at(index.row())
        return self.services.index.people.get(row.key) if row else None

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # ---- reactions ------------------------------------------------------------------------

    def _filter_changed(self, text: str) -> None:
        self.model.set_words(tuple(fold(text).split()))
        self._update_count()
        self._select_row(self._best_row())

    def _best_row(self) -> int:
        """The first row read whose names (not only the text about them) hold the query."""
        words = self.model.query.words
        shown = self.services.index.people.many([row.key for row in self.model.rows])
        for row, person in enumerate(shown):
            names = fold(f"{person.name} {person.name_ja} {person.name_native} {person.reading}")
            if all(word in names for word in words):
                return row
        return 0

    def _update_count(self) -> None:
        shown, total = self.model.total, self.model.all_rows
        if shown == total:
            text = with_number_text(self.tr("%n people", "", total), total)
        else:
            text = with_number_text(self.tr("{shown} of %n people", "", total), total)
            text = text.format(shown=number_text(shown))
        show_status(self.count_label, text)

    def _select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self._show_detail()

    def _show_detail(self) -> None:
        person = self.current_person()
        if person is None:
            nothing = self.tr("No one matches the filter.")
            text = f"<p class='nothing'>{nothing}</p>"
            self.detail.set_html(text if self.model.rowCount() == 0 else "")
            return
        matcher = self.services.index.matcher_for([("person", person.key)])
        language = self.content_language.language()
        self.detail.set_html(person_html(person, self.services.index, matcher, language))

    def _follow_link(self, kind: str, key: str) -> None:
        item = ItemKind.parse(kind)
        if item is ItemKind.PERSON:
            self.show_person(key)
        elif item is not None:
            self.services.navigator.open(item, key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if event.modifiers() in plain and self._key_pressed(watched, event.key()):
                return True
        return super().eventFilter(watched, event)

    def _key_pressed(self, watched: QObject, key: int) -> bool:
        """Move between filter, list and detail; True if the key was used."""
        if watched is self.filter_edit:
            if key in (Qt.Key.Key_Down, *_ENTER):
                if self.current_person() is None:
                    self._select_row(0)
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if key == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                return True
        elif watched is self.table:
            if key in _ENTER and self.current_person() is not None:
                self.detail.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if key == Qt.Key.Key_Up and self.table.currentIndex().row() <= 0:
                self.focus_filter()
                return True
        elif watched is self.detail and key == Qt.Key.Key_Escape:
            self.table.setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        return False
