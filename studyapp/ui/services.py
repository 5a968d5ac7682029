"""What every view shares: the loaded content, search, bookmarks and navigation.

Views never talk to each other directly. They ask the Navigator to open something, and the
main window, which owns the views, does it. Bookmark changes are announced by signals so
every view that shows a star or a marker can refresh itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from studyapp.userdata import bookmarks
from studyapp.userdata.bookmarks import Bookmark

if TYPE_CHECKING:
    from studyapp.content.index import ContentIndex
    from studyapp.content.lazy_database import LazyContentDatabase
    from studyapp.userdata.store import UserStore


class Navigator(QObject):
    """Requests to show something; the main window switches to the right view and shows it."""

    agreement_requested = Signal(str)  # agreement key
    clause_requested = Signal(str)  # clause key
    event_requested = Signal(str)  # event key
    term_requested = Signal(str)  # term key
    topic_requested = Signal(str)  # topic key
    message_posted = Signal(str)  # a line for the status bar


class BookmarkService(QObject):
    """Bookmarks of the user store, with undo and a signal for every change."""

    changed = Signal(str)  # the clause key whose bookmark was added, edited or removed

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

    def redo(self) -> None:
        # The first time, save the note; on a redo after an undo, put back exactly that row.
        self.service._apply(self.clause_key, self.after or self.after_note)
        if self.after_note is not None:
            self.after = self.service.get(self.clause_key)

    def undo(self) -> None:
        self.service._apply(self.clause_key, self.before)


@dataclass
class Services:
    """Handed to every view at construction."""

    index: ContentIndex
    database: LazyContentDatabase
    bookmarks: BookmarkService
    navigator: Navigator
    settings: QSettings
