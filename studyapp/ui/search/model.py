"""The search results as a list model: a thin adapter over a list of SearchHit records.

What each hit belongs to ("Clause · Third Russo-Japanese Agreement · Secret Article II") is
read when a row is first shown, for a block of rows at a time (one query per kind), not for
every hit when the results arrive.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from studyapp.content.catalogue import ContentCatalogue
from studyapp.content.search import SearchHit
from studyapp.ui.search.formatting import hit_context, hit_plain_text
from studyapp.ui.shared.roles import AnyIndex

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the SearchHit itself
CONTEXT_ROLE = Qt.ItemDataRole.UserRole + 2  # "Clause · Third Russo-Japanese Agreement · …"
CONTEXT_BLOCK = 50  # rows whose context is read together


class SearchResultsModel(QAbstractListModel):
    def __init__(self, index: ContentCatalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index = index
        self._hits: list[SearchHit] = []
        self._contexts: list[str | None] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._contexts = [None] * len(self._hits)
        self.endResetModel()

    def context(self, row: int) -> str:
        """What the hit of `row` belongs to, read with the rest of its block."""
        context = self._contexts[row]
        if context is None:
            first = row - row % CONTEXT_BLOCK
            block = self._hits[first : first + CONTEXT_BLOCK]
            for kind in ("clause", "event"):  # read together, then found in the caches
                records = self._index.clauses if kind == "clause" else self._index.events
                records.many([hit.key for hit in block if hit.kind == kind])
            for number, hit in enumerate(block, start=first):
                self._contexts[number] = hit_context(hit, self._index)
            context = self._contexts[row]
            assert context is not None
        return context

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._hits) or index.column():
            return None
        hit, context = self._hits[index.row()], self.context(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{context}: {hit.title}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return hit_plain_text(hit, context)
        if role == HIT_ROLE:
            return hit
        if role == CONTEXT_ROLE:
            return context
        return None
