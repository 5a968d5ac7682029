"""Opening the user's database: WAL mode, migrations, repair, and recovery from a damaged file.

`UserStore.transaction()` is the one way to write to it: every failure inside is rolled back
and raised as a WriteError that names its cause (studyapp/failures.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from studyapp.errors import UserDataError
from studyapp.failures import Cause, classify, describe, write_error
from studyapp.i18n import QT_TRANSLATE_NOOP, sentences, translate
from studyapp.userdata import notices
from studyapp.userdata.migrations import (
    PAGE_SIZE,
    SchemaDamageError,
    check_version,
    migrate,
    repair,
    schema_version,
)

# SQLite's primary result codes for "this is not a database" and "the file is corrupt".
_DAMAGED_CODES = frozenset({sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT})
# How long a write waits for another instance of the app to finish its own.
BUSY_TIMEOUT_SECONDS = 5.0
_SIDE_FILES = ("-wal", "-shm", "-journal")


def _is_damage(error: Exception) -> bool:
    if isinstance(error, SchemaDamageError) or "integrity check failed" in str(error):
        return True
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and (code & 0xFF) in _DAMAGED_CODES


def _side_files_writable_like(path: Path) -> None:
    """Give a read-only -wal or -shm the writable file's permissions.

    SQLite makes them with the file's permissions: after a session on a read-only
    user.sqlite, they stay read-only when the user makes the file writable again, and SQLite
    would then open it for reading only, run after run. Only the owner may change them.
    """
    try:
        mode = path.stat().st_mode & 0o666
    except OSError:
        return
    if not os.access(path, os.W_OK):
        return
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists() and not os.access(side, os.W_OK):
            with contextlib.suppress(OSError):
                side.chmod(mode)


def _permissions(path: Path) -> tuple[tuple[int, int], ...]:
    """The mode and owner of the file, its side files and its folder (0s where missing)."""
    found = []
    for each in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm")), path.parent):
        try:
            info = each.stat()
        except OSError:
            found.append((0, 0))
        else:
            found.append((info.st_mode, info.st_uid))
    return tuple(found)


def _connect(path: Path, *, checked: bool = False) -> tuple[sqlite3.Connection, list[str]]:
    """Open, check and migrate the file; also what had to be re-created in it. `checked`:
    the file was checked whole just now (a restore's copy), so the quick check is spared.

    Raises sqlite3.DatabaseError if it is damaged, SchemaDamageError if it cannot be repaired.
    """
    _side_files_writable_like(path)
    # Autocommit mode: every write below opens its own explicit transaction.
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    try:
        verdict = "ok" if checked else connection.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            raise sqlite3.DatabaseError(f"integrity check failed: {verdict}")
        check_version(connection)  # before anything below changes the file
        # A new file is made with pages of this size (an existing one keeps its own).
        connection.execute(f"PRAGMA page_size = {PAGE_SIZE:d}")
        connection.execute("PRAGMA journal_mode = WAL")
        # A checkpoint every 4 MiB of log, as with SQLite's 1,000 pages of 4 KiB: a commit
        # that checkpoints copies no more than that.
        connection.execute(f"PRAGMA wal_autocheckpoint = {4 * 1024 * 1024 // PAGE_SIZE:d}")
        # FULL: a finished write survives a crash or power cut, not just the app being killed.
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
        migrate(connection)
        repaired = repair(connection)
    except BaseException:
        connection.close()
        raise
    return connection, repaired


def bring_up_to_date(path: Path) -> None:
    """Migrate and repair the file at `path`, just checked whole (a restore's copy, before it
    takes the store's place), as an open would; raises sqlite3.Error or UserDataError
    (SchemaDamageError, a newer app's file) if it cannot be."""
    connection, _repaired = _connect(path, checked=True)
    connection.close()  # the last connection: the WAL is checkpointed into the file


def _connect_read_only(path: Path, first: sqlite3.Error) -> sqlite3.Connection:
    """The file opened for reading only (on a read-only disk or mount), as up to date as the
    app needs; else the WriteError of the first failure, `first`."""
    from studyapp.userdata.migrations import READABLE_FROM

    for flags in ("mode=ro", "immutable=1"):  # immutable: no -shm can be made at all
        try:
            # The name's bytes as the file system has them, whatever the locale.
            uri = "file:" + urllib.parse.quote(os.fsencode(path.absolute()))
            connection = sqlite3.connect(f"{uri}?{flags}", uri=True, isolation_level=None)
        except sqlite3.Error:
            continue
        try:
            if connection.execute("PRAGMA quick_check").fetchone()[0] == "ok" and (
                check_version(connection) >= READABLE_FROM
            ):
                return connection
        except sqlite3.Error:
            pass
        connection.close()
    raise write_error(
        path, first, QT_TRANSLATE_NOOP("Failures", "Cannot open your study data")
    ) from None


def _writable(connection: sqlite3.Connection) -> Cause | None:
    """None if a write could start now; else why not (read-only, disk full...)."""
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            # A real write, undone: BEGIN alone succeeds on a file opened read-only.
            version = schema_version(connection)
            connection.execute(f"PRAGMA user_version = {version:d}")
        finally:
            connection.execute("ROLLBACK")
    except sqlite3.Error as error:
        cause = classify(error)
        return None if cause is Cause.BUSY else cause
    return None


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

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path,
        notice: str | None,
        *,
        read_only: bool = False,
    ) -> None:
        self.connection = connection
        self.path = path
        self.notice = notice
        self.commits = 0  # write transactions committed through this store (for backups)
        # The connection cannot write (SQLite opened the file for reading, or a write was
        # refused as read-only): the next write opens the file again if it can be written now.
        self.read_only = read_only
        self._tried_reopening: tuple[tuple[int, int], ...] | None = None

    @classmethod
    def open(cls, path: Path) -> UserStore:
        """Open the database at `path`, creating it, its folder, or a fresh copy if damaged.

        A damaged file is moved aside, and a file missing a table or column is repaired; both
        are told in `notice`, and a moved file is also remembered for the next window start.
        """
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UserDataError(
                translate(
                    "UserStore",
                    "Cannot create the folder for your study data, {folder}: {error}. "
                    "Set STUDYAPP_HOME to a writable folder.",
                ).format(folder=path.parent, error=error.strerror or error)
            ) from None
        told: list[str] = []
        read_only = False
        try:
            try:
                connection, repaired = _connect(path)
            except (sqlite3.DatabaseError, SchemaDamageError) as error:
                if not _is_damage(error):
                    raise
                backup = move_aside(path)
                told.append(
                    translate(
                        "UserStore",
                        "Your study data file was damaged. It was moved to {backup} and a "
                        "fresh one was started (File → Restore from backup… brings back a "
                        "backup).",
                    ).format(backup=backup)
                )
                notices.remember(path.parent, told[-1])
                connection, repaired = _connect(path)
            if repaired:
                told.append(
                    translate(
                        "UserStore",
                        "Your study data file lacked {missing}; that was re-created and "
                        "everything else in it was kept.",
                    ).format(missing=", ".join(repaired))
                )
            cause = _writable(connection)
            read_only = cause is Cause.READ_ONLY
            if cause is not None:
                told.append(
                    describe(
                        cause,
                        path,
                        failed=QT_TRANSLATE_NOOP("Failures", "Your study data cannot be saved"),
                    )
                )
        except sqlite3.Error as error:
            if classify(error) is not Cause.READ_ONLY:
                raise write_error(
                    path, error, QT_TRANSLATE_NOOP("Failures", "Cannot open your study data")
                ) from None
            connection = _connect_read_only(path, error)  # a read-only disk: read, not write
            read_only = True
            told.append(
                describe(
                    Cause.READ_ONLY,
                    path,
                    failed=QT_TRANSLATE_NOOP("Failures", "Your study data cannot be saved"),
                )
                + translate("UserStore", " It is open for reading only.")
            )
        except OSError as error:
            raise write_error(
                path, error, QT_TRANSLATE_NOOP("Failures", "Cannot use your study data")
            ) from None
        return cls(connection, path, sentences(*told) or None, read_only=read_only)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is saved, or none of it.

        Any SQLite failure, at BEGIN, inside or at COMMIT, is rolled back and raised as a
        WriteError naming its cause; nothing is half written.
        """
        if self.read_only:
            self._reopen_if_writable()
        try:
            self.connection.execute("BEGIN IMMEDIATE")
            yield self.connection
            self.connection.execute("COMMIT")
        except (sqlite3.OperationalError, sqlite3.DatabaseError) as error:
            self._roll_back()
            if isinstance(error, sqlite3.IntegrityError | sqlite3.ProgrammingError):
                raise  # a mistake in the app's own SQL, not a failure of the disk
            failure = write_error(self.path, error)
            self.read_only = self.read_only or failure.cause is Cause.READ_ONLY
            raise failure from None
        except BaseException:
            self._roll_back()
            raise
        self.commits += 1

    def _roll_back(self) -> None:
        # SQLite rolls back by itself on some failures (a full disk); ROLLBACK would then
        # raise "no transaction is active" and hide the real cause.
        if self.connection.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.connection.execute("ROLLBACK")

    def _reopen_if_writable(self) -> None:
        """Open the file again if it and its folder can be written now (made writable since,
        or the disk remounted): SQLite never turns a connection it opened read-only into one
        that writes, so without this a retry would be refused until the app restarts."""
        folder = self.path.parent
        if not (os.access(self.path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK)):
            return
        looks = _permissions(self.path)
        if looks == self._tried_reopening:
            return  # nothing changed since the last try: spare reading the whole file again
        self._tried_reopening = looks
        # Closed first: while it is open, SQLite opens the same file read-only again.
        self.connection.close()
        try:
            connection, _repaired = _connect(self.path)
            if _writable(connection) is Cause.READ_ONLY:
                connection.close()
            else:
                self.connection, self.read_only = connection, False
                return
        except (sqlite3.Error, UserDataError, OSError):
            pass  # opened for reading as before; the write then names what is wrong
        try:
            self.connection, _repaired = _connect(self.path)
        except sqlite3.Error as error:
            self.connection = _connect_read_only(self.path, error)

    def close(self) -> None:
        self.connection.close()

    def reopen(self, *, checked: bool = False) -> None:
        """Open the file at `path` again (after a restore put another file there; `checked`:
        one checked whole and brought up to date just now, so the open is quick)."""
        self.connection, _repaired = _connect(self.path, checked=checked)
        self.read_only = False
