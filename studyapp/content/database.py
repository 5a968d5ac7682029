"""Opening the bundled agreements database, read-only, with clear errors when it is unusable."""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, select, text
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import ConnectionPoolEntry

from studyapp.content.models import CITATIONS_CHECKED, CONTENT_SCHEMA_VERSION, meta, metadata
from studyapp.errors import ContentError

if TYPE_CHECKING:
    from studyapp.content.records import Content

T = TypeVar("T")

_SQLITE_MAGIC = b"SQLite format 3\x00"
_REINSTALL = "reinstall the app or rebuild it with `python db/build.py`"


def check_content_file(path: Path) -> None:
    """Raise ContentError unless `path` looks like a whole SQLite database.

    Reads only the 100-byte header, so it costs the same however large the content grows;
    a truncated file is caught by comparing its size with the page count in the header.
    """
    try:
        with path.open("rb") as file:
            header = file.read(100)
        size = path.stat().st_size
    except FileNotFoundError:
        raise ContentError(f"The agreements database is missing: {path} ({_REINSTALL}).") from None
    except OSError as error:
        raise ContentError(
            f"The agreements database cannot be read: {path} ({error.strerror})."
        ) from None
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        raise ContentError(f"The agreements database is not a SQLite file: {path} ({_REINSTALL}).")
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    (page_count,) = struct.unpack(">I", header[28:32])
    if size < page_size * page_count:
        raise ContentError(
            f"The agreements database is truncated: {path} holds {size} of "
            f"{page_size * page_count} bytes ({_REINSTALL})."
        )


def read_only_url(path: Path) -> str:
    # uri=true must sit in the URL's query string for the SQLite dialect to pass mode=ro on.
    return f"sqlite:///{path.resolve().as_uri()}?mode=ro&uri=true"


def open_engine(path: Path) -> Engine:
    """A read-only engine on the content database at `path`, checked for shape and version."""
    check_content_file(path)
    engine = create_engine(read_only_url(path))

    @event.listens_for(engine, "connect")
    def _enforce_read_only(dbapi_connection: DBAPIConnection, _: ConnectionPoolEntry) -> None:
        # mode=ro already forbids writes; query_only also stops ATTACH-and-write tricks.
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA query_only = ON")
        cursor.close()

    try:
        with engine.connect() as connection:
            version = connection.scalar(select(meta.c.value).where(meta.c.key == "schema_version"))
    except SQLAlchemyError:
        engine.dispose()
        raise ContentError(f"The agreements database is damaged: {path} ({_REINSTALL}).") from None
    if version != str(CONTENT_SCHEMA_VERSION):
        engine.dispose()
        raise ContentError(
            f"The agreements database at {path} has schema version {version}, but this app "
            f"reads version {CONTENT_SCHEMA_VERSION} ({_REINSTALL})."
        )
    return engine


class ContentDatabase:
    """The bundled database: one engine, with its pool of connections, for the app's lifetime."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = open_engine(path)

    def connect(self) -> Connection:
        return self.engine.connect()

    def read(self, query: Callable[[Connection], T]) -> T:
        """Run `query` on a connection from the pool; a damaged file becomes a ContentError."""
        try:
            with self.engine.connect() as connection:
                return query(connection)
        except SQLAlchemyError:
            raise ContentError(
                f"The agreements database is damaged: {self.path} ({_REINSTALL})."
            ) from None

    def close(self) -> None:
        self.engine.dispose()


# Tables every content database fills: one of them empty means a broken build or a damaged
# file, not content to show (the views would have nothing to stand on).
REQUIRED_TABLES = (
    "source",
    "person",
    "agreement",
    "clause",
    "signatory",
    "event",
    "era",
    "term",
    "topic",
)


def _check_filled(connection: Connection) -> None:
    for table in REQUIRED_TABLES:
        # The names are this module's own constants, never the user's.
        if connection.exec_driver_sql(f'SELECT 1 FROM "{table}" LIMIT 1').first() is None:
            raise ContentError(f"the table {table} is empty")


_CITATIONS = tuple(name for name in metadata.tables if name.endswith("_source"))


def find_broken_citations(connection: Connection | sqlite3.Connection) -> bool:
    """Whether some citation names a source or a row that is not there: what the views read
    later, by key, stands on that. Index look-ups in SQLite, no row read into Python, but a
    look-up per citation, so it grows with the content."""
    return any(
        connection.execute(text(f'PRAGMA foreign_key_check("{table}")')).first()
        if isinstance(connection, Connection)
        else connection.execute(f'PRAGMA foreign_key_check("{table}")').fetchone()
        for table in _CITATIONS
    )


def change_counter(path: Path) -> int:
    """SQLite's file change counter (header offset 24): a write transaction made on the file
    in the rollback-journal mode (the default, and the build's) adds one. -1 for a file
    in WAL mode (header offsets 18 and 19 are 2), whose writes need not count."""
    with path.open("rb") as file:
        header = file.read(28)
    if header[18:20] != b"\x01\x01":
        return -1
    return int.from_bytes(header[24:28], "big")


def _checked_as_built(connection: Connection, path: Path) -> bool:
    """Whether the build checked the citations of this very file: it records the change
    counter its record leaves behind, so any later write (a row deleted by hand) shows."""
    recorded = connection.scalar(select(meta.c.value).where(meta.c.key == CITATIONS_CHECKED))
    try:
        counter = change_counter(path)
        return recorded is not None and counter >= 0 and int(recorded) == counter
    except (OSError, ValueError):
        return False


def _check_citations(connection: Connection, path: Path) -> None:
    """The citations whole: taken on the build's word when the file is as it left it (a
    constant cost however large the content), checked in full when it is not."""
    if not _checked_as_built(connection, path) and find_broken_citations(connection):
        raise ContentError("rows refer to missing rows")


def _whole(connection: Connection) -> Content:
    from studyapp.content.queries import all_content

    return all_content(connection)


def checked(query: Callable[[Connection], T], connection: Connection, path: Path) -> T:
    """`query` run on `connection` (of the database at `path`), once the required tables are
    known to be filled.

    An empty required table, or rows that refer to rows that are not there, make a
    ContentError ("damaged"), never a KeyError from deep in the records.
    """
    try:
        _check_filled(connection)
        _check_citations(connection, path)
        return query(connection)
    except (ContentError, LookupError, ValueError, TypeError) as error:
        detail = str(error) if isinstance(error, ContentError) else "rows refer to missing rows"
        raise ContentError(
            f"The agreements database is damaged: {path} ({detail}; {_REINSTALL})."
        ) from None


def checked_content(connection: Connection, path: Path) -> Content:
    """The whole content, read on `connection` (of the database at `path`), checked."""
    return checked(_whole, connection, path)


def read_content(path: Path) -> Content:
    """The whole content of the database at `path`, read once; the file is closed after."""
    database = ContentDatabase(path)
    try:
        return database.read(lambda connection: checked_content(connection, path))
    finally:
        database.close()
