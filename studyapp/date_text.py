"""Dates as the app writes them, in English and Japanese: the one home of date formatting.

Every view and card writes its dates through here, in the app's language (studyapp.i18n)
unless given a `language` (a pane showing its content in the other language):
"30 July 1907", "July 1907", "1907" in English; 1907年7月30日, 1907年7月, 1907年 in Japanese;
era dates 明治40年7月30日 (明治元年 for the first year) or "Meiji 40, 30 July"; Julian (Old
Style) dates in either. Month names are written here, never by strftime, which follows the
desktop's locale once Qt is up. Qt-free.
"""

from __future__ import annotations

import datetime as dt

from studyapp import calendars, i18n
from studyapp.calendars import MONTH_NAMES, EraYear
from studyapp.content.vocabulary import DatePrecision


def _japanese(language: str | None) -> bool:
    return (language or i18n.language()) == i18n.JAPANESE


def month_name(month: int, *, language: str | None = None) -> str:
    """ "July", or 7月."""
    return f"{month}月" if _japanese(language) else MONTH_NAMES[month - 1]


def month_abbreviation(month: int, *, language: str | None = None) -> str:
    """ "Jul", or 7月 (Japanese months need no shorter form)."""
    return f"{month}月" if _japanese(language) else MONTH_NAMES[month - 1][:3]


def day_and_month(day: int, month: int, *, language: str | None = None) -> str:
    """ "30 July", or 7月30日."""
    if _japanese(language):
        return f"{month}月{day}日"
    return f"{day} {MONTH_NAMES[month - 1]}"


def format_parts(
    year: int, month: int | None = None, day: int | None = None, *, language: str | None = None
) -> str:
    """ "30 July 1907", "July 1907" or "1907"; 1907年7月30日, 1907年7月 or 1907年."""
    if _japanese(language):
        if month is None:
            return f"{year}年"
        return f"{year}年{month}月" + ("" if day is None else f"{day}日")
    if month is None:
        return str(year)
    if day is None:
        return f"{MONTH_NAMES[month - 1]} {year}"
    return f"{day} {MONTH_NAMES[month - 1]} {year}"


def _parts(date: dt.date, precision: str) -> tuple[int, int | None, int | None]:
    if precision == DatePrecision.YEAR:
        return (date.year, None, None)
    if precision == DatePrecision.MONTH:
        return (date.year, date.month, None)
    return (date.year, date.month, date.day)


def format_date(
    date: dt.date, precision: str = DatePrecision.DAY, *, language: str | None = None
) -> str:
    """A Gregorian date at its precision (day, month or year)."""
    return format_parts(*_parts(date, precision), language=language)


def format_short_date(date: dt.date, *, language: str | None = None) -> str:
    """ "30 Mar 2026" (the month abbreviated), or 2026年3月30日."""
    if _japanese(language):
        return format_date(date, language=language)
    return f"{date.day} {month_abbreviation(date.month, language=language)} {date.year}"


def format_julian(date: dt.date, *, language: str | None = None) -> str:
    """The Julian (Old Style) label of the Gregorian `date`: "17 July 1907", 1907年7月17日."""
    julian = calendars.to_julian(date)
    return format_parts(julian.year, julian.month, julian.day, language=language)


def era_year_text(era_year: EraYear, *, language: str | None = None) -> str:
    """ "Meiji 40", or 明治40年 (明治元年 for the first year)."""
    return era_year.japanese if _japanese(language) else era_year.english


def format_era_date(
    date: dt.date, precision: str = DatePrecision.DAY, *, language: str | None = None
) -> str:
    """The date in the Japanese era calendar: 明治40年7月30日, or "Meiji 40, 30 July".

    Raises ValueError before 1873, when Japan did not count Gregorian days yet.
    """
    era_year = calendars.to_era_year(date)
    year, month, day = _parts(date, precision)
    del year
    if _japanese(language):
        text = era_year.japanese
        if month is not None:
            text += f"{month}月" + ("" if day is None else f"{day}日")
        return text
    if month is None:
        return era_year.english
    if day is None:
        return f"{era_year.english}, {MONTH_NAMES[month - 1]}"
    return f"{era_year.english}, {day} {MONTH_NAMES[month - 1]}"


def format_span(
    start: dt.date,
    end: dt.date | None,
    precision: str = DatePrecision.DAY,
    *,
    language: str | None = None,
) -> str:
    """ "30 July 1907 – 4 July 1910", 1907年7月30日～1910年7月4日; the start alone if no end."""
    first = format_date(start, precision, language=language)
    if end is None:
        return first
    dash = "～" if _japanese(language) else " – "
    return f"{first}{dash}{format_date(end, precision, language=language)}"


WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAYS_JA = "月火水木金土日"


def weekday_name(date: dt.date, *, short: bool = False, language: str | None = None) -> str:
    """ "Monday" ("Mon"), or 月曜日 (月)."""
    if _japanese(language):
        day = _WEEKDAYS_JA[date.weekday()]
        return day if short else f"{day}曜日"
    name = WEEKDAY_NAMES[date.weekday()]
    return name[:3] if short else name


def format_day(date: dt.date, *, language: str | None = None) -> str:
    """A day with its weekday: "Monday 3 June 2026", or 2026年6月3日（水）."""
    if _japanese(language):
        short = weekday_name(date, short=True, language=language)
        return f"{format_date(date, language=language)}（{short}）"
    return f"{weekday_name(date, language=language)} {format_date(date, language=language)}"
