"""Reading typed dates and era years, and the era trap sentence, computed from the calendars."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studyapp.study.dates import (
    DateReading,
    era_trap,
    era_year_exists,
    era_years_in,
    format_date,
    format_julian,
    gregorian_year,
    parse_date,
    parse_era_year,
    read_date,
)

JULY_30 = dt.date(1907, 7, 30)


@pytest.mark.parametrize(
    "text",
    [
        "30 July 1907",
        "July 30, 1907",
        "30 Jul 1907",
        "Jul 30 1907",
        "30th of July, 1907",
        "the 30th of July 1907",
        "Tuesday, 30 July 1907",
        "30-Jul-1907",
        "1907-07-30",
        "1907/7/30",
        "30/7/1907",
        "30.7.1907",
        "30.07.1907",
        "7/30/1907",
        "1907年7月30日",
        "１９０７年７月３０日",
        "  30 JULY 1907. ",
    ],
)
def test_common_forms_of_a_date_are_read(text: str) -> None:
    assert parse_date(text) == JULY_30


@pytest.mark.parametrize(
    "text",
    ["", "July", "30 July", "30/7/07", "1907/30/7", "31/4/1907", "30 July 1907 or 1908", "x1907"],
)
def test_what_is_not_a_whole_date_is_not_read_as_one(text: str) -> None:
    assert parse_date(text) is None


def test_an_ambiguous_numeric_date_is_read_day_first_and_keeps_the_other_reading() -> None:
    reading = read_date("3/7/1907")
    assert reading == DateReading(1907, 7, 3, month_first=(1907, 3, 7))
    assert parse_date("3/7/1907") == dt.date(1907, 7, 3)


def test_a_numeric_date_with_one_possible_order_is_not_ambiguous() -> None:
    assert read_date("30/7/1907") == DateReading(1907, 7, 30)
    assert read_date("7/30/1907") == DateReading(1907, 7, 30)
    assert read_date("7/7/1907") == DateReading(1907, 7, 7)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("1907", DateReading(1907)),
        ("1907年", DateReading(1907)),
        ("July 1907", DateReading(1907, 7)),
        ("1907-07", DateReading(1907, 7)),
        ("7/1907", DateReading(1907, 7)),
        ("1907年7月", DateReading(1907, 7)),
    ],
)
def test_a_year_or_a_month_and_year_is_read_as_such(text: str, reading: DateReading) -> None:
    assert read_date(text) == reading


def test_julian_labels_include_a_29_february_the_gregorian_calendar_lacks() -> None:
    assert read_date("29 February 1900") is None
    assert read_date("29 February 1900", julian=True) == DateReading(1900, 2, 29)


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Meiji 45", "Meiji 45"),
        ("Meiji45", "Meiji 45"),
        ("M45", "Meiji 45"),
        ("m 45", "Meiji 45"),
        ("M.45", "Meiji 45"),
        ("meiji 45 nen", "Meiji 45"),
        ("明治45年", "Meiji 45"),
        ("明治45", "Meiji 45"),
        ("明治四十五年", "Meiji 45"),
        ("明治 ４５ 年", "Meiji 45"),
        ("大正元年", "Taishō 1"),
        ("Taisho 1", "Taishō 1"),
        ("Taishō 1", "Taishō 1"),
        ("TAISHOU 1?", "Taishō 1"),
        ("Taishoo 1", "Taishō 1"),
        ("Taisho gannen", "Taishō 1"),
        ("T1", "Taishō 1"),
        ("Shouwa 2", "Shōwa 2"),
        ("昭和十年", "Shōwa 10"),
        ("平成二十年", "Heisei 20"),
    ],
)
def test_era_years_are_read_in_every_form(text: str, english: str) -> None:
    era_year = parse_era_year(text)
    assert era_year is not None
    assert era_year.english == english


@pytest.mark.parametrize("text", ["", "45", "Meiji", "X45", "明治", "明治0年", "Meiji 45 1912"])
def test_what_is_not_an_era_year_is_not_read_as_one(text: str) -> None:
    assert parse_era_year(text) is None


def test_1912_is_both_meiji_45_and_taisho_1() -> None:
    assert [era_year.english for era_year in era_years_in(1912)] == ["Meiji 45", "Taishō 1"]
    assert [era_year.english for era_year in era_years_in(1913)] == ["Taishō 2"]


def test_an_era_year_exists_only_while_the_era_lasted() -> None:
    meiji_45, meiji_46 = parse_era_year("Meiji 45"), parse_era_year("Meiji 46")
    assert meiji_45 is not None and meiji_46 is not None
    assert era_year_exists(meiji_45)
    assert not era_year_exists(meiji_46)
    assert gregorian_year(meiji_45) == 1912


def test_the_trap_sentence_counts_the_weeks_to_the_new_era() -> None:
    sentence = era_trap(dt.date(1912, 7, 8))
    assert "Taishō era began only on 30 July 1912" in sentence
    assert "three weeks later" in sentence
    assert "Meiji 45" in sentence


def test_the_trap_sentence_after_the_change_looks_back() -> None:
    sentence = era_trap(dt.date(1912, 8, 8))
    assert "1912 began as Meiji 45" in sentence
    assert "Taishō 1" in sentence


def test_a_year_without_an_era_change_has_no_trap() -> None:
    assert era_trap(dt.date(1910, 7, 4)) == ""


def test_dates_are_shown_day_month_year_in_both_calendars() -> None:
    assert format_date(JULY_30) == "30 July 1907"
    assert format_julian(JULY_30) == "17 July 1907"


@given(st.text())
def test_reading_never_raises(text: str) -> None:
    read_date(text)
    read_date(text, julian=True)
    parse_date(text)
    parse_era_year(text)
