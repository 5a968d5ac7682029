"""Go to a date (Ctrl+G): what the reader typed, as the stretch of days to show.

A year, a month or a day, in any form the quiz accepts ("1910", "July 1910", "4/7/1910",
"1910-07-04", "1910年7月"), or a Japanese era year ("Taishō 3", "大正3年"). With the Julian
calendar chosen, a typed day is read as a Julian date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from studyapp.calendars import JulianDate, from_julian
from studyapp.study.dates import days_in_month, gregorian_year, parse_era_year, read_date
from studyapp.ui.timeline.axis import JULIAN


@dataclass(frozen=True)
class Stretch:
    first: dt.date
    last: dt.date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def read_stretch(text: str, calendar: str) -> Stretch | None:
    """The days `text` names, or None if it names none."""
    era_year = parse_era_year(text)
    if era_year is not None:
        year = gregorian_year(era_year)
        return Stretch(dt.date(year, 1, 1), dt.date(year, 12, 31))
    julian = calendar == JULIAN
    reading = read_date(text, julian=julian)
    if reading is None:
        return None
    year, month, day = reading.parts
    try:
        if month is None:
            return Stretch(dt.date(year, 1, 1), dt.date(year, 12, 31))
        if day is None:
            last = days_in_month(year, month)
            return Stretch(dt.date(year, month, 1), dt.date(year, month, last))
        date = from_julian(JulianDate(year, month, day)) if julian else dt.date(year, month, day)
    except ValueError:  # outside the dates the calendars cover
        return None
    return Stretch(date, date)
