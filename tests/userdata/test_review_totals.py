"""The review log's running totals (migration 4): always what a count of the log gives."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from studyapp.userdata import reviews
from studyapp.userdata.migrations import STEPS, migrate
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
