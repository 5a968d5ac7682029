"""What every benchmark shares: a result row and timing helpers."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Result:
    """One measured figure, e.g. ("search p95 at 100,000 clauses", 3.1, "ms", 10.0)."""

    name: str
    figure: float
    unit: str
    target: float | None = None  # the figure must stay at or under this, if set
    note: str = ""
    # For comparing scales: the figure's name without its scale, and the scale (1, 1000).
    key: str = ""
    scale: int | None = None

    @property
    def holds(self) -> bool | None:
        return None if self.target is None else self.figure <= self.target


def time_ms(action: Callable[[], object], repeat: int, warmup: int = 1) -> list[float]:
    """Wall-clock milliseconds of `repeat` calls of `action`, after `warmup` untimed calls."""
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def at_scale(results: list[Result], scale: int | None) -> list[Result]:
    """The same results, each tagged with `scale` (its name without the scale becomes its key)."""
    if scale is None:
        return results
    return [replace(r, key=r.key or _unscaled(r.name), scale=scale) for r in results]


def _unscaled(name: str) -> str:
    """The name with its scale label taken out, e.g. "search p95 (1,000×)" -> "search p95"."""
    for label in (f"({scale_label(s)})" for s in (1, 100, 1000)):
        name = name.replace(f" {label}", "").replace(label, "")
    for label in (f", {scale_label(s)}" for s in (1, 100, 1000)):
        name = name.replace(label, "")
    return name.strip(" ,")


def scale_label(scale: int) -> str:
    return f"{scale:,}×"


@contextmanager
def environment(**values: str) -> Iterator[None]:
    """Set these environment variables (STUDYAPP_HOME=...) inside, as they were after."""
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
