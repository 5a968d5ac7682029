"""The map's colours and patterns, from the widget's palette so they read in light and dark.

Japan and Russia take the Okabe–Ito vermilion and blue, told apart by colour-blind students
as well, and each has its own hatching direction, so the two powers differ in pattern too.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette


def mix(first: QColor, second: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * amount,
        first.greenF() + (second.greenF() - first.greenF()) * amount,
        first.blueF() + (second.blueF() - first.blueF()) * amount,
    )


def with_alpha(colour: QColor, alpha: int) -> QColor:
    out = QColor(colour)
    out.setAlpha(alpha)
    return out


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
