"""Read-only queries over the bundled database. Each takes the caller's connection.

Rows are read table by table with plain Core selects and joined up here, in Python, into
frozen records. Each reader takes `only`, a condition on the rows' keys (`keys_in(...)`), so
the same code reads one agreement when it is opened or, for `studyapp dump`, all of them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import fields
from itertools import takewhile
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Connection, Table, select

from studyapp.content import models
from studyapp.content.records import (
    AgreementRecord,
    ClauseRecord,
    Content,
    DeedRecord,
    EraRecord,
    EventRecord,
    PersonRecord,
    RoleRecord,
    SignatoryRecord,
    SourceRecord,
    TermRecord,
    TopicRecord,
)
from studyapp.memory import collector_paused

_TABLES = models.metadata.tables


# Which rows of a table to read: a condition on its key column (or on the column that names
# its owner, for the tables of citations, roles and the like). None reads them all.
Only = Callable[[ColumnElement[str]], ColumnElement[bool]] | None


def keys_in(keys: Collection[str]) -> Only:
    """Only the rows with these keys."""
    chosen = list(keys)
    return lambda column: column.in_(chosen)


def _rows(
    connection: Connection, table: Table, owner: str, only: Only, *order: str
) -> Sequence[Any]:
    statement = select(table).order_by(*(table.c[name] for name in order))
    if only is not None:
        statement = statement.where(only(table.c[owner]))
    return connection.execute(statement).all()


R = TypeVar("R")


def _records(
    connection: Connection,
    record_type: Callable[..., R],
    table: Table,
    order: tuple[str, ...],
    rest: Callable[[str], tuple[object, ...]],
    *,
    only: Only = None,
) -> list[R]:
    """One record per row, in `order`: its leading fields from the columns of the same names,
    the rest from `rest(key)` (which may also read later columns, as events' old_style), and
    the Japanese twins that close the record from their columns.

    Rows are unpacked by position, not read by name: at 1,000 times today's content that
    builds the records about three times as fast.
    """
    names = [field.name for field in fields(record_type)]  # type: ignore[arg-type]
    stored = list(takewhile(lambda name: name in table.c, names))
    assert stored, f"{record_type}: columns must lead its fields"
    twins = [name for name in names[len(stored) :] if name.endswith("_ja") and name in table.c]
    lead = len(stored)
    statement = select(*(table.c[name] for name in stored + twins))
    if only is not None:
        statement = statement.where(only(table.c.key))
    rows = connection.execute(statement.order_by(*(table.c[name] for name in order))).all()
    return [record_type(*row[:lead], *rest(row[0]), *row[lead:]) for row in rows]


class _Citations:
    """Which sources each row of a kind cites, in citation order (of the rows `only` picks).

    Each source becomes one record however many rows cite it."""

    def __init__(self, connection: Connection, owner: str, only: Only = None) -> None:
        link, source = _TABLES[f"{owner}_source"], _TABLES["source"]
        owner_key = link.c[f"{owner}_key"]
        statement = (
            select(
                owner_key,
                source.c.key,
                source.c.citation,
                source.c.url,
                source.c.note,
                source.c.note_ja,
            )
            .join_from(link, source, link.c.source_key == source.c.key)
            .order_by(owner_key, link.c.position)
        )
        if only is not None:
            statement = statement.where(only(owner_key))
        made: dict[str, SourceRecord] = {}
        cited: dict[str, list[SourceRecord]] = defaultdict(list)
        for key, *source_row in connection.execute(statement):
            record = made.get(source_row[0])
            if record is None:
                record = made[source_row[0]] = SourceRecord(*source_row)
            cited[key].append(record)
        self.cited = {key: tuple(found) for key, found in cited.items()}

    def of(self, key: str) -> tuple[SourceRecord, ...]:
        return self.cited.get(key, ())

    def as_rest(self, key: str) -> tuple[tuple[SourceRecord, ...]]:
        """The sources of `key` as the rest of a record whose last field is `sources`."""
        return (self.of(key),)


def _clause_rows(only_agreements: Only) -> Only:
    """The clauses of the agreements `only_agreements` picks, as a condition on clause keys."""
    if only_agreements is None:
        return None
    clause = _TABLES["clause"]
    chosen = select(clause.c.key).where(only_agreements(clause.c.agreement_key))
    return lambda column: column.in_(chosen)


def clauses(
    connection: Connection, only: Only = None, *, of_agreements: Only = None
) -> dict[str, list[ClauseRecord]]:
    """Clauses by agreement key, public before secret, in article order: those `only` picks,
    or those of the agreements `of_agreements` picks, or all."""
    only = only if of_agreements is None else _clause_rows(of_agreements)
    topics: dict[str, list[str]] = defaultdict(list)
    for link in _rows(
        connection, _TABLES["clause_topic"], "clause_key", only, "clause_key", "position"
    ):
        topics[link.clause_key].append(link.topic_key)
    cited = _Citations(connection, "clause", only)
    clozes: dict[str, list[str]] = defaultdict(list)
    clozes_ja: dict[str, list[str]] = defaultdict(list)
    for row in _rows(
        connection, _TABLES["clause_cloze"], "clause_key", only, "clause_key", "number"
    ):
        clozes[row.clause_key].append(row.hidden)
        clozes_ja[row.clause_key].append(row.hidden_ja)

    def rest(key: str) -> tuple[object, ...]:
        return (
            tuple(topics.get(key, ())),
            cited.of(key),
            tuple(clozes.get(key, ())),
            tuple(clozes_ja.get(key, ())),
        )

    by_agreement: dict[str, list[ClauseRecord]] = defaultdict(list)
    order = ("agreement_key", "part", "number")
    for clause in _records(connection, ClauseRecord, _TABLES["clause"], order, rest, only=only):
        by_agreement[clause.agreement_key].append(clause)
    return by_agreement


def _signatories(connection: Connection, only: Only) -> dict[str, list[SignatoryRecord]]:
    """Signatories by agreement key, of the agreements `only` picks."""
    signatory, person = _TABLES["signatory"], _TABLES["person"]
    statement = (
        select(signatory, person.c.name, person.c.name_ja)
        .join_from(signatory, person, signatory.c.person_key == person.c.key)
        .order_by(signatory.c.agreement_key, signatory.c.position)
    )
    signed = None
    if only is not None:
        statement = statement.where(only(signatory.c.agreement_key))
        chosen = select(signatory.c.key).where(only(signatory.c.agreement_key))
        signed = lambda column: column.in_(chosen)  # noqa: E731 (a condition, as keys_in's)
    cited = _Citations(connection, "signatory", signed)
    by_agreement: dict[str, list[SignatoryRecord]] = defaultdict(list)
    for row in connection.execute(statement):
        by_agreement[row.agreement_key].append(
            SignatoryRecord(
                person_key=row.person_key,
                name=row.name,
                name_ja=row.name_ja,
                country=row.country,
                office=row.office,
                sources=cited.of(row.key),
                office_ja=row.office_ja,
            )
        )
    return by_agreement


def agreements(connection: Connection, only: Only = None) -> list[AgreementRecord]:
    """Agreements in order (those `only` picks), each with its signatories, clauses, sources."""
    found_clauses = clauses(connection, of_agreements=only)
    signatories = _signatories(connection, only)
    cited = _Citations(connection, "agreement", only)

    def rest(key: str) -> tuple[object, ...]:
        return tuple(signatories.get(key, ())), tuple(found_clauses.get(key, ())), cited.of(key)

    return _records(
        connection, AgreementRecord, _TABLES["agreement"], ("ordinal",), rest, only=only
    )


def events(connection: Connection, only: Only = None) -> list[EventRecord]:
    """Context events in date order."""
    cited = _Citations(connection, "event", only)
    table = _TABLES["event"]
    statement = select(table.c.key, table.c.old_style)
    if only is not None:
        statement = statement.where(only(table.c.key))
    old_style = {row.key: row.old_style for row in connection.execute(statement)}

    def rest(key: str) -> tuple[object, ...]:
        return cited.of(key), bool(old_style[key])

    return _records(connection, EventRecord, table, ("date", "key"), rest, only=only)


def eras(connection: Connection, only: Only = None) -> list[EraRecord]:
    """Eras in order of their start."""
    cited = _Citations(connection, "era", only)
    return _records(
        connection, EraRecord, _TABLES["era"], ("start", "key"), cited.as_rest, only=only
    )


def terms(connection: Connection, only: Only = None) -> list[TermRecord]:
    """Glossary terms in alphabetical order of the English term."""
    cited = _Citations(connection, "term", only)
    return _records(
        connection, TermRecord, _TABLES["term"], ("term", "key"), cited.as_rest, only=only
    )


def topics(connection: Connection, only: Only = None) -> list[TopicRecord]:
    """Regions and themes in their display order."""
    cited = _Citations(connection, "topic", only)
    table = _TABLES["topic"]
    return _records(connection, TopicRecord, table, ("position",), cited.as_rest, only=only)


def people(connection: Connection, only: Only = None) -> list[PersonRecord]:
    """People in alphabetical order of their name, each with roles, deeds and mentions."""
    roles: dict[str, list[RoleRecord]] = defaultdict(list)
    for row in _rows(
        connection, _TABLES["person_role"], "person_key", only, "person_key", "position"
    ):
        roles[row.person_key].append(RoleRecord(row.title, row.start, row.end, row.title_ja))
    deed_table = _TABLES["person_deed"]
    deed_only = None
    if only is not None:
        chosen = select(deed_table.c.key).where(only(deed_table.c.person_key))
        deed_only = lambda column: column.in_(chosen)  # noqa: E731 (a condition, as keys_in's)
    deed_sources = _Citations(connection, "person_deed", deed_only)
    deeds: dict[str, list[DeedRecord]] = defaultdict(list)
    for row in _rows(connection, deed_table, "person_key", only, "person_key", "position"):
        deeds[row.person_key].append(
            DeedRecord(row.verb, row.what, row.year, deed_sources.of(row.key), row.text_ja)
        )
    mentions: dict[str, list[tuple[str, str]]] = defaultdict(list)
    mention_table = _TABLES["person_mention"]
    for row in _rows(connection, mention_table, "person_key", only, "person_key", "position"):
        mentions[row.person_key].append((row.kind, row.owner_key))
    cited = _Citations(connection, "person", only)

    def rest(key: str) -> tuple[object, ...]:
        return (
            tuple(roles.get(key, ())),
            tuple(deeds.get(key, ())),
            tuple(mentions.get(key, ())),
            cited.of(key),
        )

    return _records(connection, PersonRecord, _TABLES["person"], ("name", "key"), rest, only=only)


def all_content(connection: Connection) -> Content:
    with collector_paused():
        return Content(
            agreements=tuple(agreements(connection)),
            events=tuple(events(connection)),
            eras=tuple(eras(connection)),
            terms=tuple(terms(connection)),
            topics=tuple(topics(connection)),
            people=tuple(people(connection)),
        )
