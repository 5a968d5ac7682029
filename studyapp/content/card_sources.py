"""The quiz's card table in the content database, and the small queries that make a card by
its key. Qt-free.

The build writes one row per card the content makes (studyapp.study.card_table, from the
same generator the quiz uses), so counting cards, choosing a session's cards or telling
which studied keys still name a card is a query, at any size, and no card is made for it.
Bookmark cards come from the user's bookmarks, not from the content, and are not in it.
The rows a card asks about (its "facts", see studyapp.study.siblings) are kept beside it,
so a card's siblings are one look-up too.

Each function takes the caller's connection and returns plain records.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple, overload

from sqlalchemy import Connection

from studyapp.content.records import SourceRecord

CARD_TABLE = "card"
CARD_KEY_SEARCH = "card_key_search"  # the keys, for the browser's search by part of a key
SHUFFLE_RANGE = 1 << 31  # card.shuffle is in [0, SHUFFLE_RANGE)
CARD_TABLE_SQL = (
    # position: the order the generator makes the cards in ("content order"); shuffle: a
    # number drawn from the key, the cards' fixed random order (a new-card session starts
    # at a point of it chosen by the day, see studyapp.study.card_pool).
    "CREATE TABLE card (position INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, "
    "kind TEXT NOT NULL, agreement_key TEXT, clause_key TEXT, shuffle INTEGER NOT NULL)",
    "CREATE INDEX card_by_kind ON card (kind, position)",
    "CREATE INDEX card_by_agreement ON card (agreement_key, position)",
    "CREATE INDEX card_by_clause ON card (clause_key)",
    "CREATE INDEX card_by_shuffle ON card (shuffle)",
    "CREATE INDEX card_by_kind_shuffle ON card (kind, shuffle)",
    "CREATE INDEX card_by_agreement_shuffle ON card (agreement_key, shuffle)",
    "CREATE TABLE card_fact (fact TEXT NOT NULL, position INTEGER NOT NULL, "
    "PRIMARY KEY (fact, position)) WITHOUT ROWID",
    f"CREATE VIRTUAL TABLE {CARD_KEY_SEARCH} USING fts5(key, content = 'card', "
    "content_rowid = 'position', tokenize = 'trigram')",
)
# Run once the card table is filled.
CARD_TABLE_FINISH_SQL = (f"INSERT INTO {CARD_KEY_SEARCH}({CARD_KEY_SEARCH}) VALUES ('rebuild')",)


def _all(connection: Connection, sql: str, parameters: tuple[object, ...] = ()) -> list[Any]:
    """Every row, as the driver's plain tuples: for a quarter of a million rows, a third of
    the time SQLAlchemy's rows take."""
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql, parameters)
        return list(cursor.fetchall())
    finally:
        cursor.close()


class CardRef(NamedTuple):
    """A card as its table row names it: enough to choose, filter and order it."""

    key: str
    kind: str
    agreement_key: str | None
    clause_key: str | None
    position: int


class CardRows(Sequence[CardRef]):
    """Cards in content order, kept as four columns of text rather than a row object per
    card: a quarter of a million rows are then four lists that the garbage collector
    walks in a moment, instead of objects it visits one by one at every collection. A row
    object is made when a row is asked for."""

    def __init__(
        self,
        keys: list[str],
        kinds: list[str],
        agreements: list[str | None],
        clauses: list[str | None],
    ) -> None:
        self.keys, self.kinds, self.agreements, self.clauses = keys, kinds, agreements, clauses
        self._positions: dict[str, int] | None = None

    def __len__(self) -> int:
        return len(self.keys)

    @overload
    def __getitem__(self, index: int) -> CardRef: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[CardRef]: ...
    def __getitem__(self, index: int | slice) -> CardRef | Sequence[CardRef]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self.keys)
        keys = self.keys
        return CardRef(
            keys[index], self.kinds[index], self.agreements[index], self.clauses[index], index
        )

    def position(self, key: str) -> int | None:
        """The row of the card with `key`, if there is one."""
        if self._positions is None:
            self._positions = {key: index for index, key in enumerate(self.keys)}
        return self._positions.get(key)

    def by_key(self) -> Mapping[str, CardRef]:
        """The rows by key (a view: a row object is made when one is looked up)."""
        return _RowsByKey(self)

    def extended(self, rows: Iterable[CardRef]) -> CardRows:
        """These rows and then `rows` (placed after them)."""
        more = list(rows)
        return CardRows(
            [*self.keys, *(row.key for row in more)],
            [*self.kinds, *(row.kind for row in more)],
            [*self.agreements, *(row.agreement_key for row in more)],
            [*self.clauses, *(row.clause_key for row in more)],
        )


class _RowsByKey(Mapping[str, CardRef]):
    def __init__(self, rows: CardRows) -> None:
        self._rows = rows

    def __getitem__(self, key: str) -> CardRef:
        position = self._rows.position(key)
        if position is None:
            raise KeyError(key)
        return self._rows[position]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._rows.position(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows.keys)

    def __len__(self) -> int:
        return len(self._rows)


def card_refs(connection: Connection) -> CardRows:
    """Every card of the content, in content order.

    The rows come as one text, a value a line, split in C: a row tuple and its objects per
    card took a second at 1,000 times today's content. (Keys and kinds hold no line break:
    the build's key rule.)
    """
    (text,) = _all(
        connection,
        "SELECT group_concat(value, char(10)) FROM (SELECT key || char(10) || kind || char(10) "
        "|| ifnull(agreement_key, '') || char(10) || ifnull(clause_key, '') AS value "
        "FROM card ORDER BY position)",
    )[0]
    values = text.split("\n") if text is not None else []
    keys, kinds, agreements, clauses = (values[start::4] for start in range(4))
    return CardRows(
        keys, kinds, [key or None for key in agreements], [key or None for key in clauses]
    )


def card_refs_between(connection: Connection, start: int, stop: int) -> list[CardRef]:
    """The cards at positions `start` to before `stop`, in content order."""
    rows = _all(
        connection,
        "SELECT key, kind, agreement_key, clause_key, position FROM card "
        "WHERE position >= ? AND position < ? ORDER BY position",
        (start, stop),
    )
    return [CardRef(*row) for row in rows]


def card_total(connection: Connection) -> int:
    """How many cards the content makes (bookmark cards aside): the last position and one,
    as the build numbers the cards from 0 without a gap (counting them would read them all)."""
    return int(_all(connection, "SELECT ifnull(max(position) + 1, 0) FROM card")[0][0])


def existing_cards(connection: Connection, keys: Iterable[str]) -> set[str]:
    """Those of `keys` that name a card of the content now."""
    rows = _all(
        connection,
        "SELECT key FROM card WHERE key IN (SELECT value FROM json_each(?))",
        (json.dumps(list(keys)),),
    )
    return {key for (key,) in rows}


def cards_about(connection: Connection, facts: Iterable[str]) -> list[str]:
    """The keys of the cards that ask about any of these rows, in content order."""
    rows = _all(
        connection,
        "SELECT DISTINCT card.key, card.position FROM card_fact JOIN card USING (position) "
        "WHERE fact IN (SELECT value FROM json_each(?)) ORDER BY card.position",
        (json.dumps(list(facts)),),
    )
    return [key for key, _position in rows]


def cards_from(connection: Connection, rows: Iterable[str]) -> list[str]:
    """The keys of the cards that ask about any of these rows or come from one of these
    clauses (a map card of the line a clause drew), in content order."""
    return [key for key, _position in card_places_from(connection, rows)]


def card_places_from(connection: Connection, rows: Iterable[str]) -> list[tuple[str, int]]:
    """(key, position) of the cards `cards_from` gives, in content order."""
    wanted = json.dumps(list(rows))
    found = _all(
        connection,
        "SELECT key, position FROM card WHERE position IN ("
        "  SELECT position FROM card_fact WHERE fact IN (SELECT value FROM json_each(?1))"
        "  UNION SELECT position FROM card WHERE clause_key IN (SELECT value FROM json_each(?1))"
        ") ORDER BY position",
        (wanted,),
    )
    return [(key, position) for key, position in found]


def card_positions_from(connection: Connection, rows: Iterable[str]) -> list[int]:
    """The positions of the cards `cards_from` gives, in content order, from the indexes
    alone (UNION sorts them and drops doubles; no card row is read)."""
    found = _all(
        connection,
        "SELECT position FROM card_fact WHERE fact IN (SELECT value FROM json_each(?1)) "
        "UNION SELECT position FROM card WHERE clause_key IN (SELECT value FROM json_each(?1))",
        (json.dumps(list(rows)),),
    )
    return [position for (position,) in found]


def neighbour_keys(connection: Connection, kind: str, position: int, count: int) -> list[str]:
    """Up to `count` cards of `kind` on each side of `position` in content order, nearest
    first (whose answers serve as distractors: dates come out near in time)."""
    before = _all(
        connection,
        "SELECT key FROM card WHERE kind = ? AND position < ? ORDER BY position DESC LIMIT ?",
        (kind, position, count),
    )
    after = _all(
        connection,
        "SELECT key FROM card WHERE kind = ? AND position > ? ORDER BY position LIMIT ?",
        (kind, position, count),
    )
    return [key for (key,) in before + after]


# ---- what a card by key needs beyond its own rows ---------------------------------------


def agreements_signed_by(connection: Connection, person_key: str) -> list[str]:
    """The agreements `person_key` signed, in signing order."""
    rows = _all(
        connection,
        "SELECT DISTINCT agreement.key, signed, ordinal FROM agreement "
        "JOIN signatory ON signatory.agreement_key = agreement.key "
        "WHERE signatory.person_key = ? ORDER BY signed, ordinal, agreement.key",
        (person_key,),
    )
    return [key for key, *_ in rows]


def shared_deeds(connection: Connection, person_key: str) -> set[tuple[str, str]]:
    """Those of the person's deeds (verb, what) that are written more than once, word for
    word, in all the content: the quiz does not ask them (no single answer)."""
    rows = _all(
        connection,
        "SELECT verb, what FROM person_deed WHERE (verb, what) IN "
        "(SELECT verb, what FROM person_deed WHERE person_key = ?) "
        "GROUP BY verb, what HAVING count(*) > 1",
        (person_key,),
    )
    return {(verb, what) for verb, what in rows}


def agreements_around(
    connection: Connection, agreement_key: str, before: int, after: int
) -> list[str]:
    """The agreement and up to `before` and `after` others on either side, in signing order."""
    rows = _all(
        connection,
        "WITH this AS (SELECT signed, ordinal, key FROM agreement WHERE key = ?) "
        "SELECT * FROM (SELECT a.key, a.signed, a.ordinal FROM agreement a, this "
        "  WHERE (a.signed, a.ordinal, a.key) < (this.signed, this.ordinal, this.key) "
        "  ORDER BY a.signed DESC, a.ordinal DESC, a.key DESC LIMIT ?) "
        "UNION ALL "
        "SELECT * FROM (SELECT a.key, a.signed, a.ordinal FROM agreement a, this "
        "  WHERE (a.signed, a.ordinal, a.key) >= (this.signed, this.ordinal, this.key) "
        "  ORDER BY a.signed, a.ordinal, a.key LIMIT ?) "
        "ORDER BY 2, 3, 1",
        (agreement_key, before, after + 1),
    )
    return [key for key, *_ in rows]


class AgreementRow(NamedTuple):
    """What a deck or a filter names an agreement by."""

    key: str
    ordinal: int
    title: str
    title_ja: str
    signed: dt.date


def agreement_rows(connection: Connection) -> list[AgreementRow]:
    """Every agreement's key, ordinal, titles and signing date, by ordinal."""
    rows = _all(
        connection, "SELECT key, ordinal, title, title_ja, signed FROM agreement ORDER BY ordinal"
    )
    return [AgreementRow(k, o, t, j, dt.date.fromisoformat(s)) for k, o, t, j, s in rows]


def agreement_keys(connection: Connection) -> list[str]:
    """Every agreement's key (for the map's cards, which only the real content has)."""
    return [key for (key,) in _all(connection, "SELECT key FROM agreement ORDER BY key")]


def sources(connection: Connection, keys: Iterable[str]) -> dict[str, SourceRecord]:
    """The sources with these keys."""
    rows = _all(
        connection,
        "SELECT key, citation, url, note FROM source WHERE key IN (SELECT value FROM json_each(?))",
        (json.dumps(list(keys)),),
    )
    return {key: SourceRecord(key, citation, url, note) for key, citation, url, note in rows}


# ---- a deck's cards, read as a session needs them ----------------------------------------


class CardCondition(NamedTuple):
    """Which cards of the table a deck takes: every condition that is set holds."""

    agreement_key: str | None = None
    kinds: tuple[str, ...] | None = None
    clause_keys: tuple[str, ...] | None = None  # the card asks about one of these clauses
    card_keys: tuple[str, ...] | None = None  # just these cards


def _where(condition: CardCondition) -> tuple[str, list[object]]:
    """The SQL condition (on table `card`) and its parameters."""
    parts, parameters = ["1"], list[object]()
    if condition.agreement_key is not None:
        parts.append("card.agreement_key = ?")
        parameters.append(condition.agreement_key)
    for column, values in (
        ("kind", condition.kinds),
        ("clause_key", condition.clause_keys),
        ("key", condition.card_keys),
    ):
        if values is not None and len(values) == 1:  # an index's equality, for its order
            parts.append(f"card.{column} = ?")
            parameters.append(values[0])
        elif values is not None:
            parts.append(f"card.{column} IN (SELECT value FROM json_each(?))")
            parameters.append(json.dumps(list(values)))
    return " AND ".join(parts), parameters


_REF_COLUMNS = "card.key, card.kind, card.agreement_key, card.clause_key, card.position"


def condition_refs(
    connection: Connection, condition: CardCondition, keys: Iterable[str]
) -> list[CardRef]:
    """The cards with these keys that meet `condition`, in content order."""
    where, parameters = _where(condition)
    rows = _all(
        connection,
        f"SELECT {_REF_COLUMNS} FROM card WHERE key IN (SELECT value FROM json_each(?)) "
        f"AND {where} ORDER BY position",
        (json.dumps(list(keys)), *parameters),
    )
    return [CardRef(*row) for row in rows]


def condition_count(
    connection: Connection, condition: CardCondition, keys: Iterable[str] | None = None
) -> int:
    """How many cards meet `condition` (of those with `keys`, if given)."""
    if condition == CardCondition() and keys is None:
        return card_total(connection)
    where, parameters = _where(condition)
    if keys is not None:
        where += " AND key IN (SELECT value FROM json_each(?))"
        parameters.append(json.dumps(list(keys)))
    rows = _all(connection, f"SELECT count(*) FROM card WHERE {where}", tuple(parameters))
    return int(rows[0][0])


def condition_page(
    connection: Connection,
    condition: CardCondition,
    after: tuple[int, int],
    below: int,
    limit: int,
    *,
    shuffled: bool,
) -> list[tuple[CardRef, int]]:
    """Up to `limit` cards that meet `condition`, each with its shuffle number: in content
    order those after position `after[1]`, or in shuffle order those after (shuffle,
    position) `after` and with a shuffle number below `below` (an index range, at any size)."""
    where, parameters = _where(condition)
    if shuffled:
        order = "(card.shuffle, card.position) > (?, ?) AND card.shuffle < ?"
        bounds: tuple[object, ...] = (*after, below)
        by = "card.shuffle, card.position"
    else:
        order, bounds, by = "card.position > ?", (after[1],), "card.position"
    rows = _all(
        connection,
        f"SELECT {_REF_COLUMNS}, card.shuffle FROM card WHERE {order} AND {where} "
        f"ORDER BY {by} LIMIT ?",
        (*bounds, *parameters, limit),
    )
    return [(CardRef(*row[:5]), row[5]) for row in rows]


def positions_of_keys_holding(connection: Connection, text: str) -> list[int]:
    """The positions of every card whose key holds `text`, in content order, by looking
    through the keys (for text too short for the keys' trigram index)."""
    rows = _all(
        connection, "SELECT position FROM card WHERE instr(key, ?) > 0 ORDER BY position", (text,)
    )
    return [position for (position,) in rows]


def key_positions(
    connection: Connection, text: str, limit: int, after: int = -1
) -> list[int] | None:
    """The positions after `after` of up to `limit` cards whose key holds `text`
    (lower-case), in content order, from the keys' trigram index; None for fewer than three
    characters, which a trigram cannot find (the caller looks through the keys itself)."""
    if len(text) < 3:
        return None
    phrase = '"' + text.replace('"', '""') + '"'
    rows = _all(
        connection,
        f"SELECT rowid FROM {CARD_KEY_SEARCH} WHERE {CARD_KEY_SEARCH} MATCH ? AND rowid > ? "
        "ORDER BY rowid LIMIT ?",
        (phrase, after, limit),
    )
    return [position for (position,) in rows]
