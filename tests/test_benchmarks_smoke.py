"""`python -m benchmarks --quick` works end to end (a smoke check; timings are never judged)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = (
    "bench_startup",
    "bench_timeline",
    "bench_export",
    "bench_search",
    "bench_quiz",
    "bench_stats",
    "bench_backup",
    "bench_map",
    "bench_browser",
    "bench_views",
)
FIGURES = (
    "start-up",
    "timeline",
    "timeline export",
    "search",
    "quiz",
    "stats",
    "backup",
    "progress",
    "map",
    "card browser",
    "view first open",
)


def test_quick_benchmarks_write_a_row_for_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--json", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    document = json.loads(out.read_text())
    rows = document["results"]
    assert {row["benchmark"] for row in rows} == set(BENCHMARKS)
    names = [row["name"] for row in rows]
    for figure in FIGURES:
        assert any(name.startswith(figure) for name in names), figure
    for row in rows:
        assert row["scale"] == 1
        assert row["figure"] >= 0
        assert row["holds"] in (True, False, None)
    assert document["scales"]["1"]["quiz cards"] > 0
    # The printed table matches the JSON, one line per row.
    for name in names:
        assert name in result.stdout
    # Nothing synthetic was written into the shipped resources.
    assert sorted(p.name for p in (ROOT / "resources").glob("*.sqlite*")) == ["agreements.sqlite"]
