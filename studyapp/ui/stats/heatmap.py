"""A calendar heatmap of reviews per day: one column a week, Monday at the top, like Anki's.

Darker cells had more reviews; today's cell is outlined. Hovering a cell tells its date and
count. The chart takes the focus: the arrow keys step through the days (Up and Down a day,
Left and Right a week, Home and End the first and last day), and a screen reader reads each
day as a child of the chart (shared/painted_items.py).
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QFocusEvent, QHelpEvent, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from studyapp.date_text import format_day, month_abbreviation, weekday_name
from studyapp.i18n import Context
from studyapp.ui.shared.chart_colours import HEAT_LEVELS, ChartColours
from studyapp.ui.shared.painted_items import PaintedItem, current_changed

MAX_CELL = 16
MIN_CELL = 6
# The rows labelled, by weekday (Monday is 0), as the Monday of 2024-01-01's week names them.
_WEEKDAY_LABELS = {number: dt.date(2024, 1, 1 + number) for number in (0, 2, 4)}
# Keys that move the current day, and by how many days.
_STEPS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -7, Qt.Key.Key_Right: 7}


def date_words(day: dt.date) -> str:
    """'Monday 3 June 2026', in the app's own words (not the desktop locale's)."""
    return format_day(day)


def day_text(day: dt.date, count: int) -> str:
    """'3 reviews on Monday 3 June 2026'."""
    return Heatmap.tr("%n reviews on {day}", "", count).format(day=date_words(day))


Heatmap = Context("Heatmap")  # the module's plurals (studyapp.i18n.Context)


def heat_level(count: int, most: int) -> int:
    """0 for no reviews, else 1…HEAT_LEVELS-1 in proportion to the busiest day."""
    if count <= 0 or most <= 0:
        return 0
    return max(1, min(HEAT_LEVELS - 1, math.ceil((HEAT_LEVELS - 1) * count / most)))


class CalendarHeatmap(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Reviews per day"))
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.first_day = dt.date.today()
        self.counts: list[int] = []
        self.current: int | None = None  # the day the arrow keys are on

    def set_counts(self, first_day: dt.date, counts: list[int]) -> None:
        self.first_day = first_day
        self.counts = list(counts)
        self.current = len(self.counts) - 1 if self.counts else None  # today
        days = sum(1 for count in counts if count)
        self.setAccessibleDescription(
            self.tr("{reviews} on {days} of the last {total}, at most {most} on one day").format(
                reviews=self.tr("%n reviews", "", sum(counts)),
                days=days,
                total=self.tr("%n days", "", len(counts)),
                most=max(counts, default=0),
            )
        )
        self.updateGeometry()
        self.update()

    # ---- the days, for the keyboard and a screen reader -----------------------------------

    def day(self, index: int) -> dt.date:
        return self.first_day + dt.timedelta(days=index)

    def accessible_item_count(self) -> int:
        return len(self.counts)

    def accessible_item(self, index: int) -> PaintedItem:
        return PaintedItem(
            day_text(self.day(index), self.counts[index]),
            self._cell_rect(index).toAlignedRect(),
            selected=index == self.current,
        )

    def accessible_current(self) -> int | None:
        return self.current

    def set_current(self, index: int) -> None:
        if not self.counts:
            return
        index = max(0, min(len(self.counts) - 1, index))
        if index != self.current:
            self.current = index
            self.update()
        current_changed(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        if key in _STEPS and self.current is not None:
            self.set_current(self.current + _STEPS[Qt.Key(key)])
        elif key == Qt.Key.Key_Home:
            self.set_current(0)
        elif key == Qt.Key.Key_End:
            self.set_current(len(self.counts) - 1)
        else:
            super().keyPressEvent(event)

    # ---- geometry -------------------------------------------------------------------------

    @property
    def _start(self) -> dt.date:
        """The Monday of the first day's week: the top of the first column."""
        return self.first_day - dt.timedelta(days=self.first_day.weekday())

    def _weeks(self) -> int:
        last = self.first_day + dt.timedelta(days=max(0, len(self.counts) - 1))
        return (last - self._start).days // 7 + 1

    def _gutters(self) -> tuple[int, int]:
        metrics = self.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(weekday_name(day, short=True))
            for day in _WEEKDAY_LABELS.values()
        )
        return widest + 8, metrics.height() + 4

    def _cell(self) -> float:
        left, _top = self._gutters()
        available = (self.width() - left - 4) / max(1, self._weeks())
        return max(MIN_CELL, min(MAX_CELL, available))

    def _origin(self) -> tuple[float, float]:
        left, top = self._gutters()
        grid = self._cell() * self._weeks()
        # The weekday labels and the grid together, centred.
        return max(float(left), (self.width() - grid + left) / 2), top

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        left, top = self._gutters()
        legend = self.fontMetrics().height() + 10
        return QSize(left + MAX_CELL * max(27, self._weeks()), top + 7 * MAX_CELL + legend)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        left, top = self._gutters()
        legend = self.fontMetrics().height() + 10
        return QSize(left + MIN_CELL * self._weeks(), top + 7 * MAX_CELL + legend)

    def _cell_rect(self, index: int) -> QRectF:
        x0, y0 = self._origin()
        cell = self._cell()
        gap = max(1.0, cell / 7)
        column, row = divmod((self.first_day - self._start).days + index, 7)
        return QRectF(x0 + column * cell, y0 + row * cell, cell - gap, cell - gap)

    def _day_at(self, point: QPoint) -> int | None:
        """Index into `counts` of the cell under `point`, if any."""
        x0, y0 = self._origin()
        cell = self._cell()
        column = math.floor((point.x() - x0) / cell)
        row = math.floor((point.y() - y0) / cell)
        if not (0 <= row < 7 and 0 <= column < self._weeks()):
            return None
        day = self._start + dt.timedelta(days=column * 7 + row)
        index = (day - self.first_day).days
        return index if 0 <= index < len(self.counts) else None

    # ---- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        colours = ChartColours.from_palette(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x0, y0 = self._origin()
        cell = self._cell()
        most = max(self.counts, default=0)
        last = len(self.counts) - 1
        painter.setPen(Qt.PenStyle.NoPen)
        for index, count in enumerate(self.counts):
            rect = self._cell_rect(index)
            _paint_cell(painter, colours, rect, heat_level(count, most))
            if index == last:  # today
                painter.setPen(QPen(colours.today, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(-0.5, -0.5, 0.5, 0.5), 2, 2)
                painter.setPen(Qt.PenStyle.NoPen)
        if self.hasFocus() and self.current is not None:  # the day the keys are on
            painter.setPen(QPen(colours.focus, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._cell_rect(self.current).adjusted(-2, -2, 2, 2))
            painter.setPen(Qt.PenStyle.NoPen)
        self._paint_labels(painter, colours, x0, y0, cell)
        self._paint_legend(painter, colours, x0, y0 + 7 * cell + 6, cell)
        painter.end()

    def _paint_labels(
        self, painter: QPainter, colours: ChartColours, x0: float, y0: float, cell: float
    ) -> None:
        metrics = self.fontMetrics()
        painter.setPen(colours.faint_text)
        for row, a_day in _WEEKDAY_LABELS.items():
            name = weekday_name(a_day, short=True)
            baseline = y0 + row * cell + (cell + metrics.capHeight()) / 2 - 1
            width = metrics.horizontalAdvance(name)
            painter.drawText(
                QRectF(x0 - width - 6, baseline - metrics.ascent(), width, metrics.height()), name
            )
        # A month's name over the first column whose Monday falls in it.
        # A month's name over the first column whose Monday falls in it; the first column's
        # month only if the column of the next month leaves room for it.
        labels = []
        for column in range(self._weeks()):
            monday = self._start + dt.timedelta(days=column * 7)
            if monday.day <= 7 or column == 0:
                name = month_abbreviation(monday.month)
                if monday.month == 1:
                    name = self.tr("{month} {year}").format(month=name, year=monday.year)
                labels.append((x0 + column * cell, name))
        for number, (x, name) in enumerate(labels):
            width = metrics.horizontalAdvance(name)
            following = labels[number + 1][0] if number + 1 < len(labels) else 1e9
            if x + width + 4 <= following:
                painter.drawText(QRectF(x, 0, width + 2, y0), name)

    def _paint_legend(
        self, painter: QPainter, colours: ChartColours, x0: float, y: float, cell: float
    ) -> None:
        metrics = self.fontMetrics()
        size = min(cell, 12.0)
        grid_right = x0 + self._weeks() * cell
        more, less = self.tr("More"), self.tr("Less")
        x = grid_right - metrics.horizontalAdvance(more) - HEAT_LEVELS * (size + 3) - 6
        text_y = y + (size + metrics.capHeight()) / 2
        painter.setPen(colours.faint_text)
        painter.drawText(
            QRectF(
                x - metrics.horizontalAdvance(less) - 6,
                text_y - metrics.ascent(),
                60,
                metrics.height(),
            ),
            less,
        )
        for level in range(HEAT_LEVELS):
            _paint_cell(painter, colours, QRectF(x + level * (size + 3), y, size, size), level)
        painter.setPen(colours.faint_text)
        painter.drawText(
            QRectF(
                x + HEAT_LEVELS * (size + 3) + 3, text_y - metrics.ascent(), 60, metrics.height()
            ),
            more,
        )

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        self.update()
        current_changed(self)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._day_at(event.pos())
            if index is None:
                QToolTip.hideText()
            else:
                text = day_text(self.day(index), self.counts[index])
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)


def _paint_cell(painter: QPainter, colours: ChartColours, rect: QRectF, level: int) -> None:
    """A day's cell in its level's colour; an empty day faint, with an outline that shows."""
    if level == 0:
        painter.setPen(QPen(colours.empty_outline, 1))
        rect = rect.adjusted(0.5, 0.5, -0.5, -0.5)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.heat[level])
    painter.drawRoundedRect(rect, 2, 2)
    painter.setPen(Qt.PenStyle.NoPen)
