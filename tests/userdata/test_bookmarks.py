"""Bookmarks: save, note, remove with undo, and survival across reopening."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from studyapp import paths
from studyapp.userdata import bookmarks
from studyapp.userdata.store import UserStore


def test_bookmarks_survive_closing_and_reopening() -> None:
    store = UserStore.open(paths.user_db_path())
    bookmarks.save_bookmark(store, "third-1912-secret-2", "meridian of Peking")
    bookmarks.save_bookmark(store, "first-1907-secret-2")
    store.close()

    store = UserStore.open(paths.user_db_path())
    saved = {b.clause_key: b.note for b in bookmarks.list_bookmarks(store)}
    store.close()
    assert saved == {"third-1912-secret-2": "meridian of Peking", "first-1907-secret-2": ""}


def test_saving_again_changes_the_note_and_keeps_the_creation_time() -> None:
    store = UserStore.open(paths.user_db_path())
    first = bookmarks.save_bookmark(store, "fourth-1916-secret-1", "")
    second = bookmarks.save_bookmark(store, "fourth-1916-secret-1", "China and third powers")
    assert second.note == "China and third powers"
    assert second.created_at == first.created_at
    assert len(bookmarks.list_bookmarks(store)) == 1
    store.close()


def test_a_removed_bookmark_can_be_restored_exactly() -> None:
    store = UserStore.open(paths.user_db_path())
    saved = bookmarks.save_bookmark(store, "second-1910-public-1", "railways")
    removed = bookmarks.remove_bookmark(store, "second-1910-public-1")
    assert removed == saved
    assert bookmarks.get_bookmark(store, "second-1910-public-1") is None
    assert bookmarks.remove_bookmark(store, "second-1910-public-1") is None
    bookmarks.restore_bookmark(store, saved, saved.clause_key, expected=None)
    assert bookmarks.get_bookmark(store, "second-1910-public-1") == saved
    store.close()


def test_two_open_stores_see_each_others_writes() -> None:
    first = UserStore.open(paths.user_db_path())
    second = UserStore.open(paths.user_db_path())
    bookmarks.save_bookmark(first, "first-1907-public-1")
    bookmarks.save_bookmark(second, "first-1907-public-2")
    keys = {b.clause_key for b in bookmarks.list_bookmarks(first)}
    first.close()
    second.close()
    assert keys == {"first-1907-public-1", "first-1907-public-2"}


@settings(max_examples=60, deadline=None)
@given(note=st.text(max_size=3000))
def test_any_note_is_stored_without_error(note: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _store_and_read_back(Path(folder) / "notes.sqlite", note)


def _store_and_read_back(path: Path, note: str) -> None:
    store = UserStore.open(path)
    try:
        saved = bookmarks.save_bookmark(store, "first-1907-secret-3", note)
        assert bookmarks.get_bookmark(store, "first-1907-secret-3") == saved
        if all(not 0xD800 <= ord(char) <= 0xDFFF for char in note):
            assert saved.note == note
        else:  # unpaired surrogates cannot be stored in UTF-8; they become "?"
            assert len(saved.note) == len(note)
    finally:
        store.close()
