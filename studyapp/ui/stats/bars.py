"""Painted bar charts: horizontal bars with a caption, columns per day, and a donut.

Each chart takes plain numbers, paints them with the palette's colours, and describes itself
in words (accessible description) for a screen reader.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from studyapp.ui.shared.chart_colours import ChartColours

_ROW_PADDING = 10


@dataclass(frozen=True)
class Bar:
    label: str
    value: float  # the bar's length, 0…1 of the full width, for horizontal bars
    caption: str  # written after the bar, e.g. "87% of 120"


class HorizontalBars(QWidget):
    """One row per item: its label, a bar on a track, and a caption."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.bars: list[Bar] = []

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        self.setAccessibleDescription("; ".join(f"{b.label}: {b.caption}" for b in bars))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() + _ROW_PADDING

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(420, max(1, len(self.bars)) * self._row_height() + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        colours = ChartColours.from_palette(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        width = self.width()
        label_width = min(
            max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0) + 12,
            int(width * 0.45),
        )
        caption_width = max((metrics.horizontalAdvance(b.caption) for b in self.bars), default=0)
        caption_width += 10
        track_width = max(20, width - label_width - caption_width - 4)
        row_height = self._row_height()
        bar_height = max(6, metrics.height() - 4)
        for row, bar in enumerate(self.bars):
            top = 2 + row * row_height
            text_rect = QRectF(0, top, label_width - 10, row_height)
            painter.setPen(colours.text)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 10)
            align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
            painter.drawText(text_rect, align, label)
            track = QRectF(
                label_width, top + (row_height - bar_height) / 2, track_width, bar_height
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.track)
            painter.drawRoundedRect(track, 3, 3)
            filled = QRectF(track)
            filled.setWidth(track_width * max(0.0, min(1.0, bar.value)))
            painter.setBrush(colours.bar)
            if filled.width() > 0:
                painter.drawRoundedRect(filled, 3, 3)
            painter.setPen(colours.text)
            caption_rect = QRectF(track.right() + 8, top, caption_width, row_height)
            painter.drawText(caption_rect, Qt.AlignmentFlag.AlignVCenter, bar.caption)
        painter.end()


class DayColumns(QWidget):
    """A column per day with its count on top and the day below; the first is today."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.labels: list[str] = []
        self.counts: list[int] = []
        self.highlight_first = True

    def set_columns(self, labels: list[str], counts: list[int], description: str) -> None:
        self.labels = list(labels)
        self.counts = list(counts)
        self.setAccessibleDescription(description)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(520, 150 + 3 * self.fontMetrics().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(24 * max(1, len(self.counts)), self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        colours = ChartColours.from_palette(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        count = max(1, len(self.counts))
        slot = self.width() / count
        bottom = self.height() - 2 * line - 4  # two label lines under the bars
        top = line + 4  # room for the count over the tallest bar
        most = max(self.counts, default=0)
        painter.setPen(QPen(colours.grid, 1))
        painter.drawLine(0, int(bottom) + 1, self.width(), int(bottom) + 1)
        for index, value in enumerate(self.counts):
            x = index * slot
            bar_width = min(slot * 0.7, 44.0)
            height = (bottom - top) * value / most if most else 0.0
            rect = QRectF(x + (slot - bar_width) / 2, bottom - height, bar_width, height)
            colour = colours.today if index == 0 and self.highlight_first else colours.bar
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            if height > 0:
                painter.drawRoundedRect(rect, 2, 2)
            painter.setPen(colours.text if value else colours.faint_text)
            above = QRectF(x, rect.top() - line - 2, slot, line)
            painter.drawText(above, Qt.AlignmentFlag.AlignCenter, str(value))
            painter.setPen(colours.text if index == 0 else colours.faint_text)
            for row, text in enumerate(self.labels[index].split("\n")[:2]):
                below = QRectF(x, bottom + 4 + row * line, slot, line)
                painter.drawText(below, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()


@dataclass(frozen=True)
class Slice:
    label: str
    count: int
    phase: str  # picks the colour (ChartColours.phases), at paint time so it follows the palette


class Donut(QWidget):
    """Parts of a whole as a ring, with a legend of counts and shares beside it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.slices: list[Slice] = []

    def set_slices(self, slices: list[Slice]) -> None:
        self.slices = list(slices)
        total = sum(s.count for s in slices)
        self.setAccessibleDescription(
            "; ".join(f"{s.label}: {s.count}" for s in slices) + f"; {total} cards in all"
        )
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(360, max(140, (len(self.slices) + 1) * (self.fontMetrics().height() + 8)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(260, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        colours = ChartColours.from_palette(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = min(self.height() - 8, 150)
        ring = QRectF(4 + size * 0.09, 4 + size * 0.09, size * 0.82, size * 0.82)
        thickness = size * 0.18
        total = sum(s.count for s in self.slices)
        pen = QPen(colours.track, thickness)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawEllipse(ring)
        angle = 90 * 16  # Qt angles are sixteenths of a degree, from three o'clock
        for part in self.slices:
            if not part.count:
                continue
            span = -round(360 * 16 * part.count / total)
            pen.setColor(colours.phases.get(part.phase, colours.bar))
            painter.setPen(pen)
            painter.drawArc(ring, angle, span)
            angle += span
        painter.setPen(colours.text)
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(ring, Qt.AlignmentFlag.AlignCenter, f"{total}")
        painter.setFont(self.font())
        self._paint_legend(painter, colours, 4 + size + 16, total)
        painter.end()

    def _paint_legend(self, painter: QPainter, colours: ChartColours, x: float, total: int) -> None:
        metrics = self.fontMetrics()
        line = metrics.height() + 8
        top = (self.height() - line * len(self.slices)) / 2
        number_width = max(
            (metrics.horizontalAdvance(f"{s.count}") for s in self.slices), default=0
        )
        label_width = max((metrics.horizontalAdvance(s.label) for s in self.slices), default=0)
        for row, part in enumerate(self.slices):
            y = top + row * line
            swatch = QRectF(x, y + (line - 12) / 2, 12, 12)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.phases.get(part.phase, colours.bar))
            painter.drawRoundedRect(swatch, 2, 2)
            painter.setPen(colours.text)
            text_rect = QRectF(x + 20, y, label_width + 4, line)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, part.label)
            number_rect = QRectF(x + 28 + label_width, y, number_width, line)
            align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
            painter.drawText(number_rect, align, f"{part.count}")
            share = f"{100 * part.count / total:.0f}%" if total else ""
            painter.setPen(colours.faint_text)
            share_rect = QRectF(x + 36 + label_width + number_width, y, 60, line)
            painter.drawText(share_rect, Qt.AlignmentFlag.AlignVCenter, share)
