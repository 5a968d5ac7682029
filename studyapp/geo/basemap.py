"""The shipped base geography (resources/geography/), read into plain coordinate lists."""

from __future__ import annotations

import json
from pathlib import Path

from studyapp.i18n import QT_TRANSLATE_NOOP

Point = tuple[float, float]
Line = tuple[Point, ...]

# Shown on the map in the language in use: translate("Map", CREDIT).
CREDIT = QT_TRANSLATE_NOOP("Map", "Coasts, lakes, rivers: GSHHG/WDBII (Wessel & Smith), LGPL-3.0")


Flat = list[int]  # [lon0, lat0, lon1, lat1, ...] in hundredths of a degree, as stored
LAYERS = ("land", "lakes", "rivers", "borders")  # borders: today's, drawn faintly


def coarse_path(path: Path) -> Path:
    """The file of the coarse layers beside the detailed file at `path`."""
    return path.with_name(f"{path.stem}-coarse{path.suffix}")


def _read(path: Path) -> dict[str, list[Flat]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {layer: data[layer] for layer in LAYERS}


class BaseGeography:
    """The coarse layers, read at once, and the detailed ones, read when first asked for."""

    def __init__(self, path: Path) -> None:
        """Raises OSError, ValueError or KeyError if the coarse file is missing or damaged."""
        self.path = path
        data = json.loads(coarse_path(path).read_text(encoding="utf-8"))
        west, south, east, north = (float(v) for v in data["extent"])
        self.extent = (west, south, east, north)
        self.coarse: dict[str, list[Flat]] = {layer: data[layer] for layer in LAYERS}
        self._detailed: dict[str, list[Flat]] | None = None

    @property
    def detailed(self) -> dict[str, list[Flat]]:
        """Each layer's lines about 1 km apart (raises OSError or ValueError if unreadable)."""
        if self._detailed is None:
            self._detailed = _read(self.path)
        return self._detailed

    def lines(self, layer: str, *, coarse: bool = False) -> list[Line]:
        """A layer's lines as (lon, lat) tuples (for checks and tests; drawing uses Flat)."""
        source = (self.coarse if coarse else self.detailed)[layer]
        return [
            tuple((flat[i] / 100, flat[i + 1] / 100) for i in range(0, len(flat) - 1, 2))
            for flat in source
        ]


def load_geography(path: Path) -> BaseGeography:
    """The geography of `path` (the detailed file) and its coarse file beside it.

    Raises OSError, ValueError or KeyError if the coarse file is missing or damaged."""
    return BaseGeography(path)
