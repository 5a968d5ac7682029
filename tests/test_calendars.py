"""Calendar conversions, checked against the dual dates in facts.md and the era boundaries."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studyapp import calendars
from studyapp.calendars import JulianDate

# Gregorian -> Julian pairs printed side by side in the period's documents (facts.md).
DUAL_DATES = [
    (dt.date(1907, 7, 30), JulianDate(1907, 7, 17)),
    (dt.date(1910, 7, 4), JulianDate(1910, 6, 21)),
    (dt.date(1912, 7, 8), JulianDate(1912, 6, 25)),
    (dt.date(1916, 7, 3), JulianDate(1916, 6, 20)),
    (dt.date(1905, 9, 5), JulianDate(1905, 8, 23)),
    (dt.date(1917, 11, 7), JulianDate(1917, 10, 25)),
    (dt.date(1921, 7, 14), JulianDate(1921, 7, 1)),
]


@pytest.mark.parametrize(("gregorian", "julian"), DUAL_DATES)
def test_julian_matches_the_dual_dates_of_the_documents(
    gregorian: dt.date, julian: JulianDate
) -> None:
    assert calendars.to_julian(gregorian) == julian
    assert calendars.from_julian(julian) == gregorian


def test_julian_gap_grows_after_1900_which_julian_counts_as_a_leap_year() -> None:
    assert calendars.to_julian(dt.date(1900, 2, 28)) == JulianDate(1900, 2, 16)
    # 1900-02-29 exists only in the Julian calendar, so the gap becomes 13 days on 1 March.
    assert calendars.to_julian(dt.date(1900, 3, 1)) == JulianDate(1900, 2, 17)
    assert calendars.to_julian(dt.date(1900, 3, 14)) == JulianDate(1900, 3, 1)


def test_russia_switched_calendars_on_1918_02_14() -> None:
    # The day after Julian 1918-01-31 was declared Gregorian 1918-02-14.
    assert calendars.to_julian(dt.date(1918, 2, 13)) == JulianDate(1918, 1, 31)


@given(st.dates(min_value=dt.date(1, 3, 1), max_value=dt.date(9999, 12, 31)))
def test_julian_round_trips(date: dt.date) -> None:
    assert calendars.from_julian(calendars.to_julian(date)) == date


# From 1900-03-14 on, 13 days back in the Gregorian calendar gives the Julian date's label.
# (Just before, the Julian calendar still counts its own 29 February 1900, which the
# Gregorian one has not: 1900-03-01 is Julian 02-17, not 02-16. The test above shows it.)
@given(st.dates(min_value=dt.date(1900, 3, 14), max_value=dt.date(2100, 2, 28)))
def test_julian_is_thirteen_days_behind_between_1900_and_2100(date: dt.date) -> None:
    julian = calendars.to_julian(date)
    assert dt.date(julian.year, julian.month, julian.day) == date - dt.timedelta(days=13)


@pytest.mark.parametrize(
    ("date", "english", "japanese"),
    [
        (dt.date(1907, 7, 30), "Meiji 40", "明治40年"),
        (dt.date(1910, 7, 4), "Meiji 43", "明治43年"),
        (dt.date(1912, 7, 8), "Meiji 45", "明治45年"),
        (dt.date(1916, 7, 3), "Taishō 5", "大正5年"),
        # The era boundaries, to the day.
        (dt.date(1912, 7, 29), "Meiji 45", "明治45年"),
        (dt.date(1912, 7, 30), "Taishō 1", "大正元年"),
        (dt.date(1926, 12, 24), "Taishō 15", "大正15年"),
        (dt.date(1926, 12, 25), "Shōwa 1", "昭和元年"),
        (dt.date(1927, 1, 1), "Shōwa 2", "昭和2年"),
        (dt.date(1989, 1, 7), "Shōwa 64", "昭和64年"),
        (dt.date(1989, 1, 8), "Heisei 1", "平成元年"),
        (dt.date(2019, 5, 1), "Reiwa 1", "令和元年"),
        (dt.date(1873, 1, 1), "Meiji 6", "明治6年"),
    ],
)
def test_era_years(date: dt.date, english: str, japanese: str) -> None:
    assert calendars.era_text(date) == english
    assert calendars.era_text_ja(date) == japanese


def test_dates_before_japan_adopted_the_gregorian_calendar_are_refused() -> None:
    with pytest.raises(ValueError, match="1873-01-01"):
        calendars.to_era_year(dt.date(1872, 12, 31))


@given(st.dates(min_value=dt.date(1873, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_era_year_counts_from_the_era_start(date: dt.date) -> None:
    era_year = calendars.to_era_year(date)
    assert era_year.era.start <= date
    assert era_year.year == date.year - era_year.era.start.year + 1
    assert era_year.year >= 1
