"""Killing the app (SIGKILL) mid-session loses at most the answer being given.

A subprocess (tests/study/session_driver.py) studies with the real store, content and cards,
printing each card's key once its answer has returned; the test kills it and opens the store
again, as the restarted app would.
"""

from __future__ import annotations

import os
import signal
import subprocess

import pytest

from studyapp import paths
from studyapp.content.database import read_content
from studyapp.study.cards import generate_cards
from studyapp.study.queue import StudySession
from studyapp.userdata import reviews
from studyapp.userdata.store import UserStore
from tests.conftest import start_module

pytestmark = pytest.mark.slow


def start(started: list[subprocess.Popen[str]], *args: str) -> subprocess.Popen[str]:
    return start_module(started, "tests.study.session_driver", *args)


def read_line(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line:
        assert process.stderr is not None
        pytest.fail(f"the driver ended early: {process.stderr.read()}")
    return line.rstrip("\n")


def kill(process: subprocess.Popen[str]) -> list[str]:
    """SIGKILL the driver; return the lines it printed that were not read yet."""
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert process.stdout is not None
    # Read through the stream that read_line used: it may hold lines read ahead already,
    # which communicate(), reading the pipe itself, would pass over.
    return process.stdout.read().splitlines()


def reopen() -> UserStore:
    store = UserStore.open(paths.user_db_path())
    assert store.notice is None  # not mistaken for a damaged file
    assert store.connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    return store


def test_a_kill_inside_an_answers_write_loses_that_answer_only(
    started_processes: list[subprocess.Popen[str]],
) -> None:
    process = start(started_processes, "--stall-after", "5")
    reported = [read_line(process) for _ in range(5)]
    stalled = read_line(process)
    assert stalled.startswith("stalled ")
    stalled_key = stalled.removeprefix("stalled ")
    assert kill(process) == []

    store = reopen()
    try:
        assert [entry.card_key for entry in reviews.review_log(store)] == reported
        states = reviews.states(store)
        assert set(states) == set(reported)
        assert stalled_key not in states

        # The restarted app carries on where the user was: the lost answer's card is next.
        cards = generate_cards(read_content(paths.content_db_path()))
        card = StudySession(store, cards, new_limit=len(cards)).next_card()
        assert card is not None and card.key == stalled_key
    finally:
        store.close()


def test_a_kill_at_any_moment_keeps_every_reported_answer(
    started_processes: list[subprocess.Popen[str]],
) -> None:
    process = start(started_processes)
    reported = [read_line(process) for _ in range(20)]
    reported += kill(process)
    assert "done" not in reported, "the driver finished before it was killed"

    store = reopen()
    try:
        logged = [entry.card_key for entry in reviews.review_log(store)]
        # Every answer the app reported is saved; the one being given may or may not be.
        assert logged[: len(reported)] == reported
        assert len(logged) <= len(reported) + 1
        assert set(reviews.states(store)) == set(logged)
    finally:
        store.close()
