"""The People view's detail pane: names in three scripts, offices, deeds, where the content
names the person, and sources (plain Python, no widgets)."""

from __future__ import annotations

import html

from studyapp.content.glossary_links import TermMatcher
from studyapp.content.index import ContentIndex
from studyapp.content.records import PersonRecord
from studyapp.ui.people.model import life
from studyapp.ui.shared.links import (
    AGREEMENT,
    CLAUSE,
    EVENT,
    TERM,
    anchor,
    linked_text,
    source_html,
)
from studyapp.ui.shared.reading_style import ja

NOT_NAMED = "Not named in the agreements, the timeline or the glossary."


def _years(start: int, end: int | None) -> str:
    if end is None:
        return f"from {start}"
    return str(start) if end == start else f"{start}–{end}"


def _mention(kind: str, key: str, index: ContentIndex) -> str | None:
    """A link to one row that names the person, or None if the row is not in the content."""
    if kind == AGREEMENT and key in index.agreements:
        return anchor(AGREEMENT, key, html.escape(index.agreements[key].title))
    if kind == CLAUSE and key in index.clauses:
        clause = index.clauses[key]
        agreement = index.agreement_of(key)
        label = f"{agreement.title}, {clause.part} {clause.label}: {clause.title}"
        return anchor(CLAUSE, key, html.escape(label))
    if kind == EVENT and key in index.events:
        event = index.events[key]
        return anchor(EVENT, key, html.escape(f"{event.title} ({event.date.year})"))
    if kind == TERM and key in index.terms:
        return anchor(TERM, key, html.escape(index.terms[key].term))
    return None


def mentions_html(person: PersonRecord, index: ContentIndex) -> str:
    items = [found for kind, key in person.mentioned_in if (found := _mention(kind, key, index))]
    if not items:
        return f'<p class="nothing">{NOT_NAMED}</p>'
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def signed_html(person: PersonRecord, index: ContentIndex) -> str:
    """Links to the agreements the person signed, with the office held, or "" for none."""
    items = [
        anchor(AGREEMENT, agreement.key, html.escape(agreement.title))
        + f" ({agreement.signed.year}), as {html.escape(signatory.office)}"
        for agreement in index.content.agreements
        for signatory in agreement.signatories
        if signatory.person_key == person.key
    ]
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>" if items else ""


def person_html(person: PersonRecord, index: ContentIndex, matcher: TermMatcher) -> str:
    names = [ja(person.name_ja)] if person.name_ja else []
    if person.name_native and person.name_native not in (person.name, person.name_ja):
        names.append(html.escape(person.name_native))
    if person.reading and person.reading != person.name_native:
        names.append(f"<i>{html.escape(person.reading)}</i>")
    roles = "".join(
        f"<li>{html.escape(role.title)} ({_years(role.start, role.end)})</li>"
        for role in person.roles
    )
    deeds = "".join(
        f"<li>{html.escape(deed.verb.capitalize())} {html.escape(deed.what)}"
        f"{'' if str(deed.year) in deed.what else f' ({deed.year})'}</li>"
        for deed in person.deeds
    )
    sources = "".join(f"<li>{source_html(source)}</li>" for source in person.sources)
    signed = signed_html(person, index)
    return (
        f"<h1>{html.escape(person.name)}</h1>"
        f'<p class="subtitle">{" · ".join(names)}</p>'
        f"<p>{html.escape(person.country)}, {life(person)}</p>"
        f"<p>{linked_text(person.description, matcher)}</p>"
        + (f"<h2>Offices</h2><ul>{roles}</ul>" if roles else "")
        + (f"<h2>What they did</h2><ul>{deeds}</ul>" if deeds else "")
        + (f"<h2>Agreements signed</h2>{signed}" if signed else "")
        + f"<h2>Where the content names them</h2>{mentions_html(person, index)}"
        + (f"<h2>Sources</h2><ol>{sources}</ol>" if sources else "")
    )
