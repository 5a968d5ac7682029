"""The part of the world the map shows: north-east Asia, Urga to Sakhalin and Hokkaido."""

from __future__ import annotations

# west, south, east, north in degrees (east longitude, north latitude)
EXTENT: tuple[float, float, float, float] = (104.0, 33.5, 146.0, 54.0)


def inside(lon: float, lat: float, extent: tuple[float, float, float, float] = EXTENT) -> bool:
    west, south, east, north = extent
    return west <= lon <= east and south <= lat <= north
