"""The search results as a list model: a thin adapter over a list of SearchHit records."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from studyapp.content.index import ContentIndex
from studyapp.content.search import SearchHit
from studyapp.ui.search.formatting import hit_context, hit_plain_text
from studyapp.ui.shared.roles import AnyIndex

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the SearchHit itself
CONTEXT_ROLE = Qt.ItemDataRole.UserRole + 2  # "Clause · Third Russo-Japanese Agreement · …"


class SearchResultsModel(QAbstractListModel):
    def __init__(self, index: ContentIndex, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index = index
        self._hits: list[SearchHit] = []
        self._contexts: list[str] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._contexts = [hit_context(hit, self._index) for hit in self._hits]
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._hits) or index.column():
            return None
        hit, context = self._hits[index.row()], self._contexts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{context}: {hit.title}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return hit_plain_text(hit, context)
        if role == HIT_ROLE:
            return hit
        if role == CONTEXT_ROLE:
            return context
        return None
