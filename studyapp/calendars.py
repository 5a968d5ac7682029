"""Gregorian dates shown in the other calendars of the period, computed rather than typed in.

Russia kept the Julian calendar (Old Style) until February 1918, and Japan numbered its years
by imperial era. Both conversions are exact for the dates the app deals with.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# Proleptic Gregorian ordinal of 0001-01-01 is 1; the Julian calendar counts the same days
# with a different leap rule. The Julian Day Number ties both together.
_ORDINAL_TO_JDN = 1_721_425


@dataclass(frozen=True, slots=True)
class JulianDate:
    """A date in the Julian calendar. Not a `datetime.date`: those are always Gregorian."""

    year: int
    month: int
    day: int

    def isoformat(self) -> str:
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def to_julian(date: dt.date) -> JulianDate:
    """The Julian (Old Style) calendar date of the same day as the Gregorian `date`."""
    # Julian-calendar conversion from a Julian Day Number (Richards' algorithm, Julian branch).
    c = date.toordinal() + _ORDINAL_TO_JDN + 32082
    d = (4 * c + 3) // 1461
    e = c - (1461 * d) // 4
    m = (5 * e + 2) // 153
    day = e - (153 * m + 2) // 5 + 1
    month = m + 3 - 12 * (m // 10)
    year = d - 4800 + m // 10
    return JulianDate(year, month, day)


def from_julian(date: JulianDate) -> dt.date:
    """The Gregorian date of the same day as the Julian `date`."""
    a = (14 - date.month) // 12
    y = date.year + 4800 - a
    m = date.month + 12 * a - 3
    jdn = date.day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083
    return dt.date.fromordinal(jdn - _ORDINAL_TO_JDN)


# Soviet Russia dropped the Julian calendar: 31 January 1918 (Old Style) was followed by
# 14 February 1918 (New Style).
RUSSIA_GREGORIAN_FROM = dt.date(1918, 2, 14)


def old_style_in_use(date: dt.date) -> bool:
    """Whether Russia still counted days in the Julian calendar on the Gregorian `date`."""
    return date < RUSSIA_GREGORIAN_FROM


@dataclass(frozen=True, slots=True)
class Era:
    """A Japanese imperial era from its first day (Gregorian) on."""

    name: str
    name_ja: str
    start: dt.date


# Japan adopted the Gregorian calendar on Meiji 6-01-01 (1873-01-01). Before that its years
# followed the lunisolar calendar, so a Gregorian date cannot be mapped to an era year by
# its Gregorian year alone; the app refuses those dates instead of guessing.
FIRST_SUPPORTED_DATE = dt.date(1873, 1, 1)

ERAS: tuple[Era, ...] = (
    Era("Meiji", "明治", dt.date(1868, 1, 25)),  # Keiō 4-01-01, from which Meiji 1 counts
    Era("Taishō", "大正", dt.date(1912, 7, 30)),
    Era("Shōwa", "昭和", dt.date(1926, 12, 25)),
    Era("Heisei", "平成", dt.date(1989, 1, 8)),
    Era("Reiwa", "令和", dt.date(2019, 5, 1)),
)


@dataclass(frozen=True, slots=True)
class EraYear:
    """A year counted in a Japanese era: Meiji 45 is 1912 up to 29 July."""

    era: Era
    year: int

    @property
    def english(self) -> str:
        return f"{self.era.name} {self.year}"

    @property
    def japanese(self) -> str:
        # The first year of an era is written 元年 ("first year"), not 1年.
        number = "元" if self.year == 1 else str(self.year)
        return f"{self.era.name_ja}{number}年"


def era_of(date: dt.date) -> Era:
    """The era in which `date` falls."""
    if date < FIRST_SUPPORTED_DATE:
        raise ValueError(
            f"{date.isoformat()} is before Japan adopted the Gregorian calendar (1873-01-01)"
        )
    current = ERAS[0]
    for era in ERAS:
        if era.start <= date:
            current = era
    return current


def to_era_year(date: dt.date) -> EraYear:
    """The Japanese era and year of `date`, e.g. 1912-07-08 -> Meiji 45 (明治45年)."""
    era = era_of(date)
    return EraYear(era, date.year - era.start.year + 1)


def era_text(date: dt.date) -> str:
    """English era year, e.g. "Meiji 40"."""
    return to_era_year(date).english


def era_text_ja(date: dt.date) -> str:
    """Japanese era year, e.g. "明治40年"."""
    return to_era_year(date).japanese
