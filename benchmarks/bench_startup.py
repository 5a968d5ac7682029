"""Start-up of the app against a bare PySide6 window, started the same way in the same run.

Each run is a fresh process, timed from just before it is spawned to its first paint and to
the content being shown; the app and the bare window alternate, and medians are compared.
The app forks a read server (content/read_server.py) that imports SQLAlchemy while the window
starts: its peak memory counts that child's own pages too, and its CPU time the child's. The
app is also started without the server (STUDYAPP_READ_SERVER=0), to show what the server pays.
Both languages are measured: Japanese loads two translators and a Japanese font besides.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import Result, at_scale, median, scale_label

ROOT = Path(__file__).resolve().parent.parent
BARE = [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")]
APP = [sys.executable, str(ROOT / "main.py"), "--smoke"]


def _start(command: list[str], env: dict[str, str]) -> tuple[float, float, float, float]:
    """(ms to first paint, ms to content shown, peak RSS in MiB, CPU ms) of one fresh start."""
    spawned = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    line = next(
        line for line in result.stdout.splitlines() if line.startswith("studyapp smoke json: ")
    )
    data = json.loads(line.removeprefix("studyapp smoke json: "))
    wall = data["wall"]
    return (
        (wall["first paint"] - spawned) * 1000,
        (wall["content shown"] - spawned) * 1000,
        data["peak_rss_kib"] / 1024,
        data.get("cpu_s", 0.0) * 1000,
    )


def run(
    runs: int = 7,
    content_db: Path | None = None,
    label: str = "1×",
    *,
    scale: int | None = None,
    quick: bool = False,
) -> list[Result]:
    """Start-up against the bare window; with `scale`, labelled and tagged for that scale."""
    if scale is not None:
        label = scale_label(scale)
    if quick:
        runs = 2
    large = scale is not None and scale > 1
    results = _run(runs, content_db, label, "en", large)
    results += _run(runs, content_db, f"{label}, Japanese", "ja", large)
    return at_scale(results, scale)


# Issue 14's targets, against the bare window: at today's size, and at 1,000x.
CONTENT_TARGET = {False: 2.0, True: 3.0}
MEMORY_TARGET = {False: 1.8, True: 2.5}


def _run(
    runs: int, content_db: Path | None, label: str, language: str, large: bool
) -> list[Result]:
    command = [*APP, "--lang", language]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # As on a user's machine, where pip compiles the bytecode at install or the first start
    # caches it: without this, a setting of the sandbox makes every run compile the app anew.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if content_db is not None:
        env["STUDYAPP_CONTENT_DB"] = str(content_db)
    env.setdefault("STUDYAPP_HOME", str(Path(os.environ.get("TMPDIR", "/tmp")) / "bench-home"))
    without_server = {**env, "STUDYAPP_READ_SERVER": "0"}
    bare: list[tuple[float, float, float, float]] = []
    app: list[tuple[float, float, float, float]] = []
    alone: list[tuple[float, float, float, float]] = []
    _start(BARE, env)  # warm the file cache for both before measuring
    _start(command, env)
    for _ in range(runs):
        bare.append(_start(BARE, env))
        app.append(_start(command, env))
        alone.append(_start(command, without_server))
    bare_paint = median([b[0] for b in bare])
    bare_rss = median([b[2] for b in bare])
    app_paint = median([a[0] for a in app])
    app_content = median([a[1] for a in app])
    app_rss = median([a[2] for a in app])
    bare_cpu = median([b[3] for b in bare])
    app_cpu = median([a[3] for a in app])
    note = (
        f"bare window {bare_paint:.0f} ms, {bare_rss:.0f} MiB, CPU {bare_cpu:.0f} ms; "
        f"app CPU {app_cpu:.0f} ms; median of {runs}"
    )
    return [
        Result(
            f"start-up: first paint / bare window ({label})",
            app_paint / bare_paint,
            "×",
            1.5,
            f"app {app_paint:.0f} ms; {note}",
        ),
        Result(
            f"start-up: content shown / bare window ({label})",
            app_content / bare_paint,
            "×",
            CONTENT_TARGET[large],
            f"app {app_content:.0f} ms; {note}",
        ),
        Result(
            f"start-up: content shown without the read server / bare window ({label})",
            median([a[1] for a in alone]) / bare_paint,
            "×",
            None,
            f"peak memory {median([a[2] for a in alone]):.0f} MiB, CPU "
            f"{median([a[3] for a in alone]):.0f} ms; {note}",
        ),
        Result(
            f"start-up: peak memory / bare window ({label})",
            app_rss / bare_rss,
            "×",
            MEMORY_TARGET[large],
            f"app {app_rss:.0f} MiB; {note}",
        ),
    ]


if __name__ == "__main__":
    for result in run():
        verdict = {True: "holds", False: "MISSES", None: ""}[result.holds]
        print(
            f"{result.name:55} {result.figure:6.2f} {result.unit} (target {result.target}) "
            f"{verdict}  {result.note}"
        )
