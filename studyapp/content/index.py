"""Look-ups by key over the loaded content, built once after loading."""

from __future__ import annotations

from dataclasses import dataclass, field

from studyapp.content.records import (
    AgreementRecord,
    ClauseRecord,
    Content,
    EventRecord,
    PersonRecord,
    TermRecord,
    TopicRecord,
)


@dataclass(frozen=True)
class ContentIndex:
    content: Content
    agreements: dict[str, AgreementRecord] = field(init=False)
    clauses: dict[str, ClauseRecord] = field(init=False)
    events: dict[str, EventRecord] = field(init=False)
    terms: dict[str, TermRecord] = field(init=False)
    topics: dict[str, TopicRecord] = field(init=False)
    people: dict[str, PersonRecord] = field(init=False)
    # The people each row's text names, by (kind, key): ("clause", "first-1907-secret-2").
    people_in: dict[tuple[str, str], list[PersonRecord]] = field(init=False)

    def __post_init__(self) -> None:
        # frozen=True guards the public fields; the maps are derived here once.
        set_field = object.__setattr__
        content = self.content
        set_field(self, "agreements", {a.key: a for a in content.agreements})
        set_field(self, "clauses", {c.key: c for a in content.agreements for c in a.clauses})
        set_field(self, "events", {e.key: e for e in content.events})
        set_field(self, "terms", {t.key: t for t in content.terms})
        set_field(self, "topics", {t.key: t for t in content.topics})
        set_field(self, "people", {p.key: p for p in content.people})
        people_in: dict[tuple[str, str], list[PersonRecord]] = {}
        for person in content.people:
            for place in person.mentioned_in:
                people_in.setdefault(place, []).append(person)
        set_field(self, "people_in", people_in)

    def agreement_of(self, clause_key: str) -> AgreementRecord:
        return self.agreements[self.clauses[clause_key].agreement_key]
