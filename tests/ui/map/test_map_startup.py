"""Start-up does not pay for the map: its modules load when the Map view is first opened."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

_START_THEN_OPEN_THE_MAP = """
import studyapp.cli
import sys
from PySide6.QtWidgets import QApplication
from studyapp.ui.main_window import MainWindow
app = QApplication([])
window = MainWindow()
window.show()
app.processEvents()
window.load()
app.processEvents()
print(sorted(n for n in sys.modules if n.startswith(("studyapp.ui.map", "studyapp.geo"))))
window.show_view("map")
print("studyapp.ui.map.canvas" in sys.modules)
window.close_stores()
"""


def test_the_map_loads_only_when_it_is_first_opened(user_home: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _START_THEN_OPEN_THE_MAP],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "STUDYAPP_HOME": str(user_home)},
        timeout=120,
    )
    at_start, after_opening = result.stdout.split("\n")[:2]
    assert at_start == "[]"
    assert after_opening == "True"
