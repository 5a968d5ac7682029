"""Answering a card while another program holds the user database's write lock."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp import paths
from studyapp.content.database import read_content
from studyapp.errors import UserDataError
from studyapp.study.cards import generate_cards
from studyapp.study.queue import StudySession
from studyapp.study.scheduling import Rating
from studyapp.ui.quiz.start_page import FLIP
from studyapp.ui.quiz.view import ANSWERED, QUESTION
from studyapp.ui.services import Services
from studyapp.userdata import reviews
from studyapp.userdata.store import UserStore
from tests.ui.test_quiz import open_quiz


def test_an_answer_while_locked_says_busy_loses_nothing_and_can_be_retried(
    user_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("studyapp.userdata.store.BUSY_TIMEOUT_SECONDS", 0.1)
    cards = generate_cards(read_content(paths.content_db_path()))
    store = UserStore.open(paths.user_db_path())
    try:
        session = StudySession(store, cards, new_limit=len(cards))
        first = session.next_card()
        assert first is not None
        session.answer(first, Rating.GOOD, duration_ms=900, mode="flip", correct=None)
        card = session.next_card()
        assert card is not None
        remaining = session.remaining

        other = sqlite3.connect(paths.user_db_path(), isolation_level=None, timeout=0.1)
        other.execute("BEGIN EXCLUSIVE")  # another program holds the write lock
        try:
            with pytest.raises(UserDataError, match="busy") as raised:
                session.answer(card, Rating.EASY, duration_ms=1200, mode="flip", correct=None)
            assert "try again" in str(raised.value)
        finally:
            other.execute("ROLLBACK")
            other.close()

        # Nothing changed: the failed answer is not saved, and the card is still the one
        # to answer, so the user can simply try again.
        assert [entry.card_key for entry in reviews.review_log(store)] == [first.key]
        assert reviews.get_state(store, card.key) is None
        assert session.remaining == remaining
        assert session.next_card() == card
        session.answer(card, Rating.EASY, duration_ms=1200, mode="flip", correct=None)
        assert [entry.card_key for entry in reviews.review_log(store)] == [first.key, card.key]
        assert reviews.get_state(store, card.key) is not None
    finally:
        store.close()
    assert not list(user_home.glob("*.damaged-*"))
    reopened = UserStore.open(paths.user_db_path())
    try:
        assert reopened.notice is None
        assert len(reviews.review_log(reopened)) == 2
    finally:
        reopened.close()


def test_the_quiz_view_says_busy_keeps_the_card_and_takes_the_answer_again(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("studyapp.userdata.store.BUSY_TIMEOUT_SECONDS", 0.1)
    view = open_quiz(qtbot, services, FLIP)
    card = view.card
    assert card is not None
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Space)
    assert view.phase == ANSWERED

    other = sqlite3.connect(paths.user_db_path(), isolation_level=None, timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with qtbot.waitSignal(services.navigator.problem_reported) as posted:
            qtbot.keyClick(view.focusWidget(), Qt.Key.Key_3)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "busy" in str(posted.args[0])  # the window's message bar tells the user
    assert view.phase == ANSWERED and view.card == card  # the card waits for its answer
    assert reviews.review_log(services.bookmarks.store) == []

    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_3)  # the same key again, once it is free
    log = reviews.review_log(services.bookmarks.store)
    assert [(entry.card_key, entry.rating) for entry in log] == [(card.key, 3)]
    assert view.phase == QUESTION
