"""A user file missing a table or a column: repaired, keeping what is there, or moved aside
as damaged; told either way, and the app never hangs on it."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from studyapp import paths
from studyapp.userdata import bookmarks, notices, reviews
from studyapp.userdata.store import UserStore
from tests.conftest import ROOT, start_module
from tests.ui.helpers import started_window

KEY = "first-1907-secret-1"


def _store_with_data() -> None:
    store = UserStore.open(paths.user_db_path())
    bookmarks.save_bookmark(store, KEY, "kept")
    reviews.record_review(
        store,
        "card",
        None,
        rating=3,
        reviewed_at=dt.datetime.now(dt.UTC),
        duration_ms=900,
        mode="flip",
        correct=True,
    )
    store.close()


def _execute(*statements: str) -> None:
    connection = sqlite3.connect(paths.user_db_path())
    if any("DROP COLUMN" in statement for statement in statements):
        # SQLite refuses to drop a column a trigger reads (the Stats totals'); the damage
        # being made here takes the triggers with it, and the repair makes them again.
        for (trigger,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        ).fetchall():
            connection.execute(f'DROP TRIGGER "{trigger}"')
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def test_a_dropped_table_is_recreated_and_the_rest_kept(user_home: Path) -> None:
    _store_with_data()
    _execute("DROP TABLE bookmark")
    store = UserStore.open(paths.user_db_path())
    try:
        assert store.notice is not None and "bookmark" in store.notice
        assert "re-created" in store.notice
        assert bookmarks.list_bookmarks(store) == []
        assert len(reviews.review_log(store)) == 1  # the answers are kept
        bookmarks.save_bookmark(store, KEY, "again")
    finally:
        store.close()
    assert not list(user_home.glob("*.damaged-*"))


def test_a_missing_column_that_can_be_added_is_added_back(user_home: Path) -> None:
    _store_with_data()
    _execute("ALTER TABLE review_log DROP COLUMN correct")
    store = UserStore.open(paths.user_db_path())
    try:
        assert store.notice is not None and "review_log.correct" in store.notice
        (entry,) = reviews.review_log(store)
        assert entry.card_key == "card" and entry.correct is None
    finally:
        store.close()


def test_a_missing_column_that_cannot_be_made_again_moves_the_file_aside(
    user_home: Path, qtbot: QtBot
) -> None:
    _store_with_data()
    _execute("DROP INDEX review_log_card_key", "ALTER TABLE review_log DROP COLUMN card_key")
    store = UserStore.open(paths.user_db_path())
    try:
        assert store.notice is not None and "moved to" in store.notice
    finally:
        store.close()
    (moved,) = user_home.glob("user.sqlite.damaged-*")
    assert moved.stat().st_size > 0
    # The window shows the notice too, in the bar that stays.
    notices.remember(user_home, "earlier notice from a command")
    window = started_window(qtbot)
    texts = [message.text for message in window.message_bar.messages]
    assert any("earlier notice" in text for text in texts)
    window.close_stores()


@pytest.mark.slow
def test_smoke_with_a_dropped_table_shows_the_content_and_exits_0(user_home: Path) -> None:
    _store_with_data()
    _execute("DROP TABLE bookmark")
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--smoke"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "agreements" in result.stdout


@pytest.mark.slow
@pytest.mark.parametrize(("fault", "status"), [("load", 2), ("slot", 1)])
def test_smoke_fails_in_one_line_when_the_app_itself_fails(
    started_processes: list[subprocess.Popen[str]], fault: str, status: int
) -> None:
    process = start_module(started_processes, "tests.faults.smoke_driver", fault)
    _out, err = process.communicate(timeout=90)
    assert process.returncode == status, err
    assert "Traceback" not in err
    assert err.strip().count("\n") == 0, err
    assert err.startswith("studyapp: ")
