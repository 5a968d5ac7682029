"""Colours of the charts, from the widget's palette, so they read in light and dark mode.

Each accent has a deeper shade for light palettes and a lighter one for dark palettes. The
charts sit on the window colour, so every mark is checked against it: bars, today's column,
the focus mark and each heatmap level at least 3:1 (WCAG's non-text contrast), the levels
growing darker (lighter in dark mode) with the count; an empty day is a faint cell with an
outline that keeps 3:1.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from studyapp.study.stats import LEARNING, NEW, RELEARNING, REVIEW
from studyapp.ui.shared.colours import mix
from studyapp.ui.shared.reading_style import contrast, readable

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
NON_TEXT_CONTRAST = 3.0


def _heat_levels(panel: QColor, text: QColor, accent: QColor) -> tuple[QColor, ...]:
    """HEAT_LEVELS - 1 shades of `accent`, the faintest just 3:1 on `panel`, the strongest
    the accent moved half-way to the text colour."""
    faintest = accent
    for step in range(1, 21):  # lighten (darken) towards the panel while it keeps 3:1
        candidate = mix(accent, panel, step / 20)
        if contrast(candidate, panel) < NON_TEXT_CONTRAST + 0.1:
            break
        faintest = candidate
    faintest = readable(faintest, panel, NON_TEXT_CONTRAST + 0.1)
    strongest = mix(accent, text, 0.5)
    count = HEAT_LEVELS - 1
    return tuple(mix(faintest, strongest, n / (count - 1)) for n in range(count))


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
    panel: QColor  # what the charts are painted on: the window colour
    empty_outline: QColor  # round a day without reviews
    focus: QColor  # the mark on the item the keys are on

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartColours:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        panel = palette.color(QPalette.ColorRole.Window)
        dark = panel.lightnessF() < 0.5
        pick = 1 if dark else 0
        empty = mix(panel, text, 0.08)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        return cls(
            base=base,
            text=text,
            faint_text=readable(mix(text, panel, 0.35), panel),
            grid=readable(mix(panel, text, 0.12), panel, NON_TEXT_CONTRAST),
            track=mix(panel, text, 0.08),
            bar=readable(QColor(_BAR[pick]), panel, NON_TEXT_CONTRAST),
            today=readable(highlight, panel, NON_TEXT_CONTRAST),
            heat=(empty, *_heat_levels(panel, text, QColor(_HEAT[pick]))),
            phases={
                phase: readable(QColor(pair[pick]), panel, NON_TEXT_CONTRAST)
                for phase, pair in _ACCENTS.items()
            },
            panel=panel,
            empty_outline=readable(mix(panel, text, 0.3), panel, NON_TEXT_CONTRAST),
            focus=readable(text, panel, NON_TEXT_CONTRAST),
        )
