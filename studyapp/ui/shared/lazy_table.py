"""A table model over a long list in the database, read a page at a time as the view scrolls.

The view asks `canFetchMore` / `fetchMore` when it nears the last row read, so a list of
40,000 terms costs one page to show, and memory grows only with what was scrolled through.
Filtering and sorting are the database's: `set_words` and `sort` start again from row 0
with a new `ListQuery` (content/records.py), counting the rows it picks first.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from studyapp.content import view_queries
from studyapp.content.catalogue import ContentCatalogue
from studyapp.content.records import ListQuery
from studyapp.i18n import is_japanese
from studyapp.ui.shared.roles import AnyIndex

R = TypeVar("R")
PAGE_ROWS = 100
_NO_PARENT = QModelIndex()


class ListSource(Generic[R]):
    """Where a LazyTableModel reads its rows: the list of one kind ("term", "person") in the
    content database (content/view_queries.py)."""

    def __init__(self, content: ContentCatalogue, kind: str) -> None:
        self.content, self.kind = content, kind

    def page(self, query: ListQuery, offset: int, limit: int) -> list[R]:
        kind = self.kind
        return self.content.read(lambda c: view_queries.list_page(c, kind, query, offset, limit))

    def count(self, query: ListQuery) -> int:
        return self.content.read(lambda c: view_queries.list_count(c, self.kind, query))

    def row_of(self, query: ListQuery, key: str) -> int:
        """The row of `key` in the list `query` makes, -1 if filtered out."""
        return self.content.read(lambda c: view_queries.list_row(c, self.kind, query, key))


class LazyTableModel(QAbstractTableModel, Generic[R]):
    """Subclasses say what each column shows of a row (`cell`) and the other roles."""

    columns: tuple[str, ...] = ()

    def __init__(self, source: ListSource[R], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.query = ListQuery(japanese=is_japanese())  # the filter looks in what is shown
        self.rows: list[R] = []
        self._inserting = False
        self.total = source.count(self.query)  # rows the query picks
        self.all_rows = self.total  # rows with no filter
        self._read_more()

    # ---- what a subclass fills in -----------------------------------------------------------

    def cell(self, row: R, column: int, role: int) -> Any:
        raise NotImplementedError

    # ---- the list -------------------------------------------------------------------------

    def set_words(self, words: tuple[str, ...]) -> None:
        if words != self.query.words:
            self._restart(self.query_for(words))

    def query_for(self, words: tuple[str, ...]) -> ListQuery:
        """The query of these filter words (a subclass may add what they also match)."""
        return replace(self.query, words=words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if 0 <= column < len(self.columns):
            query = replace(self.query, column=column, descending=descending)
            if query != self.query:
                self._restart(query)

    def _restart(self, query: ListQuery) -> None:
        self.beginResetModel()
        self.query = query
        self.rows = []
        self.total = self.source.count(query)
        self._read_more()
        self.endResetModel()

    def _read_more(self) -> list[R]:
        more = self.source.page(self.query, len(self.rows), PAGE_ROWS)
        self.rows.extend(more)
        return more

    def row_of(self, key: str) -> int:
        """The row of `key` in the list as filtered and sorted, read up to it; -1 if the
        filter leaves it out."""
        row = self.source.row_of(self.query, key)
        if row >= len(self.rows):
            first = len(self.rows)
            wanted = row + 1 - first
            more = self.source.page(self.query, first, -(-wanted // PAGE_ROWS) * PAGE_ROWS)
            if more:
                self._insert(first, more)
        return row if row < len(self.rows) else -1

    # ---- Qt's model -----------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = _NO_PARENT) -> bool:  # noqa: N802 (Qt override)
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: AnyIndex = _NO_PARENT) -> None:  # noqa: N802 (Qt override)
        if parent.isValid() or len(self.rows) >= self.total or self._inserting:
            return  # (a view asking again while rows go in waits for the next time)
        first = len(self.rows)
        more = self.source.page(self.query, first, PAGE_ROWS)
        if not more:
            self.total = first  # the database had fewer than counted: stop asking
            return
        self._insert(first, more)

    def _insert(self, first: int, more: list[R]) -> None:
        self._inserting = True
        try:
            self.beginInsertRows(_NO_PARENT, first, first + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()
        finally:
            self._inserting = False

    def rowCount(self, parent: AnyIndex = _NO_PARENT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = _NO_PARENT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.cell(self.rows[index.row()], index.column(), role)

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section]
        return None
