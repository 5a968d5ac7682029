"""The main window as a user meets it: painted first, then filled, views a keystroke apart."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp.paths import CONTENT_DB_ENV
from studyapp.ui.main_window import MainWindow
from studyapp.ui.views import VIEWS
from tests.ui.helpers import started_window


def test_the_window_paints_before_loading_then_shows_the_content(
    qtbot: QtBot, small_content_db: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CONTENT_DB_ENV, str(small_content_db(agreements=5, clauses=3)))
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    assert window.services is None  # nothing read from the database before the first paint
    with qtbot.waitSignal(window.content_painted, timeout=5000):
        window.load()
    # Counted once the view is on screen, on the next turn of the event loop.
    qtbot.waitUntil(
        lambda: "5 agreements, 15 clauses, 2 events, 2 terms" in window.status_label.text()
    )
    assert window.current_view_name() == "timeline"
    window.close_stores()


def test_each_view_is_one_keystroke_away(qtbot: QtBot) -> None:
    window = started_window(qtbot)
    for number, spec in enumerate(VIEWS, start=1):
        with qtbot.waitSignal(window.view_changed, timeout=2000) as changed:
            qtbot.keyClick(
                window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier
            )
        assert changed.args == [spec.name]
        assert window.stack.currentWidget() is window.views[spec.name]
    window.close_stores()


def test_the_last_view_is_restored_on_the_next_start(qtbot: QtBot) -> None:
    window = started_window(qtbot)
    window.show_view("glossary")
    window.close()
    window.close_stores()
    again = started_window(qtbot)
    assert again.current_view_name() == "glossary"
    again.close_stores()


def test_the_shortcuts_dialog_lists_every_view_switch(qtbot: QtBot) -> None:
    from studyapp.ui.dialogs import about_html, shortcuts_html

    window = started_window(qtbot)
    listed = shortcuts_html(window)
    for number in range(1, len(VIEWS) + 1):
        assert f"Ctrl+{number}" in listed
    assert "Ctrl+F" in listed
    assert "Price" in about_html(window)
    window.close_stores()


def test_a_damaged_user_file_is_reported_in_the_window(qtbot: QtBot, user_home: Path) -> None:
    user_home.mkdir()
    (user_home / "user.sqlite").write_bytes(b"\x00garbage" * 512)
    window = started_window(qtbot)
    assert window.notice is not None
    assert "moved to" in window.status_label.text()
    assert window.services is not None
    window.services.bookmarks.save("first-1907-secret-1")
    assert window.services.bookmarks.is_bookmarked("first-1907-secret-1")
    window.close_stores()


def test_every_control_of_the_frame_has_an_accessible_name(qtbot: QtBot) -> None:
    window = started_window(qtbot)
    window.search()
    for widget in (window.tabs, window.stack, window.search_dock):
        assert widget.accessibleName()
    window.close_stores()


def test_undo_and_redo_say_what_they_did_in_the_status_line(qtbot: QtBot) -> None:
    window = started_window(qtbot, active=True)
    view = window.show_view("agreements")
    view.show_clause("first-1907-secret-1")  # type: ignore[attr-defined]
    view.bookmark_action.trigger()  # type: ignore[attr-defined]
    assert "Bookmarked" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    said = window.statusBar().currentMessage()
    assert said.startswith("Undone: add bookmark") and "Article I" in said
    assert "Ctrl+Z undoes" not in said
    redo = next(a for a in window.all_actions() if a.text().startswith("&Redo"))
    redo.trigger()
    assert window.statusBar().currentMessage().startswith("Redone: add bookmark")
    window.close_stores()


def test_the_shortcuts_list_is_grouped_by_view(qtbot: QtBot) -> None:
    from studyapp.ui.dialogs import shortcut_groups

    window = started_window(qtbot)
    groups = dict(shortcut_groups(window))
    assert list(groups) == [
        "Whole window",
        *(spec.title.replace("&", "") for spec in VIEWS),
        "Inside lists, fields and charts",
    ]
    assert ("Find", "Ctrl+F, /") in groups["Whole window"]
    assert any(keys == "Ctrl+D" for _, keys in groups["Agreements"])
    assert any(keys.startswith("Ctrl+G") for _, keys in groups["Timeline"])
    # A key used by two views is listed under each, with its own meaning.
    timeline_keys = {keys for _, keys in groups["Timeline"]}
    assert not timeline_keys & {keys for _, keys in groups["Whole window"]}
    # Building every view for the list leaves only the current view's menu in the bar.
    shown = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert shown == ["&File", "&Edit", "&View", "&Timeline", "&Help"]
    window.close_stores()
