"""Each view's first open and paint, as the window builds it when its tab is first chosen.

Every view is built over a fresh catalogue (nothing another view read is kept), shown at
1366×768 offscreen and painted; its modules are imported beforehand, untimed (an import costs
the same at every scale). The median of three opens (one for the quiz and Stats at 1,000×,
which still make every card at first open). Wall and CPU time are both given: the machine
may be shared. Then the Bookmarks view with many bookmarks (bench_bookmarks.py).

Run: `QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_views`
"""

from __future__ import annotations

import importlib
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.common import Result, at_scale, environment, median, scale_label

if TYPE_CHECKING:
    from studyapp.content.lazy_database import LazyContentDatabase
    from studyapp.ui.services import Services

TARGET_MS = 200.0
SIZE = (1366, 768)
# What the views import when first built: imported beforehand, untimed.
VIEW_MODULES = tuple(
    f"studyapp.ui.{name}"
    for name in (
        "timeline.view",
        "agreements.view",
        "glossary.view",
        "people.view",
        "bookmarks.view",
        "map.view",
        "map.quiz_panel",
        "quiz.view",
        "stats.view",
    )
)

_databases: dict[Path, LazyContentDatabase] = {}


def _services(folder: Path) -> Services:
    """Services as the window makes them, with a fresh catalogue, on the app's one database
    (its statements compiled once a session, as in the app)."""
    from studyapp import paths
    from studyapp.content.catalogue import ContentCatalogue
    from studyapp.content.lazy_database import LazyContentDatabase
    from studyapp.ui.services import BookmarkService, Navigator, Services
    from studyapp.ui.settings import Settings
    from studyapp.userdata.store import UserStore

    path = paths.content_db_path()
    database = _databases.setdefault(path, LazyContentDatabase(path))
    store = UserStore.open(paths.user_db_path())
    settings = Settings(folder / "settings.ini")
    catalogue = ContentCatalogue(database.read)
    return Services(catalogue, database, BookmarkService(store), Navigator(), settings)


def _open(name: str, folder: Path) -> tuple[float, float, object]:
    """(wall ms, CPU ms, the view) of building, showing and painting the view `name`."""
    from PySide6.QtWidgets import QWidget

    from studyapp.ui.views import spec_named

    services = _services(folder)
    spec = spec_named(name)
    start, cpu = time.perf_counter(), time.process_time()
    view = spec.make(services)
    assert isinstance(view, QWidget)
    view.resize(*SIZE)
    view.show()
    view.repaint()
    return (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000, view


def run(
    *, scale: int | None = None, content_db: Path | None = None, quick: bool = False
) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from studyapp.ui.views import VIEWS

    app = QApplication.instance() or QApplication([])
    label = scale_label(scale or 1)
    home = Path(tempfile.mkdtemp(prefix="bench-views-"))
    chosen = {"STUDYAPP_HOME": str(home / "home")}
    if content_db is not None:
        chosen["STUDYAPP_CONTENT_DB"] = str(content_db)
    results: list[Result] = []
    try:
        with environment(**chosen):
            for module in VIEW_MODULES:
                importlib.import_module(module)
            _services(home).index.counts()  # start-up's own read opens the database: untimed
            for spec in VIEWS:
                heavy = spec.name in ("quiz", "stats") and (scale or 1) > 1
                walls, cpus = [], []
                for _ in range(1 if quick or heavy else 3):
                    wall, cpu, view = _open(spec.name, home)
                    walls.append(wall)
                    cpus.append(cpu)
                    view.deleteLater()  # type: ignore[attr-defined]
                    app.processEvents()
                results.append(
                    Result(
                        f"view first open and paint: {spec.name} ({label})",
                        median(walls),
                        "ms",
                        TARGET_MS,
                        note=f"CPU {median(cpus):.0f} ms; median of {len(walls)}",
                    )
                )
    finally:
        shutil.rmtree(home, ignore_errors=True)
    # The Bookmarks view again, with many bookmarks (50,000 at 1,000×): its own user store.
    from benchmarks import bench_bookmarks

    return [
        *at_scale(results, scale),
        *bench_bookmarks.run(scale=scale, content_db=content_db, quick=quick),
    ]


if __name__ == "__main__":
    for result in run(scale=1):
        print(f"{result.name:60} {result.figure:9.1f} {result.unit}  {result.note}")
