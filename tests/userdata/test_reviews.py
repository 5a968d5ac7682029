"""The review ledger: card states and the review log, written and undone in one transaction."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from studyapp.errors import UserDataError
from studyapp.userdata import reviews
from studyapp.userdata.migrations import STEPS, migrate, schema_version
from studyapp.userdata.reviews import CardState
from studyapp.userdata.store import UserStore

NOON = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[UserStore]:
    opened = UserStore.open(tmp_path / "user.sqlite")
    yield opened
    opened.close()


def _state(due: dt.datetime, last: dt.datetime | None, step: int = 0) -> CardState:
    fsrs_json = json.dumps(
        {
            "card_id": 1,
            "state": 1,
            "step": step,
            "stability": 0.2,
            "difficulty": 6.4,
            "due": due.isoformat(),
            "last_review": last.isoformat() if last else None,
        }
    )
    return CardState(fsrs_json, due, last)


def _record(store: UserStore, key: str, state: CardState | None, at: dt.datetime) -> int:
    return reviews.record_review(
        store, key, state, rating=3, reviewed_at=at, duration_ms=1500, mode="typed", correct=True
    )


def _tables(store: UserStore) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    connection = store.connection
    return (
        connection.execute("SELECT * FROM card_state ORDER BY card_key").fetchall(),
        connection.execute("SELECT * FROM review_log ORDER BY id").fetchall(),
    )


def test_a_review_round_trips(store: UserStore) -> None:
    state = _state(NOON + dt.timedelta(minutes=10), NOON)
    log_id = _record(store, "agreement-date:first-1907", state, NOON)

    assert reviews.get_state(store, "agreement-date:first-1907") == state
    assert reviews.get_state(store, "agreement-date:second-1910") is None
    assert reviews.states(store) == {"agreement-date:first-1907": state}
    (entry,) = reviews.review_log(store)
    assert entry == reviews.ReviewEntry(
        log_id, "agreement-date:first-1907", 3, NOON, 1500, "typed", True
    )
    assert entry.reviewed_at.tzinfo == dt.UTC
    assert state.phase == "learning"


def test_timestamps_are_stored_as_utc_text_in_time_order(store: UserStore) -> None:
    tokyo = dt.timezone(dt.timedelta(hours=9))
    at = dt.datetime(2026, 3, 2, 21, 0, tzinfo=tokyo)  # 12:00 UTC
    _record(store, "a", _state(NOON + dt.timedelta(seconds=1), NOON), at)
    row = store.connection.execute("SELECT due, last_review FROM card_state").fetchone()
    (reviewed_at,) = store.connection.execute("SELECT reviewed_at FROM review_log").fetchone()
    assert reviewed_at == "2026-03-02T12:00:00.000000+00:00"
    assert row == ("2026-03-02T12:00:01.000000+00:00", "2026-03-02T12:00:00.000000+00:00")
    with pytest.raises(ValueError, match="no time zone"):
        reviews.iso(dt.datetime(2026, 3, 2, 12))


def test_record_then_undo_leaves_everything_as_it_was(store: UserStore) -> None:
    first = _state(NOON + dt.timedelta(minutes=1), NOON)
    _record(store, "card", first, NOON)
    before = _tables(store)

    later = NOON + dt.timedelta(minutes=2)
    log_id = _record(store, "card", _state(later + dt.timedelta(days=1), later, step=1), later)
    assert _tables(store) != before
    undone = reviews.undo_review(store, log_id)

    assert undone is not None and undone.id == log_id
    assert _tables(store) == before
    assert reviews.get_state(store, "card") == first


def test_undoing_a_new_cards_first_answer_makes_it_new_again(store: UserStore) -> None:
    log_id = _record(store, "card", _state(NOON, NOON), NOON)
    reviews.undo_review(store, log_id)
    assert _tables(store) == ([], [])
    assert reviews.undo_review(store, log_id) is None  # already gone


def test_only_a_cards_latest_answer_can_be_undone(store: UserStore) -> None:
    first = _record(store, "card", _state(NOON, NOON), NOON)
    _record(store, "card", _state(NOON, NOON), NOON + dt.timedelta(minutes=1))
    before = _tables(store)
    with pytest.raises(UserDataError, match="answered again since"):
        reviews.undo_review(store, first)
    assert _tables(store) == before


def test_a_log_only_review_keeps_the_state_and_undoes_to_the_same(store: UserStore) -> None:
    state = _state(NOON + dt.timedelta(days=3), NOON)
    _record(store, "card", state, NOON)
    before = _tables(store)
    log_id = reviews.record_review(
        store,
        "card",
        None,
        rating=1,
        reviewed_at=NOON + dt.timedelta(hours=1),
        duration_ms=900,
        mode="choice-cram",
        correct=False,
    )
    assert reviews.get_state(store, "card") == state
    assert reviews.review_log(store)[-1].correct is False
    reviews.undo_review(store, log_id)
    assert _tables(store) == before


def test_the_state_and_its_log_row_are_written_together_or_not_at_all(
    store: UserStore,
) -> None:
    # A log row that cannot be written (NOT NULL mode) must take the state change with it.
    with pytest.raises(sqlite3.IntegrityError):
        reviews.record_review(
            store,
            "card",
            _state(NOON, NOON),
            rating=3,
            reviewed_at=NOON,
            duration_ms=1,
            mode=None,  # type: ignore[arg-type]
            correct=None,
        )
    assert _tables(store) == ([], [])


def test_review_log_since_and_due_keys(store: UserStore) -> None:
    for hours, key in enumerate(["c", "a", "b"]):
        at = NOON + dt.timedelta(hours=hours)
        _record(store, key, _state(NOON + dt.timedelta(days=hours), at), at)
    since = NOON + dt.timedelta(hours=1)
    assert [entry.card_key for entry in reviews.review_log(store, since)] == ["a", "b"]
    assert [entry.card_key for entry in reviews.review_log(store)] == ["c", "a", "b"]
    assert reviews.due_keys(store, NOON + dt.timedelta(days=1), 10) == ["c", "a"]
    assert reviews.due_keys(store, NOON + dt.timedelta(days=5), 2) == ["c", "a"]


def test_new_cards_since_counts_first_answers_but_not_cram(store: UserStore) -> None:
    yesterday = NOON - dt.timedelta(days=1)
    _record(store, "old", _state(NOON, yesterday), yesterday)
    _record(store, "old", _state(NOON, NOON), NOON)  # a review, not a first answer
    _record(store, "fresh", _state(NOON, NOON), NOON)
    _record(store, "fresh", _state(NOON, NOON), NOON)
    reviews.record_review(
        store,
        "crammed",
        None,
        rating=3,
        reviewed_at=NOON,
        duration_ms=1,
        mode="flip-cram",
        correct=None,
    )
    assert reviews.new_cards_since(store, NOON - dt.timedelta(hours=1)) == 1
    assert reviews.new_cards_since(store, yesterday - dt.timedelta(hours=1)) == 2


def test_migration_from_version_1_keeps_the_bookmarks(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "user.sqlite", isolation_level=None)
    migrate(connection, STEPS[:1])
    connection.execute(
        "INSERT INTO bookmark VALUES ('second-1910-secret-1', 'spheres', '2026-01-01', "
        "'2026-01-02')"
    )
    assert migrate(connection) == 1
    assert schema_version(connection) == len(STEPS) >= 2
    assert connection.execute("SELECT * FROM bookmark").fetchall() == [
        ("second-1910-secret-1", "spheres", "2026-01-01", "2026-01-02")
    ]
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert {"card_state", "review_log", "card_state_due", "review_log_reviewed_at"} <= tables
    assert "review_log_card_key" in tables
    connection.close()

    store = UserStore.open(tmp_path / "user.sqlite")  # and the app opens it as it is
    try:
        assert store.notice is None
        assert reviews.states(store) == {}
    finally:
        store.close()
