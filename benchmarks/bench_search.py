"""Search speed on today's content and on 100,000 synthetic clauses, against 10 ms.

Each query runs as the search panel runs it: `database.read(lambda s: search(s, query))`, a
connection from the pool of the app's one engine, through the FTS indexes. Words of three or
more characters use the trigram index; shorter ones (two-character Japanese such as 満州, or
"of") cannot, so they are reported apart, as are words that are rare or absent, which make
any scan read everything.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import Result, at_scale, median, percentile, scale_label, time_ms
from benchmarks.synthetic import build_synthetic_database
from studyapp import paths
from studyapp.content.database import ContentDatabase
from studyapp.content.search import search

TARGET_MS = 10.0
SYNTHETIC_CLAUSES = 100_000
REPEAT = 25

# (kind of query, query): what a student types, from one word to hostile and empty-handed.
QUERIES: tuple[tuple[str, str], ...] = (
    ("one word", "meridian"),
    ("one word", "railway"),
    ("one word", "Manchuria"),
    ("one word", "secret"),
    ("one word", "Korea"),
    ("one word", "taisho"),
    ("two words", "secret convention"),
    ("two words", "manchuria railway"),
    ("two words", "inner mongolia"),
    ("two words", "open door"),
    ("three words, one of 2 characters", "meridian of peking"),
    ("three words, one of 2 characters", "manchuria railway zq"),
    ("Japanese, 2 characters", "満州"),
    ("Japanese, 2 characters", "協約"),
    ("Japanese, 2 characters", "蒙古"),
    ("2 characters, no hit", "電話"),
    ("2 characters, no hit", "zq"),
    ("Japanese, 3+ characters", "満州鉄道"),
    ("Japanese, 3+ characters", "日露協約"),
    ("Japanese, 3+ characters", "内蒙古"),
    ("Japanese prose", "特殊権益"),
    ("Japanese prose", "秘密協約"),
    ("Japanese prose, 2 characters", "併合"),
    ("no hit", "zzqqxx"),
    ("no hit", "電話機"),
    ("no hit", "xylophone quartet"),
)


@dataclass(frozen=True)
class QueryTiming:
    kind: str
    query: str
    hits: int
    samples: list[float]

    @property
    def median(self) -> float:
        return median(self.samples)

    @property
    def p95(self) -> float:
        return percentile(self.samples, 0.95)


def measure(database_path: Path, repeat: int = REPEAT) -> list[QueryTiming]:
    """Each query `repeat` times on the content at `database_path`, as the panel runs it."""
    database = ContentDatabase(database_path)
    try:
        timings = []
        for kind, query in QUERIES:

            def once(query: str = query) -> int:
                return len(database.read(lambda connection: search(connection, query)))

            hits = once()
            timings.append(QueryTiming(kind, query, hits, time_ms(once, repeat, warmup=2)))
        return timings
    finally:
        database.close()


def summarise(timings: list[QueryTiming], label: str) -> list[Result]:
    """Median and p95 over every sample of every query, and the p95 of each kind of query."""
    everything = [sample for timing in timings for sample in timing.samples]
    results = [
        Result(f"search median, all queries ({label})", median(everything), "ms", TARGET_MS),
        Result(f"search p95, all queries ({label})", percentile(everything, 0.95), "ms", TARGET_MS),
    ]
    for kind in dict.fromkeys(timing.kind for timing in timings):
        samples = [s for timing in timings if timing.kind == kind for s in timing.samples]
        slowest = max((t for t in timings if t.kind == kind), key=lambda t: t.median)
        results.append(
            Result(
                f"search p95, {kind} ({label})",
                percentile(samples, 0.95),
                "ms",
                TARGET_MS,
                f"slowest: {slowest.query} {slowest.median:.2f} ms median, {slowest.hits} hits",
            )
        )
    return results


def run(
    synthetic_db: Path | None = None,
    *,
    scale: int | None = None,
    content_db: Path | None = None,
    quick: bool = False,
) -> list[Result]:
    """Results at today's size (1×) and at 100,000 synthetic clauses (built once, ~40 s).

    With `content_db`, only that content, labelled with `scale`.
    """
    if content_db is not None:
        label = scale_label(scale) if scale else content_db.name
        timings = measure(content_db, repeat=5 if quick else REPEAT)
        return at_scale(summarise(timings, label), scale)
    results = summarise(measure(paths.content_db_path()), "1×")
    if synthetic_db is not None:
        return results + summarise(measure(synthetic_db), "100,000 clauses")
    with tempfile.TemporaryDirectory(prefix="bench-search-") as folder:
        path = build_synthetic_database(
            Path(folder), events=1000, clauses=SYNTHETIC_CLAUSES, terms=1000
        )
        return results + summarise(measure(path), "100,000 clauses")


def _table(label: str, timings: list[QueryTiming]) -> None:
    print(f"\n{label}")
    print(f"  {'kind':34} {'query':20} {'hits':>5} {'median ms':>10} {'p95 ms':>8}")
    for t in timings:
        print(f"  {t.kind:34} {t.query:20} {t.hits:5} {t.median:10.2f} {t.p95:8.2f}")


def main() -> None:
    real = measure(paths.content_db_path())
    _table("Today's content (1×)", real)
    with tempfile.TemporaryDirectory(prefix="bench-search-") as folder:
        started = time.perf_counter()
        path = build_synthetic_database(
            Path(folder), events=1000, clauses=SYNTHETIC_CLAUSES, terms=1000
        )
        built = time.perf_counter() - started
        synthetic = measure(path)
    _table(f"{SYNTHETIC_CLAUSES:,} synthetic clauses (built in {built:.0f} s)", synthetic)
    print()
    for result in summarise(real, "1×") + summarise(synthetic, "100,000 clauses"):
        verdict = {True: "holds", False: "MISSES", None: ""}[result.holds]
        print(
            f"{result.name:66} {result.figure:7.2f} {result.unit} (target {result.target}) "
            f"{verdict}  {result.note}"
        )


if __name__ == "__main__":
    main()
