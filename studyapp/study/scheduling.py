"""FSRS scheduling through the `fsrs` package, and how an answer becomes a rating.

The `fsrs` package does the mathematics; this module only turns its Card into the ledger's
CardState (studyapp.userdata.reviews) and back, and derives a rating from a checked answer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from enum import IntEnum

import fsrs

from studyapp.study.preferences import StudyPreferences
from studyapp.study.vocabulary import AnswerMode
from studyapp.userdata.reviews import CardState

# What the review log keeps; a click on the map is logged as a choice.
MODES: tuple[AnswerMode, ...] = (AnswerMode.FLIP, AnswerMode.CHOICE, AnswerMode.TYPED)
DESIRED_RETENTION = 0.9

# How quickly a right answer must come to be rated Easy, and how slowly to be rated Hard, by
# mode. Between the two it is Good. Typing a date takes longer than clicking one of four
# choices, so its limits are wider. A wrong answer is always Again.
EASY_UNDER_SECONDS = {AnswerMode.FLIP: 3.0, AnswerMode.CHOICE: 3.0, AnswerMode.TYPED: 8.0}
HARD_OVER_SECONDS = {AnswerMode.FLIP: 20.0, AnswerMode.CHOICE: 20.0, AnswerMode.TYPED: 30.0}


class Rating(IntEnum):
    """Anki's four answer buttons; the values are fsrs.Rating's."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def rating_for(correct: bool, seconds: float, mode: str) -> Rating:
    """The rating of a checked answer: wrong is Again; right is Easy, Good or Hard by speed.

    Flip mode is normally self-rated; given a verdict, it is timed like a choice.
    """
    if mode not in MODES:
        raise ValueError(f"unknown answer mode {mode!r}; expected one of {', '.join(MODES)}")
    mode = AnswerMode(mode)
    if not correct:
        return Rating.AGAIN
    if seconds < EASY_UNDER_SECONDS[mode]:
        return Rating.EASY
    if seconds > HARD_OVER_SECONDS[mode]:
        return Rating.HARD
    return Rating.GOOD


def _card_id(key: str) -> int:
    # fsrs numbers a new card by the clock (and sleeps a millisecond to keep them apart); a
    # number from the key is stable and costs nothing.
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=6).digest(), "big")


class Scheduler:
    """fsrs.Scheduler with the app's settings: 90% desired retention, default steps.

    Fuzz (a small random spread of long intervals, so cards learnt together drift apart) is on
    in the app and off where a test needs the same intervals every run.
    """

    def __init__(
        self,
        *,
        desired_retention: float = DESIRED_RETENTION,
        fuzz: bool = True,
        learning_steps: tuple[dt.timedelta, ...] = (
            dt.timedelta(minutes=1),
            dt.timedelta(minutes=10),
        ),
        relearning_steps: tuple[dt.timedelta, ...] = (dt.timedelta(minutes=10),),
        maximum_interval_days: int = 36_500,
    ) -> None:
        self._fsrs = fsrs.Scheduler(
            desired_retention=desired_retention,
            enable_fuzzing=fuzz,
            learning_steps=learning_steps,
            relearning_steps=relearning_steps,
            maximum_interval=maximum_interval_days,
        )

    @classmethod
    def for_preferences(cls, preferences: StudyPreferences, *, fuzz: bool = True) -> Scheduler:
        """The scheduler with the student's retention, steps and maximum interval."""
        return cls(
            desired_retention=preferences.desired_retention,
            fuzz=fuzz,
            learning_steps=preferences.learning_steps,
            relearning_steps=preferences.relearning_steps,
            maximum_interval_days=preferences.maximum_interval_days,
        )

    def review(
        self,
        key: str,
        state: CardState | None,
        rating: Rating,
        at: dt.datetime,
        duration_ms: int | None = None,
    ) -> CardState:
        """The state after answering the card `key` (new if `state` is None) at `at`."""
        if state is None:
            card = fsrs.Card(card_id=_card_id(key), due=at)
        else:
            card = fsrs.Card.from_json(state.state)
        reviewed, _log = self._fsrs.review_card(
            card, fsrs.Rating(int(rating)), at.astimezone(dt.UTC), duration_ms
        )
        return CardState(reviewed.to_json(), reviewed.due, reviewed.last_review)

    def replay(
        self,
        key: str,
        start: str | None,
        answers: Sequence[tuple[int, dt.datetime, int, bool]],
    ) -> tuple[list[str | None], CardState | None]:
        """Answer the card `key` again and again from the state `start` (JSON; None: new).

        `answers` are (rating, time, duration in ms, whether it reschedules: a cram answer
        does not), oldest first. Returns the state before each answer (JSON, None while new)
        and the state after the last. Works on fsrs Cards throughout: a merge replays many.
        """
        card = fsrs.Card.from_json(start) if start else None
        befores: list[str | None] = []
        for rating, at, duration_ms, reschedules in answers:
            befores.append(card.to_json() if card is not None else None)
            if not reschedules:
                continue
            if card is None:
                card = fsrs.Card(card_id=_card_id(key), due=at)
            card, _log = self._fsrs.review_card(
                card, fsrs.Rating(int(rating)), at.astimezone(dt.UTC), duration_ms
            )
        if card is None:
            return befores, None
        return befores, CardState(card.to_json(), card.due, card.last_review)
