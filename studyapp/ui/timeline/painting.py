"""Painting one frame of the timeline: only what is on screen, in as few calls as possible.

Back to front: period bands, grid, axis, reign strip, period labels, agreements, events.
Events are culled per lane by bisection (layout.Lane.visible) and per lane range by the
scroll position; their bars, dots and texts are batched so the painter changes state a few
times per frame, not per item. Texts are cached QStaticText (shaped once).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from studyapp.ui.timeline import density
from studyapp.ui.timeline.axis import AxisTicks, Tick
from studyapp.ui.timeline.export import ExportStoppedError
from studyapp.ui.timeline.model import AGREEMENTS, EVENTS, agreement_label_parts
from studyapp.wording import name

if TYPE_CHECKING:
    from studyapp.ui.timeline.canvas import TimelineCanvas
    from studyapp.ui.timeline.geometry import Bands

_NO_PEN = Qt.PenStyle.NoPen
PROGRESS_EVERY = 500  # labels painted between two reports to an export's progress bar


def paint_timeline(canvas: TimelineCanvas, painter: QPainter) -> None:
    colours = canvas.colours
    painter.fillRect(QRectF(canvas.rect()), colours.base)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setFont(canvas.font())
    bands = canvas.bands()
    first, last = canvas.visible_range()
    ticks = canvas.axis.ticks(canvas.calendar, canvas.view.scale, first, last)
    _period_bands(canvas, painter, bands)
    _grid(canvas, painter, bands, ticks)
    _axis(canvas, painter, ticks)
    _reigns(canvas, painter, bands)
    _period_labels(canvas, painter, bands)
    _agreements(canvas, painter, bands)
    _events(canvas, painter, bands)
    density.paint(canvas, painter, bands)
    density.paint_selected(canvas, painter)
    if not canvas.model.entries and canvas.read_window.whole:
        nothing = QCoreApplication.translate("TimelineCanvas", "No events to show")
        painter.setPen(colours.faint_text)
        painter.drawText(QRectF(canvas.rect()), Qt.AlignmentFlag.AlignCenter, nothing)
    if canvas.hasFocus() and canvas.selected is None:
        painter.setPen(QPen(colours.highlight, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(canvas.rect()).adjusted(1, 1, -1, -1))


def _text(
    canvas: TimelineCanvas, painter: QPainter, point: QPointF, text: str, group: int = -1
) -> None:
    """Draw `text` with its top left at `point`, in the pen's colour; or, for an SVG
    export, hand it to the page's text sink."""
    if canvas.text_sink is None:
        painter.drawStaticText(point, canvas.static_text(group, text))
    else:
        canvas.text_sink.add(point, text, painter.pen().color())


def plain_text(canvas: TimelineCanvas, painter: QPainter, point: QPointF, text: str) -> None:
    """Draw `text` in the regular font with its top left at `point` (or hand it to an SVG
    export's text sink)."""
    _text(canvas, painter, point, text)


def _visible_ticks(ticks: tuple[Tick, ...], first: float, last: float) -> tuple[Tick, ...]:
    low = bisect_left(ticks, first - 1, key=lambda tick: tick.day)
    return ticks[max(low - 1, 0) : bisect_right(ticks, last, key=lambda tick: tick.day)]


def _sticky_x(x0: float, x1: float, width: float, text_width: float, pad: float) -> float | None:
    """Where a period's label goes: at its start, or at the left edge while the period
    continues off screen, but never past its end. None when it does not fit."""
    if x1 - x0 < text_width + 2 * pad - 0.5:
        return None
    return min(max(x0, 0.0) + pad, x1 - pad - text_width)


def _period_bands(canvas: TimelineCanvas, painter: QPainter, bands: Bands) -> None:
    """Wars and revolutions as bands behind everything; where two overlap, a deeper shade."""
    colours, view = canvas.colours, canvas.view
    width, height = canvas.content_width(), canvas.height()
    layers = colours.period_layers
    for start, end, depth in canvas.model.period_segments:
        x0, x1 = view.x_of(start), view.x_of(end)
        if x1 < 0 or x0 > width:
            continue
        x0, x1 = max(x0, -2.0), min(x1, width + 2)
        colour = layers[min(depth, len(layers)) - 1]
        painter.fillRect(QRectF(x0, bands.period_top, x1 - x0, height), colour)
    edges = [view.x_of(item.start) for item in canvas.model.period_items]
    edges += [view.x_of(item.end + 1) for item in canvas.model.period_items]
    visible = [x for x in edges if 0 <= x <= width]
    _vertical_lines(painter, visible, bands.period_top, height, colours.period_edge)


def _vertical_lines(
    painter: QPainter, xs: list[float], top: float, bottom: float, colour: QColor
) -> None:
    """Crisp one-pixel lines at `xs`, in one call (a frame may have hundreds)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(QPen(colour, 0))
    painter.drawLines([QLineF(round(x) + 0.5, top, round(x) + 0.5, bottom) for x in xs])
    painter.restore()


def _grid(canvas: TimelineCanvas, painter: QPainter, bands: Bands, ticks: AxisTicks) -> None:
    first, last = canvas.visible_range()
    xs = [
        canvas.view.x_of(tick.day)
        for tick in _visible_ticks(ticks.ticks, first, last)
        if tick.label or tick.boundary
    ]
    _vertical_lines(painter, xs, bands.reign_top, canvas.height(), canvas.colours.grid)


def _axis(canvas: TimelineCanvas, painter: QPainter, ticks: AxisTicks) -> None:
    colours, sizes = canvas.colours, canvas.sizes
    first, last = canvas.visible_range()
    width = canvas.content_width()
    row = sizes.line + 4  # the context row above, the tick row below
    bottom = sizes.axis
    painter.fillRect(QRectF(0, 0, width, bottom), colours.base)
    painter.setPen(colours.faint_text)
    for span in ticks.spans:
        x0, x1 = canvas.view.x_of(span.start), canvas.view.x_of(span.end)
        if x1 < 0 or x0 > width:
            continue
        painter.fillRect(QRectF(round(x0), 2, 1, row - 2), colours.grid)
        x = _sticky_x(x0, x1, width, canvas.text_width(span.label), sizes.pad)
        if x is not None:
            _text(canvas, painter, QPointF(x, 2), span.label)
    low = bisect_left(ticks.minor, first)
    minor = [canvas.view.x_of(day) for day in ticks.minor[low : bisect_right(ticks.minor, last)]]
    _vertical_lines(painter, minor, bottom - 4, bottom, colours.axis)
    visible = _visible_ticks(ticks.ticks, first, last)
    xs = [canvas.view.x_of(tick.day) for tick in visible]
    _vertical_lines(painter, xs, row, bottom, colours.axis)
    painter.setPen(colours.text)
    for tick, x in zip(visible, xs, strict=True):
        if tick.boundary:
            painter.fillRect(QRectF(round(x), 0, 2, bottom), colours.boundary)
        if tick.label:
            _text(canvas, painter, QPointF(x + 3, row + 2), tick.label)
    painter.fillRect(QRectF(0, bottom - 1, width, 1), colours.axis)


def _reigns(canvas: TimelineCanvas, painter: QPainter, bands: Bands) -> None:
    colours, sizes = canvas.colours, canvas.sizes
    width = canvas.content_width()
    painter.setPen(colours.text)
    for number, era in enumerate(canvas.model.reigns):
        end = era.end.toordinal() if era.end else canvas.model.last_day + 36500
        x0, x1 = canvas.view.x_of(era.start.toordinal()), canvas.view.x_of(end + 1)
        if x1 < 0 or x0 > width:
            continue
        x0, x1 = max(x0, -2.0), min(x1, width + 2)
        rect = QRectF(x0, bands.reign_top, x1 - x0, sizes.reign - 1)
        painter.fillRect(rect, colours.reign_fills[number % 2])
        painter.fillRect(QRectF(x0, bands.reign_top, 2, sizes.reign - 1), colours.boundary)
        label = f"{era.name_ja} · {era.name}"
        x = _sticky_x(x0, x1, width, canvas.text_width(label), sizes.pad)
        if x is not None:
            top = bands.reign_top + (sizes.reign - sizes.line) / 2
            _text(canvas, painter, QPointF(x, top), label)


def _period_labels(canvas: TimelineCanvas, painter: QPainter, bands: Bands) -> None:
    model, sizes = canvas.model, canvas.sizes
    width = canvas.content_width()
    layout = model.period_layouts.best(canvas.view.scale)
    painter.setPen(canvas.colours.text)
    for item, label, lane in zip(
        model.period_items, model.period_labels, layout.lane_of, strict=True
    ):
        x0 = canvas.view.x_of(item.start)
        x1 = max(canvas.view.x_of(item.end), x0 + item.label_px)
        x = _sticky_x(x0, x1, width, canvas.text_width(label), sizes.pad)
        if x is not None and x1 >= 0 and x0 <= width:
            top = bands.period_top + lane * sizes.period_lane + 2
            _text(canvas, painter, QPointF(x, top), label)


def _diamond(x: float, y: float, half: float) -> QPolygonF:
    return QPolygonF(
        [QPointF(x, y - half), QPointF(x + half, y), QPointF(x, y + half), QPointF(x - half, y)]
    )


def _star(x: float, y: float, radius: float) -> QPainterPath:
    path = QPainterPath()
    from math import cos, pi, sin

    for point in range(10):
        r = radius if point % 2 == 0 else radius * 0.45
        angle = -pi / 2 + point * pi / 5
        position = QPointF(x + r * cos(angle), y + r * sin(angle))
        if point == 0:
            path.moveTo(position)
        else:
            path.lineTo(position)
    path.closeSubpath()
    return path


def _agreements(canvas: TimelineCanvas, painter: QPainter, bands: Bands) -> None:
    model, sizes, colours = canvas.model, canvas.sizes, canvas.colours
    first, last = canvas.visible_range()
    height = canvas.height()
    layout = model.layouts[AGREEMENTS].best(canvas.view.scale)
    lead = model.metrics.lead_px
    guide = QPen(colours.agreement, 1, Qt.PenStyle.DashLine)
    shown: list[tuple[float, float, int]] = []  # (top, x, item number) of each box on screen
    for lane_number, lane in enumerate(layout.lanes):
        top = bands.agreements_top + lane_number * sizes.agreement_lane
        if top >= height:
            break  # this lane and all below it are off screen
        for position in lane.visible(first, last + lead / canvas.view.scale):
            number = lane.items[position]
            shown.append((top, canvas.view.x_of(model.items[AGREEMENTS][number].start), number))
    # Every guide first, in one call, under every box: a dashed line each is slow to stroke.
    half_lane = sizes.agreement_lane / 2
    painter.setPen(guide)
    painter.drawLines([QLineF(x, top + half_lane, x, height) for top, x, _ in shown])
    for top, x, number in shown:
        entry = model.group_entries[AGREEMENTS][number]
        item = model.items[AGREEMENTS][number]
        middle = top + half_lane
        box = QRectF(x - lead, top + 2, item.label_px + lead, sizes.agreement_lane - 4)
        selected = entry.key == canvas.selected
        fill = colours.selection_fill if selected else colours.agreement_fill
        painter.setPen(QPen(colours.highlight if selected else colours.agreement, 1.5))
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 4, 4)
        if entry.key == canvas.hovered and not selected:
            painter.fillRect(box, colours.hover_fill)
        painter.setPen(_NO_PEN)
        painter.setBrush(colours.agreement)
        painter.drawPolygon(_diamond(x, middle, sizes.diamond))
    _agreement_labels(canvas, painter, shown)
    for top, x, number in shown:
        entry = model.group_entries[AGREEMENTS][number]
        if entry.key in canvas.bookmarked:
            item = model.items[AGREEMENTS][number]
            painter.setPen(QPen(colours.text, 0.8))
            painter.setBrush(colours.star)
            star_x = x + item.label_px - sizes.pad - sizes.star
            painter.drawPath(_star(star_x, top + half_lane, sizes.star))


def _agreement_labels(
    canvas: TimelineCanvas, painter: QPainter, shown: list[tuple[float, float, int]]
) -> None:
    """The English titles in bold, then the Japanese after them in the regular font.

    Two plain texts, each font in one pass: a rich text mixing the two weights costs about
    ten times as much to lay out, which every label newly on screen after a zoom would pay.
    """
    sizes, entries = canvas.sizes, canvas.model.group_entries[AGREEMENTS]
    text_offset = sizes.diamond + sizes.pad
    placed = []
    painter.setPen(canvas.colours.text)
    painter.setFont(canvas.bold_font)
    sink = canvas.text_sink
    if sink is not None:  # one run a label (see svg_text.py)
        colour = canvas.colours.text
        for top, x, number in shown:
            bold_part, regular_part = agreement_label_parts(entries[number].label)
            label_top = top + (sizes.agreement_lane - sizes.bold_line) / 2
            point = QPointF(x + text_offset, label_top)
            sink.add(point, bold_part, colour, bold=True, tail=regular_part)
        painter.setFont(canvas.font())
        return
    for top, x, number in shown:
        bold_part, regular_part = agreement_label_parts(entries[number].label)
        label_top = top + (sizes.agreement_lane - sizes.bold_line) / 2
        title = canvas.static_text(AGREEMENTS, bold_part)
        painter.drawStaticText(QPointF(x + text_offset, label_top + sizes.title_drop), title)
        after_title = x + text_offset + title.size().width()
        placed.append((QPointF(after_title, label_top + sizes.japanese_drop), regular_part))
    painter.setFont(canvas.font())
    for point, regular_part in placed:
        if regular_part:
            painter.drawStaticText(point, canvas.static_text(-1, regular_part))


@dataclass
class _EventMarks:
    """What one frame draws for the events, batched by kind of shape."""

    bars: list[QRectF] = field(default_factory=list)
    dots: dict[str, list[QPointF]] = field(default_factory=dict)  # by kind of event
    texts: list[tuple[QPointF, str]] = field(default_factory=list)
    boxes: list[tuple[QRectF, bool]] = field(default_factory=list)  # (box, selected or hovered)
    # The selected or hovered event's whole title where its label had to be shortened.
    whole: list[tuple[QPointF, str]] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # event key -> the text drawn


def event_labels(canvas: TimelineCanvas) -> dict[str, str]:
    """The label drawn now for each event on screen, by key (what the reader sees)."""
    return _collect_events(canvas, canvas.bands()).labels


def whole_titles(canvas: TimelineCanvas) -> list[str]:
    """The titles drawn whole on a plate now: the hovered or selected event's, if shortened."""
    return [title for _point, title in _collect_events(canvas, canvas.bands()).whole]


def _collect_events(canvas: TimelineCanvas, bands: Bands) -> _EventMarks:
    """The shapes of the events on screen: visible lanes only, visible items of each."""
    model, sizes, view = canvas.model, canvas.sizes, canvas.view
    width, height = canvas.content_width(), canvas.height()
    first_day, scale = view.first_day, view.scale
    layout = model.layouts[EVENTS].best(scale)
    lane_height = sizes.lane
    origin = bands.events_top - canvas.scroll_y
    first_lane = max(0, int((bands.events_top - origin) // lane_height))
    last_lane = min(layout.lane_count(), int((height - origin) // lane_height) + 1)
    last_start = view.last_day + model.metrics.lead_px / scale
    items, entries = model.items[EVENTS], model.group_entries[EVENTS]
    text_offset = sizes.marker + sizes.pad
    text_top = (lane_height - 2 - sizes.line) / 2
    dot_y = text_top + sizes.line / 2
    bar_height = max(3.0, sizes.line / 5)
    marked = (canvas.selected, canvas.hovered)
    lead, gap = model.metrics.lead_px, model.metrics.gap_px
    cap = model.layouts[EVENTS].label_px
    marks = _EventMarks()
    for lane_number in range(first_lane, last_lane):
        lane = layout.lanes[lane_number]
        top = origin + lane_number * lane_height
        members = lane.items
        for position in lane.visible(first_day, last_start):
            index = members[position]
            item = items[index]
            x = (item.start - first_day) * scale
            # The label may run on up to the next item of its lane, whatever its packed width.
            if position + 1 < len(members):
                next_left = (items[members[position + 1]].start - first_day) * scale - lead
                room = next_left - gap - x - text_offset
            else:
                room = float("inf")
            if item.end > item.start:
                x0, x1 = max(x, -2.0), min((item.end - first_day) * scale, width + 2)
                bar_top = top + lane_height - bar_height - 1
                marks.bars.append(QRectF(x0, bar_top, x1 - x0, bar_height))
            entry = entries[index]
            kind = entry.record.kind
            marks.dots.setdefault(kind, []).append(QPointF(x, top + dot_y))
            text = canvas.event_text(entry, room)
            point = QPointF(x + text_offset, top + text_top)
            marks.texts.append((point, text))
            marks.labels[entry.key] = text
            if entry.key in marked:
                if text != (whole := name(entry.record)):
                    marks.whole.append((point, whole))
                left = x - model.metrics.lead_px
                drawn = x + text_offset + canvas.text_width(text)
                right = max((item.end - first_day) * scale, x + cap(item), drawn)
                box = QRectF(left, top + 1, right - left, lane_height - 2)
                marks.boxes.append((box, entry.key == canvas.selected))
    return marks


def _events(canvas: TimelineCanvas, painter: QPainter, bands: Bands) -> None:
    colours, sizes = canvas.colours, canvas.sizes
    marks = _collect_events(canvas, bands)
    painter.save()
    height = canvas.height() - bands.events_top
    painter.setClipRect(QRectF(0, bands.events_top, canvas.content_width(), height))
    for box, selected in marks.boxes:
        if selected:
            painter.setPen(QPen(colours.highlight, 1.5))
            painter.setBrush(colours.selection_fill)
            painter.drawRoundedRect(box, 4, 4)
        else:
            painter.fillRect(box, colours.hover_fill)
    painter.setPen(_NO_PEN)
    painter.setBrush(colours.span)
    painter.drawRects(marks.bars)
    dot_pen = QPen(colours.marker, sizes.marker * 2)
    dot_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    for kind, dots in marks.dots.items():
        dot_pen.setColor(canvas.kind_colours.get(kind) or colours.marker)
        painter.setPen(dot_pen)
        painter.drawPoints(dots)
    painter.setPen(colours.text)
    progress, total = canvas.on_progress, len(marks.texts)
    for number, (point, label) in enumerate(marks.texts):
        _text(canvas, painter, point, label, EVENTS)
        if progress is not None and number % PROGRESS_EVERY == 0 and not progress(number, total):
            painter.restore()
            raise ExportStoppedError(
                QCoreApplication.translate(
                    "TimelineExport", "The export was stopped; nothing was written"
                )
            )
    for point, title in marks.whole:  # on top of its neighbours, on a plate of the base colour
        plate = QRectF(point.x() - 2, point.y() - 1, canvas.text_width(title) + 4, sizes.line + 2)
        painter.setPen(QPen(colours.highlight, 1))
        painter.setBrush(colours.base)
        painter.drawRoundedRect(plate, 3, 3)
        painter.setPen(colours.text)
        _text(canvas, painter, point, title, EVENTS)
    painter.restore()
