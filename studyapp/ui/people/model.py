"""The People view's table; ui/shared/word_filter.py filters it.

Like the glossary's filter, it folds case and macrons on both sides, so "goto" finds "Gotō",
and every word typed must occur somewhere in the person's names, reading, roles or text.
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
from studyapp.content.records import PersonRecord
from studyapp.i18n import QT_TRANSLATE_NOOP, translate
from studyapp.ui.shared.roles import KEY_ROLE, SORT_ROLE, AnyIndex
from studyapp.ui.shared.word_filter import SearchableTableModel
from studyapp.wording import country_name, prose

COLUMNS = (
    QT_TRANSLATE_NOOP("PersonTableModel", "Name"),
    QT_TRANSLATE_NOOP("PersonTableModel", "Japanese"),
    QT_TRANSLATE_NOOP("PersonTableModel", "Country"),
)

_NO_PARENT = QModelIndex()


def life(person: PersonRecord) -> str:
    return f"{person.born}–{person.died}"


class PersonTableModel(SearchableTableModel):
    def __init__(self, people: Sequence[PersonRecord], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people = tuple(people)
        self.searchable = [
            fold(
                " ".join(
                    (
                        p.name,
                        p.name_ja,
                        p.name_native,
                        p.reading,
                        p.country,
                        p.description,
                        prose(p, "description"),
                        country_name(p.country),
                        *(role.title for role in p.roles),
                    )
                )
            )
            for p in self.people
        ]

    def rowCount(self, parent: AnyIndex = _NO_PARENT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: AnyIndex = _NO_PARENT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.people):
            return None
        person = self.people[index.row()]
        text = (person.name, person.name_ja, country_name(person.country))[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == SORT_ROLE:
            return fold(text)
        values: dict[int, Any] = {
            Qt.ItemDataRole.ToolTipRole: f"{person.name} ({life(person)})",
            Qt.ItemDataRole.AccessibleTextRole: self.tr("{column}: {text}").format(
                column=self.tr(COLUMNS[index.column()]), text=text
            ),
            KEY_ROLE: person.key,
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
            return translate("PersonTableModel", COLUMNS[section])
        return None

    def row_of(self, key: str) -> int:
        return next((row for row, person in enumerate(self.people) if person.key == key), -1)
