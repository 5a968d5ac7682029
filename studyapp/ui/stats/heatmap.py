"""A calendar heatmap of reviews per day: one column a week, Monday at the top, like Anki's.

Darker cells had more reviews; today's cell is outlined. Hovering a cell tells its date and
count, and the accessible description sums the picture up for a screen reader.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from studyapp.ui.shared.chart_colours import HEAT_LEVELS, ChartColours

MAX_CELL = 16
MIN_CELL = 6
_WEEKDAY_LABELS = {0: "Mon", 2: "Wed", 4: "Fri"}


def heat_level(count: int, most: int) -> int:
    """0 for no reviews, else 1…HEAT_LEVELS-1 in proportion to the busiest day."""
    if count <= 0 or most <= 0:
        return 0
    return max(1, min(HEAT_LEVELS - 1, math.ceil((HEAT_LEVELS - 1) * count / most)))


class CalendarHeatmap(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Reviews per day")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.first_day = dt.date.today()
        self.counts: list[int] = []

    def set_counts(self, first_day: dt.date, counts: list[int]) -> None:
        self.first_day = first_day
        self.counts = list(counts)
        days = sum(1 for count in counts if count)
        self.setAccessibleDescription(
            f"{sum(counts)} reviews on {days} of the last {len(counts)} days, "
            f"at most {max(counts, default=0)} on one day"
        )
        self.updateGeometry()
        self.update()

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
        return metrics.horizontalAdvance("Wed") + 8, metrics.height() + 4

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
        gap = max(1.0, cell / 7)
        most = max(self.counts, default=0)
        last = len(self.counts) - 1
        painter.setPen(Qt.PenStyle.NoPen)
        for index, count in enumerate(self.counts):
            offset = (self.first_day - self._start).days + index
            column, row = divmod(offset, 7)
            rect = QRectF(x0 + column * cell, y0 + row * cell, cell - gap, cell - gap)
            painter.setBrush(colours.heat[heat_level(count, most)])
            painter.drawRoundedRect(rect, 2, 2)
            if index == last:  # today
                painter.setPen(QPen(colours.today, 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(-0.5, -0.5, 0.5, 0.5), 2, 2)
                painter.setPen(Qt.PenStyle.NoPen)
        self._paint_labels(painter, colours, x0, y0, cell)
        self._paint_legend(painter, colours, x0, y0 + 7 * cell + 6, cell)
        painter.end()

    def _paint_labels(
        self, painter: QPainter, colours: ChartColours, x0: float, y0: float, cell: float
    ) -> None:
        metrics = self.fontMetrics()
        painter.setPen(colours.faint_text)
        for row, name in _WEEKDAY_LABELS.items():
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
                name = monday.strftime("%b") if monday.month != 1 else monday.strftime("%b %Y")
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
        more, less = "More", "Less"
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
        painter.setPen(Qt.PenStyle.NoPen)
        for level in range(HEAT_LEVELS):
            painter.setBrush(colours.heat[level])
            painter.drawRoundedRect(QRectF(x + level * (size + 3), y, size, size), 2, 2)
        painter.setPen(colours.faint_text)
        painter.drawText(
            QRectF(
                x + HEAT_LEVELS * (size + 3) + 3, text_y - metrics.ascent(), 60, metrics.height()
            ),
            more,
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._day_at(event.pos())
            if index is None:
                QToolTip.hideText()
            else:
                day = self.first_day + dt.timedelta(days=index)
                count = self.counts[index]
                noun = "review" if count == 1 else "reviews"
                QToolTip.showText(event.globalPos(), f"{count} {noun} on {day:%a %d %b %Y}", self)
            return True
        return super().event(event)
