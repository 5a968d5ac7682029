"""Exporting the whole timeline (every lane, every label whole) as SVG, and a month as PNG.

The canvas is shown offscreen at 1400×700 with the content, then exported as Export image
does it, through a progress callback (the progress bar's): the whole timeline as SVG, and
one month at print resolution (150 dpi) as PNG (a year at 1,000× would be 78,000 pixels
tall: the app refuses such a PNG and suggests SVG). Each figure is the wall time of one export,
file written; the note says how large the page was.

Run: `QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_export`
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result, at_scale, scale_label

TARGET_MS = 5000.0
SIZE = (1400, 700)


def run(
    *, scale: int | None = None, content_db: Path | None = None, quick: bool = False
) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from studyapp import paths
    from studyapp.content.database import ContentDatabase
    from studyapp.ui.shared.operation import finish_all
    from studyapp.ui.timeline.canvas import TimelineCanvas
    from studyapp.ui.timeline.export import ExportOptions, export_image
    from studyapp.ui.timeline.reading import TimelineReader

    app = QApplication.instance() or QApplication([])
    database = ContentDatabase(content_db or paths.content_db_path())
    canvas = TimelineCanvas()
    canvas.resize(*SIZE)
    canvas.show()
    canvas.set_reader(TimelineReader(database.read))
    while canvas.counting:  # the day counts, read off the UI thread at a large scale
        app.processEvents()
    app.processEvents()
    label = scale_label(scale) if scale else "1×"
    reports: list[int] = []

    def progress(done: int, total: int) -> bool:
        reports.append(done)
        return True

    results = []
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        page = export_image(canvas, Path(folder) / "whole.svg", ExportOptions(whole=True), progress)
        whole_ms = (time.perf_counter() - start) * 1000
        kilobytes = (Path(folder) / "whole.svg").stat().st_size / 1000
        results.append(
            Result(
                f"timeline export, whole timeline as SVG, {label}",
                whole_ms,
                "ms",
                TARGET_MS,
                note=f"{page.width()}×{page.height()} px, {kilobytes:,.0f} kB, "
                f"{len(reports)} progress reports",
            )
        )
        month = dt.date(1910, 7, 1).toordinal()
        canvas.show_stretch(month, month + 30)
        start = time.perf_counter()
        page = export_image(canvas, Path(folder) / "month.png", ExportOptions(dpi=150), progress)
        month_ms = (time.perf_counter() - start) * 1000
        results.append(
            Result(
                f"timeline export, one month as PNG at 150 dpi, {label}",
                month_ms,
                "ms",
                TARGET_MS,
                note=f"{page.width()}×{page.height()} px at 96 dpi",
            )
        )
    canvas.close()
    canvas.deleteLater()
    app.processEvents()
    finish_all()
    database.close()
    return at_scale(results, scale)


if __name__ == "__main__":
    for result in run():
        print(f"{result.name}: {result.figure:.0f} {result.unit}  {result.note}")
