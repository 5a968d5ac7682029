"""Where things are on the timeline widget: band heights, item boxes, and what is under a point."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout

from studyapp.content.records import EraRecord
from studyapp.ui.timeline.layout import BoxMetrics
from studyapp.ui.timeline.model import (
    AGREEMENTS,
    EVENTS,
    Entry,
    LabelSizer,
    agreement_label_parts,
)

if TYPE_CHECKING:
    from studyapp.ui.timeline.canvas import TimelineCanvas


@dataclass(frozen=True, slots=True)
class Sizes:
    """Pixel sizes derived from the widget's font, so the timeline scales with it."""

    line: float
    bold_line: float
    pad: float
    marker: float  # radius of an event's dot
    diamond: float  # half the width of an agreement's diamond
    star: float  # radius of a bookmark star
    lane: float
    agreement_lane: float
    period_lane: float
    axis: float
    reign: float
    max_label: float  # event titles longer than this are elided (the tooltip has them whole)
    # How far below an agreement label's top its bold English title and its Japanese title
    # start, so that the two, drawn apart in their own fonts, share one baseline.
    title_drop: float
    japanese_drop: float

    @classmethod
    def of(cls, font: QFont, bold: QFont) -> Sizes:
        metrics = QFontMetricsF(font)
        line = metrics.height()
        bold_line = QFontMetricsF(bold).height()
        title_ascent = QFontMetricsF(bold).ascent()
        japanese_ascent = line_ascent("日露協約", font)  # a fallback font's, as often as not
        baseline = max(title_ascent, japanese_ascent)
        return cls(
            line=line,
            bold_line=bold_line,
            pad=round(line * 0.3),
            marker=line * 0.22,
            diamond=line * 0.34,
            star=line * 0.34,
            lane=round(line + 6),
            agreement_lane=round(bold_line + 10),
            period_lane=round(line + 4),
            axis=round(2 * line + 12),
            reign=round(line + 6),
            max_label=metrics.averageCharWidth() * 34,
            title_drop=baseline - title_ascent,
            japanese_drop=baseline - japanese_ascent,
        )


def line_ascent(text: str, font: QFont) -> float:
    """The ascent of a line of `text` as laid out, fallback fonts included."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    return line.ascent()


def label_sizer(
    font: QFont, bold: QFont, sizes: Sizes, *, advances: dict[str, float] | None = None
) -> LabelSizer:
    """Label widths as the painter will draw them: marker, padding, text (and star room).

    Given `advances` (letter -> width, kept by the caller for its font), an event's title is
    not measured but summed from the advances of its letters, each measured once: far less
    work where titles need a fallback font, and near enough for packing lanes (the painter
    shortens a label to the room it has, measured, so no two still overlap)."""
    plain_metrics, bold_metrics = QFontMetricsF(font), QFontMetricsF(bold)
    agreement_extra = sizes.diamond + sizes.pad * 3 + sizes.star * 2  # star: see painting.py
    event_extra = sizes.marker + sizes.pad

    def agreement_px(label: str) -> float:
        bold_part, regular_part = agreement_label_parts(label)
        text_px = bold_metrics.horizontalAdvance(bold_part)
        return agreement_extra + text_px + plain_metrics.horizontalAdvance(regular_part)

    elide_right = Qt.TextElideMode.ElideRight  # looked up once: a Qt enum costs µs a time
    max_event_px = event_extra + sizes.max_label

    def event_label(title: str) -> tuple[str, float]:
        # One measurement a title; only one too wide is elided, and its label is given the
        # widest width allowed, which the elided text never exceeds (by less than a letter).
        text_px = plain_metrics.horizontalAdvance(title)
        if text_px > sizes.max_label:
            return plain_metrics.elidedText(title, elide_right, sizes.max_label), max_event_px
        return title, event_extra + text_px

    known = advances if advances is not None else {}

    def estimated_event_label(title: str) -> tuple[str, float]:
        text_px = 0.0
        for letter in title:
            advance = known.get(letter)
            if advance is None:
                advance = known[letter] = plain_metrics.horizontalAdvance(letter)
            text_px += advance
        return title, event_extra + min(text_px, sizes.max_label)

    return LabelSizer(
        agreement_px=agreement_px,
        event_label=event_label if advances is None else estimated_event_label,
        period_px=lambda text: plain_metrics.horizontalAdvance(text) + 2 * sizes.pad,
    )


def box_metrics(sizes: Sizes) -> BoxMetrics:
    return BoxMetrics(lead_px=sizes.diamond + 2, gap_px=round(sizes.line * 0.7))


@dataclass(frozen=True, slots=True)
class Bands:
    """Where each horizontal band starts, for the current zoom bucket (lane counts vary)."""

    reign_top: float
    period_top: float
    agreements_top: float
    events_top: float


def bands_of(canvas: TimelineCanvas) -> Bands:
    sizes, model, scale = canvas.sizes, canvas.model, canvas.view.scale
    period_lanes = model.period_layouts.best(scale).lane_count()
    agreement_lanes = model.layouts[AGREEMENTS].best(scale).lane_count()
    if canvas.read_window.agreements is None:  # drawn as counts, in a lane of their own
        agreement_lanes = 1
    reign_top = sizes.axis
    period_top = reign_top + (sizes.reign if model.reigns else 0)
    agreements_top = period_top + period_lanes * sizes.period_lane + sizes.pad
    events_top = agreements_top + agreement_lanes * sizes.agreement_lane + sizes.pad
    return Bands(reign_top, period_top, agreements_top, events_top)


def lane_top(canvas: TimelineCanvas, entry: Entry, bands: Bands) -> float:
    lane = canvas.model.layouts[entry.group].best(canvas.view.scale).lane_of[entry.position]
    if entry.group == AGREEMENTS:
        return bands.agreements_top + lane * canvas.sizes.agreement_lane
    return bands.events_top + lane * canvas.sizes.lane - canvas.scroll_y


def box_of(canvas: TimelineCanvas, entry: Entry) -> tuple[float, float]:
    """Left and right pixel edges of an item's marker, bar and label."""
    item = canvas.model.item_of(entry)
    x = canvas.view.x_of(item.start)
    right = max(canvas.view.x_of(item.end), x + canvas.model.layouts[entry.group].label_px(item))
    return x - canvas.model.metrics.lead_px, right


def entry_at(canvas: TimelineCanvas, point: QPointF) -> Entry | None:
    """The agreement or event whose box holds `point`, if any."""
    bands, sizes = bands_of(canvas), canvas.sizes
    x, y = point.x(), point.y()
    if x > canvas.content_width() or y < bands.agreements_top:
        return None
    if y < bands.events_top:
        group, lane_number = AGREEMENTS, int((y - bands.agreements_top) // sizes.agreement_lane)
    else:
        group, lane_number = EVENTS, int((y - bands.events_top + canvas.scroll_y) // sizes.lane)
    layout = canvas.model.layouts[group].best(canvas.view.scale)
    if not 0 <= lane_number < layout.lane_count():
        return None
    lane = layout.lanes[lane_number]
    day = canvas.view.day_at(x)
    lead = canvas.model.metrics.lead_px / canvas.view.scale
    for position in lane.visible(day, day + lead):
        entry = canvas.model.group_entries[group][lane.items[position]]
        left, right = box_of(canvas, entry)
        if left <= x <= right:
            return entry
    return _on_longer_label(canvas, group, lane.items, bisect_right(lane.starts, day) - 1, x)


def _on_longer_label(
    canvas: TimelineCanvas, group: int, members: list[int], position: int, x: float
) -> Entry | None:
    """The event whose label, drawn longer than it was packed (up to the next item of its
    lane), runs under `x`; so hovering anywhere on a label shows its title."""
    if group != EVENTS or position < 0:
        return None
    model, view = canvas.model, canvas.view
    entry = model.group_entries[EVENTS][members[position]]
    item = model.item_of(entry)
    text_left = view.x_of(item.start) + canvas.sizes.marker + canvas.sizes.pad
    room = float("inf")
    if position + 1 < len(members):
        following = model.items[EVENTS][members[position + 1]]
        room = view.x_of(following.start) - model.metrics.lead_px - model.metrics.gap_px
        room -= text_left
    drawn = canvas.text_width(canvas.event_text(entry, room))
    return entry if text_left <= x <= text_left + drawn else None


def era_at(canvas: TimelineCanvas, point: QPointF) -> EraRecord | None:
    """The reign or period whose strip or label lane holds `point`, if any."""
    bands, model = bands_of(canvas), canvas.model
    day = canvas.view.day_at(point.x())
    if bands.reign_top <= point.y() < bands.period_top:
        candidates = model.reigns
    elif bands.period_top <= point.y() < bands.agreements_top:
        lane = int((point.y() - bands.period_top) // canvas.sizes.period_lane)
        lanes = model.period_layouts.best(canvas.view.scale).lane_of
        candidates = [era for era, on in zip(model.periods, lanes, strict=True) if on == lane]
    else:
        return None
    for era in candidates:
        end = era.end.toordinal() if era.end else float("inf")
        if era.start.toordinal() <= day <= end:
            return era
    return None
