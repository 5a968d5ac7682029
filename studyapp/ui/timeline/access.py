"""The timeline's items as a screen reader walks them: in date order, each named with its
kind, title and date in the calendar chosen for the axis, the selected one current."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect

from studyapp.content.records import AgreementRecord
from studyapp.i18n import translate
from studyapp.ui.shared.painted_items import PaintedItem
from studyapp.ui.timeline import geometry
from studyapp.ui.timeline.dates import in_calendar
from studyapp.ui.timeline.model import AGREEMENTS, Entry
from studyapp.wording import name

if TYPE_CHECKING:
    from studyapp.ui.timeline.canvas import TimelineCanvas


def item_name(entry: Entry, calendar: str) -> str:
    """'Agreement: Second Russo-Japanese Agreement, 4 July 1910 (1910-07-04)'."""
    record = entry.record
    if isinstance(record, AgreementRecord):
        when = in_calendar(calendar, record.signed) or record.signed.isoformat()
        return translate("TimelineItems", "Agreement: {title}, {when}").format(
            title=name(record), when=when
        )
    when = in_calendar(calendar, record.date, record.precision) or record.date.isoformat()
    if record.end is not None:
        until = in_calendar(calendar, record.end, record.precision) or record.end.isoformat()
        when = translate("TimelineItems", "{start} to {end}").format(start=when, end=until)
    return translate("TimelineItems", "Event: {title}, {when}").format(
        title=name(record), when=when
    )


def item(canvas: TimelineCanvas, index: int) -> PaintedItem:
    entry = canvas.model.entries[index]
    left, right = geometry.box_of(canvas, entry)
    bands = canvas.bands()
    top = geometry.lane_top(canvas, entry, bands)
    height = canvas.sizes.agreement_lane if entry.group == AGREEMENTS else canvas.sizes.lane
    rect = QRect(round(left), round(top), max(1, round(right - left)), round(height))
    visible = rect.intersected(canvas.rect())
    return PaintedItem(
        item_name(entry, canvas.calendar),
        visible,
        selected=entry.key == canvas.selected,
    )


def current(canvas: TimelineCanvas) -> int | None:
    return canvas.model.index_of.get(canvas.selected) if canvas.selected else None
