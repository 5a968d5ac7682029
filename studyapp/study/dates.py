"""Reading the dates and era years a student types, and writing them the way the cards show them.

Dates are read in any common form: "30 July 1907", "July 30, 1907", "30 Jul 1907",
"30th of July 1907", "1907-07-30", "1907/7/30", "30/7/1907", "30.7.1907", "1907年7月30日",
full-width digits included. Japanese-era dates are read too: "明治40年7月30日",
"明治四十年七月三十日", "大正元年8月1日", "めいじ40年7月30日", "M40.7.30", "T5.7.3",
"Meiji 40.7.30", "30 July Meiji 40", "Meiji 40th year, 30 July". An era date names a
Gregorian day (Japan counted Gregorian months and days from 1873), and a day outside its era
(明治45年8月1日: Meiji had ended) is read with a note that says so, never as right. A Julian
date may be marked "O.S.", "Old Style" or "(Julian)", a Gregorian one "N.S." or "New Style".
A month and year ("July 1907", "1907-07", "1907年7月") or a year
alone ("1907") are read as such, for the questions that ask only for those.

Numeric dates with the year last are read day first, as in Europe and Japan's neighbours:
"3/7/1907" is 3 July 1907. Where only one order makes a date ("7/30/1907") that order is
taken. Where both orders make a date and they differ ("3/7/1907" could also be 7 March),
the day-first reading is the reading, and the other one is kept in
`DateReading.month_first` only so that a checker can say why the answer was not accepted;
it is never accepted itself. So a typed date is accepted only if its day-first (or only)
reading is the right date, and a wrong date is never accepted.

Era years are read as "Meiji 45", "Meiji45", "M45", "m 45", "Taisho 1", "Taishou 1",
"Taishoo 1", "Taishō gannen", "明治45年", "明治45", "明治四十五年" and "大正元年" (元 = 1).
"""

from __future__ import annotations

__all__ = [
    "DateReading",
    "era_name",
    "era_trap",
    "format_date",
    "format_julian",
    "format_parts",
    "parse_date",
    "parse_era_year",
    "read_date",
]

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from studyapp import calendars
from studyapp.calendars import ERAS, MONTH_NAMES, Era, EraYear
from studyapp.content.folding import fold

# Dates are written by studyapp.date_text, the one home of date formatting; the cards
# import them from here, as they always have.
from studyapp.date_text import era_year_text, format_date, format_julian, format_parts
from studyapp.i18n import Context, is_japanese, translate
from studyapp.study.kana import kana_to_romaji

_MONTH_WORDS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, 1)}
_MONTH_WORDS |= {name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, 1)}
_MONTH_WORDS["sept"] = 9
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Words that may sit around a date without changing it: "the 30th of July", "Tue, 30 Jul".
_FILLER_WORDS = frozenset(
    {"the", "of", "on", "in", "st", "nd", "rd", "th", *_WEEKDAYS, *(d[:3] for d in _WEEKDAYS)}
)
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
_KANJI_DATE_MARKS = str.maketrans({"年": " ", "月": " ", "日": " "})


@dataclass(frozen=True, slots=True)
class DateReading:
    """What a typed date says: a year, maybe a month, maybe a day (labels, any calendar)."""

    year: int
    month: int | None = None
    day: int | None = None
    # The month-first reading of an ambiguous numeric date ("3/7/1907" -> 7 March), never
    # accepted; kept so that a checker can explain why the answer did not count.
    month_first: tuple[int, int, int] | None = None
    # The calendar the answer names ("julian" for "O.S.", "gregorian" for "N.S." or an era
    # date), or None when it names none and the question's calendar is meant.
    calendar: str | None = None
    # Why the labels cannot be right whatever was asked (an era date after its era ended).
    note: str = ""

    @property
    def parts(self) -> tuple[int, int | None, int | None]:
        return (self.year, self.month, self.day)


def days_in_month(year: int, month: int, *, julian: bool = False) -> int:
    if month == 2:
        leap = year % 4 == 0 if julian else (year % 4 == 0 and year % 100 != 0) or year % 400 == 0
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _is_valid(year: int, month: int, day: int, julian: bool) -> bool:
    return 1 <= month <= 12 and 1 <= day <= days_in_month(year, month, julian=julian)


def read_date(text: str, *, julian: bool = False) -> DateReading | None:
    """What `text` says as a date, or None if it is not a date in a form this reads.

    `julian` allows Julian-calendar labels such as 29 February 1900, which the Gregorian
    calendar does not have. A date marked Old Style is read with Julian labels, whatever
    `julian` says.
    """
    normal = unicodedata.normalize("NFKC", text).casefold()
    normal, calendar = _calendar_mark(_arabic(normal))
    if not _MAY_BE_A_DATE.search(normal):
        return None  # no number, and no era's first year (gannen) written out: no date
    era_found = _era_in_date(normal)
    if era_found is not None:
        normal, era, number = era_found
        calendar = calendar or "gregorian"
        if calendar == "julian":  # an era date with "O.S." is a contradiction
            return None
    labels_julian = julian if calendar is None else calendar == "julian"
    reading = _read_plain(normal.translate(_KANJI_DATE_MARKS), labels_julian)
    if reading is None:
        return None
    note = _outside_era(reading, era, number) if era_found is not None else ""
    return DateReading(
        reading.year, reading.month, reading.day, reading.month_first, calendar, note
    )


def _read_plain(normal: str, julian: bool) -> DateReading | None:
    numbers: list[str] = []
    months: list[int] = []
    for token in _TOKEN.findall(normal):
        if token.isdigit():
            numbers.append(token)
        elif token in _MONTH_WORDS:
            months.append(_MONTH_WORDS[token])
        elif token not in _FILLER_WORDS:
            return None
    years = [int(n) for n in numbers if len(n) == 4]
    small = [int(n) for n in numbers if len(n) <= 2]
    if len(years) != 1 or len(years) + len(small) != len(numbers) or len(months) > 1:
        return None
    year = years[0]
    if months:
        return _read_named_month(year, months[0], small, julian)
    return _read_numeric(numbers, year, small, julian)


# "O.S.", "(Old Style)", "Julian"; "N.S.", "New Style", "Gregorian", anywhere in the answer.
_OLD_STYLE = re.compile(r"\(?\b(?:o\.\s?s\b\.?|os\b|old[\s-]style|julian)\)?")
_NEW_STYLE = re.compile(r"\(?\b(?:n\.\s?s\b\.?|ns\b|new[\s-]style|gregorian)\)?")


def _calendar_mark(normal: str) -> tuple[str, str | None]:
    """The answer without its calendar mark, and the calendar it names (None if none)."""
    old, old_count = _OLD_STYLE.subn(" ", normal)
    if old_count:
        return old, None if _NEW_STYLE.search(old) else "julian"
    new, new_count = _NEW_STYLE.subn(" ", normal)
    return new, "gregorian" if new_count else None


def _outside_era(reading: DateReading, era: Era, number: int) -> str:
    """A note if the day named lies outside the era it was written in, else ""."""
    end = _era_end(era)
    first = dt.date(reading.year, reading.month or 1, reading.day or 1)
    if reading.day is not None:
        last = first
    elif reading.month is not None:
        last = first.replace(day=days_in_month(reading.year, first.month))
    else:
        last = first.replace(month=12, day=31)
    if last >= era.start and (end is None or first < end):
        return ""
    era_year = era_year_text(EraYear(era, number))
    if end is None:
        text = translate("Dates", "{era_year} does not fit {date}: the {era} era began on {start}.")
    else:
        text = translate(
            "Dates", "{era_year} does not fit {date}: the {era} era ran from {start} to {last}."
        )
    return text.format(
        era_year=era_year,
        date=format_parts(*reading.parts),
        era=era_name(era),
        start=format_date(era.start),
        last=format_date(end - dt.timedelta(days=1)) if end else "",
    )


def era_name(era: Era) -> str:
    """ "Meiji", or 明治: an era's name in the language in use."""
    return era.name_ja if is_japanese() else era.name


def _era_end(era: Era) -> dt.date | None:
    following = _next_era(era)
    return following.start if following else None


def _read_named_month(year: int, month: int, small: list[int], julian: bool) -> DateReading | None:
    if not small:
        return DateReading(year, month)
    if len(small) == 1 and _is_valid(year, month, small[0], julian):
        return DateReading(year, month, small[0])
    return None


def _read_numeric(
    numbers: list[str], year: int, small: list[int], julian: bool
) -> DateReading | None:
    if not small:  # "1907"
        return DateReading(year)
    if len(small) == 1:  # "1907-07", "7/1907", "1907年7月"
        return DateReading(year, small[0]) if 1 <= small[0] <= 12 else None
    year_first = len(numbers[0]) == 4
    if len(small) != 2 or (not year_first and len(numbers[2]) != 4):
        return None
    if year_first:  # ISO order, never year-day-month
        month, day = small
        return DateReading(year, month, day) if _is_valid(year, month, day, julian) else None
    return _read_day_and_month(year, small[0], small[1], julian)


def _read_day_and_month(year: int, first: int, second: int, julian: bool) -> DateReading | None:
    """Day first where that makes a date; month first only where nothing else does."""
    if _is_valid(year, second, first, julian):
        ambiguous = first != second and _is_valid(year, first, second, julian)
        other = (year, first, second) if ambiguous else None
        return DateReading(year, second, first, month_first=other)
    if _is_valid(year, first, second, julian):  # "7/30/1907": only month first makes a date
        return DateReading(year, first, second)
    return None


def parse_date(text: str) -> dt.date | None:
    """The Gregorian date `text` names in full (day-first for ambiguous numbers), or None."""
    reading = read_date(text)
    if reading is None or reading.month is None or reading.day is None:
        return None
    return dt.date(reading.year, reading.month, reading.day)


# Era years -------------------------------------------------------------------------------


def fold_romaji(text: str) -> str:
    """Lower case, no macrons, and one letter for a long o or u: Taishō = Taishou = Taishoo."""
    folded = fold(unicodedata.normalize("NFKC", text))
    return folded.replace("ou", "o").replace("oo", "o").replace("uu", "u")


_ERA_BY_WORD = {fold_romaji(era.name): era for era in ERAS}
_ERA_BY_KANJI = {era.name_ja: era for era in ERAS}
_initials = [era.name[0].lower() for era in ERAS]
_ERA_BY_WORD |= {
    initial: era
    for initial, era in zip(_initials, ERAS, strict=True)
    if _initials.count(initial) == 1
}
_KANJI_DIGITS = {c: n for n, c in enumerate("〇一二三四五六七八九")}
_ROMAN_ERA = re.compile(r"([a-z]+)(\d{1,3}|gannen)(?:st|nd|rd|th)?(?:nen|年)?")
_KANJI_ERA = re.compile(r"(\D{2})(\d{1,3}|元|[〇一二三四五六七八九十]{1,4})年?")


def _kanji_number(text: str) -> int | None:
    """1–99 written as 四十五, 十, 二十, 十五 or digit by digit (四五)."""
    if "十" not in text:
        value = 0
        for char in text:
            value = value * 10 + _KANJI_DIGITS[char]
        return value
    tens, _, ones = text.partition("十")
    if "十" in ones or len(tens) > 1 or len(ones) > 1:
        return None
    return (_KANJI_DIGITS[tens] if tens else 1) * 10 + (_KANJI_DIGITS[ones] if ones else 0)


def parse_era_year(text: str) -> EraYear | None:
    """The era year `text` names, or None. Years past an era's end are still read."""
    compact = re.sub(
        r"[\W_]+", "", fold_romaji(kana_to_romaji(unicodedata.normalize("NFKC", text)))
    )
    compact = re.sub(r"(\d)(?:st|nd|rd|th)?year$", r"\1", compact)  # "Meiji 40th year"
    if match := _ROMAN_ERA.fullmatch(compact):
        era = _ERA_BY_WORD.get(match[1])
        number: int | None = 1 if match[2] == "gannen" else int(match[2])
    elif match := _KANJI_ERA.fullmatch(compact):
        era = _ERA_BY_KANJI.get(match[1])
        number = 1 if match[2] == "元" else None
        if number is None:
            number = int(match[2]) if match[2].isdigit() else _kanji_number(match[2])
    else:
        return None
    if era is None or number is None or number < 1:
        return None
    return EraYear(era, number)


_ERA_INITIALS = "".join(word for word in _ERA_BY_WORD if len(word) == 1)
# An era year inside a date: "明治40年", "めいじ40年", "meiji 40", "M40.", "Meiji 40th year".
_ERA_NAMES = "|".join(sorted((fold_romaji(era.name) for era in ERAS), key=len, reverse=True))
_ERA_IN_DATE = re.compile(
    rf"(?<![a-z])({_ERA_NAMES}|[{_ERA_INITIALS}])\s?(\d{{1,2}}|gannen)"
    r"(?:st|nd|rd|th)?(?:\s?(?:year|nen|年)(?:\s?of)?)?(?!\d)"
)
_KANJI_RUN = re.compile(r"[〇一二三四五六七八九十]+")


# Every date this reads has a number in it (kanji numbers are digits by then), or is the
# first year of an era written out: "Meiji gannen", めいじがんねん. Any other text is not
# read further (reading eras and kana costs a millisecond for a long sentence).
_MAY_BE_A_DATE = re.compile(r"\d|nen|ねん|ネン")


def _arabic(text: str) -> str:
    """Kanji numbers as digits: 四十年七月三十日 -> 40年7月30日, 元年 -> 1年."""
    text = text.replace("元年", "1年")

    def digits(match: re.Match[str]) -> str:
        value = _kanji_number(match[0])
        return match[0] if value is None else str(value)

    return _KANJI_RUN.sub(digits, text)


def _era_in_date(normal: str) -> tuple[str, Era, int] | None:
    """The text with its one era year replaced by the Gregorian year, the era and the era's
    year number; None if it names no era (or more than one)."""
    text = normal
    for era in ERAS:
        text = text.replace(era.name_ja, f" {fold_romaji(era.name)} ")
    text = fold_romaji(kana_to_romaji(text))
    found = list(_ERA_IN_DATE.finditer(text))
    if len(found) != 1:
        return None
    match = found[0]
    era = _ERA_BY_WORD[match[1]]
    number = 1 if match[2] == "gannen" else int(match[2])
    if number < 1:
        return None
    year = era.start.year + number - 1
    if year < calendars.FIRST_SUPPORTED_DATE.year:  # lunisolar months: not a Gregorian day
        return None
    return f"{text[: match.start()]} {year} {text[match.end() :]}", era, number


def gregorian_year(era_year: EraYear) -> int:
    return era_year.era.start.year + era_year.year - 1


def _next_era(era: Era) -> Era | None:
    later = [other for other in ERAS if other.start > era.start]
    return min(later, key=lambda other: other.start) if later else None


def era_year_exists(era_year: EraYear) -> bool:
    """Whether the era lasted into that year (Meiji 46 never was: Meiji ended in 1912)."""
    following = _next_era(era_year.era)
    year = gregorian_year(era_year)
    return era_year.year >= 1 and (following is None or year <= following.start.year)


def era_years_in(year: int) -> list[EraYear]:
    """Every era year that covers part of the Gregorian `year` (two in a year of change)."""
    found = [EraYear(era, year - era.start.year + 1) for era in ERAS if era.start.year <= year]
    return [era_year for era_year in found if era_year_exists(era_year)]


def era_trap(date: dt.date) -> str:
    """A sentence on an era change in the same Gregorian year as `date`, or "" if none."""
    era = calendars.era_of(date)
    following = _next_era(era)
    if following is not None and following.start.year == date.year:
        return translate(
            "Dates",
            "Mind the trap: the {era} era began only on {start}, {span} later, so {year} is "
            "both {era_year} and {next_first}.",
        ).format(
            era=era_name(following),
            start=format_date(following.start),
            span=_span(following.start - date),
            year=format_parts(date.year),
            era_year=era_year_text(calendars.to_era_year(date)),
            next_first=era_year_text(EraYear(following, 1)),
        )
    if era.start.year == date.year and date.year > calendars.FIRST_SUPPORTED_DATE.year:
        previous = calendars.to_era_year(era.start - dt.timedelta(days=1))
        return translate(
            "Dates",
            "Mind the trap: {year} began as {previous}, but the {era} era began on {start}, "
            "{span} earlier, so this is {era_year}.",
        ).format(
            year=format_parts(date.year),
            previous=era_year_text(previous),
            era=era_name(era),
            start=format_date(era.start),
            span=_span(date - era.start),
            era_year=era_year_text(calendars.to_era_year(date)),
        )
    return ""


Dates = Context("Dates")  # the plurals of this module (see studyapp.i18n.Context)
_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _count(number: int, unit: str) -> str:
    """ "five days" in English (small numbers as words); 5日 etc. in the translation."""
    if unit == "day":
        text = Dates.tr("%n days", "", number)
    elif unit == "week":
        text = Dates.tr("%n weeks", "", number)
    else:
        text = Dates.tr("%n months", "", number)
    if number < len(_NUMBER_WORDS) and not is_japanese():
        text = text.replace(str(number), _NUMBER_WORDS[number], 1)
    return text


def _span(delta: dt.timedelta) -> str:
    """A time span in words: "five days", "three weeks", "four months"."""
    days = delta.days
    if days < 14:
        return _count(days, "day")
    if days < 63:
        return _count(round(days / 7), "week")
    return _count(round(days / 30.44), "month")
