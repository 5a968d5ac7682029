"""What is shown under an answer: the card's explanation and its sources, as rich text."""

from __future__ import annotations

import html

from studyapp.content.records import Content, SourceRecord
from studyapp.i18n import in_language
from studyapp.study.cards import Card


def sources_by_key(content: Content) -> dict[str, SourceRecord]:
    """Every source cited anywhere in the content, by key."""
    found: dict[str, SourceRecord] = {}
    cited: list[tuple[SourceRecord, ...]] = []
    for agreement in content.agreements:
        cited.append(agreement.sources)
        cited.extend(clause.sources for clause in agreement.clauses)
        cited.extend(person.sources for person in agreement.signatories)
    for records in (content.events, content.eras, content.terms, content.topics):
        cited.extend(record.sources for record in records)
    for sources in cited:
        for source in sources:
            found.setdefault(source.key, source)
    return found


def details_html(card: Card, sources: dict[str, SourceRecord], language: str | None = None) -> str:
    """The explanation and sources, headed in `language` (the card's; None: the app's)."""
    parts = []
    if card.explanation:
        parts.append(f"<p>{html.escape(card.explanation)}</p>")
    cited = [sources[key] for key in card.source_keys if key in sources]
    if cited:
        items = "".join(f"<li>{_source(source)}</li>" for source in cited)
        sources_title = html.escape(in_language(language).translate("QuizDetails", "Sources"))
        parts.append(f"<p style='margin-bottom:0'><b>{sources_title}</b></p><ul>{items}</ul>")
    return "".join(parts)


def _source(source: SourceRecord) -> str:
    text = html.escape(source.citation)
    if source.url:
        text = f"<a href='{html.escape(source.url, quote=True)}'>{text}</a>"
    return text
