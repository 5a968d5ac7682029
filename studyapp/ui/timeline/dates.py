"""A date as the three calendars of the period wrote it, for tooltips and details. Qt-free.

Russia counted days in the Julian calendar (Old Style) until 1918 and Japan counted years by
imperial era; the Gregorian date is the one the content stores. A date known only to the
month or year is written that way, and its Julian day is not guessed.
"""

from __future__ import annotations

import datetime as dt

from studyapp import i18n
from studyapp.date_text import format_date, format_era_date, format_julian
from studyapp.ui.timeline.axis import GREGORIAN, JAPANESE, JULIAN

CALENDAR_NAMES = {
    GREGORIAN: i18n.QT_TRANSLATE_NOOP("TimelineCalendars", "Gregorian"),
    JULIAN: i18n.QT_TRANSLATE_NOOP("TimelineCalendars", "Julian (Old Style)"),
    JAPANESE: i18n.QT_TRANSLATE_NOOP("TimelineCalendars", "Japanese era"),
}


def calendar_name(calendar: str, language: str | None = None) -> str:
    """A calendar's name in `language` (by default the app's): "Julian (Old Style)",
    ユリウス暦（旧暦）."""
    return i18n.translate("TimelineCalendars", CALENDAR_NAMES[calendar], language=language)


def gregorian_text(date: dt.date, precision: str = "day", language: str | None = None) -> str:
    """'8 July 1912 (1912-07-08)', 'January 1910' or '1910'."""
    if precision != "day":
        return format_date(date, precision, language=language)
    return f"{format_date(date, language=language)} ({date.isoformat()})"


def julian_text(date: dt.date, precision: str = "day", language: str | None = None) -> str | None:
    """'25 June 1912 (1912-06-25)'; None when only the month or year is known."""
    if precision != "day":
        return None
    from studyapp.calendars import to_julian

    return f"{format_julian(date, language=language)} ({to_julian(date).isoformat()})"


def japanese_text(date: dt.date, precision: str = "day", language: str | None = None) -> str:
    """'明治45年7月8日 · Meiji 45, 8 July' (in Japanese, 明治45年7月8日 alone); the era year
    alone for a year-precision date."""
    try:
        japanese = format_era_date(date, precision, language=i18n.JAPANESE)
    except ValueError:  # before 1873 there is no Gregorian era date to give
        return "—"
    if i18n.is_japanese(language):
        return japanese
    return f"{japanese} · {format_era_date(date, precision, language=i18n.ENGLISH)}"


def in_calendar(
    calendar: str, date: dt.date, precision: str = "day", language: str | None = None
) -> str | None:
    if calendar == JULIAN:
        return julian_text(date, precision, language)
    if calendar == JAPANESE:
        return japanese_text(date, precision, language)
    return gregorian_text(date, precision, language)


def calendar_lines(
    date: dt.date,
    precision: str = "day",
    end: dt.date | None = None,
    first: str = GREGORIAN,
    *,
    julian: bool = True,
    language: str | None = None,
) -> list[tuple[str, str]]:
    """(calendar name, date text) for each calendar that can give the date, `first` first.

    `julian` False leaves out the Julian line: the Old Style was not in use for the event.
    """
    order = [first] + [calendar for calendar in CALENDAR_NAMES if calendar != first]
    lines = []
    for calendar in order:
        if calendar == JULIAN and not julian:
            continue
        text = in_calendar(calendar, date, precision, language)
        if text is None:
            continue
        if end is not None:
            until = in_calendar(calendar, end, precision, language) or end.isoformat()
            text = f"{text} – {until}"
        lines.append((calendar_name(calendar, language), text))
    return lines
