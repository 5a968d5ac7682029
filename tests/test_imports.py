"""What the app imports after its first paint skips PySide6's import hook.

Through the hook, every module imported from a module that uses PySide6 has its whole source
read into `linecache`: for SQLAlchemy, some 200,000 lines, tens of MiB and tens of ms.
"""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT

_LOAD_THE_APP = """
import studyapp.cli  # the app's entry point: it keeps Python's own import first
import linecache
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
window.close_stores()
"""


def test_loading_the_content_does_not_read_sqlalchemys_source() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _LOAD_THE_APP],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.split() == ["0"]
