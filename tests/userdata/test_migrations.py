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
