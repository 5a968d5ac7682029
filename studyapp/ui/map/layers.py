"""The map's shapes as QPainterPaths in the projected plane, built once when the map opens."""

from __future__ import annotations

import weakref
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPolygonF

from studyapp.content.map_records import MapFeatureRecord
from studyapp.geo.basemap import EXTENT_HEADER, BaseGeography, Flat, projected_path
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

    def paths(self) -> tuple[QPainterPath, ...]:
        return (self.water, self.coast, self.lakes, self.rivers, self.borders)


# Qt's own format of a path, pinned to one version so a newer Qt reads what an older wrote.
STREAM_VERSION = QDataStream.Version.Qt_6_0


def layers_bytes(layers: BaseLayers, extent: tuple[float, float, float, float]) -> bytes:
    """The projected file's content: the extent, then the five paths (db/extract_geography.py
    writes it beside the coarse file; tests/ui/map checks it is current)."""
    data = QByteArray()
    stream = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    stream.setVersion(STREAM_VERSION)
    for path in layers.paths():
        stream << path
    payload = data.data()
    return EXTENT_HEADER.pack(*extent, len(payload), zlib.crc32(payload)) + payload


def projected_bytes(geography_path: Path) -> bytes:
    """The projected file as it should be for the coarse file beside `geography_path`."""
    coarse = BaseGeography(geography_path, projected=False)
    west, south, east, north = coarse.extent
    (x0, y0), (x1, y1) = project(west, south), project(east, north)
    world = QRectF(x0, y0, x1 - x0, y1 - y0)
    return layers_bytes(BaseLayers.build(coarse.coarse, world), coarse.extent)


def _read_projected(file: Path) -> BaseLayers | None:
    """The layers of a projected file, or None if it is missing or damaged."""
    try:
        raw = file.read_bytes()
    except OSError:
        return None
    if len(raw) < EXTENT_HEADER.size:
        return None
    *_, length, crc = EXTENT_HEADER.unpack(raw[: EXTENT_HEADER.size])
    raw = raw[EXTENT_HEADER.size :]
    if len(raw) != length or zlib.crc32(raw) != crc:
        return None
    buffer = QByteArray(raw)  # kept in a name: the stream reads it, and holds no reference
    stream = QDataStream(buffer, QIODevice.OpenModeFlag.ReadOnly)
    stream.setVersion(STREAM_VERSION)
    paths = []
    for _ in range(5):
        path = QPainterPath()
        stream >> path
        paths.append(path)
    if stream.status() != QDataStream.Status.Ok or not stream.atEnd():
        return None
    return BaseLayers(*paths)


# Built once per geography and kind (coarse or detailed): the Map view, the quiz's map and
# the export's pictures share them.
_BUILT: weakref.WeakKeyDictionary[BaseGeography, dict[bool, BaseLayers]] = (
    weakref.WeakKeyDictionary()
)


def base_layers(geography: BaseGeography, world: QRectF, *, detailed: bool) -> BaseLayers:
    built = _BUILT.setdefault(geography, {})
    if detailed not in built:
        ready = None if detailed else _read_projected(projected_path(geography.path))
        source = geography.detailed if detailed else None
        built[detailed] = ready or BaseLayers.build(source or geography.coarse, world)
    return built[detailed]


def feature_path(feature: MapFeatureRecord) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(polygon(feature.points))
    if feature.is_area:
        path.closeSubpath()
    return path
