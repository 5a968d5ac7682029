"""Write failures met in the window: told in the message bar, what was typed kept, and a
refused action never left on the undo stack.

The store is made read-only by reopening its file with SQLite's `mode=ro` (a real refusal
from SQLite, which root cannot bypass), or locked by a second connection holding the write
lock, as another program would.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from studyapp import paths
from studyapp.ui.agreements.view import AgreementsView
from studyapp.ui.bookmarks.view import BookmarksView
from studyapp.ui.services import Services
from studyapp.userdata import bookmarks, drafts
from studyapp.userdata.store import UserStore
from tests.ui.helpers import open_view, started_window

KOREA = "first-1907-secret-2"
MERIDIAN = "first-1907-secret-1"


@contextmanager
def read_only(store: UserStore) -> Iterator[None]:
    """While inside, every write to `store` is refused by SQLite as read-only (and the file,
    writable for root, is not opened again for writing as a file made writable would be)."""
    writable = store.connection
    store.connection = sqlite3.connect(
        f"{store.path.as_uri()}?mode=ro", uri=True, isolation_level=None
    )
    try:
        with mock.patch.object(store, "_reopen_if_writable"):
            yield
    finally:
        store.connection.close()
        store.connection = writable
        store.read_only = False


@contextmanager
def locked(path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """While inside, another program holds the write lock of the file at `path`."""
    monkeypatch.setattr("studyapp.userdata.store.BUSY_TIMEOUT_SECONDS", 0.1)
    other = sqlite3.connect(path, isolation_level=None, timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


@pytest.fixture
def bookmarks_view(qtbot: QtBot, services: Services) -> BookmarksView:
    services.bookmarks.save(KOREA, "first words")
    services.bookmarks.save(MERIDIAN)
    widget = BookmarksView(services)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type_note(view: BookmarksView, key: str, text: str) -> None:
    assert view.select_key(key)
    view.detail.note_edit.setPlainText(text)
    assert view.detail.is_dirty()


def test_a_note_refused_as_read_only_stays_in_its_editor_and_in_a_draft(
    qtbot: QtBot, bookmarks_view: BookmarksView, services: Services
) -> None:
    service = services.bookmarks
    _type_note(bookmarks_view, KOREA, "typed while the file was read-only")
    with read_only(service.store), qtbot.waitSignal(service.failed) as failed:
        bookmarks_view.detail.submit_note()
    message = str(failed.args[0])
    assert "not saved" in message and "read-only" in message
    # Still in the editor, unsaved, and on disk as a draft.
    assert bookmarks_view.detail.note_text() == "typed while the file was read-only"
    assert bookmarks_view.detail.is_dirty()
    kept = drafts.load_drafts(service.store.path.parent)
    assert kept == {KOREA: "typed while the file was read-only"}
    assert service.get(KOREA) is not None and service.get(KOREA).note == "first words"  # type: ignore[union-attr]
    assert service.undo_stack.count() == 2  # the two saves of the fixture, nothing refused

    assert service.retry_drafts()  # the cause gone: Retry saves it
    assert service.get(KOREA).note == "typed while the file was read-only"  # type: ignore[union-attr]
    assert drafts.load_drafts(service.store.path.parent) == {}


def test_a_note_left_unsaved_comes_back_in_the_editor(
    qtbot: QtBot, bookmarks_view: BookmarksView, services: Services
) -> None:
    service = services.bookmarks
    _type_note(bookmarks_view, KOREA, "not lost by moving on")
    with read_only(service.store), qtbot.waitSignal(service.failed):
        assert bookmarks_view.select_key(MERIDIAN)  # leaving it saves it: refused
    assert service.drafts == {KOREA: "not lost by moving on"}
    assert bookmarks_view.select_key(KOREA)
    assert bookmarks_view.detail.note_text() == "not lost by moving on"
    assert bookmarks_view.detail.is_dirty()


def test_drafts_kept_on_disk_are_offered_at_the_next_start(qtbot: QtBot, user_home: Path) -> None:
    store = UserStore.open(paths.user_db_path())
    bookmarks.save_bookmark(store, KOREA, "old")
    store.close()
    drafts.keep_drafts(user_home, {KOREA: "typed before a crash"})
    window = started_window(qtbot)
    assert window.message_bar.isVisible()
    assert "could not be saved" in window.message_bar.text()
    window.message_bar.action_button.click()  # Retry
    assert window.services is not None
    assert window.services.bookmarks.get(KOREA).note == "typed before a crash"  # type: ignore[union-attr]
    assert not window.message_bar.isVisible()
    window.close_stores()


def test_the_message_bar_stays_until_dismissed(qtbot: QtBot) -> None:
    window = started_window(qtbot)
    assert window.services is not None
    store = window.services.bookmarks.store
    with read_only(store):
        assert not window.services.bookmarks.save(KOREA, "a note")
    bar = window.message_bar
    assert bar.isVisible() and "read-only" in bar.text()
    window.services.navigator.message_posted.emit("something else happened")
    qtbot.wait(50)
    assert bar.isVisible() and "read-only" in bar.text()
    assert bar.accessibleName()
    bar.close_button.click()
    assert not bar.isVisible()
    window.close_stores()


def test_ctrl_d_while_locked_is_told_and_leaves_nothing_to_undo(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    view: AgreementsView = open_view(qtbot, services)
    view.show_clause(KOREA)
    with (
        locked(services.bookmarks.store.path, monkeypatch),
        qtbot.waitSignal(services.bookmarks.failed) as failed,
    ):
        view.toggle_bookmark()  # what Ctrl+D does; no exception reaches Qt
    assert "busy in another program" in str(failed.args[0])
    assert not services.bookmarks.is_bookmarked(KOREA)
    assert services.bookmarks.undo_stack.count() == 0


def test_the_note_dialog_stays_open_with_the_note_when_refused(
    qtbot: QtBot, services: Services
) -> None:
    view: AgreementsView = open_view(qtbot, services)
    view.show_clause(KOREA)
    view.edit_note()
    dialog = view.note_dialog
    assert dialog is not None
    dialog.editor.setPlainText("my note on Korea")
    with read_only(services.bookmarks.store), qtbot.waitSignal(services.bookmarks.failed):
        dialog.accept()
    assert dialog.isVisible()
    assert dialog.editor.toPlainText() == "my note on Korea"
    dialog.accept()  # writable again
    assert not dialog.isVisible()
    assert services.bookmarks.get(KOREA).note == "my note on Korea"  # type: ignore[union-attr]


def test_a_refused_undo_is_taken_off_the_stack_so_redo_cannot_save_it_later(
    qtbot: QtBot,
    bookmarks_view: BookmarksView,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service = services.bookmarks
    assert service.remove(MERIDIAN)
    count = service.undo_stack.count()
    with locked(service.store.path, monkeypatch), qtbot.waitSignal(service.failed) as failed:
        service.undo_stack.undo()  # put the bookmark back: refused
    assert "busy" in str(failed.args[0])
    # Which step failed, and that it is gone (not "try again" alone, which nothing could do).
    assert str(failed.args[0]).startswith("Not undone, and taken off the undo history")
    assert service.undo_stack.count() == count - 1
    assert not service.undo_stack.canRedo()
    assert not service.is_bookmarked(MERIDIAN)  # as the user last saw it


def test_a_refused_removal_keeps_the_bookmark_and_the_stack(
    qtbot: QtBot, bookmarks_view: BookmarksView, services: Services
) -> None:
    service = services.bookmarks
    assert bookmarks_view.select_key(MERIDIAN)
    count = service.undo_stack.count()
    with read_only(service.store), qtbot.waitSignal(service.failed):
        QTest.keyClick(bookmarks_view.tree, Qt.Key.Key_Delete)
    assert service.is_bookmarked(MERIDIAN)
    assert service.undo_stack.count() == count


def test_drafts_are_saved_by_themselves_once_the_cause_is_gone(qtbot: QtBot) -> None:
    window = started_window(qtbot)
    assert window.services is not None and window.data_safety is not None
    service = window.services.bookmarks
    with read_only(service.store):
        assert not service.save(KOREA, "typed while read-only")
        window.data_safety._retry_drafts_quietly()  # what the minute's timer does
        assert service.drafts == {KOREA: "typed while read-only"}
    window.data_safety._retry_drafts_quietly()
    assert service.drafts == {}
    assert service.get(KOREA).note == "typed while read-only"  # type: ignore[union-attr]
    window.close_stores()
