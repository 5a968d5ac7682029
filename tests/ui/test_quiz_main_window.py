"""The quiz inside the real main window: Ctrl+5 opens it, and its Ctrl+Z undoes an answer,
never a bookmark change (the window's Edit → Undo has the same key)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studyapp.ui.quiz.view import ANSWERED, QUESTION, START, QuizView
from studyapp.ui.stats.view import StatsView
from studyapp.userdata import reviews
from tests.ui.helpers import started_window


def _key(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)


def test_ctrl_z_in_the_quiz_undoes_the_answer_not_a_bookmark(qtbot: QtBot) -> None:
    window = started_window(qtbot, active=True)
    services = window.services
    assert services is not None
    services.bookmarks.save("first-1907-secret-1")  # something Edit → Undo could undo
    assert services.bookmarks.undo_stack.canUndo()

    with qtbot.waitSignal(window.view_changed, timeout=2000):
        qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    view = window.stack.currentWidget()
    assert isinstance(view, QuizView) and view.phase == START
    view.start_page.set_mode("flip")
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.phase == QUESTION
    first = view.card
    assert first is not None
    _key(qtbot, Qt.Key.Key_Space)
    assert view.phase == ANSWERED
    _key(qtbot, Qt.Key.Key_3)
    store = services.bookmarks.store
    assert [e.card_key for e in reviews.review_log(store)] == [first.key]

    _key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert reviews.review_log(store) == []
    assert view.card == first and view.phase == QUESTION
    assert services.bookmarks.is_bookmarked("first-1907-secret-1")
    assert services.bookmarks.undo_stack.canUndo()
    # The quiz's actions are in its own menu, listed with their keys.
    listed = [action.text() for action in window.all_actions()]
    assert "&Undo answer" in listed and "&End session" in listed
    window.close_stores()


def test_the_stats_view_is_current_after_a_quiz_session(qtbot: QtBot) -> None:
    window = started_window(qtbot, active=True)
    stats = window.show_view("stats")
    assert isinstance(stats, StatsView)
    assert stats.stack.currentWidget() is stats.empty_label
    quiz = window.show_view("quiz")
    assert isinstance(quiz, QuizView)
    quiz.start_page.set_mode("flip")
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    for _ in range(3):
        _key(qtbot, Qt.Key.Key_Space)
        _key(qtbot, Qt.Key.Key_3)
    _key(qtbot, Qt.Key.Key_Escape)
    with qtbot.waitSignal(window.view_changed, timeout=2000):
        qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert stats.stack.currentWidget() is not stats.empty_label
    assert stats.stats is not None
    assert stats.stats.reviews_per_day[-1] == 3
    window.close_stores()
