"""Read-only queries over the bundled database. Each takes the caller's connection.

The content is read table by table with plain Core selects and joined up here, in Python, into
frozen records: a dozen simple statements, run once at start-up, after the first paint.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import fields
from itertools import takewhile
from typing import Any, TypeVar

from sqlalchemy import Connection, Table, select

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


def _rows(connection: Connection, table: Table, *order: str) -> Sequence[Any]:
    statement = select(table).order_by(*(table.c[name] for name in order))
    return connection.execute(statement).all()


R = TypeVar("R")


def _records(
    connection: Connection,
    record_type: Callable[..., R],
    table: Table,
    order: tuple[str, ...],
    rest: Callable[[str], tuple[object, ...]],
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
    rows = connection.execute(statement.order_by(*(table.c[name] for name in order))).all()
    return [record_type(*row[:lead], *rest(row[0]), *row[lead:]) for row in rows]


class _Citations:
    """Which sources each row of a kind cites, in citation order."""

    def __init__(
        self, connection: Connection, sources: dict[str, SourceRecord], owner: str
    ) -> None:
        cited: dict[str, list[SourceRecord]] = defaultdict(list)
        for link in _rows(connection, _TABLES[f"{owner}_source"], f"{owner}_key", "position"):
            cited[link[0]].append(sources[link.source_key])
        self.cited = {key: tuple(found) for key, found in cited.items()}

    def of(self, key: str) -> tuple[SourceRecord, ...]:
        return self.cited.get(key, ())

    def as_rest(self, key: str) -> tuple[tuple[SourceRecord, ...]]:
        """The sources of `key` as the rest of a record whose last field is `sources`."""
        return (self.of(key),)


def _sources(connection: Connection) -> dict[str, SourceRecord]:
    return {
        row.key: SourceRecord(row.key, row.citation, row.url, row.note, row.note_ja)
        for row in _rows(connection, _TABLES["source"], "key")
    }


def _clauses(
    connection: Connection, sources: dict[str, SourceRecord]
) -> dict[str, list[ClauseRecord]]:
    """Clauses by agreement key, public before secret, in article order."""
    topics: dict[str, list[str]] = defaultdict(list)
    for link in _rows(connection, _TABLES["clause_topic"], "clause_key", "position"):
        topics[link.clause_key].append(link.topic_key)
    cited = _Citations(connection, sources, "clause")
    clozes: dict[str, list[str]] = defaultdict(list)
    clozes_ja: dict[str, list[str]] = defaultdict(list)
    for row in _rows(connection, _TABLES["clause_cloze"], "clause_key", "number"):
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
    for clause in _records(connection, ClauseRecord, _TABLES["clause"], order, rest):
        by_agreement[clause.agreement_key].append(clause)
    return by_agreement


def _signatories(
    connection: Connection, sources: dict[str, SourceRecord]
) -> dict[str, list[SignatoryRecord]]:
    people = {row.key: row for row in _rows(connection, _TABLES["person"], "key")}
    cited = _Citations(connection, sources, "signatory")
    by_agreement: dict[str, list[SignatoryRecord]] = defaultdict(list)
    for row in _rows(connection, _TABLES["signatory"], "agreement_key", "position"):
        person = people[row.person_key]
        by_agreement[row.agreement_key].append(
            SignatoryRecord(
                person_key=row.person_key,
                name=person.name,
                name_ja=person.name_ja,
                country=row.country,
                office=row.office,
                sources=cited.of(row.key),
                office_ja=row.office_ja,
            )
        )
    return by_agreement


def agreements(connection: Connection, sources: dict[str, SourceRecord]) -> list[AgreementRecord]:
    """All agreements in order, each with its signatories, clauses and sources."""
    clauses = _clauses(connection, sources)
    signatories = _signatories(connection, sources)
    cited = _Citations(connection, sources, "agreement")

    def rest(key: str) -> tuple[object, ...]:
        return tuple(signatories.get(key, ())), tuple(clauses.get(key, ())), cited.of(key)

    return _records(connection, AgreementRecord, _TABLES["agreement"], ("ordinal",), rest)


def events(connection: Connection, sources: dict[str, SourceRecord]) -> list[EventRecord]:
    """Context events in date order."""
    cited = _Citations(connection, sources, "event")
    table = _TABLES["event"]
    old_style = {
        row.key: row.old_style for row in connection.execute(select(table.c.key, table.c.old_style))
    }

    def rest(key: str) -> tuple[object, ...]:
        return cited.of(key), bool(old_style[key])

    return _records(connection, EventRecord, table, ("date", "key"), rest)


def eras(connection: Connection, sources: dict[str, SourceRecord]) -> list[EraRecord]:
    """Eras in order of their start."""
    cited = _Citations(connection, sources, "era")
    return _records(connection, EraRecord, _TABLES["era"], ("start", "key"), cited.as_rest)


def terms(connection: Connection, sources: dict[str, SourceRecord]) -> list[TermRecord]:
    """Glossary terms in alphabetical order of the English term."""
    cited = _Citations(connection, sources, "term")
    return _records(connection, TermRecord, _TABLES["term"], ("term", "key"), cited.as_rest)


def topics(connection: Connection, sources: dict[str, SourceRecord]) -> list[TopicRecord]:
    """Regions and themes in their display order."""
    cited = _Citations(connection, sources, "topic")
    return _records(connection, TopicRecord, _TABLES["topic"], ("position",), cited.as_rest)


def people(connection: Connection, sources: dict[str, SourceRecord]) -> list[PersonRecord]:
    """People in alphabetical order of their name, each with roles, deeds and mentions."""
    roles: dict[str, list[RoleRecord]] = defaultdict(list)
    for row in _rows(connection, _TABLES["person_role"], "person_key", "position"):
        roles[row.person_key].append(RoleRecord(row.title, row.start, row.end, row.title_ja))
    deed_sources = _Citations(connection, sources, "person_deed")
    deeds: dict[str, list[DeedRecord]] = defaultdict(list)
    for row in _rows(connection, _TABLES["person_deed"], "person_key", "position"):
        deeds[row.person_key].append(
            DeedRecord(row.verb, row.what, row.year, deed_sources.of(row.key), row.text_ja)
        )
    mentions: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in _rows(connection, _TABLES["person_mention"], "person_key", "position"):
        mentions[row.person_key].append((row.kind, row.owner_key))
    cited = _Citations(connection, sources, "person")

    def rest(key: str) -> tuple[object, ...]:
        return (
            tuple(roles.get(key, ())),
            tuple(deeds.get(key, ())),
            tuple(mentions.get(key, ())),
            cited.of(key),
        )

    return _records(connection, PersonRecord, _TABLES["person"], ("name", "key"), rest)


def all_content(connection: Connection) -> Content:
    with collector_paused():
        sources = _sources(connection)
        return Content(
            agreements=tuple(agreements(connection, sources)),
            events=tuple(events(connection, sources)),
            eras=tuple(eras(connection, sources)),
            terms=tuple(terms(connection, sources)),
            topics=tuple(topics(connection, sources)),
            people=tuple(people(connection, sources)),
        )
