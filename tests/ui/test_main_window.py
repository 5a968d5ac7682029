"""The main window as a user meets it: painted first, then filled with the agreements."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from studyapp.ui.main_window import MainWindow
from studyapp.userdata import bookmarks


def test_the_window_paints_before_loading_then_shows_the_agreements(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    assert window.content is None  # nothing read from the database before the first paint
    with qtbot.waitSignal(window.content_painted, timeout=5000):
        window.load()
    text = window.overview.toPlainText()
    for title in ("First Russo-Japanese Agreement", "第四次日露協約", "Meiji 45", "明治45年"):
        assert title in text
    assert "4 agreements" in window.status_label.text()
    window.close_stores()


def test_a_damaged_user_file_is_reported_in_the_window(qtbot: QtBot, user_home: Path) -> None:
    user_home.mkdir()
    (user_home / "user.sqlite").write_bytes(b"\x00garbage" * 512)
    window = MainWindow()
    qtbot.addWidget(window)
    window.load()
    assert window.notice is not None
    assert "moved to" in window.status_label.text()
    assert window.user_store is not None
    bookmarks.save_bookmark(window.user_store, "first-1907-secret-1")
    window.close_stores()


def test_accessible_names_are_set(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.overview.accessibleName()


@pytest.fixture(autouse=True)
def _no_real_home(user_home: Path) -> None:
    assert "studyapp-home" in str(user_home)
