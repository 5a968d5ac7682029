"""The user database's schema, as numbered steps recorded in `PRAGMA user_version`.

A step is never edited once released: a change to the schema is a new step at the end, so
every user's file, however old, walks up the same path to the current version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from studyapp.errors import UserDataError

Step = Sequence[str]

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
)


def schema_version(connection: sqlite3.Connection) -> int:
    version: int = connection.execute("PRAGMA user_version").fetchone()[0]
    return version


def check_version(connection: sqlite3.Connection, steps: Sequence[Step] = STEPS) -> int:
    """The file's schema version; a file from a newer app is refused before anything changes."""
    version = schema_version(connection)
    if version > len(steps):
        raise UserDataError(
            f"Your study data was saved by a newer version of the app (schema {version}, this "
            f"version knows up to {len(steps)}); update the app to open it."
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
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
    return start
