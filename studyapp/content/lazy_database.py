"""The bundled database, opened on first use. Qt-free.

When the content came from the start-up preload (preload.py), nothing needs SQLAlchemy until
the user first searches; importing it then, rather than at start-up, keeps it off the path
to the content being shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from studyapp.imports import plain_imports

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from studyapp.content.database import ContentDatabase
    from studyapp.content.records import Content

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

    def read_content(self) -> Content:
        """The whole content."""
        with plain_imports():
            from studyapp.content.database import checked_content

        return self.read(lambda connection: checked_content(connection, self.path))

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
            self._database = None
