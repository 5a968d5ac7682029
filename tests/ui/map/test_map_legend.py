"""The map's legend is drawn where it fits, and left out where it would cover the title."""

from __future__ import annotations

from PySide6.QtGui import QImage, QPainter

from studyapp import paths
from studyapp.geo.basemap import load_geography
from studyapp.ui.map.painting import legend_fits
from studyapp.ui.map.viewport import Viewport


def _fits(width: float, height: float, qapp: object) -> bool:
    extent = load_geography(paths.geography_path()).extent
    image = QImage(int(width), int(height), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        return legend_fits(painter, Viewport(extent, width=width, height=height))
    finally:
        painter.end()


def test_the_legend_fits_a_laptop_screen(qapp: object) -> None:
    assert _fits(1300, 620, qapp)


def test_the_legend_is_left_out_of_a_map_too_short_for_it(qapp: object) -> None:
    """As on a 1024x600 screen at 200%: about 500 by 170 pixels of map."""
    assert not _fits(500, 170, qapp)
