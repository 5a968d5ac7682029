"""The whole content as JSON-ready dictionaries, for `studyapp dump --json`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from studyapp import calendars
from studyapp.content.records import (
    AgreementRecord,
    ClauseRecord,
    Content,
    EraRecord,
    EventRecord,
    PersonRecord,
    SignatoryRecord,
    SourceRecord,
    TermRecord,
    TopicRecord,
)

Json = dict[str, Any]


def _sources(sources: tuple[SourceRecord, ...]) -> list[Json]:
    return [
        {"key": s.key, "citation": s.citation, "url": s.url, "note": s.note, "note_ja": s.note_ja}
        for s in sources
    ]


def _period_end(date: dt.date, precision: str) -> dt.date:
    """The last day of the month or year that a date of this precision stands for."""
    if precision == "year":
        return date.replace(month=12, day=31)
    if precision == "month":
        next_month = (date.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return next_month - dt.timedelta(days=1)
    return date


def calendar_fields(
    prefix: str, date: dt.date, precision: str = "day", *, julian: bool = True
) -> Json:
    """ISO date, Julian date and era year of `date`, each under `prefix`.

    A date known only to the month or year has no single Julian date, and an era year only
    when the whole month or year falls in one era (July 1912 does not), so those are null.
    The Julian date is null too where the Old Style was not in use (`julian` False).
    """
    end = _period_end(date, precision)
    same_era = calendars.to_era_year(date) == calendars.to_era_year(end)
    return {
        prefix: date.isoformat(),
        f"{prefix}_julian": (
            calendars.to_julian(date).isoformat() if julian and precision == "day" else None
        ),
        f"{prefix}_era": calendars.era_text(date) if same_era else None,
        f"{prefix}_era_ja": calendars.era_text_ja(date) if same_era else None,
    }


def _signatory(s: SignatoryRecord) -> Json:
    return {
        "name": s.name,
        "name_ja": s.name_ja,
        "country": s.country,
        "office": s.office,
        "office_ja": s.office_ja,
        "sources": _sources(s.sources),
    }


def _clause(c: ClauseRecord) -> Json:
    return {
        "key": c.key,
        "part": c.part,
        "number": c.number,
        "label": c.label,
        "title": c.title,
        "title_ja": c.title_ja,
        "summary": c.summary,
        "summary_ja": c.summary_ja,
        "cloze": list(c.clozes),
        "cloze_ja": list(c.clozes_ja),
        "topics": list(c.topics),
        "sources": _sources(c.sources),
    }


def _agreement(a: AgreementRecord) -> Json:
    return {
        "key": a.key,
        "ordinal": a.ordinal,
        "title": a.title,
        "title_ja": a.title_ja,
        **calendar_fields("signed", a.signed),
        "place": a.place,
        "place_ja": a.place_ja,
        "summary": a.summary,
        "summary_ja": a.summary_ja,
        "occasion": a.occasion,
        "occasion_ja": a.occasion_ja,
        "consequences": a.consequences,
        "consequences_ja": a.consequences_ja,
        "signatories": [_signatory(s) for s in a.signatories],
        "clauses": [_clause(c) for c in a.clauses],
        "sources": _sources(a.sources),
    }


def _event(e: EventRecord) -> Json:
    return {
        "key": e.key,
        "title": e.title,
        "title_ja": e.title_ja,
        **calendar_fields("date", e.date, e.precision, julian=e.shows_julian),
        "old_style": e.shows_julian,
        "precision": e.precision,
        "end": e.end.isoformat() if e.end else None,
        "kind": e.kind,
        "description": e.description,
        "description_ja": e.description_ja,
        "sources": _sources(e.sources),
    }


def _era(e: EraRecord) -> Json:
    return {
        "key": e.key,
        "name": e.name,
        "name_ja": e.name_ja,
        "kind": e.kind,
        "start": e.start.isoformat(),
        "end": e.end.isoformat() if e.end else None,
        "description": e.description,
        "description_ja": e.description_ja,
        "sources": _sources(e.sources),
    }


def _term(t: TermRecord) -> Json:
    return {
        "key": t.key,
        "term": t.term,
        "term_ja": t.term_ja,
        "reading": t.reading,
        "definition": t.definition,
        "definition_ja": t.definition_ja,
        "sources": _sources(t.sources),
    }


def _topic(t: TopicRecord) -> Json:
    return {
        "key": t.key,
        "name": t.name,
        "name_ja": t.name_ja,
        "kind": t.kind,
        "description": t.description,
        "description_ja": t.description_ja,
        "sources": _sources(t.sources),
    }


def _person(p: PersonRecord) -> Json:
    return {
        "key": p.key,
        "name": p.name,
        "name_ja": p.name_ja,
        "name_native": p.name_native,
        "reading": p.reading,
        "country": p.country,
        "born": p.born,
        "died": p.died,
        "description": p.description,
        "description_ja": p.description_ja,
        "roles": [
            {"title": r.title, "title_ja": r.title_ja, "start": r.start, "end": r.end}
            for r in p.roles
        ],
        "deeds": [
            {
                "verb": d.verb,
                "what": d.what,
                "text_ja": d.text_ja,
                "year": d.year,
                "sources": _sources(d.sources),
            }
            for d in p.deeds
        ],
        "mentioned_in": [{"kind": kind, "key": key} for kind, key in p.mentioned_in],
        "sources": _sources(p.sources),
    }


def content_as_json(content: Content) -> Json:
    return {
        "agreements": [_agreement(a) for a in content.agreements],
        "events": [_event(e) for e in content.events],
        "eras": [_era(e) for e in content.eras],
        "terms": [_term(t) for t in content.terms],
        "topics": [_topic(t) for t in content.topics],
        "people": [_person(p) for p in content.people],
    }
