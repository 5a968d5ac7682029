"""Kinds of context event: their names and marker colours, and the legend-and-filter menu.

The kinds come from the content (a new kind shows up with a readable name and the plain
marker colour); each known kind has a deeper shade for light palettes and a lighter one for
dark palettes. Colour is never the only sign: the legend names each kind, and the tooltip
and details of an event say its kind in words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPalette, QPixmap, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget, QWidgetAction

from studyapp.ui.timeline.describe import kind_name

# (light palette, dark palette)
_KIND_COLOURS = {
    "treaty": ("#2f6db3", "#82b1ff"),
    "diplomacy": ("#00796b", "#4db6ac"),
    "war": ("#7b1fa2", "#ce93d8"),
    "revolution": ("#b55d00", "#ffb74d"),
    "annexation": ("#ad1457", "#f48fb1"),
    "reign": ("#827717", "#dce775"),
}


def kind_colour(kind: str, palette: QPalette) -> QColor | None:
    """The marker colour of `kind`, or None for the plain marker."""
    pair = _KIND_COLOURS.get(kind)
    if pair is None:
        return None
    dark = palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5
    return QColor(pair[1] if dark else pair[0])


def _swatch(size: int, draw: Callable[[QPainter, float], None]) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw(painter, size)
    painter.end()
    return QIcon(pixmap)


def dot_icon(colour: QColor, size: int) -> QIcon:
    def draw(painter: QPainter, side: float) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(side * 0.25, side * 0.25, side * 0.5, side * 0.5))

    return _swatch(size, draw)


def diamond_icon(colour: QColor, size: int) -> QIcon:
    def draw(painter: QPainter, side: float) -> None:
        half, middle = side * 0.3, side / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        points = [(middle, middle - half), (middle + half, middle), (middle, middle + half)]
        points.append((middle - half, middle))
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))

    return _swatch(size, draw)


def bar_icon(colour: QColor, size: int) -> QIcon:
    def draw(painter: QPainter, side: float) -> None:
        painter.fillRect(QRectF(side * 0.05, side * 0.55, side * 0.9, side * 0.2), colour)

    return _swatch(size, draw)


def band_icon(colour: QColor, edge: QColor, size: int) -> QIcon:
    def draw(painter: QPainter, side: float) -> None:
        painter.fillRect(QRectF(side * 0.2, 0, side * 0.6, side), colour)
        painter.fillRect(QRectF(side * 0.2, 0, 1, side), edge)
        painter.fillRect(QRectF(side * 0.8 - 1, 0, 1, side), edge)

    return _swatch(size, draw)


class KindsButton(QToolButton):
    """ "Legend" in the toolbar: what each mark means, and which kinds of event to show."""

    hidden_changed = Signal()  # the set of hidden kinds changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Legend && kinds"))
        self.setAccessibleName(self.tr("Legend, and the kinds of event to show"))
        self.setToolTip(self.tr("What the marks mean; show or hide each kind of event"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self._kind_actions: dict[str, QAction] = {}

    def set_legend(
        self, marks: Sequence[tuple[QIcon, str]], kinds: Iterable[tuple[str, QIcon]]
    ) -> None:
        """Rebuild the menu: the marks (for reading only), then a checkable entry per kind."""
        menu = self.menu()
        hidden = self.hidden_kinds()
        menu.clear()
        menu.addSection(self.tr("Legend"))
        for icon, text in marks:
            menu.addAction(self._legend_row(icon, text))
        menu.addSection(self.tr("Show events of each kind"))
        self._kind_actions = {}
        for kind, icon in kinds:
            action = menu.addAction(icon, kind_name(kind))
            action.setCheckable(True)
            action.setChecked(kind not in hidden)
            action.toggled.connect(lambda _on: self.hidden_changed.emit())
            self._kind_actions[kind] = action
        menu.addSeparator()
        show_all = menu.addAction(self.tr("Show every kind"))
        show_all.triggered.connect(lambda: self.set_hidden_kinds(set()))

    def _legend_row(self, icon: QIcon, text: str) -> QWidgetAction:
        """A row to read, not to choose: a disabled action would grey out the colours."""
        row = QWidget(self)
        mark = QLabel(row)
        size = self.fontMetrics().height()
        mark.setPixmap(icon.pixmap(size, size))
        words = QLabel(text, row)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(6, 2, 12, 2)
        layout.addWidget(mark)
        layout.addWidget(words, 1)
        row.setAccessibleName(text)
        action = QWidgetAction(self)
        action.setDefaultWidget(row)
        action.setText(text)
        return action

    def hidden_kinds(self) -> set[str]:
        return {kind for kind, action in self._kind_actions.items() if not action.isChecked()}

    def set_hidden_kinds(self, hidden: set[str]) -> None:
        changed = False
        for kind, action in self._kind_actions.items():
            if action.isChecked() == (kind in hidden):
                action.blockSignals(True)
                action.setChecked(kind not in hidden)
                action.blockSignals(False)
                changed = True
        if changed:
            self.hidden_changed.emit()

    def kind_action(self, kind: str) -> QAction | None:
        return self._kind_actions.get(kind)
