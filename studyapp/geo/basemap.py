"""The shipped base geography (resources/geography/), read into plain coordinate lists."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

Point = tuple[float, float]
Line = tuple[Point, ...]

CREDIT = "Coasts, lakes, rivers: GSHHG/WDBII (Wessel & Smith), LGPL-3.0"


Flat = list[int]  # [lon0, lat0, lon1, lat1, ...] in hundredths of a degree, as stored
LAYERS = ("land", "lakes", "rivers", "borders")  # borders: today's, drawn faintly


@dataclass(frozen=True, slots=True)
class BaseGeography:
    extent: tuple[float, float, float, float]
    detailed: dict[str, list[Flat]]  # layer name -> its lines, about 1 km apart
    coarse: dict[str, list[Flat]]  # the same, thinned for the whole map in view

    def lines(self, layer: str, *, coarse: bool = False) -> list[Line]:
        """A layer's lines as (lon, lat) tuples (for checks and tests; drawing uses Flat)."""
        source = (self.coarse if coarse else self.detailed)[layer]
        return [
            tuple((flat[i] / 100, flat[i + 1] / 100) for i in range(0, len(flat) - 1, 2))
            for flat in source
        ]


def load_geography(path: Path) -> BaseGeography:
    """Raises OSError, ValueError or KeyError if the file is missing or damaged."""
    data = json.loads(path.read_text(encoding="utf-8"))
    west, south, east, north = (float(v) for v in data["extent"])
    return BaseGeography(
        extent=(west, south, east, north),
        detailed={layer: data[layer] for layer in LAYERS},
        coarse={layer: data[f"{layer}_coarse"] for layer in LAYERS},
    )
