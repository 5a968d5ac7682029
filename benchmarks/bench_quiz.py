"""Quiz speed at 10,000 cards and 100,000 review-log rows: choosing the next card, against 5 ms.

The user database is real (a temporary file, WAL, synchronous FULL, as the app opens it), with
7,000 studied cards (2,000 of them due now) and 100,000 log rows spread over the past year, and
3,000 new cards. Measured: building a StudySession (one query for the states, the heap), the
next card, and answering a card then choosing the next (the answer is one SQLite transaction
with its fsync, so it is reported without the 5 ms target, which is for choosing the card).

Run: `python -m benchmarks.bench_quiz`
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import tempfile
import time
from pathlib import Path

import fsrs

from benchmarks.common import Result, median, percentile, time_ms
from studyapp.study.cards import CARD_KINDS, Card
from studyapp.study.queue import StudySession
from studyapp.study.scheduling import Rating, Scheduler
from studyapp.userdata.reviews import iso
from studyapp.userdata.store import UserStore

TARGET_MS = 5.0
CARDS = 10_000
STUDIED = 7_000
DUE_NOW = 2_000
LOG_ROWS = 100_000
ANSWERS = 300
RATINGS = (Rating.GOOD, Rating.EASY, Rating.AGAIN, Rating.GOOD, Rating.HARD)


def synthetic_cards(count: int = CARDS) -> list[Card]:
    cards = []
    for number in range(count):
        kind = CARD_KINDS[number % len(CARD_KINDS)]
        cards.append(
            Card(
                key=f"{kind}:synthetic-{number:05}",
                kind=kind,
                prompt=f"Synthetic question {number}?",
                answer=f"Answer {number}",
                answer_type="text",
                accepted=(),
                choices_pool=kind,
                agreement_key=f"agreement-{number % 4}",
                clause_key=None,
                explanation="",
                source_keys=("synthetic",),
            )
        )
    return cards


def fill_store(store: UserStore, cards: list[Card], now: dt.datetime, seed: int = 7) -> None:
    """Card states for the first STUDIED cards (DUE_NOW of them due) and LOG_ROWS log rows."""
    rng = random.Random(seed)
    studied = cards[:STUDIED]
    states = []
    for number, card in enumerate(studied):
        last = now - dt.timedelta(days=rng.uniform(1, 60))
        if number < DUE_NOW:
            due = now - dt.timedelta(hours=rng.uniform(0, 24 * 20))
        else:
            due = now + dt.timedelta(days=rng.uniform(1, 120))
        state = fsrs.Card(
            card_id=number,
            state=fsrs.State.Review,
            stability=rng.uniform(1, 100),
            difficulty=rng.uniform(2, 9),
            due=due,
            last_review=last,
        )
        states.append((card.key, state.to_json(), iso(due), iso(last)))
    year_ago = now - dt.timedelta(days=365)
    # Before today, so the day's new-card limit is whole.
    seconds = (now - year_ago).total_seconds() - 24 * 3600
    log = [
        (
            rng.choice(studied).key,
            rng.randint(1, 4),
            iso(year_ago + dt.timedelta(seconds=rng.uniform(0, seconds))),
            rng.randint(1000, 30000),
            rng.choice(("flip", "choice", "typed")),
            rng.choice((0, 1, None)),
            None,
        )
        for _ in range(LOG_ROWS)
    ]
    with store.transaction() as connection:
        connection.executemany("INSERT INTO card_state VALUES (?, ?, ?, ?)", states)
        connection.executemany(
            "INSERT INTO review_log (card_key, rating, reviewed_at, duration_ms, mode, correct, "
            "state_before) VALUES (?, ?, ?, ?, ?, ?, ?)",
            log,
        )


def measure(folder: Path) -> dict[str, list[float]]:
    store = UserStore.open(folder / "user.sqlite")
    try:
        cards = synthetic_cards()
        fill_store(store, cards, dt.datetime.now(dt.UTC))
        builds = time_ms(lambda: StudySession(store, cards), repeat=5)
        session = StudySession(store, cards, new_limit=50, scheduler=Scheduler(fuzz=False))
        ratings = itertools.cycle(RATINGS)

        def answer(card: Card | None) -> None:
            assert card is not None
            session.answer(card, next(ratings), duration_ms=4000, mode="choice", correct=True)

        # The first call after an answer: the one that also skips stale heap entries.
        next_card = []
        for _ in range(ANSWERS):
            start = time.perf_counter()
            card = session.next_card()
            next_card.append((time.perf_counter() - start) * 1000)
            answer(card)
        answer_and_next = []
        card = session.next_card()
        for _ in range(ANSWERS):
            start = time.perf_counter()
            answer(card)
            card = session.next_card()
            answer_and_next.append((time.perf_counter() - start) * 1000)
        return {"build": builds, "next": next_card, "answer": answer_and_next}
    finally:
        store.close()


def summarise(samples: dict[str, list[float]]) -> list[Result]:
    scale = f"{CARDS:,} cards, {LOG_ROWS:,} log rows"
    return [
        Result(f"quiz: build a session ({scale})", median(samples["build"]), "ms"),
        Result("quiz: next card, median", median(samples["next"]), "ms", TARGET_MS),
        Result("quiz: next card, p95", percentile(samples["next"], 0.95), "ms", TARGET_MS),
        Result(
            "quiz: answer, then next card, median",
            median(samples["answer"]),
            "ms",
            note="the answer is one SQLite transaction, fsync'd (synchronous FULL)",
        ),
        Result("quiz: answer, then next card, p95", percentile(samples["answer"], 0.95), "ms"),
    ]


def run() -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="bench-quiz-") as folder:
        return summarise(measure(Path(folder)))


def main() -> None:
    for result in run():
        verdict = {True: "holds", False: "MISSES", None: ""}[result.holds]
        target = f"(target {result.target:g})" if result.target is not None else ""
        print(f"{result.name:58} {result.figure:8.3f} {result.unit} {target} {verdict}")


if __name__ == "__main__":
    main()
