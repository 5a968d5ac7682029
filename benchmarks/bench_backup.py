"""Backups and progress merges of a user file with 100,000 review-log rows.

- a backup (SQLite's backup API, in steps, then the copy's check, COPY_CHECK in
  studyapp/userdata/backups.py): target under 200 ms. Its CPU time is in the note (on a
  busy machine the wall clock says more about the others' load), and so is what the whole
  `integrity_check` of the copy costs, for comparison (it runs before a restore);
- the longest the window's event loop waits while a backup runs in a thread, as the app
  runs it (the GIL is released inside each SQLite step): target under 16 ms, one frame. A
  Qt timer ticks every millisecond meanwhile; the figure is the longest gap between ticks.
  The note gives the same with no backup running, and with the backup in a process of its
  own (the same load on the cores, no lock shared): on a busy machine those say how much of
  the gap is the machine's and how much the thread's;
- importing a progress file of 100,000 reviews into a fresh data folder: target under 2 s;
- importing it into a folder that answered half of the same cards itself, so that every
  card's log is replayed through FSRS from the first answer that differs (no target: the
  worst case, reported as it is; that folder is made once and copied for each attempt).

The user file does not grow with the content, so it is measured once (at the smallest scale).
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path

from benchmarks.common import Result, at_scale, median, time_ms
from studyapp.study.progress import export_progress, import_progress
from studyapp.study.scheduling import Scheduler
from studyapp.userdata import backups
from studyapp.userdata.packed_state import pack_or_none
from studyapp.userdata.reviews import iso
from studyapp.userdata.store import UserStore

REVIEWS = 100_000
CARDS = 5_000
BACKUP_TARGET_MS = 200.0
FRAME_MS = 16.0
IMPORT_TARGET_S = 2.0


def fill(store: UserStore, reviews: int, cards: int, seed: int, keep: float = 1.0) -> None:
    """`reviews` answers over `cards` cards in time order, with the states they lead to.

    With `keep` < 1, only that share of each card's answers is written (another computer's
    part of the same history).
    """
    rng = random.Random(seed)
    scheduler = Scheduler(fuzz=False)
    start = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    per_card = reviews // cards
    rows, states = [], []
    for number in range(cards):
        key = f"card-{number:05}"
        answers = []
        moment = start + dt.timedelta(minutes=number)
        for _ in range(per_card):
            moment += dt.timedelta(hours=rng.uniform(6, 400))
            answers.append((rng.choice((1, 3, 3, 3, 4)), moment))
        mine = [a for a in answers if rng.random() < keep] or answers[:1]
        befores, final = scheduler.replay(key, None, [(r, m, 2500, True) for r, m in mine])
        for (rating, moment_), before in zip(mine, befores, strict=True):
            packed = pack_or_none(before)  # as the app writes it
            rows.append((key, rating, iso(moment_), 2500, "flip", None, packed, uuid.uuid4().hex))
        assert final is not None
        last = final.last_review
        states.append((key, final.state, iso(final.due), iso(last) if last else None))
    with store.transaction() as connection:
        connection.executemany("INSERT INTO card_state VALUES (?, ?, ?, ?)", states)
        connection.executemany(
            "INSERT INTO review_log (card_key, rating, reviewed_at, duration_ms, mode, correct, "
            "state_before, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def _seconds(action: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of `action` (on a busy machine the two part ways)."""
    start, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - start, time.process_time() - cpu


def _longest_wait_during(work: threading.Thread) -> float:
    """The longest gap, in ms, between the event loop's 1 ms ticks while `work` runs."""
    work.start()
    longest = _longest_wait_while(work.is_alive)
    work.join()
    return longest


def _longest_wait_during_process(store_path: Path) -> float:
    """The same, with the backup in a process of its own: the same work on the machine's
    cores but no lock shared with this thread, so what remains is the machine's own load."""
    code = (
        f"from pathlib import Path; from studyapp.userdata import backups; "
        f"backups.make_backup(Path({str(store_path)!r}))"
    )
    process = subprocess.Popen([sys.executable, "-c", code])
    longest = _longest_wait_while(lambda: process.poll() is None)
    if process.returncode != 0:
        raise RuntimeError("the backup in a process of its own failed")
    return longest


def _longest_wait_while(running: Callable[[], bool]) -> float:
    """Run a Qt event loop with a 1 ms timer until `running()` is false; the longest gap
    between two ticks, less the tick's own 1 ms."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    loop = QEventLoop()
    longest = 0.0
    last = time.perf_counter()

    def tick() -> None:
        nonlocal longest, last
        now = time.perf_counter()
        longest = max(longest, (now - last) * 1000 - 1.0)
        last = now
        if not running():
            loop.quit()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(1)
    timer.timeout.connect(tick)
    timer.start()
    loop.exec()
    timer.stop()
    return max(longest, 0.0)


def _full_check_ms(backup: Path) -> tuple[float, float]:
    """Wall-clock and CPU ms of a whole integrity_check of a backup (what a restore runs)."""
    connection = sqlite3.connect(backups.read_only_uri(backup), uri=True)
    try:
        connection.execute(f"PRAGMA cache_size = {-backups.CHECK_CACHE_KIB:d}")
        wall, cpu = _seconds(lambda: connection.execute("PRAGMA integrity_check").fetchone())
    finally:
        connection.close()
    return wall * 1000, cpu * 1000


def _run(folder: Path, reviews: int, cards: int, repeat: int) -> list[Result]:
    home = folder / "home"
    store = UserStore.open(home / "user.sqlite")
    fill(store, reviews, cards, seed=7)
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = f"{reviews:,} reviews, {store.path.stat().st_size / 1e6:.1f} MB"
    backup = time_ms(lambda: backups.make_backup(store.path), repeat)
    backup_cpu = median(
        [_seconds(partial(backups.make_backup, store.path))[1] * 1000 for _ in range(repeat)]
    )
    full_wall, full_cpu = _full_check_ms(backups.make_backup(store.path))
    idle = _longest_wait_during(threading.Thread(target=time.sleep, args=(0.3,)))
    waits, process_waits = [], []
    for _ in range(repeat):
        worker = threading.Thread(target=lambda: backups.make_backup(store.path))
        waits.append(_longest_wait_during(worker))
        process_waits.append(_longest_wait_during_process(store.path))
    file = folder / "progress.json"
    export_progress(store, file)
    store.close()

    half = UserStore.open(folder / "half" / "user.sqlite")
    fill(half, reviews, cards, seed=7, keep=0.5)  # the same history, half of it here
    half.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    half.close()
    fresh_times, replay_times = [], []
    for attempt in range(repeat):
        fresh = UserStore.open(folder / f"fresh-{attempt}" / "user.sqlite")
        fresh_times.append(_seconds(partial(import_progress, fresh, file)))
        fresh.close()
        (folder / f"other-{attempt}").mkdir()
        shutil.copyfile(half.path, folder / f"other-{attempt}" / "user.sqlite")
        other = UserStore.open(folder / f"other-{attempt}" / "user.sqlite")
        replay_times.append(_seconds(partial(import_progress, other, file)))
        other.close()
    fresh_wall = median([wall for wall, _cpu in fresh_times])
    fresh_cpu = median([cpu for _wall, cpu in fresh_times])
    return [
        Result(
            "backup: the user file, backup API + check",
            median(backup),
            "ms",
            BACKUP_TARGET_MS,
            note=f"{size}; {backup_cpu:.0f} ms of CPU; the whole integrity_check of the copy "
            f"(before a restore) would add {full_wall:.0f} ms ({full_cpu:.0f} ms of CPU)",
        ),
        Result(
            "backup: longest wait of the window's event loop",
            max(waits),
            "ms",
            FRAME_MS,
            note=f"Qt event loop, backup in a thread; with none running, {idle:.1f} ms; "
            f"with it in a process of its own, {max(process_waits):.1f} ms",
        ),
        Result(
            "progress: import into a fresh data folder",
            fresh_wall,
            "s",
            IMPORT_TARGET_S,
            note=f"{size}; {fresh_cpu:.2f} s of CPU",
        ),
        Result(
            "progress: import with every card replayed (FSRS)",
            median([wall for wall, _cpu in replay_times]),
            "s",
            note="half of each card's answers already here: worst case, no target",
        ),
    ]


def run(
    *, scale: int | None = None, content_db: Path | None = None, quick: bool = False
) -> list[Result]:
    del content_db  # the user file does not depend on the content
    if scale not in (None, 1):
        return []
    folder = Path(tempfile.mkdtemp(prefix="bench-backup-"))
    try:
        if quick:
            return at_scale(_run(folder, 5_000, 250, repeat=1), scale)
        return at_scale(_run(folder, REVIEWS, CARDS, repeat=3), scale)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
