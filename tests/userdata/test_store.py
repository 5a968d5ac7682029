"""Opening the user database: creation, WAL, damage recovery, unusable folders."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from studyapp import paths
from studyapp.errors import UserDataError
from studyapp.userdata import bookmarks
from studyapp.userdata.migrations import STEPS, schema_version
from studyapp.userdata.store import UserStore, move_aside


def test_a_new_store_is_created_in_studyapp_home(user_home: Path) -> None:
    store = UserStore.open(paths.user_db_path())
    try:
        assert store.path == user_home / "user.sqlite"
        assert store.path.exists()
        assert store.notice is None
        assert schema_version(store.connection) == len(STEPS)
        mode = store.connection.execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"
    finally:
        store.close()


def test_without_studyapp_home_the_platform_data_folder_is_used(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("STUDYAPP_HOME")
    assert paths.user_data_dir() == tmp_path / "home" / "data" / "studyapp"


def _damage(path: Path) -> bytes:
    """Overwrite the start of the page in the middle of the file (its header and first cells,
    never unused space) with noise; return the damaged bytes."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    middle = len(data) // 2 // page * page
    data[middle : middle + 1200] = bytes((i * 37 + 11) % 256 for i in range(1200))
    path.write_bytes(bytes(data))
    return bytes(data)


def _store_with_bookmarks(path: Path, count: int) -> None:
    store = UserStore.open(path)
    for index in range(count):
        bookmarks.save_bookmark(store, f"clause-{index}", "note " * 40)
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def test_a_damaged_store_is_moved_aside_and_a_fresh_one_started(user_home: Path) -> None:
    path = paths.user_db_path()
    _store_with_bookmarks(path, 200)
    damaged = _damage(path)

    store = UserStore.open(path)
    try:
        backups = list(user_home.glob("user.sqlite.damaged-*"))
        assert len(backups) == 1
        assert backups[0].read_bytes() == damaged  # the old file is kept, byte for byte
        assert store.notice is not None
        assert str(backups[0]) in store.notice
        assert bookmarks.list_bookmarks(store) == []
        bookmarks.save_bookmark(store, "first-1907-secret-1")
    finally:
        store.close()


def test_a_file_that_is_not_sqlite_is_moved_aside(user_home: Path) -> None:
    path = paths.user_db_path()
    user_home.mkdir()
    path.write_text("these are not the bookmarks you are looking for\n" * 100)
    store = UserStore.open(path)
    try:
        assert store.notice is not None
        assert "damaged" in store.notice
        assert len(list(user_home.glob("user.sqlite.damaged-*"))) == 1
    finally:
        store.close()


def test_move_aside_never_overwrites_an_earlier_backup(tmp_path: Path) -> None:
    now = dt.datetime(2026, 11, 27, 12, 0, 0)
    first = tmp_path / "user.sqlite"
    first.write_text("one")
    backup_one = move_aside(first, now)
    first.write_text("two")
    backup_two = move_aside(first, now)
    assert backup_one != backup_two
    assert backup_one.read_text() == "one"
    assert backup_two.read_text() == "two"


def test_an_unusable_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(UserDataError, match="STUDYAPP_HOME"):
        UserStore.open(blocker / "studyapp" / "user.sqlite")


def test_a_store_from_a_newer_app_is_refused_and_left_alone(user_home: Path) -> None:
    path = paths.user_db_path()
    user_home.mkdir()
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {len(STEPS) + 5}")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(UserDataError, match="newer version"):
        UserStore.open(path)
    assert path.read_bytes() == before
    assert not list(user_home.glob("*.damaged-*"))


def test_a_busy_store_is_reported_not_treated_as_damage(
    user_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("studyapp.userdata.store.BUSY_TIMEOUT_SECONDS", 0.1)
    path = paths.user_db_path()
    _store_with_bookmarks(path, 1)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the write lock
    try:
        store = UserStore.open(path)
        try:
            with pytest.raises(UserDataError, match="busy"):
                bookmarks.save_bookmark(store, "first-1907-public-1")
        finally:
            store.close()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not list(user_home.glob("*.damaged-*"))
    store = UserStore.open(path)
    assert [b.clause_key for b in bookmarks.list_bookmarks(store)] == ["clause-0"]
    store.close()
