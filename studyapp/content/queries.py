"""Read-only queries over the bundled database. Each takes the caller's session."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

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


def _sources(rows: Iterable[models.Source]) -> tuple[SourceRecord, ...]:
    return tuple(SourceRecord(s.key, s.citation, s.url, s.note) for s in rows)


def _clause(row: models.Clause) -> ClauseRecord:
    return ClauseRecord(
        key=row.key,
        agreement_key=row.agreement_key,
        part=row.part,
        number=row.number,
        label=row.label,
        title=row.title,
        summary=row.summary,
        topics=tuple(topic.key for topic in row.topics),
        sources=_sources(row.sources),
    )


def _signatory(row: models.Signatory) -> SignatoryRecord:
    return SignatoryRecord(
        person_key=row.person_key,
        name=row.person.name,
        name_ja=row.person.name_ja,
        country=row.country,
        office=row.office,
        sources=_sources(row.sources),
    )


def agreements(session: Session) -> list[AgreementRecord]:
    """All agreements in order, each with its signatories, clauses and sources."""
    statement = (
        select(models.Agreement)
        .order_by(models.Agreement.ordinal)
        .options(
            selectinload(models.Agreement.sources),
            selectinload(models.Agreement.signatories).selectinload(models.Signatory.person),
            selectinload(models.Agreement.signatories).selectinload(models.Signatory.sources),
            selectinload(models.Agreement.clauses).selectinload(models.Clause.topics),
            selectinload(models.Agreement.clauses).selectinload(models.Clause.sources),
        )
    )
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
            signatories=tuple(_signatory(s) for s in row.signatories),
            clauses=tuple(_clause(c) for c in row.clauses),
            sources=_sources(row.sources),
        )
        for row in session.scalars(statement)
    ]


def events(session: Session) -> list[EventRecord]:
    """Context events in date order."""
    statement = (
        select(models.Event)
        .order_by(models.Event.date, models.Event.key)
        .options(selectinload(models.Event.sources))
    )
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
            sources=_sources(row.sources),
        )
        for row in session.scalars(statement)
    ]


def eras(session: Session) -> list[EraRecord]:
    """Eras in order of their start."""
    statement = (
        select(models.Era)
        .order_by(models.Era.start, models.Era.key)
        .options(selectinload(models.Era.sources))
    )
    return [
        EraRecord(
            key=row.key,
            name=row.name,
            name_ja=row.name_ja,
            kind=row.kind,
            start=row.start,
            end=row.end,
            description=row.description,
            sources=_sources(row.sources),
        )
        for row in session.scalars(statement)
    ]


def terms(session: Session) -> list[TermRecord]:
    """Glossary terms in alphabetical order of the English term."""
    statement = (
        select(models.Term)
        .order_by(models.Term.term, models.Term.key)
        .options(selectinload(models.Term.sources))
    )
    return [
        TermRecord(
            key=row.key,
            term=row.term,
            term_ja=row.term_ja,
            reading=row.reading,
            definition=row.definition,
            sources=_sources(row.sources),
        )
        for row in session.scalars(statement)
    ]


def topics(session: Session) -> list[TopicRecord]:
    """Regions and themes in their display order."""
    statement = (
        select(models.Topic)
        .order_by(models.Topic.position)
        .options(selectinload(models.Topic.sources))
    )
    return [
        TopicRecord(
            key=row.key,
            name=row.name,
            name_ja=row.name_ja,
            kind=row.kind,
            description=row.description,
            sources=_sources(row.sources),
        )
        for row in session.scalars(statement)
    ]


def all_content(session: Session) -> Content:
    return Content(
        agreements=tuple(agreements(session)),
        events=tuple(events(session)),
        eras=tuple(eras(session)),
        terms=tuple(terms(session)),
        topics=tuple(topics(session)),
    )
