"""Painted bar charts: horizontal bars with a caption, columns per day, and a donut.

Each chart takes plain numbers, paints them with the palette's colours, and describes itself
in words (accessible description) for a screen reader. Each takes the focus too: the arrow
keys (and Home, End) step through its bars, columns or slices, the one the keys are on is
framed, and a screen reader reads each as a child of the chart (shared/painted_items.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from studyapp.ui.shared.chart_colours import ChartColours
from studyapp.ui.shared.painted_items import PaintedItem, current_changed

_ROW_PADDING = 10
_BACK = (Qt.Key.Key_Left, Qt.Key.Key_Up)
_ON = (Qt.Key.Key_Right, Qt.Key.Key_Down)


class SteppedChart(QWidget):
    """A chart whose parts the keyboard steps through; subclasses say what the parts are."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.current: int | None = None

    def part_names(self) -> list[str]:
        raise NotImplementedError

    def part_rect(self, index: int) -> QRectF:
        raise NotImplementedError

    def _parts_changed(self) -> None:
        count = len(self.part_names())
        self.current = None if not count else min(self.current or 0, count - 1)

    def accessible_item_count(self) -> int:
        return len(self.part_names())

    def accessible_item(self, index: int) -> PaintedItem:
        return PaintedItem(
            self.part_names()[index], self.part_rect(index).toAlignedRect(), selected=False
        )

    def accessible_current(self) -> int | None:
        return self.current

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        count = len(self.part_names())
        key = event.key()
        if not count or self.current is None:
            super().keyPressEvent(event)
            return
        if key in _BACK:
            index = self.current - 1
        elif key in _ON:
            index = self.current + 1
        elif key == Qt.Key.Key_Home:
            index = 0
        elif key == Qt.Key.Key_End:
            index = count - 1
        else:
            super().keyPressEvent(event)
            return
        self.current = max(0, min(count - 1, index))
        self.update()
        current_changed(self)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        self.update()
        current_changed(self)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self.update()

    def paint_focus(self, painter: QPainter, colours: ChartColours) -> None:
        """Frame the part the keys are on, while the chart has the focus."""
        if self.hasFocus() and self.current is not None:
            painter.setPen(QPen(colours.focus, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.part_rect(self.current).adjusted(1, 1, -1, -1), 3, 3)


@dataclass(frozen=True)
class Bar:
    label: str
    value: float  # the bar's length, 0…1 of the full width, for horizontal bars
    caption: str  # written after the bar, e.g. "87% of 120"


class HorizontalBars(SteppedChart):
    """One row per item: its label, a bar on a track, and a caption."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.bars: list[Bar] = []

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        self.setAccessibleDescription("; ".join(f"{b.label}: {b.caption}" for b in bars))
        self._parts_changed()
        self.updateGeometry()
        self.update()

    def part_names(self) -> list[str]:
        return [f"{bar.label}: {bar.caption}" for bar in self.bars]

    def part_rect(self, index: int) -> QRectF:
        return QRectF(0, 2 + index * self._row_height(), self.width(), self._row_height())

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
        self.paint_focus(painter, colours)
        painter.end()


class DayColumns(SteppedChart):
    """A column per day with its count on top and the day below; the first is today."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.labels: list[str] = []
        self.counts: list[int] = []
        self.spoken_days: list[str] = []  # each day as a screen reader says it
        self.highlight_first = True

    def set_columns(
        self,
        labels: list[str],
        counts: list[int],
        description: str,
        spoken_days: list[str] | None = None,
    ) -> None:
        self.labels = list(labels)
        self.counts = list(counts)
        self.spoken_days = list(spoken_days or [label.replace("\n", " ") for label in labels])
        self.setAccessibleDescription(description)
        self._parts_changed()
        self.update()

    def part_names(self) -> list[str]:
        return [
            self.tr("{day}: %n cards due", "", count).format(day=day)
            for day, count in zip(self.spoken_days, self.counts, strict=False)
        ]

    def part_rect(self, index: int) -> QRectF:
        slot = self.width() / max(1, len(self.counts))
        return QRectF(index * slot, 0, slot, self.height())

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
        self.paint_focus(painter, colours)
        painter.end()


@dataclass(frozen=True)
class Slice:
    label: str
    count: int
    phase: str  # picks the colour (ChartColours.phases), at paint time so it follows the palette


class Donut(SteppedChart):
    """Parts of a whole as a ring, with a legend of counts and shares beside it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.slices: list[Slice] = []

    def part_names(self) -> list[str]:
        total = sum(s.count for s in self.slices)
        return [
            self.tr("{label}: %n cards", "", part.count).format(label=part.label)
            + (
                self.tr(", {share}").format(share=f"{100 * part.count / total:.0f}%")
                if total
                else ""
            )
            for part in self.slices
        ]

    def part_rect(self, index: int) -> QRectF:
        """The part's row of the legend."""
        size = min(self.height() - 8, 150)
        line = self.fontMetrics().height() + 8
        top = (self.height() - line * len(self.slices)) / 2
        x = 4 + size + 12
        return QRectF(x, top + index * line, self.width() - x, line)

    def set_slices(self, slices: list[Slice]) -> None:
        self.slices = list(slices)
        total = sum(s.count for s in slices)
        self.setAccessibleDescription(
            "; ".join(f"{s.label}: {s.count}" for s in slices)
            + self.tr("; %n cards in all", "", total)
        )
        self._parts_changed()
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
        self.paint_focus(painter, colours)
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
