"""The shipped base geography (resources/geography/), read into plain coordinate lists."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

Point = tuple[float, float]
Line = tuple[Point, ...]

CREDIT = "Coasts, lakes, rivers: GSHHG/WDBII (Wessel & Smith), LGPL-3.0"


@dataclass(frozen=True, slots=True)
class BaseGeography:
    extent: tuple[float, float, float, float]
    land: tuple[Line, ...]
    lakes: tuple[Line, ...]
    rivers: tuple[Line, ...]
    borders: tuple[Line, ...]  # today's, drawn faintly


def _lines(flat_lists: list[list[int]]) -> tuple[Line, ...]:
    return tuple(
        tuple((flat[i] / 100, flat[i + 1] / 100) for i in range(0, len(flat) - 1, 2))
        for flat in flat_lists
    )


def load_geography(path: Path) -> BaseGeography:
    """Raises OSError or ValueError if the file is missing or damaged."""
    data = json.loads(path.read_text(encoding="utf-8"))
    west, south, east, north = (float(v) for v in data["extent"])
    return BaseGeography(
        extent=(west, south, east, north),
        land=_lines(data["land"]),
        lakes=_lines(data["lakes"]),
        rivers=_lines(data["rivers"]),
        borders=_lines(data["borders"]),
    )
