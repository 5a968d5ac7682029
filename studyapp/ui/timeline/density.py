"""Where too many items are in view to label, the timeline draws how many fall where.

A group (the agreements, the events) with more items in the dates read than can be labelled
(reading.py) is drawn as clusters: one bar per stretch of days a few pixels wide, as tall as
its count allows, from the day counts the database sums. A click on a cluster zooms into it;
its tooltip and its name for a screen reader say how many items it holds and when. The
selected item is drawn on top, so stepping through items with ← and → shows where one is.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from studyapp.date_text import format_date
from studyapp.i18n import Context
from studyapp.ui.shared.colours import mix
from studyapp.ui.timeline.model import AGREEMENTS, EVENTS
from studyapp.wording import name

if TYPE_CHECKING:
    from studyapp.ui.timeline.canvas import TimelineCanvas
    from studyapp.ui.timeline.geometry import Bands

CLUSTER_PX = 6.0  # the narrowest a cluster is drawn
DENSITY_LANES = 4  # the height the events' clusters ask for, in lanes
TimelineDensity = Context("TimelineDensity")  # plurals (studyapp.i18n.Context)


@dataclass(frozen=True, slots=True)
class Cluster:
    group: int  # AGREEMENTS or EVENTS
    first_day: int
    days: int
    count: int

    @property
    def last_day(self) -> int:
        return self.first_day + self.days - 1


def cluster_days(scale: float) -> int:
    """Days a cluster covers at `scale` pixels a day: a power of two, so that the clusters
    stay put as the view pans and split in two as it zooms in."""
    return int(2 ** max(0, math.ceil(math.log2(max(CLUSTER_PX / scale, 1.0)))))


def counted(canvas: TimelineCanvas, group: int) -> bool:
    """Whether `group` is drawn as clusters in the dates read now."""
    window = canvas.read_window
    return (window.agreements if group == AGREEMENTS else window.events) is None


def clusters(canvas: TimelineCanvas, group: int) -> list[Cluster]:
    """The clusters of `group` on screen now (none if it is labelled, or not yet counted)."""
    densities = canvas.densities()
    if not counted(canvas, group) or densities is None:
        return []
    days = cluster_days(canvas.view.scale)
    first, last = canvas.visible_range()
    return [
        Cluster(group, start, days, count)
        for start, count in densities[group].buckets(first, last, days)
    ]


def band(canvas: TimelineCanvas, group: int, bands: Bands) -> QRectF:
    """The area a group's clusters are drawn in."""
    width = canvas.content_width()
    if group == AGREEMENTS:
        return QRectF(0, bands.agreements_top, width, canvas.sizes.agreement_lane)
    return QRectF(0, bands.events_top, width, max(canvas.height() - bands.events_top, 1.0))


def _bars(canvas: TimelineCanvas, found: list[Cluster], area: QRectF) -> list[QRectF]:
    """A bar per cluster, its height growing with the root of its count (so a day with a
    tenth of the busiest still shows), above the area's bottom and below its caption."""
    first_day, scale = canvas.view.first_day, canvas.view.scale
    bottom = area.bottom() - 2
    room = max(bottom - (area.top() + canvas.sizes.line + 4), 2.0)
    per_count = room / math.sqrt(max(cluster.count for cluster in found))
    width = max(found[0].days * scale - 1, 1.0)
    bars = []
    for cluster in found:
        height = max(per_count * math.sqrt(cluster.count), 2.0)
        bars.append(QRectF((cluster.first_day - first_day) * scale, bottom - height, width, height))
    return bars


def paint(canvas: TimelineCanvas, painter: QPainter, bands: Bands) -> None:
    """Both groups' clusters where they are counted, with a caption saying what they are."""
    for group in (AGREEMENTS, EVENTS):
        if counted(canvas, group):
            _paint_group(canvas, painter, group, band(canvas, group, bands))


def _paint_group(canvas: TimelineCanvas, painter: QPainter, group: int, area: QRectF) -> None:
    from studyapp.ui.timeline.painting import plain_text  # painting.py imports this module

    colours = canvas.colours
    found = clusters(canvas, group)
    if group == EVENTS:
        height = min(area.height(), _events_room(canvas))
        area = QRectF(area.left(), area.top(), area.width(), height)
    if found:
        accent = colours.agreement if group == AGREEMENTS else colours.marker
        painter.save()
        # Opaque and unsmoothed: blending a hundred tall translucent bars costs a frame.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mix(colours.base, accent, 0.55))
        painter.drawRects(_bars(canvas, found, area))
        painter.restore()
    painter.setPen(colours.faint_text)
    caption = caption_text(canvas, group, sum(cluster.count for cluster in found))
    plain_text(canvas, painter, QPointF(area.left() + canvas.sizes.pad, area.top() + 2), caption)


def _events_room(canvas: TimelineCanvas) -> float:
    return max(DENSITY_LANES * canvas.sizes.lane, canvas.height() / 2)


def caption_text(canvas: TimelineCanvas, group: int, count: int) -> str:
    if canvas.densities() is None:
        return QCoreApplication.translate("TimelineDensity", "Counting the items…")
    if group == AGREEMENTS:
        text = TimelineDensity.tr(
            "%n agreements in view: zoom in to see them one by one", "", count
        )
    else:
        text = TimelineDensity.tr("%n events in view: zoom in to see them one by one", "", count)
    return text


def cluster_at(canvas: TimelineCanvas, point: QPointF) -> Cluster | None:
    """The cluster whose stretch of days is under `point`, in its group's band."""
    bands = canvas.bands()
    for group in (AGREEMENTS, EVENTS):
        area = band(canvas, group, bands)
        if counted(canvas, group) and area.top() <= point.y() <= area.bottom():
            day = canvas.view.day_at(point.x())
            for cluster in clusters(canvas, group):
                if cluster.first_day <= day < cluster.first_day + cluster.days:
                    return cluster
    return None


def cluster_rect(canvas: TimelineCanvas, cluster: Cluster) -> QRectF:
    area = band(canvas, cluster.group, canvas.bands())
    x0 = canvas.view.x_of(cluster.first_day)
    return QRectF(x0, area.top(), max(cluster.days * canvas.view.scale, 1.0), area.height())


def cluster_name(cluster: Cluster) -> str:
    """'12 events from 1 May 1905 to 2 June 1905: zoom in to see them'."""
    first = format_date(dt.date.fromordinal(cluster.first_day))
    last = format_date(dt.date.fromordinal(cluster.last_day))
    if cluster.group == AGREEMENTS:
        text = TimelineDensity.tr("%n agreements from {first} to {last}", "", cluster.count)
    else:
        text = TimelineDensity.tr("%n events from {first} to {last}", "", cluster.count)
    return text.format(first=first, last=last)


def cluster_tooltip(cluster: Cluster) -> str:
    hint = QCoreApplication.translate("TimelineDensity", "Click to zoom in")
    return f"<b>{cluster_name(cluster)}</b><p><i>{hint}</i></p>"


def zoom_into(canvas: TimelineCanvas, cluster: Cluster) -> None:
    canvas.show_stretch(cluster.first_day, cluster.last_day)


def selected_rect(canvas: TimelineCanvas) -> QRectF | None:
    """Where the selected item is drawn over the clusters, if it is (its group is counted
    in the dates read, so it is not laid out with the others)."""
    item = canvas.selected_item
    if item is None or canvas.model.entry(item.key) is not None:
        return None
    sizes = canvas.sizes
    group = AGREEMENTS if item.is_agreement else EVENTS
    area = band(canvas, group, canvas.bands())
    lane = sizes.agreement_lane if item.is_agreement else sizes.lane
    top = area.top() + (sizes.line + 4 if group == EVENTS else 0)  # under the caption
    x = canvas.view.x_of(item.day)
    width = canvas.text_width(name(item)) + sizes.marker + 3 * sizes.pad
    return QRectF(x - sizes.marker - 2, top + 1, width, lane - 2)


def paint_selected(canvas: TimelineCanvas, painter: QPainter) -> None:
    """The selected item where it is not laid out: a marker at its day and its title on a
    plate, over the clusters."""
    from studyapp.ui.timeline.painting import plain_text  # painting.py imports this module

    plate = selected_rect(canvas)
    item = canvas.selected_item
    if plate is None or item is None or not 0 <= canvas.view.x_of(item.day) <= canvas.width():
        return
    sizes, colours = canvas.sizes, canvas.colours
    painter.setPen(QPen(colours.highlight, 1.5))
    painter.setBrush(colours.selection_fill)
    painter.drawRoundedRect(plate, 4, 4)
    x, middle = canvas.view.x_of(item.day), plate.center().y()
    marker = QPen(colours.agreement if item.is_agreement else colours.marker, sizes.marker * 2)
    marker.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(marker)
    painter.drawPoint(QPointF(x, middle))
    painter.setPen(colours.text)
    top = middle - sizes.line / 2
    plain_text(canvas, painter, QPointF(x + sizes.marker + sizes.pad, top), name(item))
