"""What the app imports on its way to showing the content: little, and past PySide6's hook.

Through the hook, every module imported from a module that uses PySide6 has its whole source
read into `linecache`: for SQLAlchemy, some 200,000 lines, tens of MiB and tens of ms. And the
content is read with SQLAlchemy Core alone: the ORM would add some 70 ms before it is shown.
"""

from __future__ import annotations

import os
import subprocess
import sys

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


@pytest.fixture(scope="module")
def loaded() -> list[str]:
    """What the script above printed, line by line."""
    result = subprocess.run(
        [sys.executable, "-c", _LOAD_THE_APP],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return result.stdout.split()


def test_loading_the_content_does_not_read_sqlalchemys_source(loaded: list[str]) -> None:
    assert loaded[0] == "0"


def test_loading_the_content_does_not_import_the_orm(loaded: list[str]) -> None:
    assert loaded[1] == "False"
