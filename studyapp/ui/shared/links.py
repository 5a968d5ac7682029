"""Links inside the reading panes: http(s) sources open in the browser, the rest in the app.

In-app links use their own scheme, `studyapp://KIND/KEY`, e.g. `studyapp://term/open-door`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from urllib.parse import quote, unquote, urlsplit

from studyapp.content.glossary_links import TermMatcher, first_mentions
from studyapp.content.records import PersonRecord, SourceRecord
from studyapp.i18n import in_language
from studyapp.wording import name, prose

SCHEME = "studyapp"

AGREEMENT = "agreement"
CLAUSE = "clause"
EVENT = "event"
TERM = "term"
TOPIC = "topic"
PERSON = "person"
BOOKMARK = "bookmark"  # toggle the bookmark of a clause
NOTE = "note"  # edit the note of a clause


def link(kind: str, key: str) -> str:
    return f"{SCHEME}://{kind}/{quote(key, safe='')}"


def parse_link(href: str) -> tuple[str, str] | None:
    """(kind, key) of an in-app link, or None for anything else."""
    parts = urlsplit(href)
    if parts.scheme != SCHEME or not parts.netloc:
        return None
    key = unquote(parts.path.lstrip("/"))
    return (parts.netloc, key) if key else None


def is_external(href: str) -> bool:
    return urlsplit(href).scheme in {"http", "https"}


def anchor(kind: str, key: str, text: str, css_class: str = "", title: str = "") -> str:
    """An <a> to an in-app target; `text` is HTML already."""
    attributes = f' class="{css_class}"' if css_class else ""
    if title:
        attributes += f' title="{html.escape(title)}"'
    return f'<a href="{link(kind, key)}"{attributes}>{text}</a>'


def linked_text(
    text: str, matcher: TermMatcher, exclude: Iterable[str] = (), language: str | None = None
) -> str:
    """`text` as HTML, the first mention of each glossary term linked to the glossary (the
    link's hint in `language`, the pane's content language; None: the app's)."""
    skip = set(exclude)
    hint = in_language(language).translate("Links", "Open in the glossary")
    pieces = []
    position = 0
    for start, end, key in first_mentions(m for m in matcher.find(text) if m[2] not in skip):
        pieces.append(html.escape(text[position:start]))
        pieces.append(
            anchor(
                TERM,
                key,
                html.escape(text[start:end]),
                "term",
                hint,
            )
        )
        position = end
    pieces.append(html.escape(text[position:]))
    return "".join(pieces)


def people_links(people: Iterable[PersonRecord], language: str | None = None) -> str:
    """The people a text names, each linked to the People view, or "" for none; their
    names in `language` (the pane's content language; None: the app's)."""
    words = in_language(language)
    title = words.translate("Links", "Open in People")
    comma = words.translate("i18n", ", ", "between the items of a list but the last two")
    return comma.join(
        anchor(PERSON, person.key, html.escape(name(person, "name", language)), "person", title)
        for person in people
    )


def source_html(source: SourceRecord, language: str | None = None) -> str:
    """A citation, linked when it has an address, with its note if any (in `language`, the
    pane's content language; None: the app's)."""
    citation = html.escape(source.citation)
    if source.url and is_external(source.url):
        citation = f'<a href="{html.escape(source.url)}">{citation}</a>'
    if note := prose(source, "note", language):  # note_ja in Japanese
        citation += f' <span class="muted">{html.escape(note)}</span>'
    return citation
