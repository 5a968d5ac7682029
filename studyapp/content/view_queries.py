"""What each view reads when it shows it: headings, counts, pages of long lists. Qt-free.

Each function takes a connection and returns plain records (records.py) or keys; none reads
a whole table of prose. The records a view opens by key come from queries.py, through the
catalogue (catalogue.py), which keeps the last few.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    case,
    func,
    or_,
    select,
    tuple_,
)

from studyapp.content import models
from studyapp.content.records import (
    AgreementHeading,
    ContentCounts,
    ListQuery,
    PersonHeading,
    Signature,
    SourceRecord,
    TermHeading,
)

_T = models.metadata.tables


def counts(connection: Connection) -> ContentCounts:
    def count(name: str) -> int:
        return connection.scalar(select(func.count()).select_from(_T[name])) or 0

    return ContentCounts(
        *(count(name) for name in ("agreement", "clause", "event", "term", "person"))
    )


_HEADING_COLUMNS = ("key", "ordinal", "title", "title_ja", "signed", "place")


def _headings() -> Select[Any]:
    table = _T["agreement"]
    return select(*(table.c[name] for name in _HEADING_COLUMNS)).order_by(table.c.ordinal)


def agreement_headings(connection: Connection) -> list[AgreementHeading]:
    """Every agreement's heading, in order (for what needs them all, not a view's list)."""
    return [AgreementHeading(*row) for row in connection.execute(_headings())]


def agreement_headings_page(
    connection: Connection, offset: int, limit: int
) -> list[AgreementHeading]:
    """The headings of the agreements `offset` to `offset + limit` in signing order."""
    rows = connection.execute(_headings().offset(offset).limit(limit))
    return [AgreementHeading(*row) for row in rows]


def agreement_headings_of(connection: Connection, keys: Sequence[str]) -> list[AgreementHeading]:
    """The headings of these agreements (keys that are none left out), in signing order."""
    table = _T["agreement"]
    rows = connection.execute(_headings().where(table.c.key.in_(list(keys))))
    return [AgreementHeading(*row) for row in rows]


def signing_span(connection: Connection) -> tuple[dt.date, dt.date] | None:
    """The first and the last day an agreement was signed, None with no agreement."""
    table = _T["agreement"]
    first, last = connection.execute(
        select(func.min(table.c.signed), func.max(table.c.signed))
    ).one()
    if first is None or last is None:
        return None
    return first, last


def agreement_row(connection: Connection, key: str) -> int:
    """Where the agreement `key` is in signing order (0 for the first), -1 if none."""
    table = _T["agreement"]
    ordinal = connection.scalar(select(table.c.ordinal).where(table.c.key == key))
    if ordinal is None:
        return -1
    before = select(func.count()).select_from(table).where(table.c.ordinal < ordinal)
    return connection.scalar(before) or 0


def person_countries(connection: Connection) -> list[str]:
    """The countries of the people, each once (as stored: "Russia")."""
    table = _T["person"]
    statement = select(table.c.country).distinct().order_by(table.c.country)
    return [str(country) for country in connection.scalars(statement)]


def signatory_countries(connection: Connection) -> list[str]:
    """The countries that signed, each once, in the order they first signed."""
    signatory, agreement = _T["signatory"], _T["agreement"]
    first = func.min(agreement.c.ordinal)
    statement = (
        select(signatory.c.country)
        .join_from(signatory, agreement, signatory.c.agreement_key == agreement.c.key)
        .group_by(signatory.c.country)
        .order_by(first, func.min(signatory.c.position))
    )
    return [str(row[0]) for row in connection.execute(statement)]


def agreement_of_clauses(connection: Connection, clause_keys: Collection[str]) -> dict[str, str]:
    """The agreement key of each of these clauses (keys that are no clause are left out), in
    one query however many keys (as JSON, past SQLite's limit on parameters: a student's
    bookmarks may be tens of thousands)."""
    table = _T["clause"]
    asked = func.json_each(json.dumps(list(clause_keys))).table_valued("value")
    statement = select(table.c.key, table.c.agreement_key).where(
        table.c.key.in_(select(asked.c.value))
    )
    return {str(row[0]): str(row[1]) for row in connection.execute(statement)}


def clause_keys_of(connection: Connection, agreement_key: str) -> list[str]:
    """The agreement's clause keys, public before secret, in article order."""
    table = _T["clause"]
    statement = (
        select(table.c.key)
        .where(table.c.agreement_key == agreement_key)
        .order_by(table.c.part, table.c.number)
    )
    return list(connection.scalars(statement))


def clauses_of_agreements(
    connection: Connection, agreement_keys: Sequence[str]
) -> list[tuple[str, str]]:
    """(agreement key, clause key) of these agreements' clauses, in signing and article
    order (public before secret)."""
    clause, agreement = _T["clause"], _T["agreement"]
    statement = (
        select(clause.c.agreement_key, clause.c.key)
        .join_from(clause, agreement, clause.c.agreement_key == agreement.c.key)
        .where(clause.c.agreement_key.in_(list(agreement_keys)))
        .order_by(agreement.c.ordinal, clause.c.part, clause.c.number)
    )
    return [(str(owner), str(key)) for owner, key in connection.execute(statement)]


def clause_texts(connection: Connection, keys: Sequence[str]) -> list[tuple[str, ...]]:
    """(key, label, title, summary, title_ja, summary_ja) of these clauses: the text a
    filter looks in, without the rest of each clause record."""
    table = _T["clause"]
    names = ("key", "label", "title", "summary", "title_ja", "summary_ja")
    statement = select(*(table.c[name] for name in names)).where(table.c.key.in_(list(keys)))
    return [tuple(str(value) for value in row) for row in connection.execute(statement)]


def clause_keys_on(
    connection: Connection, topic_key: str, agreement_keys: Sequence[str] | None = None
) -> list[str]:
    """The keys of the clauses that concern a topic (of these agreements only, if given), in
    agreement and article order."""
    link, clause, agreement = _T["clause_topic"], _T["clause"], _T["agreement"]
    statement = (
        select(clause.c.key)
        .join_from(link, clause, link.c.clause_key == clause.c.key)
        .join(agreement, clause.c.agreement_key == agreement.c.key)
        .where(link.c.topic_key == topic_key)
        .order_by(agreement.c.ordinal, clause.c.part, clause.c.number)
    )
    if agreement_keys is not None:
        statement = statement.where(clause.c.agreement_key.in_(list(agreement_keys)))
    return list(connection.scalars(statement))


def agreements_covering(connection: Connection, topic_key: str) -> int:
    """How many agreements have a clause on the topic."""
    link, clause = _T["clause_topic"], _T["clause"]
    statement = (
        select(func.count(clause.c.agreement_key.distinct()))
        .join_from(link, clause, link.c.clause_key == clause.c.key)
        .where(link.c.topic_key == topic_key)
    )
    return connection.scalar(statement) or 0


def people_named_in(connection: Connection, kind: str, owner_key: str) -> list[str]:
    """The keys of the people a row's text names ("clause", "first-1907-secret-2"), by name."""
    mention, person = _T["person_mention"], _T["person"]
    statement = (
        select(person.c.key)
        .join_from(mention, person, mention.c.person_key == person.c.key)
        .where(mention.c.kind == kind, mention.c.owner_key == owner_key)
        .order_by(person.c.name, person.c.key)
    )
    return list(connection.scalars(statement))


@dataclass(frozen=True, slots=True)
class Occurrences:
    """The first few texts of one kind that name a term, and how many do in all."""

    keys: tuple[str, ...]
    total: int


def term_occurrences(connection: Connection, term_key: str, limit: int) -> dict[str, Occurrences]:
    """Where the term occurs, by kind ("agreement", "clause", "event"): the keys of the first
    `limit` texts of the kind in the content's order, and how many texts of the kind name it
    in all (counted by the index, not read)."""
    table = _T["term_mention"]
    counted = (
        select(table.c.kind, func.count())
        .where(table.c.term_key == term_key, table.c.kind.in_(OCCURRENCE_KINDS))
        .group_by(table.c.kind)
    )
    found: dict[str, Occurrences] = {}
    for kind, count in connection.execute(counted):
        first = (
            select(table.c.owner_key)
            .where(table.c.term_key == term_key, table.c.kind == kind)
            .order_by(table.c.position)
            .limit(limit)
        )
        found[str(kind)] = Occurrences(tuple(connection.scalars(first)), int(count))
    return found


def term_mentioned_in(connection: Connection, term_key: str) -> list[tuple[str, str]]:
    """(kind, key) of every agreement, clause and event whose text mentions the term, in
    the order the build found them (the content's order)."""
    table = _T["term_mention"]
    statement = (
        select(table.c.kind, table.c.owner_key)
        .where(table.c.term_key == term_key, table.c.kind.in_(OCCURRENCE_KINDS))
        .order_by(table.c.position)
    )
    return [(kind, key) for kind, key in connection.execute(statement)]


# The kinds of text the Glossary lists as where a term occurs.
OCCURRENCE_KINDS = ("agreement", "clause", "event")


def spellings_named_in(
    connection: Connection, places: Sequence[tuple[str, str]]
) -> list[tuple[str, str, str]]:
    """(key, term, term_ja) of the terms the texts at `places` ((kind, key) pairs) name, in
    glossary order: all a matcher for those texts needs."""
    mention, term = _T["term_mention"], _T["term"]
    by_kind: dict[str, list[str]] = {}
    for kind, key in places:
        by_kind.setdefault(kind, []).append(key)
    # One (kind, owner_key IN ...) per kind, which the index on (kind, owner_key) answers; a
    # row-value IN over the pairs made SQLite scan every mention (70 ms at 1,000x).
    named = select(mention.c.term_key).where(
        or_(
            *(
                and_(mention.c.kind == kind, mention.c.owner_key.in_(keys))
                for kind, keys in by_kind.items()
            )
        )
    )
    statement = (
        select(term.c.key, term.c.term, term.c.term_ja)
        .where(term.c.key.in_(named))
        .order_by(term.c.term, term.c.key)
    )
    return [(key, name, name_ja) for key, name, name_ja in connection.execute(statement)]


def keys_in_order(connection: Connection, kind: str) -> list[str]:
    """Every key of a kind in its list order (agreements by ordinal, terms by name ...)."""
    table = _T[kind]
    order = {
        "agreement": ("ordinal",),
        "event": ("date", "key"),
        "term": ("term", "key"),
        "person": ("name", "key"),
        "topic": ("position",),
        "clause": ("agreement_key", "part", "number"),
        "era": ("start", "key"),
    }[kind]
    return list(connection.scalars(select(table.c.key).order_by(*(table.c[n] for n in order))))


def count_of(connection: Connection, kind: str) -> int:
    return connection.scalar(select(func.count()).select_from(_T[kind])) or 0


def existing(connection: Connection, kind: str, keys: Sequence[str]) -> set[str]:
    """Which of `keys` are rows of `kind`."""
    table = _T[kind]
    return set(connection.scalars(select(table.c.key).where(table.c.key.in_(list(keys)))))


def sources_cited_by(connection: Connection, kind: str) -> list[SourceRecord]:
    """Every source that some row of `kind` ("agreement") cites, once each, by key."""
    link, source = _T[f"{kind}_source"], _T["source"]
    statement = (
        select(source.c.key, source.c.citation, source.c.url, source.c.note, source.c.note_ja)
        .where(source.c.key.in_(select(link.c.source_key)))
        .order_by(source.c.key)
    )
    return [SourceRecord(*row) for row in connection.execute(statement)]


def signatures_of(
    connection: Connection, person_key: str, limit: int | None = None
) -> list[Signature]:
    """The agreements the person signed (the first `limit`, or all), with the office held,
    in order."""
    signatory, agreement = _T["signatory"], _T["agreement"]
    statement = (
        select(signatory.c.agreement_key, signatory.c.office, signatory.c.office_ja)
        .join_from(signatory, agreement, signatory.c.agreement_key == agreement.c.key)
        .where(signatory.c.person_key == person_key)
        .order_by(agreement.c.ordinal)
        .limit(limit)
    )
    return [Signature(*row) for row in connection.execute(statement)]


def signature_count(connection: Connection, person_key: str) -> int:
    """How many agreements the person signed."""
    signatory = _T["signatory"]
    counted = select(func.count()).where(signatory.c.person_key == person_key)
    return connection.scalar(counted) or 0


@dataclass(frozen=True, slots=True)
class _ListSpec:
    """A long list of one table: the columns of its rows, the (folded) columns each of its
    view's columns sorts by, and the folded text its filter looks in."""

    columns: tuple[str, ...]
    sort: tuple[str, ...]
    heading: Callable[..., Any]
    coded: str | None = None  # the column whose values are shown translated (ListQuery.aliases)


LISTS = {
    "term": _ListSpec(
        ("key", "term", "term_ja", "reading", "definition", "definition_ja"),
        ("term_folded", "term_ja", "reading_folded"),
        TermHeading,
    ),
    "person": _ListSpec(
        ("key", "name", "name_ja", "country", "born", "died"),
        ("name_folded", "name_ja", "country"),
        PersonHeading,
        coded="country",
    ),
}


def _list_rows(kind: str, query: ListQuery) -> tuple[Select[Any], list[ColumnElement[Any]]]:
    """The rows of `kind` that `query` picks, and the columns they are ordered by (ties by
    the list's first column, then key)."""
    spec, table = LISTS[kind], _T[kind]
    statement = select(*(table.c[name] for name in spec.columns))
    searched = table.c.folded_ja if query.japanese else table.c.folded
    for number, word in enumerate(query.words):
        found: ColumnElement[bool] = func.instr(searched, word) > 0
        aliases = query.aliases[number] if number < len(query.aliases) else ()
        if spec.coded is not None and aliases:
            found = or_(found, table.c[spec.coded].in_(aliases))
        statement = statement.where(found)
    sorted_by: ColumnElement[Any] = table.c[spec.sort[query.column]]
    if spec.sort[query.column] == spec.coded and query.coded_order:
        # By the names shown (ロシア, 日本 ...), not the stored English ones.
        shown = {value: number for number, value in enumerate(query.coded_order)}
        sorted_by = case(shown, value=sorted_by, else_=len(shown))
    order: list[ColumnElement[Any]] = [sorted_by, table.c[spec.sort[0]]]
    order.append(table.c.key)
    return statement, order


def list_page(
    connection: Connection, kind: str, query: ListQuery, offset: int, limit: int
) -> list[Any]:
    """Rows `offset` to `offset + limit` of the list of `kind` ("term", "person") as `query`
    filters and sorts it, as headings (TermHeading, PersonHeading)."""
    statement, order = _list_rows(kind, query)
    ordered = [column.desc() for column in order] if query.descending else order
    rows = connection.execute(statement.order_by(*ordered).offset(offset).limit(limit))
    return [LISTS[kind].heading(*row) for row in rows]


def list_count(connection: Connection, kind: str, query: ListQuery) -> int:
    statement, _ = _list_rows(kind, query)
    return connection.scalar(select(func.count()).select_from(statement.subquery())) or 0


def list_row(connection: Connection, kind: str, query: ListQuery, key: str) -> int:
    """Where the row `key` is in the list `query` makes: its number, or -1 if filtered out."""
    statement, order = _list_rows(kind, query)
    table = _T[kind]
    mine = connection.execute(select(*order).where(table.c.key == key)).first()
    if mine is None or connection.execute(statement.where(table.c.key == key)).first() is None:
        return -1
    before = tuple_(*order) > tuple_(*mine) if query.descending else tuple_(*order) < tuple_(*mine)
    counted = select(func.count()).select_from(statement.where(before).subquery())
    return connection.scalar(counted) or 0
