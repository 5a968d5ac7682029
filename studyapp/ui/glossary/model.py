"""The glossary's table of terms; ui/shared/word_filter.py filters it.

The filter folds case and macrons on both sides (folding.py), so "manshu" finds "Manshū" and
"taisho" finds "Taishō"; every word typed must occur in the term, its Japanese, its reading or
its definition. The folded text of each term is computed once, not on every keystroke.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
)

from studyapp.content.folding import fold
from studyapp.content.records import TermRecord
from studyapp.i18n import QT_TRANSLATE_NOOP, translate
from studyapp.ui.shared.roles import KEY_ROLE, SORT_ROLE, AnyIndex
from studyapp.ui.shared.word_filter import SearchableTableModel
from studyapp.wording import prose

COLUMNS = (
    QT_TRANSLATE_NOOP("TermTableModel", "Term"),
    QT_TRANSLATE_NOOP("TermTableModel", "Japanese"),
    QT_TRANSLATE_NOOP("TermTableModel", "Reading"),
)

_NO_PARENT = QModelIndex()


class TermTableModel(SearchableTableModel):
    def __init__(self, terms: Sequence[TermRecord], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terms = tuple(terms)
        self.searchable = [
            fold(" ".join((t.term, t.term_ja, t.reading, t.definition, prose(t, "definition"))))
            for t in self.terms
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
            Qt.ItemDataRole.ToolTipRole: prose(term, "definition"),
            Qt.ItemDataRole.AccessibleTextRole: self.tr("{column}: {text}").format(
                column=self.tr(COLUMNS[index.column()]), text=text
            ),
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
            return translate("TermTableModel", COLUMNS[section])
        return None

    def row_of(self, key: str) -> int:
        return next((row for row, term in enumerate(self.terms) if term.key == key), -1)
