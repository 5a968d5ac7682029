"""A date as the three calendars of the period wrote it, for tooltips and details. Qt-free.

Russia counted days in the Julian calendar (Old Style) until 1918 and Japan counted years by
imperial era; the Gregorian date is the one the content stores. A date known only to the
month or year is written that way, and its Julian day is not guessed.
"""

from __future__ import annotations

import datetime as dt

from studyapp.calendars import MONTH_NAMES as MONTHS
from studyapp.calendars import to_era_year, to_julian
from studyapp.ui.timeline.axis import GREGORIAN, JAPANESE, JULIAN

CALENDAR_NAMES = {
    GREGORIAN: "Gregorian",
    JULIAN: "Julian (Old Style)",
    JAPANESE: "Japanese era",
}


def gregorian_text(date: dt.date, precision: str = "day") -> str:
    """'8 July 1912 (1912-07-08)', 'January 1910' or '1910'."""
    if precision == "year":
        return str(date.year)
    if precision == "month":
        return f"{MONTHS[date.month - 1]} {date.year}"
    return f"{date.day} {MONTHS[date.month - 1]} {date.year} ({date.isoformat()})"


def julian_text(date: dt.date, precision: str = "day") -> str | None:
    """'25 June 1912 (1912-06-25)'; None when only the month or year is known."""
    if precision != "day":
        return None
    julian = to_julian(date)
    return f"{julian.day} {MONTHS[julian.month - 1]} {julian.year} ({julian.isoformat()})"


def japanese_text(date: dt.date, precision: str = "day") -> str:
    """'明治45年7月8日 · Meiji 45, 8 July'; the era year alone for a year-precision date."""
    try:
        era_year = to_era_year(date)
    except ValueError:  # before 1873 there is no Gregorian era date to give
        return "—"
    month = MONTHS[date.month - 1]
    if precision == "year":
        return f"{era_year.japanese} · {era_year.english}"
    if precision == "month":
        return f"{era_year.japanese}{date.month}月 · {era_year.english}, {month}"
    return f"{era_year.japanese}{date.month}月{date.day}日 · {era_year.english}, {date.day} {month}"


def in_calendar(calendar: str, date: dt.date, precision: str = "day") -> str | None:
    if calendar == JULIAN:
        return julian_text(date, precision)
    if calendar == JAPANESE:
        return japanese_text(date, precision)
    return gregorian_text(date, precision)


def calendar_lines(
    date: dt.date,
    precision: str = "day",
    end: dt.date | None = None,
    first: str = GREGORIAN,
    *,
    julian: bool = True,
) -> list[tuple[str, str]]:
    """(calendar name, date text) for each calendar that can give the date, `first` first.

    `julian` False leaves out the Julian line: the Old Style was not in use for the event.
    """
    order = [first] + [calendar for calendar in CALENDAR_NAMES if calendar != first]
    lines = []
    for calendar in order:
        if calendar == JULIAN and not julian:
            continue
        text = in_calendar(calendar, date, precision)
        if text is None:
            continue
        if end is not None:
            text = f"{text} – {in_calendar(calendar, end, precision) or end.isoformat()}"
        lines.append((CALENDAR_NAMES[calendar], text))
    return lines
