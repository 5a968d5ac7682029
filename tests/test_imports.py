"""What the app imports on its way to showing the content: little, and past PySide6's hook.

Through the hook, every module imported from a module that uses PySide6 has its whole source
read into `linecache`: for SQLAlchemy, some 200,000 lines, tens of MiB and tens of ms. The
content is read with SQLAlchemy Core alone: the ORM would add some 70 ms before it is shown.
And when a preload child has read the content, the window imports no SQLAlchemy at all.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from studyapp.paths import CONTENT_DB_ENV
from tests.conftest import ROOT

_LOAD_THE_APP = """
import studyapp.cli  # the app's entry point: it keeps Python's own import first
import linecache
import sys
from PySide6.QtWidgets import QApplication
from studyapp.ui.main_window import MainWindow
app = QApplication([])
window = MainWindow()
window.show()
app.processEvents()
window.load()
app.processEvents()
read = [name for name in linecache.cache if "sqlalchemy" in name and name.endswith(".py")]
print(len(read))
print("sqlalchemy.orm" in sys.modules)
window.close_stores()
"""

_LOAD_THE_APP_WITH_A_PRELOAD = """
import studyapp.cli
import sys
from studyapp import paths
from studyapp.content.preload import ContentPreload
preload = ContentPreload.start(paths.content_db_path())
from PySide6.QtWidgets import QApplication
from studyapp.ui.main_window import MainWindow
app = QApplication([])
window = MainWindow()
window.show()
app.processEvents()
window.load(preload)
app.processEvents()
print(window.summary())
print("sqlalchemy.orm" in sys.modules)
window.close_stores()
"""


def _run(script: str, home: Path) -> str:
    """Run `script` with the user's data in `home`: never the real home directory."""
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "STUDYAPP_HOME": str(home)},
    )
    return result.stdout


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """What the first script above printed, line by line."""
    return _run(_LOAD_THE_APP, tmp_path_factory.mktemp("studyapp-home")).split()


def test_loading_the_content_does_not_read_sqlalchemys_source(loaded: list[str]) -> None:
    assert loaded[0] == "0"


def test_loading_the_content_does_not_import_the_orm(loaded: list[str]) -> None:
    assert loaded[1] == "False"


@pytest.mark.skipif(sys.platform != "linux", reason="the preload forks on Linux only")
def test_with_a_preload_the_window_shows_the_content_without_the_orm(
    user_home: Path, small_content_db: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The timeline, the first view, reads its dates from the database when shown (issue
    # 14): SQLAlchemy's Core comes in with it, its ORM never does.
    monkeypatch.setenv(CONTENT_DB_ENV, str(small_content_db(agreements=5, clauses=3)))
    summary, orm_imported = _run(_LOAD_THE_APP_WITH_A_PRELOAD, user_home).splitlines()
    assert summary.startswith("5 agreements, 15 clauses")
    assert orm_imported == "False"
