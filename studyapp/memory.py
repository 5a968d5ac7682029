"""Python's cycle collector around the app's bulk work. Qt-free."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector while building many long-lived objects.

    Every collection walks all the objects it tracks, and building the content or the cards
    of a large database sets off hundreds: at 1,000 times today's content they took a third
    of the time spent reading it. What is built here holds no reference cycles, so pausing
    leaves the collector nothing to miss; it resumes as it was afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def freeze_long_lived() -> None:
    """Exempt every object alive now from later collections (they live as long as the app).

    After start-up that is mostly the content, read once and never changed: without this,
    each full collection would walk all of it again, a pause that grows with the content.
    """
    gc.freeze()


def collect_frozen() -> None:
    """Collect once what was frozen too (then freeze the rest again): for objects alive at
    the freeze and let go since, such as the views of a language no longer in use, whose
    reference cycles a collection of the frozen generation alone can free."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def peak_rss_kib() -> int:
    """This process's peak resident memory in KiB, since its program started.

    Linux's VmHWM, not getrusage's ru_maxrss: the latter survives exec, so a process started
    by a large one (a benchmark that has Qt and the content loaded) reports that parent's
    memory as its own. ru_maxrss is the fallback where /proc is missing.
    """
    try:
        with Path("/proc/self/status").open(encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
