"""What the timeline shows of the dates read (a window, reading.py), in date order, with
lane layouts per zoom. Qt-free.

Agreements and context events are two groups, each packed into its own lanes: the agreements
in a band of their own at the top, the events below. Periods (wars, revolutions) are packed
too, so their labels never overlap; reigns sit in one strip. A group with too many items in
the window to label is not here: it is drawn from its day counts (density.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from studyapp.calendars import FIRST_SUPPORTED_DATE
from studyapp.content.records import EraRecord
from studyapp.content.timeline_queries import AGREEMENT_GROUP, EVENT_GROUP, TimelineItem
from studyapp.ui.timeline.layout import BoxMetrics, Item, LayoutCache, fit_scale
from studyapp.wording import name

AGREEMENTS = AGREEMENT_GROUP
EVENTS = EVENT_GROUP
_DEFAULT_RANGE = (dt.date(1900, 1, 1).toordinal(), dt.date(1926, 1, 1).toordinal())


# An agreement's label: its English title in bold, then its Japanese title in the regular
# weight. Drawing no Japanese in bold keeps the bold CJK face (a 20 MB font file) unloaded.
_LABEL_GAP = "  "


def agreement_label(title: str, title_ja: str) -> str:
    return f"{title}{_LABEL_GAP}{title_ja}" if title_ja else title


def agreement_label_parts(label: str) -> tuple[str, str]:
    """(the bold part, the regular part) of an agreement's label."""
    title, gap, title_ja = label.partition(_LABEL_GAP)
    return title, gap + title_ja


@dataclass(frozen=True, slots=True)
class Entry:
    """An agreement or an event as the timeline holds it."""

    key: str
    group: int  # AGREEMENTS or EVENTS
    position: int  # its index in its group's items (and lane layout)
    label: str
    record: TimelineItem

    @property
    def is_agreement(self) -> bool:
        return self.group == AGREEMENTS


@dataclass(frozen=True, slots=True)
class LabelSizer:
    """Pixel widths, supplied by the widget's fonts."""

    agreement_px: Callable[[str], float]  # an agreement's label, from its start day to its end
    # An event's title, shortened if need be to the widest label allowed, and the label's
    # width from the start day.
    event_label: Callable[[str], tuple[str, float]]
    period_px: Callable[[str], float]  # a period's label width, padding included


class TimelineModel:
    def __init__(
        self,
        agreements: Sequence[TimelineItem],
        events: Sequence[TimelineItem],
        eras: Sequence[EraRecord],
        sizer: LabelSizer,
        metrics: BoxMetrics,
        *,
        world: tuple[dt.date, dt.date] | None = None,
        whole: bool = True,
    ) -> None:
        """The items given, laid out; `world` is the first and last day of the whole content
        (by default those of the items given); `whole` says the items are all there are."""
        self.whole = whole
        rows: list[tuple[int, int, str, str, float, TimelineItem]] = []
        for agreement in agreements:
            label = agreement_label(agreement.title, agreement.title_ja)
            start = agreement.date.toordinal()
            rows.append(
                (start, AGREEMENTS, agreement.key, label, sizer.agreement_px(label), agreement)
            )
        for event in events:
            label, label_px = sizer.event_label(name(event))  # title_ja in Japanese
            rows.append((event.date.toordinal(), EVENTS, event.key, label, label_px, event))
        rows.sort(key=lambda row: (row[0], row[1], row[2]))
        self.entries: list[Entry] = []
        self.items: tuple[list[Item], list[Item]] = ([], [])
        self.group_entries: tuple[list[Entry], list[Entry]] = ([], [])
        for start, group, key, label, label_px, record in rows:
            end = record.end.toordinal() if record.end else start
            item = Item(key, float(start), float(max(end, start)), label_px)
            entry = Entry(key, group, len(self.items[group]), label, record)
            self.items[group].append(item)
            self.group_entries[group].append(entry)
            self.entries.append(entry)
        self.index_of = {entry.key: number for number, entry in enumerate(self.entries)}
        self.starts = [float(row[0]) for row in rows]  # of the entries, in their order
        self.metrics = metrics
        self.layouts = (
            LayoutCache(self.items[AGREEMENTS], metrics),
            LayoutCache(self.items[EVENTS], metrics),
        )
        self.reigns = sorted((era for era in eras if era.kind == "reign"), key=lambda e: e.start)
        self.periods = sorted((era for era in eras if era.kind != "reign"), key=lambda e: e.start)
        self.period_labels = [f"{era.name}  {era.name_ja}".strip() for era in self.periods]
        self.period_items = [
            Item(
                era.key, float(era.start.toordinal()), float(_era_end(era)), sizer.period_px(label)
            )
            for era, label in zip(self.periods, self.period_labels, strict=True)
        ]
        self.period_layouts = LayoutCache(self.period_items, BoxMetrics(0.0, metrics.gap_px))
        self.period_segments = overlap_segments(self.period_items)
        self.first_day, self.last_day = self._range(world)

    def _range(self, world: tuple[dt.date, dt.date] | None) -> tuple[float, float]:
        """The content's dates with a margin of 2 % each side (never before 1873)."""
        items = self.items[AGREEMENTS] + self.items[EVENTS]
        if world is not None:
            first, last = float(world[0].toordinal()), float(world[1].toordinal())
        elif items:
            first = min(item.start for item in items)
            last = max(item.end for item in items)
        else:
            return _DEFAULT_RANGE
        margin = max((last - first) * 0.02, 30.0)
        return max(first - margin, FIRST_SUPPORTED_DATE.toordinal()), last + margin

    def fit_scale(self, width: float) -> float:
        """Pixels per day that show the whole range, labels included (of all the items, when
        all are here), in `width` pixels."""
        items = self.items[AGREEMENTS] + self.items[EVENTS] if self.whole else []
        return fit_scale(items, self.first_day, self.last_day, width)

    def entry(self, key: str) -> Entry | None:
        number = self.index_of.get(key)
        return None if number is None else self.entries[number]

    def item_of(self, entry: Entry) -> Item:
        return self.items[entry.group][entry.position]


def overlap_segments(items: Sequence[Item]) -> list[tuple[float, float, int]]:
    """(start, end, how many items cover it) for every stretch covered by one or more items.

    Periods are painted as opaque bands of a shade per depth: the same picture as stacking
    translucent bands, at a fraction of the cost (blending a tall band is slow)."""
    changes = sorted([(item.start, 1) for item in items] + [(item.end + 1, -1) for item in items])
    segments = []
    depth = 0
    for (day, change), (next_day, _) in pairwise(changes):  # the last change ends at depth 0
        depth += change
        if depth > 0 and next_day > day:
            segments.append((day, next_day, depth))
    return segments


def _era_end(era: EraRecord) -> int:
    return (era.end or dt.date.today()).toordinal()
