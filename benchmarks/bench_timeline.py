"""Timeline load, first paint, zoom and pan, on the bundled content and synthetic content at scale.

The widget reads its content from the database as the app does (ui/timeline/reading.py):
index look-ups at load; the items only near the dates on screen, or their day counts where too
many are there to label. It is shown offscreen at 1400×700, and every step is timed together
with a synchronous `repaint()`, so a figure includes the zoom or pan itself, any reading of
the dates it brings into view, and the whole paint.

Between two steps the event loop is given the idle work the widget queues after a step (the
lanes of the zoom levels near it, one per turn; the day counts, and the dates beyond the
view's as it nears the edge of those read, read off the UI thread), as a user's key presses
leave it, and that work is reported apart: the largest turn of the loop it
took ("longest idle-time task"). "Cold" zoom steps are timed before any of it has run.

Run: `QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_timeline [DATABASE]`
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.common import Result, at_scale, median, percentile, scale_label

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from studyapp.ui.timeline.canvas import TimelineCanvas

TARGET_MS = 16.0
LOAD_TARGET_MS = 200.0
STEPS = 50
SIZE = (1400, 700)
_MIDDLE = dt.date(1912, 7, 1).toordinal()


_CPU: list[float] = []  # the CPU time of each step timed, in the order timed


def _timed(action: Callable[[], object], canvas: TimelineCanvas) -> float:
    """Wall time of the step and its repaint; its CPU time goes to _CPU (on a shared
    machine the wall time includes waiting for a core)."""
    start, cpu = time.perf_counter(), time.process_time()
    action()
    canvas.repaint()
    _CPU.append((time.process_time() - cpu) * 1000)
    return (time.perf_counter() - start) * 1000


def _cpu_note(count: int) -> str:
    """The CPU median and p95 of the last `count` steps timed."""
    steps = _CPU[-count:]
    return f"CPU median {median(steps):.1f} ms, p95 {percentile(steps, 0.95):.1f} ms"


def _idle(app: QApplication, canvas: TimelineCanvas, turns: list[float]) -> None:
    """Run the widget's queued idle work to its end, timing each turn of the event loop."""
    while canvas.idle_work_pending:
        start = time.perf_counter()
        app.processEvents()
        turns.append((time.perf_counter() - start) * 1000)
        if canvas.counting or canvas.reading_ahead:
            time.sleep(0.001)  # the worker thread, not this loop, has the work


def _measure(label: str, path: Path) -> list[Result]:
    from PySide6.QtWidgets import QApplication

    from studyapp.content.database import ContentDatabase
    from studyapp.ui.shared.operation import finish_all
    from studyapp.ui.timeline.canvas import TimelineCanvas
    from studyapp.ui.timeline.reading import TimelineReader

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    database = ContentDatabase(path)
    database.read(lambda connection: connection.exec_driver_sql("SELECT 1").all())  # opened
    canvas = TimelineCanvas()
    canvas.resize(*SIZE)
    canvas.show()
    app.processEvents()
    start, cpu = time.perf_counter(), time.process_time()
    canvas.set_reader(TimelineReader(database.read))
    canvas.repaint()
    loaded_ms = (time.perf_counter() - start) * 1000
    loaded_cpu_ms = (time.process_time() - cpu) * 1000
    start = time.perf_counter()
    idle: list[float] = []
    _idle(app, canvas, idle)
    settled_ms = (time.perf_counter() - start) * 1000
    shown = len(canvas.model.entries)
    # Cold: zooming in before any idle-time layout ran, each step painted with the stand-in
    # lanes of a smaller scale (or the clusters).
    canvas.centre_on(_MIDDLE)
    cold_ms = [_timed(canvas.zoom_in, canvas) for _ in range(STEPS // 2)]
    cold_cpu = _cpu_note(len(cold_ms))
    _idle(app, canvas, idle)

    # Zoom in step by step from "fit all" to days, then back out: every zoom level once.
    canvas.fit_all()
    canvas.centre_on(_MIDDLE)
    _idle(app, canvas, idle)
    zoom_ms: list[float] = []
    for step in [canvas.zoom_in] * (STEPS // 2) + [canvas.zoom_out] * (STEPS - STEPS // 2):
        zoom_ms.append(_timed(step, canvas))
        _idle(app, canvas, idle)
    zoom_cpu = _cpu_note(len(zoom_ms))
    # Pan a tenth of the width at three zoom levels (years, months, days), back and forth.
    pan_ms: list[float] = []
    for zoom_steps in (2, 8, 14):
        canvas.fit_all()
        for _ in range(zoom_steps):
            canvas.zoom_in()
        canvas.centre_on(_MIDDLE)
        _idle(app, canvas, idle)
        for number in range(STEPS // 3 + 1):
            direction = 1 if number % 8 < 4 else -1
            pan_ms.append(_timed(partial(canvas.pan_by, direction * SIZE[0] / 10), canvas))
            _idle(app, canvas, idle)
    pan_cpu = _cpu_note(len(pan_ms))
    canvas.close()
    canvas.deleteLater()
    app.processEvents()
    finish_all()
    database.close()
    return [
        Result(f"timeline zoom step + repaint, median, {label}", median(zoom_ms), "ms", TARGET_MS),
        Result(
            f"timeline zoom step + repaint, p95, {label}",
            percentile(zoom_ms, 0.95),
            "ms",
            TARGET_MS,
            note=zoom_cpu,
        ),
        Result(f"timeline pan step + repaint, median, {label}", median(pan_ms), "ms", TARGET_MS),
        Result(
            f"timeline pan step + repaint, p95, {label}",
            percentile(pan_ms, 0.95),
            "ms",
            TARGET_MS,
            note=pan_cpu,
        ),
        Result(
            f"timeline zoom step + repaint before the idle layouts, p95, {label}",
            percentile(cold_ms, 0.95),
            "ms",
            TARGET_MS,
            note=f"lanes of a smaller scale stand in until the bucket is laid out; {cold_cpu}",
        ),
        Result(
            f"timeline load + first paint, {label}",
            loaded_ms,
            "ms",
            LOAD_TARGET_MS,
            note=f"CPU {loaded_cpu_ms:.0f} ms; {shown} items laid out at first",
        ),
        Result(
            f"timeline idle work after loading, {label}",
            settled_ms,
            "ms",
            note="the day counts (a worker thread) and the first lanes, after the first paint",
        ),
        Result(
            f"timeline longest idle-time task, {label}",
            max(idle, default=0.0),
            "ms",
            note="one turn of the event loop between steps",
        ),
    ]


def run(
    *, scale: int | None = None, content_db: Path | None = None, quick: bool = False
) -> list[Result]:
    """The content at `content_db` (a scale's synthetic content), or the bundled content."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from studyapp import paths
    from studyapp.content.database import ContentDatabase
    from studyapp.content.timeline_queries import totals

    path = content_db or paths.content_db_path()
    database = ContentDatabase(path)
    agreements, events = database.read(totals)
    database.close()
    label = scale_label(scale) if scale else f"1× ({events} events)"
    size = f"{agreements:,} agreements, {events:,} events"
    results = [
        replace(result, note=f"{size}; {result.note}" if result.note else size)
        for result in _measure(label, path)
    ]
    return at_scale(results, scale)


def _print(results: list[Result]) -> None:
    width = max(len(result.name) for result in results)
    for result in results:
        target = f"≤ {result.target:g}" if result.target is not None else ""
        verdict = {True: "ok", False: "SLOW", None: ""}[result.holds]
        figure = f"{result.figure:9.2f} {result.unit:<3} {target:>6} {verdict:<4}"
        print(f"{result.name:<{width}}  {figure}  {result.note}".rstrip())


if __name__ == "__main__":
    import sys

    _print(run(content_db=Path(sys.argv[1]) if len(sys.argv) > 1 else None))
