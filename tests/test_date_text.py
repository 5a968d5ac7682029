"""The one home of date formatting, in English and Japanese (studyapp/date_text.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from studyapp.date_text import (
    format_date,
    format_day,
    format_era_date,
    format_julian,
    format_parts,
    format_span,
    month_abbreviation,
    month_name,
)

JULY_30 = dt.date(1907, 7, 30)


def test_english_dates_at_each_precision() -> None:
    assert format_date(JULY_30, language="en") == "30 July 1907"
    assert format_date(JULY_30, "month", language="en") == "July 1907"
    assert format_date(JULY_30, "year", language="en") == "1907"
    assert format_parts(1910, 1, language="en") == "January 1910"


def test_japanese_dates_at_each_precision() -> None:
    assert format_date(JULY_30, language="ja") == "1907年7月30日"
    assert format_date(JULY_30, "month", language="ja") == "1907年7月"
    assert format_date(JULY_30, "year", language="ja") == "1907年"


def test_era_dates_with_gannen_for_the_first_year() -> None:
    assert format_era_date(JULY_30, language="ja") == "明治40年7月30日"
    assert format_era_date(JULY_30, language="en") == "Meiji 40, 30 July"
    # Taishō began on 30 July 1912: its first year is 元年, and 29 July was still Meiji.
    assert format_era_date(dt.date(1912, 7, 30), language="ja") == "大正元年7月30日"
    assert format_era_date(dt.date(1912, 7, 29), language="ja") == "明治45年7月29日"
    assert format_era_date(dt.date(1926, 12, 25), "month", language="ja") == "昭和元年12月"
    assert format_era_date(dt.date(1916, 7, 3), "year", language="en") == "Taishō 5"


def test_no_era_date_before_japan_counted_gregorian_days() -> None:
    with pytest.raises(ValueError, match="1873"):
        format_era_date(dt.date(1872, 12, 31), language="ja")


def test_julian_old_style_labels_in_both_languages() -> None:
    # 30 July 1907 (New Style) was 17 July 1907 in Russia.
    assert format_julian(JULY_30, language="en") == "17 July 1907"
    assert format_julian(JULY_30, language="ja") == "1907年7月17日"
    # Across a year's end: 13 January 1918 N.S. was 31 December 1917 O.S.
    assert format_julian(dt.date(1918, 1, 13), language="ja") == "1917年12月31日"


def test_spans_weekdays_and_months() -> None:
    end = dt.date(1910, 7, 4)
    assert format_span(JULY_30, end, language="en") == "30 July 1907 – 4 July 1910"
    assert format_span(JULY_30, end, language="ja") == "1907年7月30日～1910年7月4日"
    assert format_day(dt.date(2026, 6, 3), language="en") == "Wednesday 3 June 2026"
    assert format_day(dt.date(2026, 6, 3), language="ja") == "2026年6月3日（水）"
    assert month_abbreviation(9, language="en") == "Sep"
    assert month_abbreviation(9, language="ja") == "9月"
    assert month_name(9, language="en") == "September"


def test_the_language_in_use_is_the_default() -> None:
    from studyapp import i18n

    i18n.set_backend(None, i18n.JAPANESE)
    try:
        assert format_date(JULY_30) == "1907年7月30日"
    finally:
        i18n.set_backend(None, i18n.ENGLISH)
    assert format_date(JULY_30) == "30 July 1907"


def test_the_search_panel_writes_dates_through_the_home() -> None:
    """It once wrote %B, which follows the desktop's locale once Qt is up."""
    from studyapp import i18n
    from studyapp.ui.search import formatting

    assert formatting._day(JULY_30) == "30 July 1907"
    assert formatting._day(JULY_30, "month") == "July 1907"
    i18n.set_backend(None, i18n.JAPANESE)
    try:
        assert formatting._day(JULY_30) == "1907年7月30日"
    finally:
        i18n.set_backend(None, i18n.ENGLISH)
