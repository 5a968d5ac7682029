"""Progress export and import from the File menu and the command line: what was merged is
said; a foreign, damaged or newer file is one message and the data stays as it was."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from studyapp import paths
from studyapp.userdata import bookmarks
from studyapp.userdata.store import UserStore
from tests.conftest import ROOT
from tests.ui.helpers import started_window

KEY = "first-1907-secret-1"


def test_the_file_menu_exports_and_merges_progress(qtbot: QtBot, tmp_path: Path) -> None:
    window = started_window(qtbot)
    assert window.services is not None and window.data_safety is not None
    titles = [action.text() for action in window.all_actions()]
    for title in ("E&xport progress…", "&Import progress…", "&Restore from backup…"):
        assert title in titles
    service = window.services.bookmarks
    service.save(KEY, "exported note")
    file = tmp_path / "progress.json"
    assert window.data_safety.export_progress(file)
    service.remove(KEY)
    # A removal after the export is the later change: the merge keeps it removed.
    assert window.data_safety.import_progress(file)
    assert "nothing new" in window.message_bar.text()
    assert not service.is_bookmarked(KEY)
    window.close_stores()


def test_a_foreign_file_is_told_in_the_window_and_changes_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = started_window(qtbot)
    assert window.services is not None and window.data_safety is not None
    window.services.bookmarks.save(KEY, "mine")
    foreign = tmp_path / "photo.json"
    foreign.write_text('{"some": "other app"}', encoding="utf-8")
    assert not window.data_safety.import_progress(foreign)
    assert "Nothing was imported" in window.message_bar.text()
    assert [b.note for b in window.services.bookmarks.all()] == ["mine"]
    window.close_stores()


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "studyapp", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "STUDYAPP_HOME": str(home)},
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_progress_moves_between_two_data_folders_on_the_command_line(tmp_path: Path) -> None:
    laptop, desktop = tmp_path / "laptop", tmp_path / "desktop"
    store = UserStore.open(laptop / paths.USER_DB_NAME)
    bookmarks.save_bookmark(store, KEY, "from the laptop")
    store.close()
    file = tmp_path / "laptop.json"
    exported = _cli(laptop, "export-progress", str(file))
    assert exported.returncode == 0, exported.stderr
    merged = _cli(desktop, "import-progress", str(file))
    assert merged.returncode == 0, merged.stderr
    assert "1 bookmark added" in merged.stdout
    again = _cli(desktop, "import-progress", str(file))
    assert "nothing new" in again.stdout

    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"format": "studyapp-progress", "version": 2}), encoding="utf-8")
    refused = _cli(desktop, "import-progress", str(newer))
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "newer version" in refused.stderr
    for bad in ("/dev/null", str(tmp_path)):
        result = _cli(desktop, "export-progress", bad)
        assert result.returncode == 2 and "Traceback" not in result.stderr
