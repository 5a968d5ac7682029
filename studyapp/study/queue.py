"""A study session: which card comes next, answering it, undoing it, and the summary.

The order, as in Anki:
1. a card whose answer was just undone, to be answered again;
2. cards due now, longest overdue first (reviews, and learning cards whose step has passed);
3. new cards in the order they were generated, while today's new-card limit allows;
4. learning cards due within LEARN_AHEAD, early, rather than leaving the student waiting.

A card answered Again (or Hard or Good while still learning) gets a short fsrs step (1 or 10
minutes) and comes back in the same session when the step has passed, ahead of new cards; once
only such cards are left, the next one comes at once. Cards due later than that wait for a
later session.

The new-card limit counts the cards first studied today (the user's local day) in the review
log, so closing and reopening the app does not start the count afresh.

Cram (for revising before a test) takes every card of the deck filter in generation order,
whatever its due date, with no new-card limit. Its answers are logged (mode "typed-cram" and
so on) but do not change the cards' FSRS states: a burst of same-day repetition says little
about long-term memory, and should not push the real reviews months away. A card answered
Again goes to the back of the cram queue.

Choosing the next card costs O(log n): the states are read once, in one query, when the
session starts; due cards wait in a heap keyed by due time and new cards in a deque, and an
entry left behind when its card moves (an undo, a requeue) is skipped when it reaches the top.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from studyapp.study.cards import Card
from studyapp.study.scheduling import MODES, Rating, Scheduler, utc_now
from studyapp.userdata import reviews
from studyapp.userdata.reviews import CRAM_SUFFIX, CardState
from studyapp.userdata.store import UserStore

LEARN_AHEAD = dt.timedelta(minutes=20)
_FRONT, _DUE, _NEW = "front", "due", "new"


@dataclass(frozen=True, slots=True)
class DeckFilter:
    """Which cards a session (or an export) takes; the conditions that are set all hold.

    With `bookmarks_only`, a card qualifies if it is a bookmark card, or asks about a clause in
    `bookmarked_clauses` (which the caller may fill from the user's bookmarks).
    """

    agreement_key: str | None = None
    kinds: frozenset[str] | None = None
    bookmarks_only: bool = False
    bookmarked_clauses: frozenset[str] = frozenset()

    def matches(self, card: Card) -> bool:
        if self.agreement_key is not None and card.agreement_key != self.agreement_key:
            return False
        if self.kinds is not None and card.kind not in self.kinds:
            return False
        return not self.bookmarks_only or (
            card.kind == "bookmark" or card.clause_key in self.bookmarked_clauses
        )


ALL_CARDS = DeckFilter()


@dataclass(frozen=True, slots=True)
class SessionSummary:
    seen: int  # different cards answered
    answers: int  # answers given (a card answered Again and then Good counts twice)
    correct: int  # answers judged right; a self-rated flip is right unless rated Again
    again: int
    hard: int
    good: int
    easy: int
    seconds: float  # time spent answering
    next_due: dt.datetime | None  # when a card of this deck is next due (may be now)


@dataclass(frozen=True, slots=True)
class _Answer:
    card: Card
    log_id: int
    before: CardState | None
    rating: Rating
    right: bool
    duration_ms: int


def local_day_start(moment: dt.datetime, days_later: int = 0) -> dt.datetime:
    """The start of `moment`'s day (or of a day `days_later`) in the user's time zone."""
    day = moment.astimezone().date() + dt.timedelta(days=days_later)
    # A naive time is read as local time with the offset in force then (right across DST).
    return dt.datetime.combine(day, dt.time()).astimezone()


class StudySession:
    def __init__(
        self,
        store: UserStore,
        cards: Sequence[Card],
        *,
        deck: DeckFilter = ALL_CARDS,
        cram: bool = False,
        new_limit: int = 20,
        now: Callable[[], dt.datetime] = utc_now,
        scheduler: Scheduler | None = None,
    ) -> None:
        self._store = store
        self._now = now
        self._cram = cram
        self._scheduler = scheduler or Scheduler()
        self._deck_cards = [card for card in cards if deck.matches(card)]
        self._states = reviews.states(store)
        started = now()
        first_today = reviews.new_cards_since(store, local_day_start(started))
        self._new_allowance = max(0, new_limit - first_today)
        self._new_answered = 0
        self._history: list[_Answer] = []
        self._sequence = itertools.count()
        # The one live entry of each queued card: its sequence number and queue. Entries in
        # the queues with another number are stale and skipped.
        self._queued: dict[str, tuple[int, str]] = {}
        self._live = {_FRONT: 0, _DUE: 0, _NEW: 0}
        self._front: list[tuple[int, Card]] = []  # a stack: the last undone comes first
        self._due: list[tuple[float, int, Card]] = []  # a heap by due time
        self._new: deque[tuple[int, Card]] = deque()
        horizon = started + LEARN_AHEAD
        for card in self._deck_cards:
            state = self._states.get(card.key)
            if cram or state is None:
                self._enqueue(_NEW, card)
            elif state.due <= horizon:
                self._due.append((state.due.timestamp(), self._enter(_DUE, card), card))
        heapq.heapify(self._due)

    # The queues

    def _enter(self, queue: str, card: Card) -> int:
        self._leave(card.key)
        number = next(self._sequence)
        self._queued[card.key] = (number, queue)
        self._live[queue] += 1
        return number

    def _leave(self, key: str) -> None:
        entry = self._queued.pop(key, None)
        if entry is not None:
            self._live[entry[1]] -= 1

    def _enqueue(self, queue: str, card: Card, due: dt.datetime | None = None) -> None:
        number = self._enter(queue, card)
        if queue == _FRONT:
            self._front.append((number, card))
        elif queue == _NEW:
            self._new.append((number, card))
        else:
            assert due is not None
            heapq.heappush(self._due, (due.timestamp(), number, card))

    def _is_live(self, number: int, card: Card) -> bool:
        entry = self._queued.get(card.key)
        return entry is not None and entry[0] == number

    def _peek_front(self) -> Card | None:
        while self._front and not self._is_live(*self._front[-1]):
            self._front.pop()
        return self._front[-1][1] if self._front else None

    def _peek_due(self) -> tuple[float, Card] | None:
        while self._due and not self._is_live(self._due[0][1], self._due[0][2]):
            heapq.heappop(self._due)
        return (self._due[0][0], self._due[0][2]) if self._due else None

    def _peek_new(self) -> Card | None:
        while self._new and not self._is_live(*self._new[0]):
            self._new.popleft()
        return self._new[0][1] if self._new else None

    def _new_allowed(self) -> bool:
        return self._cram or self._new_answered < self._new_allowance

    # The session

    def next_card(self) -> Card | None:
        """The card to show now, or None when the session is over.

        It stays the next card until it is answered: asking twice gives the same card.
        """
        card = self._peek_front()
        if card is not None:
            return card
        now = self._now()
        due = self._peek_due()
        if due is not None and due[0] <= now.timestamp():
            return due[1]
        if self._new_allowed():
            card = self._peek_new()
            if card is not None:
                return card
        if due is not None and due[0] <= (now + LEARN_AHEAD).timestamp():
            return due[1]
        return None

    @property
    def remaining(self) -> int:
        """Cards left in this session (learning cards that will come back count once)."""
        new = self._live[_NEW]
        if not self._cram:
            # Undone new cards wait at the front, and take their places in the limit there.
            undone_new = sum(
                1
                for number, card in self._front
                if self._is_live(number, card) and card.key not in self._states
            )
            allowance = self._new_allowance - self._new_answered - undone_new
            new = min(new, max(0, allowance))
        return self._live[_FRONT] + self._live[_DUE] + new

    def answer(
        self, card: Card, rating: Rating, *, duration_ms: int, mode: str, correct: bool | None
    ) -> None:
        """Schedule the card by `rating` and save its state and log row in one transaction."""
        base = mode.removesuffix(CRAM_SUFFIX)
        if base not in MODES:
            raise ValueError(f"unknown answer mode {mode!r}; expected one of {', '.join(MODES)}")
        at = self._now()

        def schedule(state: CardState | None) -> CardState | None:
            # `state` is read inside the write: another instance's answer meanwhile counts.
            if self._cram:
                return None
            return self._scheduler.review(card.key, state, rating, at, duration_ms)

        saved = reviews.answer_card(
            self._store,
            card.key,
            schedule,
            rating=rating,
            reviewed_at=at,
            duration_ms=duration_ms,
            mode=base + CRAM_SUFFIX if self._cram else base,
            correct=correct,
        )
        # Saved: only now does the session move on, so a failed write changes nothing.
        log_id, before, new_state = saved.log_id, saved.before, saved.after
        self._leave(card.key)
        if new_state is not None:
            self._states[card.key] = new_state
            if before is None:
                self._new_answered += 1
            if new_state.due <= at + LEARN_AHEAD:
                self._enqueue(_DUE, card, new_state.due)
        elif rating == Rating.AGAIN:
            self._enqueue(_NEW, card)  # cram: to the back of the queue
        right = correct if correct is not None else rating != Rating.AGAIN
        self._history.append(_Answer(card, log_id, before, rating, right, duration_ms))

    def undo(self) -> Card | None:
        """Undo the last answer of this session: the card's state before it comes back, its log
        row goes, and the card is next. Returns the card, or None if nothing is left to undo."""
        if not self._history:
            return None
        last = self._history[-1]
        reviews.undo_review(self._store, last.log_id)
        self._history.pop()
        key = last.card.key
        if not self._cram:
            if last.before is None:
                self._states.pop(key, None)
                self._new_answered -= 1
            else:
                self._states[key] = last.before
        self._enqueue(_FRONT, last.card)
        return last.card

    def summary(self) -> SessionSummary:
        ratings = [answer.rating for answer in self._history]
        return SessionSummary(
            seen=len({answer.card.key for answer in self._history}),
            answers=len(self._history),
            correct=sum(answer.right for answer in self._history),
            again=ratings.count(Rating.AGAIN),
            hard=ratings.count(Rating.HARD),
            good=ratings.count(Rating.GOOD),
            easy=ratings.count(Rating.EASY),
            seconds=sum(answer.duration_ms for answer in self._history) / 1000,
            next_due=self._next_due(),
        )

    def _next_due(self) -> dt.datetime | None:
        """The earliest due time among the deck's studied cards; for new cards held back by
        the limit, the start of tomorrow; for new cards still allowed, now."""
        dues = [
            state.due
            for card in self._deck_cards
            if (state := self._states.get(card.key)) is not None
        ]
        if not self._cram and self._peek_new() is not None:
            now = self._now()
            if self._new_allowed():
                dues.append(now)
            else:
                dues.append(local_day_start(now, days_later=1))
        earliest = min(dues, default=None)
        return None if earliest is None else earliest.astimezone(dt.UTC)
