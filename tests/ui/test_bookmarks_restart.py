"""A bookmark made in one run of the app is in the Bookmarks view of the next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from studyapp.ui.bookmarks.view import BookmarksView
from studyapp.ui.shared.roles import KEY_ROLE
from tests.ui.helpers import started_window

MERIDIAN = "third-1912-secret-2"


def _listed(view: BookmarksView) -> dict[str, str]:
    """Clause key -> the note column, for every bookmark row in the view."""
    model = view.model
    listed = {}
    for group_row in range(model.rowCount()):
        group = model.index(group_row, 0)
        for row in range(model.rowCount(group)):
            index = model.index(row, 0, group)
            listed[str(index.data(KEY_ROLE))] = str(index.siblingAtColumn(2).data())
    return listed


def test_a_bookmark_made_in_one_window_is_listed_in_the_next(qtbot: QtBot) -> None:
    first = started_window(qtbot)
    assert first.services is not None
    first.services.bookmarks.save(MERIDIAN, "the meridian of Peking")
    first.close()
    first.close_stores()

    second = started_window(qtbot)
    view = second.show_view("bookmarks")
    assert isinstance(view, BookmarksView)
    assert _listed(view) == {MERIDIAN: "the meridian of Peking"}
    second.close_stores()


def test_undo_in_the_window_brings_back_a_removed_bookmark(qtbot: QtBot) -> None:
    window = started_window(qtbot)
    assert window.services is not None
    window.services.bookmarks.save(MERIDIAN, "keep me")
    view = window.show_view("bookmarks")
    assert isinstance(view, BookmarksView)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.tree.setFocus()
    qtbot.waitUntil(view.tree.hasFocus)
    assert view.select_key(MERIDIAN)
    QTest.keyClick(view.tree, Qt.Key.Key_Delete)
    assert _listed(view) == {}
    QTest.keyClick(view.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit → Undo
    assert _listed(view) == {MERIDIAN: "keep me"}
    window.close_stores()


def test_the_view_shortcuts_work_in_the_window_beside_the_other_views(qtbot: QtBot) -> None:
    window = started_window(qtbot)
    assert window.services is not None
    window.services.bookmarks.save(MERIDIAN, "note")
    for name in ("agreements", "glossary"):  # views that use Ctrl+L or Ctrl+Shift+D too
        window.show_view(name)
    view = window.show_view("bookmarks")
    assert isinstance(view, BookmarksView)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.tree.setFocus()
    qtbot.waitUntil(view.tree.hasFocus)
    QTest.keyClick(view.tree, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.filter_edit.hasFocus)
    view.tree.setFocus()
    qtbot.waitUntil(view.tree.hasFocus)
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(view.tree, Qt.Key.Key_D, keys)
    qtbot.waitUntil(view.detail.note_edit.hasFocus)
    window.close_stores()


def test_a_note_being_written_is_kept_on_switching_view_and_on_closing(qtbot: QtBot) -> None:
    window = started_window(qtbot)
    assert window.services is not None
    services = window.services
    services.bookmarks.save(MERIDIAN, "")
    view = window.show_view("bookmarks")
    assert isinstance(view, BookmarksView)
    assert view.select_key(MERIDIAN)
    view.detail.note_edit.setPlainText("written, then switched away")
    window.show_view("timeline")
    bookmark = services.bookmarks.get(MERIDIAN)
    assert bookmark is not None and bookmark.note == "written, then switched away"

    window.show_view("bookmarks")
    view.detail.note_edit.setPlainText("written, then closed")
    window.close()
    window.close_stores()
    again = started_window(qtbot)
    view = again.show_view("bookmarks")
    assert isinstance(view, BookmarksView)
    assert _listed(view) == {MERIDIAN: "written, then closed"}
    again.close_stores()
