"""The Stats view and the quiz's card screen at 10,000 cards and 100,000 review-log rows.

The content is synthetic (real schema, about 10,000 cards from generate_cards), the user
database real (a temporary file, WAL, synchronous FULL, as the app opens it): 8,000 studied
cards, 100,000 log rows over the past year, each with the fsrs state it replaced, as the app
writes them.

Measured, offscreen at 1200×800:
- opening the Stats view: construct, show, aggregate, lay out and paint every chart
  (a synchronous repaint), target 200 ms; once before any card was made (the first view
  opened after start-up, on a user file that never opened Stats: the counts come from the
  content's card table, nothing is kept beside the user data) and once after a quiz session;
- the quiz's next card: choosing it (StudySession.next_card) and showing it, painted, target
  5 ms, in flip and in multiple-choice mode (which also picks the distractors). Saving the
  answer before it (one transaction with its fsync) is reported on its own. Between the
  answers the event loop runs while the card is "read" (until the view has made the next
  cards, half a second at most: a student reads for seconds), as it does in the app.

Run: `QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_stats`
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.common import Result, at_scale, environment, median, percentile, scale_label
from benchmarks.synthetic import build_synthetic_database

if TYPE_CHECKING:
    from studyapp.study.siblings import CardLike
    from studyapp.ui.quiz.view import QuizView
    from studyapp.ui.services import Services
    from studyapp.userdata.store import UserStore

STATS_TARGET_MS = 200.0
NEXT_CARD_TARGET_MS = 5.0
LOG_ROWS = 100_000
STUDIED = 8_000
OPENINGS = 7
ANSWERS = 150
SIZE = (1200, 800)
READING_SECONDS = 0.5  # the most a card is read before its answer (a student takes seconds)


def fill_store(
    store: UserStore,
    cards: Sequence[CardLike],
    now: dt.datetime,
    seed: int = 4,
    *,
    studied_count: int = STUDIED,
    log_rows: int = LOG_ROWS,
) -> None:
    """States for STUDIED cards (a tenth due now) and LOG_ROWS log rows over the past year."""
    from studyapp.userdata.reviews import iso

    rng = random.Random(seed)
    studied = rng.sample(cards, studied_count)

    def state(phase: int, due: dt.datetime, last: dt.datetime) -> str:
        return json.dumps(
            {
                "card_id": rng.randrange(10**12),
                "state": phase,
                "step": None if phase == 2 else 0,
                "stability": rng.uniform(0.5, 200),
                "difficulty": rng.uniform(1, 10),
                "due": due.isoformat(),
                "last_review": last.isoformat(),
            }
        )

    states = []
    for number, card in enumerate(studied):
        last = now - dt.timedelta(days=rng.uniform(0, 60))
        due = now + dt.timedelta(
            days=rng.uniform(-10, 0) if number % 10 == 0 else rng.uniform(0, 90)
        )
        phase = rng.choice((1, 2, 2, 2, 2, 3))
        states.append((card.key, state(phase, due, last), iso(due), iso(last)))
    moments = sorted(
        now - dt.timedelta(seconds=rng.uniform(0, 365 * 86400)) for _ in range(log_rows)
    )
    rows = []
    for moment in moments:
        card = rng.choice(studied)
        mode = rng.choice(("flip", "choice", "typed"))
        rating = rng.choice((1, 2, 3, 3, 3, 4))
        correct = None if mode == "flip" else int(rating > 1)
        before = state(2, moment, moment - dt.timedelta(days=3))
        rows.append((card.key, rating, iso(moment), 2500, mode, correct, before))
    with store.transaction() as connection:
        connection.executemany(
            "INSERT INTO card_state (card_key, state, due, last_review) VALUES (?, ?, ?, ?)",
            states,
        )
        connection.executemany(
            "INSERT INTO review_log (card_key, rating, reviewed_at, duration_ms, mode, correct, "
            "state_before) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def _services(folder: Path) -> Services:
    from studyapp import paths
    from studyapp.content.catalogue import ContentCatalogue
    from studyapp.content.lazy_database import LazyContentDatabase
    from studyapp.ui.services import BookmarkService, Navigator, Services
    from studyapp.ui.settings import Settings
    from studyapp.userdata.store import UserStore

    database = LazyContentDatabase(paths.content_db_path())
    index = ContentCatalogue(database.read)
    store = UserStore.open(paths.user_db_path())
    settings = Settings(folder / "settings.ini")
    return Services(index, database, BookmarkService(store), Navigator(), settings)


class _PaintWatcher(QObject):
    """Notes which of the watched widgets have been painted."""

    def __init__(self, widgets: list[QWidget]) -> None:
        super().__init__()
        self.waiting = set(widgets)
        for widget in widgets:
            widget.installEventFilter(self)

    def wait(self, seconds: float = 5.0) -> None:
        """Run the event loop until every watched widget has painted."""
        deadline = time.perf_counter() + seconds
        while self.waiting:
            if time.perf_counter() > deadline:
                raise TimeoutError(f"never painted: {self.waiting}")
            QApplication.processEvents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            self.waiting.discard(watched)
        return False


def _open_stats(services: Services, cold: bool, log_rows: int = LOG_ROWS) -> tuple[float, float]:
    """(wall-clock, CPU) milliseconds from constructing the Stats view to all four charts
    painted. `cold`: nothing kept in memory (the first view after start-up): no
    card made or card row read before (a session's, the card maker's)."""
    from studyapp.study import card_maker, content_cards
    from studyapp.ui.stats.view import StatsView

    if cold:
        content_cards.clear()
        card_maker.clear()
    start, cpu = time.perf_counter(), time.process_time()
    view = StatsView(services)
    watcher = _PaintWatcher([view.heatmap, view.retention, view.states, view.due])
    view.resize(*SIZE)
    view.show()
    watcher.wait()  # the layouts settle and the charts paint in the event loop
    elapsed = (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000
    assert view.stats is not None and view.stats.total_reviews == log_rows
    view.close()
    view.deleteLater()
    QApplication.processEvents()
    return elapsed


def _read(view: QuizView, seconds: float = READING_SECONDS) -> None:
    """The student reading the card: the event loop runs (and the view makes the next cards
    meanwhile) until the view has nothing left to do or `seconds` have passed, far less than
    a student takes."""
    deadline = time.perf_counter() + seconds
    QApplication.processEvents()
    while view.making_ahead and time.perf_counter() < deadline:
        QApplication.processEvents()
        time.sleep(0.001)


def _next_cards(
    services: Services, mode: str, answers: int = ANSWERS
) -> tuple[list[float], list[float], list[float]]:
    """(answer-saving ms, next card + show ms, its CPU ms) over ANSWERS answers in a due
    session."""
    from studyapp.study.scheduling import Rating
    from studyapp.ui.quiz.view import QuizView

    view = QuizView(services)
    view.resize(*SIZE)
    view.show()
    view.start_page.set_mode(mode)
    view.start()
    QApplication.processEvents()
    saving, showing, showing_cpu = [], [], []
    for number in range(answers):
        session, card = view.session, view.card_ref
        assert session is not None and card is not None
        start = time.perf_counter()
        rating = (Rating.GOOD, Rating.EASY, Rating.HARD)[number % 3]
        session.answer(card, rating, duration_ms=2000, mode=mode, correct=None)
        saved, cpu = time.perf_counter(), time.process_time()
        watcher = _PaintWatcher([view.card_page.prompt_label])
        view._next()  # what a rating key does after saving: choose the next card, show it
        if view.card is None:  # the session is over (siblings buried, the day's cards done)
            break
        watcher.wait()  # laid out and painted
        shown, shown_cpu = time.perf_counter(), time.process_time()
        saving.append((saved - start) * 1000)
        showing.append((shown - saved) * 1000)
        showing_cpu.append((shown_cpu - cpu) * 1000)
        _read(view)
    view.close()
    view.deleteLater()
    QApplication.processEvents()
    return saving, showing, showing_cpu


def run(
    *, scale: int | None = None, content_db: Path | None = None, quick: bool = False
) -> list[Result]:
    """At about 10,000 cards and 100,000 log rows; with `content_db`, on that content instead,
    with `scale` × 100 log rows (see benchmarks.scales)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="bench-stats-"))
    try:
        if content_db is None:
            content_db = build_synthetic_database(folder, events=1650, clauses=1200, terms=950)
            log_rows = LOG_ROWS
        else:
            from benchmarks.scales import LOG_ROWS_PER_SCALE

            log_rows = LOG_ROWS_PER_SCALE * (scale or 1)
        home = str(folder / "home")
        with environment(STUDYAPP_CONTENT_DB=str(content_db), STUDYAPP_HOME=home):
            results = _run(scale, log_rows, quick)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return at_scale(results, scale)


def _run(scale: int | None, log_rows: int, quick: bool) -> list[Result]:
    from studyapp.study import content_cards

    app = QApplication.instance() or QApplication([])
    assert app is not None
    content_cards.clear()
    services = _services(Path(os.environ["STUDYAPP_HOME"]))
    cards = content_cards.content_refs(services.database)
    studied = min(STUDIED, len(cards) * 8 // 10)
    fill_store(
        services.bookmarks.store,
        cards,
        dt.datetime.now(dt.UTC),
        studied_count=studied,
        log_rows=log_rows,
    )
    size = f"{len(cards):,} cards, {log_rows:,} log rows"
    label = scale_label(scale) if scale else size
    openings = 2 if quick else OPENINGS
    # A due session holds the tenth of the studied cards that is due and the day's new cards.
    answers = min(5 if quick else ANSWERS, studied // 10 + 10)

    _open_stats(services, cold=True, log_rows=log_rows)  # warm-up: imports, fonts
    cold = [_open_stats(services, True, log_rows) for _ in range(openings)]
    warm = [_open_stats(services, False, log_rows) for _ in range(openings)]

    def cpu(samples: list[tuple[float, float]]) -> str:
        return f"CPU {median([c for _, c in samples]):.0f} ms (the machine may be shared)"

    results = [
        Result(
            f"stats view open + first paint, no card made yet, {label}",
            median([wall for wall, _ in cold]),
            "ms",
            STATS_TARGET_MS,
            note=f"the first view after start-up: {len(cards):,} cards counted in the "
            f"content's card table, no card made, nothing kept beside the user data; {cpu(cold)}",
        ),
        Result(
            f"stats view open + first paint, after quiz sessions, {label}",
            median([wall for wall, _ in warm]),
            "ms",
            STATS_TARGET_MS,
            note=f"e.g. after a quiz session; {cpu(warm)}",
        ),
    ]
    for mode in ("flip", "choice"):
        saving, showing, showing_cpu = _next_cards(services, mode, answers)
        results.append(
            Result(
                f"quiz next card + show ({mode}), p95, {label}",
                percentile(showing, 0.95),
                "ms",
                NEXT_CARD_TARGET_MS,
                note=f"median {median(showing):.2f} ms over {answers} answers; CPU p95 "
                f"{percentile(showing_cpu, 0.95):.2f} ms, median {median(showing_cpu):.2f} ms",
            )
        )
    results.append(
        Result(
            f"quiz saving an answer (one transaction, fsync), median, {label}",
            median(saving),
            "ms",
            note="before the next card is chosen; not part of the 5 ms",
        )
    )
    services.bookmarks.store.close()
    services.database.close()
    return results


if __name__ == "__main__":
    from benchmarks.__main__ import table

    print(table(run()))
