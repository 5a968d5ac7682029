"""Progress that moves between computers: one file with bookmarks, notes, card states and the
whole review log, and a merge of such a file into the user's own data.

The merge never replaces. Each answer carries a globally unique id, so an answer already
here is not added again (importing a file twice adds nothing). A bookmark or note edited on
both computers keeps the later edit; a removal counts as an edit (its tombstone). Each card
that got answers from the file has its state recomputed from the merged log:

- if every answer here is also in the file, the merged log is the file's, and so is the
  state the other computer computed from it;
- else the log is replayed through the scheduler from the first answer that differs (the
  state before it is the one that answer's row recorded), so both computers' answers count.

Made for a folder kept in step by a sync tool: each computer exports only its own file
(named by its device id, see `device_id`), and imports everyone else's. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import stat
import uuid
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import fsrs

from studyapp import __version__
from studyapp.errors import UserDataError
from studyapp.files import write_text_atomically
from studyapp.i18n import Context, translate
from studyapp.study.scheduling import Scheduler
from studyapp.userdata.migrations import bulk_log_load
from studyapp.userdata.packed_state import pack_or_none, unpack_or_none
from studyapp.userdata.reviews import CRAM_SUFFIX, CardState, iso
from studyapp.userdata.store import UserStore

FORMAT = "studyapp-progress"
FORMAT_VERSION = 1
# A progress file larger than this is not one of ours (100,000 reviews take about 15 MB).
MAX_BYTES = 512 * 1024 * 1024
MERGE_CACHE_KIB = 64 * 1024
_LARGEST_INTEGER = 2**63  # SQLite's INTEGER is 64 bits


@dataclass(frozen=True, slots=True)
class MergeSummary:
    bookmarks_added: int = 0
    notes_updated: int = 0
    bookmarks_removed: int = 0
    reviews_added: int = 0
    cards_rescheduled: int = 0

    def describe(self) -> str:
        """What the merge did, in words: "12 bookmarks, 340 reviews added, 3 notes updated"."""
        added = [
            Merge.tr("%n bookmarks", "", self.bookmarks_added) if self.bookmarks_added else "",
            Merge.tr("%n reviews", "", self.reviews_added) if self.reviews_added else "",
        ]
        comma = translate("i18n", ", ", "between the items of a list but the last two")
        parts = []
        if any(added):
            parts.append(
                translate("Progress", "{what} added").format(
                    what=comma.join(part for part in added if part)
                )
            )
        if self.notes_updated:
            parts.append(Merge.tr("%n notes updated", "", self.notes_updated))
        if self.bookmarks_removed:
            parts.append(Merge.tr("%n bookmarks removed", "", self.bookmarks_removed))
        if not parts:
            return translate("Progress", "nothing new: all of it was here already")
        return comma.join(parts)


Merge = Context("Merge")  # plurals (studyapp.i18n.Context)


def device_id(store: UserStore) -> str:
    """This data file's own id, made once: which computer a progress file comes from."""
    row = store.connection.execute("SELECT value FROM meta WHERE key = 'device'").fetchone()
    if row:
        return str(row[0])
    made = uuid.uuid4().hex
    with store.transaction() as connection:
        connection.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('device', ?)", (made,))
        (value,) = connection.execute("SELECT value FROM meta WHERE key = 'device'").fetchone()
    return str(value)


# ---- export ----------------------------------------------------------------------------------


def progress_document(store: UserStore, now: dt.datetime | None = None) -> dict[str, Any]:
    """Everything the user's progress is, as one JSON-ready document."""
    connection = store.connection
    if connection.execute("SELECT 1 FROM review_log WHERE uid IS NULL LIMIT 1").fetchone():
        # Rows written without an id (by hand, or a tool): each gets one before it leaves.
        with store.transaction() as writing:
            writing.execute(
                "UPDATE review_log SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL"
            )
    bookmarks = [
        {"clause_key": key, "note": note, "created_at": created, "updated_at": updated}
        for key, note, created, updated in connection.execute(
            "SELECT clause_key, note, created_at, updated_at FROM bookmark ORDER BY clause_key"
        )
    ]
    removed = [
        {"clause_key": key, "removed_at": at}
        for key, at in connection.execute(
            "SELECT clause_key, removed_at FROM bookmark_removed ORDER BY clause_key"
        )
    ]
    states = [
        {"card_key": key, "state": state}
        for key, state in connection.execute(
            "SELECT card_key, state FROM card_state ORDER BY card_key"
        )
    ]
    # Rows, not records: a file of 100,000 answers stays small and quick to read.
    reviews = [
        [uid, key, rating, at, duration, mode, None if correct is None else bool(correct)]
        for uid, key, rating, at, duration, mode, correct in connection.execute(
            "SELECT uid, card_key, rating, reviewed_at, duration_ms, mode, correct "
            "FROM review_log ORDER BY reviewed_at, id"
        )
    ]
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "device": device_id(store),
        "exported_at": iso(now or dt.datetime.now(dt.UTC)),
        "bookmarks": bookmarks,
        "removed_bookmarks": removed,
        "card_states": states,
        "review_columns": list(REVIEW_COLUMNS),
        "reviews": reviews,
    }


def export_progress(store: UserStore, path: Path) -> dict[str, int]:
    """Write the user's progress to `path`, all or nothing; how many of each it holds."""
    document = progress_document(store)
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    write_text_atomically(path, text + "\n")
    return {
        "bookmarks": len(document["bookmarks"]),
        "reviews": len(document["reviews"]),
        "cards": len(document["card_states"]),
    }


# ---- reading a file --------------------------------------------------------------------------


# uid, card key, rating, reviewed_at, duration_ms, mode, correct: as the file's rows hold them.
_Review = tuple[str, str, int, str, int, str, bool | None]
REVIEW_COLUMNS = ("uid", "card_key", "rating", "reviewed_at", "duration_ms", "mode", "correct")


@dataclass(frozen=True, slots=True)
class Progress:
    device: str
    bookmarks: list[tuple[str, str, str, str]]  # key, note, created_at, updated_at
    removed: list[tuple[str, str]]  # key, removed_at
    states: dict[str, CardState]  # card key: the state the other computer computed
    reviews: list[_Review]


def _foreign(path: Path, why: str) -> UserDataError:
    return UserDataError(
        translate(
            "Progress",
            "{path} is not a progress file of this app, or it is damaged ({why}); nothing was "
            "imported and your data is unchanged.",
        ).format(path=path, why=why)
    )


def _text(value: object, path: Path, what: str) -> str:
    if not isinstance(value, str):
        raise _foreign(path, f"{what} is not text")
    return value


# The ledger's own form of a time (reviews.iso): taken as it is, without parsing it.
_LEDGER_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00")


def _moment(value: object, path: Path, what: str) -> str:
    """An ISO 8601 time as the ledger stores it (UTC, microseconds)."""
    text = _text(value, path, what)
    if _LEDGER_TIME.fullmatch(text):
        return text
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise _foreign(path, f"{what} is not a time") from None
    if moment.tzinfo is None:
        raise _foreign(path, f"{what} has no time zone")
    return iso(moment)


def _reviews(rows: list[Any], path: Path) -> list[_Review]:
    """The review rows, each checked (a tight loop: a file may hold 100,000 of them)."""
    checked: list[_Review] = []
    for row in rows:
        if type(row) is not list or len(row) != len(REVIEW_COLUMNS):
            raise _foreign(path, "a review is not a row of its columns")
        uid, key, rating, at, duration, mode, correct = row
        if not (type(uid) is str and type(key) is str and type(mode) is str):
            raise _foreign(path, "a review's id, card or mode is not text")
        if type(rating) is not int or not 1 <= rating <= 4:
            raise _foreign(path, "a review's rating is not 1 to 4")
        if type(duration) is not int or not 0 <= duration < _LARGEST_INTEGER:
            raise _foreign(path, "a review's duration is not a count of milliseconds")
        if correct is not None and type(correct) is not bool:
            raise _foreign(path, "a review's verdict is not true or false")
        if type(at) is not str or not _LEDGER_TIME.fullmatch(at):
            at = _moment(at, path, "a review's time")
        checked.append((uid, key, rating, at, duration, mode, correct))
    return checked


def _state(item: object, path: Path) -> tuple[str, CardState]:
    if not isinstance(item, dict):
        raise _foreign(path, "a card state is not a record")
    key = _text(item.get("card_key"), path, "a card state's card")
    state = _text(item.get("state"), path, "a card state")
    try:
        card = fsrs.Card.from_json(state)
    except (ValueError, KeyError, TypeError, AttributeError):
        raise _foreign(path, f"the state of {key} cannot be read") from None
    if card.due.tzinfo is None or (card.last_review and card.last_review.tzinfo is None):
        raise _foreign(path, f"the state of {key} has times without a time zone")
    return key, CardState(state, card.due, card.last_review)


def _records(document: dict[str, Any], name: str, path: Path) -> list[Any]:
    value = document.get(name, [])
    if not isinstance(value, list):
        raise _foreign(path, f"{name} is not a list")
    return value


def _read_json(path: Path) -> object:
    """The JSON in the file at `path`; UserDataError in one sentence if it cannot be read."""
    try:
        found = path.stat()
        if not stat.S_ISREG(found.st_mode) and not stat.S_ISDIR(found.st_mode):
            # A FIFO would wait for a writer for ever; a device is no one's progress.
            raise UserDataError(
                translate(
                    "Progress", "Cannot read {path}: it is not a file. Choose a progress file."
                ).format(path=path)
            )
        if found.st_size > MAX_BYTES:
            raise _foreign(path, "it is far too large")
        document = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise UserDataError(
            translate("Progress", "There is no file {path}.").format(path=path)
        ) from None
    except OSError as error:
        raise UserDataError(
            translate("Progress", "Cannot read {path}: {error}.").format(
                path=path, error=error.strerror or error
            )
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise _foreign(path, "it is not JSON") from None
    return document


def read_progress(path: Path) -> Progress:
    """A progress file, read and checked whole before anything is merged.

    Raises UserDataError in one sentence for a file that cannot be read, a damaged or foreign
    file, or one made by a newer version of the app.
    """
    document = _read_json(path)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _foreign(path, "it does not say it is one")
    version = document.get("version")
    if not isinstance(version, int):
        raise _foreign(path, "it has no version")
    if version > FORMAT_VERSION:
        raise UserDataError(
            translate(
                "Progress",
                "{path} was made by a newer version of the app (progress format {version}; this "
                "version reads up to {known}). Update the app to import it; nothing was imported.",
            ).format(path=path, version=version, known=FORMAT_VERSION)
        )
    bookmarks = []
    for item in _records(document, "bookmarks", path):
        if not isinstance(item, dict):
            raise _foreign(path, "a bookmark is not a record")
        bookmarks.append(
            (
                _text(item.get("clause_key"), path, "a bookmark's clause"),
                _text(item.get("note", ""), path, "a note"),
                _moment(item.get("created_at"), path, "a bookmark's time"),
                _moment(item.get("updated_at"), path, "a bookmark's time"),
            )
        )
    removed = []
    for item in _records(document, "removed_bookmarks", path):
        if not isinstance(item, dict):
            raise _foreign(path, "a removed bookmark is not a record")
        removed.append(
            (
                _text(item.get("clause_key"), path, "a removed bookmark's clause"),
                _moment(item.get("removed_at"), path, "a removal's time"),
            )
        )
    states = dict(_state(item, path) for item in _records(document, "card_states", path))
    if document.get("review_columns", list(REVIEW_COLUMNS)) != list(REVIEW_COLUMNS):
        raise _foreign(path, "its reviews have other columns")
    reviews = _reviews(_records(document, "reviews", path), path)
    device = document.get("device", "")
    return Progress(str(device), bookmarks, removed, states, reviews)


# ---- merging ---------------------------------------------------------------------------------


def import_progress(store: UserStore, path: Path) -> MergeSummary:
    """Merge the progress file at `path` into the user's data, in one transaction."""
    progress = read_progress(path)  # all checked before anything is written
    try:
        return _merge(store, progress)
    except (ValueError, KeyError, TypeError, OverflowError) as error:
        # Something in the file the checks let through: the transaction was rolled back.
        raise _foreign(path, f"{type(error).__name__}: {error}") from None


def _merge(store: UserStore, progress: Progress) -> MergeSummary:
    with store.transaction() as connection:
        # A merge touches every index page: a cache that holds them spares rereading.
        connection.execute(f"PRAGMA cache_size = {-MERGE_CACHE_KIB:d}")
        added, updated, removed = _merge_bookmarks(connection, progress)
        new_reviews, theirs, last_id = _merge_reviews(connection, progress)
        rescheduled = _reschedule(connection, theirs, last_id, progress.states)
        connection.execute("PRAGMA cache_size = -2000")  # SQLite's default again
    return MergeSummary(added, updated, removed, new_reviews, rescheduled)


def _ledger_time(text: str) -> str:
    # Bookmark times are kept to the second ("...+00:00"); compare them as moments.
    return iso(dt.datetime.fromisoformat(text))


def _merge_bookmarks(connection: sqlite3.Connection, progress: Progress) -> tuple[int, int, int]:
    here = {
        key: (note, created, updated)
        for key, note, created, updated in connection.execute(
            "SELECT clause_key, note, created_at, updated_at FROM bookmark"
        )
    }
    tombstones = dict(connection.execute("SELECT clause_key, removed_at FROM bookmark_removed"))
    added = updated = removed = 0
    for key, note, created, changed in progress.bookmarks:
        mine = here.get(key)
        if mine is None:
            gone = tombstones.get(key)
            if gone is not None and _ledger_time(gone) >= changed:
                continue  # removed here after that edit: the removal is the later change
            connection.execute(
                "INSERT INTO bookmark (clause_key, note, created_at, updated_at) "
                "VALUES (?, ?, ?, ?)",
                (key, note, created, changed),
            )
            connection.execute("DELETE FROM bookmark_removed WHERE clause_key = ?", (key,))
            here[key] = (note, created, changed)
            added += 1
        elif changed > _ledger_time(mine[2]) and note != mine[0]:
            connection.execute(
                "UPDATE bookmark SET note = ?, updated_at = ? WHERE clause_key = ?",
                (note, changed, key),
            )
            here[key] = (note, mine[1], changed)
            updated += 1
    for key, at in progress.removed:
        mine = here.get(key)
        if mine is not None and at > _ledger_time(mine[2]):
            connection.execute("DELETE FROM bookmark WHERE clause_key = ?", (key,))
            del here[key]
            removed += 1
        known = tombstones.get(key)
        if mine is not None and at <= _ledger_time(mine[2]):
            continue  # edited here after that removal: the bookmark stays
        if known is None or at > _ledger_time(known):
            connection.execute(
                "INSERT OR REPLACE INTO bookmark_removed (clause_key, removed_at) VALUES (?, ?)",
                (key, at),
            )
    return added, updated, removed


_INSERT = (
    "INSERT INTO review_log (uid, card_key, rating, reviewed_at, duration_ms, mode, correct) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def _unseen(connection: sqlite3.Connection, reviews: list[_Review]) -> list[_Review]:
    """The answers whose uids are neither here nor earlier in `reviews` (read inside the
    write transaction, so another instance's merge cannot slip the same answers in between)."""
    seen = {uid for (uid,) in connection.execute("SELECT uid FROM review_log")}
    new = []
    for row in reviews:
        if row[0] not in seen:
            seen.add(row[0])
            new.append(row)
    return new


def _merge_reviews(
    connection: sqlite3.Connection, progress: Progress
) -> tuple[int, dict[str, set[str]], int]:
    """Add the answers not here yet. How many; for each card that got some, the ids of its
    answers in the file; and the highest log id before (the new rows are above it)."""
    (last_id,) = connection.execute("SELECT COALESCE(MAX(id), 0) FROM review_log").fetchone()
    (here,) = connection.execute("SELECT COUNT(*) FROM review_log").fetchone()
    new = _unseen(connection, progress.reviews)
    if len(new) > here:
        # More new answers than there are rows: one bulk load, the log's indexes and totals
        # brought up to date once, after (rebuilding them costs more for fewer).
        with bulk_log_load(connection):
            connection.executemany(_INSERT, new)
    else:
        connection.executemany(_INSERT, new)
    # Counted as rows, not as total_changes: the log's triggers (the Stats totals) change rows
    # of their own.
    (added,) = connection.execute(
        "SELECT COUNT(*) FROM review_log WHERE id > ?", (last_id,)
    ).fetchone()
    touched = {
        key
        for (key,) in connection.execute(
            "SELECT DISTINCT card_key FROM review_log WHERE id > ?", (last_id,)
        )
    }
    theirs: dict[str, set[str]] = defaultdict(set)
    for uid, key, *_rest in progress.reviews:
        if key in touched:
            theirs[key].add(uid)
    return added, theirs, int(last_id)


@dataclass(frozen=True, slots=True)
class _Row:
    id: int
    uid: str
    rating: int
    reviewed_at: str
    duration_ms: int
    mode: str
    state_before: str | None


def _reschedule(
    connection: sqlite3.Connection,
    theirs: dict[str, set[str]],
    last_id: int,
    states: dict[str, CardState],
) -> int:
    """Give each card that got answers the state its merged log leads to; how many."""
    mine: dict[str, list[str]] = defaultdict(list)  # the answers that were here, by card
    for key, uid in connection.execute(
        "SELECT card_key, uid FROM review_log WHERE id <= ? AND card_key IN "
        "(SELECT DISTINCT card_key FROM review_log WHERE id > ?)",
        (last_id, last_id),
    ):
        mine[key].append(uid)
    scheduler = Scheduler(fuzz=False)
    taken = []
    for key, uids in theirs.items():
        their_state = states.get(key)
        if their_state is not None and all(uid in uids for uid in mine.get(key, ())):
            # Every answer here is in the file too: the merged log is the file's, and so is
            # the state the other computer computed from it (its fuzz included).
            taken.append(_state_row(key, their_state))
        else:
            _replay(connection, scheduler, key, _rows(connection, key), last_id)
    connection.executemany(_WRITE_STATE, taken)
    return len(theirs)


def _rows(connection: sqlite3.Connection, key: str) -> list[_Row]:
    return [
        _Row(*row)
        for row in connection.execute(
            "SELECT id, uid, rating, reviewed_at, duration_ms, mode, state_before "
            "FROM review_log WHERE card_key = ? ORDER BY reviewed_at, id",
            (key,),
        )
    ]


_WRITE_STATE = (
    "INSERT OR REPLACE INTO card_state (card_key, state, due, last_review) VALUES (?, ?, ?, ?)"
)


def _state_row(key: str, state: CardState) -> tuple[str, str, str, str | None]:
    last = state.last_review
    return key, state.state, iso(state.due), iso(last) if last else None


def _write_state(connection: sqlite3.Connection, key: str, state: CardState | None) -> None:
    if state is None:
        connection.execute("DELETE FROM card_state WHERE card_key = ?", (key,))
        return
    connection.execute(_WRITE_STATE, _state_row(key, state))


def _replay(
    connection: sqlite3.Connection, scheduler: Scheduler, key: str, rows: list[_Row], last_id: int
) -> None:
    """Replay the card's merged log from its first new answer (all of it if need be)."""
    first = next(index for index, row in enumerate(rows) if row.id > last_id)
    start: str | None = None
    if first > 0:
        # The state after the answers before `first` (all of them from here) is what the
        # next answer from here recorded as the state it replaced, or the card's state now.
        later_mine = next((row for row in rows[first:] if row.id <= last_id), None)
        if later_mine is not None:
            start = unpack_or_none(later_mine.state_before)
        else:
            row = connection.execute(
                "SELECT state FROM card_state WHERE card_key = ?", (key,)
            ).fetchone()
            start = row[0] if row else None
        if start is None:
            first = 0  # not known (an answer imported earlier): replay the whole log
    tail = rows[first:]
    befores, final = scheduler.replay(
        key,
        start,
        [
            (
                row.rating,
                dt.datetime.fromisoformat(row.reviewed_at),
                row.duration_ms,
                not row.mode.endswith(CRAM_SUFFIX),
            )
            for row in tail
        ],
    )
    connection.executemany(
        "UPDATE review_log SET state_before = ? WHERE id = ?",
        ((pack_or_none(before), row.id) for before, row in zip(befores, tail, strict=True)),
    )
    _write_state(connection, key, final)
