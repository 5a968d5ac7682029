"""The Bookmarks view driven as a user would: grouped, filtered, edited, removed and undone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from studyapp import paths
from studyapp.errors import UserDataError
from studyapp.ui.bookmarks.view import NO_BOOKMARKS, BookmarksView
from studyapp.ui.services import Services
from studyapp.ui.shared.roles import KEY_ROLE
from studyapp.userdata.bookmarks import get_bookmark
from studyapp.userdata.export import ORPHAN_GROUP_TITLE
from studyapp.userdata.store import UserStore

MERIDIAN = "third-1912-secret-2"
KOREA = "first-1907-secret-2"
OPEN_DOOR = "first-1907-public-2"


@pytest.fixture
def view(qtbot: QtBot, services: Services) -> BookmarksView:
    widget = BookmarksView(services)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def _tree(view: BookmarksView) -> list[tuple[str, list[str]]]:
    """What the tree shows: each group's title and the clause keys under it."""
    model = view.model
    shown = []
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        keys = [model.index(r, 0, group).data(KEY_ROLE) for r in range(model.rowCount(group))]
        shown.append((str(group.data()), keys))
    return shown


def _keys(view: BookmarksView) -> list[str]:
    return [key for _title, keys in _tree(view) for key in keys]


def _select(qtbot: QtBot, view: BookmarksView, key: str) -> None:
    view.tree.setFocus()
    qtbot.waitUntil(view.tree.hasFocus)
    assert view.select_key(key)
    assert view.selected_key() == key


def test_with_no_bookmarks_the_view_says_how_to_make_one(view: BookmarksView) -> None:
    assert view.count_label.text() == NO_BOOKMARKS
    assert view.model.rowCount() == 0
    assert not view.remove_button.isEnabled()
    assert not view.export_button.isEnabled()


def test_bookmarks_appear_grouped_under_their_agreements(
    view: BookmarksView, services: Services
) -> None:
    services.bookmarks.save(MERIDIAN, "the 1912 line")
    services.bookmarks.save(KOREA)
    services.bookmarks.save(OPEN_DOOR)
    tree = _tree(view)
    assert [keys for _title, keys in tree] == [[OPEN_DOOR, KOREA], [MERIDIAN]]
    assert tree[0][0].startswith("First Russo-Japanese Agreement 第一次日露協約 (1907)")
    assert tree[1][0].startswith("Third Russo-Japanese Agreement")
    assert view.count_label.text() == "3 bookmarks"
    meridian = view.model.index_of_key(MERIDIAN)
    row = [meridian.siblingAtColumn(column).data() for column in range(3)]
    clause = services.index.clauses[MERIDIAN]
    assert row == [f"Article II: {clause.title}", "Secret", "the 1912 line"]
    assert view.model.index_of_key(OPEN_DOOR).siblingAtColumn(1).data() == "Public"


def test_the_filter_matches_notes_ignoring_case_and_macrons(
    qtbot: QtBot, view: BookmarksView, services: Services
) -> None:
    services.bookmarks.save(MERIDIAN, "Ask about the Taishō government")
    services.bookmarks.save(KOREA, "protectorate, 1905")
    services.bookmarks.save(OPEN_DOOR)
    QTest.keyClicks(view.filter_edit, "TAISHO")
    assert _keys(view) == [MERIDIAN]
    assert view.count_label.text() == "1 of 3 bookmarks"
    view.filter_edit.clear()
    QTest.keyClicks(view.filter_edit, "open door")  # the title of first-1907-public-2
    assert _keys(view) == [OPEN_DOOR]
    view.filter_edit.clear()
    QTest.keyClicks(view.filter_edit, "nothing like this")
    assert _keys(view) == []
    assert view.count_label.text() == "No bookmarks match “nothing like this” (3 in all)"
    QTest.keyClick(view.filter_edit, Qt.Key.Key_Escape)
    assert len(_keys(view)) == 3


def test_delete_removes_and_undo_brings_the_row_back_with_its_note(
    qtbot: QtBot, view: BookmarksView, services: Services
) -> None:
    services.bookmarks.save(KOREA, "first line\nsecond line")
    services.bookmarks.save(MERIDIAN)
    _select(qtbot, view, KOREA)
    QTest.keyClick(view.tree, Qt.Key.Key_Delete)
    assert _keys(view) == [MERIDIAN]
    assert not services.bookmarks.is_bookmarked(KOREA)
    assert view.selected_key() == MERIDIAN  # the next bookmark is selected
    services.bookmarks.undo_stack.undo()
    assert _keys(view) == [KOREA, MERIDIAN]
    index = view.model.index_of_key(KOREA)
    assert index.siblingAtColumn(2).data() == "first line"
    bookmark = services.bookmarks.get(KOREA)
    assert bookmark is not None and bookmark.note == "first line\nsecond line"


def test_the_remove_button_removes_the_selected_bookmark(
    qtbot: QtBot, view: BookmarksView, services: Services
) -> None:
    services.bookmarks.save(KOREA)
    _select(qtbot, view, KOREA)
    QTest.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert _keys(view) == []
    assert view.count_label.text() == NO_BOOKMARKS


def test_enter_on_a_bookmark_opens_its_clause(
    qtbot: QtBot, view: BookmarksView, services: Services
) -> None:
    services.bookmarks.save(KOREA)
    services.bookmarks.save(MERIDIAN)
    _select(qtbot, view, MERIDIAN)
    with qtbot.waitSignal(services.navigator.open_requested, timeout=1000) as opened:
        QTest.keyClick(view.tree, Qt.Key.Key_Return)
    assert opened.args == ["clause", MERIDIAN]


def test_a_double_click_opens_the_clause(
    qtbot: QtBot, view: BookmarksView, services: Services
) -> None:
    services.bookmarks.save(KOREA)
    rect = view.tree.visualRect(view.model.index_of_key(KOREA))
    with qtbot.waitSignal(services.navigator.open_requested, timeout=1000) as opened:
        # A real double-click is a click, then a second press Qt reports as a double-click.
        QTest.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["clause", KOREA]


def test_the_detail_shows_the_summary_and_the_whole_note(
    qtbot: QtBot, view: BookmarksView, services: Services
) -> None:
    services.bookmarks.save(MERIDIAN, "line one\nline two")
    _select(qtbot, view, MERIDIAN)
    clause = services.index.clauses[MERIDIAN]
    assert view.detail.summary.text() == clause.summary
    assert clause.title in view.detail.heading.text()
    assert view.detail.facts.text().startswith("Secret · Third Russo-Japanese Agreement (1912)")
    assert view.detail.note_edit.toPlainText() == "line one\nline two"


def test_an_edited_note_is_saved_and_is_there_after_reopening_the_store(
    qtbot: QtBot, view: BookmarksView, services: Services
) -> None:
    services.bookmarks.save(MERIDIAN, "old")
    _select(qtbot, view, MERIDIAN)
    assert not view.detail.save_button.isEnabled()
    QTest.keyClick(view.tree, Qt.Key.Key_F2)  # Edit note
    qtbot.waitUntil(view.detail.note_edit.hasFocus)
    QTest.keyClicks(view.detail.note_edit, " and new")
    assert view.detail.save_button.isEnabled()
    QTest.mouseClick(view.detail.save_button, Qt.MouseButton.LeftButton)
    assert not view.detail.save_button.isEnabled()
    assert view.model.index_of_key(MERIDIAN).siblingAtColumn(2).data() == "old and new"
    again = UserStore.open(paths.user_db_path())
    try:
        stored = get_bookmark(again, MERIDIAN)
    finally:
        again.close()
    assert stored is not None and stored.note == "old and new"
    services.bookmarks.undo_stack.undo()  # the edit is undoable like any other change
    assert view.detail.note_edit.toPlainText() == "old"


def test_ctrl_s_saves_the_note(qtbot: QtBot, view: BookmarksView, services: Services) -> None:
    services.bookmarks.save(KOREA)
    _select(qtbot, view, KOREA)
    view.detail.focus_note()
    qtbot.waitUntil(view.detail.note_edit.hasFocus)
    QTest.keyClicks(view.detail.note_edit, "Korea 1910")
    QTest.keyClick(view.detail.note_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    bookmark = services.bookmarks.get(KOREA)
    assert bookmark is not None and bookmark.note == "Korea 1910"


def test_a_note_being_written_is_kept_when_another_bookmark_is_chosen(
    qtbot: QtBot, view: BookmarksView, services: Services
) -> None:
    services.bookmarks.save(KOREA)
    services.bookmarks.save(MERIDIAN)
    _select(qtbot, view, KOREA)
    view.detail.note_edit.setPlainText("unsaved thought")
    view.select_key(MERIDIAN)

    def saved() -> bool:
        bookmark = services.bookmarks.get(KOREA)
        return bookmark is not None and bookmark.note == "unsaved thought"

    qtbot.waitUntil(saved)
    assert view.selected_key() == MERIDIAN
    assert view.detail.note_edit.toPlainText() == ""


def test_a_bookmark_missing_from_the_content_is_listed_and_never_opened(
    qtbot: QtBot, view: BookmarksView, services: Services
) -> None:
    services.bookmarks.save("fifth-1917-secret-9", "from an older version")
    services.bookmarks.save(KOREA)
    tree = _tree(view)
    assert tree[-1][0].startswith(ORPHAN_GROUP_TITLE)
    assert tree[-1][1] == ["fifth-1917-secret-9"]
    _select(qtbot, view, "fifth-1917-secret-9")
    assert view.detail.note_edit.toPlainText() == "from an older version"
    assert "not in" in view.detail.facts.text().lower()
    assert not view.detail.open_button.isEnabled()
    with qtbot.assertNotEmitted(services.navigator.open_requested):
        QTest.keyClick(view.tree, Qt.Key.Key_Return)


def test_the_export_writes_every_bookmark_and_note(
    qtbot: QtBot, view: BookmarksView, services: Services, tmp_path: Path
) -> None:
    services.bookmarks.save(MERIDIAN, "my note on Peking")
    services.bookmarks.save("gone-key", "kept note")
    target = tmp_path / "out" / "my-bookmarks"
    target.parent.mkdir()
    with qtbot.waitSignal(services.navigator.message_posted) as posted:
        assert view.export_to(target)
    written = target.with_suffix(".md")
    assert str(written) in posted.args[0]
    text = written.read_text(encoding="utf-8")
    assert "## Third Russo-Japanese Agreement (第三次日露協約)" in text
    assert "my note on Peking" in text
    assert "`gone-key`" in text and "kept note" in text


def test_an_export_to_an_unwritable_place_shows_the_error_in_a_dialog(
    qtbot: QtBot, view: BookmarksView, services: Services, tmp_path: Path
) -> None:
    services.bookmarks.save(MERIDIAN)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert not view.export_to(blocker / "bookmarks.md")
    box = view.error_box
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert str(blocker / "bookmarks.md") in box.text()
    assert "Not a directory" in box.text()
    assert "Traceback" not in box.text()
    box.close()


def test_the_menu_export_writes_in_a_worker_and_tells_the_outcome(
    qtbot: QtBot, view: BookmarksView, services: Services, tmp_path: Path
) -> None:
    services.bookmarks.save(MERIDIAN, "my note on Peking")
    target = tmp_path / "exported"
    with qtbot.waitSignal(services.navigator.message_posted, timeout=10_000) as posted:
        operation = view.start_export(target)
        assert operation.running or operation.finished  # started, the window not held
    assert str(target.with_suffix(".md")) in posted.args[0]
    assert "my note on Peking" in target.with_suffix(".md").read_text(encoding="utf-8")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    view.start_export(blocker / "bookmarks.md")
    qtbot.waitUntil(lambda: view.error_box is not None and view.error_box.isVisible())
    assert view.error_box is not None
    assert "Not a directory" in view.error_box.text()
    view.error_box.close()


def test_the_view_actions_have_their_shortcuts(view: BookmarksView) -> None:
    shortcuts = {
        action.text().replace("&", ""): [key.toString() for key in action.shortcuts()]
        for action in view.view_actions()
    }
    assert shortcuts["Export as Markdown…"] == ["Ctrl+Shift+E"]
    assert shortcuts["Remove bookmark"] == ["Del"]
    assert shortcuts["Edit note"] == ["F2", "Ctrl+Shift+D"]
    assert shortcuts["Filter bookmarks"] == ["Ctrl+L"]


def test_ctrl_l_focuses_the_filter(qtbot: QtBot, view: BookmarksView) -> None:
    view.tree.setFocus()
    qtbot.waitUntil(view.tree.hasFocus)
    QTest.keyClick(view.tree, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.filter_edit.hasFocus)


def test_every_control_has_an_accessible_name(view: BookmarksView) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit, QPlainTextEdit

    kinds: list[type[QWidget]] = [QAbstractButton, QLineEdit, QPlainTextEdit, QAbstractItemView]
    controls = [control for kind in kinds for control in view.findChildren(kind)]
    assert controls
    assert [c for c in controls if not c.accessibleName()] == []


def test_the_bookmarks_model_passes_the_model_tester(
    view: BookmarksView, services: Services, qtmodeltester: ModelTester
) -> None:
    services.bookmarks.save(MERIDIAN, "x")
    services.bookmarks.save(KOREA)
    services.bookmarks.save("gone-key")
    _check_model(qtmodeltester, view.model)
    assert view.model.entry(QModelIndex()) is None


def _check_model(tester: ModelTester, model: QAbstractItemModel) -> None:
    check: Callable[[QAbstractItemModel], None] = tester.check  # pytest-qt is not typed
    check(model)


def test_a_store_that_cannot_be_written_is_reported_not_raised(
    qtbot: QtBot, view: BookmarksView, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.bookmarks.save(KOREA)

    def busy(*_args: object) -> None:
        raise UserDataError("Your study data is busy in another program; try again in a moment.")

    monkeypatch.setattr("studyapp.userdata.bookmarks.remove_bookmark", busy)
    _select(qtbot, view, KOREA)
    with qtbot.waitSignal(services.bookmarks.failed) as failed:
        QTest.keyClick(view.tree, Qt.Key.Key_Delete)
    assert "busy in another program" in str(failed.args[0])
    assert _keys(view) == [KOREA]
    assert services.bookmarks.undo_stack.count() == 1  # the add only: no refused removal
