"""Fixtures for the views: the real bundled content and a fresh user store per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from studyapp import paths
from studyapp.content.index import ContentIndex
from studyapp.content.lazy_database import LazyContentDatabase
from studyapp.ui.services import BookmarkService, Navigator, Services
from studyapp.userdata.store import UserStore

_INDEX: ContentIndex | None = None


@pytest.fixture
def services(user_home: Path, qapp: object) -> Iterator[Services]:
    """Services over the bundled content (read once per run) and an empty user store."""
    global _INDEX  # noqa: PLW0603 (the content is read-only; reading it once keeps tests quick)
    database = LazyContentDatabase(paths.content_db_path())
    if _INDEX is None:
        _INDEX = ContentIndex(database.read_content())
    store = UserStore.open(paths.user_db_path())
    settings = QSettings(str(user_home / "settings.ini"), QSettings.Format.IniFormat)
    yield Services(_INDEX, database, BookmarkService(store), Navigator(), settings)
    store.close()
    database.close()
