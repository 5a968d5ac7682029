"""Anki's session habits: siblings buried and spread apart, new-card order, live counts,
leeches, and the preferences behind them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from studyapp.content.database import read_content
from studyapp.study import preferences as prefs
from studyapp.study.cards import Card, generate_cards
from studyapp.study.preferences import LeechAction, NewCardOrder, StudyPreferences
from studyapp.study.queue import StudySession, is_leech, local_day_start, new_card_order
from studyapp.study.scheduling import Rating, Scheduler
from studyapp.study.siblings import SIBLING_GAP, SiblingIndex, fact_keys, spread_siblings
from studyapp.userdata import card_marks, reviews
from studyapp.userdata.store import UserStore
from tests.study.test_queue import Clock, make_card

NOON = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)
ANKI = StudyPreferences()  # shuffled, bury siblings, leech at 8 lapses: suspend


@pytest.fixture
def store(tmp_path: Path) -> Iterator[UserStore]:
    opened = UserStore.open(tmp_path / "user.sqlite")
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def real_cards() -> list[Card]:
    from studyapp import paths

    return generate_cards(read_content(paths.content_db_path()))


def answer(session: StudySession[Card], rating: Rating = Rating.GOOD) -> str:
    card = session.next_card()
    assert card is not None
    session.answer(card, rating, duration_ms=4000, mode="flip", correct=None)
    return card.key


def test_cards_that_share_a_row_are_siblings() -> None:
    assert fact_keys("agreement-date:first-1907") == ("first-1907",)
    assert fact_keys("event-order:a:b") == ("a", "b")
    assert fact_keys("clause-cloze:first-1907-secret-1:2") == ("first-1907-secret-1",)
    index = SiblingIndex(
        [
            make_card("agreement-date:first-1907"),
            make_card("date-agreement:first-1907"),
            make_card("agreement-date:second-1910"),
            make_card("event-order:first-1907:x"),
        ]
    )
    assert index.siblings("agreement-date:first-1907") == [
        "date-agreement:first-1907",
        "event-order:first-1907:x",
    ]


def test_the_real_mirror_cards_are_siblings(real_cards: list[Card]) -> None:
    index = SiblingIndex(real_cards)
    keys = {card.key for card in real_cards}
    for card in real_cards:
        if card.kind == "agreement-date":
            mirror = card.key.replace("agreement-date:", "date-agreement:")
            if mirror in keys:
                assert mirror in index.siblings(card.key)
        if card.kind == "term-japanese":
            assert card.key.replace("term-japanese", "term-definition") in index.siblings(card.key)


def test_a_new_session_never_shows_two_siblings_within_ten_cards(
    store: UserStore,
    real_cards: list[Card],
) -> None:
    plain = StudyPreferences(bury_siblings=False, new_card_order=NewCardOrder.CONTENT)
    clock = Clock(NOON)
    session = StudySession(
        store,
        real_cards,
        new_limit=60,
        now=clock,
        preferences=plain,
        scheduler=Scheduler(fuzz=False),
    )
    shown = [answer(session, Rating.EASY) for _ in range(60)]
    for position, key in enumerate(shown):
        for other in shown[position + 1 : position + 1 + SIBLING_GAP]:
            assert not set(fact_keys(key)) & set(fact_keys(other)), (key, other)


def test_spreading_keeps_the_order_where_nothing_clashes() -> None:
    cards = [make_card(f"k:{n}") for n in range(30)]
    assert spread_siblings(cards) == cards


def test_answering_a_card_buries_its_siblings_until_the_next_day(store: UserStore) -> None:
    cards = [
        make_card("agreement-date:first-1907"),
        make_card("date-agreement:first-1907"),
        make_card("agreement-date:second-1910"),
    ]
    clock = Clock(NOON)
    preferences = StudyPreferences(new_card_order=NewCardOrder.CONTENT)
    session = StudySession(store, cards, now=clock, preferences=preferences)
    assert session.counts().new == 3
    first = answer(session, Rating.EASY)
    assert first == "agreement-date:first-1907"
    assert session.counts().new == 1  # its mirror is buried
    mark = card_marks.get_mark(store, "date-agreement:first-1907")
    assert mark.buried_until == local_day_start(NOON, days_later=1).astimezone(dt.UTC)
    assert answer(session, Rating.EASY) == "agreement-date:second-1910"
    assert session.next_card() is None
    # The same day, a new session leaves it out; the next day it is back.
    again = StudySession(store, cards, now=clock, preferences=preferences)
    assert again.next_card() is None
    clock.advance(days=1)
    tomorrow = StudySession(store, cards, now=clock, preferences=preferences)
    keys = set()
    while (card := tomorrow.next_card()) is not None:
        keys.add(card.key)
        tomorrow.answer(card, Rating.EASY, duration_ms=1000, mode="flip", correct=None)
    assert "date-agreement:first-1907" in keys


def test_undo_unburies_the_siblings(store: UserStore) -> None:
    cards = [make_card("agreement-date:first-1907"), make_card("date-agreement:first-1907")]
    preferences = StudyPreferences(new_card_order=NewCardOrder.CONTENT)
    session = StudySession(store, cards, now=Clock(NOON), preferences=preferences)
    answer(session)
    assert session.counts().new == 0
    session.undo()
    assert card_marks.get_mark(store, "date-agreement:first-1907") == card_marks.NO_MARK
    assert session.counts().new == 2


def test_bury_siblings_off_buries_nothing(store: UserStore) -> None:
    cards = [make_card("agreement-date:first-1907"), make_card("date-agreement:first-1907")]
    preferences = StudyPreferences(bury_siblings=False, new_card_order=NewCardOrder.CONTENT)
    session = StudySession(store, cards, now=Clock(NOON), preferences=preferences)
    answer(session, Rating.EASY)
    assert session.counts().new == 1
    assert card_marks.marks(store) == {}


def test_new_cards_are_shuffled_the_same_way_all_day_and_another_way_the_next() -> None:
    cards = [make_card(f"k:{n}") for n in range(200)]
    day = dt.date(2026, 3, 2)
    today = new_card_order(cards, NewCardOrder.SHUFFLED, day, 200)
    assert today == new_card_order(cards, NewCardOrder.SHUFFLED, day, 200)
    assert sorted(c.key for c in today) == sorted(c.key for c in cards)
    assert today != cards
    assert today != new_card_order(cards, NewCardOrder.SHUFFLED, day + dt.timedelta(1), 200)
    assert new_card_order(cards, NewCardOrder.CONTENT, day, 200) == cards


def test_the_counts_go_down_as_cards_are_answered(store: UserStore) -> None:
    cards = [make_card(f"k:{n}") for n in range(5)]
    clock = Clock(NOON)
    session = StudySession(store, cards, now=clock, scheduler=Scheduler(fuzz=False))
    counts = session.counts()
    assert (counts.new, counts.learning, counts.review) == (5, 0, 0)
    assert counts.seconds_left > 0
    answer(session, Rating.GOOD)  # a new card answered Good goes to a learning step
    counts = session.counts()
    assert (counts.new, counts.learning, counts.review) == (4, 1, 0)
    answer(session, Rating.EASY)  # Easy graduates it at once
    assert (session.counts().new, session.counts().learning) == (3, 1)
    # The time left follows the student's pace (4 s an answer here).
    assert session.counts().seconds_left == pytest.approx(
        4.0 * (3 * (1 + len(StudyPreferences().learning_steps_minutes)) + 1)
    )


def test_a_card_in_review_counts_as_review(store: UserStore) -> None:
    cards = [make_card("k:1")]
    clock = Clock(NOON)
    session = StudySession(store, cards, now=clock, scheduler=Scheduler(fuzz=False))
    answer(session, Rating.EASY)
    clock.advance(days=60)
    later = StudySession(store, cards, now=clock)
    assert (later.counts().new, later.counts().learning, later.counts().review) == (0, 0, 1)


def _lapse_until_leech(store: UserStore, preferences: StudyPreferences) -> StudySession[Card]:
    cards = [make_card("k:1")]
    clock = Clock(NOON)
    scheduler = Scheduler(fuzz=False)
    for _ in range(preferences.leech_threshold):
        session = StudySession(
            store, cards, now=clock, scheduler=scheduler, preferences=preferences
        )
        while (state := reviews.get_state(store, "k:1")) is None or state.phase != "review":
            answer(session, Rating.EASY)
        clock.now = state.due
        session = StudySession(
            store, cards, now=clock, scheduler=scheduler, preferences=preferences
        )
        answer(session, Rating.AGAIN)  # a lapse
        clock.advance(days=1)
    return StudySession(store, cards, now=clock, scheduler=scheduler, preferences=preferences)


def test_a_card_forgotten_eight_times_is_tagged_a_leech_and_suspended(store: UserStore) -> None:
    session = _lapse_until_leech(store, StudyPreferences(leech_threshold=3))
    assert card_marks.lapses(store) == {"k:1": 3}
    mark = card_marks.get_mark(store, "k:1")
    assert (mark.leech, mark.suspended) == (True, True)
    assert session.next_card() is None


def test_a_leech_can_be_flagged_instead_and_keeps_coming(store: UserStore) -> None:
    preferences = StudyPreferences(leech_threshold=2, leech_action=LeechAction.FLAG)
    _lapse_until_leech(store, preferences)
    mark = card_marks.get_mark(store, "k:1")
    assert (mark.leech, mark.suspended, mark.flagged) == (True, False, True)


def test_leech_threshold_then_every_half_threshold_as_in_anki() -> None:
    assert [n for n in range(1, 21) if is_leech(n, 8)] == [8, 12, 16, 20]


def test_preferences_round_trip_and_unreadable_values_fall_back() -> None:
    chosen = StudyPreferences(
        new_per_day=7,
        desired_retention=0.85,
        maximum_interval_days=400,
        learning_steps_minutes=(0.5, 5.0, 60.0),
        new_card_order=NewCardOrder.CONTENT,
        bury_siblings=False,
        leech_threshold=5,
        leech_action=LeechAction.FLAG,
    )
    saved = prefs.values(chosen)
    assert prefs.load(saved.get) == chosen
    broken = dict.fromkeys(saved, "nonsense")
    assert prefs.load(broken.get) == prefs.DEFAULTS
    nothing: dict[str, str] = {}
    assert prefs.load(nothing.get) == prefs.DEFAULTS
    assert prefs.parse_steps("1m 10m") == (1.0, 10.0)
    assert prefs.parse_steps("30s 1h 1d") == (0.5, 60.0, 1440.0)
    assert prefs.parse_steps("soon") is None
    assert prefs.parse_steps("-1") is None


def test_the_scheduler_takes_the_maximum_interval_and_steps() -> None:
    short = Scheduler.for_preferences(
        StudyPreferences(maximum_interval_days=3, learning_steps_minutes=(5.0,)), fuzz=False
    )
    state = short.review("k", None, Rating.AGAIN, NOON)  # back to the one step
    assert state.due - NOON == dt.timedelta(minutes=5)
    for _ in range(6):
        state = short.review("k", state, Rating.EASY, state.due)
    assert state.last_review is not None
    assert state.due - state.last_review <= dt.timedelta(days=3)
