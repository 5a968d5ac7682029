"""Run every benchmark at 1× and 1,000× today's content and print one table.

`python -m benchmarks [--scales 1 1000] [--quick] [--json PATH] [--only MODULE ...]`

Each benchmark module has `run(*, scale, content_db, quick) -> list[Result]`; the synthetic
content of each scale is built once per run (benchmarks.scales) and shared. Figures are
medians (and p95 where named) measured side by side in one run; the targets come from the
issues. Nothing here fails on a figure: the table says whether each target holds, and a last
section says how each figure grows from the smallest scale to the largest. `--quick` runs 1×
only with fewer repeats: a smoke check that every benchmark works (CI), not a measurement.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
from pathlib import Path

from benchmarks import scales as scale_cache
from benchmarks.common import Result, scale_label

MODULES = (
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


def _machine() -> str:
    cpus = os.cpu_count() or 0
    python = platform.python_version()
    return f"{platform.system()} {platform.machine()}, {cpus} cores, Python {python}"


def table(results: list[Result]) -> str:
    lines = [f"{'measured':62} {'figure':>10}  {'target':>8}  holds", "-" * 92]
    for result in results:
        target = f"{result.target:g}" if result.target is not None else ""
        holds = {True: "yes", False: "NO", None: ""}[result.holds]
        figure = f"{result.figure:.2f} {result.unit}"
        lines.append(f"{result.name:62} {figure:>10}  {target:>8}  {holds}")
        if result.note:
            lines.append(f"    {result.note}")
    return "\n".join(lines)


# How a figure grows from 1× to 1,000× (content 1,000 times larger), by the ratio of the two:
# under 2× is flat; under 20× is logarithmic (a log n cost grows far less than n does; the
# line is generous so that noise on small figures does not read as linear); else linear.
FLAT_BELOW = 2.0
LOGARITHMIC_BELOW = 20.0
GROWTH_RULE = (
    f"ratio of the figure at the largest scale to the smallest: flat if < {FLAT_BELOW:g}×, "
    f"logarithmic if < {LOGARITHMIC_BELOW:g}×, linear otherwise"
)


def growth_class(ratio: float) -> str:
    if ratio < FLAT_BELOW:
        return "flat"
    if ratio < LOGARITHMIC_BELOW:
        return "logarithmic"
    return "linear"


def growth(results: list[Result]) -> list[dict[str, object]]:
    """For each figure measured at more than one scale: smallest vs largest, ratio, class."""
    by_key: dict[str, dict[int, Result]] = {}
    for result in results:
        if result.scale is not None:
            by_key.setdefault(result.key, {})[result.scale] = result
    rows: list[dict[str, object]] = []
    for key, at in by_key.items():
        if len(at) < 2:
            continue
        low, high = at[min(at)], at[max(at)]
        ratio = high.figure / low.figure if low.figure > 0 else float("inf")
        rows.append(
            {
                "name": key,
                "unit": low.unit,
                "scales": [min(at), max(at)],
                "figures": [low.figure, high.figure],
                "ratio": ratio,
                "growth": growth_class(ratio),
            }
        )
    return rows


def growth_table(rows: list[dict[str, object]]) -> str:
    if not rows:
        return ""
    first = rows[0]["scales"]
    assert isinstance(first, list)
    low, high = (scale_label(s) for s in first)
    lines = [
        f"How each figure grows from {low} to {high} ({GROWTH_RULE}):",
        f"{'measured':62} {low:>10} {high:>10} {'ratio':>8}  growth",
        "-" * 100,
    ]
    for row in rows:
        figures, unit = row["figures"], row["unit"]
        assert isinstance(figures, list)
        a, b = (f"{f:.2f} {unit}" for f in figures)
        lines.append(f"{row['name']!s:62} {a:>10} {b:>10} {row['ratio']:>7.1f}×  {row['growth']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--json", type=Path, help="also write the table as JSON here")
    parser.add_argument("--only", nargs="*", choices=MODULES, help="run only these")
    parser.add_argument(
        "--scales",
        nargs="+",
        type=int,
        default=[1, 1000],
        metavar="N",
        help="multiples of today's content to measure at (default: 1 1000)",
    )
    parser.add_argument(
        "--quick", action="store_true", help="1× only, fewer repeats: a smoke check (CI)"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    chosen: list[int] = [1] if args.quick else sorted(set(args.scales))
    results: list[Result] = []
    benchmark_of: dict[int, str] = {}
    for name in args.only or MODULES:
        try:
            module = importlib.import_module(f"benchmarks.{name}")
        except ModuleNotFoundError as error:
            print(f"benchmarks: skipping {name}: {error}", file=sys.stderr)
            continue
        for scale in chosen:
            print(
                f"benchmarks: {name} at {scale_label(scale)} ({scale_cache.describe(scale)})…",
                file=sys.stderr,
                flush=True,
            )
            path = scale_cache.content_db(scale)
            found = module.run(scale=scale, content_db=path, quick=args.quick)
            benchmark_of.update((id(r), name) for r in found)
            results.extend(found)
    growth_rows = growth(results)
    print(f"Machine: {_machine()}")
    for scale in chosen:
        print(f"Content at {scale_label(scale)}: {scale_cache.describe(scale)} (synthetic)")
    print(table(results))
    if growth_rows:
        print()
        print(growth_table(growth_rows))
    if args.json:
        rows = [
            {
                "benchmark": benchmark_of[id(r)],
                "name": r.name,
                "key": r.key,
                "scale": r.scale,
                "figure": r.figure,
                "unit": r.unit,
                "target": r.target,
                "holds": r.holds,
                "note": r.note,
            }
            for r in results
        ]
        document = {
            "machine": _machine(),
            "scales": {str(s): scale_cache.counts(s) for s in chosen},
            "results": rows,
            "growth_rule": GROWTH_RULE,
            "growth": growth_rows,
        }
        args.json.write_text(json.dumps(document, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
