"""What the app imports on its way to showing the content: little, and past PySide6's hook.

Through the hook, every module imported from a module that uses PySide6 has its whole source
read into `linecache`: for SQLAlchemy, some 200,000 lines, tens of MiB and tens of ms. The
content is read with SQLAlchemy Core alone: the ORM would add some 70 ms before it is shown.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

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


_IMPORT_THE_WINDOW = """
import studyapp.cli
import linecache
import sys
import PySide6
if sys.argv[1] == "hook out":
    from studyapp.imports import take_out_pyside_hook
    take_out_pyside_hook()
import studyapp.ui.main_window
print(sum("/studyapp/ui/" in name for name in linecache.cache))
"""


@pytest.mark.parametrize("hook", ["hook out", "hook in"])
def test_the_windows_modules_leave_no_source_behind_once_the_hook_is_out(
    hook: str, tmp_path: Path
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_THE_WINDOW, hook],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "STUDYAPP_HOME": str(tmp_path)},
    )
    sources_read = int(result.stdout)
    # Through PySide6's hook every module of the window leaves its source behind; without it,
    # none does. The case with the hook in shows that the count can tell the two apart.
    assert (sources_read == 0) == (hook == "hook out")
