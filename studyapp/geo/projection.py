"""From degrees to the map's plane and back: an equirectangular projection true at 45° N.

Over 35°–54° N a plain lon/lat grid stretched by cos 45° keeps shapes recognisable and
distances within about 15% of the truth, which the scale bar says; the map is a sketch of
spheres, not a survey.
"""

from __future__ import annotations

import math

STANDARD_LATITUDE = 45.0
SHRINK = math.cos(math.radians(STANDARD_LATITUDE))
KM_PER_DEGREE = 111.32  # of latitude, and of longitude at the equator


def project(lon: float, lat: float) -> tuple[float, float]:
    """Plane coordinates in degrees of latitude; y grows northward."""
    return lon * SHRINK, lat


def unproject(x: float, y: float) -> tuple[float, float]:
    return x / SHRINK, y


def km_per_unit() -> float:
    """Kilometres per plane unit at the standard latitude."""
    return KM_PER_DEGREE


def nice_length(limit_km: float) -> float:
    """The largest of 1, 2 or 5 times a power of ten not above `limit_km`, for a scale bar."""
    if limit_km <= 0:
        return 0.0
    power = 10 ** math.floor(math.log10(limit_km))
    return float(max(step * power for step in (1, 2, 5) if step * power <= limit_km))
