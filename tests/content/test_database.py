"""Opening the bundled database: read-only, and a clear error for every way it can be broken."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from studyapp.content.database import ContentDatabase
from studyapp.content.queries import all_content
from studyapp.errors import ContentError
from tests.conftest import BUNDLED_DB


def test_the_bundled_database_opens_and_reads() -> None:
    database = ContentDatabase(BUNDLED_DB)
    try:
        keys = [a.key for a in database.read(all_content).agreements]
    finally:
        database.close()
    assert keys == ["first-1907", "second-1910", "third-1912", "fourth-1916"]


def test_the_bundled_database_cannot_be_written(tmp_path: Path) -> None:
    copy = tmp_path / "agreements.sqlite"
    shutil.copy(BUNDLED_DB, copy)
    before = copy.read_bytes()
    database = ContentDatabase(copy)
    try:
        with database.connect() as connection, pytest.raises(OperationalError, match="readonly"):
            connection.execute(text("UPDATE agreement SET title = 'changed'"))
            connection.commit()
    finally:
        database.close()
    assert copy.read_bytes() == before


def test_a_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="missing"):
        ContentDatabase(tmp_path / "nowhere.sqlite")


def test_a_file_that_is_not_sqlite_is_a_clear_error(tmp_path: Path) -> None:
    fake = tmp_path / "agreements.sqlite"
    fake.write_text("<html>a download that went wrong</html>" * 10)
    with pytest.raises(ContentError, match="not a SQLite file"):
        ContentDatabase(fake)


def test_a_truncated_database_is_a_clear_error(tmp_path: Path) -> None:
    truncated = tmp_path / "agreements.sqlite"
    truncated.write_bytes(BUNDLED_DB.read_bytes()[: BUNDLED_DB.stat().st_size // 2])
    with pytest.raises(ContentError, match="truncated"):
        ContentDatabase(truncated)


def test_an_empty_file_is_a_clear_error(tmp_path: Path) -> None:
    empty = tmp_path / "agreements.sqlite"
    empty.touch()
    with pytest.raises(ContentError, match="not a SQLite file"):
        ContentDatabase(empty)


def test_a_database_of_another_schema_version_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "agreements.sqlite"
    shutil.copy(BUNDLED_DB, copy)
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    connection.close()
    with pytest.raises(ContentError, match="schema version 999"):
        ContentDatabase(copy)


def test_a_sqlite_file_without_our_tables_is_a_clear_error(tmp_path: Path) -> None:
    other = tmp_path / "agreements.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE something_else (x)")
    connection.commit()
    connection.close()
    with pytest.raises(ContentError, match="damaged"):
        ContentDatabase(other)


def test_damage_found_while_reading_is_a_clear_error(tmp_path: Path) -> None:
    damaged = tmp_path / "agreements.sqlite"
    data = bytearray(BUNDLED_DB.read_bytes())
    database = ContentDatabase(BUNDLED_DB)
    database.close()
    # Keep the header and first pages (schema, meta) whole; wreck everything after them.
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size * 3, len(data), 7):
        data[offset] = 0xA5
    damaged.write_bytes(bytes(data))
    try:
        opened = ContentDatabase(damaged)
    except ContentError as error:
        assert "damaged" in str(error)
        return
    try:
        with pytest.raises(ContentError, match="damaged"):
            opened.read(all_content)
    finally:
        opened.close()


def _check(path: Path) -> None:
    from studyapp.content.lazy_database import LazyContentDatabase

    database = LazyContentDatabase(path)
    try:
        database.check()
    finally:
        database.close()


def test_the_start_up_check_takes_the_builds_word_for_the_citations_of_an_unchanged_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build checked every citation and recorded the file's change counter: a copy of
    that file is not checked citation by citation again (a cost that grows with content)."""
    from studyapp.content import database

    copy = tmp_path / "agreements.sqlite"
    shutil.copy(BUNDLED_DB, copy)
    checks: list[object] = []

    def counted(connection: object) -> bool:
        checks.append(connection)
        return False

    monkeypatch.setattr(database, "find_broken_citations", counted)
    _check(copy)
    assert checks == []


def test_a_file_written_since_its_build_has_its_citations_checked_in_full(
    tmp_path: Path,
) -> None:
    """A source that clauses cite deleted by hand, and the build's record left in place: the
    write moved the change counter on, so the citations are checked and found broken."""
    copy = tmp_path / "agreements.sqlite"
    shutil.copy(BUNDLED_DB, copy)
    connection = sqlite3.connect(copy)
    with connection:
        (cited,) = connection.execute("SELECT source_key FROM clause_source LIMIT 1").fetchone()
        connection.execute("DELETE FROM source WHERE key = ?", (cited,))
    connection.close()
    with pytest.raises(ContentError, match=r"damaged.*missing rows"):
        _check(copy)


def test_a_file_turned_to_wal_mode_has_its_citations_checked_in_full(tmp_path: Path) -> None:
    """In WAL mode SQLite need not count writes in the header: the build's record is not
    trusted there, and the inconsistency is found by the full check."""
    copy = tmp_path / "agreements.sqlite"
    shutil.copy(BUNDLED_DB, copy)
    connection = sqlite3.connect(copy)
    connection.execute("PRAGMA journal_mode = WAL")
    with connection:
        (cited,) = connection.execute("SELECT source_key FROM clause_source LIMIT 1").fetchone()
        connection.execute("DELETE FROM source WHERE key = ?", (cited,))
    connection.close()
    with pytest.raises(ContentError, match=r"damaged.*missing rows"):
        _check(copy)
