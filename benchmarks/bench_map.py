"""The Map view: opened and painted, a zoom or pan step with its repaint, memory when open.

The map's features do not grow with the synthetic scales (their databases have no map), but
its steps do (one per agreement: 3,375 at 1,000×), so it is measured at each scale, on that
scale's content (the bundled content at 1×). The view is opened in the app's main window,
started as the app starts it (timeline first, the search warm-up done). The first open
includes importing the map's modules and reading the map content and the base geography;
building it again shows the cost without them (both are kept for the process). Each zoom
or pan step is timed with a synchronous `repaint()` at 1400×700: a step shows the last
sharp frame moved and scaled, and the map is drawn sharp again once the steps pause (that
redraw is timed on its own). Memory is the process's resident size before and after the
first open (Linux /proc; elsewhere tracemalloc, which sees Python's objects only). Each
timed figure has its CPU time beside it (the process's, time.process_time): on a shared
machine the wall-clock figure also counts the time other work held the cores.

Run: `QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_map [DATABASE SCALE]`
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.common import Result, at_scale, environment, median, percentile

if TYPE_CHECKING:
    from studyapp.ui.map.canvas import MapCanvas

OPEN_TARGET_MS = 100.0
STEP_TARGET_MS = 16.0
MEMORY_TARGET_MIB = 20.0
SIZE = (1400, 700)


def _resident_mib() -> float | None:
    status = Path("/proc/self/status")
    if not status.exists():
        return None
    for line in status.read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return None


@contextmanager
def _started_window(content_db: Path | None) -> Iterator[Any]:
    """The app's main window on `content_db` (None: the bundled content) and a fresh data
    folder, loaded."""
    from studyapp import paths

    content = str(content_db or paths.resources_dir() / paths.CONTENT_DB_NAME)
    with (
        tempfile.TemporaryDirectory(prefix="studyapp-bench-map-") as folder,
        environment(**{paths.HOME_ENV: folder, paths.CONTENT_DB_ENV: content}),
    ):
        from studyapp.ui.main_window import MainWindow

        window = MainWindow()
        window.resize(*SIZE)
        window.show()
        window.load()
        window.repaint()
        window.warm_up()  # as 300 ms after the content is shown
        try:
            yield window
        finally:
            window.close()
            window.close_stores()


class _Clock:
    """Wall-clock and CPU milliseconds of what runs inside it."""

    def __init__(self) -> None:
        self.wall = self.cpu = 0.0

    def __enter__(self) -> _Clock:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_: object) -> None:
        self.wall = (time.perf_counter() - self._wall) * 1000
        self.cpu = (time.process_time() - self._cpu) * 1000


def _first_open(window: Any) -> tuple[_Clock, _Clock, float, Any]:
    """The clocks of opening and painting the map and of its names following (the first
    frame goes up without them), MiB added, and the view."""
    gc.collect()
    before = _resident_mib()
    if before is None:
        tracemalloc.start()
    with _Clock() as elapsed:
        view = window.show_view("map")
        view.repaint()
    with _Clock() as naming:  # what the next turn of the event loop does (other work aside)
        view.canvas._name_places()
        view.canvas.repaint()
    named = _Clock()
    named.wall, named.cpu = elapsed.wall + naming.wall, elapsed.cpu + naming.cpu
    gc.collect()
    if before is not None:
        added = (_resident_mib() or before) - before
    else:
        added = tracemalloc.get_traced_memory()[0] / 2**20
        tracemalloc.stop()
    return elapsed, named, added, view


def _rebuilds(window: Any, count: int) -> list[_Clock]:
    from studyapp.ui.map.view import MapView

    samples = []
    for _ in range(count):
        with _Clock() as clock:
            again = MapView(window.services)
            again.resize(*SIZE)
            again.show()
            again.repaint()
        samples.append(clock)
        again.close()
        again.deleteLater()
    return samples


def _steps(canvas: MapCanvas, count: int) -> dict[str, list[_Clock]]:
    """Zoom and pan steps, the sharp redraw once they pause (a new view: the geography is
    painted again), and a step to the next agreement (the same view: it is not)."""
    found: dict[str, list[_Clock]] = {"zoom": [], "pan": [], "sharp": [], "agreement": []}
    keys = list(canvas.atlas.agreements[:4]) or [canvas.agreement_key]
    for step in range(count):
        with _Clock() as clock:
            canvas.zoom_by(1.25 if (step // 8) % 2 == 0 else 0.8)
            canvas.repaint()
        found["zoom"].append(clock)
        with _Clock() as clock:
            canvas.pan_by(60 if step % 4 < 2 else -60, 30 if step % 3 else -30)
            canvas.repaint()
        found["pan"].append(clock)
        if step % 3 == 0:
            with _Clock() as clock:
                canvas.update_sharp()
                canvas.repaint()
            found["sharp"].append(clock)
            with _Clock() as clock:
                canvas.set_agreement(keys[step % len(keys)])
                canvas.repaint()
            found["agreement"].append(clock)
    return found


def _rows(name: str, clocks: list[_Clock], target: float | None, note: str = "") -> list[Result]:
    """The p95 of the wall-clock figures against the target, and the p95 of their CPU."""
    return [
        Result(f"{name}, p95", percentile([c.wall for c in clocks], 0.95), "ms", target, note),
        Result(f"{name}, p95 CPU", percentile([c.cpu for c in clocks], 0.95), "ms"),
    ]


def run(
    *, scale: int | None = None, content_db: Path | None = None, quick: bool = False
) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    cold = "studyapp.ui.map.view" not in sys.modules
    with _started_window(content_db if scale not in (None, 1) else None) as window:
        app.processEvents()
        first, named, added, view = _first_open(window)
        opens = _rebuilds(window, 3 if quick else 10)
        steps = _steps(view.canvas, 12 if quick else 60)
    note = "in the started main window; " + (
        "bundled content" if scale in (None, 1) else "synthetic content: its steps, no map"
    )
    opened = "first open: modules imported, map read" if cold else "first open in this run"
    results = [
        Result(f"map view opened and painted ({opened})", first.wall, "ms", OPEN_TARGET_MS, note),
        Result(f"map view opened and painted ({opened}), CPU", first.cpu, "ms"),
        Result(
            "map view opened, painted and its names drawn",
            named.wall,
            "ms",
            note="the first frame goes up without the names; they follow on the next turn",
        ),
        Result("map view opened, painted and its names drawn, CPU", named.cpu, "ms"),
        Result(
            "map view built again and painted, median",
            median([c.wall for c in opens]),
            "ms",
            OPEN_TARGET_MS,
            note="the map content and the coarse layers are read and built once per process",
        ),
        Result(
            "map view built again and painted, median CPU", median([c.cpu for c in opens]), "ms"
        ),
        *_rows("map zoom step + repaint", steps["zoom"], STEP_TARGET_MS),
        *_rows("map pan step + repaint", steps["pan"], STEP_TARGET_MS),
        *_rows(
            "map sharp redraw after the steps pause",
            steps["sharp"],
            None,
            "drawn 120 ms after the last step; the steps show the last sharp frame moved",
        ),
        *_rows("map step to another agreement + repaint", steps["agreement"], None),
        Result("memory added by opening the map", added, "MiB", MEMORY_TARGET_MIB),
    ]
    return at_scale(results, scale)


if __name__ == "__main__":
    # `python -m benchmarks.bench_map [DATABASE SCALE]`: the bundled content, or a scale's.
    given = sys.argv[1:3]
    found = run(scale=int(given[1]), content_db=Path(given[0])) if len(given) == 2 else run()
    for result in found:
        verdict = {True: "ok", False: "SLOW", None: ""}[result.holds]
        print(f"{result.name:<62} {result.figure:9.2f} {result.unit:<3} {verdict}")
