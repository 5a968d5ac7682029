"""The map's shapes as QPainterPaths in the projected plane, built once when the map opens."""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPolygonF

from studyapp.content.map_records import MapFeatureRecord
from studyapp.geo.basemap import BaseGeography, Flat
from studyapp.geo.projection import SHRINK, project


def polygon(points: Iterable[tuple[float, float]]) -> QPolygonF:
    return QPolygonF([QPointF(*project(lon, lat)) for lon, lat in points])


def _path(lines: Iterable[Flat], *, closed: bool) -> QPainterPath:
    """One path of many lines stored in hundredths of a degree, projected on the way."""
    path = QPainterPath()
    x_scale, y_scale = SHRINK / 100, 1 / 100
    for flat in lines:
        values = iter(flat)
        path.addPolygon(
            QPolygonF(
                [QPointF(x * x_scale, y * y_scale) for x, y in zip(values, values, strict=False)]
            )
        )
        if closed:
            path.closeSubpath()
    return path


@dataclass(frozen=True)
class BaseLayers:
    water: QPainterPath  # the extent with land and lakes, even-odd: filled, it is the water
    coast: QPainterPath
    lakes: QPainterPath
    rivers: QPainterPath
    borders: QPainterPath

    @classmethod
    def build(cls, layers: dict[str, list[Flat]], world: QRectF) -> BaseLayers:
        water = QPainterPath()
        water.setFillRule(Qt.FillRule.OddEvenFill)
        water.addRect(world)
        land = _path(layers["land"], closed=True)
        lakes = _path(layers["lakes"], closed=True)
        water.addPath(land)
        water.addPath(lakes)
        return cls(
            water=water,
            coast=land,
            lakes=lakes,
            rivers=_path(layers["rivers"], closed=False),
            borders=_path(layers["borders"], closed=False),
        )


# Built once per geography and kind (coarse or detailed): the Map view, the quiz's map and
# the export's pictures share them.
_BUILT: weakref.WeakKeyDictionary[BaseGeography, dict[bool, BaseLayers]] = (
    weakref.WeakKeyDictionary()
)


def base_layers(geography: BaseGeography, world: QRectF, *, detailed: bool) -> BaseLayers:
    built = _BUILT.setdefault(geography, {})
    if detailed not in built:
        source = geography.detailed if detailed else geography.coarse
        built[detailed] = BaseLayers.build(source, world)
    return built[detailed]


def feature_path(feature: MapFeatureRecord) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(polygon(feature.points))
    if feature.is_area:
        path.closeSubpath()
    return path
