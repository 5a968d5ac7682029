"""The projected coarse layers shipped beside the geography: current, and read like the JSON."""

from __future__ import annotations

import shutil
from pathlib import Path

from studyapp import paths
from studyapp.geo.basemap import coarse_path, load_geography, projected_path
from studyapp.ui.map.layers import BaseLayers, base_layers, projected_bytes
from studyapp.ui.map.viewport import Viewport


def test_the_shipped_projected_layers_match_the_coarse_geography() -> None:
    geography = paths.geography_path()
    assert projected_path(geography).read_bytes() == projected_bytes(geography), (
        "resources/geography is out of date: run db/extract_geography.py"
    )


def _element_counts(layers: BaseLayers) -> list[int]:
    return [path.elementCount() for path in layers.paths()]


def test_without_the_projected_file_the_map_builds_the_same_layers_from_the_json(
    tmp_path: Path,
) -> None:
    shipped = load_geography(paths.geography_path())
    world = Viewport(shipped.extent).world_rect()
    from_file = base_layers(shipped, world, detailed=False)
    folder = tmp_path / "geography"
    folder.mkdir()
    source = paths.geography_path()
    for file in (source, coarse_path(source)):
        shutil.copyfile(file, folder / file.name)
    bare = load_geography(folder / source.name)
    assert bare.extent == shipped.extent
    assert _element_counts(base_layers(bare, world, detailed=False)) == _element_counts(from_file)


def test_a_damaged_projected_file_falls_back_to_the_json(tmp_path: Path) -> None:
    source = paths.geography_path()
    for file in (source, coarse_path(source), projected_path(source)):
        shutil.copyfile(file, tmp_path / file.name)
    damaged = projected_path(tmp_path / source.name)
    damaged.write_bytes(damaged.read_bytes()[:5000])
    geography = load_geography(tmp_path / source.name)
    layers = base_layers(geography, Viewport(geography.extent).world_rect(), detailed=False)
    assert layers.coast.elementCount() > 1000
