"""The map's colours read in light and dark palettes, and the powers differ in pattern too."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from studyapp.ui.map.colours import PATTERNS, MapColours


def _palette(base: str, text: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Window, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    return palette


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_powers_stand_out_from_the_land_in_light_and_dark(qapp: object) -> None:
    for palette in (_palette("#ffffff", "#000000"), _palette("#1e1e1e", "#e8e8e8")):
        colours = MapColours.from_palette(palette)
        for power in ("japan", "russia"):
            assert _contrast(colours.powers[power], colours.land) >= 3.0, power
        assert _contrast(colours.text, colours.land) >= 4.5
    dark = MapColours.from_palette(_palette("#1e1e1e", "#e8e8e8"))
    light = MapColours.from_palette(_palette("#ffffff", "#000000"))
    assert dark.dark and not light.dark
    assert dark.powers["japan"] != light.powers["japan"]


def test_japan_and_russia_are_hatched_differently(qapp: object) -> None:
    assert PATTERNS["japan"] != PATTERNS["russia"]
    colours = MapColours.from_palette(_palette("#ffffff", "#000000"))
    japan = colours.hatch("japan", False).texture().toImage()
    russia = colours.hatch("russia", False).texture().toImage()
    assert japan != russia
