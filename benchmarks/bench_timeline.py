"""Timeline repaint after a zoom or pan step, at today's content and with 10,000 events.

The widget is fed records directly (no database for the synthetic case), shown offscreen at
1400×700, and every step is timed together with a synchronous `repaint()`, so the figure
includes the zoom or pan itself and the whole paint. Lane layouts are computed per zoom
bucket; the widget does that in idle time after loading, so the main steps are timed once it
has (as a user would meet them). Before that, a zoom step shows the lanes of a smaller scale
(overlap-free too) and lays out its own bucket on the next turn of the event loop: those
steps are timed too, and the cost of laying out one bucket is reported on its own.

Run: `QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_timeline`
"""

from __future__ import annotations

import datetime as dt
import os
import random
import time
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.common import Result, at_scale, median, percentile, scale_label
from studyapp.content.records import AgreementRecord, EraRecord, EventRecord

if TYPE_CHECKING:
    from studyapp.ui.timeline.canvas import TimelineCanvas

TARGET_MS = 16.0
STEPS = 50
SIZE = (1400, 700)
_FIRST_DAY = dt.date(1900, 1, 1).toordinal()
_LAST_DAY = dt.date(1925, 12, 31).toordinal()
_WORDS = [
    "treaty",
    "railway",
    "Manchuria",
    "Mongolia",
    "Korea",
    "agreement",
    "convention",
    "secret",
    "sphere",
    "interest",
    "legation",
    "minister",
    "telegram",
    "concession",
    "loan",
    "frontier",
    "mission",
    "emperor",
    "envoy",
    "protest",
]


def synthetic_events(count: int, seed: int = 1907) -> list[EventRecord]:
    """`count` events spread over 1900–1925; about one in ten is a span."""
    rng = random.Random(seed)
    events = []
    for number in range(count):
        day = dt.date.fromordinal(rng.randint(_FIRST_DAY, _LAST_DAY))
        end = day + dt.timedelta(days=rng.randint(1, 900)) if rng.random() < 0.1 else None
        title = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 7))).capitalize()
        events.append(EventRecord(f"event-{number}", day, "day", end, "other", title, "", "", ()))
    return events


def _real_content(
    path: Path | None = None,
) -> tuple[list[AgreementRecord], list[EventRecord], list[EraRecord]]:
    from studyapp import paths
    from studyapp.content.database import read_content

    content = read_content(path or paths.content_db_path())
    return list(content.agreements), list(content.events), list(content.eras)


def _timed(action: Callable[[], object], canvas: TimelineCanvas) -> float:
    start = time.perf_counter()
    action()
    canvas.repaint()
    return (time.perf_counter() - start) * 1000


def _measure(
    label: str, records: tuple[list[AgreementRecord], list[EventRecord], list[EraRecord]]
) -> list[Result]:
    from PySide6.QtWidgets import QApplication

    from studyapp.ui.timeline.canvas import TimelineCanvas

    app = QApplication.instance() or QApplication([])
    canvas = TimelineCanvas()
    canvas.resize(*SIZE)
    canvas.show()
    app.processEvents()
    start = time.perf_counter()
    canvas.set_records(*records)
    canvas.repaint()
    loaded_ms = (time.perf_counter() - start) * 1000
    # Cold: zooming in before any idle-time layout ran (no event loop turns here), so each
    # step is painted with the stand-in lanes of a smaller scale.
    cold_ms = [_timed(canvas.zoom_in, canvas) for _ in range(STEPS // 2)]
    canvas.set_records(*records)  # a fresh model: no bucket laid out yet
    start = time.perf_counter()
    canvas.prepare_layouts()
    layouts_ms = (time.perf_counter() - start) * 1000
    buckets = len(canvas.model.layouts[1]._layouts)

    # Zoom in step by step from "fit all" to days, then back out: every zoom level once.
    zooms = [canvas.zoom_in] * (STEPS // 2) + [canvas.zoom_out] * (STEPS - STEPS // 2)
    zoom_ms = [_timed(step, canvas) for step in zooms]
    # Pan a tenth of the width at three zoom levels (years, months, days), back and forth.
    pan_ms: list[float] = []
    for zoom_steps in (2, 8, 14):
        canvas.fit_all()
        for _ in range(zoom_steps):
            canvas.zoom_in()
        canvas.centre_on((_FIRST_DAY + _LAST_DAY) / 2)
        for number in range(STEPS // 3 + 1):
            direction = 1 if number % 8 < 4 else -1
            pan_ms.append(_timed(partial(canvas.pan_by, direction * SIZE[0] / 10), canvas))
    canvas.close()
    canvas.deleteLater()
    app.processEvents()
    return [
        Result(f"timeline zoom step + repaint, median, {label}", median(zoom_ms), "ms", TARGET_MS),
        Result(
            f"timeline zoom step + repaint, p95, {label}",
            percentile(zoom_ms, 0.95),
            "ms",
            TARGET_MS,
        ),
        Result(f"timeline pan step + repaint, median, {label}", median(pan_ms), "ms", TARGET_MS),
        Result(
            f"timeline pan step + repaint, p95, {label}", percentile(pan_ms, 0.95), "ms", TARGET_MS
        ),
        Result(
            f"timeline zoom step + repaint before the idle layouts, p95, {label}",
            percentile(cold_ms, 0.95),
            "ms",
            TARGET_MS,
            note="lanes of a smaller scale stand in until the bucket is laid out",
        ),
        Result(
            f"timeline load + first paint, {label}",
            loaded_ms,
            "ms",
            note="set_records: measure labels, first layout",
        ),
        Result(
            f"timeline lane layout of one zoom bucket, {label}",
            layouts_ms / buckets,
            "ms",
            note=f"all {buckets} buckets: {layouts_ms:.0f} ms, in idle time after loading",
        ),
    ]


def run(
    *, scale: int | None = None, content_db: Path | None = None, quick: bool = False
) -> list[Result]:
    """Today's content and 10,000 synthetic events; with `content_db`, only that content."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if content_db is not None:
        agreements, events, eras = _real_content(content_db)
        label = scale_label(scale) if scale else content_db.name
        results = _measure(label, (agreements, events, eras))
        size = f"{len(events):,} events"
        noted = [replace(r, note=f"{size}; {r.note}" if r.note else size) for r in results]
        return at_scale(noted, scale)
    agreements, events, eras = _real_content()
    results = _measure(f"1× ({len(events)} events)", (agreements, events, eras))
    synthetic = synthetic_events(10_000)
    results += _measure("10,000 events", (agreements, synthetic, eras))
    return results


def _print(results: list[Result]) -> None:
    width = max(len(result.name) for result in results)
    for result in results:
        target = f"≤ {result.target:g}" if result.target is not None else ""
        verdict = {True: "ok", False: "SLOW", None: ""}[result.holds]
        figure = f"{result.figure:9.2f} {result.unit:<3} {target:>6} {verdict:<4}"
        print(f"{result.name:<{width}}  {figure}  {result.note}".rstrip())


if __name__ == "__main__":
    _print(run())
