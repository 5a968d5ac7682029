"""The Bookmarks view: bookmarked clauses by agreement, filterable, with notes, removable.

Every change goes through services.bookmarks, so it can be undone with Ctrl+Z, and the view
rebuilds itself whenever that service says a bookmark changed, wherever the change came from.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontMetrics, QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from studyapp import paths
from studyapp.content.catalogue import ContentCatalogue
from studyapp.errors import UserDataError
from studyapp.files import write_text_atomically
from studyapp.i18n import QT_TRANSLATE_NOOP, Context, number_text, translate
from studyapp.ui.actions import view_action
from studyapp.ui.bookmarks.detail import BookmarkDetail
from studyapp.ui.bookmarks.model import (
    CLAUSE_COLUMN,
    FIRST_ENTRIES,
    NOTE_COLUMN,
    PART_COLUMN,
    BookmarksModel,
    part_names,
)
from studyapp.ui.bookmarks.pages import BookmarkPages
from studyapp.ui.services import ItemKind, Services
from studyapp.ui.shared.announce import show_status
from studyapp.ui.shared.busy import busy_bar
from studyapp.ui.shared.content_language import ContentLanguage
from studyapp.ui.shared.operation import Operation
from studyapp.userdata.bookmarks import Bookmark
from studyapp.userdata.export import bookmarks_markdown

EXPORT_FOLDER_SETTING = "bookmarks/export_folder"
NO_BOOKMARKS = QT_TRANSLATE_NOOP(
    "BookmarkCount",
    "No bookmarks yet. In the Agreements view, bookmark a clause with Ctrl+D or its star.",
)
BookmarkCount = Context("BookmarkCount")  # the module's plurals (studyapp.i18n.Context)
# How long a change of the filter walks the bookmarks before the window paints; the rest
# of the walk is done in idle moments, a step at a time. Today's content is walked whole.
FIRST_WALK_S = 0.03


def count_text(shown: int, total: int, filter_text: str, *, walking: bool = False) -> str:
    if total == 0:
        return translate("BookmarkCount", NO_BOOKMARKS)
    if not filter_text.strip():
        return BookmarkCount.tr("%n bookmarks", "", total)
    if shown == 0:
        nothing = BookmarkCount.tr("No bookmarks match “{filter}” (%n in all)", "", total)
        return nothing.format(filter=filter_text.strip())
    if walking:
        so_far = BookmarkCount.tr("{shown} of %n bookmarks so far; still filtering…", "", total)
        return so_far.format(shown=number_text(shown))
    some = BookmarkCount.tr("{shown} of %n bookmarks", "", total)
    return some.format(shown=number_text(shown))


def _write_markdown(path: Path, bookmarks: list[Bookmark], index: ContentCatalogue) -> str | None:
    """Write the bookmarks as Markdown to `path`: None, or why it could not be written."""
    try:
        write_text_atomically(path, bookmarks_markdown(bookmarks, index))
    except UserDataError as error:
        return str(error)
    return None


class BookmarksView(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.error_box: QMessageBox | None = None  # the last error shown, kept for tests
        self._order: list[str] = []  # clause keys in the order shown, to pick a neighbour
        self._window: QWidget | None = None  # the top-level window, watched for its closing
        self._pages: BookmarkPages | None = None
        # While a filter is walked: the bookmark selected before, and the order shown then,
        # for the selection to go back to it once the walk reaches it.
        self._returning: tuple[str | None, list[str]] | None = None
        self._wanted = FIRST_ENTRIES  # bookmarks to show as a filter's matches come in
        self._walker = QTimer(self, interval=0)  # a filter's walk, a step per idle moment
        self._walker.timeout.connect(self._walk_on)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setAccessibleName(self.tr("Filter bookmarks"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by title, summary or note (Ctrl+L)"))
        self.filter_edit.setClearButtonEnabled(True)
        for button in self.filter_edit.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear the filter"))
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setWordWrap(True)
        self.model = BookmarksModel(self)
        self.tree = self._make_tree()
        self.detail = BookmarkDetail(services.index, self)
        self.detail.use_content_language(ContentLanguage.of(services.settings))
        self.export_button = QPushButton(self.tr("E&xport as Markdown…"), self)
        self.export_button.setAccessibleName(self.tr("Export as Markdown"))
        self.export_button.setToolTip(
            self.tr("Save every bookmark and its note as a Markdown file (Ctrl+Shift+E)")
        )
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove bookmark"))
        self.remove_button.setToolTip(
            self.tr("Remove the selected bookmark (Delete); undo with Ctrl+Z")
        )
        self._lay_out()

        self._actions = self._make_actions()
        self.filter_edit.textChanged.connect(lambda _text: self.refresh())
        self.filter_edit.installEventFilter(self)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.activated.connect(self._activated)
        self.detail.note_submitted.connect(self._save_note)
        self.detail.open_requested.connect(
            lambda key: self.services.navigator.open(ItemKind.CLAUSE, key)
        )
        self.export_button.clicked.connect(self.export_markdown)
        self.remove_button.clicked.connect(self.remove_selected)
        # A method, not a lambda: Qt disconnects it when the view is deleted (language_switch).
        services.bookmarks.changed.connect(self._bookmark_changed)
        self.refresh()
        self.setFocusProxy(self.tree)  # arriving in the view, the keys work on the list

    def _make_tree(self) -> QTreeView:
        tree = QTreeView(self)
        tree.setAccessibleName(self.tr("Bookmarks"))
        tree.setModel(self.model)
        self.model.rowsInserted.connect(self._groups_read)
        self.model.modelReset.connect(self._groups_reset)
        tree.setUniformRowHeights(True)
        tree.setAllColumnsShowFocus(True)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = tree.header()
        header.setAccessibleName(self.tr("Bookmark columns"))
        # The clause takes the room left; the note column keeps a useful width of its own.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CLAUSE_COLUMN, QHeaderView.ResizeMode.Stretch)
        # Wide enough for either part and its heading, measured once: fitting the column to
        # its rows would measure every row read, again as each page comes in.
        header.setSectionResizeMode(PART_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PART_COLUMN, self._part_width(tree))
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NOTE_COLUMN, 180)
        return tree

    def _part_width(self, tree: QTreeView) -> int:
        bold = QFont(tree.font())  # a secret clause's part is bold
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        heading = str(self.model.headerData(PART_COLUMN, Qt.Orientation.Horizontal))
        widest = max(metrics.horizontalAdvance(word) for word in (*part_names(), heading))
        return widest + 3 * metrics.averageCharWidth()  # the cell's and the header's margins

    def _lay_out(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        left_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)

    # ---- actions -------------------------------------------------------------------------

    def _make_actions(self) -> dict[str, QAction]:
        return {
            "export": view_action(
                self,
                self.tr("E&xport as Markdown…"),
                ["Ctrl+Shift+E"],
                self.export_markdown,
                local=False,
            ),
            "edit": view_action(
                self,
                self.tr("&Edit note"),
                ["F2", "Ctrl+Shift+D"],
                self.detail.focus_note,
                local=False,
            ),
            "save": view_action(
                self, self.tr("&Save note"), ["Ctrl+S"], self.detail.submit_note, local=True
            ),
            "remove": view_action(
                self, self.tr("&Remove bookmark"), ["Delete"], self.remove_selected, local=True
            ),
            "filter": view_action(
                self, self.tr("&Filter bookmarks"), ["Ctrl+L"], self.focus_filter, local=False
            ),
        }

    def view_actions(self) -> list[QAction]:
        return list(self._actions.values())

    def open_item(self, kind: ItemKind, key: str) -> None:
        """Nothing to open here: the view's registration names no kinds."""

    def saved_state(self) -> dict[str, str]:
        return {}

    def restore_state(self, state: Mapping[str, str]) -> None:
        """Nothing is saved."""

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # ---- the list ------------------------------------------------------------------------

    def selected_key(self) -> str | None:
        entry = self.model.entry(self.tree.currentIndex())
        return entry.key if entry else None

    def select_key(self, key: str) -> bool:
        index = self.model.index_of_key(key)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        return index.isValid()

    def _bookmark_changed(self, _key: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the tree from the stored bookmarks, keeping the selection where it can.

        Only the groups on screen are read (ui/bookmarks/pages.py); the rest come as the
        tree scrolls. A filter looks at every bookmark, to count what it keeps: for a
        moment now, the rest in idle moments (`_walk_on`), the count growing meanwhile.
        """
        previous, old_order = self.selected_key(), self._order
        if previous is None and self._returning is not None:
            previous, old_order = self._returning  # still on its way from the last rebuild
        text = self.filter_edit.text()
        self._walker.stop()
        self._pages = pages = BookmarkPages(self.services.bookmarks, self.services.index, text)
        self._order = []
        self.model.set_pages(pages)
        # As far down as before, so the selection keeps its place.
        self._wanted = max(FIRST_ENTRIES, len(old_order))
        if pages.filtered:
            deadline = time.perf_counter() + FIRST_WALK_S
            while self.model.walking and time.perf_counter() < deadline:
                self.model.walk_on(self._wanted)
        else:
            self.model.read_entries(len(old_order))
        self._returning = None
        if previous is not None and previous not in self._order and self.model.walking:
            self._returning = (previous, old_order)  # it may be further on: wait for the walk
        else:
            self._select_after_rebuild(previous, old_order)
        self._show_count()
        self.export_button.setEnabled(pages.total > 0)
        self._actions["export"].setEnabled(pages.total > 0)
        if self.model.walking:
            self._walker.start()

    @property
    def filtering(self) -> bool:
        """Whether a filter's walk through the bookmarks is still going on."""
        return self._walker.isActive()

    def _walk_on(self) -> None:
        """One step of a filter's walk, in an idle moment; at its end, the final count."""
        self.model.walk_on(self._wanted)
        if self._returning is not None:
            previous, old_order = self._returning
            if previous in self._order or not self.model.walking:
                self._returning = None
                self._select_after_rebuild(previous, old_order)
        if not self.model.walking:
            self._walker.stop()
        self._show_count()

    def _select_after_rebuild(self, previous: str | None, old_order: list[str]) -> None:
        target = self._neighbour(previous, old_order)
        if target is None or not self.select_key(target):
            self.tree.setCurrentIndex(QModelIndex())
            self._current_changed(QModelIndex(), QModelIndex())

    def _show_count(self) -> None:
        pages = self._pages
        if pages is None:
            return
        text = self.filter_edit.text()
        shown = pages.matches if pages.filtered else pages.total
        walking = self.model.walking
        show_status(self.count_label, count_text(shown, pages.total, text, walking=walking))

    def _groups_read(self, parent: QModelIndex, first: int, last: int) -> None:
        """New groups came in (the tree scrolled to the end): span and open them."""
        if parent.isValid():
            return
        for row in range(first, last + 1):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
            self.tree.expand(self.model.index(row, CLAUSE_COLUMN))
        self._order += [e.key for g in self.model.groups[first : last + 1] for e in g.entries]

    def _groups_reset(self) -> None:
        self._order = []
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        self._order = [e.key for g in self.model.groups for e in g.entries]

    def _neighbour(self, previous: str | None, old_order: list[str]) -> str | None:
        """The bookmark to select after a rebuild: the same one, or the next one still shown."""
        if not self._order:
            return None
        if previous is None or previous in self._order:
            return previous or self._order[0]
        if previous in old_order:
            position = old_order.index(previous)
            for key in old_order[position + 1 :] + old_order[position - 1 :: -1]:
                if key in self._order:
                    return key
        return self._order[0]

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._returning = None  # the user chose: the walk will not move the selection
        entry = self.model.entry(current)
        leaving = self.detail.key
        if (
            leaving is not None
            and (entry is None or entry.key != leaving)
            and self.detail.is_dirty()
        ):
            # Keep the note being left; saved after this signal so the rebuild is not nested.
            note = self.detail.note_text()
            QTimer.singleShot(0, self, lambda: self._save_note(leaving, note))
        draft = self.services.bookmarks.drafts.get(entry.key) if entry else None
        self.detail.show_entry(entry, draft)
        self.remove_button.setEnabled(entry is not None)
        self._actions["remove"].setEnabled(entry is not None)

    def _activated(self, index: QModelIndex) -> None:
        entry = self.model.entry(index)
        if entry is None:
            return  # a group row: Enter and double-click expand or collapse it
        if entry.clause is None:
            self.services.navigator.message_posted.emit(
                self.tr("{key} is not in the current content; its note is kept here.").format(
                    key=entry.key
                )
            )
            return
        self.services.navigator.open(ItemKind.CLAUSE, entry.key)

    # ---- changes -------------------------------------------------------------------------

    def _save_note(self, key: str, note: str) -> None:
        # A bookmark removed meanwhile stays removed: saving would bring it back.
        if not self.services.bookmarks.is_bookmarked(key):
            return
        # A refused save is told by the service (the window's message bar) and the note is
        # kept: in the editor while it shows this bookmark, and as a draft on disk.
        if self.services.bookmarks.save(key, note):
            self.services.navigator.message_posted.emit(self.tr("Note saved. Undo with Ctrl+Z."))

    def remove_selected(self) -> None:
        key = self.selected_key()
        if key is not None and self.services.bookmarks.remove(key):
            self.services.navigator.message_posted.emit(
                self.tr("Bookmark removed. Undo with Ctrl+Z.")
            )

    def commit_note(self) -> None:
        """Save the note being written, if it has unsaved edits."""
        key = self.detail.key
        if key is not None and self.detail.is_dirty():
            self._save_note(key, self.detail.note_text())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._window is not self.window():
            # Closing the window keeps the note being written (the stores are still open then).
            self._window = self.window()
            self._window.installEventFilter(self)
        # Arriving with Ctrl+4, the keys should work on the list at once.
        focused = QApplication.focusWidget()
        if focused is None or not focused.isVisible() or not self.isAncestorOf(focused):
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        # Switching to another view keeps the note being written, as leaving the bookmark
        # does. Not while the window itself goes: that is handled on its Close event.
        if self.window().isVisible():
            self.commit_note()
        super().hideEvent(event)

    # ---- export --------------------------------------------------------------------------

    def export_markdown(self) -> None:
        """Ask where to save, then write every bookmark and note as Markdown (off the UI
        thread: tens of thousands of bookmarks take seconds)."""
        folder = self.services.settings.value(EXPORT_FOLDER_SETTING, str(Path.home()))
        suggested = str(Path(str(folder)) / "bookmarks.md")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export bookmarks as Markdown"),
            suggested,
            self.tr("Markdown (*.md);;All files (*)"),
        )
        if path:
            self.start_export(paths.from_qt(path))

    def export_to(self, path: Path) -> bool:
        """Write the Markdown to `path` now; an error is shown in a message box, not raised."""
        path, bookmarks = self._export_begun(path)
        return self._export_ended(path, _write_markdown(path, bookmarks, self.services.index))

    def start_export(self, path: Path) -> Operation[str | None]:
        """Write the Markdown to `path` in a worker thread, with a progress bar if it takes a
        while; told as `export_to` tells it, once written."""
        path, bookmarks = self._export_begun(path)
        index = self.services.index
        title = self.tr("Export bookmarks as Markdown")
        text = BookmarkCount.tr("Writing %n bookmarks…", "", len(bookmarks))
        bar = busy_bar(self, text, title)

        def ended(problem: str | None) -> None:  # the work's own word, or its failure's
            bar.reset()
            self._export_ended(path, problem)

        return Operation(
            self,
            lambda _progress: _write_markdown(path, bookmarks, index),
            on_success=ended,
            on_failure=ended,
            what=self.tr("Exporting the bookmarks"),
        ).start()

    def _export_begun(self, path: Path) -> tuple[Path, list[Bookmark]]:
        """The note being written saved, the path with its suffix, and the bookmarks read
        (here: the store's connection is this thread's)."""
        self.commit_note()
        if not path.suffix:
            path = path.with_suffix(".md")
        return path, self.services.bookmarks.all()

    def _export_ended(self, path: Path, problem: str | None) -> bool:
        if problem is not None:
            self._show_error(self.tr("The bookmarks were not exported"), problem)
            return False
        self.services.settings.setValue(EXPORT_FOLDER_SETTING, str(path.parent))
        self.services.navigator.message_posted.emit(
            self.tr("Bookmarks exported to {path}").format(path=path)
        )
        return True

    def _show_error(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self)
        box.setAccessibleName(title)
        box.open()  # window-modal, without blocking the caller
        self.error_box = box

    # ---- keys ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.commit_note()
        if watched is self.filter_edit and isinstance(event, QKeyEvent):
            if event.type() != QEvent.Type.KeyPress:
                return super().eventFilter(watched, event)
            if event.key() == Qt.Key.Key_Down and self._order:
                self.tree.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if event.key() == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                return True
        return super().eventFilter(watched, event)
