"""The shipped base geography (resources/geography/), read into plain coordinate lists."""

from __future__ import annotations

import json
import struct
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


def projected_path(path: Path) -> Path:
    """The coarse layers already projected, as Qt paths (ui/map/layers.py), beside `path`:
    read in a millisecond where building them from the coarse file takes twenty."""
    return path.with_name(f"{path.stem}-coarse.qpaths")


# The projected file starts with the extent it was made for (four little-endian doubles),
# then the length and CRC-32 of the paths after it: Qt reading a damaged path can crash, so
# a file whose paths do not match their CRC is not read.
EXTENT_HEADER = struct.Struct("<4dII")


def _projected_extent(path: Path) -> tuple[float, float, float, float] | None:
    try:
        with projected_path(path).open("rb") as file:
            west, south, east, north, _, _ = EXTENT_HEADER.unpack(file.read(EXTENT_HEADER.size))
    except (OSError, struct.error):
        return None
    return (west, south, east, north)


def _read(path: Path) -> dict[str, list[Flat]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {layer: data[layer] for layer in LAYERS}


class BaseGeography:
    """The extent, read at once; each kind of layers read when first asked for: the coarse
    ones only where their projected file is missing, the detailed ones when zoomed in."""

    def __init__(self, path: Path, *, projected: bool = True) -> None:
        """Raises OSError, ValueError or KeyError if neither the projected file nor the
        coarse file can be read. With `projected` False the coarse file is read at once."""
        self.path = path
        self._coarse: dict[str, list[Flat]] | None = None
        self._detailed: dict[str, list[Flat]] | None = None
        extent = _projected_extent(path) if projected else None
        if extent is None:
            data = json.loads(coarse_path(path).read_text(encoding="utf-8"))
            west, south, east, north = (float(v) for v in data["extent"])
            extent = (west, south, east, north)
            self._coarse = {layer: data[layer] for layer in LAYERS}
        self.extent = extent

    @property
    def coarse(self) -> dict[str, list[Flat]]:
        """Each layer's lines about 4 km apart (raises OSError, ValueError, KeyError)."""
        if self._coarse is None:
            self._coarse = _read(coarse_path(self.path))
        return self._coarse

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
