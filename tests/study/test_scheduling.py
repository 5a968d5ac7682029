"""Ratings from answers, and the fsrs scheduler behind the app's CardState."""

from __future__ import annotations

import datetime as dt
import json

import fsrs
import pytest

from studyapp.study.scheduling import (
    EASY_UNDER_SECONDS,
    HARD_OVER_SECONDS,
    MODES,
    Rating,
    Scheduler,
    rating_for,
)

NOON = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize("mode", MODES)
def test_a_wrong_answer_is_again_however_fast(mode: str) -> None:
    assert rating_for(False, 0.5, mode) is Rating.AGAIN
    assert rating_for(False, 60, mode) is Rating.AGAIN


@pytest.mark.parametrize(
    ("seconds", "mode", "expected"),
    [
        (2.0, "choice", Rating.EASY),
        (3.0, "choice", Rating.GOOD),  # the limit itself is no longer quick
        (7.9, "choice", Rating.GOOD),
        (20.0, "choice", Rating.GOOD),
        (20.1, "choice", Rating.HARD),
        (2.9, "flip", Rating.EASY),
        (12.0, "flip", Rating.GOOD),
        (45.0, "flip", Rating.HARD),
        (6.0, "typed", Rating.EASY),  # typing takes longer than clicking
        (25.0, "typed", Rating.GOOD),
        (31.0, "typed", Rating.HARD),
    ],
)
def test_a_right_answer_is_rated_by_its_speed(seconds: float, mode: str, expected: Rating) -> None:
    assert rating_for(True, seconds, mode) is expected


def test_the_limits_are_ordered_for_every_mode() -> None:
    for mode in MODES:
        assert EASY_UNDER_SECONDS[mode] < HARD_OVER_SECONDS[mode]


def test_an_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown answer mode 'spoken'"):
        rating_for(True, 1.0, "spoken")


def test_ratings_are_fsrs_ratings() -> None:
    assert [int(rating) for rating in Rating] == [int(rating) for rating in fsrs.Rating]


def test_a_new_card_answered_again_is_due_in_a_minute() -> None:
    state = Scheduler(fuzz=False).review("card", None, Rating.AGAIN, NOON, 4000)
    assert state.due == NOON + dt.timedelta(minutes=1)
    assert state.last_review == NOON
    assert state.phase == "learning"


def test_a_new_card_answered_easy_goes_to_review_for_days() -> None:
    state = Scheduler(fuzz=False).review("card", None, Rating.EASY, NOON)
    assert state.phase == "review"
    assert state.due - NOON >= dt.timedelta(days=1)


def test_the_state_is_the_fsrs_cards_json_and_is_read_back() -> None:
    scheduler = Scheduler(fuzz=False)
    first = scheduler.review("card", None, Rating.GOOD, NOON)
    card = fsrs.Card.from_json(first.state)
    assert card.due == first.due and card.last_review == NOON
    assert (
        json.loads(first.state)["card_id"]
        == json.loads(scheduler.review("card", None, Rating.AGAIN, NOON).state)["card_id"]
    )  # the id comes from the key, not the clock
    later = first.due
    second = scheduler.review("card", first, Rating.GOOD, later)
    assert second.last_review == later
    assert second.due > later


def test_without_fuzz_the_intervals_are_the_same_every_time() -> None:
    def review_history() -> list[dt.datetime]:
        scheduler = Scheduler(fuzz=False)
        state, dues = None, []
        at = NOON
        for rating in (Rating.GOOD, Rating.GOOD, Rating.EASY, Rating.GOOD, Rating.HARD):
            state = scheduler.review("card", state, rating, at)
            dues.append(state.due)
            at = state.due
        return dues

    assert review_history() == review_history()


def test_an_answer_from_another_time_zone_is_scheduled_in_utc() -> None:
    tokyo = dt.timezone(dt.timedelta(hours=9))
    state = Scheduler(fuzz=False).review("card", None, Rating.AGAIN, NOON.astimezone(tokyo))
    assert state.due == NOON + dt.timedelta(minutes=1)
    assert state.due.tzinfo == dt.UTC
