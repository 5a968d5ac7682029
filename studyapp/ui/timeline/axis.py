"""The date axis: which ticks to draw at a zoom, labelled in the chosen calendar. Qt-free.

The tick step is the finest one whose shortest interval still holds its widest label plus a
gap, so labels never overlap. A second row ("context") names the larger period the ticks
fall in: the year above month ticks, the month above day ticks, the era above Japanese years.
Dates are day numbers (`date.toordinal()`), as floats so that a day can be cut by the zoom.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import pairwise

from studyapp import i18n
from studyapp.calendars import ERAS, FIRST_SUPPORTED_DATE, JulianDate, from_julian, to_julian
from studyapp.calendars import MONTH_NAMES as MONTHS
from studyapp.calendars import to_era_year as _era_year
from studyapp.date_text import format_era_date, format_parts, month_abbreviation

GREGORIAN = "gregorian"
JULIAN = "julian"
JAPANESE = "japanese"
CALENDARS = (GREGORIAN, JULIAN, JAPANESE)

MONTHS_SHORT = tuple(name[:3] for name in MONTHS)
_FIRST_DAY = FIRST_SUPPORTED_DATE.toordinal()  # the era calendar is defined from here on
WEEK_DAYS = (1, 8, 15, 22)  # ticks of the weekly step: never closer than 7 days


@dataclass(frozen=True, slots=True)
class Step:
    unit: str  # "decade", "year", "month" or "day"
    count: int  # years (decade 10, year 1), months or days between ticks
    shortest_days: int  # the shortest interval between two ticks of this step


DECADES = Step("decade", 10, 3652)
TWO_YEARS = Step("year", 2, 730)
YEARS = Step("year", 1, 365)
QUARTERS = Step("month", 3, 89)
MONTHS_STEP = Step("month", 1, 28)
WEEKS = Step("day", 7, 7)  # the 1st, 8th, 15th and 22nd of each month
DAYS = Step("day", 1, 1)
STEPS = (DECADES, TWO_YEARS, YEARS, QUARTERS, MONTHS_STEP, WEEKS, DAYS)  # coarse to fine


@dataclass(frozen=True, slots=True)
class Tick:
    day: float
    label: str  # empty for an unlabelled (minor) tick
    boundary: bool = False  # an era change, drawn stronger


@dataclass(frozen=True, slots=True)
class Span:
    """A period of the context row: its label is kept inside it while the view scrolls."""

    start: float
    end: float
    label: str


@dataclass(frozen=True, slots=True)
class AxisTicks:
    step: Step
    ticks: tuple[Tick, ...]
    minor: tuple[float, ...]
    spans: tuple[Span, ...]
    first: float  # the day range these were computed for (wider than the view, for panning)
    last: float


def era_year_label(date: dt.date) -> str:
    """Short era year, e.g. 明治44 or 大正元 (the first year of an era is 元).

    Before 1873 the era year cannot be told from the Gregorian date; the year is shown."""
    if date < FIRST_SUPPORTED_DATE:
        return str(date.year)
    era_year = _era_year(date)
    return f"{era_year.era.name_ja}{'元' if era_year.year == 1 else era_year.year}"


def _date(day: float) -> dt.date:
    return dt.date.fromordinal(max(int(day), 1))


def _gregorian_starts(first: float, last: float, step: Step) -> Iterator[dt.date]:
    """Gregorian dates that start an interval of `step`, from just before `first` to `last`."""
    start = _date(first)
    if step.unit in ("decade", "year"):
        year = start.year - start.year % step.count
        while dt.date(year, 1, 1).toordinal() <= last:
            yield dt.date(year, 1, 1)
            year += step.count
    elif step.unit == "month":
        year, month = start.year, start.month - (start.month - 1) % step.count
        while dt.date(year, month, 1).toordinal() <= last:
            yield dt.date(year, month, 1)
            month += step.count
            if month > 12:
                year, month = year + 1, month - 12
    elif step.count == 1:
        day = start.replace(day=1)
        while day.toordinal() <= last:
            yield day
            day += dt.timedelta(days=1)
    else:
        for month_start in _gregorian_starts(first, last, MONTHS_STEP):
            for day_of_month in WEEK_DAYS:
                yield month_start.replace(day=day_of_month)


def _julian_starts(first: float, last: float, step: Step) -> Iterator[tuple[JulianDate, dt.date]]:
    """As `_gregorian_starts`, but for intervals of the Julian calendar (with their dates)."""
    start = to_julian(_date(first))
    if step.unit in ("decade", "year"):
        year = start.year - start.year % step.count
        while (day := from_julian(JulianDate(year, 1, 1))).toordinal() <= last:
            yield JulianDate(year, 1, 1), day
            year += step.count
    elif step.unit == "month":
        year, month = start.year, start.month - (start.month - 1) % step.count
        while (day := from_julian(JulianDate(year, month, 1))).toordinal() <= last:
            yield JulianDate(year, month, 1), day
            month += step.count
            if month > 12:
                year, month = year + 1, month - 12
    elif step.count == 1:
        day = from_julian(JulianDate(start.year, start.month, 1))
        while day.toordinal() <= last:
            yield to_julian(day), day
            day += dt.timedelta(days=1)
    else:
        for month_start, _day in _julian_starts(first, last, MONTHS_STEP):
            for day_of_month in WEEK_DAYS:
                julian = JulianDate(month_start.year, month_start.month, day_of_month)
                yield julian, from_julian(julian)


def tick_labels(calendar: str, step: Step, first: float, last: float) -> list[Tick]:
    """Labelled ticks of `step` in `calendar` from about `first` to `last`."""
    first = max(first, _FIRST_DAY)
    if calendar == JULIAN:
        return [
            Tick(day.toordinal(), _label(step, julian.year, julian.month, julian.day))
            for julian, day in _julian_starts(first, last, step)
        ]
    ticks = []
    for day in _gregorian_starts(first, last, step):
        if calendar == JAPANESE:
            label = era_year_label(day) if step.unit in ("decade", "year") else ""
            label = label or (f"{day.month}月" if step.unit == "month" else str(day.day))
        else:
            label = _label(step, day.year, day.month, day.day)
        ticks.append(Tick(day.toordinal(), label))
    if calendar == JAPANESE:
        ticks += [
            Tick(era.start.toordinal(), era_year_label(era.start), boundary=True)
            for era in ERAS
            if first <= era.start.toordinal() <= last
        ]
        ticks.sort(key=lambda tick: tick.day)
    return ticks


def tick_days(calendar: str, step: Step, first: float, last: float) -> list[int]:
    """The days of the ticks of `step` from about `first` to `last`, unlabelled."""
    first = max(first, _FIRST_DAY)
    if calendar == JULIAN:
        return [day.toordinal() for _julian, day in _julian_starts(first, last, step)]
    return [day.toordinal() for day in _gregorian_starts(first, last, step)]


def _label(step: Step, year: int, month: int, day: int) -> str:
    if step.unit in ("decade", "year"):
        return str(year)
    if step.unit == "month":
        return month_abbreviation(month)
    return str(day)


def sample_labels(calendar: str, step: Step) -> list[str]:
    """Labels as wide as any this step can show, to measure before choosing it."""
    if step.unit in ("decade", "year"):
        if calendar == JAPANESE:
            return ["明治45", "大正15", "大正元", "昭和64"]
        return ["1900", "1988"]
    if step.unit == "month":
        if calendar == JAPANESE:
            return [f"{month}月" for month in (10, 11, 12)]
        return [month_abbreviation(month) for month in range(1, 13)]
    return ["28", "30", "31"]


def context_spans(calendar: str, step: Step, first: float, last: float) -> list[Span]:
    """The second row: the periods the ticks fall in, labelled (possibly empty)."""
    first = max(first, _FIRST_DAY)
    if last < first:
        return []
    if calendar == JAPANESE:
        return _japanese_spans(step, first, last)
    if step.unit == "decade":
        if calendar != JULIAN:
            return []
        return [Span(first, last, i18n.translate("TimelineAxis", "Julian calendar (Old Style)"))]
    # Decades above years (the 1910s), years above months, months above days.
    outer = {"year": DECADES, "month": YEARS}.get(step.unit, MONTHS_STEP)
    suffix = i18n.translate("TimelineAxis", " O.S.") if calendar == JULIAN else ""
    starts: list[tuple[float, str]] = []
    if calendar == JULIAN:
        for julian, day in _julian_starts(first, last, outer):
            starts.append((day.toordinal(), _span_label(outer, julian.year, julian.month)))
    else:
        for day in _gregorian_starts(first, last, outer):
            starts.append((day.toordinal(), _span_label(outer, day.year, day.month)))
    return _spans_between(starts, last, suffix)


def _span_label(outer: Step, year: int, month: int) -> str:
    if outer.unit == "decade":
        return i18n.translate("TimelineAxis", "{year}s").format(year=year)
    return str(year) if outer.unit == "year" else format_parts(year, month)


def _spans_between(starts: list[tuple[float, str]], last: float, suffix: str) -> list[Span]:
    """Spans from each start to the next; the last one ends a period after `last`."""
    spans = []
    for (start, label), (end, _next) in pairwise(starts):
        spans.append(Span(start, end, label + suffix))
    if starts:
        start, label = starts[-1]
        spans.append(Span(start, max(last, start) + 366, label + suffix))
    return spans


def _japanese_spans(step: Step, first: float, last: float) -> list[Span]:
    """Eras above years; era years above months (1912 splits at 30 July); months above days."""
    starts: list[tuple[float, str]] = []
    if step.unit in ("decade", "year"):
        for era in ERAS:
            starts.append((era.start.toordinal(), f"{era.name_ja} · {era.name}"))
    else:
        outer = YEARS if step.unit == "month" else MONTHS_STEP
        days = [day.toordinal() for day in _gregorian_starts(first, last, outer)]
        days += [era.start.toordinal() for era in ERAS if first <= era.start.toordinal() <= last]
        for day_number in sorted(set(days)):
            day = _date(day_number)
            precision = "month" if outer.unit == "month" else "year"
            label = format_era_date(day, precision, language=i18n.JAPANESE)
            if not i18n.is_japanese():
                label += " · " + format_era_date(day, precision, language=i18n.ENGLISH)
            starts.append((day_number, label))
    spans = _spans_between(sorted(starts), last, "")
    return [span for span in spans if span.end >= first and span.start <= last]


class Axis:
    """Chooses the step for a zoom and caches ticks over a range wider than the view."""

    def __init__(self, measure: Callable[[str], float], gap_px: float) -> None:
        self.measure = measure
        self.gap_px = gap_px
        self._widths: dict[tuple[str, Step], float] = {}
        self._cached: tuple[tuple[object, ...], AxisTicks] | None = None

    def label_width(self, calendar: str, step: Step) -> float:
        key = (calendar, step)
        if key not in self._widths:
            self._widths[key] = max(self.measure(text) for text in sample_labels(calendar, step))
        return self._widths[key]

    def step_for(self, calendar: str, px_per_day: float) -> Step:
        """The finest step whose every label fits in its shortest interval."""
        for step in reversed(STEPS):
            if step.shortest_days * px_per_day >= self.label_width(calendar, step) + self.gap_px:
                return step
        return DECADES

    def ticks(self, calendar: str, px_per_day: float, first: float, last: float) -> AxisTicks:
        """Ticks covering [first, last]. They hang on the zoom only through its step (and,
        in the Japanese calendar, where era labels would collide), so they are reused while
        the view pans or zooms inside the range they were made for (a view's width either
        side: a step out stays inside it)."""
        step = self.step_for(calendar, px_per_day)
        # Unlabelled ticks: the finest finer step that still leaves 6 px between ticks.
        finer = [
            other
            for other in STEPS[STEPS.index(step) + 1 :]
            if other.shortest_days * px_per_day >= 6 and other != TWO_YEARS
        ]
        minor_step = finer[-1] if finer else None
        key = (calendar, step, minor_step, px_per_day if calendar == JAPANESE else None)
        if self._cached is not None:
            cached_key, cached = self._cached
            if cached_key == key and cached.first <= first and last <= cached.last:
                return cached
        width = last - first
        wide_first, wide_last = first - width, last + width
        ticks = self._without_collisions(
            tick_labels(calendar, step, wide_first, wide_last), calendar, step, px_per_day
        )
        minor: tuple[float, ...] = ()
        if minor_step is not None:
            minor_calendar = GREGORIAN if calendar == JAPANESE else calendar
            minor = tuple(tick_days(minor_calendar, minor_step, wide_first, wide_last))
        spans = tuple(context_spans(calendar, step, wide_first, wide_last))
        result = AxisTicks(step, tuple(ticks), minor, spans, wide_first, wide_last)
        self._cached = (key, result)
        return result

    def _without_collisions(
        self, ticks: list[Tick], calendar: str, step: Step, px_per_day: float
    ) -> list[Tick]:
        """Drop the labels of extra ticks (era changes) that would touch a regular label."""
        regular = [tick for tick in ticks if not tick.boundary]
        extra = [tick for tick in ticks if tick.boundary]
        if not extra:
            return regular
        reach = (self.label_width(calendar, step) + self.gap_px) / px_per_day
        kept = list(regular)
        for tick in extra:
            own_reach = (self.measure(tick.label) + self.gap_px) / px_per_day
            clear = all(
                other.day + reach <= tick.day or tick.day + own_reach <= other.day
                for other in regular
            )
            kept.append(tick if clear else Tick(tick.day, "", boundary=True))
        return sorted(kept, key=lambda tick: tick.day)
