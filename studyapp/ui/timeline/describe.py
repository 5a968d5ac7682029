"""Rich text for the timeline's tooltips and details pane. Qt-free.

Links in the details: sources open in the browser; `agreement:KEY` asks the main window to
open that agreement in the clause viewer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape

from studyapp.content.records import (
    AgreementRecord,
    EraRecord,
    EventRecord,
    PersonRecord,
    SourceRecord,
)
from studyapp.content.timeline_queries import TimelineItem
from studyapp.date_text import format_date
from studyapp.i18n import QT_TRANSLATE_NOOP, Context, in_language, translate
from studyapp.ui.shared.links import people_links
from studyapp.ui.timeline.axis import GREGORIAN
from studyapp.ui.timeline.dates import calendar_lines
from studyapp.wording import name, prose

AGREEMENT_LINK = "agreement:"
_KIND_NAMES = {
    "other": QT_TRANSLATE_NOOP("TimelineText", "Other events"),
    "treaty": QT_TRANSLATE_NOOP("TimelineText", "Treaty"),
    "diplomacy": QT_TRANSLATE_NOOP("TimelineText", "Diplomacy"),
    "war": QT_TRANSLATE_NOOP("TimelineText", "War"),
    "revolution": QT_TRANSLATE_NOOP("TimelineText", "Revolution"),
    "annexation": QT_TRANSLATE_NOOP("TimelineText", "Annexation"),
    "reign": QT_TRANSLATE_NOOP("TimelineText", "Reign"),
    "period": QT_TRANSLATE_NOOP("TimelineText", "Period"),
}
TimelineText = Context("TimelineText")  # the module's plurals (studyapp.i18n.Context)


def kind_name(kind: str, language: str | None = None) -> str:
    """A kind of event as the legend names it: "Treaty", "Revolution", "Other events"."""
    known = _KIND_NAMES.get(kind)
    if known:
        return translate("TimelineText", known, language=language)
    return kind.replace("-", " ").capitalize()


def _bookmarked(count: int, language: str | None = None) -> str:
    text = TimelineText.tr("★ %n bookmarked clauses", "", count, language=language)
    return f"<p>{escape(text)}</p>"


def _signed_at(agreement: AgreementRecord | TimelineItem, language: str | None = None) -> str:
    text = in_language(language).translate("TimelineText", "Signed at {place}")
    return f"<p>{escape(text.format(place=prose(agreement, 'place', language)))}</p>"


def _dates_table(
    date: dt.date,
    precision: str,
    end: dt.date | None,
    calendar: str,
    julian: bool = True,
    *,
    language: str | None = None,
) -> str:
    """The date in each calendar; `julian` False leaves the Old Style out (not in use)."""
    lines = calendar_lines(date, precision, end, first=calendar, julian=julian, language=language)
    rows = "".join(
        f"<tr><td valign='top'>{escape(name)}:&nbsp;</td><td valign='top'>{escape(text)}</td></tr>"
        for name, text in lines
    )
    return f"<table cellspacing='0' cellpadding='1'>{rows}</table>"


def _titles(title: str, title_ja: str, heading: str) -> str:
    text = f"<{heading}>{escape(title)}</{heading}>"
    if title_ja and title_ja != title:  # in Japanese the title is already the Japanese one
        text += f"<p lang='ja'>{escape(title_ja)}</p>"
    return text


def event_tooltip(event: TimelineItem | EventRecord, calendar: str = GREGORIAN) -> str:
    kind = f"<p><i>{escape(kind_name(event.kind))}</i></p>"
    return (
        _titles(name(event), event.title_ja, "b")
        + kind
        + _dates_table(event.date, event.precision, event.end, calendar, event.shows_julian)
    )


def agreement_tooltip(
    agreement: TimelineItem, calendar: str = GREGORIAN, bookmarked: int = 0
) -> str:
    text = _titles(name(agreement), agreement.title_ja, "b")
    text += _signed_at(agreement)
    text += _dates_table(agreement.date, "day", None, calendar)
    if bookmarked:
        text += _bookmarked(bookmarked)
    hint = escape(translate("TimelineText", "Enter or double-click opens it in the clause viewer."))
    return text + f"<p><i>{hint}</i></p>"


def _sources(sources: tuple[SourceRecord, ...], language: str | None = None) -> str:
    if not sources:
        return ""
    items = []
    for source in sources:
        citation = escape(source.citation)
        item = (
            f"<a href='{escape(source.url, quote=True)}'>{citation}</a>" if source.url else citation
        )
        if note := prose(source, "note", language):  # note_ja in Japanese
            item += f" — {escape(note)}"
        items.append(f"<li>{item}</li>")
    title = escape(in_language(language).translate("TimelineText", "Sources"))
    return f"<h4>{title}</h4><ul>{''.join(items)}</ul>"


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(part)}</p>" for part in text.split("\n\n") if part.strip())


def event_details(
    event: EventRecord,
    calendar: str = GREGORIAN,
    people: Sequence[PersonRecord] = (),
    language: str | None = None,
) -> str:
    """The event's details; `people` are those its text names, linked to the People view.
    All in `language` (the pane's content language; None: the app's)."""
    text = _titles(name(event, language=language), event.title_ja, "h3")
    text += f"<p><i>{escape(kind_name(event.kind, language))}</i></p>"
    text += _dates_table(
        event.date, event.precision, event.end, calendar, event.shows_julian, language=language
    )
    text += _paragraphs(prose(event, "description", language))
    if people:
        label = escape(in_language(language).translate("TimelineText", "People:"))
        text += f"<p>{label} {people_links(people, language)}</p>"
    return text + _sources(event.sources, language)


def agreement_details(
    agreement: AgreementRecord,
    calendar: str = GREGORIAN,
    bookmarked: int = 0,
    language: str | None = None,
) -> str:
    """The agreement's details, in `language` (None: the app's)."""
    words = in_language(language)
    text = _titles(name(agreement, language=language), agreement.title_ja, "h3")
    text += _signed_at(agreement, language)
    text += _dates_table(agreement.signed, "day", None, calendar, language=language)
    link = f"{AGREEMENT_LINK}{escape(agreement.key, quote=True)}"
    opens = escape(words.translate("TimelineText", "Open in the clause viewer"))
    text += f"<p><a href='{link}'>{opens}</a> (Enter)</p>"
    if bookmarked:
        text += _bookmarked(bookmarked, language)
    summary = _paragraphs(prose(agreement, "summary", language))
    return text + summary + _sources(agreement.sources, language)


PLACEHOLDER = QT_TRANSLATE_NOOP(
    "TimelineText",
    "Select an event or an agreement: click it, or use ← and → to step through them in "
    "date order. Enter opens it.",
)


def placeholder(language: str | None = None) -> str:
    text = translate("TimelineText", PLACEHOLDER, language=language)
    return f"<p>{escape(text)}</p>"


def era_tooltip(era: EraRecord) -> str:
    end = format_date(era.end) if era.end else "…"
    text = _titles(name(era, "name"), era.name_ja, "b")
    text += f"<p>{escape(format_date(era.start))} – {escape(end)}</p>"
    return text + _paragraphs(prose(era, "description"))
