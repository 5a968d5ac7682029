"""The People view's detail pane: names in three scripts, offices, deeds, where the content
names the person, and sources (plain Python, no widgets)."""

from __future__ import annotations

import html
from functools import partial

from studyapp.content.catalogue import ContentCatalogue
from studyapp.content.glossary_links import TermMatcher
from studyapp.content.records import DeedRecord, PersonRecord
from studyapp.content.view_queries import signature_count
from studyapp.i18n import QT_TRANSLATE_NOOP, in_language, is_japanese, number_text, translate
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
from studyapp.wording import clause_label, country_name, name, part_name, prose

NOT_NAMED = QT_TRANSLATE_NOOP(
    "PersonDetail", "Not named in the agreements, the timeline or the glossary."
)


def _years(start: int, end: int | None, language: str | None = None) -> str:
    words = in_language(language)
    if end is None:
        return words.translate("PersonDetail", "from {start}").format(start=start)
    if end == start:
        return str(start)
    return words.translate("PersonDetail", "{start}–{end}").format(start=start, end=end)


def _deed(deed: DeedRecord, language: str | None = None) -> str:
    """One deed as a phrase in `language`, its year added unless the text has it."""
    if is_japanese(language):
        text = prose(deed, "text", language)
    else:
        text = deed.verb.capitalize() + " " + deed.what
    if str(deed.year) in text:
        return text
    words = in_language(language)
    return words.translate("PersonDetail", "{deed} ({year})").format(deed=text, year=deed.year)


def _section(title: str, body: str) -> str:
    return f"<h2>{html.escape(title)}</h2>{body}"


def _mention(
    kind: str, key: str, index: ContentCatalogue, language: str | None = None
) -> str | None:
    """A link to one row that names the person, or None if the row is not in the content."""
    words = in_language(language)
    if kind == AGREEMENT and key in index.agreements:
        return anchor(AGREEMENT, key, html.escape(name(index.agreements[key], language=language)))
    if kind == CLAUSE and key in index.clauses:
        clause = index.clauses[key]
        agreement = index.agreement_of(key)
        label = words.translate("PersonDetail", "{agreement}, {part} {label}: {title}").format(
            agreement=name(agreement, language=language),
            part=part_name(clause.part, language),
            label=clause_label(clause.label, language),
            title=name(clause, language=language),
        )
        return anchor(CLAUSE, key, html.escape(label))
    if kind == EVENT and key in index.events:
        event = index.events[key]
        label = words.translate("PersonDetail", "{title} ({year})").format(
            title=name(event, language=language), year=event.date.year
        )
        return anchor(EVENT, key, html.escape(label))
    if kind == TERM and key in index.terms:
        return anchor(TERM, key, html.escape(index.terms[key].term))
    return None


def mentions_html(
    person: PersonRecord, index: ContentCatalogue, language: str | None = None
) -> str:
    items = [
        found
        for kind, key in person.mentioned_in
        if (found := _mention(kind, key, index, language))
    ]
    if not items:
        nothing = html.escape(translate("PersonDetail", NOT_NAMED, language=language))
        return f'<p class="nothing">{nothing}</p>'
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


# How many agreements the page lists as signed: a signatory of every agreement of a large
# course would otherwise make a page that takes long to lay out; the rest are counted.
SIGNED_SHOWN = 50


def signed_html(person: PersonRecord, index: ContentCatalogue, language: str | None = None) -> str:
    """Links to the agreements the person signed (the first SIGNED_SHOWN, the rest counted),
    with the office held, or "" for none."""
    words = in_language(language)
    signatures = index.signatures_of(person.key, limit=SIGNED_SHOWN)
    headings = {h.key: h for h in index.headings.many([s.agreement_key for s in signatures])}
    items = [
        anchor(AGREEMENT, agreement.key, html.escape(name(agreement, language=language)))
        + html.escape(
            words.translate("PersonDetail", " ({year}), as {office}").format(
                year=agreement.signed.year, office=prose(signature, "office", language)
            )
        )
        for signature in signatures
        if (agreement := headings.get(signature.agreement_key)) is not None
    ]
    if not items:
        return ""
    more = ""
    if len(signatures) == SIGNED_SHOWN:
        left = index.read(partial(signature_count, person_key=person.key)) - SIGNED_SHOWN
        if left > 0:
            text = words.translate("PersonDetail", "…and {count} more").format(
                count=number_text(left, language)
            )
            more = f'<p class="nothing">{html.escape(text)}</p>'
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>" + more


def person_html(
    person: PersonRecord, index: ContentCatalogue, matcher: TermMatcher, language: str | None = None
) -> str:
    """The person's page, in `language` (the pane's content language; None: the app's)."""
    words = in_language(language)
    names = [ja(person.name_ja)] if person.name_ja else []
    if person.name_native and person.name_native not in (person.name, person.name_ja):
        names.append(html.escape(person.name_native))
    if person.reading and person.reading != person.name_native:
        names.append(f"<i>{html.escape(person.reading)}</i>")
    roles = "".join(
        f"<li>{html.escape(name(role, language=language))} "
        f"({html.escape(_years(role.start, role.end, language))})</li>"
        for role in person.roles
    )
    deeds = "".join(f"<li>{html.escape(_deed(deed, language))}</li>" for deed in person.deeds)
    sources = "".join(f"<li>{source_html(source, language)}</li>" for source in person.sources)
    signed = signed_html(person, index, language)
    country = words.translate("PersonDetail", "{country}, {life}").format(
        country=country_name(person.country, language), life=life(person)
    )
    what_they_did = words.translate("PersonDetail", "What they did")
    where_named = words.translate("PersonDetail", "Where the content names them")
    description = linked_text(prose(person, "description", language), matcher, language=language)
    offices = words.translate("PersonDetail", "Offices")
    signed_title = words.translate("PersonDetail", "Agreements signed")
    sources_title = words.translate("PersonDetail", "Sources")
    return (
        f"<h1>{html.escape(person.name)}</h1>"
        f'<p class="subtitle">{" · ".join(names)}</p>'
        f"<p>{html.escape(country)}</p>"
        f"<p>{description}</p>"
        + (_section(offices, f"<ul>{roles}</ul>") if roles else "")
        + (_section(what_they_did, f"<ul>{deeds}</ul>") if deeds else "")
        + (_section(signed_title, signed) if signed else "")
        + _section(where_named, mentions_html(person, index, language))
        + (_section(sources_title, f"<ol>{sources}</ol>") if sources else "")
    )
