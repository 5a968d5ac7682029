"""What every view shares: the loaded content, search, bookmarks and navigation.

Views never talk to each other directly. They ask the Navigator to open an item of some
kind, and the main window hands it to the view that owns that kind (ui/views.py). Bookmark
changes are announced by signals so every view that shows a star or a marker can refresh.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from studyapp.userdata import bookmarks
from studyapp.userdata.bookmarks import Bookmark

if TYPE_CHECKING:
    from studyapp.content.index import ContentIndex
    from studyapp.content.lazy_database import LazyContentDatabase
    from studyapp.userdata.store import UserStore


class ItemKind(StrEnum):
    """What a view can be asked to open; each kind has one owning view (ui/views.py)."""

    AGREEMENT = "agreement"
    CLAUSE = "clause"
    EVENT = "event"
    TERM = "term"
    TOPIC = "topic"
    PERSON = "person"

    @classmethod
    def parse(cls, text: str) -> ItemKind | None:
        """The kind named `text` (a link's or a search hit's kind), or None."""
        try:
            return cls(text)
        except ValueError:
            return None


class Navigator(QObject):
    """Requests to show something; the main window switches to the owning view and shows it."""

    open_requested = Signal(str, str)  # the ItemKind's value and the item's key
    message_posted = Signal(str)  # a line for the status bar

    def open(self, kind: ItemKind, key: str) -> None:
        self.open_requested.emit(kind.value, key)


class BookmarkService(QObject):
    """Bookmarks of the user store, with undo and a signal for every change."""

    changed = Signal(str)  # the clause key whose bookmark was added, edited or removed
    # An undo or redo happened: "undone" or "redone", what the command did, its clause key.
    replayed = Signal(str, str, str)

    def __init__(self, store: UserStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)

    def get(self, clause_key: str) -> Bookmark | None:
        return bookmarks.get_bookmark(self.store, clause_key)

    def is_bookmarked(self, clause_key: str) -> bool:
        return self.get(clause_key) is not None

    def all(self) -> list[Bookmark]:
        return bookmarks.list_bookmarks(self.store)

    def save(self, clause_key: str, note: str = "") -> None:
        """Add a bookmark or change its note (undoable)."""
        before = self.get(clause_key)
        text = "Edit bookmark note" if before else "Add bookmark"
        self.undo_stack.push(_BookmarkCommand(self, clause_key, before, note, text))

    def remove(self, clause_key: str) -> None:
        """Remove a bookmark (undoable with Ctrl+Z)."""
        before = self.get(clause_key)
        if before is not None:
            self.undo_stack.push(
                _BookmarkCommand(self, clause_key, before, None, "Remove bookmark")
            )

    def toggle(self, clause_key: str) -> None:
        if self.is_bookmarked(clause_key):
            self.remove(clause_key)
        else:
            self.save(clause_key)

    def _apply(self, clause_key: str, state: Bookmark | str | None) -> None:
        """Make the stored bookmark equal `state`: a Bookmark, a new note, or nothing."""
        if state is None:
            bookmarks.remove_bookmark(self.store, clause_key)
        elif isinstance(state, Bookmark):
            bookmarks.restore_bookmark(self.store, state)
        else:
            bookmarks.save_bookmark(self.store, clause_key, state)
        self.changed.emit(clause_key)


class _BookmarkCommand(QUndoCommand):
    def __init__(
        self,
        service: BookmarkService,
        clause_key: str,
        before: Bookmark | None,
        after_note: str | None,
        text: str,
    ) -> None:
        super().__init__(text)
        self.service = service
        self.clause_key = clause_key
        self.before = before
        self.after_note = after_note
        self.after: Bookmark | None = None
        self.pushed = False  # QUndoStack.push calls redo() once: that is no redo to announce

    def redo(self) -> None:
        # The first time, save the note; on a redo after an undo, put back exactly that row.
        self.service._apply(self.clause_key, self.after or self.after_note)
        if self.after_note is not None:
            self.after = self.service.get(self.clause_key)
        if self.pushed:
            self.service.replayed.emit("redone", self.text(), self.clause_key)
        self.pushed = True

    def undo(self) -> None:
        self.service._apply(self.clause_key, self.before)
        self.service.replayed.emit("undone", self.text(), self.clause_key)


@dataclass
class Services:
    """Handed to every view at construction."""

    index: ContentIndex
    database: LazyContentDatabase
    bookmarks: BookmarkService
    navigator: Navigator
    settings: QSettings
