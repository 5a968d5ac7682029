"""Opening the user's database: WAL mode, migrations, and recovery from a damaged file."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from studyapp.errors import UserDataError
from studyapp.userdata.migrations import check_version, migrate

# SQLite's primary result codes for "this is not a database" and "the file is corrupt".
_DAMAGED_CODES = frozenset({sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT})
# How long a write waits for another instance of the app to finish its own.
BUSY_TIMEOUT_SECONDS = 5.0
_SIDE_FILES = ("-wal", "-shm", "-journal")


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and (code & 0xFF) in _DAMAGED_CODES


def _connect(path: Path) -> sqlite3.Connection:
    """Open and check the file; raise sqlite3.DatabaseError if it is damaged."""
    # Autocommit mode: every write below opens its own explicit transaction.
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    try:
        verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            raise sqlite3.DatabaseError(f"integrity check failed: {verdict}")
        check_version(connection)  # before anything below changes the file
        connection.execute("PRAGMA journal_mode = WAL")
        # FULL: a finished write survives a crash or power cut, not just the app being killed.
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
        migrate(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def move_aside(path: Path, now: dt.datetime | None = None) -> Path:
    """Rename a damaged database (and its side files) to a timestamped backup; return it."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while backup.exists():
        counter += 1
        backup = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
    path.replace(backup)
    for suffix in _SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(backup.with_name(backup.name + suffix))
    return backup


class UserStore:
    """The open user database. `notice` says what the user must be told, if anything."""

    def __init__(self, connection: sqlite3.Connection, path: Path, notice: str | None) -> None:
        self.connection = connection
        self.path = path
        self.notice = notice

    @classmethod
    def open(cls, path: Path) -> UserStore:
        """Open the database at `path`, creating it, its folder, or a fresh copy if damaged."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UserDataError(
                f"Cannot create the folder for your study data, {path.parent}: "
                f"{error.strerror or error}. Set STUDYAPP_HOME to a writable folder."
            ) from None
        notice = None
        try:
            try:
                connection = _connect(path)
            except sqlite3.DatabaseError as error:
                if not (_is_damage(error) or "integrity check failed" in str(error)):
                    raise
                backup = move_aside(path)
                notice = (
                    f"Your study data file was damaged. It was moved to {backup} and a "
                    "fresh one was started."
                )
                connection = _connect(path)
        except sqlite3.OperationalError as error:
            raise UserDataError(_explain(path, error)) from None
        except sqlite3.DatabaseError as error:
            raise UserDataError(f"Cannot open your study data {path}: {error}.") from None
        except OSError as error:
            raise UserDataError(
                f"Cannot use your study data {path}: {error.strerror or error}."
            ) from None
        return cls(connection, path, notice)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is saved, or none of it."""
        try:
            self.connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise UserDataError(_explain(self.path, error)) from None
        try:
            yield self.connection
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        try:
            self.connection.execute("COMMIT")
        except sqlite3.OperationalError as error:
            self.connection.execute("ROLLBACK")
            raise UserDataError(_explain(self.path, error)) from None

    def close(self) -> None:
        self.connection.close()


def _explain(path: Path, error: sqlite3.OperationalError) -> str:
    message = str(error)
    if "locked" in message or "busy" in message:
        return f"Your study data {path} is busy in another program; try again in a moment."
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return (
            f"Cannot write your study data {path}: the folder is not writable. "
            "Set STUDYAPP_HOME to a writable folder."
        )
    return f"Cannot use your study data {path}: {message}."
