"""The timeline's items as a screen reader walks them: in date order, each named with its
kind, title and date in the calendar chosen for the axis, the selected one current.

The children are the items laid out in the dates read; where a group has too many there to
label, its clusters on screen (how many, from when to when) stand for them; and the selected
item, wherever it is, so that stepping with ← and → always reaches the reader."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QRectF

from studyapp.content.timeline_queries import TimelineItem
from studyapp.i18n import translate
from studyapp.ui.shared.painted_items import PaintedItem
from studyapp.ui.timeline import density, geometry
from studyapp.ui.timeline.dates import in_calendar
from studyapp.ui.timeline.model import AGREEMENTS, EVENTS
from studyapp.wording import name

if TYPE_CHECKING:
    from studyapp.ui.timeline.canvas import TimelineCanvas


def record_name(record: TimelineItem, calendar: str) -> str:
    """'Agreement: Second Russo-Japanese Agreement, 4 July 1910 (1910-07-04)'."""
    when = in_calendar(calendar, record.date, record.precision) or record.date.isoformat()
    if record.is_agreement:
        return translate("TimelineItems", "Agreement: {title}, {when}").format(
            title=name(record), when=when
        )
    if record.end is not None:
        until = in_calendar(calendar, record.end, record.precision) or record.end.isoformat()
        when = translate("TimelineItems", "{start} to {end}").format(start=when, end=until)
    return translate("TimelineItems", "Event: {title}, {when}").format(
        title=name(record), when=when
    )


def _extras(canvas: TimelineCanvas) -> list[density.Cluster | TimelineItem]:
    """The children after the laid-out items: clusters on screen, the selection if apart."""
    found: list[density.Cluster | TimelineItem] = [
        *density.clusters(canvas, AGREEMENTS),
        *density.clusters(canvas, EVENTS),
    ]
    selected = canvas.selected_item
    if selected is not None and canvas.model.entry(selected.key) is None:
        found.append(selected)
    return found


def count(canvas: TimelineCanvas) -> int:
    entries = len(canvas.model.entries)
    if canvas.read_window.whole and canvas.selected_item is None:
        return entries
    return entries + len(_extras(canvas))


def item(canvas: TimelineCanvas, index: int) -> PaintedItem:
    entries = canvas.model.entries
    if index >= len(entries):
        extra = _extras(canvas)[index - len(entries)]
        if isinstance(extra, density.Cluster):
            rect = density.cluster_rect(canvas, extra)
            return PaintedItem(density.cluster_name(extra), _visible(canvas, rect))
        rect = density.selected_rect(canvas) or QRectF()
        return PaintedItem(
            record_name(extra, canvas.calendar), _visible(canvas, rect), selected=True
        )
    entry = entries[index]
    left, right = geometry.box_of(canvas, entry)
    bands = canvas.bands()
    top = geometry.lane_top(canvas, entry, bands)
    height = canvas.sizes.agreement_lane if entry.group == AGREEMENTS else canvas.sizes.lane
    rect = QRectF(left, top, max(1.0, right - left), height)
    return PaintedItem(
        record_name(entry.record, canvas.calendar),
        _visible(canvas, rect),
        selected=entry.key == canvas.selected,
    )


def _visible(canvas: TimelineCanvas, rect: QRectF) -> QRect:
    return rect.toRect().intersected(canvas.rect())


def current(canvas: TimelineCanvas) -> int | None:
    if not canvas.selected:
        return None
    number = canvas.model.index_of.get(canvas.selected)
    if number is not None:
        return number
    return count(canvas) - 1 if canvas.selected_item is not None else None
