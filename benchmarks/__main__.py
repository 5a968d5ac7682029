"""Run every benchmark and print one table: `python -m benchmarks [--json PATH] [--quick]`.

Each benchmark module has `run() -> list[Result]`. Figures are medians (and p95 where named)
measured side by side in one run; the targets come from the issues. Nothing here fails on a
figure: the table says whether each target holds.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
from pathlib import Path

from benchmarks.common import Result

MODULES = ("bench_startup", "bench_timeline", "bench_search", "bench_quiz", "bench_stats")


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--json", type=Path, help="also write the table as JSON here")
    parser.add_argument("--only", nargs="*", choices=MODULES, help="run only these")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results: list[Result] = []
    for name in args.only or MODULES:
        try:
            module = importlib.import_module(f"benchmarks.{name}")
        except ModuleNotFoundError as error:
            print(f"benchmarks: skipping {name}: {error}", file=sys.stderr)
            continue
        print(f"benchmarks: running {name}…", file=sys.stderr, flush=True)
        results.extend(module.run())
    print(f"Machine: {_machine()}")
    print(table(results))
    if args.json:
        rows = [
            {
                "name": r.name,
                "figure": r.figure,
                "unit": r.unit,
                "target": r.target,
                "holds": r.holds,
                "note": r.note,
            }
            for r in results
        ]
        args.json.write_text(json.dumps({"machine": _machine(), "results": rows}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
