"""The glossary's detail pane: a term, its Japanese and reading, definition, sources, and where
the agreements, their clauses and the timeline's events mention it (plain Python, no widgets).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from functools import partial

from studyapp.content import view_queries
from studyapp.content.catalogue import ContentCatalogue
from studyapp.content.glossary_links import TermMatcher
from studyapp.content.records import TermRecord
from studyapp.content.view_queries import Occurrences
from studyapp.date_text import format_date
from studyapp.i18n import QT_TRANSLATE_NOOP, InLanguage, in_language, number_text, translate
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


def _list(items: Sequence[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _section(title: str, items: Sequence[str]) -> str:
    return f"<h3>{html.escape(title)}</h3>{_list(items)}"


# How many texts of each kind the detail lists: a term named in thousands of texts (a large
# course) would otherwise make a page that takes seconds to lay out; the rest are counted.
SHOWN_PER_KIND = 50


def _more(found: Occurrences | None, words: InLanguage, language: str | None) -> str:
    """The line that says how many texts of a kind are not listed, if any."""
    left = found.total - min(len(found.keys), SHOWN_PER_KIND) if found is not None else 0
    if left <= 0:
        return ""
    text = words.translate("GlossaryDetail", "…and {count} more").format(
        count=number_text(left, language)
    )
    return f'<p class="nothing">{html.escape(text)}</p>'


def occurrences_html(
    occurrences: Mapping[str, Occurrences] | Sequence[tuple[str, str]],
    index: ContentCatalogue,
    language: str | None = None,
) -> str:
    """The agreements, clauses and events that name a term, linked, in `language` (the
    pane's content language; None: the app's). `occurrences`: the first few of each kind and
    their count, as view_queries.term_occurrences reads them, or every (kind, key) pair."""
    if not isinstance(occurrences, Mapping):
        occurrences = _by_kind(occurrences)
    words = in_language(language)
    parts = []

    def keys(kind: str) -> list[str]:
        found = occurrences.get(kind)
        return list(found.keys[:SHOWN_PER_KIND]) if found is not None else []

    agreement_keys = keys("agreement")
    agreements = index.headings.many(agreement_keys) if agreement_keys else []
    if agreements:
        items = [
            anchor(AGREEMENT, a.key, f"{html.escape(name(a, language=language))} ({a.signed.year})")
            for a in agreements
        ]
        parts.append(_section(words.translate("GlossaryDetail", "Agreements"), items))
        parts.append(_more(occurrences.get("agreement"), words, language))
    clauses = index.clauses.many(keys("clause"))
    if clauses:
        # Only the headings of these clauses' agreements: the year of each.
        years = {
            h.key: h.signed.year
            for h in index.headings.many(list(dict.fromkeys(c.agreement_key for c in clauses)))
        }
        items = []
        for clause in clauses:
            marker = f"{secret_label(language)} " if clause.is_secret else ""
            text = words.translate("GlossaryDetail", "{year} {label}: {title}").format(
                year=years.get(clause.agreement_key, ""),
                label=clause_label(clause.label, language),
                title=name(clause, language=language),
            )  # the label says SECRET
            items.append(f"{marker}{anchor(CLAUSE, clause.key, html.escape(text))}")
        parts.append(_section(words.translate("GlossaryDetail", "Clauses"), items))
        parts.append(_more(occurrences.get("clause"), words, language))
    events = index.events.many(keys("event"))
    if events:
        items = [
            f"{html.escape(format_date(e.date, e.precision, language=language))} "
            + anchor(EVENT, e.key, html.escape(name(e, language=language)))
            for e in events
        ]
        parts.append(_section(words.translate("GlossaryDetail", "Events"), items))
        parts.append(_more(occurrences.get("event"), words, language))
    nothing = html.escape(translate("GlossaryDetail", NOT_MENTIONED, language=language))
    return "".join(parts) or f'<p class="nothing">{nothing}</p>'


def _by_kind(mentions: Sequence[tuple[str, str]]) -> dict[str, Occurrences]:
    keys: dict[str, list[str]] = {}
    for kind, key in mentions:
        keys.setdefault(kind, []).append(key)
    return {kind: Occurrences(tuple(found), len(found)) for kind, found in keys.items()}


def term_occurrences(index: ContentCatalogue, term_key: str) -> dict[str, Occurrences]:
    """Where the term occurs: the first SHOWN_PER_KIND texts of each kind, and the counts."""
    return index.read(
        partial(view_queries.term_occurrences, term_key=term_key, limit=SHOWN_PER_KIND)
    )


def term_html(
    term: TermRecord,
    index: ContentCatalogue,
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
        + f"<h2>{where}</h2>{occurrences_html(term_occurrences(index, term.key), index, language)}"
        + (f"<h2>{sources_title}</h2><ol>{sources}</ol>" if sources else "")
    )
