"""Moving around the Agreements view: agreements, clauses, topics, and its item models."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from studyapp.ui.agreements.compare import NOTHING_ON_THIS
from studyapp.ui.agreements.models import AgreementListModel, ClauseTreeModel
from studyapp.ui.agreements.view import COMPARE_TAB, READ_TAB
from studyapp.ui.services import Services
from studyapp.ui.shared.roles import KEY_ROLE
from tests.ui.helpers import (
    cell_text,
    check_model,
    click_row,
    open_view,
    plain,
    tables,
)

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_agreements_are_listed_in_order_with_japanese_titles_and_years(
    qtbot: QtBot, services: Services
) -> None:
    view = open_view(qtbot, services)
    model = view.agreement_model
    rows = [model.index(row, 0).data() for row in range(model.rowCount())]
    agreements = sorted(services.index.whole().agreements, key=lambda a: a.ordinal)
    assert [row.split()[0] for row in rows] == [str(a.signed.year) for a in agreements]
    assert all(
        a.title in row and a.title_ja in row for a, row in zip(agreements, rows, strict=True)
    )


def test_ctrl_down_and_ctrl_up_step_through_the_agreements(
    qtbot: QtBot, services: Services
) -> None:
    view = open_view(qtbot, services)
    view.agreement_list.setFocus()
    QTest.keyClick(view.agreement_list, Qt.Key.Key_Down, CTRL)
    assert view.current_agreement_key() == "second-1910"
    QTest.keyClick(view.reading.browser, Qt.Key.Key_Down, CTRL)
    assert view.current_agreement_key() == "third-1912"
    assert "Third Russo-Japanese Agreement" in plain(view.reading.browser)
    QTest.keyClick(view.agreement_list, Qt.Key.Key_Up, CTRL)
    assert view.current_agreement_key() == "second-1910"


def test_arrow_keys_in_the_clause_list_choose_the_current_clause(
    qtbot: QtBot, services: Services
) -> None:
    view = open_view(qtbot, services)
    click_row(qtbot, view.clause_tree, 0, parent_row=0)
    assert view.current_clause_key() == "first-1907-public-1"
    QTest.keyClick(view.clause_tree, Qt.Key.Key_Down)
    assert view.current_clause_key() == "first-1907-public-2"
    QTest.keyClick(view.clause_tree, Qt.Key.Key_Down)  # the "Secret articles" heading
    assert view.current_clause_key() is None
    QTest.keyClick(view.clause_tree, Qt.Key.Key_Down)
    assert view.current_clause_key() == "first-1907-secret-1"


def test_show_agreement_and_show_clause_select_in_the_lists(
    qtbot: QtBot, services: Services
) -> None:
    view = open_view(qtbot, services)
    view.show_agreement("fourth-1916")
    assert view.agreement_list.currentIndex().data(KEY_ROLE) == "fourth-1916"
    view.show_clause("third-1912-secret-2")
    assert view.current_agreement_key() == "third-1912"
    assert view.clause_tree.currentIndex().data(KEY_ROLE) == "third-1912-secret-2"
    view.show_agreement("no-such-agreement")
    assert view.current_agreement_key() == "third-1912"


def _compare_columns(view: object) -> list[str]:
    browser = view.compare.browser  # type: ignore[attr-defined]
    count = len(view.services.index.whole().agreements)  # type: ignore[attr-defined]
    (table,) = [t for t in tables(browser.document()) if t.columns() == count]
    return [cell_text(table, 0, column) for column in range(count)]


def test_compare_by_topic_shows_inner_mongolia_appear_in_1912(
    qtbot: QtBot, services: Services
) -> None:
    view = open_view(qtbot, services)
    view.show_topic("inner-mongolia")
    assert view.modes.currentIndex() == COMPARE_TAB
    columns = _compare_columns(view)
    assert [column.split()[0] for column in columns] == ["1907", "1910", "1912", "1916"]
    assert NOTHING_ON_THIS in columns[0]
    assert NOTHING_ON_THIS in columns[1]
    assert "SECRET Article II · Inner Mongolia divided at the meridian of Peking" in (columns[2])
    assert NOTHING_ON_THIS not in columns[2]
    assert NOTHING_ON_THIS in columns[3]


def test_choosing_another_topic_with_the_keyboard_updates_the_columns(
    qtbot: QtBot, services: Services
) -> None:
    view = open_view(qtbot, services)
    view.show_topic("korea")
    assert "Russia accepts Japan's ties with Korea" in _compare_columns(view)[0]
    view.compare.combo.setFocus()
    QTest.keyClick(view.compare.combo, Qt.Key.Key_Down)
    assert view.compare.current_topic_key() != "korea"
    topic = services.index.topics.get(view.compare.current_topic_key() or "")
    assert topic is not None
    assert topic.name in plain(view.compare.browser)


def test_a_topic_chip_opens_the_comparison_and_a_clause_link_comes_back(
    qtbot: QtBot, services: Services
) -> None:
    view = open_view(qtbot, services)
    view.reading.browser.follow("studyapp://topic/railways")
    assert view.modes.currentIndex() == COMPARE_TAB
    assert view.compare.current_topic_key() == "railways"
    view.compare.browser.follow("studyapp://clause/second-1910-public-1")
    assert view.modes.currentIndex() == READ_TAB
    assert view.current_clause_key() == "second-1910-public-1"


def test_ctrl_t_switches_between_reading_and_comparing(qtbot: QtBot, services: Services) -> None:
    view = open_view(qtbot, services)
    view.agreement_list.setFocus()
    QTest.keyClick(view.agreement_list, Qt.Key.Key_T, CTRL)
    assert view.modes.currentIndex() == COMPARE_TAB
    assert view.compare_action.isChecked()
    QTest.keyClick(view.compare.combo, Qt.Key.Key_T, CTRL)
    assert view.modes.currentIndex() == READ_TAB
    assert not view.compare_action.isChecked()


def test_every_view_action_has_a_shortcut_and_a_name(qtbot: QtBot, services: Services) -> None:
    view = open_view(qtbot, services)
    actions = view.view_actions()
    assert [a.shortcut().toString() for a in actions] == [
        "Ctrl+D",
        "Ctrl+Shift+D",
        "Ctrl+Up",
        "Ctrl+Down",
        "Ctrl+T",
        "Ctrl+M",  # Show on map
    ]
    assert all(a.text() for a in actions)


def test_the_item_models_pass_the_model_tester(
    qtmodeltester: ModelTester, services: Services
) -> None:
    agreements = services.index.whole().agreements
    check_model(qtmodeltester, AgreementListModel([a.heading() for a in agreements]))
    clauses = ClauseTreeModel()
    check_model(qtmodeltester, clauses)
    for agreement in agreements:
        clauses.set_agreement(agreement, {agreement.clauses[0].key})
        check_model(qtmodeltester, clauses)
    clauses.set_agreement(None, set())
    check_model(qtmodeltester, clauses)


def test_the_clause_tree_groups_public_and_secret(qtbot: QtBot, services: Services) -> None:
    view = open_view(qtbot, services)
    model = view.clause_model
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == [
        "Public articles (2)",
        "Secret articles (5)",
    ]
    click_row(qtbot, view.agreement_list, 2)
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == [
        "Secret articles (3)"
    ]


def test_a_clause_link_on_screen_makes_it_current_without_jumping(
    qtbot: QtBot, services: Services
) -> None:
    view = open_view(qtbot, services, width=700)
    bar = view.reading.browser.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    before = bar.value()
    view.reading.browser.follow("studyapp://clause/first-1907-secret-3")
    assert view.current_clause_key() == "first-1907-secret-3"
    assert bar.value() == before
    view.reading.browser.follow("studyapp://clause/fourth-1916-secret-1")
    assert view.current_agreement_key() == "fourth-1916"


def test_every_control_has_an_accessible_name(qtbot: QtBot, services: Services) -> None:
    view = open_view(qtbot, services)
    for mode in (READ_TAB, COMPARE_TAB):
        view.modes.setCurrentIndex(mode)
        unnamed = [
            type(widget).__name__
            for widget in view.findChildren(QWidget)
            if widget.isVisible()
            and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not widget.accessibleName()
            and not isinstance(widget.parent(), QAbstractScrollArea)  # viewports
        ]
        assert unnamed == []
