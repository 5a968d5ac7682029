"""The map's shapes as QPainterPaths in the projected plane, built once when the map opens."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPolygonF

from studyapp.content.map_records import MapFeatureRecord
from studyapp.geo.basemap import BaseGeography, Line
from studyapp.geo.projection import project


def polygon(points: Iterable[tuple[float, float]]) -> QPolygonF:
    return QPolygonF([QPointF(*project(lon, lat)) for lon, lat in points])


def _path(lines: Iterable[Line], *, closed: bool) -> QPainterPath:
    path = QPainterPath()
    for line in lines:
        if closed:
            path.addPolygon(polygon(line))
            path.closeSubpath()
        else:
            path.addPolygon(polygon(line))
    return path


@dataclass(frozen=True)
class BaseLayers:
    water: QPainterPath  # the extent with land and lakes, even-odd: filled, it is the water
    coast: QPainterPath
    lakes: QPainterPath
    rivers: QPainterPath
    borders: QPainterPath

    @classmethod
    def build(cls, geography: BaseGeography, world: QRectF) -> BaseLayers:
        water = QPainterPath()
        water.setFillRule(Qt.FillRule.OddEvenFill)
        water.addRect(world)
        land = _path(geography.land, closed=True)
        lakes = _path(geography.lakes, closed=True)
        water.addPath(land)
        water.addPath(lakes)
        return cls(
            water=water,
            coast=land,
            lakes=lakes,
            rivers=_path(geography.rivers, closed=False),
            borders=_path(geography.borders, closed=False),
        )


def feature_path(feature: MapFeatureRecord) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(polygon(feature.points))
    if feature.is_area:
        path.closeSubpath()
    return path
