"""Backups, restores and progress imports of a user file with 100,000 review-log rows: four figures.

1. a backup as the app makes it (`backups.back_up`: SQLite's backup API in steps, the copy's
   whole `PRAGMA integrity_check`, its sync and rename, then the thinning): target under
   200 ms, wall clock; the CPU time of the same runs is in the note (on a busy machine the
   wall clock also counts the others' work);
2. the longest stall of the window's event loop while a backup runs as the app runs it
   (`backups.back_up_in_thread`, started from the loop; SQLite lets go of Python's lock inside
   each step and the check): target under 16 ms, one frame. A 1 ms Qt timer ticks meanwhile;
   the figure is the longest gap between two ticks, less the tick's own 1 ms. The note gives
   the same gap with nothing running and with the backup in a process of its own (the same
   load on the cores, no lock shared): what the machine's load alone adds;
3. the same stall while File → Restore from backup… restores a backup of that file as the
   window runs it (studyapp/ui/restoring.py: the copy, its check and the backup of the data
   first in a worker, only the swap on the loop's thread): target under 16 ms. The window is
   shown with its text painted before the loop starts, as the app's is when the user picks
   the menu item (the first text a process lays out loads its fonts: a one-off cost of the
   process, not of the restore);
4. importing a progress file of those 100,000 reviews into a fresh data folder: target under
   2 s, wall clock; CPU in the note. The note also gives the worst case of a merge, no target:
   a folder that answered half of the same cards itself, so every card's log is replayed
   through FSRS from the first answer that differs.

Every note ends with the machine's load average as the run ended. The user file does not grow
with the content, so it is measured once (at the smallest scale).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path

from benchmarks.common import Result, at_scale, median
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


# Card kinds as studyapp/study/cards.py names them; a key is "<kind>:<row key>[:<n>]".
_KINDS = (
    "clause-cloze",
    "clause-part",
    "clause-agreement",
    "term-definition",
    "term-japanese",
    "japanese-term",
    "event-date",
    "agreement-date",
    "person-deed",
    "signatory-agreements",
)


def card_key(number: int) -> str:
    """A card key of the app's shape and length (25 to 45 characters)."""
    kind = _KINDS[number % len(_KINDS)]
    row = f"{('first', 'second', 'third', 'fourth')[number % 4]}-19{7 + number % 10:02}"
    return f"{kind}:{row}-{'secret' if number % 3 else 'public'}-{number // 10}:{number % 5}"


def fill(store: UserStore, reviews: int, cards: int, seed: int, keep: float = 1.0) -> None:
    """`reviews` answers over `cards` cards, with the states they lead to, written in the
    order they were given, as the app writes them (and as a progress import does).

    With `keep` < 1, only that share of each card's answers is written (another computer's
    part of the same history).
    """
    rng = random.Random(seed)
    scheduler = Scheduler(fuzz=False)
    start = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    per_card = reviews // cards
    rows, states = [], []
    for number in range(cards):
        key = card_key(number)
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
    rows.sort(key=lambda row: row[2])  # answers of all the cards interleaved, by time
    with store.transaction() as connection:
        connection.executemany("INSERT INTO card_state VALUES (?, ?, ?, ?)", states)
        connection.executemany(
            "INSERT INTO review_log (card_key, rating, reviewed_at, duration_ms, mode, correct, "
            "state_before, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def _seconds(action: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of `action` (CPU of every thread of this process)."""
    start, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - start, time.process_time() - cpu


def _longest_stall(start: Callable[[Callable[[], None]], object]) -> float:
    """Run a Qt event loop with a 1 ms timer, call `start(finished)` from inside it, and stop
    once `finished()` was called; the longest gap between two ticks, less the tick's 1 ms."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    loop = QEventLoop()
    done = threading.Event()
    longest = 0.0
    last = time.perf_counter()

    def tick() -> None:
        nonlocal longest, last
        now = time.perf_counter()
        longest = max(longest, (now - last) * 1000 - 1.0)
        last = now
        if done.is_set():
            loop.quit()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(1)
    timer.timeout.connect(tick)
    timer.start()
    QTimer.singleShot(5, lambda: start(done.set))
    loop.exec()
    timer.stop()
    return max(longest, 0.0)


def _stall_during_backup(store_path: Path) -> float:
    """As the app runs it: backups.back_up_in_thread, started from the event loop."""
    failures: list[str] = []

    def start(finished: Callable[[], None]) -> None:
        def done(made: Path | None, why: str) -> None:
            if made is None:
                failures.append(why)
            finished()

        backups.back_up_in_thread(store_path, done)

    longest = _longest_stall(start)
    if failures:
        raise RuntimeError(failures[0])
    return longest


def _stall_during_restore(store_path: Path) -> tuple[float, float]:
    """As File → Restore from backup… runs it (ui/restoring.py: the copy, its check and the
    backup of the data first in a worker, the swap on the loop's thread): the longest stall,
    and the restore's wall-clock seconds."""
    from PySide6.QtWidgets import QApplication, QLabel

    from studyapp.ui.restoring import Outcome, Restore

    backup = backups.make_backup(store_path)
    store = UserStore.open(store_path)
    # A window on the screen with text painted, as the app's is before File → Restore: the
    # first text a process ever lays out loads its fonts (10 to 30 ms), not the restore's cost.
    app = QApplication.instance() or QApplication([])
    window = QLabel("Russo-Japanese Agreements")
    window.show()
    app.processEvents()
    outcomes: list[Outcome] = []
    began = [0.0]

    def start(finished: Callable[[], None]) -> None:
        def done(outcome: Outcome) -> None:
            outcomes.append(outcome)
            finished()

        began[0] = time.perf_counter()
        Restore(window, store, backup, done).start()

    try:
        longest = _longest_stall(start)
        took = time.perf_counter() - began[0]
    finally:
        store.close()
        window.close()
        window.deleteLater()
    if isinstance(outcomes[0], str):
        raise RuntimeError(outcomes[0])
    return longest, took


def _stall_idle() -> float:
    def start(finished: Callable[[], None]) -> None:
        threading.Timer(0.3, finished).start()

    return _longest_stall(start)


def _stall_beside_a_process(store_path: Path) -> float:
    """The same with the backup in a process of its own: the same work on the machine's cores
    but no lock shared with this thread, so what remains is the machine's own load."""
    code = (
        "from pathlib import Path; from studyapp.userdata import backups; "
        f"backups.back_up(Path({str(store_path)!r}))"
    )
    processes: list[subprocess.Popen[bytes]] = []

    def start(finished: Callable[[], None]) -> None:
        process = subprocess.Popen([sys.executable, "-c", code])
        processes.append(process)

        def wait() -> None:
            process.wait()
            finished()

        threading.Thread(target=wait, daemon=True).start()

    longest = _longest_stall(start)
    if processes[0].returncode != 0:
        raise RuntimeError("the backup in a process of its own failed")
    return longest


def _load() -> str:
    one, five, _fifteen = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


def _run(folder: Path, reviews: int, cards: int, repeat: int) -> list[Result]:
    home = folder / "home"
    store = UserStore.open(home / "user.sqlite")
    fill(store, reviews, cards, seed=7)
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    path = home / "user.sqlite"
    size = f"{reviews:,} reviews, {path.stat().st_size / 1e6:.1f} MB"

    backups.back_up(path)  # once untimed: the file in the page cache, as after the app's use
    backup_runs = [_seconds(partial(backups.back_up, path)) for _ in range(repeat)]
    stalls = [_stall_during_backup(path) for _ in range(repeat)]
    restores = [_stall_during_restore(path) for _ in range(repeat)]
    idle = max(_stall_idle() for _ in range(repeat))
    beside = max(_stall_beside_a_process(path) for _ in range(repeat))

    store = UserStore.open(path)
    file = folder / "progress.json"
    export_progress(store, file)
    store.close()
    half = UserStore.open(folder / "half" / "user.sqlite")
    fill(half, reviews, cards, seed=7, keep=0.5)  # the same history, half of it here
    half.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    half.close()
    fresh_runs, replay_runs = [], []
    for attempt in range(repeat):
        fresh = UserStore.open(folder / f"fresh-{attempt}" / "user.sqlite")
        fresh_runs.append(_seconds(partial(import_progress, fresh, file)))
        fresh.close()
        (folder / f"other-{attempt}").mkdir()
        shutil.copyfile(half.path, folder / f"other-{attempt}" / "user.sqlite")
        other = UserStore.open(folder / f"other-{attempt}" / "user.sqlite")
        replay_runs.append(_seconds(partial(import_progress, other, file)))
        other.close()
    load = _load()
    return [
        Result(
            "backup: the user file, backup API + integrity_check",
            median([wall for wall, _cpu in backup_runs]) * 1000,
            "ms",
            BACKUP_TARGET_MS,
            note=f"{size}; {median([cpu for _wall, cpu in backup_runs]) * 1000:.0f} ms of CPU "
            f"(median of {repeat}); {load}",
        ),
        Result(
            "backup: longest stall of the window's event loop",
            max(stalls),
            "ms",
            FRAME_MS,
            note=f"the worst of {repeat}, backup in a thread as the app runs it; with nothing "
            f"running {idle:.1f} ms, with the backup in a process of its own {beside:.1f} ms; "
            f"{load}",
        ),
        Result(
            "restore: longest stall of the window's event loop",
            max(stall for stall, _took in restores),
            "ms",
            FRAME_MS,
            note=f"the worst of {repeat}, as File → Restore from backup… runs it; a restore "
            f"took {median([took for _stall, took in restores]):.2f} s; with nothing running "
            f"{idle:.1f} ms; {load}",
        ),
        Result(
            "progress: import into a fresh data folder",
            median([wall for wall, _cpu in fresh_runs]),
            "s",
            IMPORT_TARGET_S,
            note=f"{size}; {median([cpu for _wall, cpu in fresh_runs]):.2f} s of CPU; into a "
            f"folder holding half of the same answers (every card replayed through FSRS, "
            f"the worst case, no target) {median([wall for wall, _cpu in replay_runs]):.2f} s "
            f"({median([cpu for _wall, cpu in replay_runs]):.2f} s of CPU); {load}",
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
