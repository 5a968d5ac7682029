"""Checking typed answers: lenient about form, strict about facts.

Form never matters: case, spaces, punctuation around and inside the answer, accents and
macrons (Taisho = Taishō), a long o or u written ou/oo/uu in romanised Japanese (Taishou),
kanji or kana where the Japanese is asked, and every common way of writing a date or an era
year (see `studyapp.study.dates`). Facts always matter: a wrong date, era year or term is
never accepted. Ambiguous numeric dates such as 3/7/1907 are read day first, and only that
reading can be accepted (the reasons are in `studyapp.study.dates`).

A near miss is a wrong answer that was nearly right: the right month and year with another
day, the right day and month in another year, the right era with another year, the Julian
date where the Gregorian was asked (or the other way round), or one letter off in a text
answer of six letters or more. It is still wrong; `Verdict.difference` says what differed.

An answer that cannot be read as what was asked (empty, or no date where a date is asked) is
not graded at all: `Verdict.graded` is False and `difference` says which forms are understood,
so the card can stay and nothing is logged.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from studyapp import calendars
from studyapp.calendars import EraYear
from studyapp.content.folding import fold
from studyapp.date_text import era_year_text, month_name
from studyapp.i18n import QT_TRANSLATE_NOOP, translate
from studyapp.study.dates import (
    DateReading,
    fold_romaji,
    format_parts,
    gregorian_year,
    parse_date,
    parse_era_year,
    read_date,
)
from studyapp.study.kana import kana_to_romaji
from studyapp.study.vocabulary import AnswerType

if TYPE_CHECKING:
    from collections.abc import Callable

    from studyapp.study.cards import Card

__all__ = ["Verdict", "check_answer", "compact_text", "kana_to_romaji", "parse_date"]


@dataclass(frozen=True, slots=True)
class Verdict:
    correct: bool
    near_miss: bool  # e.g. right month and year, wrong day; right era, wrong year
    expected: str  # the canonical answer
    given: str
    difference: str  # a short sentence on what differed; "" if correct
    # False when the answer could not be read as what was asked (empty, not a date): it is
    # neither right nor wrong, and `difference` says which forms are understood.
    graded: bool = True


# (correct, near miss, difference, graded)
_Outcome = tuple[bool, bool, str, bool]
_RIGHT: _Outcome = (True, False, "", True)


def _near(difference: str) -> _Outcome:
    return (False, True, difference, True)


def _wrong(difference: str) -> _Outcome:
    return (False, False, difference, True)


def _unreadable(difference: str) -> _Outcome:
    return (False, False, difference, False)


# What the checker understands, said when an answer cannot be read.
DATE_FORMS = QT_TRANSLATE_NOOP(
    "Answers",
    "30 July 1907, July 30, 1907, 1907-07-30, 30/7/1907, 1907年7月30日, 明治40年7月30日 "
    "or M40.7.30",
)
ERA_YEAR_FORMS = QT_TRANSLATE_NOOP(
    "Answers", "Meiji 40, M40, 明治40年, 明治四十年, 大正元年 or めいじ40"
)


def _tr(text: str) -> str:
    return translate("Answers", text)


def check_answer(card: Card, given: str) -> Verdict:
    """Whether `given` answers `card`, and if not, what differed.

    Numeric dates are read day first. "3/7/1907" answers 3 July 1907 and never 7 March
    1907, even for a student who meant it month first: accepting either reading would
    accept a wrong date. When the month-first reading would have been right, the verdict
    is a near miss that says so. "7/30/1907" has only one reading, so it is accepted.
    """
    if not compact_text(given):
        outcome = _unreadable(
            translate("Answers", "Nothing was typed: type the answer, then press Enter.")
        )
    else:
        checker = _CHECKERS.get(card.answer_type, _check_text)
        outcome = checker(card, given)
    correct, near_miss, difference, graded = outcome
    return Verdict(correct, near_miss and not correct, card.answer, given, difference, graded)


# Text ------------------------------------------------------------------------------------

_LEADING_ARTICLE = re.compile(r"^(?:the|a|an) ")
_LONG_VOWELS = "ōūŌŪôûâ"


@lru_cache(maxsize=16_384)  # the same answers are compared card after card (choices)
def plain_text(text: str) -> str:
    """Lower case, no accents, words separated by single spaces, no leading article."""
    words = re.sub(r"[\W_]+", " ", fold(unicodedata.normalize("NFKC", text))).strip()
    return _LEADING_ARTICLE.sub("", words)


def compact_text(text: str) -> str:
    """`plain_text` without spaces: the form in which two answers are the same answer."""
    return plain_text(text).replace(" ", "")


def _romaji_key(text: str) -> str:
    """The compact form of romanised Japanese or kana, with long vowels as single letters."""
    return compact_text(fold_romaji(kana_to_romaji(unicodedata.normalize("NFKC", text))))


@lru_cache(maxsize=16_384)
def _targets(answers: tuple[str, ...], romaji: bool) -> dict[str, str]:
    """The compact forms of the accepted answers, each to its answer as written."""
    key = _romaji_key if romaji else compact_text
    return {key(answer): answer for answer in answers if key(answer)}


def _check_text(card: Card, given: str, *, romaji: bool = False) -> _Outcome:
    answers = (card.answer, *card.accepted)
    # Romanised Japanese in a text answer (a long vowel marked) is matched as such too.
    romaji = romaji or any(mark in answer for answer in answers for mark in _LONG_VOWELS)
    targets = _targets(answers, romaji)
    typed = (_romaji_key if romaji else compact_text)(given)
    if typed in targets:
        return _RIGHT
    if card.answer_type != AnswerType.CHOICE:
        for target, written in targets.items():
            if sum(char.isalpha() for char in target) >= 6 and _one_edit_apart(typed, target):
                return _near(
                    translate("Answers", "One letter is off: it is spelt {written}.").format(
                        written=written
                    )
                )
    return _wrong(_the_answer_is(card.answer))


def _the_answer_is(answer: str) -> str:
    return translate("Answers", "The answer is {answer}.").format(answer=answer)


def _check_japanese(card: Card, given: str) -> _Outcome:
    return _check_text(card, given, romaji=True)


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether one substitution, insertion, deletion or swap of neighbours turns a into b."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    if len(a) == len(b):
        swapped = a[start + 1 : start + 2] + a[start : start + 1] == b[start : start + 2]
        return a[start + 1 :] == b[start + 1 :] or (swapped and a[start + 2 :] == b[start + 2 :])
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[start + 1 :] == shorter[start:]


# Dates -----------------------------------------------------------------------------------


@lru_cache(maxsize=16_384)
def _expected_date(answer: str, julian: bool) -> DateReading | None:
    return read_date(answer, julian=julian)


def _shown(reading: DateReading) -> str:
    return format_parts(*reading.parts)


def _check_date(card: Card, given: str, *, julian: bool = False) -> _Outcome:
    expected = _expected_date(card.answer, julian)
    if expected is None:  # not a date after all: compare as text
        return _check_text(card, given)
    reading = read_date(given, julian=julian)
    if reading is None:
        return _unreadable(
            translate(
                "Answers", "That is not a date in a form I know. I understand {forms}."
            ).format(forms=_tr(DATE_FORMS))
        )
    if reading.note:
        return _wrong(reading.note)
    if not julian and reading.calendar == "julian":
        reading = _as_gregorian(reading)
    if reading.parts == expected.parts or (expected.day is None and _within(reading, expected)):
        return _RIGHT  # or a day in the month asked for, or a date in the year asked for
    near = _date_near_miss(expected, reading, julian)
    return _near(near) if near else _wrong(_the_answer_is(card.answer))


def _as_gregorian(reading: DateReading) -> DateReading:
    """An Old Style day ("17 July 1907 O.S.") as the Gregorian day it was."""
    if reading.month is None or reading.day is None:
        return reading
    day = calendars.from_julian(calendars.JulianDate(reading.year, reading.month, reading.day))
    return DateReading(day.year, day.month, day.day, calendar="gregorian")


def _within(inner: DateReading, outer: DateReading) -> bool:
    """Whether the day or month `inner` names lies in the month or year `outer` names."""
    return (
        inner.year == outer.year
        and outer.month in (None, inner.month)
        and outer.day in (None, inner.day)
    )


def _date_near_miss(expected: DateReading, reading: DateReading, julian: bool) -> str:
    """What differs, if the typed date was nearly right; "" if it was not."""
    return _misread(expected, reading, julian) or _one_part_differs(expected, reading)


def _misread(expected: DateReading, reading: DateReading, julian: bool) -> str:
    """The right day, but read in the other order or labelled in the other calendar."""
    right = _shown(expected)
    if reading.month_first == expected.parts:
        return translate(
            "Answers",
            "Numbers are read day first, so that is {date}; write the month as a word to be sure.",
        ).format(date=_shown(reading))
    if reading.parts == _other_calendar(expected, julian):
        if julian:
            text = translate(
                "Answers",
                "That is the Gregorian (New Style) date; Russia's Julian calendar said {right}.",
            )
        else:
            text = translate(
                "Answers", "That is the Julian (Old Style) date; the Gregorian date is {right}."
            )
        return text.format(right=right)
    return ""


def _one_part_differs(expected: DateReading, reading: DateReading) -> str:
    """Only the day, only the month or only the year is wrong, or only part was given."""
    if _within(expected, reading):  # "1907" or "July 1907" where more was asked
        return translate(
            "Answers", "Only part of the date was given: the answer is {date}."
        ).format(date=_shown(expected))
    if expected.month is None:
        if abs(reading.year - expected.year) != 1:
            return ""
        return translate("Answers", "The year is off by one: {right}, not {typed}.").format(
            right=format_parts(expected.year), typed=format_parts(reading.year)
        )
    if reading.month is None:
        return ""
    names = ("year", "month", "day")
    asked = [name for name, ours in zip(names, expected.parts, strict=True) if ours is not None]
    differing = [
        name
        for name, ours, theirs in zip(names, expected.parts, reading.parts, strict=True)
        if name in asked and ours != theirs
    ]
    if len(differing) != 1:
        return ""
    words = {
        "year": (format_parts(expected.year), format_parts(reading.year)),
        "month": (month_name(expected.month), month_name(reading.month)),
        "day": (str(expected.day), str(reading.day)),
    }[differing[0]]
    sentence = {
        "year": QT_TRANSLATE_NOOP("Answers", "The year differs: {right}, not {typed}."),
        "month": QT_TRANSLATE_NOOP("Answers", "The month differs: {right}, not {typed}."),
        "day": QT_TRANSLATE_NOOP("Answers", "The day differs: {right}, not {typed}."),
    }[differing[0]]
    return _tr(sentence).format(right=words[0], typed=words[1])


def _other_calendar(expected: DateReading, julian: bool) -> tuple[int, int, int] | None:
    """The label of the same day in the other calendar (Julian for Gregorian, and back)."""
    year, month, day = expected.parts
    if month is None or day is None:
        return None
    if julian:
        gregorian = calendars.from_julian(calendars.JulianDate(year, month, day))
        return (gregorian.year, gregorian.month, gregorian.day)
    other = calendars.to_julian(dt.date(year, month, day))
    return (other.year, other.month, other.day)


def _check_julian(card: Card, given: str) -> _Outcome:
    return _check_date(card, given, julian=True)


# Era years -------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _expected_era_year(answer: str) -> EraYear | None:
    return parse_era_year(answer)


def _check_era_year(card: Card, given: str) -> _Outcome:
    expected = _expected_era_year(card.answer)
    if expected is None:
        return _check_text(card, given)
    typed = parse_era_year(given)
    if typed == expected:
        return _RIGHT
    if typed is None:
        return _not_an_era_year(expected, given)
    right, wrong = era_year_text(expected), era_year_text(typed)
    if typed.era == expected.era:
        return _near(
            translate("Answers", "The year differs: {right}, not {typed}.").format(
                right=right, typed=wrong
            )
        )
    if gregorian_year(typed) == gregorian_year(expected):
        return _near(
            translate("Answers", "{typed} is also {year}, but on that date it was {right}.").format(
                typed=wrong, year=format_parts(gregorian_year(typed)), right=right
            )
        )
    return _wrong(_the_answer_is(right))


def _not_an_era_year(expected: EraYear, given: str) -> _Outcome:
    reading = read_date(given)
    right = era_year_text(expected)
    if reading is not None and reading.parts == (gregorian_year(expected), None, None):
        return _near(
            translate("Answers", "{year} is right, but in the Japanese era it is {right}.").format(
                year=format_parts(reading.year), right=right
            )
        )
    if reading is not None:
        return _wrong(
            translate("Answers", "Give the year in the Japanese era: {right}.").format(right=right)
        )
    return _unreadable(
        translate(
            "Answers",
            "That is not a year of a Japanese era in a form I know. I understand {forms}.",
        ).format(forms=_tr(ERA_YEAR_FORMS))
    )


_CHECKERS: dict[AnswerType, Callable[[Card, str], _Outcome]] = {
    AnswerType.DATE: _check_date,
    AnswerType.YEAR: _check_date,
    AnswerType.MONTH: _check_date,
    AnswerType.JULIAN_DATE: _check_julian,
    AnswerType.ERA_YEAR: _check_era_year,
    AnswerType.JAPANESE: _check_japanese,
    AnswerType.TEXT: _check_text,
    AnswerType.CHOICE: _check_text,
}
