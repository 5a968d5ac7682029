"""The Agreements and Glossary views inside the real main window: links, Ctrl+D and Ctrl+Z."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from studyapp.ui.agreements.view import AgreementsView
from studyapp.ui.glossary.view import GlossaryView
from studyapp.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.load()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.close_stores()


def test_a_term_link_in_a_clause_opens_the_term_in_the_glossary(window: MainWindow) -> None:
    agreements = window.show_view("agreements")
    assert isinstance(agreements, AgreementsView)
    agreements.show_clause("third-1912-secret-2")
    agreements.reading.browser.follow("studyapp://term/inner-mongolia")
    assert window.current_view_name() == "glossary"
    glossary = window.views["glossary"]
    assert isinstance(glossary, GlossaryView)
    assert glossary.current_term_key() == "inner-mongolia"


def test_a_clause_link_in_the_glossary_opens_the_clause(window: MainWindow) -> None:
    glossary = window.show_view("glossary")
    assert isinstance(glossary, GlossaryView)
    glossary.show_term("demarcation-line")
    glossary.detail.follow("studyapp://clause/second-1910-secret-1")
    assert window.current_view_name() == "agreements"
    agreements = window.views["agreements"]
    assert isinstance(agreements, AgreementsView)
    assert agreements.current_agreement_key() == "second-1910"
    assert agreements.current_clause_key() == "second-1910-secret-1"


def test_ctrl_d_then_ctrl_z_in_the_window(window: MainWindow) -> None:
    assert window.services is not None
    bookmarks = window.services.bookmarks
    agreements = window.show_view("agreements")
    assert isinstance(agreements, AgreementsView)
    agreements.show_clause("first-1907-secret-1")
    agreements.reading.browser.setFocus()
    QTest.keyClick(agreements.reading.browser, Qt.Key.Key_D, CTRL)
    assert bookmarks.is_bookmarked("first-1907-secret-1")
    assert agreements.reading.star_button.text() == "★ Bookmarked"
    QTest.keyClick(agreements.reading.browser, Qt.Key.Key_Z, CTRL)
    assert not bookmarks.is_bookmarked("first-1907-secret-1")
    assert agreements.reading.star_button.text() == "☆ Bookmark"


def test_the_selected_agreement_comes_back_on_the_next_start(qtbot: QtBot) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.load()
    agreements = first.show_view("agreements")
    assert isinstance(agreements, AgreementsView)
    agreements.show_agreement("fourth-1916")
    first.close()
    first.close_stores()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    again.load()
    restored = again.views["agreements"]
    assert isinstance(restored, AgreementsView)
    assert restored.current_agreement_key() == "fourth-1916"
    again.close_stores()
