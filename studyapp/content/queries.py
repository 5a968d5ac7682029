"""Read-only queries over the bundled database. Each takes the caller's connection.

The content is read table by table with plain Core selects and joined up here, in Python, into
frozen records: a dozen simple statements, run once at start-up, after the first paint.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table, select

from studyapp.content import models
from studyapp.content.records import (
    AgreementRecord,
    ClauseRecord,
    Content,
    EraRecord,
    EventRecord,
    SignatoryRecord,
    SourceRecord,
    TermRecord,
    TopicRecord,
)

_TABLES = models.metadata.tables


def _rows(connection: Connection, table: Table, *order: str) -> Sequence[Any]:
    statement = select(table).order_by(*(table.c[name] for name in order))
    return connection.execute(statement).all()


class _Citations:
    """Which sources each row of a kind cites, in citation order."""

    def __init__(
        self, connection: Connection, sources: dict[str, SourceRecord], owner: str
    ) -> None:
        self.cited: dict[str, list[SourceRecord]] = defaultdict(list)
        for link in _rows(connection, _TABLES[f"{owner}_source"], f"{owner}_key", "position"):
            self.cited[link[0]].append(sources[link.source_key])

    def of(self, key: str) -> tuple[SourceRecord, ...]:
        return tuple(self.cited.get(key, ()))


def _sources(connection: Connection) -> dict[str, SourceRecord]:
    return {
        row.key: SourceRecord(row.key, row.citation, row.url, row.note)
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
    by_agreement: dict[str, list[ClauseRecord]] = defaultdict(list)
    for row in _rows(connection, _TABLES["clause"], "agreement_key", "part", "number"):
        by_agreement[row.agreement_key].append(
            ClauseRecord(
                key=row.key,
                agreement_key=row.agreement_key,
                part=row.part,
                number=row.number,
                label=row.label,
                title=row.title,
                summary=row.summary,
                topics=tuple(topics.get(row.key, ())),
                sources=cited.of(row.key),
            )
        )
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
            )
        )
    return by_agreement


def agreements(connection: Connection, sources: dict[str, SourceRecord]) -> list[AgreementRecord]:
    """All agreements in order, each with its signatories, clauses and sources."""
    clauses = _clauses(connection, sources)
    signatories = _signatories(connection, sources)
    cited = _Citations(connection, sources, "agreement")
    return [
        AgreementRecord(
            key=row.key,
            ordinal=row.ordinal,
            title=row.title,
            title_ja=row.title_ja,
            signed=row.signed,
            place=row.place,
            summary=row.summary,
            occasion=row.occasion,
            consequences=row.consequences,
            signatories=tuple(signatories.get(row.key, ())),
            clauses=tuple(clauses.get(row.key, ())),
            sources=cited.of(row.key),
        )
        for row in _rows(connection, _TABLES["agreement"], "ordinal")
    ]


def events(connection: Connection, sources: dict[str, SourceRecord]) -> list[EventRecord]:
    """Context events in date order."""
    cited = _Citations(connection, sources, "event")
    return [
        EventRecord(
            key=row.key,
            date=row.date,
            precision=row.precision,
            end=row.end,
            kind=row.kind,
            title=row.title,
            title_ja=row.title_ja,
            description=row.description,
            sources=cited.of(row.key),
        )
        for row in _rows(connection, _TABLES["event"], "date", "key")
    ]


def eras(connection: Connection, sources: dict[str, SourceRecord]) -> list[EraRecord]:
    """Eras in order of their start."""
    cited = _Citations(connection, sources, "era")
    return [
        EraRecord(
            key=row.key,
            name=row.name,
            name_ja=row.name_ja,
            kind=row.kind,
            start=row.start,
            end=row.end,
            description=row.description,
            sources=cited.of(row.key),
        )
        for row in _rows(connection, _TABLES["era"], "start", "key")
    ]


def terms(connection: Connection, sources: dict[str, SourceRecord]) -> list[TermRecord]:
    """Glossary terms in alphabetical order of the English term."""
    cited = _Citations(connection, sources, "term")
    return [
        TermRecord(
            key=row.key,
            term=row.term,
            term_ja=row.term_ja,
            reading=row.reading,
            definition=row.definition,
            sources=cited.of(row.key),
        )
        for row in _rows(connection, _TABLES["term"], "term", "key")
    ]


def topics(connection: Connection, sources: dict[str, SourceRecord]) -> list[TopicRecord]:
    """Regions and themes in their display order."""
    cited = _Citations(connection, sources, "topic")
    return [
        TopicRecord(
            key=row.key,
            name=row.name,
            name_ja=row.name_ja,
            kind=row.kind,
            description=row.description,
            sources=cited.of(row.key),
        )
        for row in _rows(connection, _TABLES["topic"], "position")
    ]


def all_content(connection: Connection) -> Content:
    sources = _sources(connection)
    return Content(
        agreements=tuple(agreements(connection, sources)),
        events=tuple(events(connection, sources)),
        eras=tuple(eras(connection, sources)),
        terms=tuple(terms(connection, sources)),
        topics=tuple(topics(connection, sources)),
    )
