"""A filter that keeps the rows containing every word of a query, for the Glossary and People
lists: each folds a row's text once into `searchable` (case and macrons ignored)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QObject, QSortFilterProxyModel

from studyapp.content.folding import fold
from studyapp.ui.shared.roles import SORT_ROLE, AnyIndex


class SearchableTableModel(QAbstractTableModel):
    """A flat table whose `searchable` holds each row's folded text, by row number."""

    searchable: list[str]


class WordFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose folded text contains every word of the query, sorted by SORT_ROLE."""

    def __init__(self, source: SearchableTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = source
        self.words: tuple[str, ...] = ()
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)

    def set_query(self, text: str) -> None:
        words = tuple(fold(text).split())
        if words != self.words:
            self.beginFilterChange()
            self.words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802 (Qt override)
        if source_parent.isValid():
            return False
        searchable = self.rows.searchable[source_row]
        return all(word in searchable for word in self.words)
