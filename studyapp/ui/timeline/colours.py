"""Colours of the timeline, derived from the widget's palette so it reads in light and dark.

Neutral tones are blends of the palette's base and text; the few accents (agreements,
periods, spans, bookmark stars) have a darker shade for light palettes and a lighter one for
dark palettes, each chosen to keep its contrast against the base colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from studyapp.ui.shared.colours import mix, with_alpha


def _layers(base: QColor, tint: QColor, opacity: float, count: int) -> tuple[QColor, ...]:
    """`tint` laid over `base` at `opacity` once, twice…, as opaque colours."""
    layers = [mix(base, tint, opacity)]
    while len(layers) < count:
        layers.append(mix(layers[-1], tint, opacity))
    return tuple(layers)


@dataclass(frozen=True)
class TimelineColours:
    base: QColor
    text: QColor
    faint_text: QColor
    grid: QColor
    axis: QColor
    reign_fills: tuple[QColor, QColor]
    period_layers: tuple[QColor, ...]  # opaque: one, two, three periods over the base
    period_edge: QColor
    boundary: QColor
    marker: QColor
    span: QColor
    agreement: QColor
    agreement_fill: QColor
    star: QColor
    highlight: QColor
    selection_fill: QColor
    hover_fill: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> TimelineColours:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = base.lightnessF() < 0.5
        agreement = QColor("#ff8a80" if dark else "#b3261e")
        period = QColor("#ffc857" if dark else "#c78a00")
        highlight = palette.color(QPalette.ColorRole.Highlight)
        return cls(
            base=base,
            text=text,
            faint_text=mix(text, base, 0.35),
            grid=mix(base, text, 0.09),
            axis=mix(base, text, 0.45),
            reign_fills=(mix(base, text, 0.07), mix(base, text, 0.14)),
            period_layers=_layers(base, period, (38 if dark else 30) / 255, 3),
            period_edge=mix(base, period, 0.6),
            boundary=mix(text, agreement, 0.5),
            marker=mix(text, base, 0.3),
            span=with_alpha(QColor("#82b1ff" if dark else "#2f6db3"), 190),
            agreement=agreement,
            agreement_fill=with_alpha(agreement, 48 if dark else 32),
            star=QColor("#ffd54f" if dark else "#b07d00"),
            highlight=highlight,
            selection_fill=with_alpha(highlight, 80),
            hover_fill=with_alpha(mix(base, text, 0.5), 40),
        )
