"""The spaced-repetition ledger: each studied card's FSRS state and the log of every answer.

A card's state is kept as the `fsrs` Card's JSON, opaque here except for its due time and last
review, which are copied into their own columns for the index. An answer writes the new state
and its log row in one transaction; the row keeps the state it replaced (`state_before`, NULL
when the card was new, packed as packed_state.py says), so the answer can be undone exactly.

A review that does not reschedule (a cram session's) is logged with its mode ending in
CRAM_SUFFIX and leaves the state as it was. Timestamps are ISO 8601 in UTC with microseconds,
so the text order of a column is its time order. No Qt here, and no fsrs either.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from studyapp.errors import UserDataError
from studyapp.i18n import translate
from studyapp.userdata.packed_state import pack, unpack_or_none
from studyapp.userdata.store import UserStore

CRAM_SUFFIX = "-cram"
_PHASES = {1: "learning", 2: "review", 3: "relearning"}  # fsrs.State values


@dataclass(frozen=True, slots=True)
class CardState:
    """A studied card's scheduling state."""

    state: str  # the fsrs Card as JSON (fsrs.Card.to_json)
    due: dt.datetime  # UTC
    last_review: dt.datetime | None  # UTC

    @property
    def phase(self) -> str:
        """The FSRS phase: learning, review or relearning (a card with no state is new)."""
        return _PHASES[int(json.loads(self.state)["state"])]


@dataclass(frozen=True, slots=True)
class ReviewEntry:
    """One answer, as logged."""

    id: int
    card_key: str
    rating: int  # 1 Again, 2 Hard, 3 Good, 4 Easy
    reviewed_at: dt.datetime  # UTC
    duration_ms: int
    mode: str  # "flip", "choice" or "typed", with CRAM_SUFFIX if it did not reschedule
    correct: bool | None  # None for a self-rated flip


def iso(moment: dt.datetime) -> str:
    """`moment` as the ledger stores it: UTC, microseconds, fixed width."""
    if moment.tzinfo is None:
        raise ValueError(f"{moment!r} has no time zone")
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _moment(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).astimezone(dt.UTC)


def _state(row: tuple[str, str, str | None]) -> CardState:
    state, due, last_review = row
    return CardState(state, _moment(due), _moment(last_review) if last_review else None)


_ENTRY_COLUMNS = "id, card_key, rating, reviewed_at, duration_ms, mode, correct"


def _entry(row: tuple[int, str, int, str, int, str, int | None]) -> ReviewEntry:
    log_id, key, rating, reviewed_at, duration_ms, mode, correct = row
    return ReviewEntry(
        log_id,
        key,
        rating,
        _moment(reviewed_at),
        duration_ms,
        mode,
        None if correct is None else bool(correct),
    )


def get_state(store: UserStore, key: str) -> CardState | None:
    row = store.connection.execute(
        "SELECT state, due, last_review FROM card_state WHERE card_key = ?", (key,)
    ).fetchone()
    return _state(row) if row else None


def states(store: UserStore) -> dict[str, CardState]:
    """Every studied card's state by card key, in one query."""
    rows = store.connection.execute("SELECT card_key, state, due, last_review FROM card_state")
    return {key: _state((state, due, last)) for key, state, due, last in rows}


def due_keys(store: UserStore, now: dt.datetime, limit: int) -> list[str]:
    """Up to `limit` keys of cards due at `now`, the longest overdue first."""
    rows = store.connection.execute(
        "SELECT card_key FROM card_state WHERE due <= ? ORDER BY due, card_key LIMIT ?",
        (iso(now), limit),
    )
    return [key for (key,) in rows]


@dataclass(frozen=True, slots=True)
class RecordedAnswer:
    """A saved answer: its log id, and the card's state before and after it."""

    log_id: int
    before: CardState | None
    after: CardState | None


def answer_card(
    store: UserStore,
    key: str,
    schedule: Callable[[CardState | None], CardState | None],
    *,
    rating: int,
    reviewed_at: dt.datetime,
    duration_ms: int,
    mode: str,
    correct: bool | None,
) -> RecordedAnswer:
    """Save an answer: `schedule(state)` gives the card's new state (None: leave it as it is).

    The state handed to `schedule` is read inside the write transaction, so an answer given
    meanwhile in another instance of the app is built on, never overwritten. The state and
    the log row are written in the same transaction: a crash keeps both or neither.
    """
    with store.transaction() as connection:
        row = connection.execute(
            "SELECT state, due, last_review FROM card_state WHERE card_key = ?", (key,)
        ).fetchone()
        before = _state(row) if row else None
        new_state = schedule(before)
        if new_state is not None:
            last = new_state.last_review
            connection.execute(
                "INSERT OR REPLACE INTO card_state (card_key, state, due, last_review) "
                "VALUES (?, ?, ?, ?)",
                (key, new_state.state, iso(new_state.due), iso(last) if last else None),
            )
        cursor = connection.execute(
            "INSERT INTO review_log (card_key, rating, reviewed_at, duration_ms, mode, correct, "
            "state_before, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                key,
                int(rating),
                iso(reviewed_at),
                duration_ms,
                mode,
                None if correct is None else int(correct),
                pack(before.state) if before else None,
                new_uid(),
            ),
        )
        log_id = cursor.lastrowid
    assert log_id is not None
    return RecordedAnswer(log_id, before, new_state)


def new_uid() -> str:
    """A globally unique id for a review-log row, so a merge can tell it was seen."""
    return uuid.uuid4().hex


def record_review(
    store: UserStore,
    key: str,
    new_state: CardState | None,
    *,
    rating: int,
    reviewed_at: dt.datetime,
    duration_ms: int,
    mode: str,
    correct: bool | None,
) -> int:
    """Save an answer with a state computed beforehand (None: leave it); returns the log id."""
    return answer_card(
        store,
        key,
        lambda _before: new_state,
        rating=rating,
        reviewed_at=reviewed_at,
        duration_ms=duration_ms,
        mode=mode,
        correct=correct,
    ).log_id


def undo_review(store: UserStore, log_id: int) -> ReviewEntry | None:
    """Undo an answer: put back the state it replaced and delete its log row, in one transaction.

    Only a card's latest answer can be undone (an earlier one's state is out of date).
    Returns the deleted entry, or None if there is no such row.
    """
    with store.transaction() as connection:
        row = connection.execute(
            f"SELECT {_ENTRY_COLUMNS}, state_before FROM review_log WHERE id = ?", (log_id,)
        ).fetchone()
        if row is None:
            return None
        entry, before = _entry(row[:-1]), unpack_or_none(row[-1])
        (latest,) = connection.execute(
            "SELECT MAX(id) FROM review_log WHERE card_key = ?", (entry.card_key,)
        ).fetchone()
        if latest != log_id:
            raise UserDataError(
                translate(
                    "Reviews",
                    "Cannot undo that answer to {card}: the card was answered again since.",
                ).format(card=entry.card_key)
            )
        if before is None:
            connection.execute("DELETE FROM card_state WHERE card_key = ?", (entry.card_key,))
        else:
            # The state is the fsrs Card's JSON, which always holds its due and last review.
            fields = json.loads(before)
            last = fields.get("last_review")
            connection.execute(
                "INSERT OR REPLACE INTO card_state (card_key, state, due, last_review) "
                "VALUES (?, ?, ?, ?)",
                (
                    entry.card_key,
                    before,
                    iso(_moment(fields["due"])),
                    iso(_moment(last)) if last else None,
                ),
            )
        connection.execute("DELETE FROM review_log WHERE id = ?", (log_id,))
    return entry


def review_log(store: UserStore, since: dt.datetime | None = None) -> list[ReviewEntry]:
    """Every answer (or those at or after `since`), oldest first."""
    query = f"SELECT {_ENTRY_COLUMNS} FROM review_log"
    parameters: tuple[str, ...] = ()
    if since is not None:
        query += " WHERE reviewed_at >= ?"
        parameters = (iso(since),)
    rows = store.connection.execute(query + " ORDER BY reviewed_at, id", parameters)
    return [_entry(row) for row in rows]


def new_cards_since(store: UserStore, since: dt.datetime) -> int:
    """How many cards were studied for the first time at or after `since` (cram excluded)."""
    # A card's first answer is the one with no earlier answer (cram aside); its state_before
    # says so too, but an answer merged from another computer may not have one.
    cram = f"%{CRAM_SUFFIX}"
    (count,) = store.connection.execute(
        "SELECT COUNT(DISTINCT card_key) FROM review_log AS answer "
        "WHERE reviewed_at >= ? AND mode NOT LIKE ? AND NOT EXISTS ("
        "SELECT 1 FROM review_log AS earlier WHERE earlier.card_key = answer.card_key "
        "AND earlier.reviewed_at < ? AND earlier.mode NOT LIKE ?)",
        (iso(since), cram, iso(since), cram),
    ).fetchone()
    return int(count)


def typical_seconds(store: UserStore, last: int = 500) -> float | None:
    """The mean time of the student's last answers, in seconds (None before the first)."""
    (mean,) = store.connection.execute(
        "SELECT AVG(duration_ms) FROM (SELECT duration_ms FROM review_log ORDER BY id DESC "
        "LIMIT ?)",
        (last,),
    ).fetchone()
    return None if mean is None else float(mean) / 1000


def latest_keys(store: UserStore, since: dt.datetime, limit: int) -> list[str]:
    """The cards of the last `limit` answers at or after `since`, oldest first."""
    rows = store.connection.execute(
        "SELECT card_key FROM review_log WHERE reviewed_at >= ? ORDER BY id DESC LIMIT ?",
        (iso(since), limit),
    )
    return [key for (key,) in rows][::-1]


def review_counts(store: UserStore) -> dict[str, int]:
    """How many answers each card has had (cram answers too), in one query."""
    rows = store.connection.execute("SELECT card_key, COUNT(*) FROM review_log GROUP BY card_key")
    return {key: int(count) for key, count in rows}


def review_count(store: UserStore, key: str) -> int:
    """How many answers one card has had."""
    (count,) = store.connection.execute(
        "SELECT COUNT(*) FROM review_log WHERE card_key = ?", (key,)
    ).fetchone()
    return int(count)


def history(store: UserStore, key: str) -> list[ReviewEntry]:
    """Every answer to one card, oldest first."""
    rows = store.connection.execute(
        f"SELECT {_ENTRY_COLUMNS} FROM review_log WHERE card_key = ? ORDER BY reviewed_at, id",
        (key,),
    )
    return [_entry(row) for row in rows]


def studied_keys(store: UserStore) -> set[str]:
    """The key of every studied card (one with a state), and nothing else of it."""
    return {key for (key,) in store.connection.execute("SELECT card_key FROM card_state")}


def due_rows(store: UserStore, until: dt.datetime) -> list[tuple[str, str, int]]:
    """(key, due as ISO text, fsrs phase) of the cards due by `until`, soonest first: a
    session's start reads these, not every state (its due text sorts as its time does)."""
    rows = store.connection.execute(
        "SELECT card_key, due, json_extract(state, '$.state') FROM card_state "
        "WHERE due <= ? ORDER BY due, card_key",
        (iso(until),),
    )
    return [(key, due, int(phase or 0)) for key, due, phase in rows]


def keys_by_due(store: UserStore) -> Iterator[tuple[str, str]]:
    """(key, due as ISO text) of every studied card, soonest first, read as they are taken."""
    yield from store.connection.execute("SELECT card_key, due FROM card_state ORDER BY due")
