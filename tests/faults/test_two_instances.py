"""Two instances of the app on one data folder: each builds on the other's writes.

Two UserStores on the same file stand for the two instances (each has its own connection
and its own cached session state, as two processes would).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from studyapp import paths
from studyapp.content.database import read_content
from studyapp.study.cards import Card, generate_cards
from studyapp.study.queue import StudySession
from studyapp.study.scheduling import Rating, Scheduler
from studyapp.ui.services import BookmarkService
from studyapp.userdata import bookmarks, reviews
from studyapp.userdata.store import UserStore

KEY = "first-1907-secret-1"


@pytest.fixture
def two() -> Iterator[tuple[UserStore, UserStore]]:
    path = paths.user_db_path()
    first = UserStore.open(path)
    second = UserStore.open(path)
    yield first, second
    first.close()
    second.close()


def _card() -> Card:
    return generate_cards(read_content(paths.content_db_path()))[0]


def test_an_answer_in_each_instance_schedules_from_both(two: tuple[UserStore, UserStore]) -> None:
    first, second = two
    card = _card()
    fixed = Scheduler(fuzz=False)
    # Both sessions start before either answers: each caches "never studied".
    one = StudySession(first, [card], new_limit=5, scheduler=fixed)
    other = StudySession(second, [card], new_limit=5, scheduler=fixed)
    assert one.next_card() == card and other.next_card() == card
    one.answer(card, Rating.GOOD, duration_ms=1000, mode="flip", correct=None)
    other.answer(card, Rating.GOOD, duration_ms=1000, mode="flip", correct=None)

    log = reviews.review_log(first)
    assert len(log) == 2
    state = reviews.get_state(first, card.key)
    assert state is not None
    # The second answer was scheduled from the state the first one wrote, not from "new":
    # replaying both answers in order gives the same state.
    replayed = None
    for entry in log:
        replayed = fixed.review(
            card.key, replayed, Rating(entry.rating), entry.reviewed_at, entry.duration_ms
        )
    assert replayed is not None
    assert json.loads(state.state)["step"] == json.loads(replayed.state)["step"]
    assert state.due == replayed.due
    # And the second answer's log row keeps the first answer's state as the one it replaced.
    (before,) = second.connection.execute(
        "SELECT state_before FROM review_log ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert before is not None


def test_undo_in_one_instance_never_removes_an_answer_the_other_gave_later(
    two: tuple[UserStore, UserStore],
) -> None:
    first, second = two
    card = _card()
    one = StudySession(first, [card], new_limit=5)
    other = StudySession(second, [card], new_limit=5)
    one.answer(card, Rating.AGAIN, duration_ms=1000, mode="flip", correct=None)
    other.answer(card, Rating.EASY, duration_ms=1000, mode="flip", correct=None)
    with pytest.raises(Exception, match="answered again since"):
        one.undo()
    assert len(reviews.review_log(first)) == 2


def test_undo_in_one_instance_never_removes_a_note_the_other_wrote_later(
    qtbot: QtBot, two: tuple[UserStore, UserStore]
) -> None:
    first, second = two
    service = BookmarkService(first)
    assert service.save(KEY, "mine")
    bookmarks.save_bookmark(second, KEY, "written later in the other window")
    with qtbot.waitSignal(service.failed) as failed:
        service.undo_stack.undo()
    assert "another window" in str(failed.args[0])
    kept = bookmarks.get_bookmark(first, KEY)
    assert kept is not None and kept.note == "written later in the other window"
    assert service.undo_stack.count() == 0  # the refused undo is gone from the stack
