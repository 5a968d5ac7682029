"""The user database's schema, as numbered steps recorded in `PRAGMA user_version`.

A step is never edited once released: a change to the schema is a new step at the end, so
every user's file, however old, walks up the same path to the current version.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator, Sequence

from studyapp.errors import UserDataError
from studyapp.i18n import translate
from studyapp.userdata.packed_state import pack


class SchemaDamageError(UserDataError):
    """The file lacks something the app cannot re-create without losing what it holds."""


# A step's parts: SQL statements, or a function for what SQL cannot do (run in the same
# transaction, and on the empty in-memory copy of the schema too, where it finds no rows).
Step = Sequence[str | Callable[[sqlite3.Connection], None]]


def _pack_review_states(connection: sqlite3.Connection) -> None:
    """Step 5's data: each answer's state_before in its compact form, exactly
    (studyapp/userdata/packed_state.py); a state that has no exact compact form is kept."""
    rows = connection.execute(
        "SELECT id, state_before FROM review_log WHERE state_before LIKE '{%'"
    ).fetchall()
    packed = [(compact, log_id) for log_id, state in rows if (compact := pack(state)) != state]
    connection.executemany("UPDATE review_log SET state_before = ? WHERE id = ?", packed)


# How the running totals of step 4 file a log row: its card kind (the key up to the first
# colon), whether it counts as right (the verdict if checked, else not rated Again), and its
# UTC quarter hour ("2026-03-02T12:45"; the log's times are fixed-width UTC ISO text).
_KIND = "substr({row}.card_key, 1, instr({row}.card_key || ':', ':') - 1)"
_PASSED = "CASE WHEN {row}.correct IS NULL THEN {row}.rating > 1 ELSE {row}.correct != 0 END"
_QUARTER = (
    "substr({row}.reviewed_at, 1, 14) || "
    "printf('%02d', CAST(substr({row}.reviewed_at, 15, 2) AS INTEGER) / 15 * 15)"
)
# The columns the totals are made of: only an update of one of them can change a total.
_TOTALS_COLUMNS = ("card_key", "rating", "reviewed_at", "correct")


def _totals_update_trigger(columns: Sequence[str]) -> str:
    """The trigger that keeps the totals right when a log row changes (`columns`: only when
    one of these does; none: on every update)."""
    of = f" OF {', '.join(columns)}" if columns else ""
    return f"""
    CREATE TRIGGER review_log_totals_update AFTER UPDATE{of} ON review_log BEGIN
        UPDATE review_kind_total SET
            answers = answers - 1, passed = passed - {_PASSED.format(row="OLD")}
        WHERE kind = {_KIND.format(row="OLD")};
        INSERT INTO review_kind_total (kind, answers, passed)
        VALUES ({_KIND.format(row="NEW")}, 1, {_PASSED.format(row="NEW")})
        ON CONFLICT (kind) DO UPDATE SET
            answers = answers + 1, passed = passed + excluded.passed;
        DELETE FROM review_kind_total WHERE answers <= 0;
        UPDATE review_quarter_total SET answers = answers - 1
        WHERE quarter = {_QUARTER.format(row="OLD")};
        INSERT INTO review_quarter_total (quarter, answers)
        VALUES ({_QUARTER.format(row="NEW")}, 1)
        ON CONFLICT (quarter) DO UPDATE SET answers = answers + 1;
        DELETE FROM review_quarter_total WHERE answers <= 0;
    END
    """


_TOTAL_TRIGGERS = (
    f"""
    CREATE TRIGGER review_log_totals_insert AFTER INSERT ON review_log BEGIN
        INSERT INTO review_kind_total (kind, answers, passed)
        VALUES ({_KIND.format(row="NEW")}, 1, {_PASSED.format(row="NEW")})
        ON CONFLICT (kind) DO UPDATE SET
            answers = answers + 1, passed = passed + excluded.passed;
        INSERT INTO review_quarter_total (quarter, answers)
        VALUES ({_QUARTER.format(row="NEW")}, 1)
        ON CONFLICT (quarter) DO UPDATE SET answers = answers + 1;
    END
    """,
    f"""
    CREATE TRIGGER review_log_totals_delete AFTER DELETE ON review_log BEGIN
        UPDATE review_kind_total SET
            answers = answers - 1, passed = passed - {_PASSED.format(row="OLD")}
        WHERE kind = {_KIND.format(row="OLD")};
        DELETE FROM review_kind_total WHERE answers <= 0;
        UPDATE review_quarter_total SET answers = answers - 1
        WHERE quarter = {_QUARTER.format(row="OLD")};
        DELETE FROM review_quarter_total WHERE answers <= 0;
    END
    """,
    _totals_update_trigger(()),  # as step 4 made it: on any column (step 5 narrows it)
)


@contextlib.contextmanager
def bulk_log_load(connection: sqlite3.Connection) -> Iterator[None]:
    """Inside a write transaction: the review log's indexes and its insert trigger set aside
    while the caller adds many rows, then put back as they were, the indexes built once
    (sorting a whole index is several times quicker than 100,000 random inserts into it)
    and the new rows counted into the totals in one grouped pass (the trigger, row by row,
    would take twice as long as the inserts). Exact: the totals end as the trigger would
    leave them. A failure rolls the whole transaction back, the schema included."""
    (last_id,) = connection.execute("SELECT COALESCE(MAX(id), 0) FROM review_log").fetchone()
    set_aside = connection.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'review_log' "
        "AND sql IS NOT NULL AND (type = 'index' OR name = 'review_log_totals_insert')"
    ).fetchall()
    for kind, name, _sql in set_aside:
        connection.execute(f'DROP {kind.upper()} "{name}"')
    yield
    for _kind, _name, sql in set_aside:
        connection.execute(sql)
    connection.execute(
        f"""
        INSERT INTO review_kind_total (kind, answers, passed)
        SELECT {_KIND.format(row="review_log")}, count(*), sum({_PASSED.format(row="review_log")})
        FROM review_log WHERE id > ? GROUP BY 1
        ON CONFLICT (kind) DO UPDATE SET
            answers = answers + excluded.answers, passed = passed + excluded.passed
        """,
        (last_id,),
    )
    connection.execute(
        f"""
        INSERT INTO review_quarter_total (quarter, answers)
        SELECT {_QUARTER.format(row="review_log")}, count(*)
        FROM review_log WHERE id > ? GROUP BY 1
        ON CONFLICT (quarter) DO UPDATE SET answers = answers + excluded.answers
        """,
        (last_id,),
    )


STEPS: tuple[Step, ...] = (
    # 1: bookmarks on clauses, each with an optional note.
    (
        """
        CREATE TABLE bookmark (
            clause_key TEXT PRIMARY KEY,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
    ),
    # 2: spaced repetition. Each studied card's FSRS state (the fsrs Card as JSON, with its due
    # time copied out for the index), and every answer, with the state it replaced so an
    # answer can be undone. Timestamps are ISO 8601 in UTC with microseconds, so text order
    # is time order. A card with no card_state row has never been studied.
    (
        """
        CREATE TABLE card_state (
            card_key TEXT PRIMARY KEY,
            state TEXT NOT NULL,
            due TEXT NOT NULL,
            last_review TEXT
        )
        """,
        "CREATE INDEX card_state_due ON card_state (due)",
        """
        CREATE TABLE review_log (
            id INTEGER PRIMARY KEY,
            card_key TEXT NOT NULL,
            rating INTEGER NOT NULL,
            reviewed_at TEXT NOT NULL,
            duration_ms INTEGER NOT NULL,
            mode TEXT NOT NULL,
            correct INTEGER,
            state_before TEXT
        )
        """,
        "CREATE INDEX review_log_reviewed_at ON review_log (reviewed_at)",
        "CREATE INDEX review_log_card_key ON review_log (card_key)",
    ),
    # 3: progress that moves between computers. Every answer gets a globally unique id, so a
    # merge adds each answer once; a removed bookmark leaves a tombstone, so a merge does not
    # bring it back; `meta` holds this file's own id (which computer wrote a progress file).
    (
        "ALTER TABLE review_log ADD COLUMN uid TEXT",
        "UPDATE review_log SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL",
        "CREATE UNIQUE INDEX review_log_uid ON review_log (uid)",
        """
        CREATE TABLE bookmark_removed (
            clause_key TEXT PRIMARY KEY,
            removed_at TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )
        """,
    ),
    # 4: what the student (or the leech rule) did to a card besides answering it: suspended
    # (never shown until unsuspended), buried until a time (a sibling was answered today, or
    # the student buried it), tagged a leech, flagged. A card with no row has none of these.
    (
        """
        CREATE TABLE card_mark (
            card_key TEXT PRIMARY KEY,
            suspended INTEGER NOT NULL DEFAULT 0,
            buried_until TEXT,
            leech INTEGER NOT NULL DEFAULT 0,
            flagged INTEGER NOT NULL DEFAULT 0
        )
        """,
        # Running totals of the review log for Stats, kept by triggers so that no writer can
        # forget them: answers per card kind (and how many were right, as studyapp.study.stats
        # counts them), and answers per UTC quarter hour (every time zone's midnight falls on
        # a quarter hour, so local days add up from these exactly).
        """
        CREATE TABLE review_kind_total (
            kind TEXT PRIMARY KEY,
            answers INTEGER NOT NULL,
            passed INTEGER NOT NULL
        )
        """,
        """
        CREATE TABLE review_quarter_total (
            quarter TEXT PRIMARY KEY,
            answers INTEGER NOT NULL
        )
        """,
        *_TOTAL_TRIGGERS,
        f"""
        INSERT INTO review_kind_total (kind, answers, passed)
        SELECT {_KIND.format(row="review_log")}, count(*), sum({_PASSED.format(row="review_log")})
        FROM review_log GROUP BY 1
        """,
        f"""
        INSERT INTO review_quarter_total (quarter, answers)
        SELECT {_QUARTER.format(row="review_log")}, count(*) FROM review_log GROUP BY 1
        """,
    ),
    # 5: the state each answer replaced, packed: 80 bytes instead of 210, so a log of
    # 100,000 answers is 13 MB smaller, and its backups copy and check that much less. An
    # older app cannot read the packed form, hence a step of its own (it refuses the file).
    # The totals' update trigger first narrowed to the columns the totals are made of, so
    # that rewriting state_before (here, and in every merge's replay) does not fire it.
    (
        "DROP TRIGGER review_log_totals_update",
        _totals_update_trigger(_TOTALS_COLUMNS),
        _pack_review_states,
    ),
    # 6: the index on each answer's uid dropped. No query looks an answer up by its uid: a
    # merge reads them all once, inside its write transaction, and adds only the answers it
    # has not seen (studyapp/study/progress.py). Each backup's integrity_check looks every
    # row up in every index, and this one, in random order, cost more than the table itself.
    ("DROP INDEX IF EXISTS review_log_uid",),
)
# The oldest version a file opened for reading only (not migrated) may have: step 5 changed
# only how a column is packed and when a trigger fires, and the app reads both forms.
READABLE_FROM = 4
# Steps that leave much of the file as slack inside its pages (step 5 shrinks every row, step
# 6 frees an index): a file that walks through one is vacuumed once after, so its backups do
# not copy the slack, and it gets PAGE_SIZE pages on the way.
_VACUUM_AFTER = frozenset({5, 6})
# Bytes a page: 16 KiB rather than SQLite's 4 KiB makes a backup copy and check a quarter as
# many pages (a backup of 100,000 answers 15% quicker); a write is still a few pages.
PAGE_SIZE = 16384


def schema_version(connection: sqlite3.Connection) -> int:
    version: int = connection.execute("PRAGMA user_version").fetchone()[0]
    return version


def check_version(connection: sqlite3.Connection, steps: Sequence[Step] = STEPS) -> int:
    """The file's schema version; a file from a newer app is refused before anything changes."""
    version = schema_version(connection)
    if version > len(steps):
        raise UserDataError(
            translate(
                "UserStore",
                "Your study data was saved by a newer version of the app (schema {version}, "
                "this version knows up to {known}); update the app to open it.",
            ).format(version=version, known=len(steps))
        )
    return version


def migrate(connection: sqlite3.Connection, steps: Sequence[Step] = STEPS) -> int:
    """Bring the database up to the last step, each step in its own transaction.

    Returns the version it started from. A file from a newer app is left untouched.
    """
    start = check_version(connection, steps)
    for version in range(start + 1, len(steps) + 1):
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in steps[version - 1]:
                _run(connection, statement)
            # PRAGMA takes no parameters; version is an int we computed.
            connection.execute(f"PRAGMA user_version = {version:d}")
        except BaseException:
            # SQLite may have rolled back already (a full disk does); ROLLBACK would then fail.
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
    if any(start < version <= len(steps) for version in _VACUUM_AFTER):
        _vacuum(connection)
    return start


def _run(connection: sqlite3.Connection, part: str | Callable[[sqlite3.Connection], None]) -> None:
    if isinstance(part, str):
        connection.execute(part)
    else:
        part(connection)


def _vacuum(connection: sqlite3.Connection) -> None:
    """Rewrite the file without its slack, in PAGE_SIZE pages if it can leave WAL mode now
    (SQLite changes a page size only outside it, and only while no other connection has the
    file open); it is in WAL mode again after, whatever happened."""
    # Only space and speed are at stake: another instance busy with the file puts it off.
    with contextlib.suppress(sqlite3.OperationalError):
        mode = connection.execute("PRAGMA journal_mode").fetchone()[0]
        try:
            if connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete":
                connection.execute(f"PRAGMA page_size = {PAGE_SIZE:d}")
            connection.execute("VACUUM")
        finally:
            connection.execute(f"PRAGMA journal_mode = {mode}")


def _expected_schema(steps: Sequence[Step]) -> sqlite3.Connection:
    """An empty in-memory database with every step applied: the schema as it should be."""
    expected = sqlite3.connect(":memory:")
    for step in steps:
        for statement in step:
            _run(expected, statement)
    return expected


def _column_definition(column: tuple[int, str, str, int, str | None, int]) -> str:
    _cid, name, kind, not_null, default, _pk = column
    definition = f'"{name}" {kind}'
    if default is not None:
        definition += f" DEFAULT {default}"
    if not_null:
        definition += " NOT NULL"
    return definition


def repair(connection: sqlite3.Connection, steps: Sequence[Step] = STEPS) -> list[str]:
    """Re-create the tables, indexes and columns missing from a file at the current version.

    What is there is kept. Returns the names re-created (empty if nothing was missing).
    Raises SchemaDamageError for a missing column that cannot be added back (a key, or NOT NULL
    without a default), so the caller moves the file aside instead.
    """
    expected = _expected_schema(steps)
    try:
        present = {
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'index', 'trigger')"
            )
        }
        wanted = expected.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "ORDER BY type = 'index', rowid"
        ).fetchall()
        repaired: list[str] = []
        statements: list[str] = []
        for kind, name, sql in wanted:
            if name not in present:
                statements.append(sql)
                repaired.append(name)
            elif kind == "table":
                have = {row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')}
                for column in expected.execute(f'PRAGMA table_info("{name}")'):
                    if column[1] in have:
                        continue
                    if column[5] or (column[3] and column[4] is None):
                        raise SchemaDamageError(f"the column {name}.{column[1]} is missing")
                    statements.append(
                        f'ALTER TABLE "{name}" ADD COLUMN {_column_definition(column)}'
                    )
                    repaired.append(f"{name}.{column[1]}")
    finally:
        expected.close()
    if statements:
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in statements:
                connection.execute(statement)
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
    return repaired
