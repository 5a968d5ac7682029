"""The agreement and its clauses as HTML for a QTextBrowser (plain Python, no widgets).

Each clause is a card: a one-cell table, because Qt's rich text draws borders and backgrounds
on tables only. The card's title link carries the anchor `clause-KEY`, which is how the view
scrolls to a clause and finds the clause under a click. Everything is written in the
context's `language` (the pane's content language; None: the app's), headings included, so
a pane showing the other language reads wholly in it.
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
from studyapp.date_text import format_date, format_era_date, format_julian, format_parts
from studyapp.i18n import JAPANESE, QT_TRANSLATE_NOOP, in_language, is_japanese
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
from studyapp.wording import clause_label, country_name, name, prose

NO_PUBLIC_ARTICLES = QT_TRANSLATE_NOOP(
    "AgreementReading", "No public articles: the whole agreement was secret."
)
CLAUSE_ANCHOR = "clause-"


@dataclass(frozen=True)
class RenderContext:
    colours: ReadingColours
    matcher: TermMatcher
    topics: Mapping[str, TopicRecord]
    notes: Mapping[str, str]  # bookmarked clause key -> its note ("" for none)
    current_clause: str | None = None
    two_columns: bool = True
    # The people each text names, by (kind, key), as ContentCatalogue.people_in holds them.
    people_in: Mapping[tuple[str, str], Sequence[PersonRecord]] = field(default_factory=dict)
    language: str | None = None  # the content's language; None: the app's


def day_month_year(day: int, month: int, year: int, language: str | None = None) -> str:
    return format_parts(year, month, day, language=language)


def calendar_dates(signed: dt.date, language: str | None = None) -> list[tuple[str, str]]:
    """The signing date in the three calendars, as (calendar, HTML) rows."""
    words = in_language(language)
    julian = to_julian(signed)
    era = to_era_year(signed)
    old_style = words.translate("AgreementReading", "{date} O.S.").format(
        date=format_julian(signed, language=language)
    )
    era_ja = ja(format_era_date(signed, language=JAPANESE))
    gregorian = html.escape(format_date(signed, language=language))
    era_text = (
        era_ja if is_japanese(language) else f"{html.escape(era.english)}, {gregorian} · {era_ja}"
    )
    return [
        (words.translate("AgreementReading", "Gregorian"), gregorian),
        (
            words.translate("AgreementReading", "Julian (Russia, Old Style)"),
            f'{html.escape(old_style)} <span class="muted">({julian.isoformat()})</span>',
        ),
        (words.translate("AgreementReading", "Japanese era"), era_text),
    ]


def _facts_table(rows: list[tuple[str, str]]) -> str:
    body = "".join(
        f'<tr><td class="fact-name">{html.escape(name)}</td><td>{value}</td></tr>'
        for name, value in rows
    )
    return f'<table class="facts" cellspacing="0" cellpadding="0">{body}</table>'


def _signatories(agreement: AgreementRecord, language: str | None = None) -> str:
    words = in_language(language)
    hint = words.translate("AgreementReading", "Open in People")
    lines = [
        anchor(PERSON, s.person_key, f"<b>{html.escape(s.name)}</b>", "person", hint)
        + f" {ja(s.name_ja)} — "
        + html.escape(
            words.translate("AgreementReading", "{office}, {country}").format(
                office=prose(s, "office", language), country=country_name(s.country, language)
            )
        )
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


def topic_chips(
    clause: ClauseRecord, topics: Mapping[str, TopicRecord], language: str | None = None
) -> str:
    words = in_language(language)
    chips = []
    hint = words.translate("AgreementReading", "Compare the agreements on this topic")
    for key in clause.topics:
        topic = topics.get(key)
        # Non-breaking spaces keep a chip on one line.
        shown = html.escape(name(topic, "name", language) if topic else key).replace(" ", "&nbsp;")
        text = f'<span class="chip">&nbsp;{shown}&nbsp;</span>'
        chips.append(anchor(TOPIC, key, text, "quiet", hint))
    return " ".join(chips)


def clause_card(clause: ClauseRecord, context: RenderContext, *, compact: bool = False) -> str:
    """One clause as a card; `compact` leaves out sources and the bookmark controls."""
    secret = clause.is_secret
    language = context.language
    words = in_language(language)
    title = (
        f'<a name="{CLAUSE_ANCHOR}{clause.key}" href="{link(CLAUSE, clause.key)}" '
        f'class="quiet"><b>{html.escape(clause_label(clause.label, language))}</b> · '
        f"{html.escape(name(clause, language=language))}</a>"
    )
    # The SECRET label says it once, in words as well as colour: no "Secret" before the label.
    marker = f"{secret_label(language)}&nbsp; " if secret else ""
    heading = f'<p style="margin-bottom: 2px;">{marker}{title}</p>'
    summary = linked_text(prose(clause, "summary", language), context.matcher, language=language)
    body = [f"<p>{summary}</p>"]
    if clause.topics:
        topics = html.escape(words.translate("AgreementReading", "Topics:"))
        chips = topic_chips(clause, context.topics, language)
        body.append(f'<p><span class="small">{topics}</span> {chips}</p>')
    named = people_links(context.people_in.get(("clause", clause.key), ()), language)
    if named:
        people = html.escape(words.translate("AgreementReading", "People:"))
        body.append(f'<p><span class="small">{people}</span> {named}</p>')
    if not compact:
        note = context.notes.get(clause.key)
        if note:
            yours = html.escape(words.translate("AgreementReading", "Your note:"))
            body.append(
                f'<p class="note"><b>{yours}</b> {html.escape(note)}</p>'.replace("\n", "<br>")
            )
        if clause.sources:
            citations = "<br>".join(source_html(source, language) for source in clause.sources)
            sources = html.escape(words.translate("AgreementReading", "Sources:"))
            body.append(f'<p class="small">{sources}<br>{citations}</p>')
        heading = _with_bookmark_controls(
            heading, clause.key, clause.key in context.notes, language
        )
    current = clause.key == context.current_clause
    return _card(heading + "".join(body), context.colours, secret, current)


def _with_bookmark_controls(
    heading: str, key: str, bookmarked: bool, language: str | None = None
) -> str:
    words = in_language(language)
    if bookmarked:
        star = words.translate("AgreementReading", "★ Bookmarked")
        hint = words.translate("AgreementReading", "Remove the bookmark (Ctrl+D)")
    else:
        star = words.translate("AgreementReading", "☆ Bookmark")
        hint = words.translate("AgreementReading", "Bookmark this clause (Ctrl+D)")
    edit = words.translate("AgreementReading", "Edit note…")
    edit_hint = words.translate("AgreementReading", "Add or edit your note (Ctrl+Shift+D)")
    controls = (
        anchor(BOOKMARK, key, html.escape(star), "", hint)
        + " · "
        + anchor(NOTE, key, html.escape(edit), "", edit_hint)
    )
    # A line of its own under the heading: beside it, it would squeeze narrow columns.
    return f'{heading}<p class="small">{controls}</p>'


def _part_column(agreement: AgreementRecord, part: str, context: RenderContext) -> str:
    clauses = agreement.clauses_in(part)
    language = context.language
    words = in_language(language)
    if part == SECRET:
        title = html.escape(words.translate("AgreementReading", "Secret articles"))
        heading = f'<h2><a name="part-secret"></a><span class="secret-word">{title}</span></h2>'
    else:
        title = html.escape(words.translate("AgreementReading", "Public articles"))
        heading = f'<h2><a name="part-public"></a>{title}</h2>'
    if not clauses:
        if part == PUBLIC:
            text = words.translate("AgreementReading", NO_PUBLIC_ARTICLES)
        else:
            text = words.translate("AgreementReading", "No secret articles.")
        return f'{heading}<p class="nothing">{html.escape(text)}</p>'
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
    language = context.language
    words = in_language(language)
    facts = [
        *calendar_dates(agreement.signed, language),
        (
            words.translate("AgreementReading", "Place"),
            html.escape(prose(agreement, "place", language)),
        ),
        (words.translate("AgreementReading", "Signatories"), _signatories(agreement, language)),
    ]
    named = people_links(context.people_in.get(("agreement", agreement.key), ()), language)
    if named:
        facts.append((words.translate("AgreementReading", "People named"), named))
    # The title in the reader's language first, the other language under it.
    subtitle = html.escape(agreement.title) if is_japanese(language) else ja(agreement.title_ja)
    occasion = html.escape(words.translate("AgreementReading", "Occasion"))
    consequences = html.escape(words.translate("AgreementReading", "Consequences"))
    sources_title = html.escape(words.translate("AgreementReading", "Sources"))
    sources = "".join(f"<li>{source_html(source, language)}</li>" for source in agreement.sources)

    def linked(field: str) -> str:
        return linked_text(prose(agreement, field, language), context.matcher, language=language)

    return (
        f"<h1>{html.escape(name(agreement, language=language))}</h1>"
        f'<p class="subtitle">{subtitle}</p>'
        f"{_facts_table(facts)}"
        f"<p>{linked('summary')}</p>"
        f"<h2>{occasion}</h2><p>{linked('occasion')}</p>"
        f"{articles_html(agreement, context)}"
        f"<h2>{consequences}</h2>"
        f"<p>{linked('consequences')}</p>"
        f"<h2>{sources_title}</h2><ol>{sources}</ol>"
    )
