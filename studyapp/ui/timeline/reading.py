"""What the timeline reads, and when: a window of dates around the view, cached. Qt-free.

At load the timeline reads only what does not grow with the content's items: the date
bounds, the eras, the kinds of event, and how many items fall on each day (`Density`). Then,
for the dates on screen and a view's width either side (the window), each group of items
(agreements, events) is read one by one if few enough fall there to label them, or else drawn
from its day counts as density marks. Panning and zooming within the window reads nothing;
leaving it reads the next window. Content small enough to label whole is read whole, once.
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from studyapp.content import timeline_queries as queries
from studyapp.content.timeline_queries import DayCounts, TimelineItem

if TYPE_CHECKING:
    from sqlalchemy import Connection

Read = Callable[[Callable[["Connection"], Any]], Any]  # services.database.read

# At most this many items of a group in a window are read, measured and laid out one by
# one; beyond it the group is drawn as counts. The agreements' band does not scroll: fewer.
EVENT_LIMIT = 1000
AGREEMENT_LIMIT = 120


class Density:
    """Items a day of one group, summed so as to count any stretch by bisection."""

    def __init__(self, days: Sequence[int], counts: Sequence[int]) -> None:
        self.days = list(days)
        self.sums = [0, *accumulate(counts)]

    @property
    def total(self) -> int:
        return self.sums[-1]

    def count(self, first: float, last: float) -> int:
        """How many items fall on the days from `first` to `last`."""
        low, high = bisect_left(self.days, first), bisect_right(self.days, last)
        return self.sums[high] - self.sums[low]

    def buckets(self, first: float, last: float, width: int) -> list[tuple[int, int]]:
        """(first day, count) of each stretch of `width` days from `first` to `last` that
        holds any items; stretches start at multiples of `width`, so they stay put as the
        view pans."""
        low = bisect_left(self.days, math.floor(first / width) * width)
        high = bisect_right(self.days, last)
        found = []
        while low < high:
            start = self.days[low] // width * width
            end = bisect_left(self.days, start + width, low, high)
            found.append((start, self.sums[end] - self.sums[low]))
            low = end
        return found


def _densities(counts: DayCounts, hidden: Collection[str]) -> tuple[Density, Density]:
    agreements = Density([day for day, _ in counts.agreements], [n for _, n in counts.agreements])
    days: list[int] = []
    sums: list[int] = []
    for day, kind, count in counts.events:
        if kind in hidden:
            continue
        if days and days[-1] == day:
            sums[-1] += count
        else:
            days.append(day)
            sums.append(count)
    return agreements, Density(days, sums)


@dataclass(frozen=True)
class Window:
    """The dates read around the view, and what was read of each group there: its items,
    or None where there were too many (the group is drawn from its day counts)."""

    first: float
    last: float
    agreements: tuple[TimelineItem, ...] | None
    events: tuple[TimelineItem, ...] | None

    def covers(self, first: float, last: float) -> bool:
        return self.first <= first and last <= self.last

    @property
    def whole(self) -> bool:
        return math.isinf(self.first) and math.isinf(self.last)


EMPTY_WINDOW = Window(-math.inf, math.inf, (), ())
LIMITS = (AGREEMENT_LIMIT, EVENT_LIMIT)


class TimelineReader:
    """The timeline's way to the content: `read` runs a query (services.database.read)."""

    def __init__(self, read: Read) -> None:
        self._read = read
        # Queries here are functions of content/ or partials of them, never closures: the
        # first ones go to the read server while this process has no SQLAlchemy yet.
        overview: queries.Overview = read(queries.overview)
        self.first, self.last = overview.first, overview.last
        self.eras, self.kinds = overview.eras, overview.kinds
        self.totals = overview.totals
        self._counts: DayCounts | None = None
        self._densities: dict[frozenset[str], tuple[Density, Density]] = {}

    @property
    def whole(self) -> bool:
        """Whether there are few enough items to read and label them all at once."""
        return all(total <= most for total, most in zip(self.totals, LIMITS, strict=True))

    def window(self, first: float, last: float, hidden: Collection[str]) -> Window:
        """The window for a view of the days `first` to `last`: every item, if few enough
        for all to be labelled; else the view and its width either side, each group read
        item by item where few enough of it fall there."""
        if self.first is None or self.last is None:
            return EMPTY_WINDOW
        if self.whole:
            items = self._items(self.first, self.last, hidden, (True, True))
            return Window(-math.inf, math.inf, *_split(items))
        margin = max(last - first, 1.0)
        low, high = _day(first - margin), _day(last + margin)
        counts = self._read(
            partial(
                queries.counts_between, first=low, last=high, hidden=frozenset(hidden), most=LIMITS
            )
        )
        wanted = (counts[0] <= AGREEMENT_LIMIT, counts[1] <= EVENT_LIMIT)
        items = self._items(low, high, hidden, wanted) if any(wanted) else []
        agreements, events = _split(items)
        return Window(
            low.toordinal(),
            high.toordinal() + 1,
            agreements if wanted[0] else None,
            events if wanted[1] else None,
        )

    def needs_more(
        self, window: Window, first: float, last: float, hidden: Collection[str]
    ) -> bool:
        """Whether the view from `first` to `last` asks for another window than `window`:
        it reaches past it, or a group drawn as counts there is now few enough to label."""
        if window.whole:
            return False
        if not window.covers(first, last):
            return True
        if window.agreements is not None and window.events is not None:
            return False
        densities = self.densities(hidden)
        if densities is None:
            return False
        margin = max(last - first, 1.0)
        return any(
            read is None and density.count(first - margin, last + margin) <= most
            for read, density, most in zip(
                (window.agreements, window.events), densities, LIMITS, strict=True
            )
        )

    def densities(self, hidden: Collection[str]) -> tuple[Density, Density] | None:
        """Day counts of the agreements and of the events not of the `hidden` kinds; None
        until they have been read (count_days)."""
        if self._counts is None:
            return None
        key = frozenset(hidden)
        found = self._densities.get(key)
        if found is None:
            found = self._densities[key] = _densities(self._counts, key)
        return found

    def count_days(self) -> DayCounts:
        """Read how many items each day has (a scan of the date indexes: at 1,000 times
        today's content, longer than a frame, so the canvas runs it off the UI thread)."""
        counts: DayCounts = self._read(queries.day_counts)
        return counts

    def set_day_counts(self, counts: DayCounts) -> None:
        self._counts = counts
        self._densities.clear()

    def _items(
        self, first: dt.date, last: dt.date, hidden: Collection[str], wanted: tuple[bool, bool]
    ) -> list[TimelineItem]:
        query = partial(
            queries.items_between,
            first=first,
            last=last,
            hidden=frozenset(hidden),
            agreements=wanted[0],
            events=wanted[1],
        )
        found: list[TimelineItem] = self._read(query)
        return found

    def neighbour(
        self, at: tuple[int, int, str], step: int, hidden: Collection[str]
    ) -> TimelineItem | None:
        """The item after (step 1) or before (-1) the place `at` in date order."""
        found: TimelineItem | None = self._read(
            partial(queries.neighbour, at=at, step=step, hidden=frozenset(hidden))
        )
        return found

    def item(self, key: str) -> TimelineItem | None:
        found: TimelineItem | None = self._read(partial(queries.item, key=key))
        return found


def _day(number: float) -> dt.date:
    ordinal = min(max(int(number), dt.date.min.toordinal()), dt.date.max.toordinal())
    return dt.date.fromordinal(ordinal)


def _split(items: list[TimelineItem]) -> tuple[tuple[TimelineItem, ...], tuple[TimelineItem, ...]]:
    return (
        tuple(item for item in items if item.is_agreement),
        tuple(item for item in items if not item.is_agreement),
    )
