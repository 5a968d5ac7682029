"""The study session: what comes next, the new-card limit, Again, undo, cram, deck filters."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from studyapp.errors import UserDataError
from studyapp.study.cards import Card
from studyapp.study.queue import DeckFilter, StudySession, local_day_start
from studyapp.study.scheduling import Rating, Scheduler
from studyapp.study.vocabulary import AnswerType, CardKind
from studyapp.userdata import reviews
from studyapp.userdata.store import UserStore

NOON = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)


def make_card(
    key: str,
    kind: str = "agreement-date",
    agreement_key: str | None = "first-1907",
    clause_key: str | None = None,
) -> Card:
    return Card(
        key=key,
        kind=CardKind(kind),
        prompt=f"Question {key}",
        answer=f"Answer {key}",
        answer_type=AnswerType.TEXT,
        accepted=(),
        choices_pool=kind,
        agreement_key=agreement_key,
        clause_key=clause_key,
        explanation="",
        source_keys=("source",),
    )


class Clock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[UserStore]:
    opened = UserStore.open(tmp_path / "user.sqlite")
    yield opened
    opened.close()


@pytest.fixture
def clock() -> Clock:
    return Clock(NOON)


def session(
    store: UserStore, cards: list[Card], clock: Clock, **options: object
) -> StudySession[Card]:
    return StudySession(
        store,
        cards,
        now=clock,
        scheduler=Scheduler(fuzz=False),
        **options,  # type: ignore[arg-type]
    )


def answer_all(study: StudySession[Card], rating: Rating = Rating.EASY) -> list[str]:
    """Answer every card the session offers with `rating`; the keys in order."""
    keys = []
    while (card := study.next_card()) is not None:
        study.answer(card, rating, duration_ms=2000, mode="flip", correct=None)
        keys.append(card.key)
    return keys


def studied(store: UserStore, key: str, at: dt.datetime, rating: Rating = Rating.EASY) -> None:
    """Record that `key` was studied at `at`, as a session would have."""
    before = reviews.get_state(store, key)
    state = Scheduler(fuzz=False).review(key, before, rating, at)
    reviews.record_review(
        store,
        key,
        state,
        rating=rating,
        reviewed_at=at,
        duration_ms=1000,
        mode="flip",
        correct=None,
    )


CARDS = [make_card(f"card-{number:02}") for number in range(30)]


def test_new_cards_come_in_generation_order_up_to_the_daily_limit(
    store: UserStore, clock: Clock
) -> None:
    study = session(store, CARDS, clock, new_limit=5)
    assert study.remaining == 5
    assert answer_all(study) == [card.key for card in CARDS[:5]]
    assert study.remaining == 0

    clock.advance(seconds=1)  # reopened the same day: the limit is read back from the log
    assert session(store, CARDS, clock, new_limit=5).next_card() is None
    assert session(store, CARDS, clock, new_limit=7).remaining == 2

    clock.now = local_day_start(NOON, days_later=1) + dt.timedelta(hours=1)  # tomorrow
    assert session(store, CARDS, clock, new_limit=5).next_card() == CARDS[5]


def test_new_cards_studied_earlier_today_count_against_the_limit(
    store: UserStore, clock: Clock
) -> None:
    today = local_day_start(NOON)  # the user's own midnight, in whatever time zone
    studied(store, "elsewhere-1", today + dt.timedelta(minutes=1))
    studied(store, "elsewhere-2", today)
    studied(store, "yesterday", today - dt.timedelta(minutes=1))
    assert session(store, CARDS, clock, new_limit=5).remaining == 3


def test_asking_twice_gives_the_same_card(store: UserStore, clock: Clock) -> None:
    study = session(store, CARDS, clock)
    assert study.next_card() is study.next_card() == CARDS[0]


def test_due_cards_come_longest_overdue_first_and_before_new_cards(
    store: UserStore, clock: Clock
) -> None:
    # Identical histories a day apart: the same interval, so the due times keep that order.
    for days, key in [(3, "card-07"), (1, "card-02"), (2, "card-04")]:
        studied(store, key, NOON - dt.timedelta(days=60 + days))
    studied(store, "card-09", NOON - dt.timedelta(days=2))  # not due for days
    states = reviews.states(store)
    assert all(states[key].due < NOON for key in ("card-07", "card-02", "card-04"))

    study = session(store, CARDS, clock, new_limit=2)
    assert study.remaining == 3 + 2
    assert answer_all(study) == ["card-07", "card-04", "card-02", "card-00", "card-01"]


def test_a_card_answered_again_comes_back_once_its_step_has_passed(
    store: UserStore, clock: Clock
) -> None:
    study = session(store, CARDS[:3], clock)
    first = study.next_card()
    assert first == CARDS[0]
    study.answer(first, Rating.AGAIN, duration_ms=5000, mode="typed", correct=False)
    assert reviews.get_state(store, first.key) is not None

    assert study.next_card() == CARDS[1]  # its minute has not passed: a new card first
    clock.advance(minutes=2)
    assert study.next_card() == first  # now due, ahead of new cards
    study.answer(first, Rating.GOOD, duration_ms=3000, mode="typed", correct=True)
    # Good on a learning card is a ten-minute step: with nothing else left, it comes early.
    assert answer_all(study, Rating.EASY)[:2] == [CARDS[1].key, CARDS[2].key]
    assert study.remaining == 0
    assert study.next_card() is None


def test_a_learning_card_is_not_shown_far_ahead_of_its_step(store: UserStore, clock: Clock) -> None:
    study = session(store, CARDS[:1], clock)
    card = study.next_card()
    assert card is not None
    study.answer(card, Rating.AGAIN, duration_ms=1000, mode="choice", correct=False)
    assert study.next_card() == card  # a minute away, within the learn-ahead limit
    study.answer(card, Rating.EASY, duration_ms=1000, mode="choice", correct=True)
    assert study.next_card() is None  # graduated: days away
    assert study.remaining == 0


def test_undo_restores_the_state_deletes_the_log_row_and_puts_the_card_first(
    store: UserStore, clock: Clock
) -> None:
    studied(store, "card-03", NOON - dt.timedelta(days=60))
    state_before = reviews.get_state(store, "card-03")
    log_before = reviews.review_log(store)
    study = session(store, CARDS, clock, new_limit=1)
    assert study.undo() is None  # nothing to undo yet

    due = study.next_card()
    assert due is not None and due.key == "card-03"
    study.answer(due, Rating.HARD, duration_ms=9000, mode="flip", correct=None)
    new = study.next_card()
    assert new == CARDS[0]
    assert new is not None
    study.answer(new, Rating.EASY, duration_ms=1000, mode="flip", correct=None)
    assert study.next_card() is None and study.remaining == 0

    assert study.undo() == new  # the new card: new again, and the limit has room again
    assert reviews.get_state(store, new.key) is None
    assert study.next_card() == new and study.remaining == 1
    assert study.undo() == due  # both undone: the due card comes first again
    assert reviews.get_state(store, "card-03") == state_before
    assert reviews.review_log(store) == log_before
    assert study.next_card() == due
    assert study.remaining == 2
    assert study.summary().answers == 0

    study.answer(due, Rating.GOOD, duration_ms=1000, mode="flip", correct=None)
    assert study.next_card() == new  # answered once more, in the usual order


def test_undoing_an_again_keeps_the_card_once_in_the_queue(store: UserStore, clock: Clock) -> None:
    study = session(store, CARDS[:2], clock)
    card = study.next_card()
    assert card is not None
    study.answer(card, Rating.AGAIN, duration_ms=1000, mode="choice", correct=False)
    assert study.undo() == card
    assert study.remaining == 2
    assert answer_all(study) == [CARDS[0].key, CARDS[1].key]


def test_a_failed_write_leaves_the_session_where_it_was(
    store: UserStore, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    study = session(store, CARDS[:3], clock)
    card = study.next_card()
    assert card is not None

    def busy(*_args: object, **_kwargs: object) -> int:
        raise UserDataError("Your study data is busy in another program.")

    monkeypatch.setattr(reviews, "answer_card", busy)
    with pytest.raises(UserDataError):
        study.answer(card, Rating.GOOD, duration_ms=1000, mode="flip", correct=None)
    assert study.next_card() == card
    assert study.remaining == 3
    assert study.summary().answers == 0


def test_cram_takes_every_card_of_the_deck_and_does_not_reschedule(
    store: UserStore, clock: Clock
) -> None:
    cards = CARDS[:4]
    for card in cards[:2]:
        studied(store, card.key, NOON - dt.timedelta(days=1))  # due in days
    states_before = reviews.states(store)
    assert session(store, cards, clock, new_limit=0).next_card() is None

    cram = session(store, cards, clock, cram=True, new_limit=0)
    assert cram.remaining == 4
    first = cram.next_card()
    assert first == cards[0]
    cram.answer(first, Rating.AGAIN, duration_ms=1000, mode="typed", correct=False)
    order = answer_all(cram, Rating.GOOD)
    assert order == [cards[1].key, cards[2].key, cards[3].key, cards[0].key]  # Again: last

    assert reviews.states(store) == states_before  # logged, not rescheduled
    crammed = reviews.review_log(store, NOON)
    assert [entry.mode for entry in crammed] == ["typed-cram"] + ["flip-cram"] * 4
    assert cram.undo() == cards[0]
    assert reviews.states(store) == states_before
    assert len(reviews.review_log(store, NOON)) == 4
    # Crammed new cards are still new: the daily limit is untouched.
    assert session(store, cards, clock, new_limit=2).remaining == 2


def test_deck_filters(store: UserStore, clock: Clock) -> None:
    cards = [
        make_card("agreement-date:first-1907"),
        make_card("agreement-date:second-1910", agreement_key="second-1910"),
        make_card("term-japanese:open-door", kind="term-japanese", agreement_key=None),
        make_card(
            "clause-agreement:second-1910-secret-1",
            kind="clause-agreement",
            agreement_key="second-1910",
            clause_key="second-1910-secret-1",
        ),
        make_card(
            "bookmark:first-1907-public-1",
            kind="bookmark",
            clause_key="first-1907-public-1",
        ),
    ]

    def keys(deck: DeckFilter) -> list[str]:
        return answer_all(session(store, cards, clock, deck=deck, cram=True))

    assert keys(DeckFilter(agreement_key="second-1910")) == [
        "agreement-date:second-1910",
        "clause-agreement:second-1910-secret-1",
    ]
    assert keys(DeckFilter(kinds=frozenset({"term-japanese", "bookmark"}))) == [
        "term-japanese:open-door",
        "bookmark:first-1907-public-1",
    ]
    assert keys(DeckFilter(bookmarks_only=True)) == ["bookmark:first-1907-public-1"]
    with_clauses = DeckFilter(
        bookmarks_only=True, bookmarked_clauses=frozenset({"second-1910-secret-1"})
    )
    assert keys(with_clauses) == [
        "clause-agreement:second-1910-secret-1",
        "bookmark:first-1907-public-1",
    ]
    assert keys(DeckFilter(agreement_key="first-1907", kinds=frozenset({"bookmark"}))) == [
        "bookmark:first-1907-public-1"
    ]
    assert len(keys(DeckFilter())) == len(cards)


def test_the_summary_counts_what_happened(store: UserStore, clock: Clock) -> None:
    study = session(store, CARDS[:3], clock)
    summary = study.summary()
    assert (summary.seen, summary.answers, summary.seconds) == (0, 0, 0)
    assert summary.next_due == NOON  # new cards are waiting now

    plan = [
        (Rating.AGAIN, False, 6000),
        (Rating.EASY, True, 2000),
        (Rating.HARD, True, 25000),
    ]
    for rating, correct, duration in plan:
        card = study.next_card()
        assert card is not None
        study.answer(card, rating, duration_ms=duration, mode="choice", correct=correct)
    clock.advance(minutes=2)
    card = study.next_card()
    assert card == CARDS[0]
    study.answer(card, Rating.GOOD, duration_ms=3000, mode="flip", correct=None)

    summary = study.summary()
    assert summary.seen == 3
    assert summary.answers == 4
    assert summary.correct == 3  # the flip rated Good counts as right
    assert (summary.again, summary.hard, summary.good, summary.easy) == (1, 1, 1, 1)
    assert summary.seconds == pytest.approx(36.0)
    states = reviews.states(store)
    assert summary.next_due == min(state.due for state in states.values())
    assert summary.next_due is not None and summary.next_due > clock.now


def test_when_the_limit_holds_new_cards_back_they_are_next_due_tomorrow(
    store: UserStore, clock: Clock
) -> None:
    study = session(store, CARDS[:3], clock, new_limit=1)
    answer_all(study, Rating.EASY)
    tomorrow = local_day_start(NOON, days_later=1)
    assert study.summary().next_due == tomorrow


@pytest.mark.parametrize(
    ("moment", "start"),
    [
        # Berlin's clocks went forward at 02:00 on 29 March 2026 and back on 25 October.
        ("2026-03-29T12:00:00+02:00", "2026-03-29T00:00:00+01:00"),
        ("2026-10-25T23:30:00+01:00", "2026-10-25T00:00:00+02:00"),
        ("2026-03-28T23:30:00+00:00", "2026-03-29T00:00:00+01:00"),
    ],
)
def test_the_local_day_starts_at_local_midnight_across_daylight_saving(
    moment: str, start: str
) -> None:
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Berlin"
    time.tzset()
    try:
        day_start = local_day_start(dt.datetime.fromisoformat(moment))
    finally:
        if saved is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved
        time.tzset()
    assert day_start == dt.datetime.fromisoformat(start)
    assert day_start.utcoffset() == dt.datetime.fromisoformat(start).utcoffset()


def test_an_unknown_mode_is_refused_before_anything_is_written(
    store: UserStore, clock: Clock
) -> None:
    study = session(store, CARDS[:1], clock)
    card = study.next_card()
    assert card is not None
    with pytest.raises(ValueError, match="unknown answer mode"):
        study.answer(card, Rating.GOOD, duration_ms=1, mode="spoken", correct=None)
    assert reviews.review_log(store) == []
