"""Killing the app (SIGKILL) in the middle of a quiz loses at most the answer being given."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
from pathlib import Path

from studyapp import paths
from studyapp.userdata import reviews
from studyapp.userdata.store import UserStore
from tests.conftest import start_module


def test_answers_survive_the_app_being_killed_mid_session(
    user_home: Path, started_processes: list[subprocess.Popen[str]]
) -> None:
    # STUDYAPP_HOME is user_home already (the fixture sets it), so the app writes there.
    app = start_module(started_processes, "tests.ui.quiz_kill_driver")
    assert app.stdout is not None
    answered: list[str] = []
    while len(answered) < 6:
        line = app.stdout.readline().strip()
        assert line and line != "done", app.stderr.read() if app.stderr else ""
        answered.append(line)
    app.send_signal(signal.SIGKILL)  # the app is answering the next card right now
    app.wait(timeout=30)
    assert app.returncode == -signal.SIGKILL

    connection = sqlite3.connect(paths.user_db_path())
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    store = UserStore.open(paths.user_db_path())  # as the restarted app opens it
    try:
        assert store.notice is None  # nothing was damaged, nothing moved aside
        logged = [entry.card_key for entry in reviews.review_log(store)]
    finally:
        store.close()
    # Every answer the app had taken is in the log; at most the one in flight joins them.
    assert logged[: len(answered)] == answered
    assert len(logged) <= len(answered) + 1
