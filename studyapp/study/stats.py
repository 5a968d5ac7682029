"""What the Stats view draws, worked out from the review log and the card states.

Two ways in: plain functions over review entries and card progress (`reviews_per_day`,
`retention_by_kind`, `due_per_day`, `cards_by_state`), which say exactly what each figure
means, and `load_stats`, which computes the same figures with SQL aggregates straight from the
user database, so opening the view stays quick with 100,000 log rows (a test holds the two to
the same answers).

Days are the user's local days. An answer counts as right when it was marked correct, or, for a
self-rated flip, when it was rated anything but Again (Anki counts its retention the same way).
Retention counts every answer in the log, of cards retired by a content update too; a card's
kind is the start of its key ("agreement-date:first-1907"), as studyapp.study.cards makes them.
The states and due dates count only the cards the content makes now.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from studyapp.study.cards import CARD_KINDS
from studyapp.userdata.reviews import iso
from studyapp.userdata.store import UserStore

NEW = "new"
LEARNING = "learning"
REVIEW = "review"
RELEARNING = "relearning"
PHASES: tuple[str, ...] = (NEW, LEARNING, REVIEW, RELEARNING)
# fsrs's State values (4.x also had New = 0; 5.x starts at Learning = 1).
_FSRS_STATES = {0: NEW, 1: LEARNING, 2: REVIEW, 3: RELEARNING}
_AGAIN = 1


class CardSet(Protocol):
    """The cards the content makes now, counted and looked up without making them
    (studyapp.study.content_cards.ContentCards reads them from the card table)."""

    def __len__(self) -> int: ...

    def existing(self, keys: Iterable[str]) -> set[str]:
        """Those of `keys` that name a card now."""
        ...


class ReviewLike(Protocol):
    """What the statistics read of a review-log entry (studyapp.userdata.reviews.ReviewEntry)."""

    @property
    def card_key(self) -> str: ...
    @property
    def rating(self) -> int: ...
    @property
    def reviewed_at(self) -> dt.datetime: ...  # timezone-aware
    @property
    def correct(self) -> bool | None: ...


@dataclass(frozen=True, slots=True)
class CardProgress:
    """Where a studied card stands: its FSRS phase and when it is due next."""

    phase: str  # one of PHASES
    due: dt.datetime  # timezone-aware


@dataclass(frozen=True, slots=True)
class KindRetention:
    kind: str
    passed: int
    total: int

    @property
    def share(self) -> float:
        return self.passed / self.total if self.total else 0.0


@dataclass(frozen=True)
class StudyStats:
    """Everything the Stats view shows."""

    today: dt.date
    reviews_per_day: list[int]  # oldest first; the last entry is today
    retention: list[KindRetention]  # only kinds with reviews, in the order of the cards
    by_state: dict[str, int]  # phase -> number of cards, every phase present
    due_per_day: list[int]  # today first (overdue cards count as due today)
    total_reviews: int  # in the whole log

    @property
    def first_day(self) -> dt.date:
        return self.today - dt.timedelta(days=len(self.reviews_per_day) - 1)

    @property
    def is_empty(self) -> bool:
        return self.total_reviews == 0


def is_pass(rating: int, correct: bool | None) -> bool:
    return bool(correct) if correct is not None else rating > _AGAIN


def local_day(moment: dt.datetime) -> dt.date:
    return moment.astimezone().date()


def kind_of(card_key: str) -> str:
    """The card's kind, from its key."""
    return card_key.split(":", 1)[0]


def phase_of(fsrs_state: int | None) -> str:
    return _FSRS_STATES.get(fsrs_state if fsrs_state is not None else 0, NEW)


# ---- the definitions, over plain objects ---------------------------------------------------


def reviews_per_day(entries: Iterable[ReviewLike], today: dt.date, days: int) -> list[int]:
    """Reviews on each of the `days` local days ending with `today`, oldest first."""
    first = today.toordinal() - days + 1
    counts = [0] * days
    for entry in entries:
        offset = local_day(entry.reviewed_at).toordinal() - first
        if 0 <= offset < days:
            counts[offset] += 1
    return counts


def retention_by_kind(entries: Iterable[ReviewLike]) -> list[KindRetention]:
    """Share of right answers per card kind, kinds in CARD_KINDS order (others after)."""
    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for entry in entries:
        kind = kind_of(entry.card_key)
        total[kind] += 1
        passed[kind] += is_pass(entry.rating, entry.correct)
    return [KindRetention(kind, passed[kind], total[kind]) for kind in _ordered_kinds(total)]


def due_per_day(
    progress: Mapping[str, CardProgress],
    today: dt.date,
    days: int,
    card_keys: Iterable[str] | None = None,
) -> list[int]:
    """Cards due on each of the `days` local days from `today`; overdue ones count as today's.
    Only `card_keys` are counted, if given (cards no longer generated are not due)."""
    counts = [0] * days
    keys = progress.keys() if card_keys is None else card_keys
    start = today.toordinal()
    for key in keys:
        card = progress.get(key)
        if card is None:
            continue
        offset = max(0, local_day(card.due).toordinal() - start)
        if offset < days:
            counts[offset] += 1
    return counts


def cards_by_state(
    progress: Mapping[str, CardProgress], card_keys: Iterable[str]
) -> dict[str, int]:
    """How many of `card_keys` are new (never answered), learning, in review or relearning."""
    counts = dict.fromkeys(PHASES, 0)
    for key in card_keys:
        card = progress.get(key)
        counts[card.phase if card is not None else NEW] += 1
    return counts


def _ordered_kinds(present: Mapping[str, int]) -> list[str]:
    known = [kind for kind in CARD_KINDS if present.get(kind)]
    return known + sorted(kind for kind in present if kind not in CARD_KINDS and present[kind])


# ---- the same figures, aggregated in SQL ---------------------------------------------------


def load_progress(store: UserStore) -> dict[str, CardProgress]:
    """Every studied card's phase and due time, read without decoding the whole fsrs state."""
    rows = store.connection.execute(
        "SELECT card_key, json_extract(state, '$.state'), due FROM card_state"
    ).fetchall()
    return {key: CardProgress(phase_of(state), _parse_time(due)) for key, state, due in rows}


def load_stats(
    store: UserStore,
    cards: Collection[str] | CardSet,
    today: dt.date,
    *,
    days: int = 182,
    due_days: int = 14,
) -> StudyStats:
    """The Stats view's figures; `cards` are the cards the content makes now: their keys, or
    the card set that counts them without making them."""
    connection = store.connection
    first = today - dt.timedelta(days=days - 1)
    per_day = [0] * days
    # From the running totals kept by triggers (userdata migration 4): a few thousand quarter
    # hours and a dozen kinds instead of every row of the log. Each quarter hour (UTC text)
    # falls on the local day whose midnight, in UTC text too, is the last before it: found by
    # bisection, no date arithmetic per quarter hour. (Fixed-width UTC text, as the log's
    # times: comparing text compares times, and the range uses the quarters' index.)
    midnights = [iso(_local_midnight(first + dt.timedelta(days=n)))[:16] for n in range(days + 1)]
    quarters = connection.execute(
        "SELECT quarter, answers FROM review_quarter_total WHERE quarter >= ? AND quarter < ?",
        (midnights[0], midnights[-1]),
    ).fetchall()
    offsets = map(bisect.bisect_right, itertools.repeat(midnights), (q for q, _ in quarters))
    for offset, (_quarter, count) in zip(offsets, quarters, strict=True):
        per_day[offset - 1] += count

    passed: dict[str, int] = {}
    total: dict[str, int] = {}
    for kind, count, right in connection.execute(
        "SELECT kind, answers, passed FROM review_kind_total"
    ):
        total[kind], passed[kind] = count, right

    # The phase and the due day of every studied card, in one pass; the due day by comparing
    # the stored UTC text with the start of each local day (no date arithmetic per row).
    starts = [iso(_local_midnight(today + dt.timedelta(days=n))) for n in range(due_days + 1)]
    by_state = dict.fromkeys(PHASES, 0)
    due = [0] * due_days
    studied = 0
    rows = connection.execute(
        "SELECT card_key, json_extract(state, '$.state'), due FROM card_state"
    ).fetchall()
    known = cards if isinstance(cards, Collection) else cards.existing(row[0] for row in rows)
    for key, state, due_text in rows:
        if key not in known:
            continue
        studied += 1
        by_state[phase_of(state)] += 1
        offset = bisect.bisect_right(starts, due_text) - 1
        if offset < due_days:
            due[max(0, offset)] += 1
    by_state[NEW] += len(cards) - studied
    return StudyStats(
        today=today,
        reviews_per_day=per_day,
        retention=[KindRetention(k, passed[k], total[k]) for k in _ordered_kinds(total)],
        by_state=by_state,
        due_per_day=due,
        total_reviews=sum(total.values()),
    )


def _local_midnight(day: dt.date) -> dt.datetime:
    """The start of `day` in the user's time zone (a naive time read as local)."""
    return dt.datetime.combine(day, dt.time()).astimezone()


def _parse_time(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
