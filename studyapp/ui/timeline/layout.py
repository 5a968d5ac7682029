"""Lanes for timeline items so that no two boxes overlap, at any zoom. Qt-free.

An item is a marker at its start day, a bar up to its end day for spans, and a label of fixed
pixel width after the marker. Its box therefore depends on the scale (pixels per day): labels
keep their width in pixels while dates spread apart as you zoom in.

Packing is greedy interval partitioning over items sorted by start (O(n log n)): each item
goes to a lane that is free at its left edge (see pack_lanes for which). The lanes are
computed at the *lower* edge of a zoom bucket and reused for every scale in that bucket.
That is safe because when the scale grows, every gap between two boxes of one lane only
widens (starts move apart in pixels, labels do not grow), so a layout without overlaps at
the bucket's scale has none at any larger scale. So while a bucket waits to be laid out (in
idle time), the layout of a smaller scale can stand in for it.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

# Two buckets per doubling of the scale: lanes stay compact, and a relayout is rare.
BUCKETS_PER_OCTAVE = 2


@dataclass(frozen=True, slots=True)
class BoxMetrics:
    """Pixel sizes of an item's box around its dates: marker before, label after, gap."""

    lead_px: float  # from the left edge of the box to the start day (half the marker)
    gap_px: float  # free space kept after a box before the next one in the lane


@dataclass(frozen=True, slots=True)
class Item:
    """One thing on the timeline, reduced to what its box needs."""

    key: str
    start: float  # day number (date ordinal) of the marker
    end: float  # day number of a span's end; equal to `start` for a point
    label_px: float  # width in pixels from the start day to the end of the label


def box_days(item: Item, px_per_day: float, metrics: BoxMetrics) -> tuple[float, float]:
    """The item's box as (left, right) in days at `px_per_day`, gap included on the right."""
    left = item.start - metrics.lead_px / px_per_day
    right = max(item.end, item.start + item.label_px / px_per_day) + metrics.gap_px / px_per_day
    return left, right


def bucket_scale(px_per_day: float) -> float:
    """The lower edge of the zoom bucket holding `px_per_day` (never above it)."""
    step = math.floor(math.log2(px_per_day) * BUCKETS_PER_OCTAVE + 1e-9)
    scale = math.pow(2.0, step / BUCKETS_PER_OCTAVE)
    # Guard against rounding: the bucket scale must not exceed the real one.
    return scale if scale <= px_per_day else math.pow(2.0, (step - 1) / BUCKETS_PER_OCTAVE)


@dataclass
class Lane:
    """Items of one lane in date order, with their starts and right edges for bisecting."""

    items: list[int] = field(default_factory=list)  # indices into the packed sequence
    starts: list[float] = field(default_factory=list)
    rights: list[float] = field(default_factory=list)  # right edges in days at the bucket scale

    def visible(self, first_day: float, last_day: float) -> range:
        """Positions in this lane of the items whose boxes may reach [first_day, last_day].

        Right edges at the bucket scale bound the real ones from above, so nothing visible
        is culled; at most a box or two just off screen is kept.
        """
        return range(bisect_left(self.rights, first_day), bisect_right(self.starts, last_day))


@dataclass
class LaneLayout:
    """Lanes of a sequence of items computed at `scale` pixels per day."""

    scale: float
    lane_of: list[int]  # per item, its lane
    lanes: list[Lane]

    def lane_count(self) -> int:
        return len(self.lanes)


def pack_lanes(
    items: Sequence[Item], scale: float, metrics: BoxMetrics, cap_px: float = math.inf
) -> LaneLayout:
    """Assign each item (sorted by start) a lane free at its left edge, counting no label as
    wider than `cap_px` (the painter shortens a label only where it must). Uncapped, the
    lowest free lane: lanes fill from the top. Capped, the lane free the longest: a label
    drawn on past its packed width then runs furthest before the next item of its lane.
    Either way a new lane opens only when none is free, so the count is the least possible."""
    push, pop = heapq.heappush, heapq.heappop  # local names: this loop runs 10,000 times
    busy: list[tuple[float, int]] = []  # (right edge, lane) of the last box of each busy lane
    # Lanes whose last box ends before the current left edge, by (that end, lane) when
    # capped, else by (0, lane).
    free: list[tuple[float, int]] = []
    spread = cap_px < math.inf
    lane_items: list[list[int]] = []
    lane_starts: list[list[float]] = []
    lane_rights: list[list[float]] = []
    lane_of = [0] * len(items)
    lead = metrics.lead_px / scale
    gap = metrics.gap_px / scale
    per_pixel = 1.0 / scale
    for index, item in enumerate(items):
        start = item.start
        left = start - lead
        while busy and busy[0][0] <= left:
            freed = pop(busy)
            push(free, freed if spread else (0.0, freed[1]))
        if free:
            lane = pop(free)[1]
        else:
            lane = len(lane_items)
            lane_items.append([])
            lane_starts.append([])
            lane_rights.append([])
        label_px = item.label_px if item.label_px < cap_px else cap_px
        label_end = start + label_px * per_pixel
        end = item.end
        right = (end if end > label_end else label_end) + gap
        push(busy, (right, lane))
        lane_items[lane].append(index)
        lane_starts[lane].append(start)
        lane_rights[lane].append(right)
        lane_of[index] = lane
    lanes = [
        Lane(members, starts, rights)
        for members, starts, rights in zip(lane_items, lane_starts, lane_rights, strict=True)
    ]
    return LaneLayout(scale, lane_of, lanes)


class LayoutCache:
    """Lane layouts of one item sequence, one per zoom bucket and label cap, computed on
    first use. `cap_px` is the widest a label counts for packing (the canvas narrows it so
    that the lanes fit the height it has)."""

    def __init__(self, items: Sequence[Item], metrics: BoxMetrics) -> None:
        self.items = items
        self.metrics = metrics
        self.cap_px = math.inf
        self._layouts: dict[tuple[float, float], LaneLayout] = {}

    def at(self, px_per_day: float, cap_px: float | None = None) -> LaneLayout:
        cap = self.cap_px if cap_px is None else cap_px
        scale = bucket_scale(px_per_day)
        layout = self._layouts.get((scale, cap))
        if layout is None:
            layout = pack_lanes(self.items, scale, self.metrics, cap)
            self._layouts[scale, cap] = layout
        return layout

    def has(self, px_per_day: float) -> bool:
        return (bucket_scale(px_per_day), self.cap_px) in self._layouts

    def best(self, px_per_day: float) -> LaneLayout:
        """The bucket's layout if it is ready, else the ready one of the nearest smaller scale
        (valid too: boxes only move apart as the scale grows), else laid out now."""
        scale, cap = bucket_scale(px_per_day), self.cap_px
        layout = self._layouts.get((scale, cap))
        if layout is not None:
            return layout
        smaller = [
            ready for ready, ready_cap in self._layouts if ready < scale and ready_cap == cap
        ]
        return self._layouts[max(smaller), cap] if smaller else self.at(px_per_day)

    def label_px(self, item: Item) -> float:
        """The width `item`'s label is packed with."""
        return min(item.label_px, self.cap_px)


def bucket_scales(low: float, high: float) -> list[float]:
    """Every bucket scale needed to show scales from `low` to `high` pixels per day."""
    first = math.floor(math.log2(bucket_scale(low)) * BUCKETS_PER_OCTAVE + 0.5)
    last = math.floor(math.log2(high) * BUCKETS_PER_OCTAVE + 1e-9)
    return [math.pow(2.0, step / BUCKETS_PER_OCTAVE) for step in range(first, last + 1)]


def fit_scale(items: Sequence[Item], first: float, last: float, width: float) -> float:
    """The largest scale at which [first, last] and every label after it fit in `width` px."""
    scale = width / max(last - first, 1.0)
    for item in items:
        room = width - item.label_px
        if room > 0 and item.start > first:
            scale = min(scale, room / (item.start - first))
    return scale
