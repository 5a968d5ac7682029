"""The compact form of the state each answer replaced: exact, and smaller, or not used."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from studyapp.study.scheduling import Rating, Scheduler
from studyapp.userdata import reviews
from studyapp.userdata.migrations import PAGE_SIZE, STEPS, migrate, schema_version
from studyapp.userdata.packed_state import pack, unpack
from studyapp.userdata.store import UserStore

START = dt.datetime(2026, 3, 2, 12, 0, 0, 123456, tzinfo=dt.UTC)


def _fsrs_states(count: int, key: str = "agreement-date:first-1907") -> list[str]:
    """The states a card goes through over `count` answers, as fsrs writes them."""
    scheduler = Scheduler(fuzz=True)
    state, found = None, []
    for number in range(count):
        rating = (Rating.GOOD, Rating.AGAIN, Rating.EASY, Rating.HARD)[number % 4]
        at = START + dt.timedelta(days=number, seconds=number)
        state = scheduler.review(key, state, rating, at, 1500)
        found.append(state.state)
    return found


@pytest.mark.parametrize(
    "state",
    [
        '{"card_id": 5, "state": 1, "step": null, "stability": 1e-05, "difficulty": null, '
        '"due": "2026-03-02T12:00:00+00:00", "last_review": null}',
        '{"card_id": -5, "state": 3, "step": 2, "stability": 0.0, "difficulty": 10.0, '
        '"due": "1969-12-31T23:59:59.999999+00:00", "last_review": "2026-03-02T12:00:00+00:00"}',
    ],
)
def test_nulls_exponents_and_times_before_1970_pack_exactly(state: str) -> None:
    assert pack(state).startswith("[")
    assert unpack(pack(state)) == state


def test_fsrs_states_pack_to_well_under_half_and_unpack_exactly() -> None:
    for state in _fsrs_states(12):
        packed = pack(state)
        assert packed.startswith("[")
        assert len(packed) < len(state) / 2
        assert unpack(packed) == state


@pytest.mark.parametrize(
    "state",
    [
        # Another shape than fsrs.Card.to_dict's (an older or newer fsrs): kept as written.
        '{"state": 1, "card_id": 5, "step": 0, "stability": 1.0, "difficulty": 5.0, '
        '"due": "2026-03-02T12:00:00+00:00", "last_review": null}',
        '{"card_id": 5, "state": 1, "step": 0, "stability": 1.0, "difficulty": 5.0, '
        '"due": "2026-03-02T21:00:00+09:00", "last_review": null}',
        '{"card_id":5,"state":1,"step":0,"stability":1.0,"difficulty":5.0,'
        '"due":"2026-03-02T12:00:00+00:00","last_review":null}',
        '{"card_id": 5, "state": 1, "step": 0, "stability": 1.0, "difficulty": 5.0, '
        '"due": "not a time", "last_review": null}',
        "{not json",
    ],
)
def test_a_state_without_an_exact_compact_form_is_kept_as_written(state: str) -> None:
    assert pack(state) == state
    assert unpack(pack(state)) == state


def test_a_list_is_refused_as_a_state() -> None:
    with pytest.raises(ValueError, match="JSON object"):
        pack("[1, 2]")


def _old_file(path: Path, rows: list[tuple[str, str | None]]) -> None:
    """A file at version 4 (before packing), with answers replacing the given states."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute(f"PRAGMA page_size = {PAGE_SIZE:d}")  # as today's: size against size
    migrate(connection, STEPS[:4])
    connection.executemany(
        "INSERT INTO review_log (card_key, rating, reviewed_at, duration_ms, mode, correct, "
        "state_before, uid) VALUES (?, 3, ?, 1500, 'flip', NULL, ?, ?)",
        [
            (key, (START + dt.timedelta(minutes=n)).isoformat(), state, f"uid-{n}")
            for n, (key, state) in enumerate(rows)
        ],
    )
    connection.close()


def test_migration_5_packs_every_state_losslessly_and_undo_restores_it(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite"
    states = _fsrs_states(6)
    odd = '{"state": 2, "card_id": 9}'
    rows: list[tuple[str, str | None]] = [("card", None), *[("card", s) for s in states]]
    rows.append(("other", odd))
    _old_file(path, rows)
    store = UserStore.open(path)
    try:
        connection = store.connection
        assert schema_version(connection) == len(STEPS) >= 5
        stored = [row[0] for row in connection.execute("SELECT state_before FROM review_log")]
        assert [None if s is None else unpack(s) for s in stored] == [s for _k, s in rows]
        assert all(s.startswith("[") for s in stored[1:-1])
        assert stored[-1] == odd
        # Undoing the card's latest answer puts back the very text that answer replaced.
        (latest,) = connection.execute(
            "SELECT MAX(id) FROM review_log WHERE card_key = 'card'"
        ).fetchone()
        reviews.undo_review(store, latest)
        state = reviews.get_state(store, "card")
        assert state is not None and state.state == states[-1]
        assert state.due == dt.datetime.fromisoformat(json.loads(states[-1])["due"])
    finally:
        store.close()


def test_the_space_the_packing_frees_is_given_back(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite"
    states = _fsrs_states(40)
    _old_file(path, [(f"card-{n}", states[n % 40]) for n in range(3000)])
    size_before = path.stat().st_size
    store = UserStore.open(path)
    try:
        (free,) = store.connection.execute("PRAGMA freelist_count").fetchone()
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert free == 0
        assert path.stat().st_size < size_before * 0.75
        assert store.connection.execute("SELECT COUNT(*) FROM review_log").fetchone() == (3000,)
    finally:
        store.close()


def test_a_file_from_before_the_packing_still_opens_for_reading_only(tmp_path: Path) -> None:
    # On a read-only disk the file cannot be migrated; the app reads both forms.
    from studyapp.userdata.store import _connect_read_only

    path = tmp_path / "user.sqlite"
    _old_file(path, [("card", _fsrs_states(1)[0])])
    connection = _connect_read_only(path, sqlite3.OperationalError("attempt to write"))
    try:
        assert schema_version(connection) == 4
        (stored,) = connection.execute("SELECT state_before FROM review_log").fetchone()
        assert unpack(stored) == stored  # as written, and read as it is
    finally:
        connection.close()
