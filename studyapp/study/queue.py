"""A study session: which card comes next, answering it, undoing it, and the summary.

The order, as in Anki:
1. a card whose answer was just undone, to be answered again;
2. cards due now, longest overdue first (reviews, and learning cards whose step has passed);
3. new cards, shuffled (the same order all day, another the next) or in content order, as
   the preferences say, while today's new-card limit allows;
4. learning cards due within LEARN_AHEAD, early, rather than leaving the student waiting.

A card answered Again (or Hard or Good while still learning) gets a short fsrs step (1 or 10
minutes) and comes back in the same session when the step has passed, ahead of new cards; once
only such cards are left, the next one comes at once. Cards due later than that wait for a
later session.

Suspended cards, and cards buried until later (a sibling was answered today), are left out.
With "bury siblings" on, answering a card buries its siblings (studyapp.study.siblings) until
the next day; either way the session's first order keeps siblings ten cards apart. A card
forgotten `leech_threshold` times is tagged a leech, then suspended or flagged.

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
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Generic, Protocol, TypeVar, cast

from studyapp.content.card_sources import CardRows
from studyapp.errors import UserDataError
from studyapp.study.card_pool import CardPool, ListPool, list_new_order
from studyapp.study.preferences import LeechAction, NewCardOrder, StudyPreferences
from studyapp.study.scheduling import MODES, Rating, Scheduler, utc_now
from studyapp.study.siblings import SIBLING_GAP, CardLike, SiblingIndex, spread_siblings
from studyapp.userdata import card_marks, reviews
from studyapp.userdata.card_marks import CardMark
from studyapp.userdata.reviews import CRAM_SUFFIX, CardState
from studyapp.userdata.store import UserStore

LEARN_AHEAD = dt.timedelta(minutes=20)
# A session takes whole cards (studyapp.study.cards.Card) or the card table's rows that name
# them (studyapp.content.card_sources.CardRef, as the app does): it reads only these four.
C = TypeVar("C", bound=CardLike)


class Siblings(Protocol):
    """Where a session finds a card's siblings (a SiblingIndex, or the card table's)."""

    def siblings(self, card_key: str) -> list[str]: ...


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
    card_keys: frozenset[str] | None = None  # just these cards (the browser's selection)

    def matches(self, card: CardLike) -> bool:
        if self.card_keys is not None and card.key not in self.card_keys:
            return False
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
class SessionCounts:
    """What is left, as Anki's reviewer shows it: new, learning and review cards."""

    new: int
    learning: int
    review: int
    seconds_left: float  # an estimate, from the student's own pace

    @property
    def total(self) -> int:
        return self.new + self.learning + self.review


@dataclass(frozen=True, slots=True)
class _Answer(Generic[C]):
    card: C
    log_id: int
    before: CardState | None
    rating: Rating
    right: bool
    duration_ms: int
    marks_before: dict[str, CardMark] = field(default_factory=dict)  # buried or a leech now


# Seconds an answer takes until the student's own pace is known.
_FIRST_GUESS_SECONDS = 10.0
# How many new cards beyond the day's allowance are ordered with care (buried siblings
# make room for more); the rest keep their order.
_NEW_RESERVE = 200
_SPREAD_DUE = 500  # due cards put in sibling-spread order; the rest keep theirs


_PLAIN = StudyPreferences(new_card_order=NewCardOrder.CONTENT, bury_siblings=False)


def new_card_order(cards: Sequence[C], order: NewCardOrder, day: dt.date, needed: int) -> list[C]:
    """The new cards in the order they are to come: the first `needed` of them shuffled by
    a seed of the day (the same order all day, another tomorrow), or in content order."""
    head, tail = list_new_order(cards, order, day, needed)
    return [*head, *tail]


class _States:
    """The studied cards' states as a session needs them: which cards are studied, the due
    time and phase of those due soon (read at the start), and a card's whole state only when
    it is asked for (read then, one row). At a quarter of a million studied cards, reading
    and parsing every state up front was most of the time a session took to start."""

    def __init__(self, store: UserStore, horizon: dt.datetime) -> None:
        self._store = store
        self.studied = reviews.studied_keys(store)
        self.due_soon = {key: (due, phase) for key, due, phase in reviews.due_rows(store, horizon)}
        self._read: dict[str, CardState | None] = {}
        self._changed: dict[str, CardState | None] = {}  # by this session's answers and undos

    def get(self, key: str) -> CardState | None:
        if key in self._changed:
            return self._changed[key]
        if key not in self.studied:
            return None
        if key not in self._read:
            self._read[key] = reviews.get_state(self._store, key)
        return self._read[key]

    def __contains__(self, key: object) -> bool:
        if key in self._changed:
            return self._changed[key] is not None
        return key in self.studied

    def __getitem__(self, key: str) -> CardState:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __setitem__(self, key: str, state: CardState) -> None:
        self._changed[key] = state

    def pop(self, key: str, default: None = None) -> CardState | None:
        found = self.get(key)
        self._changed[key] = None
        return found if found is not None else default

    def earliest_due(
        self, wanted: Callable[[list[str]], Collection[str]], hidden: Collection[str]
    ) -> list[dt.datetime]:
        """The earliest due time among the states of the keys `wanted` keeps (of those it is
        given) that are not `hidden`, as a list of none or one: from the states read by due
        time, a batch at a time, up to the first of them."""
        kept = wanted([key for key, state in self._changed.items() if state is not None])
        dues = [state.due for key, state in self._changed.items() if state and key in kept]
        rows = reviews.keys_by_due(self._store)
        while batch := list(itertools.islice(rows, _DUE_BATCH)):
            keys = [key for key, _ in batch if key not in self._changed and key not in hidden]
            found = wanted(keys) if keys else ()
            first = next((due for key, due in batch if key in found), None)
            if first is not None:
                dues.append(dt.datetime.fromisoformat(first).astimezone(dt.UTC))
                break
        return [min(dues)] if dues else []

    def is_learning(self, key: str) -> bool:
        """In a learning or relearning step (fsrs phases 1 and 3), not in review (2)."""
        if key in self._changed:
            state = self._changed[key]
            return state is not None and state.phase != "review"
        soon = self.due_soon.get(key)
        if soon is not None:
            return soon[1] != _REVIEW_PHASE
        state = self.get(key)
        return state is not None and state.phase != "review"


_REVIEW_PHASE = 2  # fsrs.State.Review
_DUE_BATCH = 200  # studied keys looked up in the deck at a time, soonest due first


_index_cache: tuple[Sequence[Any], Mapping[str, Any]] | None = None


def card_index(cards: Sequence[C]) -> Mapping[str, C]:
    """The cards by key, made once per list of cards (a list of card rows,
    studyapp.content.card_sources.CardRows, looks its rows up by key itself)."""
    global _index_cache  # noqa: PLW0603 (a cache of one entry)
    if isinstance(cards, CardRows):
        return cast(Mapping[str, C], cards.by_key())
    if _index_cache is None or _index_cache[0] is not cards:
        _index_cache = (cards, {card.key: card for card in cards})
    return _index_cache[1]


def local_day_start(moment: dt.datetime, days_later: int = 0) -> dt.datetime:
    """The start of `moment`'s day (or of a day `days_later`) in the user's time zone."""
    day = moment.astimezone().date() + dt.timedelta(days=days_later)
    # A naive time is read as local time with the offset in force then (right across DST).
    return dt.datetime.combine(day, dt.time()).astimezone()


class StudySession(Generic[C]):
    def __init__(
        self,
        store: UserStore,
        cards: Sequence[C] | CardPool[C],
        *,
        deck: DeckFilter = ALL_CARDS,
        cram: bool = False,
        new_limit: int | None = None,
        now: Callable[[], dt.datetime] = utc_now,
        scheduler: Scheduler | None = None,
        preferences: StudyPreferences | None = None,
        siblings: Siblings | None = None,
    ) -> None:
        """`cards` are every card (a list, filtered here by `deck`) or the deck's pool (the
        app's, studyapp.study.card_pool.TablePool, which reads the content's card table as
        asked; `deck` is then its filter already). `siblings` may be given where they are
        kept with the cards (the app's card table); otherwise an index of the list is made
        on the first answer that buries them (a pool needs them given)."""
        self._store = store
        self._now = now
        self._cram = cram
        # Told nothing, a session keeps content order and buries nothing (the app passes the
        # student's preferences, shuffled and burying by default).
        self.preferences = preferences or _PLAIN
        if new_limit is None:
            new_limit = self.preferences.new_per_day
        self._scheduler = scheduler or Scheduler.for_preferences(self.preferences)
        self._all_cards: Sequence[C] = cards if isinstance(cards, Sequence) else ()
        if siblings is None and self.preferences.bury_siblings and not self._all_cards:
            raise ValueError("a session on a card pool buries the siblings it is given")
        self._siblings = siblings
        self.warning = ""  # set when something besides the answer could not be saved
        started = now()
        self._marks = card_marks.marks(store)
        # Suspended and buried cards wait. Of the whole deck they are left out as the queues
        # are filled, rather than copying a quarter of a million cards without them.
        self._hidden = {key for key, mark in self._marks.items() if mark.hidden_at(started)}
        self._pool: CardPool[C] = _list_pool(cards, deck) if isinstance(cards, Sequence) else cards
        self._states = _States(store, started + LEARN_AHEAD)
        first_today = reviews.new_cards_since(store, local_day_start(started))
        self._new_allowance = max(0, new_limit - first_today)
        self._new_answered = 0
        self._history: list[_Answer[C]] = []
        self._sequence = itertools.count()
        # The one live entry of each queued card: its sequence number and queue. Entries in
        # the queues with another number are stale and skipped.
        self._queued: dict[str, tuple[int, str]] = {}
        self._live = {_FRONT: 0, _DUE: 0, _NEW: 0}
        self._learning: set[str] = set()  # queued keys in a learning or relearning step
        self._front: list[tuple[int, C]] = []  # a stack: the last undone comes first
        self._due: list[tuple[float, int, C]] = []  # a heap by due time
        self._new: deque[tuple[int, C]] = deque()
        self._fill_queues(started)

    def _fill_queues(self, started: dt.datetime) -> None:
        due_now: list[C] = []
        due_later: list[tuple[dt.datetime, C]] = []
        states = self._states
        pool = self._pool
        hidden = self._hidden
        skipped: Collection[str] = hidden
        new_total = pool.total() - pool.count(hidden)
        if not self._cram:
            # From the states due soon, in due order (their text sorts as time does), not
            # from every card (a quarter of a million): nothing is parsed but the due.
            now_text = reviews.iso(started)
            index = pool.rows(key for key in states.due_soon if key not in hidden)
            for key, (due_at, _phase) in states.due_soon.items():
                card = index.get(key)
                if card is None:
                    continue
                if due_at <= now_text:
                    due_now.append(card)
                else:
                    due_later.append((dt.datetime.fromisoformat(due_at), card))
            studied = states.studied
            new_total -= pool.count(studied - hidden if hidden else studied)
            skipped = studied | hidden if hidden else studied
        order = self.preferences.new_card_order if not self._cram else NewCardOrder.CONTENT
        allowance = _NEW_RESERVE if self._cram else self._new_allowance
        day = started.astimezone().date()
        head, self._new_tail = pool.new_cards(order, day, allowance + _NEW_RESERVE, skipped)
        self._new_tail_left = new_total - len(head)
        # Siblings ten apart in the order the session will show them: due cards, then new.
        shown = reviews.latest_keys(self._store, local_day_start(started), SIBLING_GAP)
        # Spreading the head of the queue is enough: a session seldom gets further, and
        # burying puts a sibling out of the way once one is answered.
        spread_count = min(len(due_now), _SPREAD_DUE) + allowance + _NEW_RESERVE
        ordered = [*due_now, *head]
        ordered = spread_siblings(ordered[:spread_count], shown=shown) + ordered[spread_count:]
        # Cards due now keep the spread order: their heap keys are ranks just before now.
        overdue = {card.key for card in due_now}
        base = started.timestamp() - len(ordered)
        # Entered as `_enter` would, in one pass: nothing is queued yet.
        queued, numbers, soon = self._queued, self._sequence, states.due_soon
        for rank, card in enumerate(ordered):
            number = next(numbers)
            if card.key in overdue:
                queued[card.key] = (number, _DUE)
                self._due.append((base + rank, number, card))
                if soon[card.key][1] != _REVIEW_PHASE:
                    self._learning.add(card.key)
            else:
                queued[card.key] = (number, _NEW)
                self._new.append((number, card))
        self._live[_DUE] += len(overdue)
        self._live[_NEW] += len(ordered) - len(overdue)
        for due, card in due_later:
            self._due.append((due.timestamp(), self._enter(_DUE, card), card))
        heapq.heapify(self._due)

    def _more_new(self) -> bool:
        """Queue the next new cards from the tail, when the queued ones have run out."""
        added = 0
        at = self._now()
        for card in self._new_tail:
            self._new_tail_left -= 1
            if card.key in self._queued or (card.key in self._states and not self._cram):
                continue
            if self._mark(card.key).hidden_at(at):
                continue
            self._enqueue(_NEW, card)
            added += 1
            if added >= _NEW_RESERVE:
                break
        return added > 0

    def _mark(self, key: str) -> CardMark:
        return self._marks.get(key, card_marks.NO_MARK)

    # The queues

    def _enter(self, queue: str, card: C) -> int:
        self._leave(card.key)
        number = next(self._sequence)
        self._queued[card.key] = (number, queue)
        self._live[queue] += 1
        if queue != _NEW and self._states.is_learning(card.key):
            self._learning.add(card.key)
        return number

    def _leave(self, key: str) -> None:
        entry = self._queued.pop(key, None)
        if entry is not None:
            self._live[entry[1]] -= 1
        self._learning.discard(key)

    def _enqueue(self, queue: str, card: C, due: dt.datetime | None = None) -> None:
        number = self._enter(queue, card)
        if queue == _FRONT:
            self._front.append((number, card))
        elif queue == _NEW:
            self._new.append((number, card))
        else:
            assert due is not None
            heapq.heappush(self._due, (due.timestamp(), number, card))

    def _is_live(self, number: int, card: C) -> bool:
        entry = self._queued.get(card.key)
        return entry is not None and entry[0] == number

    def _peek_front(self) -> C | None:
        while self._front and not self._is_live(*self._front[-1]):
            self._front.pop()
        return self._front[-1][1] if self._front else None

    def _peek_due(self) -> tuple[float, C] | None:
        while self._due and not self._is_live(self._due[0][1], self._due[0][2]):
            heapq.heappop(self._due)
        return (self._due[0][0], self._due[0][2]) if self._due else None

    def _peek_new(self) -> C | None:
        while True:
            while self._new and not self._is_live(*self._new[0]):
                self._new.popleft()
            if self._new or not self._more_new():
                return self._new[0][1] if self._new else None

    def _new_allowed(self) -> bool:
        return self._cram or self._new_answered < self._new_allowance

    # The session

    def next_card(self) -> C | None:
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

    def upcoming(self, count: int) -> list[C]:
        """About the next `count` cards after the one shown now, in the order they would come
        if every answer now were Good: to make them ahead, while the student reads."""
        shown = self.next_card()
        found: dict[str, C] = {}
        live = [card for number, card in reversed(self._front) if self._is_live(number, card)]
        due = heapq.nsmallest(
            count + 1, (entry for entry in self._due if self._is_live(entry[1], entry[2]))
        )
        now = self._now().timestamp()
        new = (card for number, card in self._new if self._is_live(number, card))
        # As next_card takes them: the front, cards due now, new cards, then those due soon.
        for card in itertools.chain(
            live,
            (card for due_at, _, card in due if due_at <= now),
            new if self._new_allowed() else (),
            (card for due_at, _, card in due if due_at > now),
        ):
            if len(found) > count:
                break
            found[card.key] = card
        found.pop(shown.key if shown is not None else "", None)
        return list(found.values())[:count]

    @property
    def remaining(self) -> int:
        """Cards left in this session (learning cards that will come back count once)."""
        return self.counts().total

    def counts(self) -> SessionCounts:
        """New, learning and review cards left, and about how long they will take."""
        new = self._live[_NEW] + self._new_tail_left
        undone_new = 0
        if not self._cram:
            # Undone new cards wait at the front, and take their places in the limit there.
            undone_new = sum(
                1
                for number, card in self._front
                if self._is_live(number, card) and card.key not in self._states
            )
            allowance = self._new_allowance - self._new_answered - undone_new
            new = min(new, max(0, allowance))
        learning = len(self._learning)
        review = self._live[_FRONT] + self._live[_DUE] - learning - undone_new
        new += undone_new
        # A new card comes back once per learning step before it graduates.
        answers = new * (1 + len(self.preferences.learning_steps_minutes)) + learning + review
        return SessionCounts(new, learning, review, answers * self._seconds_per_answer())

    def _seconds_per_answer(self) -> float:
        if self._history:
            return sum(a.duration_ms for a in self._history) / len(self._history) / 1000
        return reviews.typical_seconds(self._store) or _FIRST_GUESS_SECONDS

    def answer(
        self, card: C, rating: Rating, *, duration_ms: int, mode: str, correct: bool | None
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
        marks_before = self._after_answer(card, before, rating, at)
        right = correct if correct is not None else rating != Rating.AGAIN
        self._history.append(
            _Answer(card, log_id, before, rating, right, duration_ms, marks_before)
        )

    def _after_answer(
        self, card: C, before: CardState | None, rating: Rating, at: dt.datetime
    ) -> dict[str, CardMark]:
        """Bury the card's siblings and apply the leech rule; returns the marks replaced."""
        if self._cram:
            return {}
        changes: dict[str, CardMark] = {}
        if self.preferences.bury_siblings:
            if self._siblings is None:
                self._siblings = SiblingIndex(self._all_cards)
            until = local_day_start(at, days_later=1).astimezone(dt.UTC)
            for key in self._siblings.siblings(card.key):
                mark = self._mark(key)
                if not mark.buried_at(until - dt.timedelta(microseconds=1)):
                    changes[key] = replace(mark, buried_until=until)
        if before is not None and card_marks.is_lapse(before.state, int(rating)):
            lapses = card_marks.lapses(self._store, [card.key]).get(card.key, 0)
            if is_leech(lapses, self.preferences.leech_threshold):
                suspend = self.preferences.leech_action == LeechAction.SUSPEND
                mark = self._mark(card.key)
                changes[card.key] = replace(
                    mark, leech=True, suspended=mark.suspended or suspend, flagged=not suspend
                )
        if not changes:
            return {}
        previous = {key: self._mark(key) for key in changes}
        try:
            card_marks.set_marks(self._store, changes)
        except UserDataError as error:
            self.warning = f"The answer was saved, but burying its siblings was not: {error}"
            return {}
        self._marks.update(changes)
        for key, mark in changes.items():
            if mark.hidden_at(at):
                self._leave(key)
        return previous

    def undo(self) -> C | None:
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
        if last.marks_before:
            card_marks.set_marks(self._store, last.marks_before)
            self._marks.update(last.marks_before)
            self._requeue(list(last.marks_before))
        self._enqueue(_FRONT, last.card)
        return last.card

    def _requeue(self, keys: list[str]) -> None:
        """Cards unburied by an undo come back where they belong."""
        at = self._now()
        index = self._pool.rows(keys)
        for card in (index[key] for key in dict.fromkeys(keys) if key in index):
            if card.key in self._queued:
                continue
            if self._mark(card.key).hidden_at(at):
                continue
            state = self._states.get(card.key)
            if self._cram or state is None:
                self._enqueue(_NEW, card)
            elif state.due <= at + LEARN_AHEAD:
                self._enqueue(_DUE, card, state.due)

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
        pool = self._pool
        dues = self._states.earliest_due(lambda keys: pool.rows(keys).keys(), self._hidden)
        if not self._cram and self._peek_new() is not None:
            now = self._now()
            if self._new_allowed():
                dues.append(now)
            else:
                dues.append(local_day_start(now, days_later=1))
        earliest = min(dues, default=None)
        return None if earliest is None else earliest.astimezone(dt.UTC)


def is_leech(lapses: int, threshold: int) -> bool:
    """Whether this lapse makes the card a leech: at the threshold, then (as in Anki) every
    half threshold after it."""
    if lapses < threshold:
        return False
    return (lapses - threshold) % max(1, threshold // 2) == 0


def _list_pool(cards: Sequence[C], deck: DeckFilter) -> ListPool[C]:
    """The deck's cards of a list (its index by key made once per list, for all cards)."""
    if deck == ALL_CARDS:
        return ListPool(cards, index=card_index(cards))
    return ListPool(cards, deck.matches)


def deck_pool(cards: Sequence[C] | CardPool[C], deck: DeckFilter) -> CardPool[C]:
    """The pool of `deck`'s cards: of a list of every card, or the pool itself."""
    return _list_pool(cards, deck) if isinstance(cards, Sequence) else cards
