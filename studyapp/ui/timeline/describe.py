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
from studyapp.i18n import QT_TRANSLATE_NOOP, Context, translate
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


def kind_name(kind: str) -> str:
    """A kind of event as the legend names it: "Treaty", "Revolution", "Other events"."""
    known = _KIND_NAMES.get(kind)
    return translate("TimelineText", known) if known else kind.replace("-", " ").capitalize()


def _bookmarked(count: int) -> str:
    text = TimelineText.tr("★ %n bookmarked clauses", "", count)
    return f"<p>{escape(text)}</p>"


def _signed_at(agreement: AgreementRecord | TimelineItem) -> str:
    text = translate("TimelineText", "Signed at {place}").format(place=prose(agreement, "place"))
    return f"<p>{escape(text)}</p>"


def _dates_table(
    date: dt.date, precision: str, end: dt.date | None, calendar: str, julian: bool = True
) -> str:
    """The date in each calendar; `julian` False leaves the Old Style out (not in use)."""
    rows = "".join(
        f"<tr><td valign='top'>{escape(name)}:&nbsp;</td><td valign='top'>{escape(text)}</td></tr>"
        for name, text in calendar_lines(date, precision, end, first=calendar, julian=julian)
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


def _sources(sources: tuple[SourceRecord, ...]) -> str:
    if not sources:
        return ""
    items = []
    for source in sources:
        citation = escape(source.citation)
        item = (
            f"<a href='{escape(source.url, quote=True)}'>{citation}</a>" if source.url else citation
        )
        if note := prose(source, "note"):  # note_ja in Japanese
            item += f" — {escape(note)}"
        items.append(f"<li>{item}</li>")
    title = escape(translate("TimelineText", "Sources"))
    return f"<h4>{title}</h4><ul>{''.join(items)}</ul>"


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(part)}</p>" for part in text.split("\n\n") if part.strip())


def event_details(
    event: EventRecord, calendar: str = GREGORIAN, people: Sequence[PersonRecord] = ()
) -> str:
    """The event's details; `people` are those its text names, linked to the People view."""
    text = _titles(name(event), event.title_ja, "h3")
    text += f"<p><i>{escape(kind_name(event.kind))}</i></p>"
    text += _dates_table(event.date, event.precision, event.end, calendar, event.shows_julian)
    text += _paragraphs(prose(event, "description"))
    if people:
        label = escape(translate("TimelineText", "People:"))
        text += f"<p>{label} {people_links(people)}</p>"
    return text + _sources(event.sources)


def agreement_details(
    agreement: AgreementRecord, calendar: str = GREGORIAN, bookmarked: int = 0
) -> str:
    text = _titles(name(agreement), agreement.title_ja, "h3")
    text += _signed_at(agreement)
    text += _dates_table(agreement.signed, "day", None, calendar)
    link = f"{AGREEMENT_LINK}{escape(agreement.key, quote=True)}"
    opens = escape(translate("TimelineText", "Open in the clause viewer"))
    text += f"<p><a href='{link}'>{opens}</a> (Enter)</p>"
    if bookmarked:
        text += _bookmarked(bookmarked)
    return text + _paragraphs(prose(agreement, "summary")) + _sources(agreement.sources)


PLACEHOLDER = QT_TRANSLATE_NOOP(
    "TimelineText",
    "Select an event or an agreement: click it, or use ← and → to step through them in "
    "date order. Enter opens it.",
)


def placeholder() -> str:
    text = translate("TimelineText", PLACEHOLDER)
    return f"<p>{escape(text)}</p>"


def era_tooltip(era: EraRecord) -> str:
    end = format_date(era.end) if era.end else "…"
    text = _titles(name(era, "name"), era.name_ja, "b")
    text += f"<p>{escape(format_date(era.start))} – {escape(end)}</p>"
    return text + _paragraphs(prose(era, "description"))
