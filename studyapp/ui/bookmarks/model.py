"""Bookmarks as a two-level tree model: agreements, and under each its bookmarked clauses,
read a page of agreements at a time as the tree scrolls (pages.py).

A thin adapter over BookmarkGroup records. An index's internal id says where it sits: 0 for
a group row, and the group's row + 1 for a clause row under it (never a Python pointer).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from studyapp.i18n import QT_TRANSLATE_NOOP, Context, translate
from studyapp.ui.bookmarks.filtering import first_line
from studyapp.ui.bookmarks.pages import BookmarkPages
from studyapp.ui.shared.roles import KEY_ROLE, AnyIndex
from studyapp.userdata.export import BookmarkEntry, BookmarkGroup
from studyapp.wording import clause_label, name, prose

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2  # the BookmarkEntry of a bookmark row

CLAUSE_COLUMN, PART_COLUMN, NOTE_COLUMN = range(3)
HEADERS = (
    QT_TRANSLATE_NOOP("BookmarksModel", "Clause"),
    QT_TRANSLATE_NOOP("BookmarksModel", "Part"),
    QT_TRANSLATE_NOOP("BookmarksModel", "Note"),
)
BookmarkRows = Context("BookmarkRows")  # the module's plurals (studyapp.i18n.Context)
_GROUP_ID = 0
_TEXT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ToolTipRole,
)
# Bookmarks read when the list is shown: more than a tall screen holds.
FIRST_ENTRIES = 60
# How long one fetchMore may walk a filter's matches before it lets the window paint;
# the view walks on in idle moments (ui/bookmarks/view.py).
WALK_BUDGET_S = 0.012


class BookmarksModel(QAbstractItemModel):
    """The groups read so far; with pages (ui/bookmarks/pages.py), more groups are read as
    the tree scrolls to the end (canFetchMore / fetchMore)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[BookmarkGroup] = []
        self._pages: BookmarkPages | None = None
        self.entries_read = 0  # bookmarks in the groups read so far
        self._inserting = False
        self._bold = QFont()
        self._bold.setBold(True)

    def set_groups(self, groups: list[BookmarkGroup]) -> None:
        """Show these groups, all of them (nothing more to read)."""
        self.beginResetModel()
        self._pages = None
        self._groups = list(groups)
        self.entries_read = sum(len(group.entries) for group in self._groups)
        self.endResetModel()

    def set_pages(self, pages: BookmarkPages) -> None:
        """Show the groups of `pages`, the first screenful now, the rest as the tree scrolls."""
        self.beginResetModel()
        self._pages = pages
        self._groups = []
        self.entries_read = 0
        self.endResetModel()
        self.read_entries(FIRST_ENTRIES)

    @property
    def groups(self) -> list[BookmarkGroup]:
        return list(self._groups)

    def read_entries(self, count: int) -> None:
        """Read groups until `count` bookmarks are in (or there are no more, or a filter's
        walk has to go on in idle moments)."""
        while self.entries_read < count and self.canFetchMore():
            before = self.entries_read
            self.fetchMore()
            if self.entries_read == before:
                break

    @property
    def walking(self) -> bool:
        """Whether a filter's walk has bookmarks left to look at."""
        return self._pages is not None and not self._pages.walked

    def walk_on(self, wanted: int) -> None:
        """One step of a filter's walk, then groups shown until `wanted` bookmarks are in."""
        if self._pages is not None:
            self._pages.walk()
            self.read_entries(wanted)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._pages is not None and not self._pages.done

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802, B008
        """The next groups: pages are read until one holds a group, or none are left."""
        if not self.canFetchMore(parent) or self._pages is None or self._inserting:
            return  # (a view asking again while rows go in, opening them, waits its turn)
        groups: list[BookmarkGroup] = []
        # A filter may walk far before a match: a step at a time, for a frame's time at most.
        deadline = time.perf_counter() + WALK_BUDGET_S if self._pages.filtered else None
        while not groups and not self._pages.done:
            groups = self._pages.more()
            if deadline is not None and time.perf_counter() > deadline:
                break
        if groups:
            first = len(self._groups)
            self._inserting = True
            try:
                self.beginInsertRows(QModelIndex(), first, first + len(groups) - 1)
                self._groups.extend(groups)
                self.entries_read += sum(len(group.entries) for group in groups)
                self.endInsertRows()
            finally:
                self._inserting = False

    def entry(self, index: AnyIndex) -> BookmarkEntry | None:
        """The bookmark at `index` (any column), or None for a group row."""
        if not index.isValid() or index.internalId() == _GROUP_ID:
            return None
        return self._groups[index.internalId() - 1].entries[index.row()]

    def index_of_key(self, key: str) -> QModelIndex:
        """The row of the bookmark `key`, reading on until it is found (invalid if never)."""
        searched = 0
        while True:
            for group_row in range(searched, len(self._groups)):
                for row, entry in enumerate(self._groups[group_row].entries):
                    if entry.key == key:
                        return self.createIndex(row, CLAUSE_COLUMN, group_row + 1)
            searched = len(self._groups)
            if not self.canFetchMore():
                return QModelIndex()
            self.fetchMore()

    # ---- QAbstractItemModel --------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP_ID)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _GROUP_ID:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, CLAUSE_COLUMN, _GROUP_ID)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP_ID and parent.column() == CLAUSE_COLUMN:
            return len(self._groups[parent.row()].entries)
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return len(HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return translate("BookmarksModel", HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.entry(index)
        if entry is None:
            return self._group_data(self._groups[index.row()], index.column(), role)
        return self._entry_data(entry, index.column(), role)

    def _group_data(self, group: BookmarkGroup, column: int, role: int) -> object:
        if column != CLAUSE_COLUMN:
            return None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role not in _TEXT_ROLES:
            return None  # (the view asks a dozen roles of every row it lays out)
        title = group.title
        if group.agreement:
            title = translate("BookmarkRows", "{title} ({year})").format(
                title=title, year=group.agreement.signed.year
            )
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            count = BookmarkRows.tr("%n bookmarks", "", len(group.entries))
            return translate("BookmarkRows", "{title}: {count}").format(title=title, count=count)
        return None

    def _entry_data(self, entry: BookmarkEntry, column: int, role: int) -> object:
        clause = entry.clause
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry_text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == NOTE_COLUMN and entry.bookmark.note.strip():
                return entry.bookmark.note
            if clause is None:
                return translate("BookmarkRows", "This clause is not in the current content.")
            return prose(clause, "summary")
        if role == Qt.ItemDataRole.FontRole:
            secret = column == PART_COLUMN and clause is not None and clause.is_secret
            return self._bold if secret else None
        return {KEY_ROLE: entry.key, ENTRY_ROLE: entry}.get(role)


def part_names() -> tuple[str, str]:
    """What the Part column says of a public and of a secret clause."""
    return translate("BookmarkRows", "Public"), translate("BookmarkRows", "Secret")


def entry_text(entry: BookmarkEntry, column: int) -> str:
    """What a bookmark row shows in `column`."""
    clause = entry.clause
    if column == CLAUSE_COLUMN:
        if clause is None:
            return entry.key
        return translate("BookmarkRows", "{label}: {title}").format(
            label=clause_label(clause.label), title=name(clause)
        )
    if column == PART_COLUMN:
        if clause is None:
            return "—"
        public, secret = part_names()
        return secret if clause.is_secret else public
    return first_line(entry.bookmark.note)
