"""Colours of the charts, from the widget's palette, so they read in light and dark mode.

Each accent has a deeper shade for light palettes and a lighter one for dark palettes; the
heatmap's levels are blends of the base colour towards its accent.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from studyapp.study.stats import LEARNING, NEW, RELEARNING, REVIEW
from studyapp.ui.shared.colours import mix

# (light palette, dark palette)
_ACCENTS = {
    NEW: ("#2f6db3", "#82b1ff"),
    LEARNING: ("#b55d00", "#ffb74d"),
    REVIEW: ("#2e7d32", "#81c784"),
    RELEARNING: ("#b3261e", "#ff8a80"),
}
_HEAT = ("#216e39", "#56d364")
_BAR = ("#2f6db3", "#82b1ff")
HEAT_LEVELS = 5  # level 0 is "no reviews"


@dataclass(frozen=True)
class ChartColours:
    base: QColor
    text: QColor
    faint_text: QColor
    grid: QColor
    track: QColor  # the empty part of a bar
    bar: QColor
    today: QColor
    heat: tuple[QColor, ...]  # HEAT_LEVELS colours, none to most
    phases: dict[str, QColor]

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartColours:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = base.lightnessF() < 0.5
        pick = 1 if dark else 0
        heat = QColor(_HEAT[pick])
        empty = mix(base, text, 0.08)
        return cls(
            base=base,
            text=text,
            faint_text=mix(text, base, 0.35),
            grid=mix(base, text, 0.12),
            track=mix(base, text, 0.08),
            bar=QColor(_BAR[pick]),
            today=palette.color(QPalette.ColorRole.Highlight),
            heat=(empty, *(mix(empty, heat, step / (HEAT_LEVELS - 1)) for step in range(1, 5))),
            phases={phase: QColor(pair[pick]) for phase, pair in _ACCENTS.items()},
        )
