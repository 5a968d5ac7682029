"""What a screen reader gets from the app, read offscreen through Qt's accessibility API.

Names, roles and states as `QAccessible.queryAccessibleInterface` gives them to AT-SPI; the
painted widgets' children; where the focus lands; what is announced, and when.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from studyapp.ui.main_window import MainWindow
from studyapp.ui.quiz.start_page import CHOICE, FLIP, TYPED
from studyapp.ui.quiz.view import QuizView
from studyapp.ui.services import ItemKind
from studyapp.ui.shared import announce, focus_ring
from studyapp.ui.views import VIEWS
from tests.ui.helpers import started_window

Heard = list[tuple[str, bool, str]]  # text, assertive, the focused widget's name then


def _iface(widget: QWidget) -> QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the focus"
    return widget


def _name(widget: QWidget) -> str:
    return _iface(widget).text(QAccessible.Text.Name)


def _plain(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.PlainText:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


@pytest.fixture
def heard() -> Iterator[Heard]:
    """Every announcement made during the test, with what had the focus at that moment."""
    said: Heard = []

    def listen(_widget: QWidget, text: str, assertive: bool) -> None:
        focused = QApplication.focusWidget()
        said.append((text, assertive, _name(focused) if focused is not None else ""))

    announce.listeners.append(listen)
    yield said
    announce.listeners.remove(listen)


def _visible_labels(root: QWidget) -> list[QLabel]:
    return [
        label
        for label in root.findChildren(QLabel)
        if label.isVisible() and _plain(label).strip() and label.objectName() != "focus-ring"
    ]


def _words(text: str) -> str:
    return " ".join(text.replace("&", "").split())


def test_every_label_shown_in_every_view_exposes_its_own_text(qtbot: QtBot) -> None:
    window = started_window(qtbot, active=True)
    quiz = window.show_view("quiz")
    assert isinstance(quiz, QuizView)
    quiz.start_page.set_mode(FLIP)
    quiz.start()
    quiz.show_answer()
    quiz.rate(3)  # one review, so Stats shows its charts and sentences
    for spec in VIEWS:
        view = window.show_view(spec.name)
        qtbot.wait(20)
        labels = _visible_labels(view)
        assert labels or spec.name == "timeline", spec.name
        if spec.name == "stats":
            assert sum("review" in _name(label) for label in labels) >= 2  # headline, words
        for label in labels:
            shown, name = _words(_plain(label)), _words(_name(label))
            assert shown in name, f"{spec.name}: a label shows {shown!r} but says {name!r}"


def test_the_quiz_answer_and_verdict_are_said_before_the_focus_moves(
    qtbot: QtBot, heard: Heard
) -> None:
    window = started_window(qtbot, active=True)
    quiz = window.show_view("quiz")
    assert isinstance(quiz, QuizView)
    quiz.start_page.set_mode(FLIP)
    quiz.start_page.set_cram(True)
    quiz.start()
    card = quiz.card
    assert card is not None
    question = heard[-1]
    assert card.prompt in question[0] and question[1]  # said, assertively
    heard.clear()
    QTest.keyClick(_focused(), Qt.Key.Key_Space)
    assert heard, "nothing was announced when the answer appeared"
    text, assertive, focused_then = heard[0]
    assert card.answer in text and assertive
    assert "Good" not in focused_then  # said before the rating button had the focus
    page = quiz.card_page
    assert card.answer in _name(page.answer_label)
    focused = QApplication.focusWidget()
    assert focused in page.rating_buttons
    assert card.answer in _iface(focused).text(QAccessible.Text.Description)


@pytest.mark.parametrize("mode", [CHOICE, TYPED])
def test_a_verdict_is_said_and_exposed(qtbot: QtBot, heard: Heard, mode: str) -> None:
    window = started_window(qtbot, active=True)
    quiz = window.show_view("quiz")
    assert isinstance(quiz, QuizView)
    quiz.start_page.set_mode(mode)
    quiz.start_page.set_cram(True)
    quiz.start()
    card = quiz.card
    assert card is not None
    heard.clear()
    if quiz.card_mode == CHOICE:
        wrong = next(n for n in range(len(quiz.options)) if n != quiz.right_index)
        quiz.choose(wrong)
    else:
        # A wrong answer of the asked form: one that is no date at all is not graded.
        from studyapp.study.dates import read_date

        quiz.check_typed("1 January 1850" if read_date(card.answer) else "no such answer")
    page = quiz.card_page
    verdict = _name(page.verdict_label)
    assert "Wrong" in verdict and "Rated" in verdict
    assert any("Wrong" in text and card.answer in text and loud for text, loud, _ in heard)
    assert QApplication.focusWidget() is page.show_button
    assert "Wrong" in _iface(page.show_button).text(QAccessible.Text.Description)


def test_the_heatmap_and_due_chart_expose_their_values_and_step_by_keys(
    qtbot: QtBot, heard: Heard
) -> None:
    from studyapp.ui.stats.bars import DayColumns
    from studyapp.ui.stats.heatmap import CalendarHeatmap

    window = started_window(qtbot, active=True)
    assert window.services is not None
    import datetime as dt

    heatmap = CalendarHeatmap()
    qtbot.addWidget(heatmap)
    first = dt.date(2026, 6, 1)  # a Monday
    heatmap.set_counts(first, [0, 3, 1, 0, 7])
    heatmap.resize(400, 160)
    heatmap.show()
    qtbot.waitExposed(heatmap)
    interface = _iface(heatmap)
    assert interface.role() == QAccessible.Role.List
    assert interface.childCount() == 5
    names = [interface.child(n).text(QAccessible.Text.Name) for n in range(5)]
    assert names[1] == "3 reviews on Tuesday 2 June 2026"
    assert names[2] == "1 review on Wednesday 3 June 2026"
    heatmap.setFocus()
    qtbot.waitUntil(heatmap.hasFocus)
    assert interface.focusChild().text(QAccessible.Text.Name) == names[4]  # today
    assert interface.child(4).state().focused
    QTest.keyClick(heatmap, Qt.Key.Key_Up)
    assert interface.focusChild().text(QAccessible.Text.Name).startswith("0 reviews on Thursday")
    QTest.keyClick(heatmap, Qt.Key.Key_Home)
    assert interface.focusChild().text(QAccessible.Text.Name) == names[0]
    child_rect = interface.child(1).rect()
    assert heatmap.rect().contains(heatmap.mapFromGlobal(child_rect.center()))

    due = DayColumns("Cards due in the next 14 days")
    qtbot.addWidget(due)
    due.set_columns(["Today\n1", "Tue\n2"], [4, 1], "4 due today", ["Today", "Tuesday"])
    due.show()
    interface = _iface(due)
    assert [interface.child(n).text(QAccessible.Text.Name) for n in range(2)] == [
        "Today: 4 cards due",
        "Tuesday: 1 card due",
    ]
    due.setFocus()
    qtbot.waitUntil(due.hasFocus)
    QTest.keyClick(due, Qt.Key.Key_Right)
    assert interface.focusChild().text(QAccessible.Text.Name) == "Tuesday: 1 card due"


def test_the_timeline_items_are_children_named_with_dates_in_the_chosen_calendar(
    qtbot: QtBot,
) -> None:
    window = started_window(qtbot, active=True)
    view = window.show_view("timeline")
    canvas = view.canvas  # type: ignore[attr-defined]
    interface = _iface(canvas)
    assert interface.childCount() == len(canvas.model.entries) > 10
    names = [interface.child(n).text(QAccessible.Text.Name) for n in range(interface.childCount())]
    first_agreement = next(n for n in names if n.startswith("Agreement: "))
    assert "1907" in first_agreement
    assert all(interface.child(n).role() == QAccessible.Role.ListItem for n in range(5))
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    current = canvas.model.index_of[canvas.selected]
    child = interface.child(current)
    assert child.state().selected and child.state().focused
    assert interface.focusChild().text(QAccessible.Text.Name) == names[current]
    box = view.calendar_box  # type: ignore[attr-defined]
    box.setCurrentIndex(box.findData("japanese"))
    japanese = interface.child(names.index(first_agreement)).text(QAccessible.Text.Name)
    assert "明治" in japanese and japanese != first_agreement


def test_every_view_switch_lands_on_a_named_control_that_takes_keys(qtbot: QtBot) -> None:
    window = started_window(qtbot, active=True)
    for number, spec in enumerate(VIEWS, start=1):
        QTest.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.current_view_name() == spec.name)  # noqa: B023
        focused = _focused()
        assert focused.isVisible(), spec.name
        assert window.views[spec.name].isAncestorOf(focused), spec.name
        assert focused.focusPolicy() != Qt.FocusPolicy.NoFocus, (spec.name, focused)
        assert _name(focused).strip(), f"{spec.name}: focus on an unnamed {focused}"
        ring = focus_ring.install(QApplication.instance())  # type: ignore[arg-type]
        shown = ring.ring_of(focused)
        assert shown is not None and shown.isVisible(), f"{spec.name}: no focus ring"


def test_a_jump_to_a_clause_lands_on_the_clause_list(qtbot: QtBot) -> None:
    window = started_window(qtbot, active=True)
    window.show_view("timeline")
    assert window.services is not None
    window.services.navigator.open(ItemKind.CLAUSE, "second-1910-secret-1")
    view = window.views["agreements"]
    focused = QApplication.focusWidget()
    assert focused is view.clause_tree  # type: ignore[attr-defined]
    assert _name(focused) == "Clauses of the agreement"


def test_the_focus_ring_is_two_pixels_round_a_widget_the_app_focused(qtbot: QtBot) -> None:
    window = started_window(qtbot, active=True)
    quiz = window.show_view("quiz")
    assert isinstance(quiz, QuizView)
    quiz.start_page.set_cram(True)
    quiz.start_page.set_mode(FLIP)
    quiz.start()  # the app moves the focus to Show answer, not the keyboard
    button = quiz.card_page.show_button
    assert QApplication.focusWidget() is button
    ring = focus_ring.install(QApplication.instance()).ring_of(button)  # type: ignore[arg-type]
    assert ring is not None
    inner = button.rect().translated(button.mapTo(window, button.rect().topLeft()))
    assert ring.geometry().adjusted(2, 2, -2, -2) == inner


def test_esc_closes_the_search_dock_from_its_list_too(qtbot: QtBot) -> None:
    window = started_window(qtbot, active=True)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    panel = window.search_panel
    assert panel is not None
    QTest.keyClicks(panel.query_edit, "Manchuria")
    panel.search_now()
    QTest.keyClick(panel.query_edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is panel.results_view
    QTest.keyClick(panel.results_view, Qt.Key.Key_Escape)
    assert not window.search_dock.isVisible()
    view = window.stack.currentWidget()
    assert view is not None and view.isAncestorOf(_focused())


def test_the_bookmark_button_says_whether_the_clause_is_bookmarked(qtbot: QtBot) -> None:
    window = started_window(qtbot, active=True)
    assert window.services is not None
    window.services.navigator.open(ItemKind.CLAUSE, "second-1910-secret-1")
    star = window.views["agreements"].reading.star_button  # type: ignore[attr-defined]
    assert _iface(star).state().checkable and not _iface(star).state().checked
    QTest.keyClick(window.views["agreements"], Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert _iface(star).state().checked


def test_tab_walks_the_quiz_start_page_options_in_order(qtbot: QtBot) -> None:
    window = started_window(qtbot, active=True)
    quiz = window.show_view("quiz")
    assert isinstance(quiz, QuizView)
    page = quiz.start_page
    page.deck_combo.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [_focused()]
    for _ in range(8):
        QTest.keyClick(_focused(), Qt.Key.Key_Tab)
        seen.append(_focused())
    checked_mode = page.mode_group.checkedButton()
    assert checked_mode is not None and checked_mode in seen
    assert page.new_per_day in seen and page.start_button in seen
    assert seen.index(page.deck_combo) < seen.index(checked_mode) < seen.index(page.start_button)
    group = checked_mode.parentWidget()
    assert group is not None and _name(group) == "Answer by"


def test_the_quiz_key_help_is_not_greyed_by_disabling_it(qtbot: QtBot) -> None:
    window: MainWindow = started_window(qtbot, active=True)
    quiz = window.show_view("quiz")
    labels = [label for label in quiz.findChildren(QLabel) if "Ctrl+Enter" in label.text()]
    assert labels and all(label.isEnabled() for label in labels)
    assert not _iface(labels[0]).state().disabled


def test_the_timeline_calendar_is_reached_by_tab_and_chosen_in_the_menu(qtbot: QtBot) -> None:
    window = started_window(qtbot, active=True)
    view = window.show_view("timeline")
    box: QComboBox = view.calendar_box  # type: ignore[attr-defined]
    canvas = view.canvas  # type: ignore[attr-defined]
    box.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(box, Qt.Key.Key_Tab)
    assert _focused() is canvas
    QTest.keyClick(canvas, Qt.Key.Key_Backtab)
    assert _focused() is box
    julian = next(a for a in window.all_actions() if "Julian" in a.text())
    julian.trigger()
    assert box.currentData() == "julian"
    assert julian.isChecked()


def test_f1_lists_every_view_s_keys_on_a_fresh_start(qtbot: QtBot) -> None:
    from studyapp.ui.dialogs import shortcut_groups

    window = started_window(qtbot, active=True)
    headings = dict(shortcut_groups(window))
    for spec in VIEWS:
        name = spec.title.replace("&", "")
        assert name in headings, f"F1 lists nothing of {name}"
    assert any("Refresh" in title for title, _keys in headings["Stats"])
    assert any("Show answer" in title for title, _keys in headings["Quiz"])
    assert any("heatmap" in title for title, _keys in headings["Inside lists, fields and charts"])
