"""The People view's list, read from the database a page at a time (shared/lazy_table.py).

Like the glossary's filter, it folds case and macrons on both sides, so "goto" finds "Gotō",
and every word typed must occur somewhere in the person's names, reading, roles or text (the
build stores that text folded, so filtering is one query).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Qt

from studyapp.content import view_queries
from studyapp.content.catalogue import ContentCatalogue
from studyapp.content.folding import fold
from studyapp.content.records import ListQuery, PersonHeading, PersonRecord
from studyapp.i18n import QT_TRANSLATE_NOOP, translate
from studyapp.ui.shared.lazy_table import LazyTableModel, ListSource
from studyapp.ui.shared.roles import KEY_ROLE, SORT_ROLE
from studyapp.wording import country_name

COLUMNS = (
    QT_TRANSLATE_NOOP("PersonTableModel", "Name"),
    QT_TRANSLATE_NOOP("PersonTableModel", "Japanese"),
    QT_TRANSLATE_NOOP("PersonTableModel", "Country"),
)


def life(person: PersonRecord | PersonHeading) -> str:
    return f"{person.born}–{person.died}"


class PersonTableModel(LazyTableModel[PersonHeading]):
    columns = COLUMNS

    def __init__(self, content: ContentCatalogue, parent: QObject | None = None) -> None:
        super().__init__(ListSource(content, "person"), parent)
        self._content = content
        self._countries: list[str] | None = None  # as stored, read at the first filter

    def query_for(self, words: tuple[str, ...]) -> ListQuery:
        """The filter finds a country by the name the list shows, in the UI language
        (ロシア, not only Russia, which the stored text has)."""
        shown = self._shown_countries()
        aliases = tuple(
            tuple(country for country, name in shown.items() if word in name) for word in words
        )
        return replace(self.query, words=words, aliases=aliases)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Countries sort by the names shown, in the UI language."""
        if column == 2 and not self.query.coded_order:
            shown = self._shown_countries()
            self.query = replace(
                self.query, coded_order=tuple(sorted(shown, key=lambda c: shown[c]))
            )
        super().sort(column, order)

    def _shown_countries(self) -> dict[str, str]:
        """Each country of the people (as stored) with its shown name, folded."""
        if self._countries is None:
            self._countries = self._content.read(view_queries.person_countries)
        return {country: fold(country_name(country)) for country in self._countries}

    def cell(self, row: PersonHeading, column: int, role: int) -> Any:
        # The view asks a dozen roles of every cell it lays out: each is made only when asked.
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == KEY_ROLE:
            return row.key
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.name} ({life(row)})"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{column}: {text}").format(
                column=self.tr(COLUMNS[column]), text=self._text(row, column)
            )
        if role == SORT_ROLE:
            return fold(self._text(row, column))
        return None

    @staticmethod
    def _text(row: PersonHeading, column: int) -> str:
        if column == 2:
            return country_name(row.country)
        return row.name if column == 0 else row.name_ja

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return translate("PersonTableModel", COLUMNS[section])
        return None

    def person_at(self, row: int) -> PersonHeading | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None
