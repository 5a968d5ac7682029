"""The bundled database, opened on first use. Qt-free.

The window paints its empty frame before SQLAlchemy is imported; the first read (the
start-up check, then each view's queries) imports it, past PySide6's import hook.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from studyapp.imports import plain_imports

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from studyapp.content.database import ContentDatabase

T = TypeVar("T")


class LazyContentDatabase:
    """A ContentDatabase for `path`, opened (and SQLAlchemy imported) by the first read."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._database: ContentDatabase | None = None

    def open(self) -> ContentDatabase:
        """The open database; raises ContentError if it cannot be opened."""
        if self._database is None:
            with plain_imports():  # SQLAlchemy's modules, past PySide6's import hook
                from studyapp.content.database import ContentDatabase

                self._database = ContentDatabase(self.path)
        return self._database

    def read(self, query: Callable[[Connection], T]) -> T:
        """Run `query` on the database; a damaged file becomes a ContentError."""
        database = self.open()
        with plain_imports():  # a first query may import more of SQLAlchemy
            return database.read(query)

    def check(self) -> None:
        """Open the database and see that its required tables are filled and its citations
        whole (checked in SQLite; nothing read into Python); raises ContentError if it is
        missing or damaged."""
        with plain_imports():
            from studyapp.content.database import checked

        self.read(lambda connection: checked(lambda _: None, connection, self.path))

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
            self._database = None
