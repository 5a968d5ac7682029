"""The review log's running totals (migration 4): always what a count of the log gives."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from studyapp.userdata import reviews
from studyapp.userdata.migrations import STEPS, bulk_log_load, migrate
from studyapp.userdata.store import UserStore

START = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)


def totals(connection: sqlite3.Connection) -> tuple[dict[str, tuple[int, int]], int]:
    kinds = {
        kind: (answers, passed)
        for kind, answers, passed in connection.execute("SELECT * FROM review_kind_total")
    }
    (quarters,) = connection.execute("SELECT sum(answers) FROM review_quarter_total").fetchone()
    return kinds, quarters or 0


def counted(connection: sqlite3.Connection) -> tuple[dict[str, tuple[int, int]], int]:
    kinds: dict[str, tuple[int, int]] = {}
    for key, rating, correct in connection.execute(
        "SELECT card_key, rating, correct FROM review_log"
    ):
        kind = key.split(":", 1)[0]
        right = int(rating > 1 if correct is None else bool(correct))
        answers, passed = kinds.get(kind, (0, 0))
        kinds[kind] = (answers + 1, passed + right)
    (rows,) = connection.execute("SELECT count(*) FROM review_log").fetchone()
    return kinds, rows


ANSWER = st.tuples(
    st.sampled_from(["agreement-date:a", "clause-cloze:c:1", "term-japanese:t"]),
    st.integers(1, 4),
    st.sampled_from([None, True, False]),
    st.integers(0, 60 * 24 * 3),
    st.booleans(),  # undo it straight after
)


@settings(max_examples=25, deadline=None)
@given(st.lists(ANSWER, max_size=25))
def test_the_totals_follow_answers_and_undos(answers: list[tuple]) -> None:  # type: ignore[type-arg]
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        store = UserStore.open(Path(folder) / "user.sqlite")
        try:
            for key, rating, correct, minutes, undo in answers:
                at = START + dt.timedelta(minutes=minutes)
                log_id = reviews.record_review(
                    store,
                    key,
                    None,
                    rating=rating,
                    reviewed_at=at,
                    duration_ms=1,
                    mode="flip",
                    correct=correct,
                )
                if undo:
                    reviews.undo_review(store, log_id)
            assert totals(store.connection) == counted(store.connection)
        finally:
            store.close()


def test_an_older_file_gets_its_totals_from_its_log(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "old.sqlite", isolation_level=None)
    migrate(connection, STEPS[:2])
    connection.executemany(
        "INSERT INTO review_log (card_key, rating, reviewed_at, duration_ms, mode, correct) "
        "VALUES (?, ?, ?, 1, 'flip', ?)",
        [
            ("agreement-date:a", 3, "2026-03-01T10:07:00.000000+00:00", None),
            ("agreement-date:a", 1, "2026-03-01T10:52:00.000000+00:00", None),
            ("event-date:e", 2, "2026-03-02T23:59:00.000000+00:00", 0),
        ],
    )
    migrate(connection)
    assert totals(connection) == counted(connection)
    quarters = dict(connection.execute("SELECT * FROM review_quarter_total").fetchall())
    assert quarters == {"2026-03-01T10:00": 1, "2026-03-01T10:45": 1, "2026-03-02T23:45": 1}


def _log_rows(count: int, offset: int = 0) -> list[tuple[str, int, str, int | None, str]]:
    kinds = ("agreement-date:a", "clause-cloze:c:1", "term-japanese:t")
    return [
        (
            kinds[n % 3],
            1 + n % 4,
            (START + dt.timedelta(minutes=7 * n)).isoformat(timespec="microseconds"),
            (None, 1, 0)[n % 3],
            f"uid-{offset + n}",
        )
        for n in range(count)
    ]


_INSERT = (
    "INSERT INTO review_log (card_key, rating, reviewed_at, duration_ms, mode, correct, uid) "
    "VALUES (?, ?, ?, 1, 'flip', ?, ?)"
)


def _every_total(connection: sqlite3.Connection) -> tuple[list[tuple], list[tuple]]:  # type: ignore[type-arg]
    return (
        connection.execute("SELECT * FROM review_kind_total ORDER BY kind").fetchall(),
        connection.execute("SELECT * FROM review_quarter_total ORDER BY quarter").fetchall(),
    )


def _schema(connection: sqlite3.Connection) -> list[tuple[str, str]]:
    return connection.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()


def test_a_bulk_load_leaves_the_totals_and_the_schema_as_row_by_row_inserts_do(
    tmp_path: Path,
) -> None:
    here, there = _log_rows(40), _log_rows(300, offset=40)
    one_by_one = sqlite3.connect(tmp_path / "one.sqlite", isolation_level=None)
    bulk = sqlite3.connect(tmp_path / "bulk.sqlite", isolation_level=None)
    for connection in (one_by_one, bulk):
        migrate(connection)
        connection.executemany(_INSERT, here)
    one_by_one.executemany(_INSERT, there)
    schema = _schema(bulk)
    bulk.execute("BEGIN IMMEDIATE")
    with bulk_log_load(bulk):
        assert bulk.execute(
            "SELECT count(*) FROM sqlite_master WHERE tbl_name = 'review_log' AND type = 'index' "
            "AND sql IS NOT NULL"
        ).fetchone() == (0,)
        bulk.executemany(_INSERT, there)
    bulk.execute("COMMIT")
    assert _every_total(bulk) == _every_total(one_by_one)
    assert totals(bulk) == counted(bulk)
    assert _schema(bulk) == schema
    assert bulk.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_failed_bulk_load_rolls_back_rows_indexes_and_triggers(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "user.sqlite", isolation_level=None)
    migrate(connection)
    connection.executemany(_INSERT, _log_rows(10))
    schema, before = _schema(connection), _every_total(connection)
    connection.execute("BEGIN IMMEDIATE")
    try:
        with bulk_log_load(connection):
            connection.executemany(_INSERT, _log_rows(5, offset=10))
            raise RuntimeError("the disk went away")
    except RuntimeError:
        connection.execute("ROLLBACK")
    assert _schema(connection) == schema
    assert _every_total(connection) == before
    assert connection.execute("SELECT count(*) FROM review_log").fetchone() == (10,)


def test_rewriting_the_state_an_answer_replaced_leaves_the_totals_and_a_regrade_moves_them(
    tmp_path: Path,
) -> None:
    connection = sqlite3.connect(tmp_path / "user.sqlite", isolation_level=None)
    migrate(connection)
    connection.executemany(_INSERT, _log_rows(12))
    before = _every_total(connection)
    connection.execute("UPDATE review_log SET state_before = '[1,2,0,1.0,5.0,0,null]'")
    assert _every_total(connection) == before
    # The columns the totals are made of still move them, exactly.
    connection.execute("UPDATE review_log SET rating = 1, card_key = 'event-date:e' WHERE id <= 3")
    connection.execute(
        "UPDATE review_log SET reviewed_at = '2027-01-01T00:20:00.000000+00:00' WHERE id = 4"
    )
    assert totals(connection) == counted(connection)
    quarters = dict(connection.execute("SELECT * FROM review_quarter_total").fetchall())
    assert quarters["2027-01-01T00:15"] == 1
    assert sum(quarters.values()) == 12


def test_migration_5_keeps_the_totals_and_narrows_the_update_trigger(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "user.sqlite", isolation_level=None)
    migrate(connection, STEPS[:4])
    state = (
        '{"card_id": 5, "state": 2, "step": null, "stability": 3.5, "difficulty": 5.25, '
        '"due": "2026-03-04T12:00:00+00:00", "last_review": "2026-03-01T12:00:00+00:00"}'
    )
    connection.executemany(_INSERT, _log_rows(30))
    connection.execute("UPDATE review_log SET state_before = ?", (state,))
    before = _every_total(connection)
    migrate(connection)
    assert _every_total(connection) == before
    assert connection.execute(
        "SELECT count(*) FROM review_log WHERE state_before LIKE '[%'"
    ).fetchone() == (30,)
    (trigger,) = connection.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'review_log_totals_update'"
    ).fetchone()
    assert "AFTER UPDATE OF card_key, rating, reviewed_at, correct ON review_log" in trigger
