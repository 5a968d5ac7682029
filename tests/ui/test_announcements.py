"""Announcements reach screen readers old and new: an AT-SPI announcement, and a notification
that appears with the text (Orca 43 speaks only the second); a session's summary is said."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from studyapp.study.queue import SessionSummary
from studyapp.ui.quiz.summary_page import SummaryPage
from studyapp.ui.shared import accessibility, announce


@pytest.fixture
def screen_reader_on(qapp: object) -> Iterator[None]:
    accessibility.install()
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(False)


def _notifications(window: QWidget) -> list[tuple[str, bool]]:
    """(name, shown) of each child a screen reader sees as a notification."""
    found = []
    for child in window.findChildren(QWidget):
        interface = QAccessible.queryAccessibleInterface(child)
        if interface is not None and interface.role() == QAccessible.Role.Notification:
            found.append((interface.text(QAccessible.Text.Name), child.isVisible()))
    return found


def test_each_announcement_shows_one_notification_named_with_its_text(
    qtbot: QtBot, screen_reader_on: None
) -> None:
    window = QMainWindow()
    label = QLabel("3 of 41 terms", window)
    window.setCentralWidget(label)
    qtbot.addWidget(window)
    window.show()
    announce.announce(label, "3 of 41 terms")
    announce.announce(label, "5 of 41 terms")
    assert _notifications(window) == [("5 of 41 terms", True)]
    notifier = window.findChild(QWidget, "screen-reader-notifier")
    assert notifier is not None and notifier.width() <= 1 and notifier.height() <= 1
    assert notifier.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_no_notification_is_made_while_no_screen_reader_listens(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    QAccessible.setActive(False)
    announce.announce(window, "nobody hears this")
    assert window.findChild(QWidget, "screen-reader-notifier") is None


def test_the_session_summary_is_said_and_kept_on_the_focused_button(qtbot: QtBot) -> None:
    said: list[str] = []

    def listen(_widget: QWidget, text: str, _assertive: bool) -> None:
        said.append(text)

    page = SummaryPage()
    qtbot.addWidget(page)
    page.show()
    summary = SessionSummary(
        seen=2,
        answers=3,
        correct=2,
        again=1,
        hard=0,
        good=1,
        easy=1,
        seconds=75.0,
        next_due=dt.datetime.now(dt.UTC) + dt.timedelta(minutes=10),
    )
    announce.listeners.append(listen)
    try:
        page.show_summary(summary, "First agreement", finished=True)
    finally:
        announce.listeners.remove(listen)
    assert len(said) == 1
    assert "session is finished" in said[0] and "First agreement" in said[0]
    assert "Cards seen: 2." in said[0] and "Right: 2 of 3 answers" in said[0]
    assert "Next card due:" in said[0]
    assert page.again_button.accessibleDescription() == said[0]
