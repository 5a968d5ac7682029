"""The Stats view's figures: exact on hand-made logs, and the same from SQL as from Python."""

from __future__ import annotations

import datetime as dt
import json
import random
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from studyapp import paths
from studyapp.content.database import read_content
from studyapp.content.records import Content
from studyapp.study import stats
from studyapp.study.cards import CARD_KINDS, generate_cards
from studyapp.study.stats import (
    LEARNING,
    NEW,
    RELEARNING,
    REVIEW,
    CardProgress,
    KindRetention,
    cards_by_state,
    due_per_day,
    load_progress,
    load_stats,
    retention_by_kind,
    reviews_per_day,
)
from studyapp.userdata import reviews
from studyapp.userdata.reviews import CardState, ReviewEntry
from studyapp.userdata.store import UserStore

TODAY = dt.date(2026, 3, 20)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[UserStore]:
    opened = UserStore.open(tmp_path / "user.sqlite")
    yield opened
    opened.close()


@pytest.fixture
def services_content() -> Content:
    """The bundled content."""
    return read_content(paths.content_db_path())


@pytest.fixture(params=["UTC", "Asia/Tokyo", "America/New_York"])
def local_zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Run in a given local time zone (Python's and SQLite's 'localtime' both follow TZ)."""
    zone: str = request.param
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    yield zone
    monkeypatch.undo()
    time.tzset()


def _local(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """A local wall-clock time on `day`, as an aware UTC moment."""
    naive = dt.datetime.combine(day, dt.time(hour, minute))
    return naive.astimezone().astimezone(dt.UTC)


def _entry(key: str, at: dt.datetime, rating: int = 3, correct: bool | None = None) -> ReviewEntry:
    return ReviewEntry(0, key, rating, at, 1000, "flip", correct)


def _state(phase: int, due: dt.datetime) -> CardState:
    fields: dict[str, object] = {"card_id": 1, "state": phase, "step": 0, "stability": 3.0}
    fields |= {"difficulty": 5.0, "due": due.isoformat(), "last_review": None}
    return CardState(json.dumps(fields), due, None)


# ---- the definitions ---------------------------------------------------------------------


def test_reviews_are_counted_on_their_local_day(local_zone: str) -> None:
    days = 7
    first = TODAY - dt.timedelta(days=days - 1)
    entries = [
        _entry("a", _local(first, 0, 0)),  # the first minute of the first day
        _entry("a", _local(first, 23, 59)),
        _entry("b", _local(first - dt.timedelta(days=1), 23, 59)),  # the day before: left out
        _entry("b", _local(TODAY, 0, 1)),
        _entry("c", _local(TODAY, 23, 30)),
        _entry("c", _local(TODAY + dt.timedelta(days=1), 0, 0)),  # tomorrow: left out
        _entry("d", _local(TODAY - dt.timedelta(days=3), 12)),
    ]
    assert reviews_per_day(entries, TODAY, days) == [2, 0, 0, 1, 0, 0, 2]


def test_retention_counts_right_answers_and_unrated_flips_by_kind() -> None:
    moment = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    entries = [
        _entry("term-japanese:a", moment, rating=4, correct=True),
        _entry("agreement-date:x", moment, rating=1, correct=False),
        _entry("agreement-date:x", moment, rating=3, correct=True),
        _entry("agreement-date:y", moment, rating=1, correct=None),  # flip rated Again: wrong
        _entry("agreement-date:y", moment, rating=2, correct=None),  # flip rated Hard: right
        _entry("retired-kind:z", moment, rating=4, correct=True),  # a kind no longer made
        _entry("agreement-date:retired", moment, rating=3, correct=False),  # marked wrong
    ]
    assert retention_by_kind(entries) == [
        KindRetention("agreement-date", 2, 5),  # CARD_KINDS order, the others after
        KindRetention("term-japanese", 1, 1),
        KindRetention("retired-kind", 1, 1),
    ]
    assert retention_by_kind(entries)[0].share == 0.4
    assert retention_by_kind([]) == []


def test_a_cards_kind_is_the_start_of_its_key(services_content: Content) -> None:
    cards = generate_cards(services_content, bookmarked=["first-1907-secret-1"])
    assert {card.kind for card in cards} == set(CARD_KINDS)
    for card in cards:
        assert stats.kind_of(card.key) == card.kind, card.key


def test_due_per_day_puts_overdue_cards_on_today(local_zone: str) -> None:
    progress = {
        "overdue": CardProgress(REVIEW, _local(TODAY - dt.timedelta(days=30), 9)),
        "today": CardProgress(LEARNING, _local(TODAY, 23, 50)),
        "tomorrow": CardProgress(REVIEW, _local(TODAY + dt.timedelta(days=1), 0, 5)),
        "last": CardProgress(REVIEW, _local(TODAY + dt.timedelta(days=2), 8)),
        "later": CardProgress(REVIEW, _local(TODAY + dt.timedelta(days=3), 8)),
        "not-a-card": CardProgress(REVIEW, _local(TODAY, 8)),
    }
    keys = ["overdue", "today", "tomorrow", "last", "later", "new-card"]
    assert due_per_day(progress, TODAY, 3, keys) == [2, 1, 1]
    assert due_per_day(progress, TODAY, 3) == [3, 1, 1]


def test_cards_without_a_state_are_new() -> None:
    moment = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    progress = {
        "a": CardProgress(LEARNING, moment),
        "b": CardProgress(REVIEW, moment),
        "c": CardProgress(REVIEW, moment),
        "d": CardProgress(RELEARNING, moment),
        "gone": CardProgress(REVIEW, moment),
    }
    counts = cards_by_state(progress, ["a", "b", "c", "d", "x", "y"])
    assert counts == {NEW: 2, LEARNING: 1, REVIEW: 2, RELEARNING: 1}
    assert list(counts) == list(stats.PHASES)


def test_fsrs_states_map_to_phases() -> None:
    assert [stats.phase_of(n) for n in (None, 0, 1, 2, 3)] == [
        NEW,
        NEW,
        LEARNING,
        REVIEW,
        RELEARNING,
    ]


# ---- the same in SQL -----------------------------------------------------------------------


def _fill(store: UserStore, seed: int) -> list[str]:
    """A random history over 300 days for 40 cards of three kinds; returns the card keys."""
    rng = random.Random(seed)
    kinds = ("event-date", "term-japanese", "bookmark")
    keys = [f"{kinds[n % 3]}:{n}" for n in range(40)]
    for _ in range(600):
        key = rng.choice([*keys, "retired:card", "event-date:retired"])
        at = _local(TODAY - dt.timedelta(days=rng.randint(0, 300)), rng.randint(0, 23), 30)
        correct = rng.choice([True, False, None])
        rating = 1 if correct is False else rng.randint(1, 4)
        due = _local(TODAY + dt.timedelta(days=rng.randint(-5, 20)), rng.randint(0, 23))
        reviews.record_review(
            store,
            key,
            _state(rng.randint(1, 3), due),
            rating=rating,
            reviewed_at=at,
            duration_ms=900,
            mode="choice",
            correct=correct,
        )
    return keys


def test_sql_figures_equal_the_definitions(store: UserStore, local_zone: str) -> None:
    keys = _fill(store, seed=len(local_zone))
    entries = reviews.review_log(store)
    progress = load_progress(store)
    assert {key: p.phase for key, p in progress.items()} == {
        key: state.phase for key, state in reviews.states(store).items()
    }
    figures = load_stats(store, set(keys), TODAY, days=120, due_days=14)
    assert figures.reviews_per_day == reviews_per_day(entries, TODAY, 120)
    assert figures.retention == retention_by_kind(entries)
    assert [item.kind for item in figures.retention][-1] == "retired"
    assert figures.by_state == cards_by_state(progress, keys)
    assert sum(figures.by_state.values()) == len(keys)
    assert figures.due_per_day == due_per_day(progress, TODAY, 14, keys)
    assert sum(figures.due_per_day) > 0
    assert figures.total_reviews == len(entries) == 600
    assert figures.first_day == TODAY - dt.timedelta(days=119)
    assert sum(figures.reviews_per_day) > 0
    assert not figures.is_empty


def test_an_empty_log_gives_empty_figures(store: UserStore) -> None:
    figures = load_stats(store, {"event-date:a", "bookmark:b"}, TODAY, days=10, due_days=5)
    assert figures.is_empty
    assert figures.reviews_per_day == [0] * 10
    assert figures.retention == []
    assert figures.by_state == {NEW: 2, LEARNING: 0, REVIEW: 0, RELEARNING: 0}
    assert figures.due_per_day == [0] * 5
