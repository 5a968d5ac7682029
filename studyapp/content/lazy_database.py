"""The bundled database, opened on first use. Qt-free.

The window paints its empty frame before SQLAlchemy is imported. Given a read server (a
child forked at start, read_server.py), reads go there until the database is opened here:
the first view reaches the screen without this process importing SQLAlchemy at all. Without
one, or for a query the server cannot take, the first read imports SQLAlchemy here, past
PySide6's import hook.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from studyapp.content.read_server import ReadServer, ServerUnavailableError
from studyapp.imports import plain_imports
from studyapp.memory import peak_rss_kib

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from studyapp.content.database import ContentDatabase

T = TypeVar("T")


class LazyContentDatabase:
    """A ContentDatabase for `path`, opened (and SQLAlchemy imported) by the first read."""

    def __init__(self, path: Path, server: ReadServer | None = None) -> None:
        self.path = path
        self._database: ContentDatabase | None = None
        self._server = server
        self._opening = threading.Lock()  # the UI thread and a worker may both read first
        # The peak memory of this process and the server together, in KiB, counted when the
        # server stopped (this process's peak then, plus what the server held on its own).
        self.peak_with_server_kib = 0

    @property
    def opened_here(self) -> bool:
        """Whether this process has the database open (and SQLAlchemy imported)."""
        return self._database is not None

    def open(self) -> ContentDatabase:
        """The open database; raises ContentError if it cannot be opened."""
        with self._opening:
            if self._database is None:
                self.stop_server()  # from now on, every read is this process's own
                with plain_imports():  # SQLAlchemy's modules, past PySide6's import hook
                    from studyapp.content.database import ContentDatabase

                    self._database = ContentDatabase(self.path)
            return self._database

    def read(self, query: Callable[[Connection], T]) -> T:
        """Run `query` on the database; a damaged file becomes a ContentError."""
        server = self._server  # once: another thread may stop it meanwhile
        if self._database is None and server is not None:
            try:
                return server.read(query)
            except ServerUnavailableError:
                pass  # read here instead, as if there had been no server
        database = self.open()
        with plain_imports():  # a first query may import more of SQLAlchemy
            return database.read(query)

    def check(self) -> None:
        """Open the database and see that its required tables are filled and its citations
        whole (checked in SQLite; nothing read into Python); raises ContentError if it is
        missing or damaged."""
        self.read(partial(check_content, path=self.path))

    def stop_server(self) -> None:
        """Stop the read server, if any (its child process exits)."""
        server, self._server = self._server, None
        if server is not None:
            server.stop()  # after a read under way in another thread, if any
            self.peak_with_server_kib = peak_rss_kib() + server.child_private_kib

    def close(self) -> None:
        self.stop_server()
        if self._database is not None:
            self._database.close()
            self._database = None


def check_content(connection: Connection, path: Path) -> None:
    """See that the required tables are filled and the citations whole (a query that a read
    server can run: a module-level function)."""
    from studyapp.content.database import checked

    checked(lambda _: None, connection, path)
