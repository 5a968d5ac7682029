"""What was done to a card besides answering it: suspended, buried, tagged a leech, flagged.

Kept apart from the FSRS state (studyapp.userdata.reviews): a suspended card keeps its
schedule, and unsuspending it gives it back unchanged. Lapses (a card in review forgotten,
rated Again) are counted from the review log, where every answer already is, so an undone
answer takes its lapse with it. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass

from studyapp.userdata.packed_state import field_sql
from studyapp.userdata.reviews import iso
from studyapp.userdata.store import UserStore

_REVIEW_PHASE = 2  # fsrs.State.Review


@dataclass(frozen=True, slots=True)
class CardMark:
    suspended: bool = False
    buried_until: dt.datetime | None = None  # UTC
    leech: bool = False
    flagged: bool = False

    def buried_at(self, moment: dt.datetime) -> bool:
        return self.buried_until is not None and moment < self.buried_until

    def hidden_at(self, moment: dt.datetime) -> bool:
        """Whether a session at `moment` leaves the card out."""
        return self.suspended or self.buried_at(moment)


NO_MARK = CardMark()


def _mark(row: tuple[int, str | None, int, int]) -> CardMark:
    suspended, buried, leech, flagged = row
    until = dt.datetime.fromisoformat(buried).astimezone(dt.UTC) if buried else None
    return CardMark(bool(suspended), until, bool(leech), bool(flagged))


def marks(store: UserStore) -> dict[str, CardMark]:
    """Every marked card's marks by key, in one query."""
    rows = store.connection.execute(
        "SELECT card_key, suspended, buried_until, leech, flagged FROM card_mark"
    )
    return {key: _mark((s, b, le, f)) for key, s, b, le, f in rows}


def get_mark(store: UserStore, key: str) -> CardMark:
    row = store.connection.execute(
        "SELECT suspended, buried_until, leech, flagged FROM card_mark WHERE card_key = ?", (key,)
    ).fetchone()
    return _mark(row) if row else NO_MARK


def set_marks(store: UserStore, changes: dict[str, CardMark]) -> None:
    """Save these cards' marks in one transaction (a card with no mark left loses its row)."""
    with store.transaction() as connection:
        for key, mark in changes.items():
            if mark == NO_MARK:
                connection.execute("DELETE FROM card_mark WHERE card_key = ?", (key,))
                continue
            until = iso(mark.buried_until) if mark.buried_until else None
            connection.execute(
                "INSERT OR REPLACE INTO card_mark "
                "(card_key, suspended, buried_until, leech, flagged) VALUES (?, ?, ?, ?, ?)",
                (key, int(mark.suspended), until, int(mark.leech), int(mark.flagged)),
            )


def bury(store: UserStore, keys: Iterable[str], until: dt.datetime) -> dict[str, CardMark]:
    """Bury the cards until `until`; returns their marks before, for an undo."""
    before = {key: get_mark(store, key) for key in keys}
    later = {
        key: CardMark(m.suspended, max(until, m.buried_until or until), m.leech, m.flagged)
        for key, m in before.items()
    }
    set_marks(store, later)
    return before


def lapses(store: UserStore, keys: Iterable[str] | None = None) -> dict[str, int]:
    """How often each card was forgotten: rated Again while in review (cram excluded)."""
    query = (
        "SELECT card_key, COUNT(*) FROM review_log WHERE rating = 1 "
        f"AND {field_sql('state_before', 'state')} = ? AND mode NOT LIKE '%-cram'"
    )
    parameters: list[object] = [_REVIEW_PHASE]
    wanted = None if keys is None else list(keys)
    if wanted is not None and len(wanted) <= 500:
        query += f" AND card_key IN ({', '.join('?' * len(wanted))})"
        parameters += wanted
    rows = store.connection.execute(query + " GROUP BY card_key", parameters)
    found = {key: int(count) for key, count in rows}
    if wanted is not None:
        found = {key: found[key] for key in wanted if key in found}
    return found


def is_lapse(state_before: str | None, rating: int) -> bool:
    """Whether an answer forgets a card in review (what Anki counts as a lapse)."""
    return (
        rating == 1
        and state_before is not None
        and (json.loads(state_before).get("state") == _REVIEW_PHASE)
    )


def forget(store: UserStore, keys: Iterable[str]) -> int:
    """Reset cards to new: their FSRS states go (the review log stays, as in Anki). Returns
    how many had a state."""
    with store.transaction() as connection:
        removed = 0
        for key in keys:
            cursor = connection.execute("DELETE FROM card_state WHERE card_key = ?", (key,))
            removed += cursor.rowcount
    return removed
