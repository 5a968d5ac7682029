"""Compare by topic lays out one column per agreement, however many there are, on content the
tests build (tests/content_factory.py): all side by side while they fit, else sideways
scrolling with the topic's heading still wrapped to the screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLength, QTextTable
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from studyapp.ui.agreements.compare import NOTHING_ON_THIS, covered_by, page_width
from studyapp.ui.agreements.view import COMPARE_TAB, AgreementsView
from studyapp.ui.services import Services
from tests.content_factory import TOPICS, signed_on
from tests.ui.helpers import cell_text, open_view, plain, tables

ServicesOver = Callable[[Path], Services]


def _compare(
    qtbot: QtBot, services: Services, width: int, topic: str = TOPICS[0]
) -> AgreementsView:
    view = open_view(qtbot, services, width)
    view.show_topic(topic)
    assert view.modes.currentIndex() == COMPARE_TAB
    return view


def _columns(view: AgreementsView) -> list[str]:
    agreements = len(view.services.index.whole().agreements)
    document = view.compare.browser.document()
    (table,) = [t for t in tables(document) if t.columns() == agreements and t.rows() == 1]
    return [cell_text(table, 0, column) for column in range(agreements)]


def test_every_agreement_gets_a_column_in_signing_order(
    qtbot: QtBot, services_over: ServicesOver, small_content_db: Callable[..., Path]
) -> None:
    services = services_over(small_content_db(agreements=12))
    view = _compare(qtbot, services, 1300)
    columns = _columns(view)
    assert [column.split()[0] for column in columns] == [
        str(signed_on(number).year) for number in range(1, 13)
    ]
    # Each clause of the content names one topic, in turn: the columns say which spoke of it.
    content = services.index.whole()
    speaking = [any(TOPICS[0] in c.topics for c in a.clauses) for a in content.agreements]
    assert [NOTHING_ON_THIS not in column for column in columns] == speaking
    assert covered_by(sum(speaking), 12) in plain(view.compare.browser)


def test_few_columns_share_the_width_and_do_not_scroll(
    qtbot: QtBot, services_over: ServicesOver, small_content_db: Callable[..., Path]
) -> None:
    view = _compare(qtbot, services_over(small_content_db(agreements=3)), 1024)
    browser = view.compare.browser
    assert len(_columns(view)) == 3
    assert browser.horizontalScrollBar().maximum() == 0
    assert browser.lineWrapMode() == browser.LineWrapMode.WidgetWidth


def test_many_columns_keep_a_readable_width_and_scroll_sideways(
    qtbot: QtBot, services_over: ServicesOver, small_content_db: Callable[..., Path]
) -> None:
    view = _compare(qtbot, services_over(small_content_db(agreements=12)), 1024)
    browser = view.compare.browser
    bar = browser.horizontalScrollBar()
    assert bar.maximum() > 0
    assert browser.lineWrapColumnOrWidth() > browser.viewport().width()
    # The heading and description stay within what is on screen, not the whole page.
    heading = browser.document().rootFrame().childFrames()[0]  # the first thing on the page
    assert isinstance(heading, QTextTable) and TOPICS[0].capitalize() in cell_text(heading, 0, 0)
    width = heading.format().width()
    assert width.type() == QTextLength.Type.FixedLength
    assert width.rawValue() <= browser.viewport().width()
    # The arrow keys scroll the page sideways, and a new topic keeps the place.
    browser.setFocus()
    QTest.keyClick(browser, Qt.Key.Key_Right)
    assert bar.value() > 0
    view.show_topic(TOPICS[1])
    assert bar.maximum() > 0


def test_widening_the_window_brings_every_column_into_view(
    qtbot: QtBot, services_over: ServicesOver, small_content_db: Callable[..., Path]
) -> None:
    view = _compare(qtbot, services_over(small_content_db(agreements=5)), 800)
    browser = view.compare.browser
    qtbot.waitUntil(lambda: browser.horizontalScrollBar().maximum() > 0)
    view.resize(2400, 800)
    qtbot.waitUntil(lambda: browser.horizontalScrollBar().maximum() == 0)
    assert browser.lineWrapMode() == browser.LineWrapMode.WidgetWidth
    view.resize(800, 800)
    qtbot.waitUntil(lambda: browser.horizontalScrollBar().maximum() > 0)


def test_the_page_is_wider_only_when_the_columns_do_not_fit() -> None:
    assert page_width(4, 200, 24, 900) is None
    assert page_width(4, 200, 24, 824) is None
    assert page_width(12, 200, 24, 900) == 2424


def test_the_coverage_sentence_counts_what_is_there() -> None:
    assert covered_by(2, 4) == "Covered by 2 of the 4 agreements."
    assert covered_by(0, 12) == "Covered by 0 of the 12 agreements."
    assert covered_by(1, 1) == "Covered by the one agreement."
