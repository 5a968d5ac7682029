"""What every view shares: the content catalogue, search, bookmarks and navigation.

Views never talk to each other directly. They ask the Navigator to open an item of some
kind, and the main window hands it to the view that owns that kind (ui/views.py). Bookmark
changes are announced by signals so every view that shows a star or a marker can refresh.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from studyapp.errors import UserDataError
from studyapp.failures import Cause
from studyapp.i18n import sentences
from studyapp.userdata import bookmarks, drafts
from studyapp.userdata.bookmarks import Bookmark

if TYPE_CHECKING:
    from studyapp.content.catalogue import ContentCatalogue
    from studyapp.content.lazy_database import LazyContentDatabase
    from studyapp.ui.settings import Settings
    from studyapp.userdata.store import UserStore


class ItemKind(StrEnum):
    """What a view can be asked to open; each kind has one owning view (ui/views.py)."""

    AGREEMENT = "agreement"
    CLAUSE = "clause"
    EVENT = "event"
    TERM = "term"
    TOPIC = "topic"
    PERSON = "person"
    MAP = "map"  # an agreement or a clause, shown on the map

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
    problem_reported = Signal(str)  # a failure the window shows until it is dismissed

    def open(self, kind: ItemKind, key: str) -> None:
        self.open_requested.emit(kind.value, key)


class BookmarkService(QObject):
    """Bookmarks of the user store, with undo and a signal for every change.

    Every write goes to the store first and only a write that succeeded is put on the undo
    stack; a refused undo or redo is taken off it. A failure is never raised to the view: it
    is announced by `failed` (the window shows it until dismissed), and a note that could not
    be saved is kept as a draft, on disk too, until `retry_drafts` saves it.
    """

    changed = Signal(str)  # the clause key whose bookmark was added, edited or removed
    # An undo or redo happened: "undone" or "redone", what the command did, its clause key.
    replayed = Signal(str, str, str)
    failed = Signal(str)  # a write was refused: the words that say why and what to do

    def __init__(self, store: UserStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.drafts: dict[str, str] = drafts.load_drafts(self._folder())

    def _folder(self) -> Path:
        return self.store.path.parent

    def get(self, clause_key: str) -> Bookmark | None:
        return bookmarks.get_bookmark(self.store, clause_key)

    def is_bookmarked(self, clause_key: str) -> bool:
        return self.get(clause_key) is not None

    def all(self) -> list[Bookmark]:
        return bookmarks.list_bookmarks(self.store)

    def count(self) -> int:
        return bookmarks.bookmark_count(self.store)

    def keys(self) -> list[str]:
        """The clause key of every bookmark, oldest first (cheap: keys only)."""
        return bookmarks.bookmarked_keys(self.store)

    def many(self, clause_keys: list[str]) -> dict[str, Bookmark]:
        """The bookmarks of these clause keys, by key, read in batches."""
        return bookmarks.bookmarks_of(self.store, clause_keys)

    def save(self, clause_key: str, note: str = "") -> bool:
        """Add a bookmark or change its note (undoable). False, told and kept, if refused."""
        before = self.get(clause_key)
        try:
            after = bookmarks.save_bookmark(self.store, clause_key, note)
        except UserDataError as error:
            if before is not None or note:
                self._keep_draft(clause_key, note, str(error))
            else:
                self.failed.emit(sentences(self.tr("The bookmark was not added."), str(error)))
            return False
        self._forget_draft(clause_key)
        text = self.tr("Edit bookmark note") if before else self.tr("Add bookmark")
        self.undo_stack.push(_BookmarkCommand(self, clause_key, before, after, text))
        self.changed.emit(clause_key)
        return True

    def remove(self, clause_key: str) -> bool:
        """Remove a bookmark (undoable with Ctrl+Z). False, and told, if refused."""
        try:
            before = bookmarks.remove_bookmark(self.store, clause_key)
        except UserDataError as error:
            self.failed.emit(sentences(self.tr("The bookmark was not removed."), str(error)))
            return False
        if before is not None:
            self.undo_stack.push(
                _BookmarkCommand(self, clause_key, before, None, self.tr("Remove bookmark"))
            )
            self.changed.emit(clause_key)
        return True

    def toggle(self, clause_key: str) -> bool:
        if self.is_bookmarked(clause_key):
            return self.remove(clause_key)
        return self.save(clause_key)

    # ---- notes not saved yet --------------------------------------------------------------

    def _keep_draft(self, clause_key: str, note: str, why: str) -> None:
        self.drafts[clause_key] = note
        kept = drafts.keep_drafts(self._folder(), self.drafts)
        if kept:
            where = self.tr("It is kept in {path}, and saved when you retry.").format(path=kept)
        else:
            where = self.tr("It is kept while the app is open, and saved when you retry.")
        self.failed.emit(sentences(self.tr("Your note was not saved."), why, where))

    def _forget_draft(self, clause_key: str) -> None:
        if self.drafts.pop(clause_key, None) is not None:
            drafts.keep_drafts(self._folder(), self.drafts)

    def retry_drafts(self, *, quietly: bool = False) -> bool:
        """Save every kept draft; True if none is left. A failure is told again, unless
        `quietly` (a retry of the app's own, every minute, while the cause may last)."""
        if quietly:
            self.blockSignals(True)  # no message for each refusal; `changed` is sent below
        try:
            saved = [key for key, note in list(self.drafts.items()) if self.save(key, note)]
        finally:
            self.blockSignals(False)
        if quietly:
            for key in saved:
                self.changed.emit(key)
        return not self.drafts

    def _apply(
        self, clause_key: str, state: Bookmark | None, expected: Bookmark | None, *, undoing: bool
    ) -> bool:
        """Undo or redo: make the stored bookmark `state`, if it is still `expected`."""
        try:
            bookmarks.restore_bookmark(self.store, state, clause_key, expected)
        except UserDataError as error:
            if getattr(error, "cause", None) is Cause.CONFLICT:
                self.failed.emit(str(error))  # says itself what was not undone, and why
            else:
                # The step leaves the stack (see _BookmarkCommand): say so, with the cause.
                done = (
                    self.tr(
                        "Not undone, and taken off the undo history; do it by hand once this "
                        "is fixed:"
                    )
                    if undoing
                    else self.tr(
                        "Not redone, and taken off the undo history; do it by hand once "
                        "this is fixed:"
                    )
                )
                self.failed.emit(sentences(done, str(error)))
            return False
        self.changed.emit(clause_key)
        return True


class _BookmarkCommand(QUndoCommand):
    """A bookmark change already saved: undo and redo move between `before` and `after`.

    A refused undo or redo marks it obsolete, so the stack drops it: nothing is left that a
    later Redo could save behind the user's back.
    """

    def __init__(
        self,
        service: BookmarkService,
        clause_key: str,
        before: Bookmark | None,
        after: Bookmark | None,
        text: str,
    ) -> None:
        super().__init__(text)
        self.service = service
        self.clause_key = clause_key
        self.before = before
        self.after = after
        self._saved = True  # pushed after the write: the first redo has nothing to do

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        if self.service._apply(self.clause_key, self.after, self.before, undoing=False):
            self.service.replayed.emit("redone", self.text(), self.clause_key)
        else:
            self.setObsolete(True)

    def undo(self) -> None:
        if self.service._apply(self.clause_key, self.before, self.after, undoing=True):
            self.service.replayed.emit("undone", self.text(), self.clause_key)
        else:
            self.setObsolete(True)


@dataclass
class Services:
    """Handed to every view at construction."""

    index: ContentCatalogue  # the content by key, read on demand (content/catalogue.py)
    database: LazyContentDatabase
    bookmarks: BookmarkService
    navigator: Navigator
    settings: Settings
