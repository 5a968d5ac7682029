"""The user database's schema, as numbered steps recorded in `PRAGMA user_version`.

A step is never edited once released: a change to the schema is a new step at the end, so
every user's file, however old, walks up the same path to the current version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from studyapp.errors import UserDataError
from studyapp.i18n import translate


class SchemaDamageError(UserDataError):
    """The file lacks something the app cannot re-create without losing what it holds."""


Step = Sequence[str]

# How the running totals of step 4 file a log row: its card kind (the key up to the first
# colon), whether it counts as right (the verdict if checked, else not rated Again), and its
# UTC quarter hour ("2026-03-02T12:45"; the log's times are fixed-width UTC ISO text).
_KIND = "substr({row}.card_key, 1, instr({row}.card_key || ':', ':') - 1)"
_PASSED = "CASE WHEN {row}.correct IS NULL THEN {row}.rating > 1 ELSE {row}.correct != 0 END"
_QUARTER = (
    "substr({row}.reviewed_at, 1, 14) || "
    "printf('%02d', CAST(substr({row}.reviewed_at, 15, 2) AS INTEGER) / 15 * 15)"
)
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
    f"""
    CREATE TRIGGER review_log_totals_update AFTER UPDATE ON review_log BEGIN
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
    """,
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
)


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
                connection.execute(statement)
            # PRAGMA takes no parameters; version is an int we computed.
            connection.execute(f"PRAGMA user_version = {version:d}")
        except BaseException:
            # SQLite may have rolled back already (a full disk does); ROLLBACK would then fail.
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
    return start


def _expected_schema(steps: Sequence[Step]) -> sqlite3.Connection:
    """An empty in-memory database with every step applied: the schema as it should be."""
    expected = sqlite3.connect(":memory:")
    for step in steps:
        for statement in step:
            expected.execute(statement)
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
