"""Every write to the user's data that fails says why, in words, and changes nothing.

Read-only files and folders are tried as an ordinary user (root ignores permissions); the
full disk is a real one, a small tmpfs, where mounting is allowed.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from studyapp.failures import Cause, WriteError, classify
from studyapp.userdata import bookmarks, reviews
from studyapp.userdata.store import UserStore
from tests.faults.conftest import fill_disk
from tests.faults.ordinary_user import as_ordinary_user, give_to_user, shared_folder

KEY = "first-1907-secret-1"


def _store_with_a_bookmark(folder: Path) -> Path:
    path = folder / "user.sqlite"
    store = UserStore.open(path)
    bookmarks.save_bookmark(store, KEY, "kept")
    store.close()
    give_to_user(*folder.iterdir())
    return path


def test_a_read_only_file_is_named_as_such_on_open_and_on_every_write() -> None:
    with shared_folder() as folder:
        path = _store_with_a_bookmark(folder)
        path.chmod(0o444)
        before = path.read_bytes()

        def try_writes() -> tuple[str | None, list[tuple[Cause, str]]]:
            store = UserStore.open(path)
            refused = []
            for write in (
                lambda: bookmarks.save_bookmark(store, "second-1910-public-1", "new"),
                lambda: bookmarks.save_bookmark(store, KEY, "edited"),
                lambda: bookmarks.remove_bookmark(store, KEY),
                lambda: reviews.record_review(
                    store,
                    "card",
                    None,
                    rating=3,
                    reviewed_at=_now(),
                    duration_ms=1,
                    mode="flip",
                    correct=None,
                ),
            ):
                try:
                    write()
                except WriteError as error:
                    refused.append((error.cause, str(error)))
            notes = [(b.clause_key, b.note) for b in bookmarks.list_bookmarks(store)]
            store.close()
            assert notes == [(KEY, "kept")]
            return store.notice, refused

        notice, refused = as_ordinary_user(try_writes)
        assert notice is not None and "read-only" in notice  # told at once, on opening
        assert len(refused) == 4
        for cause, message in refused:
            assert cause is Cause.READ_ONLY
            assert "read-only" in message and "try again" in message
            assert "Traceback" not in message and "OperationalError" not in message
        assert path.read_bytes() == before  # byte for byte (reading may add -wal, -shm)


def test_a_file_made_writable_again_takes_the_retried_write_without_a_restart() -> None:
    # SQLite opened the read-only file for reading; once it is writable, the same open
    # store saves the retried note (the Retry button, the minute's draft retry, an answer).
    with shared_folder() as folder:
        path = _store_with_a_bookmark(folder)
        path.chmod(0o444)

        def refuse_then_retry() -> tuple[Cause, list[tuple[str, str]], bool]:
            store = UserStore.open(path)
            try:
                try:
                    bookmarks.save_bookmark(store, KEY, "typed while read-only")
                except WriteError as error:
                    cause = error.cause
                else:
                    raise AssertionError("a read-only file took the write")
                path.chmod(0o644)  # the user fixes it, the app still open
                bookmarks.save_bookmark(store, KEY, "typed while read-only")
                return (
                    cause,
                    [(b.clause_key, b.note) for b in bookmarks.list_bookmarks(store)],
                    (store.read_only),
                )
            finally:
                store.close()

        cause, saved, still_read_only = as_ordinary_user(refuse_then_retry)
        assert cause is Cause.READ_ONLY
        assert saved == [(KEY, "typed while read-only")] and not still_read_only
        reopened = UserStore.open(path)
        assert [b.note for b in bookmarks.list_bookmarks(reopened)] == ["typed while read-only"]
        reopened.close()


def test_a_file_made_writable_after_a_read_only_session_opens_for_writing() -> None:
    # The read-only session leaves a -shm as read-only as the file was; SQLite would open
    # the file for reading only from then on, however writable the file itself is.
    with shared_folder() as folder:
        path = _store_with_a_bookmark(folder)
        path.chmod(0o444)

        def read_only_session_then_fixed() -> tuple[bool, bool, str]:
            store = UserStore.open(path)
            store.close()
            shm = path.with_name(path.name + "-shm")
            left_read_only = shm.exists() and not os.access(shm, os.W_OK)
            path.chmod(0o644)
            store = UserStore.open(path)
            try:
                bookmarks.save_bookmark(store, KEY, "saved after the fix")
                return left_read_only, store.read_only, store.notice or ""
            finally:
                store.close()

        left_read_only, read_only, notice = as_ordinary_user(read_only_session_then_fixed)
        assert left_read_only  # the case this is about
        assert not read_only and "read-only" not in notice


def test_a_file_that_may_not_be_read_is_named_so_not_read_only() -> None:
    # chmod 000: SQLite only says "unable to open database file", which read as read-only.
    with shared_folder() as folder:
        path = _store_with_a_bookmark(folder)
        path.chmod(0o000)

        def open_it() -> tuple[Cause, str]:
            try:
                UserStore.open(path).close()
            except WriteError as error:
                return error.cause, str(error)
            raise AssertionError("an unreadable file was opened")

        cause, message = as_ordinary_user(open_it)
        assert cause is Cause.UNREADABLE
        assert "cannot be read" in message and "read-only" not in message


def test_a_read_only_folder_with_a_left_over_wal_still_opens_for_reading() -> None:
    with shared_folder() as folder:
        path = folder / "user.sqlite"
        store = UserStore.open(path)
        bookmarks.save_bookmark(store, KEY, "kept")
        # Another connection keeps the WAL from being checkpointed and removed at close.
        holder = sqlite3.connect(path)
        holder.execute("SELECT 1 FROM bookmark").fetchall()
        store.close()
        give_to_user(*folder.iterdir())
        for side in folder.iterdir():
            side.chmod(0o444)
        folder.chmod(0o555)
        try:

            def open_and_write() -> tuple[str | None, list[str], Cause]:
                opened = UserStore.open(path)
                try:
                    keys = [b.clause_key for b in bookmarks.list_bookmarks(opened)]
                    try:
                        bookmarks.save_bookmark(opened, "second-1910-public-1")
                    except WriteError as error:
                        return opened.notice, keys, error.cause
                finally:
                    opened.close()
                raise AssertionError("the write to a read-only folder succeeded")

            notice, keys, cause = as_ordinary_user(open_and_write)
        finally:
            holder.close()
            folder.chmod(0o755)
        assert keys == [KEY]
        assert cause is Cause.READ_ONLY
        assert notice is not None and "read-only" in notice


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def test_a_full_disk_is_named_not_hidden_behind_a_failed_rollback(small_disk: Path) -> None:
    path = _store_with_a_bookmark(small_disk)
    store = UserStore.open(path)
    try:
        filler = fill_disk(small_disk)
        with pytest.raises(WriteError) as raised:
            for number in range(200):  # a WAL grows into the last free pages
                bookmarks.save_bookmark(store, f"k{number}", "note " * 2000)
        error = raised.value
        assert error.cause is Cause.DISK_FULL, str(error)
        assert "full" in str(error) and "Free some space" in str(error)
        assert "rollback" not in str(error).lower()
        assert not store.connection.in_transaction  # nothing half done

        filler.unlink()  # the cause gone, the same write goes through
        bookmarks.save_bookmark(store, "after", "saved once there was room")
        assert bookmarks.get_bookmark(store, KEY) is not None
    finally:
        store.close()
    reopened = UserStore.open(path)
    try:
        assert reopened.notice is None
        kept = {b.clause_key for b in bookmarks.list_bookmarks(reopened)}
        assert {KEY, "after"} <= kept
    finally:
        reopened.close()


@pytest.mark.parametrize(
    ("error", "cause"),
    [
        (sqlite3.OperationalError("database is locked"), Cause.BUSY),
        (sqlite3.OperationalError("attempt to write a readonly database"), Cause.READ_ONLY),
        (sqlite3.OperationalError("database or disk is full"), Cause.DISK_FULL),
        (sqlite3.DatabaseError("database disk image is malformed"), Cause.DAMAGED),
        (sqlite3.OperationalError("disk I/O error"), Cause.IO),
        (OSError(28, "No space left on device"), Cause.DISK_FULL),
        (OSError(30, "Read-only file system"), Cause.READ_ONLY),
        (OSError(5, "Input/output error"), Cause.IO),
    ],
)
def test_each_cause_is_told_apart(error: BaseException, cause: Cause) -> None:
    assert classify(error) is cause


def test_a_busy_lock_is_named_and_the_write_can_be_retried(
    user_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("studyapp.userdata.store.BUSY_TIMEOUT_SECONDS", 0.1)
    store = UserStore.open(user_home / "user.sqlite")
    other = sqlite3.connect(store.path, isolation_level=None, timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(WriteError) as raised:
            bookmarks.save_bookmark(store, KEY, "typed")
        assert raised.value.cause is Cause.BUSY
        assert "busy in another program" in str(raised.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    bookmarks.save_bookmark(store, KEY, "typed")
    assert bookmarks.get_bookmark(store, KEY) is not None
    store.close()
