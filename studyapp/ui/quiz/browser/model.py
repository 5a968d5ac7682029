"""A thin, lazy Qt table model over studyapp.study.browser.CardTable.

A cell's text is made when the view asks for it, and the view asks only for the rows it
shows, so a quarter of a million cards open as fast as forty (a card's prompt and answer are
made then, by key). A search's rows are read a few screens at a time, as the table scrolls
to its end (canFetchMore / fetchMore).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from studyapp.content.card_sources import CardRef
from studyapp.study.browser import COLUMNS, BrowserFilter, CardTable, Column, column_title

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the card key of a row
_Index = QModelIndex | QPersistentModelIndex
_NUMERIC = frozenset({Column.STABILITY, Column.DIFFICULTY, Column.LAPSES, Column.REVIEWS})
_MADE = frozenset({Column.PROMPT, Column.ANSWER})  # columns of the card itself, made by key


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


class CardTableModel(QAbstractTableModel):
    def __init__(self, table: CardTable) -> None:
        super().__init__()
        self.table = table
        self._filter = BrowserFilter()
        self._sorted: tuple[Column, bool] | None = None
        self._fetching = False

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt)
        return 0 if parent.isValid() else len(self.table)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt)
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.table):
            return None
        card = self.table.card(index.row())
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column in _MADE:
                self.table.read_ahead(index.row())
            return _cell_text(self.table.value(card, column))
        if role == KEY_ROLE:
            return card.key
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802 (Qt)
        return not parent.isValid() and self.table.can_fetch_more()

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802 (Qt)
        """The search's next rows, as the table scrolls to its end."""
        if parent.isValid() or self._fetching:  # asked again while rows go in: once is all
            return
        rows = self.table.more_rows()
        if rows:
            self._fetching = True
            try:
                first = len(self.table)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self.table.show_more(rows)
                self.endInsertRows()
            finally:
                self._fetching = False

    def headerData(  # noqa: N802 (Qt)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return column_title(COLUMNS[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sorted = (COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        self.table.sort(*self._sorted)
        self.layoutChanged.emit()

    def set_filter(self, chosen: BrowserFilter) -> None:
        self.beginResetModel()
        self._filter = chosen
        self.table.begin(chosen)
        if self._sorted is not None:
            self.table.sort(*self._sorted)
        self.endResetModel()

    def reload(self) -> None:
        """After an action: read the states and marks again, keep the filter and the order."""
        self.table.reload()
        self.set_filter(self._filter)

    def card(self, row: int) -> CardRef:
        return self.table.card(row)
