"""Shared fixtures. No test touches the real home directory or a real display."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

if TYPE_CHECKING:
    from studyapp.ui.services import Services

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# No time limit per example: on a busy machine a slow first run and a quick replay made
# Hypothesis report a property as flaky. Speed is measured in benchmarks/, not here.
settings.register_profile("studyapp", deadline=None)
settings.load_profile("studyapp")

# As the app does (studyapp/ui/garbage.py): no collection in a worker thread, where it would
# free Qt objects of the UI thread; each test's garbage is collected here, after it.
gc.disable()


@pytest.fixture(autouse=True)
def collect_garbage_on_the_main_thread() -> Iterator[None]:
    yield
    gc.collect()


ROOT = Path(__file__).resolve().parent.parent
BUNDLED_DB = ROOT / "resources" / "agreements.sqlite"


@pytest.fixture(autouse=True)
def back_in_english() -> Iterator[None]:
    """A test that switches the app to Japanese leaves it in English for the next one."""
    yield
    from studyapp import i18n

    if i18n.language() != i18n.ENGLISH:
        from studyapp.translations import use_language

        use_language(i18n.ENGLISH)


@pytest.fixture(autouse=True)
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the user-data folder (and HOME, for anything else) at a fresh temporary folder."""
    home = tmp_path / "studyapp-home"
    monkeypatch.setenv("STUDYAPP_HOME", str(home))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    monkeypatch.delenv("STUDYAPP_CONTENT_DB", raising=False)
    yield home


def start_module(
    processes: list[subprocess.Popen[str]], module: str, *args: str
) -> subprocess.Popen[str]:
    """`python -m module args` in the project root, output piped as text, kept in `processes`
    (the started_processes fixture's list) so that it is reaped."""
    process = subprocess.Popen(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        env=dict(os.environ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    processes.append(process)
    return process


@pytest.fixture
def started_processes() -> Iterator[list[subprocess.Popen[str]]]:
    """Processes a test starts; any still running at the end is killed, and all are reaped."""
    processes: list[subprocess.Popen[str]] = []
    yield processes
    for process in processes:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=30)  # also closes the pipes


@pytest.fixture
def services(user_home: Path, qapp: object) -> Iterator[Services]:
    """Services for the views over the bundled content, an empty store.

    Qt is imported here, not above: most tests never ask for it.
    """
    from studyapp import paths
    from studyapp.content.catalogue import ContentCatalogue
    from studyapp.content.lazy_database import LazyContentDatabase
    from studyapp.ui.services import BookmarkService, Navigator, Services
    from studyapp.ui.settings import Settings
    from studyapp.userdata.store import UserStore

    database = LazyContentDatabase(paths.content_db_path())
    catalogue = ContentCatalogue(database.read)
    store = UserStore.open(paths.user_db_path())
    settings = Settings(user_home / "settings.ini")
    yield Services(catalogue, database, BookmarkService(store), Navigator(), settings)
    from studyapp.ui.shared.operation import finish_all

    finish_all()  # no worker of the test's widgets outlives it (or its database)
    store.close()
    database.close()


@pytest.fixture(scope="session")
def small_content_db(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """`small_content_db(agreements=3, clauses=2, events=2, terms=2)`: the path of content of
    the tests' own with these counts (tests/content_factory.py), built once per session."""
    from tests.content_factory import build_content, small_content

    built: dict[tuple[tuple[str, int], ...], Path] = {}

    def build(**sizes: int) -> Path:
        key = tuple(sorted(sizes.items()))
        if key not in built:
            built[key] = build_content(tmp_path_factory.mktemp("content"), small_content(**sizes))
        return built[key]

    return build


@pytest.fixture
def services_over(
    user_home: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[Path], Services]]:
    """`services_over(path)`: Services over the content at `path` (which also becomes the
    app's content database, STUDYAPP_CONTENT_DB), an empty store; closed after the test."""
    from studyapp import paths
    from studyapp.content.catalogue import ContentCatalogue
    from studyapp.content.lazy_database import LazyContentDatabase
    from studyapp.ui.services import BookmarkService, Navigator, Services
    from studyapp.ui.settings import Settings
    from studyapp.userdata.store import UserStore

    opened: list[tuple[LazyContentDatabase, UserStore]] = []

    def open_at(content_db: Path) -> Services:
        monkeypatch.setenv(paths.CONTENT_DB_ENV, str(content_db))
        database = LazyContentDatabase(content_db)
        store = UserStore.open(paths.user_db_path())
        opened.append((database, store))
        settings = Settings(user_home / "settings.ini")
        index = ContentCatalogue(database.read)
        return Services(index, database, BookmarkService(store), Navigator(), settings)

    yield open_at
    for database, store in opened:
        store.close()
        database.close()
