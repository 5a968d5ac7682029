"""The user schema's upgrade path: every step in order, each all-or-nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from studyapp.userdata.migrations import STEPS, migrate, schema_version


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def test_an_empty_file_is_brought_to_the_current_version(tmp_path: Path) -> None:
    connection = _connect(tmp_path / "user.sqlite")
    assert migrate(connection) == 0
    assert schema_version(connection) == len(STEPS)
    assert migrate(connection) == len(STEPS)  # a second run has nothing to do
    connection.close()


def test_data_written_at_an_old_version_survives_an_upgrade(tmp_path: Path) -> None:
    # A later release adds a step; data saved under version 1 must come through it intact.
    future = (*STEPS, ("ALTER TABLE bookmark ADD COLUMN colour TEXT NOT NULL DEFAULT 'gold'",))
    connection = _connect(tmp_path / "user.sqlite")
    migrate(connection, STEPS[:1])
    connection.execute(
        "INSERT INTO bookmark VALUES "
        "('second-1910-secret-1', 'spheres', '2026-01-01', '2026-01-01')"
    )
    assert migrate(connection, future) == 1
    assert schema_version(connection) == len(future)
    rows = connection.execute("SELECT clause_key, note, colour FROM bookmark").fetchall()
    assert rows == [("second-1910-secret-1", "spheres", "gold")]
    connection.close()


def test_a_failing_step_leaves_the_previous_version_intact(tmp_path: Path) -> None:
    broken = (*STEPS, ("CREATE TABLE extra (x)", "THIS IS NOT SQL"))
    connection = _connect(tmp_path / "user.sqlite")
    migrate(connection)
    with pytest.raises(sqlite3.OperationalError):
        migrate(connection, broken)
    assert schema_version(connection) == len(STEPS)
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert "extra" not in tables  # the half-done step was rolled back
    connection.close()


def test_step_6_drops_the_uid_index_keeps_every_answer_and_moves_to_larger_pages(
    tmp_path: Path,
) -> None:
    from studyapp.study.progress import export_progress, import_progress
    from studyapp.userdata.migrations import PAGE_SIZE
    from studyapp.userdata.store import UserStore

    path = tmp_path / "user.sqlite"
    old = _connect(path)  # a file in the wild: SQLite's 4 KiB pages, WAL, at version 5
    old.execute("PRAGMA page_size = 4096")
    old.execute("PRAGMA journal_mode = WAL")
    migrate(old, STEPS[:5])
    rows = [
        (
            f"clause-cloze:c-{n % 40}:1",
            1 + n % 4,
            f"2026-03-02T12:{n // 60 % 60:02}:{n % 60:02}.000000+00:00",
            1500,
            "flip",
            None,
            None,
            f"{n:032x}",
        )
        for n in range(2000)
    ]
    old.executemany(
        "INSERT INTO review_log (card_key, rating, reviewed_at, duration_ms, mode, correct, "
        "state_before, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    totals = old.execute("SELECT * FROM review_kind_total ORDER BY kind").fetchall()
    old.close()

    store = UserStore.open(path)
    try:
        connection = store.connection
        assert schema_version(connection) == len(STEPS) >= 6
        indexes = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
        assert "review_log_uid" not in indexes
        assert {"review_log_card_key", "review_log_reviewed_at"} <= indexes
        kept = connection.execute(
            "SELECT card_key, rating, reviewed_at, duration_ms, mode, correct, state_before, "
            "uid FROM review_log ORDER BY id"
        ).fetchall()
        assert kept == rows
        assert connection.execute("SELECT * FROM review_kind_total ORDER BY kind").fetchall() == (
            totals
        )
        fresh = sqlite3.connect(path)  # the file's own page size, not one set and pending
        assert fresh.execute("PRAGMA page_size").fetchone() == (PAGE_SIZE,)
        fresh.close()
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # Without the index, a merge of the same answers still adds none of them twice.
        export_progress(store, tmp_path / "progress.json")
        merged = import_progress(store, tmp_path / "progress.json")
        assert merged.reviews_added == 0
        assert connection.execute("SELECT COUNT(*) FROM review_log").fetchone() == (2000,)
    finally:
        store.close()
