"""Bookmarks on clauses, each with an optional note, kept by clause key."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from studyapp.failures import Cause, WriteError
from studyapp.i18n import translate
from studyapp.userdata.store import UserStore


@dataclass(frozen=True, slots=True)
class Bookmark:
    clause_key: str
    note: str
    created_at: str  # ISO 8601, UTC
    updated_at: str


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _row(row: tuple[str, str, str, str]) -> Bookmark:
    return Bookmark(*row)


_COLUMNS = "clause_key, note, created_at, updated_at"


def list_bookmarks(store: UserStore) -> list[Bookmark]:
    """All bookmarks, oldest first."""
    rows = store.connection.execute(
        f"SELECT {_COLUMNS} FROM bookmark ORDER BY created_at, clause_key"
    ).fetchall()
    return [_row(row) for row in rows]


def bookmark_count(store: UserStore) -> int:
    row = store.connection.execute("SELECT count(*) FROM bookmark").fetchone()
    return int(row[0])


def bookmarked_keys(store: UserStore) -> list[str]:
    """The clause key of every bookmark, oldest first (keys only: a list of 50,000 costs
    little, where their notes would not)."""
    rows = store.connection.execute(
        "SELECT clause_key FROM bookmark ORDER BY created_at, clause_key"
    )
    return [row[0] for row in rows]


# Keys per query when many bookmarks are read at once (well under SQLite's parameter limit).
_BATCH = 500


def bookmarks_of(store: UserStore, clause_keys: list[str]) -> dict[str, Bookmark]:
    """The bookmarks of these clause keys that exist, by key."""
    found: dict[str, Bookmark] = {}
    for start in range(0, len(clause_keys), _BATCH):
        batch = clause_keys[start : start + _BATCH]
        marks = ", ".join("?" * len(batch))
        rows = store.connection.execute(
            f"SELECT {_COLUMNS} FROM bookmark WHERE clause_key IN ({marks})", batch
        )
        found.update((row[0], _row(row)) for row in rows)
    return found


def get_bookmark(store: UserStore, clause_key: str) -> Bookmark | None:
    row = store.connection.execute(
        f"SELECT {_COLUMNS} FROM bookmark WHERE clause_key = ?", (clause_key,)
    ).fetchone()
    return _row(row) if row else None


def save_bookmark(store: UserStore, clause_key: str, note: str = "") -> Bookmark:
    """Bookmark `clause_key`, or change the note of an existing bookmark."""
    now = _now()
    # Text pasted from odd sources may hold unpaired surrogates, which UTF-8 cannot store.
    note = note.encode("utf-8", errors="replace").decode("utf-8")
    with store.transaction() as connection:
        connection.execute(
            "INSERT INTO bookmark (clause_key, note, created_at, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (clause_key) DO UPDATE SET note = excluded.note, "
            "updated_at = excluded.updated_at",
            (clause_key, note, now, now),
        )
        connection.execute("DELETE FROM bookmark_removed WHERE clause_key = ?", (clause_key,))
        row = connection.execute(
            f"SELECT {_COLUMNS} FROM bookmark WHERE clause_key = ?", (clause_key,)
        ).fetchone()
    return _row(row)


def remove_bookmark(store: UserStore, clause_key: str) -> Bookmark | None:
    """Delete a bookmark and return it, so the caller can offer to undo.

    A tombstone remembers the removal, so merging progress from another computer that still
    has the bookmark (edited before this removal) does not bring it back.
    """
    with store.transaction() as connection:
        row = connection.execute(
            f"DELETE FROM bookmark WHERE clause_key = ? RETURNING {_COLUMNS}", (clause_key,)
        ).fetchone()
        if row:
            connection.execute(
                "INSERT OR REPLACE INTO bookmark_removed (clause_key, removed_at) VALUES (?, ?)",
                (clause_key, _now()),
            )
    return _row(row) if row else None


def restore_bookmark(
    store: UserStore, bookmark: Bookmark | None, clause_key: str, expected: Bookmark | None
) -> None:
    """Undo or redo: make the bookmark of `clause_key` exactly `bookmark` (None: no bookmark).

    Only if it is still `expected`, what this instance last wrote: a bookmark changed since by
    another instance of the app is never overwritten. Raises WriteError (CONFLICT) then.
    """
    with store.transaction() as connection:
        row = connection.execute(
            f"SELECT {_COLUMNS} FROM bookmark WHERE clause_key = ?", (clause_key,)
        ).fetchone()
        if (_row(row) if row else None) != expected:
            raise WriteError(
                translate(
                    "Bookmarks",
                    "Not undone: the bookmark of {clause} was changed since, in another window "
                    "of the app. It is kept as it is now.",
                ).format(clause=clause_key),
                Cause.CONFLICT,
                store.path,
            )
        if bookmark is None:
            connection.execute("DELETE FROM bookmark WHERE clause_key = ?", (clause_key,))
            connection.execute(
                "INSERT OR REPLACE INTO bookmark_removed (clause_key, removed_at) VALUES (?, ?)",
                (clause_key, _now()),
            )
            return
        connection.execute(
            f"INSERT OR REPLACE INTO bookmark ({_COLUMNS}) VALUES (?, ?, ?, ?)",
            (bookmark.clause_key, bookmark.note, bookmark.created_at, bookmark.updated_at),
        )
        connection.execute("DELETE FROM bookmark_removed WHERE clause_key = ?", (clause_key,))
