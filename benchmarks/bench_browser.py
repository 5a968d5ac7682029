"""The card browser at scale: the first page shown, and a search typed into it.

The rows are the content's card table (synthetic content at 1,000×), and the user database
holds 8,000 studied cards and the scale's review log, as in bench_stats. Measured, offscreen:
- the first page: constructing the dialog (its table over the card rows, read a page at a
  time as they are shown, the cards on screen made by key, their counts of reviews and
  lapses from the log) until the table has painted, target 100 ms; nothing is read before
  the first opening;
- a search: setting the text of the search field until the table has painted the result
  (the content's search index for the rows that hold the words, then their cards), target
  50 ms; the first search and the later ones are reported apart.

Run: `QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_browser`
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from benchmarks.common import Result, at_scale, environment, median, scale_label

if TYPE_CHECKING:
    from studyapp.ui.quiz.browser.dialog import CardBrowser

FIRST_PAGE_TARGET_MS = 100.0
SEARCH_TARGET_MS = 50.0
OPENINGS = 5
SEARCHES = ("meridian", "Key fact 12", "agreement", "zq", "Mongolia")


def _paint(widget: object) -> None:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    widget.repaint()
    QApplication.processEvents()


def _search(browser: CardBrowser, text: str) -> tuple[float, float]:
    """(ms until the table painted what it found, its CPU ms)."""
    start, cpu = time.perf_counter(), time.process_time()
    browser.search.setText(text)
    _paint(browser.table.viewport())
    shown, shown_cpu = time.perf_counter(), time.process_time()
    return (shown - start) * 1000, (shown_cpu - cpu) * 1000


def run(
    *, scale: int | None = None, content_db: Path | None = None, quick: bool = False
) -> list[Result]:
    from benchmarks.bench_stats import _services, fill_store
    from benchmarks.scales import LOG_ROWS_PER_SCALE
    from studyapp.study import content_cards
    from studyapp.study.content_cards import ContentCards
    from studyapp.ui.quiz.browser.dialog import CardBrowser

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    assert app is not None
    home = Path(tempfile.mkdtemp(prefix="bench-browser-"))
    chosen = {"STUDYAPP_HOME": str(home / "home")}
    if content_db is not None:
        chosen["STUDYAPP_CONTENT_DB"] = str(content_db)
    try:
        with environment(**chosen):
            services = _services(home)
            content_cards.clear()
            cards = content_cards.content_refs(services.database)
            studied = min(8_000, len(cards) * 8 // 10)
            log_rows = LOG_ROWS_PER_SCALE * (scale or 1)
            fill_store(
                services.bookmarks.store,
                cards,
                dt.datetime.now(dt.UTC),
                studied_count=studied,
                log_rows=log_rows,
            )
            content_cards.clear()  # the dialog reads the rows it shows, nothing before
            samples: list[list[float]] = [[] for _ in range(5)]
            openings, opening_cpu, first_search, searches, search_cpu = samples
            for _ in range(2 if quick else OPENINGS):
                start, cpu = time.perf_counter(), time.process_time()
                source = ContentCards(services.database, services.index)
                browser = CardBrowser(services.bookmarks.store, source, None)
                browser.resize(1200, 800)
                browser.show()
                browser.table.viewport().repaint()
                openings.append((time.perf_counter() - start) * 1000)
                opening_cpu.append((time.process_time() - cpu) * 1000)
                QApplication.processEvents()  # what the dialog does after its first page
                for number, text in enumerate(SEARCHES):
                    shown, cpu = _search(browser, text)
                    (first_search if number == 0 else searches).append(shown)
                    if number:
                        search_cpu.append(cpu)
                browser.close()
                browser.deleteLater()
                QApplication.processEvents()
            label = scale_label(scale) if scale else f"{len(cards):,} cards"
            results = [
                Result(
                    f"card browser: first page painted, {label}",
                    median(openings),
                    "ms",
                    FIRST_PAGE_TARGET_MS,
                    note=f"{len(cards):,} cards, {log_rows:,} log rows; "
                    f"CPU {median(opening_cpu):.0f} ms (the machine may be shared)",
                ),
                Result(
                    f"card browser: first search, {label}",
                    median(first_search),
                    "ms",
                    note="the first filter and sort of the dialog's life",
                ),
                Result(
                    f"card browser: search, median, {label}",
                    median(searches),
                    "ms",
                    SEARCH_TARGET_MS,
                    note=f"{', '.join(SEARCHES[1:])}: typed until what it finds is painted; "
                    f"CPU {median(search_cpu):.0f} ms",
                ),
            ]
            services.bookmarks.store.close()
            return at_scale(results, scale)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def main() -> None:
    for result in run():
        verdict = {True: "holds", False: "MISSES", None: ""}[result.holds]
        print(f"{result.name:58} {result.figure:8.3f} {result.unit} {verdict}")


if __name__ == "__main__":
    main()
