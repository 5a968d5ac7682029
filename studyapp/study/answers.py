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
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from studyapp import calendars
from studyapp.calendars import MONTH_NAMES, EraYear
from studyapp.content.folding import fold
from studyapp.study.dates import (
    DateReading,
    fold_romaji,
    format_parts,
    gregorian_year,
    parse_date,
    parse_era_year,
    read_date,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from studyapp.study.cards import Card

__all__ = ["Verdict", "check_answer", "compact_text", "parse_date"]


@dataclass(frozen=True, slots=True)
class Verdict:
    correct: bool
    near_miss: bool  # e.g. right month and year, wrong day; right era, wrong year
    expected: str  # the canonical answer
    given: str
    difference: str  # a short sentence on what differed; "" if correct


# (correct, near miss, difference)
_Outcome = tuple[bool, bool, str]
_RIGHT: _Outcome = (True, False, "")


def _near(difference: str) -> _Outcome:
    return (False, True, difference)


def _wrong(difference: str) -> _Outcome:
    return (False, False, difference)


def check_answer(card: Card, given: str) -> Verdict:
    """Whether `given` answers `card`, and if not, what differed.

    Numeric dates are read day first. "3/7/1907" answers 3 July 1907 and never 7 March
    1907, even for a student who meant it month first: accepting either reading would
    accept a wrong date. When the month-first reading would have been right, the verdict
    is a near miss that says so. "7/30/1907" has only one reading, so it is accepted.
    """
    if not compact_text(given):
        outcome = _wrong("No answer was given.")
    else:
        checker = _CHECKERS.get(card.answer_type, _check_text)
        outcome = checker(card, given)
    correct, near_miss, difference = outcome
    return Verdict(correct, near_miss and not correct, card.answer, given, difference)


# Text ------------------------------------------------------------------------------------

_LEADING_ARTICLE = re.compile(r"^(?:the|a|an) ")
_LONG_VOWELS = "ōūŌŪôûâ"


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
    if card.answer_type != "choice":
        for target, written in targets.items():
            if sum(char.isalpha() for char in target) >= 6 and _one_edit_apart(typed, target):
                return _near(f"One letter is off: it is spelt {written}.")
    return _wrong(f"The answer is {card.answer}.")


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
        return _wrong(f"That is not a date in a form I know; write it like {card.answer}.")
    if expected.day is None and _within(reading, expected):
        return _RIGHT  # a day in the month asked for, or a date in the year asked for
    if reading.parts == expected.parts:
        return _RIGHT
    near = _date_near_miss(expected, reading, julian)
    if near:
        return _near(near)
    return _wrong(f"The answer is {card.answer}.")


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
        return (
            f"Numbers are read day first, so that is {_shown(reading)}; "
            "write the month as a word to be sure."
        )
    if reading.parts == _other_calendar(expected, julian):
        if julian:
            return f"That is the Gregorian (New Style) date; Russia's Julian calendar said {right}."
        return f"That is the Julian (Old Style) date; the Gregorian date is {right}."
    return ""


def _one_part_differs(expected: DateReading, reading: DateReading) -> str:
    """Only the day, only the month or only the year is wrong, or only part was given."""
    if _within(expected, reading):  # "1907" or "July 1907" where more was asked
        return f"Only part of the date was given: the answer is {_shown(expected)}."
    if expected.month is None:
        off_by_one = abs(reading.year - expected.year) == 1
        return f"The year is off by one: {expected.year}, not {reading.year}." if off_by_one else ""
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
        "year": (str(expected.year), str(reading.year)),
        "month": (MONTH_NAMES[expected.month - 1], MONTH_NAMES[reading.month - 1]),
        "day": (str(expected.day), str(reading.day)),
    }[differing[0]]
    return f"The {differing[0]} differs: {words[0]}, not {words[1]}."


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
    if typed.era == expected.era:
        return _near(f"The year differs: {expected.english}, not {typed.english}.")
    if gregorian_year(typed) == gregorian_year(expected):
        return _near(
            f"{typed.english} is also {gregorian_year(typed)}, but on that date it was "
            f"{expected.english}."
        )
    return _wrong(f"The answer is {expected.english}.")


def _not_an_era_year(expected: EraYear, given: str) -> _Outcome:
    reading = read_date(given)
    if reading is not None and reading.parts == (gregorian_year(expected), None, None):
        return _near(f"{reading.year} is right, but in the Japanese era it is {expected.english}.")
    return _wrong(f"Give the year in the Japanese era: {expected.english}.")


_CHECKERS: dict[str, Callable[[Card, str], _Outcome]] = {
    "date": _check_date,
    "year": _check_date,
    "month": _check_date,
    "julian-date": _check_julian,
    "era-year": _check_era_year,
    "japanese": _check_japanese,
    "text": _check_text,
    "choice": _check_text,
}


# Kana, so that a reading typed in hiragana or katakana counts ------------------------------

_KANA = (
    "あa いi うu えe おo かka きki くku けke こko さsa しshi すsu せse そso たta ちchi "
    "つtsu てte とto なna にni ぬnu ねne のno はha ひhi ふfu へhe ほho まma みmi むmu めme "
    "もmo やya ゆyu よyo らra りri るru れre ろro わwa ゐi ゑe をo んn がga ぎgi ぐgu げge "
    "ごgo ざza じji ずzu ぜze ぞzo だda ぢji づzu でde どdo ばba びbi ぶbu べbe ぼbo ぱpa "
    "ぴpi ぷpu ぺpe ぽpo ぁa ぃi ぅu ぇe ぉo ゔvu"
)
_KANA_ROMAJI = {pair[0]: pair[1:] for pair in _KANA.split()}
_SMALL_Y = {"ゃ": "a", "ゅ": "u", "ょ": "o"}
_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}


def kana_to_romaji(text: str) -> str:
    """Hepburn romaji for the kana in `text` (other characters are kept): きょうやく -> kyouyaku."""
    text = text.translate(_KATAKANA_TO_HIRAGANA)
    out: list[str] = []
    double_next = False
    for char in text:
        if char in _SMALL_Y and out and out[-1].endswith("i") and len(out[-1]) > 1:
            stem = out[-1][:-1]
            out[-1] = stem + ("" if stem.endswith(("sh", "ch", "j")) else "y") + _SMALL_Y[char]
            continue
        if char == "っ":
            double_next = True
            continue
        if char == "ー" and out and out[-1][-1:] in "aeiou":
            out.append(out[-1][-1])
            continue
        romaji = _KANA_ROMAJI.get(char, "y" + _SMALL_Y[char] if char in _SMALL_Y else char)
        if double_next and romaji[:1].isascii() and romaji[:1].isalpha():
            romaji = ("t" if romaji.startswith("ch") else romaji[0]) + romaji
        double_next = False
        out.append(romaji)
    return "".join(out)
