"""Plain, immutable records of the content, as the queries hand them to the rest of the app.

The views hold these, never database rows, so nothing outside `content/` needs a connection.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

PUBLIC = "public"
SECRET = "secret"


@dataclass(frozen=True, slots=True)
class SourceRecord:
    key: str
    citation: str
    url: str
    note: str


@dataclass(frozen=True, slots=True)
class TopicRecord:
    key: str
    name: str
    name_ja: str
    kind: str
    description: str
    sources: tuple[SourceRecord, ...]


@dataclass(frozen=True, slots=True)
class SignatoryRecord:
    person_key: str
    name: str
    name_ja: str
    country: str
    office: str
    sources: tuple[SourceRecord, ...]


@dataclass(frozen=True, slots=True)
class ClauseRecord:
    key: str
    agreement_key: str
    part: str
    number: int
    label: str
    title: str
    summary: str
    topics: tuple[str, ...]
    sources: tuple[SourceRecord, ...]

    @property
    def is_secret(self) -> bool:
        return self.part == SECRET


@dataclass(frozen=True, slots=True)
class AgreementRecord:
    key: str
    ordinal: int
    title: str
    title_ja: str
    signed: dt.date
    place: str
    summary: str
    occasion: str
    consequences: str
    signatories: tuple[SignatoryRecord, ...]
    clauses: tuple[ClauseRecord, ...]
    sources: tuple[SourceRecord, ...]

    def clauses_in(self, part: str) -> tuple[ClauseRecord, ...]:
        return tuple(clause for clause in self.clauses if clause.part == part)


@dataclass(frozen=True, slots=True)
class EventRecord:
    key: str
    date: dt.date
    precision: str
    end: dt.date | None
    kind: str
    title: str
    title_ja: str
    description: str
    sources: tuple[SourceRecord, ...]


@dataclass(frozen=True, slots=True)
class EraRecord:
    key: str
    name: str
    name_ja: str
    kind: str
    start: dt.date
    end: dt.date | None
    description: str
    sources: tuple[SourceRecord, ...]


@dataclass(frozen=True, slots=True)
class TermRecord:
    key: str
    term: str
    term_ja: str
    reading: str
    definition: str
    sources: tuple[SourceRecord, ...]


@dataclass(frozen=True, slots=True)
class Content:
    """Everything in the bundled database, as `studyapp dump` prints it."""

    agreements: tuple[AgreementRecord, ...]
    events: tuple[EventRecord, ...]
    eras: tuple[EraRecord, ...]
    terms: tuple[TermRecord, ...]
    topics: tuple[TopicRecord, ...]
