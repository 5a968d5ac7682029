"""The glossary's table of terms and the filter over it.

The filter folds case and macrons on both sides (folding.py), so "manshu" finds "Manshū" and
"taisho" finds "Taishō"; every word typed must occur in the term, its Japanese, its reading or
its definition. The folded text of each term is computed once, not on every keystroke.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)

from studyapp.content.folding import fold
from studyapp.content.records import TermRecord
from studyapp.ui.shared.roles import KEY_ROLE, AnyIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the folded cell text, so "Ōtsu" sorts with "O"

COLUMNS = ("Term", "Japanese", "Reading")

_NO_PARENT = QModelIndex()


class TermTableModel(QAbstractTableModel):
    def __init__(self, terms: Sequence[TermRecord], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terms = tuple(terms)
        self.searchable = [
            fold(" ".join((t.term, t.term_ja, t.reading, t.definition))) for t in self.terms
        ]

    def rowCount(self, parent: AnyIndex = _NO_PARENT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.terms)

    def columnCount(self, parent: AnyIndex = _NO_PARENT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.terms):
            return None
        term = self.terms[index.row()]
        text = (term.term, term.term_ja, term.reading)[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == SORT_ROLE:
            return fold(text)
        values: dict[int, Any] = {
            Qt.ItemDataRole.ToolTipRole: term.definition,
            Qt.ItemDataRole.AccessibleTextRole: f"{COLUMNS[index.column()]}: {text}",
            KEY_ROLE: term.key,
        }
        return values.get(role)

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section]
        return None

    def row_of(self, key: str) -> int:
        return next((row for row, term in enumerate(self.terms) if term.key == key), -1)


class TermFilterProxy(QSortFilterProxyModel):
    """Keeps the terms that contain every word of the query, ignoring case and macrons."""

    def __init__(self, source: TermTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terms = source
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
        searchable = self.terms.searchable[source_row]
        return all(word in searchable for word in self.words)
