"""Faults that need a second process: SIGKILL while saving bookmarks, two app instances on one
user database, and the data folder on a read-only mount.

Each writer (tests/faults/user_data_driver.py) prints a line once a save has returned, so a
printed key is a write the app told the user it had saved; the tests then open the store as
the restarted app would and check every such write is there and the file is sound.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from studyapp import paths
from studyapp.userdata import bookmarks, reviews
from studyapp.userdata.store import UserStore
from tests.conftest import ROOT, start_module

pytestmark = pytest.mark.slow
DRIVER_MODULE = "tests.faults.user_data_driver"


def _start(processes: list[subprocess.Popen[str]], *args: str) -> subprocess.Popen[str]:
    return start_module(processes, DRIVER_MODULE, *args)


def _integrity_ok(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()


def _reopened() -> UserStore:
    """The store as the next start of the app opens it: not treated as damaged."""
    store = UserStore.open(paths.user_db_path())
    assert store.notice is None, store.notice
    return store


def test_sigkill_while_saving_bookmarks_loses_no_saved_bookmark(
    started_processes: list[subprocess.Popen[str]], user_home: Path
) -> None:
    writer = _start(started_processes, "write", "killed")
    assert writer.stdout is not None
    saved = []
    for _ in range(40):
        line = writer.stdout.readline()
        assert line.startswith("bookmark "), line + writer.communicate(timeout=30)[1]
        saved.append(line.split()[1])
    writer.kill()  # SIGKILL while it goes on saving: wherever it is, mid-save or between
    writer.communicate(timeout=30)
    assert writer.returncode == -9

    _integrity_ok(paths.user_db_path())
    store = _reopened()
    try:
        stored = {b.clause_key: b.note for b in bookmarks.list_bookmarks(store)}
        for key in saved:
            assert stored[key].endswith(f" {key}")  # every saved bookmark, note and all
        # At most the one save under way when killed is beyond what was printed.
        assert len(stored) - len(saved) in (0, 1)
        assert not list(user_home.glob("*.damaged-*"))
    finally:
        store.close()


def test_sigkill_inside_a_bookmarks_write_loses_that_bookmark_only(
    started_processes: list[subprocess.Popen[str]], user_home: Path
) -> None:
    writer = _start(started_processes, "write", "stalled", "--stall-after", "12")
    assert writer.stdout is not None
    lines = [writer.stdout.readline().strip() for _ in range(13)]
    saved = [line.removeprefix("bookmark ") for line in lines[:12]]
    assert lines[12] == "stalled stalled-12", lines  # written, not yet committed
    writer.kill()
    writer.communicate(timeout=30)

    _integrity_ok(paths.user_db_path())
    store = _reopened()
    try:
        stored = [b.clause_key for b in bookmarks.list_bookmarks(store)]
        assert sorted(stored) == sorted(saved)  # all that were saved; none of the cut one
        bookmarks.save_bookmark(store, "stalled-12", "saved on the next start")
        assert bookmarks.get_bookmark(store, "stalled-12") is not None
    finally:
        store.close()
    assert not list(user_home.glob("*.damaged-*"))


def test_two_instances_writing_at_once_lose_no_write(
    started_processes: list[subprocess.Popen[str]],
) -> None:
    UserStore.open(paths.user_db_path()).close()  # the first start made the file
    first = _start(started_processes, "write", "first", "--count", "40", "--answers")
    second = _start(started_processes, "write", "second", "--count", "40", "--answers")
    outputs = [process.communicate(timeout=120) for process in (first, second)]
    for process, (out, err) in zip((first, second), outputs, strict=True):
        assert process.returncode == 0, err  # neither instance failed a write
        assert out.splitlines()[-1] == "done"
    printed = [line.split() for out, _ in outputs for line in out.splitlines()[:-1]]
    saved_bookmarks = {key for kind, key in printed if kind == "bookmark"}
    answers = [key for kind, key in printed if kind == "answer"]
    assert len(saved_bookmarks) == 80
    assert len(answers) == 80

    _integrity_ok(paths.user_db_path())
    store = _reopened()
    try:
        assert {b.clause_key for b in bookmarks.list_bookmarks(store)} == saved_bookmarks
        log = reviews.review_log(store)
        assert sorted(entry.card_key for entry in log) == sorted(answers)
    finally:
        store.close()


def _mount_works() -> bool:
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount --bind -o ro / / 2>/dev/null"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


@pytest.mark.skipif(
    not _mount_works(), reason="needs `unshare -m` and `mount --bind -o ro` (root in a namespace)"
)
def test_a_data_folder_on_a_read_only_mount_is_a_clear_error_and_the_data_is_kept(
    user_home: Path,
) -> None:
    # The read-only bind mount is made in a mount namespace of the driver's own, so it stops
    # root too (chmod would not) and vanishes with the process.
    store = UserStore.open(paths.user_db_path())
    bookmarks.save_bookmark(store, "first-1907-secret-1", "kept")
    store.close()
    before = {p.name: p.read_bytes() for p in user_home.iterdir()}

    folder = str(user_home)
    driver = f"{sys.executable} -m {DRIVER_MODULE}"
    script = f'mount --bind -o ro "{folder}" "{folder}" && exec {driver} open-and-save'
    result = subprocess.run(
        ["unshare", "-m", "sh", "-c", script],
        cwd=ROOT,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    message = result.stdout.strip()
    assert message.startswith("error: ")  # the user is told, in one sentence
    assert "read-only" in message
    assert "STUDYAPP_HOME" in message

    assert {p.name: p.read_bytes() for p in user_home.iterdir()} == before
    store = _reopened()
    try:
        assert [(b.clause_key, b.note) for b in bookmarks.list_bookmarks(store)] == [
            ("first-1907-secret-1", "kept")
        ]
    finally:
        store.close()
