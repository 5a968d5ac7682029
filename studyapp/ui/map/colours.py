"""The map's colours and patterns, from the widget's palette so they read in light and dark.

Japan and Russia take the Okabe–Ito vermilion and blue, told apart by colour-blind students
as well, and each has its own hatching direction, so the two powers differ in pattern too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen, QPixmap

from studyapp.ui.shared.colours import mix, with_alpha

# Hatching per power: Japan "/" and Russia "\", so the sides differ without colour.
PATTERNS = {"japan": Qt.BrushStyle.BDiagPattern, "russia": Qt.BrushStyle.FDiagPattern}


@dataclass(frozen=True)
class MapColours:
    dark: bool
    outside: QColor  # beyond the map's extent
    sea: QColor
    land: QColor
    coast: QColor
    river: QColor
    border: QColor
    text: QColor
    halo: QColor
    line: QColor
    changed: QColor
    focus: QColor
    powers: dict[str, QColor]
    _hatches: dict[tuple[str, bool], QBrush] = field(default_factory=dict, compare=False)

    @classmethod
    def from_palette(cls, palette: QPalette) -> MapColours:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = base.lightnessF() < 0.5
        water = QColor("#56B4E9")
        return cls(
            dark=dark,
            outside=palette.color(QPalette.ColorRole.Window),
            sea=mix(base, water, 0.28 if dark else 0.22),
            land=mix(base, text, 0.06),
            coast=mix(base, text, 0.45),
            river=mix(base, water, 0.85 if dark else 0.9),
            border=mix(base, text, 0.25),
            text=text,
            halo=with_alpha(base, 210),
            line=text,
            changed=QColor("#F0E442") if dark else QColor("#E69F00"),
            focus=palette.color(QPalette.ColorRole.Highlight),
            powers={
                "japan": QColor("#FF8A5C") if dark else QColor("#D55E00"),
                "russia": QColor("#6CB6FF") if dark else QColor("#0072B2"),
            },
        )

    def fill(self, power: str, territory: bool) -> QColor:
        return with_alpha(self.powers.get(power, self.text), 110 if territory else 60)

    def hatch(self, power: str, territory: bool) -> QBrush:
        """A tiled brush: the power's tint with its hatching, crossed for a territory."""
        key = (power, territory)
        if key not in self._hatches:
            self._hatches[key] = _hatch_brush(
                self.fill(power, territory),
                with_alpha(self.powers.get(power, self.text), 160),
                PATTERNS.get(power, Qt.BrushStyle.BDiagPattern),
                territory,
            )
        return self._hatches[key]

    def changed_brush(self) -> QBrush:
        """Speckles in the highlight colour, laid over an area this step changed."""
        key = ("changed", True)
        if key not in self._hatches:
            tile = QPixmap(TILE, TILE)
            tile.fill(Qt.GlobalColor.transparent)
            painter = QPainter(tile)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(with_alpha(self.changed, 230))
            painter.drawRect(1, 5, 2, 2)
            painter.drawRect(5, 1, 2, 2)
            painter.end()
            self._hatches[key] = QBrush(tile)
        return self._hatches[key]


TILE = 8  # pixels: the hatching's spacing


def _hatch_brush(fill: QColor, ink: QColor, style: Qt.BrushStyle, crossed: bool) -> QBrush:
    tile = QPixmap(TILE, TILE)
    tile.fill(fill)
    painter = QPainter(tile)
    painter.setPen(QPen(ink, 1))
    if style == Qt.BrushStyle.BDiagPattern or crossed:  # "/"
        painter.drawLine(0, TILE - 1, TILE - 1, 0)
    if style == Qt.BrushStyle.FDiagPattern or crossed:  # "\"
        painter.drawLine(0, 0, TILE - 1, TILE - 1)
    painter.end()
    return QBrush(tile)
