"""The bundled database missing, truncated or not SQLite, met by the GUI start-up.

The database layer and `studyapp dump` are covered in tests/content/test_database.py and
tests/test_cli.py; these follow the same three files through MainWindow.load() and through
`python main.py --smoke`, and check the user's own data is untouched.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from studyapp import paths
from studyapp.errors import ContentError
from studyapp.ui.main_window import MainWindow
from studyapp.userdata import bookmarks
from studyapp.userdata.store import UserStore
from tests.conftest import BUNDLED_DB, ROOT


def _missing(folder: Path) -> Path:
    return folder / "nowhere" / "agreements.sqlite"


def _truncated(folder: Path) -> Path:
    path = folder / "agreements.sqlite"
    path.write_bytes(BUNDLED_DB.read_bytes()[: BUNDLED_DB.stat().st_size // 3])
    return path


def _not_sqlite(folder: Path) -> Path:
    path = folder / "agreements.sqlite"
    path.write_text("<html><body>502 Bad Gateway</body></html>\n" * 50)
    return path


def _emptied(table: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / "agreements.sqlite"
        path.write_bytes(BUNDLED_DB.read_bytes())
        connection = sqlite3.connect(path)
        with connection:
            connection.execute(f"DELETE FROM {table}")  # a test's own table names
        connection.close()
        return path

    return make


def _inconsistent(folder: Path) -> Path:
    """A source that clauses cite is gone: the rows refer to a row that is not there."""
    path = folder / "agreements.sqlite"
    path.write_bytes(BUNDLED_DB.read_bytes())
    connection = sqlite3.connect(path)
    with connection:
        (cited,) = connection.execute("SELECT source_key FROM clause_source LIMIT 1").fetchone()
        connection.execute("DELETE FROM source WHERE key = ?", (cited,))
    connection.close()
    return path


BROKEN: dict[str, tuple[Callable[[Path], Path], str]] = {
    "missing": (_missing, "is missing"),
    "truncated": (_truncated, "is truncated"),
    "not SQLite": (_not_sqlite, "is not a SQLite file"),
    "empty source": (_emptied("source"), "is damaged"),
    "empty person": (_emptied("person"), "is damaged"),
    "inconsistent": (_inconsistent, "is damaged"),
}


@pytest.fixture
def user_data(user_home: Path) -> dict[str, bytes]:
    """A user store with a bookmark, closed; returns its files' bytes to compare with later."""
    store = UserStore.open(paths.user_db_path())
    bookmarks.save_bookmark(store, "first-1907-secret-1", "mine")
    store.close()
    return {p.name: p.read_bytes() for p in user_home.iterdir()}


@pytest.mark.parametrize("fault", list(BROKEN))
def test_main_window_load_raises_a_clear_content_error(
    fault: str,
    qtbot: QtBot,
    tmp_path: Path,
    user_data: dict[str, bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make, words = BROKEN[fault]
    user_home = paths.user_data_dir()
    monkeypatch.setenv("STUDYAPP_CONTENT_DB", str(make(tmp_path)))
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()  # as the app starts: painted first, then loaded
    with pytest.raises(ContentError) as raised:
        window.load()
    message = str(raised.value)
    del raised  # its traceback holds the window's frame
    assert message.startswith(f"The agreements database {words}")
    assert "\n" not in message
    assert {p.name: p.read_bytes() for p in user_home.iterdir()} == user_data


@pytest.mark.slow
@pytest.mark.parametrize("fault", list(BROKEN))
def test_smoke_start_exits_2_with_one_line(
    fault: str, tmp_path: Path, user_home: Path, user_data: dict[str, bytes]
) -> None:
    make, words = BROKEN[fault]
    env = {
        **os.environ,
        "STUDYAPP_CONTENT_DB": str(make(tmp_path)),
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--smoke"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"studyapp: The agreements database {words}")
    assert {p.name: p.read_bytes() for p in user_home.iterdir()} == user_data
