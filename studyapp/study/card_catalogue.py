"""Which cards exist, counted by kind and looked up by key, kept with the user data. Qt-free.

Stats needs to know how many cards there are (the new ones are those never studied) and which
studied keys still name a card (a content update may retire some), but not a single prompt.
The keys come from the content database (studyapp.study.card_keys, a second at 1,000 times
today's content) and are kept in a small SQLite file beside the user's database, marked with
what they were made from: the content file (its path, size and time) and the card rules (a
digest of the modules that make cards). Opened again for the same content and rules, the
file answers in milliseconds; for any other, it is made afresh. It is only a cache: if it
cannot be read or written, the keys are kept in memory and nothing else changes.
"""

from __future__ import annotations

import copy
import hashlib
import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from studyapp.errors import UserDataError
from studyapp.files import write_atomically
from studyapp.study import card_keys as key_rules
from studyapp.study import cards as card_rules
from studyapp.study import map_cards as map_rules
from studyapp.study.card_keys import ContentReader
from studyapp.study.vocabulary import CardKind

FILE_NAME = "card-catalogue.sqlite"
_BOOKMARK = f"{CardKind.BOOKMARK}:"


def cache_path(folder: Path) -> Path:
    return folder / FILE_NAME


class CardCatalogue:
    """Every card of the content (and of the bookmarks given): how many of each kind, and
    which of some keys name one."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        (counts,) = connection.execute("SELECT value FROM meta WHERE key = 'counts'").fetchone()
        self._counts: dict[str, int] = json.loads(counts)
        self._marked: frozenset[str] = frozenset()

    def with_bookmarks(self, bookmarked: Iterable[str]) -> CardCatalogue:
        """The same catalogue, with a bookmark card for each of these clauses (that exists)."""
        wanted = list(dict.fromkeys(bookmarked))
        clauses = self._existing([f"{CardKind.CLAUSE_PART}:{key}" for key in wanted])
        marked = copy.copy(self)
        marked._marked = frozenset(k for k in wanted if f"{CardKind.CLAUSE_PART}:{k}" in clauses)
        return marked

    def counts(self) -> dict[CardKind, int]:
        """How many cards of each kind (every kind present, zero where none)."""
        found = {kind: self._counts.get(kind, 0) for kind in CardKind}
        found[CardKind.BOOKMARK] = len(self._marked)
        return found

    def __len__(self) -> int:
        return sum(self._counts.values()) + len(self._marked)

    def existing(self, keys: Iterable[str]) -> set[str]:
        """Those of `keys` that name a card now."""
        asked = list(keys)
        found = self._existing(asked)
        found.update(
            k for k in asked if k.startswith(_BOOKMARK) and k[len(_BOOKMARK) :] in self._marked
        )
        return found

    def _existing(self, keys: list[str]) -> set[str]:
        rows = self._connection.execute(
            "SELECT key FROM card WHERE key IN (SELECT value FROM json_each(?))",
            (json.dumps(keys),),
        )
        return {key for (key,) in rows}


def rules_digest() -> str:
    """A digest of the code that decides which cards exist: new rules make new keys."""
    digest = hashlib.sha256()
    for module in (card_rules, map_rules, key_rules):
        digest.update(Path(module.__file__ or "").read_bytes() if module.__file__ else b"")
    return digest.hexdigest()


def _made_from(database: ContentReader) -> str:
    """What the keys are made from: the content file as it is now, and the card rules."""
    path = Path(database.path).resolve()
    status = path.stat()
    return json.dumps([str(path), status.st_size, status.st_mtime_ns, rules_digest()])


def open_catalogue(database: ContentReader, folder: Path) -> CardCatalogue:
    """The catalogue of `database`'s cards: from the file in `folder` if it was made from
    this content by these rules, else made now (and saved there, if it can be)."""
    made_from = _made_from(database)
    path = cache_path(folder)
    saved = _open_saved(path, made_from)
    if saved is not None:
        return CardCatalogue(saved)
    connection = _build(database, made_from)
    try:
        data = connection.serialize()
        write_atomically(path, lambda file: file.write(data))
    except (UserDataError, sqlite3.Error, OSError):
        pass  # only a cache: the catalogue in memory serves this session all the same
    return CardCatalogue(connection)


def _open_saved(path: Path, made_from: str) -> sqlite3.Connection | None:
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        row = connection.execute("SELECT value FROM meta WHERE key = 'made_from'").fetchone()
        if row is not None and row[0] == made_from:
            return connection
        connection.close()
    except sqlite3.Error:
        pass  # damaged or of another shape: made afresh
    return None


def _build(database: ContentReader, made_from: str) -> sqlite3.Connection:
    keys = key_rules.card_keys(database)
    counts: dict[str, int] = {}
    for _key, kind in keys:
        counts[kind] = counts.get(kind, 0) + 1
    connection = sqlite3.connect(":memory:")
    connection.executescript(
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "CREATE TABLE card (key TEXT PRIMARY KEY) WITHOUT ROWID;"
    )
    connection.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [("made_from", made_from), ("counts", json.dumps(counts))],
    )
    connection.executemany("INSERT OR IGNORE INTO card VALUES (?)", ((key,) for key, _ in keys))
    connection.commit()
    return connection
