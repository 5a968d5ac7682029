"""Multiple choice: the right answer among plausible wrong ones of the same kind.

Distractors come from the answers of other cards in the same `choices_pool`, and are
computed where the pool is too small or a computed one is the better trap: the other
calendar's date (Julian for Gregorian), the same day a year or a month away, the
neighbouring era years (Meiji 44, Taishō 1 for Meiji 45), other combinations of agreements.
Dates are drawn from the nearest in time, so a question about 1907 is not answered by 1925.
No choice is offered twice, the answer exactly once, and nothing of another kind.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from studyapp import calendars
from studyapp.calendars import EraYear
from studyapp.date_text import era_year_text
from studyapp.i18n import join_list, translate
from studyapp.study.answers import check_answer, compact_text
from studyapp.study.dates import (
    DateReading,
    days_in_month,
    era_years_in,
    format_parts,
    gregorian_year,
    parse_era_year,
    read_date,
)
from studyapp.study.vocabulary import AnswerType

if TYPE_CHECKING:
    from studyapp.study.cards import Card

_DATE_TYPES = frozenset(
    {AnswerType.DATE, AnswerType.JULIAN_DATE, AnswerType.MONTH, AnswerType.YEAR}
)


def choices_for(card: Card, cards: Sequence[Card], rng: random.Random, count: int = 4) -> list[str]:
    """The answer and up to `count - 1` distractors of the same kind, shuffled with `rng`.

    A card with fixed `options` offers them in their own order when they fit in `count`
    (the two events of "Which came first", in the order the question names them).
    """
    if card.options and len(card.options) <= count and card.answer in card.options:
        return list(card.options)
    taken = {compact_text(form) for form in (card.answer, *card.accepted)}
    distractors: list[str] = []
    for candidate in _candidates(card, cards, rng):
        if len(distractors) >= count - 1:
            break
        key = compact_text(candidate)
        # A distractor the checker would accept (Taishou for Taishō) is the answer again.
        if key and key not in taken and not check_answer(card, candidate).correct:
            taken.add(key)
            distractors.append(candidate)
    choices = [card.answer, *distractors]
    rng.shuffle(choices)
    return choices


def _candidates(card: Card, cards: Sequence[Card], rng: random.Random) -> Iterator[str]:
    if card.options:
        yield from rng.sample(card.options, len(card.options))
        return
    if card.answer_type in _DATE_TYPES:
        computed = _computed_dates(card, rng)
        near, far = _nearest_dates(card, cards, rng)
        if card.answer_type == AnswerType.JULIAN_DATE:
            yield from computed[:1]  # the Gregorian date: the trap this card is about
        if card.choices_pool == "agreement-date":
            yield from far  # the other agreements' dates, however far apart
        yield from near
        yield from computed
        yield from far
    elif card.answer_type == AnswerType.ERA_YEAR:
        yield from _neighbouring_era_years(card.answer, rng)
        yield from _shuffled(_pool(cards, card.choices_pool), rng)
    elif card.choices_pool == "agreement-combination":
        pool = _pool(cards, card.choices_pool)
        yield from rng.sample(pool, min(len(pool), 1))  # another signatory's set
        yield from _shuffled(_combinations_near(card.answer, pool), rng)
        yield from _shuffled(pool, rng)
    else:
        pool = _pool(cards, card.choices_pool)
        yield from rng.sample(pool, min(len(pool), 12))  # enough, unless many are duplicates
        yield from _shuffled(pool, rng)


def _shuffled(items: Sequence[str], rng: random.Random) -> list[str]:
    return rng.sample(list(items), len(items))


# Pools, indexed once per list of cards ---------------------------------------------------


@dataclass
class _PoolIndex:
    """The distinct answers of each pool of one list of cards, and the dated pools sorted."""

    cards: Sequence[Card]
    size: int
    answers: dict[str, list[str]]
    dated: dict[str, list[tuple[int, str]]] = field(default_factory=dict)


_last_index: list[_PoolIndex] = []  # the index of the last list of cards seen


def _index(cards: Sequence[Card]) -> _PoolIndex:
    """Built once per list of cards (a list changed in place must change its length)."""
    if _last_index and _last_index[0].cards is cards and _last_index[0].size == len(cards):
        return _last_index[0]
    answers: dict[str, dict[str, None]] = {}
    for other in cards:
        answers.setdefault(other.choices_pool, {})[other.answer] = None
    index = _PoolIndex(cards, len(cards), {pool: list(found) for pool, found in answers.items()})
    _last_index[:] = [index]
    return index


def prepare_choices(cards: Sequence[Card]) -> None:
    """Index the pools of `cards` now, dates read and sorted, so no card waits for it later.

    Built on a first card instead, a pool of dates costs that card a read of every date in
    the pool: some 7 ms a pool at 1,000 times today's content.
    """
    dated = {
        (card.choices_pool, card.answer_type == AnswerType.JULIAN_DATE)
        for card in cards
        if card.answer_type in _DATE_TYPES
    }
    for pool, julian in dated:
        _dated_pool(cards, pool, julian)


def _pool(cards: Sequence[Card], pool: str) -> list[str]:
    return _index(cards).answers.get(pool, [])


def _rank(reading: DateReading) -> int:
    """A number that orders readings in time (day labels of any calendar)."""
    return reading.year * 372 + (reading.month or 1) * 31 + (reading.day or 1)


def _dated_pool(cards: Sequence[Card], pool: str, julian: bool) -> list[tuple[int, str]]:
    index = _index(cards)
    if pool not in index.dated:
        answers = index.answers.get(pool, [])
        readings = ((read_date(answer, julian=julian), answer) for answer in answers)
        index.dated[pool] = sorted((_rank(r), answer) for r, answer in readings if r is not None)
    return index.dated[pool]


_NEAR = 5 * 372  # five years, in `_rank` units


def _nearest_dates(
    card: Card, cards: Sequence[Card], rng: random.Random
) -> tuple[list[str], list[str]]:
    """The pool's six dates nearest to the answer, shuffled: those within five years, the rest."""
    julian = card.answer_type == AnswerType.JULIAN_DATE
    expected = read_date(card.answer, julian=julian)
    if expected is None:
        return [], []
    target = _rank(expected)
    dated = _dated_pool(cards, card.choices_pool, julian)
    middle = bisect.bisect_left(dated, (target, ""))
    window = sorted(dated[max(0, middle - 6) : middle + 6], key=lambda item: abs(item[0] - target))
    nearest = _shuffled_pairs(window[:6], rng)
    near = [answer for rank, answer in nearest if abs(rank - target) <= _NEAR]
    far = [answer for rank, answer in nearest if abs(rank - target) > _NEAR]
    return near, far


def _shuffled_pairs(items: list[tuple[int, str]], rng: random.Random) -> list[tuple[int, str]]:
    return rng.sample(items, len(items))


# Computed distractors --------------------------------------------------------------------


def _computed_dates(card: Card, rng: random.Random) -> list[str]:
    """Dates a student could mistake for the answer, the likeliest traps first."""
    julian = card.answer_type == AnswerType.JULIAN_DATE
    expected = read_date(card.answer, julian=julian)
    if expected is None:
        return []
    year, month, day = expected.parts
    shifts: list[tuple[int, int | None, int | None]] = []
    if month is None:
        shifts = [(year + delta, None, None) for delta in (-1, 1, -2, 2, -3, 3)]
    elif day is None:
        shifts = [(year, _month(month + delta), None) for delta in (-1, 1, -2, 2)]
        shifts += [(year + delta, month, None) for delta in (-1, 1)]
    else:
        other = _other_calendar(year, month, day, julian)
        traps: list[tuple[int, int | None, int | None]]
        traps = [(year + d, month, day) for d in (-1, 1)]
        traps += [(year, _month(month + d), day) for d in (-1, 1)]
        traps += [(year, month, day + d) for d in (-10, 10, -1, 1)]
        shifts = [other, *_shuffled_parts(traps, rng)]
    valid = [parts for parts in shifts if _exists(parts, julian)]
    return [format_parts(*parts) for parts in valid]


def _month(number: int) -> int:
    return (number - 1) % 12 + 1


def _exists(parts: tuple[int, int | None, int | None], julian: bool) -> bool:
    year, month, day = parts
    if month is None or day is None:
        return True
    return 1 <= day <= days_in_month(year, month, julian=julian)


def _shuffled_parts(
    items: list[tuple[int, int | None, int | None]], rng: random.Random
) -> list[tuple[int, int | None, int | None]]:
    return rng.sample(items, len(items))


def _other_calendar(year: int, month: int, day: int, julian: bool) -> tuple[int, int, int]:
    """The same day labelled in the other calendar: the classic Old Style / New Style slip."""
    if julian:
        date = calendars.from_julian(calendars.JulianDate(year, month, day))
        return (date.year, date.month, date.day)
    label = calendars.to_julian(dt.date(year, month, day))
    return (label.year, label.month, label.day)


def _neighbouring_era_years(answer: str, rng: random.Random) -> list[str]:
    """Era years around the answer's year, the other era of a year of change first."""
    expected = parse_era_year(answer)
    if expected is None:
        return []
    year = gregorian_year(expected)
    ranked: list[tuple[int, float, EraYear]] = []
    for delta in range(-3, 4):
        for era_year in era_years_in(year + delta):
            if era_year != expected:
                ranked.append((abs(delta), rng.random(), era_year))
    return [era_year_text(era_year) for *_, era_year in sorted(ranked, key=lambda item: item[:2])]


# Combinations of agreements ("Third (1912) and Fourth (1916)") ---------------------------

# "Third (1912)", 第三次（1912年）
_LABEL_YEAR = re.compile(r"[(（](\d{4})年?[)）]$")


def join_labels(labels: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"; 「A、B、C」 in Japanese (studyapp.i18n.join_list)."""
    return join_list(labels)


def split_labels(text: str) -> list[str]:
    """The labels `join_labels` joined, in the same language."""
    comma = translate("i18n", ", ", "between the items of a list but the last two")
    last_separator = translate("i18n", " and ", "between the last two items of a list")
    head, _, last = text.rpartition(last_separator)
    return [*head.split(comma), last] if head else [last]


def _combinations_near(answer: str, pool: Sequence[str]) -> list[str]:
    """Sets one step away from the answer: one agreement more or fewer, or one swapped for
    a neighbour in time. Agreements come from the labels found in the pool."""
    found = dict.fromkeys(label for combo in pool for label in split_labels(combo))
    labels = sorted(
        found, key=lambda label: (m[1] if (m := _LABEL_YEAR.search(label)) else "", label)
    )
    position = {label: index for index, label in enumerate(labels)}
    chosen = set(split_labels(answer))
    if not chosen <= set(position):
        return []
    in_order = sorted(chosen, key=position.__getitem__)  # sets iterate in hash order
    neighbours = {
        label: [
            labels[index + step]
            for step in (-1, 1)
            if 0 <= (index := position[label]) + step < len(labels)
            and labels[index + step] not in chosen
        ]
        for label in in_order
    }
    combos = [chosen - {label} for label in in_order]
    combos += [chosen | {new} for news in neighbours.values() for new in news]
    combos += [chosen - {old} | {new} for old, news in neighbours.items() for new in news]
    near: dict[str, None] = {}
    for combo in combos:
        if combo and combo != chosen:
            near[join_labels(sorted(combo, key=position.__getitem__))] = None
    return list(near)
