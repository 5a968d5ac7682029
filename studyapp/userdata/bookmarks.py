"""Bookmarks on clauses, each with an optional note, kept by clause key."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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
        row = connection.execute(
            f"SELECT {_COLUMNS} FROM bookmark WHERE clause_key = ?", (clause_key,)
        ).fetchone()
    return _row(row)


def remove_bookmark(store: UserStore, clause_key: str) -> Bookmark | None:
    """Delete a bookmark and return it, so the caller can offer to undo."""
    with store.transaction() as connection:
        row = connection.execute(
            f"DELETE FROM bookmark WHERE clause_key = ? RETURNING {_COLUMNS}", (clause_key,)
        ).fetchone()
    return _row(row) if row else None


def restore_bookmark(store: UserStore, bookmark: Bookmark) -> None:
    """Put back a removed bookmark exactly as it was (undo)."""
    with store.transaction() as connection:
        connection.execute(
            f"INSERT OR REPLACE INTO bookmark ({_COLUMNS}) VALUES (?, ?, ?, ?)",
            (bookmark.clause_key, bookmark.note, bookmark.created_at, bookmark.updated_at),
        )
