"""The Bookmarks view with many bookmarks: its first open and paint, reading on as the
tree scrolls to the end (one fetchMore), and typing a filter that every bookmark matches,
with 50 bookmarks per 1× of content (50,000 at 1,000×: every clause bookmarked, the rest
keys the content does not have).

The filter looks at every bookmark to count its matches, a step at a time in idle moments
(ui/bookmarks/pages.py): its figure is the longest the window waited, the keystroke's own
handling or one step of the walk, whichever is longer; target 100 ms, the time within which
a reply to a key feels immediate. The note gives how long the whole count took.

Then every view's first open and paint with those bookmarks (one each): the Timeline stars
the agreements with bookmarked clauses, the Agreements view marks them, the Quiz and Stats
make a card of each, so none of them may read every bookmark's row or ask for each alone.

The bookmarks are written straight into a fresh user store, untimed. Medians of three;
wall and CPU time both given (the machine may be shared). `python -m benchmarks` runs it
with bench_views, whose figures these are.

Run: `QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_bookmarks`
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks import bench_views
from benchmarks.common import Result, at_scale, environment, median, scale_label

TARGET_MS = 200.0
FILTER_TARGET_MS = 100.0
FILTER = "note"  # in every bookmark's note
PER_SCALE = 50  # bookmarks per 1× of content
SIZE = (1366, 768)


def _bookmark(content_db: Path, user_db: Path, count: int) -> None:
    """`count` bookmarks with notes: the content's clauses first, then missing keys."""
    content = sqlite3.connect(f"{content_db.as_uri()}?mode=ro", uri=True)
    try:
        keys = [row[0] for row in content.execute("SELECT key FROM clause LIMIT ?", (count,))]
    finally:
        content.close()
    keys += [f"missing-clause-{n}" for n in range(count - len(keys))]
    stamp = "2026-01-01T00:00:00+00:00"
    rows = [(key, f"note {n}", stamp, stamp) for n, key in enumerate(keys)]
    store = sqlite3.connect(user_db)
    try:
        with store:
            store.executemany(
                "INSERT INTO bookmark (clause_key, note, created_at, updated_at)"
                " VALUES (?, ?, ?, ?)",
                rows,
            )
    finally:
        store.close()


def _filter(app: object, view: object) -> tuple[float, float]:
    """(the longest wait of the window, ms; the whole count, ms) of typing FILTER."""
    start = time.perf_counter()
    view.filter_edit.setText(FILTER)  # type: ignore[attr-defined]
    longest = (time.perf_counter() - start) * 1000
    while view.filtering:  # type: ignore[attr-defined]
        step = time.perf_counter()
        app.processEvents()  # type: ignore[attr-defined]
        longest = max(longest, (time.perf_counter() - step) * 1000)
    return longest, (time.perf_counter() - start) * 1000


def run(
    *, scale: int | None = None, content_db: Path | None = None, quick: bool = False
) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from studyapp import paths

    app = QApplication.instance() or QApplication([])
    label = scale_label(scale or 1)
    count = PER_SCALE * (scale or 1)
    home = Path(tempfile.mkdtemp(prefix="bench-bookmarks-"))
    chosen = {"STUDYAPP_HOME": str(home / "home")}
    if content_db is not None:
        chosen["STUDYAPP_CONTENT_DB"] = str(content_db)
    opens: list[tuple[float, float]] = []
    scrolls: list[tuple[float, float]] = []
    filters: list[tuple[float, float]] = []
    views: list[tuple[str, float, float]] = []
    try:
        with environment(**chosen):
            import importlib

            from studyapp.ui.views import VIEWS

            for module in bench_views.VIEW_MODULES:  # imported untimed
                importlib.import_module(module)

            bench_views._services(home).index.counts()  # makes the store; opens the content
            _bookmark(paths.content_db_path(), paths.user_db_path(), count)
            for _ in range(1 if quick else 3):
                wall, cpu, view = bench_views._open("bookmarks", home)
                opens.append((wall, cpu))
                model = view.model  # type: ignore[attr-defined]
                start, clock = time.perf_counter(), time.process_time()
                model.fetchMore()
                app.processEvents()
                scrolls.append(
                    ((time.perf_counter() - start) * 1000, (time.process_time() - clock) * 1000)
                )
                filters.append(_filter(app, view))
                view.deleteLater()  # type: ignore[attr-defined]
                app.processEvents()
            for spec in VIEWS:
                wall, cpu, view = bench_views._open(spec.name, home)
                views.append((spec.name, wall, cpu))
                view.deleteLater()  # type: ignore[attr-defined]
                app.processEvents()
    finally:
        shutil.rmtree(home, ignore_errors=True)
    results = []
    for name, samples in (("first open and paint", opens), ("reading on at the end", scrolls)):
        results.append(
            Result(
                f"bookmarks view {name}, 50 bookmarks per 1× ({label})",
                median([wall for wall, _ in samples]),
                "ms",
                TARGET_MS,
                note=f"CPU {median([cpu for _, cpu in samples]):.0f} ms; {count:,} bookmarks;"
                f" median of {len(samples)}",
            )
        )
    results.append(
        Result(
            f"bookmarks filter, the longest the window waits ({label})",
            median([longest for longest, _ in filters]),
            "ms",
            FILTER_TARGET_MS,
            note=f"the whole count {median([whole for _, whole in filters]):.0f} ms;"
            f" {count:,} bookmarks match “{FILTER}”; median of {len(filters)}",
        )
    )
    for name, wall, cpu in views:
        results.append(
            Result(
                f"view first open and paint with the bookmarks: {name} ({label})",
                wall,
                "ms",
                TARGET_MS,
                note=f"CPU {cpu:.0f} ms; {count:,} bookmarks; one open",
            )
        )
    return at_scale(results, scale)


if __name__ == "__main__":
    for result in run(scale=1):
        print(f"{result.name:60} {result.figure:9.1f} {result.unit}  {result.note}")
