"""`studyapp dump --json` carries the map's history as a GeoJSON FeatureCollection."""

from __future__ import annotations

import json
from typing import Any

import pytest

from studyapp.geo.extent import inside
from tests.test_cli import run_cli


@pytest.fixture(scope="module")
def dumped_map() -> dict[str, Any]:
    result = run_cli("dump", "--json")
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_the_map_is_a_feature_collection_of_the_treaty_features(
    dumped_map: dict[str, Any],
) -> None:
    collection = dumped_map["map"]
    assert collection["type"] == "FeatureCollection"
    agreements = {a["key"] for a in dumped_map["agreements"]}
    clauses = {c["key"] for a in dumped_map["agreements"] for c in a["clauses"]}
    for feature in collection["features"]:
        props = feature["properties"]
        assert props["kind"] in {"sphere", "territory", "line", "railway"}
        assert props["agreement"] in agreements
        assert props["certainty"] in {"treaty-text", "approximate", "schematic"}
        assert props["name"] and props["name_ja"]
        assert {"description_ja", "note_ja"} <= set(props)  # the Japanese twins, beside
        assert props["clause"] is None or props["clause"] in clauses
        assert props["sources"] and all(s["key"] for s in props["sources"])
        if props["kind"] != "line":
            assert props["power"] in {"japan", "russia"}
        rings = (
            feature["geometry"]["coordinates"]
            if feature["geometry"]["type"] == "Polygon"
            else [feature["geometry"]["coordinates"]]
        )
        for ring in rings:
            assert all(inside(lon, lat) for lon, lat in ring)  # [lon, lat], not [lat, lon]


def test_a_feature_appears_once_for_each_agreement_it_holds_for(
    dumped_map: dict[str, Any],
) -> None:
    line = [
        f["properties"]
        for f in dumped_map["map"]["features"]
        if f["properties"]["key"] == "line-1907"
    ]
    assert [p["agreement"] for p in line] == [
        "first-1907",
        "second-1910",
        "third-1912",
        "fourth-1916",
    ]
    assert line[0]["clause"] == "first-1907-secret-additional"
