"""The glossary's detail pane: a term, its Japanese and reading, definition, sources, and where
the agreements, their clauses and the timeline's events mention it (plain Python, no widgets).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from studyapp.content.glossary_links import TermMatcher, term_occurrences
from studyapp.content.index import ContentIndex
from studyapp.content.records import TermRecord
from studyapp.date_text import format_date
from studyapp.i18n import QT_TRANSLATE_NOOP, in_language, translate
from studyapp.ui.shared.links import (
    AGREEMENT,
    CLAUSE,
    EVENT,
    anchor,
    linked_text,
    people_links,
    source_html,
)
from studyapp.ui.shared.reading_style import ja, secret_label
from studyapp.wording import clause_label, name, prose

NOT_MENTIONED = QT_TRANSLATE_NOOP(
    "GlossaryDetail", "Not mentioned in the agreements or on the timeline."
)


@dataclass(frozen=True)
class Occurrences:
    """For each term key, the agreements, clauses and events whose text mentions the term."""

    agreements: dict[str, list[str]]
    clauses: dict[str, list[str]]
    events: dict[str, list[str]]

    @classmethod
    def find(cls, index: ContentIndex, matcher: TermMatcher) -> Occurrences:
        content = index.content
        return cls(
            agreements=term_occurrences(
                matcher,
                (
                    (a.key, f"{a.title}\n{a.title_ja}\n{a.summary}\n{a.occasion}\n{a.consequences}")
                    for a in content.agreements
                ),
            ),
            clauses=term_occurrences(
                matcher, ((c.key, f"{c.title}\n{c.summary}") for c in index.clauses.values())
            ),
            events=term_occurrences(
                matcher,
                ((e.key, f"{e.title}\n{e.title_ja}\n{e.description}") for e in content.events),
            ),
        )

    def count(self, term_key: str) -> int:
        return sum(
            len(found.get(term_key, ())) for found in (self.agreements, self.clauses, self.events)
        )


def _list(items: Sequence[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _section(title: str, items: Sequence[str]) -> str:
    return f"<h3>{html.escape(title)}</h3>{_list(items)}"


def occurrences_html(
    term_key: str, occurrences: Occurrences, index: ContentIndex, language: str | None = None
) -> str:
    """Where the term occurs, in `language` (the pane's content language; None: the app's)."""
    words = in_language(language)
    parts = []
    agreements = [index.agreements[key] for key in occurrences.agreements.get(term_key, [])]
    if agreements:
        items = [
            anchor(AGREEMENT, a.key, f"{html.escape(name(a, language=language))} ({a.signed.year})")
            for a in agreements
        ]
        parts.append(_section(words.translate("GlossaryDetail", "Agreements"), items))
    clauses = [index.clauses[key] for key in occurrences.clauses.get(term_key, [])]
    if clauses:
        items = []
        for clause in clauses:
            year = index.agreements[clause.agreement_key].signed.year
            marker = f"{secret_label(language)} " if clause.is_secret else ""
            text = words.translate("GlossaryDetail", "{year} {label}: {title}").format(
                year=year,
                label=clause_label(clause.label, language),
                title=name(clause, language=language),
            )  # the label says SECRET
            items.append(f"{marker}{anchor(CLAUSE, clause.key, html.escape(text))}")
        parts.append(_section(words.translate("GlossaryDetail", "Clauses"), items))
    events = [index.events[key] for key in occurrences.events.get(term_key, [])]
    if events:
        items = [
            f"{html.escape(format_date(e.date, e.precision, language=language))} "
            + anchor(EVENT, e.key, html.escape(name(e, language=language)))
            for e in events
        ]
        parts.append(_section(words.translate("GlossaryDetail", "Events"), items))
    nothing = html.escape(translate("GlossaryDetail", NOT_MENTIONED, language=language))
    return "".join(parts) or f'<p class="nothing">{nothing}</p>'


def term_html(
    term: TermRecord,
    occurrences: Occurrences,
    index: ContentIndex,
    matcher: TermMatcher,
    language: str | None = None,
) -> str:
    """The term's page, in `language` (the pane's content language; None: the app's)."""
    words = in_language(language)
    sources = "".join(f"<li>{source_html(source, language)}</li>" for source in term.sources)
    reading = f" · <i>{html.escape(term.reading)}</i>" if term.reading else ""
    named = people_links(index.people_in.get(("term", term.key), ()), language)
    people = html.escape(words.translate("GlossaryDetail", "People:"))
    where = html.escape(words.translate("GlossaryDetail", "Where it occurs"))
    sources_title = html.escape(words.translate("GlossaryDetail", "Sources"))
    definition = linked_text(
        prose(term, "definition", language), matcher, exclude=[term.key], language=language
    )
    return (
        f"<h1>{html.escape(term.term)}</h1>"
        f'<p class="subtitle">{ja(term.term_ja)}{reading}</p>'
        f"<p>{definition}</p>"
        + (f"<p><span class='small'>{people}</span> {named}</p>" if named else "")
        + f"<h2>{where}</h2>{occurrences_html(term.key, occurrences, index, language)}"
        + (f"<h2>{sources_title}</h2><ol>{sources}</ol>" if sources else "")
    )
