"""The agreement and its clauses as HTML for a QTextBrowser (plain Python, no widgets).

Each clause is a card: a one-cell table, because Qt's rich text draws borders and backgrounds
on tables only. The card's title link carries the anchor `clause-KEY`, which is how the view
scrolls to a clause and finds the clause under a click.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from studyapp.calendars import to_era_year, to_julian
from studyapp.content.glossary_links import TermMatcher
from studyapp.content.records import (
    PUBLIC,
    SECRET,
    AgreementRecord,
    ClauseRecord,
    PersonRecord,
    TopicRecord,
)
from studyapp.date_text import format_parts
from studyapp.ui.shared.links import (
    BOOKMARK,
    CLAUSE,
    NOTE,
    PERSON,
    TOPIC,
    anchor,
    link,
    linked_text,
    people_links,
    source_html,
)
from studyapp.ui.shared.reading_style import ReadingColours, ja, secret_label

NO_PUBLIC_ARTICLES = "No public articles: the whole agreement was secret."
CLAUSE_ANCHOR = "clause-"


@dataclass(frozen=True)
class RenderContext:
    colours: ReadingColours
    matcher: TermMatcher
    topics: Mapping[str, TopicRecord]
    notes: Mapping[str, str]  # bookmarked clause key -> its note ("" for none)
    current_clause: str | None = None
    two_columns: bool = True
    # The people each text names, by (kind, key), as ContentIndex.people_in holds them.
    people_in: Mapping[tuple[str, str], Sequence[PersonRecord]] = field(default_factory=dict)


def day_month_year(day: int, month: int, year: int) -> str:
    return format_parts(year, month, day)


def calendar_dates(signed: dt.date) -> list[tuple[str, str]]:
    """The signing date in the three calendars, as (calendar, HTML) rows."""
    julian = to_julian(signed)
    era = to_era_year(signed)
    return [
        ("Gregorian", day_month_year(signed.day, signed.month, signed.year)),
        (
            "Julian (Russia, Old Style)",
            f"{day_month_year(julian.day, julian.month, julian.year)} O.S. "
            f'<span class="muted">({julian.isoformat()})</span>',
        ),
        (
            "Japanese era",
            f"{html.escape(era.english)}, {day_month_year(signed.day, signed.month, signed.year)}"
            f" · {ja(f'{era.japanese}{signed.month}月{signed.day}日')}",
        ),
    ]


def _facts_table(rows: list[tuple[str, str]]) -> str:
    body = "".join(
        f'<tr><td class="fact-name">{html.escape(name)}</td><td>{value}</td></tr>'
        for name, value in rows
    )
    return f'<table class="facts" cellspacing="0" cellpadding="0">{body}</table>'


def _signatories(agreement: AgreementRecord) -> str:
    lines = [
        anchor(PERSON, s.person_key, f"<b>{html.escape(s.name)}</b>", "person", "Open in People")
        + f" {ja(s.name_ja)} — {html.escape(s.office)}, "
        f"{html.escape(s.country)}"
        for s in agreement.signatories
    ]
    return "<br>".join(lines)


def _card(content: str, colours: ReadingColours, secret: bool, current: bool) -> str:
    background = colours.secret_card if secret else colours.card
    border = colours.current if current else (colours.secret if secret else colours.card_border)
    width = 3 if current else (2 if secret else 1)
    return (
        f'<table width="100%" cellspacing="0" cellpadding="10" border="{width}" '
        f'style="border-style: solid; border-collapse: collapse; border-color: {border}; '
        f'background-color: {background}; margin-bottom: 10px;"><tr><td>'
        f"{content}</td></tr></table>"
    )


def topic_chips(clause: ClauseRecord, topics: Mapping[str, TopicRecord]) -> str:
    chips = []
    for key in clause.topics:
        topic = topics.get(key)
        # Non-breaking spaces keep a chip on one line.
        name = html.escape(topic.name if topic else key).replace(" ", "&nbsp;")
        text = f'<span class="chip">&nbsp;{name}&nbsp;</span>'
        chips.append(anchor(TOPIC, key, text, "quiet", "Compare the agreements on this topic"))
    return " ".join(chips)


def clause_card(clause: ClauseRecord, context: RenderContext, *, compact: bool = False) -> str:
    """One clause as a card; `compact` leaves out sources and the bookmark controls."""
    secret = clause.is_secret
    title = (
        f'<a name="{CLAUSE_ANCHOR}{clause.key}" href="{link(CLAUSE, clause.key)}" '
        f'class="quiet"><b>{html.escape(clause.label)}</b> · {html.escape(clause.title)}</a>'
    )
    # The SECRET label says it once, in words as well as colour: no "Secret" before the label.
    marker = f"{secret_label()}&nbsp; " if secret else ""
    heading = f'<p style="margin-bottom: 2px;">{marker}{title}</p>'
    body = [f"<p>{linked_text(clause.summary, context.matcher)}</p>"]
    if clause.topics:
        body.append(
            f'<p><span class="small">Topics:</span> {topic_chips(clause, context.topics)}</p>'
        )
    named = people_links(context.people_in.get(("clause", clause.key), ()))
    if named:
        body.append(f'<p><span class="small">People:</span> {named}</p>')
    if not compact:
        note = context.notes.get(clause.key)
        if note:
            body.append(
                f'<p class="note"><b>Your note:</b> {html.escape(note)}</p>'.replace("\n", "<br>")
            )
        if clause.sources:
            citations = "<br>".join(source_html(source) for source in clause.sources)
            body.append(f'<p class="small">Sources:<br>{citations}</p>')
        heading = _with_bookmark_controls(heading, clause.key, clause.key in context.notes)
    current = clause.key == context.current_clause
    return _card(heading + "".join(body), context.colours, secret, current)


def _with_bookmark_controls(heading: str, key: str, bookmarked: bool) -> str:
    star = "★ Bookmarked" if bookmarked else "☆ Bookmark"
    hint = "Remove the bookmark (Ctrl+D)" if bookmarked else "Bookmark this clause (Ctrl+D)"
    controls = (
        anchor(BOOKMARK, key, star, "", hint)
        + " · "
        + anchor(NOTE, key, "Edit note…", "", "Add or edit your note (Ctrl+Shift+D)")
    )
    # A line of its own under the heading: beside it, it would squeeze narrow columns.
    return f'{heading}<p class="small">{controls}</p>'


def _part_column(agreement: AgreementRecord, part: str, context: RenderContext) -> str:
    clauses = agreement.clauses_in(part)
    if part == SECRET:
        heading = (
            '<h2><a name="part-secret"></a><span class="secret-word">Secret articles</span></h2>'
        )
    else:
        heading = '<h2><a name="part-public"></a>Public articles</h2>'
    if not clauses:
        text = NO_PUBLIC_ARTICLES if part == PUBLIC else "No secret articles."
        return f'{heading}<p class="nothing">{text}</p>'
    return heading + "".join(clause_card(clause, context) for clause in clauses)


def articles_html(agreement: AgreementRecord, context: RenderContext) -> str:
    public = _part_column(agreement, PUBLIC, context)
    secret = _part_column(agreement, SECRET, context)
    if not (context.two_columns and agreement.clauses_in(PUBLIC) and agreement.clauses_in(SECRET)):
        return public + secret
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 12px;"><tr>'
        f'<td width="50%" style="padding-right: 10px;">{public}</td>'
        f'<td width="50%" style="padding-left: 10px;">{secret}</td>'
        "</tr></table>"
    )


def agreement_html(agreement: AgreementRecord, context: RenderContext) -> str:
    facts = [
        *calendar_dates(agreement.signed),
        ("Place", html.escape(agreement.place)),
        ("Signatories", _signatories(agreement)),
    ]
    named = people_links(context.people_in.get(("agreement", agreement.key), ()))
    if named:
        facts.append(("People named", named))
    sources = "".join(f"<li>{source_html(source)}</li>" for source in agreement.sources)
    matcher = context.matcher
    return (
        f"<h1>{html.escape(agreement.title)}</h1>"
        f'<p class="subtitle">{ja(agreement.title_ja)}</p>'
        f"{_facts_table(facts)}"
        f"<p>{linked_text(agreement.summary, matcher)}</p>"
        f"<h2>Occasion</h2><p>{linked_text(agreement.occasion, matcher)}</p>"
        f"{articles_html(agreement, context)}"
        f"<h2>Consequences</h2><p>{linked_text(agreement.consequences, matcher)}</p>"
        f"<h2>Sources</h2><ol>{sources}</ol>"
    )
