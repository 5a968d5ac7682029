"""The card browser as a student uses it: keys for everything, every change saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from studyapp.study import browser as browser_table
from studyapp.study.browser import BrowserFilter, CardTable
from studyapp.study.content_cards import ContentCards
from studyapp.ui.quiz.browser.dialog import CardBrowser
from studyapp.ui.quiz.browser.model import KEY_ROLE, CardTableModel
from studyapp.ui.quiz.view import QUESTION, QuizView
from studyapp.ui.services import Services
from studyapp.userdata import card_marks, reviews


def _cards(services: Services) -> ContentCards:
    return ContentCards(services.database, services.index)


def open_browser(qtbot: QtBot, services: Services) -> CardBrowser:
    browser = CardBrowser(services.bookmarks.store, _cards(services))
    qtbot.addWidget(browser)
    browser.resize(1000, 600)
    browser.show()
    qtbot.waitExposed(browser)
    browser.activateWindow()
    qtbot.waitUntil(browser.isActiveWindow)
    return browser


def select_row(browser: CardBrowser, row: int) -> None:
    browser.table.selectionModel().setCurrentIndex(
        browser.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_the_model_passes_qtmodeltester(qtmodeltester: ModelTester, services: Services) -> None:
    model = CardTableModel(CardTable(services.bookmarks.store, _cards(services)))
    qtmodeltester.check(model)
    model.set_filter(BrowserFilter(text="meridian"))
    model.sort(2, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_a_search_read_a_batch_at_a_time_passes_qtmodeltester_and_fetches_the_rest(
    qtmodeltester: ModelTester, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    cards = _cards(services)
    whole = CardTable(services.bookmarks.store, cards)
    whole.apply(BrowserFilter(text="agreement"))
    wanted = [whole.card(row).key for row in range(len(whole))]
    monkeypatch.setattr(browser_table, "_FIRST_ROWS", 5)
    monkeypatch.setattr(browser_table, "_KEY_MATCHES", 7)
    model = CardTableModel(CardTable(services.bookmarks.store, cards))
    model.set_filter(BrowserFilter(text="agreement"))
    assert 5 <= model.rowCount() < len(wanted)
    qtmodeltester.check(model)  # which fetches more, and checks the rows inserted
    inserted: list[int] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append(last - first + 1))
    shown = model.rowCount()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == shown + sum(inserted) == len(wanted)
    assert [model.data(model.index(row, 0), KEY_ROLE) for row in range(model.rowCount())] == wanted


def test_the_count_says_when_a_search_has_more_rows_to_read(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(browser_table, "_FIRST_ROWS", 5)
    monkeypatch.setattr(browser_table, "_KEY_MATCHES", 7)
    browser = open_browser(qtbot, services)
    browser.search.setText("agreement")
    assert "or more" in browser.count_label.text()
    while browser.model.canFetchMore(QModelIndex()):
        browser.model.fetchMore(QModelIndex())
    assert "or more" not in browser.count_label.text()
    assert f"{browser.model.rowCount():,} of" in browser.count_label.text()


def test_typing_filters_and_the_selected_card_shows_its_clause(
    qtbot: QtBot, services: Services
) -> None:
    browser = open_browser(qtbot, services)
    assert browser.search.hasFocus()
    qtbot.keyClicks(browser.search, "meridian of Peking")
    assert 0 < browser.model.rowCount() < 60  # the cards about the rows that say it
    assert "of" in browser.count_label.text()
    detail = browser.detail.toPlainText()
    assert "Inner Mongolia" in detail and "Never answered" in detail
    qtbot.keyClick(browser.search, Qt.Key.Key_Return)
    assert browser.table.hasFocus()


def test_ctrl_j_suspends_and_unsuspends_the_selection(qtbot: QtBot, services: Services) -> None:
    browser = open_browser(qtbot, services)
    select_row(browser, 0)
    key = browser.selected_cards()[0].key
    browser.table.setFocus()
    qtbot.keyClick(browser.table, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert card_marks.get_mark(services.bookmarks.store, key).suspended
    assert "suspended" in str(browser.model.data(browser.model.index(0, 4)))
    qtbot.keyClick(browser.table, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert not card_marks.get_mark(services.bookmarks.store, key).suspended


def test_bury_and_forget_change_what_is_saved(qtbot: QtBot, services: Services) -> None:
    store = services.bookmarks.store
    browser = open_browser(qtbot, services)
    select_row(browser, 1)
    chosen = browser.selected_cards()
    browser.bury()
    assert card_marks.get_mark(store, chosen[0].key).buried_until is not None
    import datetime as dt

    from studyapp.study.scheduling import Rating, Scheduler

    now = dt.datetime.now(dt.UTC)
    state = Scheduler(fuzz=False).review(chosen[0].key, None, Rating.GOOD, now)
    reviews.record_review(
        store,
        chosen[0].key,
        state,
        rating=3,
        reviewed_at=now,
        duration_ms=1,
        mode="flip",
        correct=None,
    )
    browser.forget_now(chosen)
    assert reviews.get_state(store, chosen[0].key) is None
    assert "reset to new" in browser.count_label.text()


def test_every_control_has_an_accessible_name(qtbot: QtBot, services: Services) -> None:
    browser = open_browser(qtbot, services)
    for kind in (QAbstractButton, QComboBox, QLineEdit):
        for control in browser.findChildren(kind):
            # Qt's own parts: a line edit's clear button, the table's corner button.
            if isinstance(control.parent(), (QLineEdit, QAbstractItemView)):
                continue
            assert control.accessibleName() or control.property("text"), control


def test_study_selection_now_starts_a_session_of_just_those_cards(
    qtbot: QtBot, services: Services
) -> None:
    view = QuizView(services)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    cards = _cards(services).refs()
    chosen = [cards[3].key, cards[40].key]
    view.study_cards(chosen)
    assert view.phase == QUESTION
    assert view.session is not None and view.session.remaining == 2
    assert view.card is not None and view.card.key in chosen
