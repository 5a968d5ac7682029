"""The Glossary view driven from the keyboard and the mouse, and its models."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QTabBar,
    QVBoxLayout,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from studyapp.content.folding import fold
from studyapp.ui.glossary.detail import NOT_MENTIONED
from studyapp.ui.glossary.model import TermTableModel
from studyapp.ui.glossary.view import GlossaryView
from studyapp.ui.services import Services
from studyapp.ui.shared import lazy_table
from tests.ui.helpers import check_model, click_text_at, hrefs, plain


def open_glossary(qtbot: QtBot, services: Services) -> GlossaryView:
    view = GlossaryView(services)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def shown_keys(view: GlossaryView) -> set[str]:
    model = view.model
    while model.canFetchMore():
        model.fetchMore()
    return {row.key for row in model.rows}


def test_all_terms_are_listed_with_japanese_and_reading(qtbot: QtBot, services: Services) -> None:
    view = open_glossary(qtbot, services)
    assert view.model.rowCount() == len(services.index.terms)
    assert view.count_label.text() == f"{len(services.index.terms)} terms"
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Term", "Japanese", "Reading"]
    row = view.model.row_of("harbin")
    assert [view.model.index(row, c).data() for c in range(3)] == ["Harbin", "ハルビン", "Harubin"]


def test_typing_manshu_keeps_the_manshu_terms_and_drops_the_rest(
    qtbot: QtBot, services: Services
) -> None:
    view = open_glossary(qtbot, services)
    view.filter_edit.setFocus()
    QTest.keyClicks(view.filter_edit, "manshu")
    shown = shown_keys(view)
    assert {"manchuria", "north-manchuria", "south-manchuria", "south-manchuria-railway"} <= shown
    assert "harbin" not in shown and "korean-empire" not in shown
    for key in shown:
        assert "Manshū" in services.index.terms[key].reading
    assert view.count_label.text() == f"{len(shown)} of {len(services.index.terms)} terms"
    assert view.current_term_key() in shown


def test_the_filter_matches_japanese_definitions_and_several_words(
    qtbot: QtBot, services: Services
) -> None:
    view = open_glossary(qtbot, services)
    view.filter_edit.insert("満州")  # as an input method commits it; QTest types Latin only
    assert "manchuria" in shown_keys(view) and "harbin" not in shown_keys(view)
    view.filter_edit.clear()
    QTest.keyClicks(view.filter_edit, "VLADIVOSTOK")  # only in a definition
    assert shown_keys(view) == {"chinese-eastern-railway"}
    view.filter_edit.clear()
    QTest.keyClicks(view.filter_edit, "taisho")  # macron-free spelling of Taishō
    assert shown_keys(view)
    view.filter_edit.clear()
    QTest.keyClicks(view.filter_edit, "zzzz")
    assert view.model.rowCount() == 0
    assert "No term matches" in plain(view.detail)
    QTest.keyClick(view.filter_edit, Qt.Key.Key_Escape)
    assert view.filter_edit.text() == ""
    assert view.model.rowCount() == len(services.index.terms)


def test_show_term_selects_it_clearing_a_filter_that_hides_it(
    qtbot: QtBot, services: Services
) -> None:
    view = open_glossary(qtbot, services)
    QTest.keyClicks(view.filter_edit, "korea")
    view.show_term("harbin")
    assert view.filter_edit.text() == ""
    assert view.current_term_key() == "harbin"
    text = plain(view.detail)
    assert text.startswith("Harbin ハルビン · Harubin")
    view.show_term("korean-empire")
    assert view.current_term_key() == "korean-empire"


def test_down_enter_and_escape_move_between_filter_list_and_detail(
    qtbot: QtBot, services: Services
) -> None:
    view = open_glossary(qtbot, services)
    view.filter_edit.setFocus()
    QTest.keyClicks(view.filter_edit, "port arthur")
    QTest.keyClick(view.filter_edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view.table
    assert view.current_term_key() == "port-arthur"
    QTest.keyClick(view.table, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view.detail
    QTest.keyClick(view.detail, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is view.table
    QTest.keyClick(view.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert view.table.currentIndex().row() == 0
    QTest.keyClick(view.table, Qt.Key.Key_Up)  # up from the top row: back to the filter
    assert QApplication.focusWidget() is view.filter_edit


def test_ctrl_l_focuses_the_filter(qtbot: QtBot, services: Services) -> None:
    view = open_glossary(qtbot, services)
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.filter_edit
    assert [a.shortcut().toString() for a in view.view_actions()] == ["Ctrl+L"]


def test_where_it_occurs_links_to_the_clauses_that_mention_the_term(
    qtbot: QtBot, services: Services
) -> None:
    view = open_glossary(qtbot, services)
    view.show_term("demarcation-line")
    links = hrefs(view.detail.document(), "studyapp://clause/")
    keys = [href.removeprefix("studyapp://clause/") for _, href in links]
    assert "first-1907-secret-additional" in keys
    for key in keys:
        clause = services.index.clauses[key]
        assert "demarcation line" in f"{clause.title} {clause.summary}".lower()
    position, href = links[0]
    with qtbot.waitSignal(services.navigator.open_requested) as asked:
        click_text_at(qtbot, view.detail, position)
    assert asked.args == ["clause", href.removeprefix("studyapp://clause/")]


def test_events_that_mention_a_term_link_to_the_timeline(qtbot: QtBot, services: Services) -> None:
    view = open_glossary(qtbot, services)
    view.show_term("port-arthur")
    events = hrefs(view.detail.document(), "studyapp://event/")
    assert events
    with qtbot.waitSignal(services.navigator.open_requested) as asked:
        view.detail.follow(events[0][1])
    assert asked.args[1] in services.index.events


def test_a_term_in_a_definition_opens_that_term(qtbot: QtBot, services: Services) -> None:
    view = open_glossary(qtbot, services)
    view.show_term("chinese-eastern-railway")
    terms = hrefs(view.detail.document(), "studyapp://term/")
    assert terms
    assert "studyapp://term/chinese-eastern-railway" not in [href for _, href in terms]
    view.detail.follow(terms[0][1])
    assert view.current_term_key() == terms[0][1].removeprefix("studyapp://term/")


def test_a_term_no_text_mentions_says_so(qtbot: QtBot, services: Services) -> None:
    view = open_glossary(qtbot, services)
    mentioned = {key for key in services.index.terms if services.index.term_mentions(key)}
    unmentioned = sorted(set(services.index.terms) - mentioned)
    for key in unmentioned[:1]:
        view.show_term(key)
        assert NOT_MENTIONED in plain(view.detail)
    assert "manchuria" in mentioned


def test_the_models_pass_the_model_tester(qtmodeltester: ModelTester, services: Services) -> None:
    model = TermTableModel(services.index)
    check_model(qtmodeltester, model)
    model.set_words(("manshu",))
    check_model(qtmodeltester, model)
    model.set_words(())
    model.sort(2, Qt.SortOrder.DescendingOrder)
    check_model(qtmodeltester, model)


def test_the_list_is_read_a_page_at_a_time_as_it_scrolls(
    qtbot: QtBot, services: Services, qtmodeltester: ModelTester, monkeypatch: object
) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(lazy_table, "PAGE_ROWS", 7)
    model = TermTableModel(services.index)
    total = len(services.index.terms)
    assert model.rowCount() == 7 and model.total == total and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 14
    keys = [row.key for row in model.rows]
    check_model(qtmodeltester, model)  # it fetches more too
    while model.canFetchMore():
        model.fetchMore()
    everything = [row.key for row in model.rows]
    assert everything[:14] == keys and len(everything) == total == len(set(everything))
    # In the order the glossary sorts by: folded English names.
    folded = [fold(row.term) for row in model.rows]
    assert folded == sorted(folded)
    # A key far down the list is read up to where it is.
    fresh = TermTableModel(services.index)
    last = everything[-1]
    assert fresh.row_of(last) == total - 1 and fresh.rowCount() >= total
    # Sorting by reading, backwards: the first row has the last reading.
    fresh.sort(2, Qt.SortOrder.DescendingOrder)
    readings = sorted(fold(services.index.terms[key].reading) for key in everything)
    assert fold(fresh.rows[0].reading) == readings[-1]


def test_every_control_has_an_accessible_name(qtbot: QtBot, services: Services) -> None:
    view = open_glossary(qtbot, services)
    unnamed = [
        type(widget).__name__
        for widget in view.findChildren(QWidget)
        if widget.isVisible()
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not widget.accessibleName()
        and not isinstance(widget.parent(), QAbstractScrollArea)  # viewports
    ]
    assert unnamed == []


def test_the_view_takes_the_focus_when_shown_from_the_view_tabs(
    qtbot: QtBot, services: Services
) -> None:
    # Like the main window: a tab bar above a view that is shown when its tab is chosen.
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    tabs = QTabBar(window)
    tabs.addTab("Glossary")
    view = GlossaryView(services, window)
    layout.addWidget(tabs)
    layout.addWidget(view)
    view.hide()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tabs.setFocus()
    assert QApplication.focusWidget() is tabs
    view.show()
    assert QApplication.focusWidget() is view.filter_edit
