"""Contrast of the colour pairs the app paints with, in light, dark and high-contrast palettes.

WCAG 2.2: text 4.5:1 (1.4.3), marks that carry meaning 3:1 against what they touch (1.4.11).
The palettes go through the same mending as the app's (shared/palette.py) first.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from studyapp.ui.shared.chart_colours import ChartColours
from studyapp.ui.shared.focus_ring import ring_colour
from studyapp.ui.shared.palette import accessible, opaque
from studyapp.ui.shared.reading_style import contrast

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def _palette(window: str, base: str, text: str, highlight: str, on_highlight: str) -> QPalette:
    palette = QPalette()
    for role, colour in (
        (Role.Window, window),
        (Role.Base, base),
        (Role.AlternateBase, base),
        (Role.Button, window),
        (Role.WindowText, text),
        (Role.Text, text),
        (Role.ButtonText, text),
        (Role.Highlight, highlight),
        (Role.HighlightedText, on_highlight),
        (Role.Link, highlight),
    ):
        palette.setColor(role, QColor(colour))
    faint = QColor(text)
    faint.setAlpha(128)
    palette.setColor(Role.PlaceholderText, faint)
    return palette


def _fusion_light() -> QPalette:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app.style().standardPalette()


PALETTES = {
    "light": _fusion_light,
    "dark": lambda: _palette("#2d2d2d", "#1e1e1e", "#f0f0f0", "#2a82da", "#ffffff"),
    "high contrast": lambda: _palette("#000000", "#000000", "#ffffff", "#1aebff", "#000000"),
    "high contrast light": lambda: _palette("#ffffff", "#ffffff", "#000000", "#600000", "#fff"),
}


@pytest.fixture(params=list(PALETTES))
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> QPalette:
    return accessible(PALETTES[request.param]())


def test_text_on_the_selection_reads_focused_and_not(palette: QPalette) -> None:
    for group in (Group.Active, Group.Inactive):
        pair = (palette.color(group, Role.HighlightedText), palette.color(group, Role.Highlight))
        assert contrast(*pair) >= 4.5, group


def test_a_focused_and_an_unfocused_selection_look_different(palette: QPalette) -> None:
    active = palette.color(Group.Active, Role.Highlight)
    inactive = palette.color(Group.Inactive, Role.Highlight)
    assert contrast(active, inactive) >= 1.3


def test_placeholder_and_link_text_read_on_the_field(palette: QPalette) -> None:
    base = palette.color(Role.Base)
    assert contrast(opaque(palette.color(Role.PlaceholderText), base), base) >= 4.5
    assert contrast(palette.color(Role.Link), base) >= 4.5


def test_the_focus_ring_stands_out_from_the_window_and_the_field(palette: QPalette) -> None:
    ring = ring_colour(palette)
    assert contrast(ring, palette.color(Role.Window)) >= 3
    assert contrast(ring, palette.color(Role.Base)) >= 3


def test_chart_marks_and_heat_levels_stand_out_from_the_panel(palette: QPalette) -> None:
    colours = ChartColours.from_palette(palette)
    panel = colours.panel
    assert contrast(colours.faint_text, panel) >= 4.5
    assert contrast(colours.text, panel) >= 4.5
    for name, mark in (
        ("bar", colours.bar),
        ("today", colours.today),
        ("focus", colours.focus),
        ("empty outline", colours.empty_outline),
        *colours.phases.items(),
    ):
        assert contrast(mark, panel) >= 3, name
    levels = colours.heat[1:]
    for number, level in enumerate(levels, start=1):
        assert contrast(level, panel) >= 3, f"heat level {number}"
    # More reviews, further from the panel: the levels keep their order.
    distances = [contrast(level, panel) for level in levels]
    assert distances == sorted(distances)
    assert len({level.name() for level in levels}) == len(levels)
