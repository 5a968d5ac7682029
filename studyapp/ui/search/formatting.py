"""How a search hit reads in the results list: a context line, the title, a snippet (Qt-free).

The delegate paints the HTML made here; colours come in as CSS from the palette, so the
marks read well in light and dark themes alike.
"""

from __future__ import annotations

import datetime as dt
import html

from studyapp.content.catalogue import ContentCatalogue
from studyapp.content.search import SearchHit
from studyapp.date_text import format_date
from studyapp.i18n import QT_TRANSLATE_NOOP, translate
from studyapp.ui.search.snippets import Span, clean_spans, make_snippet
from studyapp.wording import clause_label, name

KIND_LABELS = {
    "agreement": QT_TRANSLATE_NOOP("SearchHit", "Agreement"),
    "clause": QT_TRANSLATE_NOOP("SearchHit", "Clause"),
    "event": QT_TRANSLATE_NOOP("SearchHit", "Event"),
    "term": QT_TRANSLATE_NOOP("SearchHit", "Term"),
    "person": QT_TRANSLATE_NOOP("SearchHit", "Person"),
}


def kind_label(kind: str) -> str:
    label = KIND_LABELS.get(kind)
    return translate("SearchHit", label) if label else kind.capitalize()


def _day(date: dt.date, precision: str = "day") -> str:
    # Month names from the one date home, never %B: that follows the desktop's locale.
    return format_date(date, precision)


def hit_context(hit: SearchHit, index: ContentCatalogue) -> str:
    """What the hit is and where it belongs, e.g. "Clause · Third Russo-… · Secret Article II"."""
    parts = [kind_label(hit.kind)]
    if hit.kind == "clause" and (clause := index.clauses.get(hit.key)):
        agreement = index.agreement_heading(clause.agreement_key)
        if agreement is not None:
            parts.append(name(agreement))
        label = clause_label(clause.label)
        if clause.is_secret:
            parts.append(translate("SearchHit", "Secret {label}").format(label=label))
        else:
            parts.append(translate("SearchHit", "Public {label}").format(label=label))
    elif hit.kind == "event" and (event := index.events.get(hit.key)):
        parts.append(_day(event.date, event.precision))
    elif hit.kind == "agreement" and (heading := index.agreement_heading(hit.key)):
        parts.append(translate("SearchHit", "signed {date}").format(date=_day(heading.signed)))
    return " · ".join(parts)


def highlighted_html(text: str, spans: tuple[Span, ...], mark_style: str) -> str:
    """`text` as escaped HTML with each span wrapped in a <span style="{mark_style}">."""
    pieces: list[str] = []
    position = 0
    for start, end in clean_spans(spans, len(text)):
        pieces.append(html.escape(text[position:start]))
        pieces.append(f'<span style="{mark_style}">{html.escape(text[start:end])}</span>')
        position = end
    pieces.append(html.escape(text[position:]))
    return "".join(pieces)


def hit_html(hit: SearchHit, context: str, mark_style: str, muted_color: str) -> str:
    """The three lines of a result: context (muted), title (bold) and snippet, marks included."""
    snippet = make_snippet(*hit.matched_text)
    return (
        f'<div style="color:{muted_color}; font-size:small">{html.escape(context)}</div>'
        f"<div><b>{highlighted_html(hit.title, hit.title_spans, mark_style)}</b></div>"
        f"<div>{highlighted_html(snippet.text, snippet.spans, mark_style)}</div>"
    )


def hit_plain_text(hit: SearchHit, context: str) -> str:
    """The same three lines as plain text, for screen readers and tooltips."""
    return f"{context}\n{hit.title}\n{make_snippet(*hit.matched_text).text}"
