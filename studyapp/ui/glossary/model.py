"""The glossary's list of terms, read from the database a page at a time (shared/lazy_table.py).

The filter folds case and macrons on both sides (folding.py), so "manshu" finds "Manshū" and
"taisho" finds "Taishō"; every word typed must occur in the term, its Japanese, its reading or
its definition. The build stores each term's folded text, so filtering is one query, not a
pass over every term in Python.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from studyapp.content.catalogue import ContentCatalogue
from studyapp.content.folding import fold
from studyapp.content.records import TermHeading
from studyapp.i18n import QT_TRANSLATE_NOOP, translate
from studyapp.ui.shared.lazy_table import LazyTableModel, ListSource
from studyapp.ui.shared.roles import KEY_ROLE, SORT_ROLE
from studyapp.wording import prose

COLUMNS = (
    QT_TRANSLATE_NOOP("TermTableModel", "Term"),
    QT_TRANSLATE_NOOP("TermTableModel", "Japanese"),
    QT_TRANSLATE_NOOP("TermTableModel", "Reading"),
)


class TermTableModel(LazyTableModel[TermHeading]):
    columns = COLUMNS

    def __init__(self, content: ContentCatalogue, parent: QObject | None = None) -> None:
        super().__init__(ListSource(content, "term"), parent)

    def cell(self, row: TermHeading, column: int, role: int) -> Any:
        # The view asks a dozen roles of every cell it lays out: each is made only when asked.
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.term, row.term_ja, row.reading)[column]
        if role == KEY_ROLE:
            return row.key
        if role == Qt.ItemDataRole.ToolTipRole:
            return prose(row, "definition")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{column}: {text}").format(
                column=self.tr(COLUMNS[column]), text=(row.term, row.term_ja, row.reading)[column]
            )
        if role == SORT_ROLE:
            return fold((row.term, row.term_ja, row.reading)[column])
        return None

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

    def term_at(self, row: int) -> TermHeading | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None
