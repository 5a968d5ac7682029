"""Item models of the Agreements view: the agreements in signing order, and one
agreement's clauses.

Both are thin adapters over plain records: the agreements' headings, read a page at a time
as the list scrolls, and the records of the one agreement shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QObject,
    Qt,
)

from studyapp.content import view_queries
from studyapp.content.catalogue import ContentCatalogue
from studyapp.content.records import (
    PUBLIC,
    SECRET,
    AgreementHeading,
    AgreementRecord,
    ClauseRecord,
)
from studyapp.i18n import QT_TRANSLATE_NOOP
from studyapp.ui.shared.roles import KEY_ROLE, AnyIndex
from studyapp.wording import clause_label, name

SECRET_ROLE = Qt.ItemDataRole.UserRole + 2  # True on secret clauses and the secret group
BOOKMARKED_ROLE = Qt.ItemDataRole.UserRole + 3  # True on bookmarked clauses

_NO_PARENT = QModelIndex()
PAGE_ROWS = 100  # agreements read at a time as the list scrolls


class AgreementListModel(QAbstractListModel):
    """The agreements in the order they were signed, read a page of headings at a time as
    the list scrolls (canFetchMore / fetchMore): a course of thousands costs one page."""

    def __init__(
        self,
        agreements: ContentCatalogue | Sequence[AgreementHeading],
        parent: QObject | None = None,
    ):
        """Over the content's catalogue (read as it scrolls), or over these headings."""
        super().__init__(parent)
        self.content: ContentCatalogue | None = None
        self.agreements: list[AgreementHeading] = []
        if isinstance(agreements, ContentCatalogue):
            self.content = agreements
            self.total = agreements.counts().agreements  # SQL COUNT, kept by the catalogue
            self.agreements.extend(self._page(0, PAGE_ROWS))
        else:
            self.agreements.extend(sorted(agreements, key=lambda a: a.ordinal))
            self.total = len(self.agreements)

    def _page(self, offset: int, limit: int) -> list[AgreementHeading]:
        if self.content is None:
            return []
        return self.content.read(
            partial(view_queries.agreement_headings_page, offset=offset, limit=limit)
        )

    def canFetchMore(self, parent: AnyIndex = _NO_PARENT) -> bool:  # noqa: N802 (Qt override)
        return not parent.isValid() and len(self.agreements) < self.total

    def fetchMore(self, parent: AnyIndex = _NO_PARENT) -> None:  # noqa: N802 (Qt override)
        if not self.canFetchMore(parent):
            return
        self.read_up_to(len(self.agreements) + PAGE_ROWS - 1)

    def read_up_to(self, row: int) -> None:
        """Read the headings up to `row` (whole pages), telling the views of the new rows."""
        first = len(self.agreements)
        wanted = -(-(row + 1 - first) // PAGE_ROWS) * PAGE_ROWS
        more = self._page(first, wanted) if wanted > 0 else []
        if not more:
            self.total = first  # fewer than counted: stop asking
            return
        self.beginInsertRows(_NO_PARENT, first, first + len(more) - 1)
        self.agreements.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: AnyIndex = _NO_PARENT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.agreements)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.agreements):
            return None
        agreement = self.agreements[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{agreement.signed.year}  {agreement.title}\n{agreement.title_ja}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("{title}, {title_ja}, signed {year}").format(
                title=agreement.title, title_ja=agreement.title_ja, year=agreement.signed.year
            )
        if role == KEY_ROLE:
            return agreement.key
        return None

    def row_of(self, key: str) -> int:
        """The agreement's row, read up to it; -1 if there is no such agreement."""
        row = next((row for row, a in enumerate(self.agreements) if a.key == key), -1)
        if row < 0 and self.content is not None:
            row = self.content.read(partial(view_queries.agreement_row, key=key))
            if row >= len(self.agreements):
                self.read_up_to(row)
        return row if 0 <= row < len(self.agreements) else -1


_GROUP = 0  # internal id of a group row; clause rows carry their group's row + 1
_PART_TITLES = {
    PUBLIC: QT_TRANSLATE_NOOP("ClauseTreeModel", "Public articles"),
    SECRET: QT_TRANSLATE_NOOP("ClauseTreeModel", "Secret articles"),
}


class ClauseTreeModel(QAbstractItemModel):
    """The clauses of one agreement under "Public articles" and "Secret articles"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.groups: list[tuple[str, tuple[ClauseRecord, ...]]] = []
        self.bookmarked: set[str] = set()

    def set_agreement(self, agreement: AgreementRecord | None, bookmarked: set[str]) -> None:
        self.beginResetModel()
        self.bookmarked = set(bookmarked)
        self.groups = []
        if agreement is not None:
            for part in (PUBLIC, SECRET):
                clauses = agreement.clauses_in(part)
                if clauses:
                    self.groups.append((part, clauses))
        self.endResetModel()

    def set_bookmarked(self, clause_key: str, bookmarked: bool) -> None:
        if bookmarked == (clause_key in self.bookmarked):
            return
        (self.bookmarked.add if bookmarked else self.bookmarked.discard)(clause_key)
        index = self.index_of(clause_key)
        if index.isValid():
            self.dataChanged.emit(index, index)

    # ---- structure --------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = _NO_PARENT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _GROUP) if row < len(self.groups) else QModelIndex()
        if parent.internalId() == _GROUP and parent.row() < len(self.groups):
            clauses = self.groups[parent.row()][1]
            if row < len(clauses):
                return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: AnyIndex = _NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: AnyIndex = _NO_PARENT) -> int:  # noqa: N802 (Qt override)
        if not parent.isValid():
            return len(self.groups)
        if parent.column() == 0 and parent.internalId() == _GROUP:
            return len(self.groups[parent.row()][1])
        return 0

    def columnCount(self, parent: AnyIndex = _NO_PARENT) -> int:  # noqa: N802 (Qt override)
        return 1

    # ---- content ----------------------------------------------------------------------

    def clause_at(self, index: AnyIndex) -> ClauseRecord | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self.groups[index.internalId() - 1][1][index.row()]

    def index_of(self, clause_key: str) -> QModelIndex:
        for group_row, (_, clauses) in enumerate(self.groups):
            for row, clause in enumerate(clauses):
                if clause.key == clause_key:
                    return self.createIndex(row, 0, group_row + 1)
        return QModelIndex()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        clause = self.clause_at(index)
        if clause is None:
            part, clauses = self.groups[index.row()]
            return self._group_data(part, len(clauses)).get(role)
        return self._clause_data(clause).get(role)

    def _clause_data(self, clause: ClauseRecord) -> dict[int, Any]:
        bookmarked = clause.key in self.bookmarked
        star = "★ " if bookmarked else ""
        label, title = clause_label(clause.label), name(clause)
        if clause.is_secret:
            spoken = self.tr("Secret {label}: {title}").format(label=label, title=title)
        else:
            spoken = self.tr("Public {label}: {title}").format(label=label, title=title)
        if bookmarked:
            spoken = self.tr("{clause}, bookmarked").format(clause=spoken)
        shown = self.tr("{label}: {title}").format(label=label, title=title)
        return {
            Qt.ItemDataRole.DisplayRole: f"{star}{shown}",
            Qt.ItemDataRole.ToolTipRole: spoken,
            Qt.ItemDataRole.AccessibleTextRole: spoken,
            KEY_ROLE: clause.key,
            SECRET_ROLE: clause.is_secret,
            BOOKMARKED_ROLE: bookmarked,
        }

    def _group_data(self, part: str, count: int) -> dict[int, Any]:
        title = self.tr(_PART_TITLES[part])
        spoken = self.tr("{part}, {count}").format(part=title, count=count)
        return {
            Qt.ItemDataRole.DisplayRole: self.tr("{part} ({count})").format(
                part=title, count=count
            ),
            Qt.ItemDataRole.ToolTipRole: spoken,
            Qt.ItemDataRole.AccessibleTextRole: spoken,
            SECRET_ROLE: part == SECRET,
            BOOKMARKED_ROLE: False,
        }
