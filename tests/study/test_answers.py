"""Typed answers: every accepted form of the right answer counts, and no wrong answer does."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from studyapp import calendars
from studyapp.calendars import MONTH_NAMES, EraYear
from studyapp.study.answers import Verdict, check_answer, kana_to_romaji
from studyapp.study.cards import Card
from studyapp.study.dates import format_date, format_julian, format_parts
from studyapp.study.vocabulary import AnswerType, CardKind

ANSWER_TYPES = ("date", "month", "year", "era-year", "julian-date", "text", "japanese", "choice")
DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(1930, 12, 31))
ERA_DATES = st.dates(min_value=calendars.FIRST_SUPPORTED_DATE, max_value=dt.date(2030, 12, 31))


def card(answer: str, answer_type: str, accepted: tuple[str, ...] = ()) -> Card:
    return Card(
        key=f"test:{answer}",
        kind=CardKind.AGREEMENT_DATE,
        prompt="?",
        answer=answer,
        answer_type=AnswerType(answer_type),
        accepted=accepted,
        choices_pool="test",
        agreement_key=None,
        clause_key=None,
        explanation="",
        source_keys=(),
    )


def verdict(answer: str, answer_type: str, typed: str, accepted: tuple[str, ...] = ()) -> Verdict:
    return check_answer(card(answer, answer_type, accepted), typed)


def date_forms(year: int, month: int, day: int) -> list[str]:
    """Every form of a date the checker promises to read, for this date."""
    name = MONTH_NAMES[month - 1]
    abbr = name[:3]
    suffix = "th" if 10 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    forms = [
        f"{day} {name} {year}",
        f"{name} {day}, {year}",
        f"{day} {abbr} {year}",
        f"{abbr} {day} {year}",
        f"the {day}{suffix} of {name}, {year}",
        f"{day}-{abbr}-{year}",
        f"{year}-{month:02d}-{day:02d}",
        f"{year}/{month}/{day}",
        f"{day}/{month}/{year}",
        f"{day:02d}/{month:02d}/{year}",
        f"{day}.{month}.{year}",
        f"{year}年{month}月{day}日",
        f"{year}年{month}月{day}日".translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"}),
        f"  {name.upper()} {day} {year}. ",
    ]
    if month == 9:
        forms.append(f"{day} Sept {year}")
    if day > 12 or day == month:  # month first only where no other reading exists
        forms.append(f"{month}/{day}/{year}")
    return forms


ERA_KANA = {
    "Meiji": "めいじ",
    "Taishō": "たいしょう",
    "Shōwa": "しょうわ",
    "Heisei": "へいせい",
    "Reiwa": "れいわ",
}


def era_date_forms(date: dt.date) -> list[str]:
    """Every Japanese-era form of a Gregorian day the checker promises to read."""
    era_year = calendars.to_era_year(date)
    name, number, kanji = era_year.era.name, era_year.year, era_year.era.name_ja
    month, day = date.month, date.day
    plain = name.replace("ō", "o")
    forms = [
        f"{kanji}{number}年{month}月{day}日",
        f"{kanji}{kanji_number(number)}年{kanji_number(month)}月{kanji_number(day)}日",
        f"{ERA_KANA[name]}{number}年{month}月{day}日",
        f"{name[0]}{number}.{month}.{day}",
        f"{name[0].lower()}{number}/{month}/{day}",
        f"{plain} {number}.{month}.{day}",
        f"{day} {MONTH_NAMES[month - 1]} {name} {number}",
        f"{plain} {number}th year, {day} {MONTH_NAMES[month - 1]}",
    ]
    if number == 1:
        forms += [f"{kanji}元年{month}月{day}日", f"{kanji}元年{kanji_number(month)}月{day}日"]
    return forms


def era_forms(era_year: EraYear) -> list[str]:
    """Every form of an era year the checker promises to read."""
    name, year, kanji = era_year.era.name, era_year.year, era_year.era.name_ja
    plain = name.replace("ō", "o")
    forms = [
        era_year.english,
        era_year.japanese,
        f"{plain} {year}",
        f"{plain.upper()} {year}",
        f"{name.replace('ō', 'ou')} {year}",
        f"{name.replace('ō', 'oo')} {year}",
        f"{name[0]}{year}",
        f"{name[0].lower()} {year}",
        f"{kanji}{year}年",
        f"{kanji}{year}",
        f"{kanji}{kanji_number(year)}年",
    ]
    forms += [f"{ERA_KANA[name]}{year}年", f"{plain} {year}th year"]
    if year == 1:
        forms += [f"{kanji}元年", f"{plain} gannen"]
    return forms


def kanji_number(number: int) -> str:
    digits = "〇一二三四五六七八九"
    tens, ones = divmod(number, 10)
    written = ("" if tens == 1 else digits[tens]) + "十" if tens else ""
    return written + (digits[ones] if ones else "")


# Dates -----------------------------------------------------------------------------------


@given(DATES)
def test_the_right_date_is_accepted_in_every_form(date: dt.date) -> None:
    for form in date_forms(date.year, date.month, date.day):
        assert verdict(format_date(date), "date", form).correct, form


@given(DATES)
def test_the_right_date_is_accepted_in_every_japanese_era_form(date: dt.date) -> None:
    for form in era_date_forms(date):
        assert verdict(format_date(date), "date", form).correct, form


@given(DATES, DATES)
def test_a_wrong_date_is_never_accepted_in_any_form(answer: dt.date, other: dt.date) -> None:
    assume(answer != other)
    julian = calendars.to_julian(other)
    old_style = date_forms(julian.year, julian.month, julian.day)
    forms = [
        *date_forms(other.year, other.month, other.day),
        *era_date_forms(other),
        *(f"{form} O.S." for form in old_style[:3]),
    ]
    for form in forms:
        result = verdict(format_date(answer), "date", form)
        assert not result.correct, form
        assert result.difference


@given(st.dates(min_value=dt.date(1912, 7, 30), max_value=dt.date(1912, 12, 31)))
def test_a_day_written_in_an_era_that_had_ended_is_never_accepted(date: dt.date) -> None:
    # Meiji 45 ended on 29 July 1912: 明治45年8月1日 names no day at all.
    for form in (f"明治45年{date.month}月{date.day}日", f"M45.{date.month}.{date.day}"):
        result = verdict(format_date(date), "date", form)
        assert (result.correct, result.graded) == (False, True), form
        assert "Meiji era ran" in result.difference


@given(DATES)
def test_an_old_style_date_marked_so_names_its_gregorian_day(date: dt.date) -> None:
    julian = calendars.to_julian(date)
    for form in date_forms(julian.year, julian.month, julian.day)[:6]:
        for mark in (" O.S.", " (Old Style)", " OS"):
            assert verdict(format_date(date), "date", form + mark).correct, form + mark
            assert verdict(format_julian(date), "julian-date", form + mark).correct, form + mark


@given(DATES)
def test_the_right_julian_date_is_accepted_in_every_form(date: dt.date) -> None:
    label = calendars.to_julian(date)
    for form in date_forms(label.year, label.month, label.day):
        assert verdict(format_julian(date), "julian-date", form).correct, form


@given(DATES, DATES)
def test_a_wrong_julian_date_is_never_accepted(answer: dt.date, other: dt.date) -> None:
    assume(answer != other)
    label = calendars.to_julian(other)
    for form in date_forms(label.year, label.month, label.day):
        assert not verdict(format_julian(answer), "julian-date", form).correct, form


@given(DATES, DATES)
def test_a_year_question_takes_the_year_alone_and_nothing_else(
    answer: dt.date, other: dt.date
) -> None:
    assert verdict(str(answer.year), "year", str(answer.year)).correct
    assert verdict(str(answer.year), "year", f"{answer.year}年").correct
    assume(answer.year != other.year)
    assert not verdict(str(answer.year), "year", str(other.year)).correct


@given(DATES, DATES)
def test_a_month_question_takes_the_month_and_year(answer: dt.date, other: dt.date) -> None:
    expected = format_parts(answer.year, answer.month)
    for form in (expected, f"{answer.year}-{answer.month:02d}", f"{answer.year}年{answer.month}月"):
        assert verdict(expected, "month", form).correct, form
    assume((answer.year, answer.month) != (other.year, other.month))
    assert not verdict(expected, "month", format_parts(other.year, other.month)).correct
    assert not verdict(expected, "month", format_date(other)).correct


def test_an_ambiguous_numeric_date_counts_only_in_its_day_first_reading() -> None:
    assert verdict("3 July 1907", "date", "3/7/1907").correct
    # Typed month first, 7/3/1907 means 3 July; read day first it is 7 March, so it is wrong.
    american = verdict("3 July 1907", "date", "7/3/1907")
    assert not american.correct
    assert american.near_miss
    assert "day first" in american.difference
    assert not verdict("7 March 1907", "date", "3/7/1907").correct


@pytest.mark.parametrize(
    ("typed", "difference"),
    [
        ("3 July 1907", "The day differs: 30, not 3."),
        ("30 July 1908", "The year differs: 1907, not 1908."),
        ("30 June 1907", "The month differs: July, not June."),
        (
            "17 July 1907",
            "That is the Julian (Old Style) date; the Gregorian date is 30 July 1907.",
        ),
        ("July 1907", "Only part of the date was given: the answer is 30 July 1907."),
        ("1907", "Only part of the date was given: the answer is 30 July 1907."),
    ],
)
def test_near_misses_of_a_date_say_what_differed(typed: str, difference: str) -> None:
    result = verdict("30 July 1907", "date", typed)
    assert (result.correct, result.near_miss, result.difference) == (False, True, difference)
    assert result.expected == "30 July 1907"
    assert result.given == typed


def test_the_gregorian_date_is_a_near_miss_where_the_julian_is_asked() -> None:
    result = verdict("17 July 1907", "julian-date", "30 July 1907")
    assert result.near_miss
    assert "Gregorian" in result.difference


@pytest.mark.parametrize("typed", ["1 January 1910", "8 July 1912", "12/11/1905", "July 1908"])
def test_a_far_wrong_date_is_wrong_and_not_near(typed: str) -> None:
    result = verdict("30 July 1907", "date", typed)
    assert not result.correct
    assert not result.near_miss


def test_a_year_off_by_one_is_a_near_miss() -> None:
    result = verdict("1910", "year", "1911")
    assert (result.correct, result.near_miss) == (False, True)


@pytest.mark.parametrize("typed", ["summer 1907", "last summer", "  ", "", "Meiji", "明治"])
@pytest.mark.parametrize("answer_type", ["date", "julian-date"])
def test_an_answer_that_is_no_date_is_not_graded_and_says_which_forms_are_understood(
    typed: str, answer_type: str
) -> None:
    result = verdict("30 July 1907", answer_type, typed)
    assert (result.correct, result.graded) == (False, False)
    assert "1907年7月30日" in result.difference or "Nothing was typed" in result.difference


@pytest.mark.parametrize("typed", ["", "sometime", "30 July"])
def test_an_answer_that_is_no_era_year_is_not_graded(typed: str) -> None:
    result = verdict("Meiji 40", "era-year", typed)
    assert result.graded is False
    assert result.difference


def test_empty_text_answers_are_not_graded_but_wrong_text_is() -> None:
    assert verdict("Manchuria", "text", " ").graded is False
    assert verdict("Manchuria", "text", "Korea").graded is True


@given(st.text(max_size=20))
def test_an_ungraded_date_answer_is_exactly_one_that_cannot_be_read(typed: str) -> None:
    from studyapp.study.dates import read_date

    result = verdict("30 July 1907", "date", typed)
    assert result.graded == (read_date(typed) is not None)


# Era years -------------------------------------------------------------------------------


@given(ERA_DATES)
def test_the_right_era_year_is_accepted_in_every_form(date: dt.date) -> None:
    era_year = calendars.to_era_year(date)
    for form in era_forms(era_year):
        assert verdict(era_year.english, "era-year", form, (era_year.japanese,)).correct, form


@given(ERA_DATES, ERA_DATES)
def test_a_wrong_era_year_is_never_accepted(answer: dt.date, other: dt.date) -> None:
    expected, typed = calendars.to_era_year(answer), calendars.to_era_year(other)
    assume(expected != typed)
    for form in era_forms(typed):
        assert not verdict(expected.english, "era-year", form, (expected.japanese,)).correct


def test_taisho_1_for_meiji_45_is_a_near_miss_that_explains_the_era() -> None:
    result = verdict("Meiji 45", "era-year", "大正元年")
    assert (result.correct, result.near_miss) == (False, True)
    assert result.difference == "Taishō 1 is also 1912, but on that date it was Meiji 45."


def test_the_right_era_with_another_year_is_a_near_miss() -> None:
    result = verdict("Meiji 45", "era-year", "M44")
    assert (result.near_miss, result.difference) == (
        True,
        "The year differs: Meiji 45, not Meiji 44.",
    )


def test_the_gregorian_year_where_the_era_year_is_asked_is_a_near_miss() -> None:
    assert verdict("Meiji 45", "era-year", "1912").near_miss
    assert not verdict("Meiji 45", "era-year", "1911").near_miss


# Text and Japanese -----------------------------------------------------------------------

SPECIAL_INTERESTS = ("特殊権益 (tokushu ken'eki)", "japanese", ("特殊権益", "tokushu ken'eki"))
AGREEMENT = ("日露協約 (Nichi-Ro kyōyaku)", "japanese", ("日露協約", "Nichi-Ro kyōyaku"))


@pytest.mark.parametrize(
    "typed",
    [
        "日露協約",
        "Nichi-Ro kyōyaku",
        "nichi-ro kyoyaku",
        "NICHIRO KYOUYAKU",
        "Nichi Ro kyooyaku.",
        "にちろきょうやく",
        "ニチロキョウヤク",
        "日露協約 (Nichi-Ro kyōyaku)",
        "  日露協約  ",
    ],
)
def test_the_japanese_is_accepted_in_kanji_kana_or_romaji_with_or_without_macrons(
    typed: str,
) -> None:
    assert verdict(*AGREEMENT[:2], typed, AGREEMENT[2]).correct


def test_a_reading_with_an_apostrophe_is_accepted_without_it_and_in_kana() -> None:
    for typed in ("tokushu keneki", "とくしゅけんえき", "Tokushu Ken'eki"):
        assert verdict(*SPECIAL_INTERESTS[:2], typed, SPECIAL_INTERESTS[2]).correct, typed


def test_a_wrong_japanese_answer_is_wrong() -> None:
    assert not verdict(*AGREEMENT[:2], "日露戦争", AGREEMENT[2]).correct
    assert not verdict(*AGREEMENT[:2], "Nichi-Ro sensō", AGREEMENT[2]).correct


@pytest.mark.parametrize(
    ("kana", "romaji"),
    [
        ("きょうやく", "kyouyaku"),
        ("ポーツマス", "pootsumasu"),
        ("しゃっきん", "shakkin"),
        ("まっちゃ", "matcha"),
        ("じょうやく", "jouyaku"),
        ("ゃ", "ya"),
    ],
)
def test_kana_become_hepburn_romaji(kana: str, romaji: str) -> None:
    assert kana_to_romaji(kana) == romaji


@pytest.mark.parametrize("typed", ["Taisho", "taishō", "TAISHOU", "Taishoo?", " taisho. "])
def test_romanised_japanese_ignores_case_macrons_and_long_vowel_spellings(typed: str) -> None:
    assert verdict("Taishō", "japanese", typed).correct


@pytest.mark.parametrize(
    "typed", ["Dalian", "dalny", "DAIREN", "Dalian (Dalny, Dairen)", "  dalian! "]
)
def test_a_text_answer_takes_each_accepted_name_in_any_case(typed: str) -> None:
    assert verdict("Dalian (Dalny, Dairen)", "text", typed, ("Dalian", "Dalny", "Dairen")).correct


def test_a_leading_article_and_inner_punctuation_do_not_matter() -> None:
    assert verdict("open door", "text", "The Open-Door").correct
    assert verdict("Russo-Japanese War", "text", "russo japanese war").correct


@pytest.mark.parametrize("typed", ["Manchuira", "Manchria", "Manchurai", "Manchuriaa", "Mancuria"])
def test_one_letter_off_in_a_long_text_answer_is_a_near_miss_not_correct(typed: str) -> None:
    result = verdict("Manchuria", "text", typed)
    assert (result.correct, result.near_miss) == (False, True)
    assert result.difference == "One letter is off: it is spelt Manchuria."


def test_one_letter_off_in_a_short_answer_is_simply_wrong() -> None:
    result = verdict("Qing", "text", "Qinq")
    assert (result.correct, result.near_miss) == (False, False)


def test_two_letters_off_is_wrong() -> None:
    assert not verdict("Manchuria", "text", "Manchuiar").near_miss


def test_a_choice_is_right_only_when_it_is_the_answer() -> None:
    assert verdict(
        "Third (1912) and Fourth (1916)", "choice", "Third (1912) and Fourth (1916)"
    ).correct
    wrong = verdict("Third (1912) and Fourth (1916)", "choice", "Third (1912)")
    assert (wrong.correct, wrong.near_miss) == (False, False)


# Robustness ------------------------------------------------------------------------------

ANSWERS = {
    "date": "30 July 1907",
    "month": "January 1910",
    "year": "1910",
    "era-year": "Meiji 45",
    "julian-date": "17 July 1907",
    "text": "Manchuria",
    "japanese": "満州 (Manshū)",
    "choice": "Public",
}
DATE_LIKE = st.text(alphabet="0123456789/.- 年月日元十一四五明治大正JulyMeijTaishōgn,", max_size=24)


@given(st.sampled_from(ANSWER_TYPES), st.one_of(st.text(), DATE_LIKE))
def test_no_typed_answer_ever_raises(answer_type: str, typed: str) -> None:
    result = verdict(ANSWERS[answer_type], answer_type, typed)
    assert result.correct or result.difference
    assert not (result.correct and result.near_miss)


def test_romanised_japanese_inside_a_text_answer_takes_long_vowel_spellings() -> None:
    assert verdict("Itō Hirobumi", "text", "Itou Hirobumi").correct
    assert verdict("Itō Hirobumi", "text", "ito hirobumi").correct
    assert not verdict("Itō Hirobumi", "text", "Ota Hirobumi").correct


def test_parse_date_is_offered_with_the_checker() -> None:
    from studyapp.study import answers

    assert answers.parse_date("July 30, 1907") == dt.date(1907, 7, 30)
