"""Bookmarks and notes from the Agreements view: Ctrl+D, the star, notes, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from studyapp.ui.agreements.models import BOOKMARKED_ROLE
from studyapp.ui.services import Services
from tests.ui.helpers import click_row, hrefs, open_view, plain

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_ctrl_d_bookmarks_the_current_clause_and_undo_takes_it_back(
    qtbot: QtBot, services: Services
) -> None:
    view = open_view(qtbot, services)
    click_row(qtbot, view.clause_tree, 1, parent_row=1)  # the second secret article
    key = "first-1907-secret-2"
    assert view.current_clause_key() == key
    assert view.reading.star_button.text() == "☆ Bookmark"

    QTest.keyClick(view.clause_tree, Qt.Key.Key_D, CTRL)

    assert services.bookmarks.is_bookmarked(key)
    assert view.reading.star_button.text() == "★ Bookmarked"
    assert view.clause_tree.currentIndex().data(BOOKMARKED_ROLE) is True
    assert view.clause_tree.currentIndex().data().startswith("★ ")
    assert "★ Bookmarked" in plain(view.reading.browser)

    services.bookmarks.undo_stack.undo()

    assert not services.bookmarks.is_bookmarked(key)
    assert view.reading.star_button.text() == "☆ Bookmark"
    assert not view.clause_tree.currentIndex().data().startswith("★")
    assert "★ Bookmarked" not in plain(view.reading.browser)


def test_ctrl_d_again_removes_the_bookmark(qtbot: QtBot, services: Services) -> None:
    view = open_view(qtbot, services)
    view.show_clause("second-1910-public-1")
    view.reading.browser.setFocus()
    QTest.keyClick(view.reading.browser, Qt.Key.Key_D, CTRL)
    assert services.bookmarks.is_bookmarked("second-1910-public-1")
    QTest.keyClick(view.reading.browser, Qt.Key.Key_D, CTRL)
    assert not services.bookmarks.is_bookmarked("second-1910-public-1")


def test_without_a_current_clause_the_clause_commands_are_off(
    qtbot: QtBot, services: Services
) -> None:
    view = open_view(qtbot, services)
    assert view.current_clause_key() is None
    assert not view.reading.star_button.isEnabled()
    assert not view.bookmark_action.isEnabled()
    assert not view.note_action.isEnabled()
    assert "Choose a clause" in view.reading.current_label.text()
    view.agreement_list.setFocus()
    QTest.keyClick(view.agreement_list, Qt.Key.Key_D, CTRL)
    assert services.bookmarks.all() == []
    view.show_clause("first-1907-secret-1")
    assert view.bookmark_action.isEnabled()


def test_in_compare_by_topic_ctrl_d_acts_on_the_clause_clicked_there(
    qtbot: QtBot, services: Services
) -> None:
    view = open_view(qtbot, services)
    view.show_clause("first-1907-secret-1")  # current in the Agreement tab, now hidden
    view.show_topic("inner-mongolia")
    assert view.current_clause_key() is None
    assert not view.bookmark_action.isEnabled()
    view.compare.browser.setFocus()
    QTest.keyClick(view.compare.browser, Qt.Key.Key_D, CTRL)
    assert services.bookmarks.all() == []  # not the clause of the hidden tab
    with qtbot.waitSignal(view.compare.clause_clicked) as clicked:
        view.compare.clause_clicked.emit("third-1912-secret-2")
    assert clicked.args == ["third-1912-secret-2"]
    assert view.bookmark_action.isEnabled()
    QTest.keyClick(view.compare.browser, Qt.Key.Key_D, CTRL)
    assert services.bookmarks.is_bookmarked("third-1912-secret-2")
    assert not services.bookmarks.is_bookmarked("first-1907-secret-1")
    view.modes.setCurrentIndex(0)  # back in the Agreement tab, its own clause again
    assert view.current_clause_key() == "first-1907-secret-1"


def test_the_star_button_and_the_star_link_bookmark_too(qtbot: QtBot, services: Services) -> None:
    view = open_view(qtbot, services)
    view.show_clause("first-1907-public-1")
    QTest.mouseClick(view.reading.star_button, Qt.MouseButton.LeftButton)
    assert services.bookmarks.is_bookmarked("first-1907-public-1")
    # The star link of another card bookmarks that clause and makes it current.
    view.reading.browser.follow("studyapp://bookmark/first-1907-public-2")
    assert services.bookmarks.is_bookmarked("first-1907-public-2")
    assert view.current_clause_key() == "first-1907-public-2"
    stars = hrefs(view.reading.browser.document(), "studyapp://bookmark/")
    assert len(stars) == len(services.index.agreements["first-1907"].clauses)


def test_a_bookmark_made_elsewhere_fills_the_star(qtbot: QtBot, services: Services) -> None:
    view = open_view(qtbot, services)
    view.show_clause("first-1907-secret-3")
    services.bookmarks.save("first-1907-secret-3", "from the Bookmarks view")
    assert view.reading.star_button.text() == "★ Bookmarked"
    assert "Your note: from the Bookmarks view" in plain(view.reading.browser)


def test_edit_note_saves_a_note_and_undo_removes_it(qtbot: QtBot, services: Services) -> None:
    view = open_view(qtbot, services)
    view.show_clause("first-1907-secret-additional")
    QTest.keyClick(view.reading.browser, Qt.Key.Key_D, CTRL_SHIFT)
    dialog = view.note_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    QTest.keyClicks(dialog.editor, "Compare with the 1912 line")
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    QTest.mouseClick(save, Qt.MouseButton.LeftButton)

    bookmark = services.bookmarks.get("first-1907-secret-additional")
    assert bookmark is not None and bookmark.note == "Compare with the 1912 line"
    assert "Your note: Compare with the 1912 line" in plain(view.reading.browser)

    services.bookmarks.undo_stack.undo()
    assert services.bookmarks.get("first-1907-secret-additional") is None


def test_editing_a_note_keeps_the_old_text_and_cancel_changes_nothing(
    qtbot: QtBot, services: Services
) -> None:
    services.bookmarks.save("first-1907-secret-1", "first thoughts")
    view = open_view(qtbot, services)
    view.show_clause("first-1907-secret-1")
    view.edit_note()
    dialog = view.note_dialog
    assert dialog is not None
    assert dialog.editor.toPlainText() == "first thoughts"
    QTest.keyClicks(dialog.editor, " and more")
    QTest.keyClick(dialog.editor, Qt.Key.Key_Escape)
    bookmark = services.bookmarks.get("first-1907-secret-1")
    assert bookmark is not None and bookmark.note == "first thoughts"
