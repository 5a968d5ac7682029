"""The map content: sourced, certain of its certainty, geometrically valid, true to the treaties."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from studyapp.content.builder import BuildError, load_content, validate
from studyapp.content.map_queries import read_map_file
from studyapp.content.map_records import CERTAINTIES, KINDS, MapContent
from studyapp.geo.extent import inside
from studyapp.geo.shapes import contains, ring_problems
from tests.conftest import BUNDLED_DB, ROOT

CONTENT_DIR = ROOT / "db" / "content"


@pytest.fixture(scope="module")
def atlas() -> MapContent:
    return read_map_file(BUNDLED_DB)


def test_every_feature_is_sourced_and_says_how_certain_it_is(atlas: MapContent) -> None:
    assert len(atlas.features) >= 10
    for feature in atlas.features:
        assert feature.sources, feature.key
        assert feature.certainty in CERTAINTIES, feature.key
        assert feature.kind in KINDS, feature.key
        assert feature.holdings, feature.key
        assert all(h.note.strip() for h in feature.holdings), feature.key
    for place in atlas.places:
        assert place.sources, place.key
        assert place.name_ja, place.key


def test_polygons_are_closed_and_valid_and_everything_lies_inside_the_extent(
    atlas: MapContent,
) -> None:
    for feature in atlas.features:
        assert all(inside(lon, lat) for lon, lat in feature.points), feature.key
        if feature.is_area:
            assert feature.points[0] == feature.points[-1], feature.key
            assert ring_problems(feature.points) == [], feature.key
        else:
            assert len(feature.points) >= 2, feature.key


def _sphere_of(atlas: MapContent, place_key: str, agreement_key: str) -> set[str]:
    place = atlas.place(place_key)
    assert place is not None
    return {
        feature.power
        for feature in atlas.at(agreement_key)
        if feature.is_area and contains(feature.points, (place.lon, place.lat))
    }


@pytest.mark.parametrize(
    ("place", "power", "agreements"),
    [
        ("harbin", "russia", ["first-1907", "second-1910", "third-1912", "fourth-1916"]),
        ("tsitsihar", "russia", ["first-1907", "second-1910", "third-1912", "fourth-1916"]),
        ("mukden", "japan", ["first-1907", "second-1910", "third-1912", "fourth-1916"]),
        ("changchun", "japan", ["first-1907", "second-1910", "third-1912", "fourth-1916"]),
        ("kirin", "japan", ["first-1907", "second-1910", "third-1912", "fourth-1916"]),
        ("port-arthur", "japan", ["first-1907", "fourth-1916"]),
        ("seoul", "japan", ["first-1907", "second-1910", "fourth-1916"]),
        ("urga", "russia", ["first-1907", "fourth-1916"]),
    ],
)
def test_places_fall_on_the_side_the_treaties_put_them(
    atlas: MapContent, place: str, power: str, agreements: list[str]
) -> None:
    for agreement in agreements:
        assert _sphere_of(atlas, place, agreement) == {power}, (place, agreement)


def test_inner_mongolia_is_divided_only_from_1912_at_the_meridian_of_peking(
    atlas: MapContent,
) -> None:
    east, west = atlas.feature("inner-mongolia-east"), atlas.feature("inner-mongolia-west")
    assert east is not None and west is not None
    assert [h.agreement_key for h in east.holdings] == ["third-1912", "fourth-1916"]
    assert contains(east.points, (118.0, 43.0)) and not contains(east.points, (115.0, 43.0))
    assert contains(west.points, (113.0, 42.0)) and not contains(west.points, (118.0, 43.0))
    meridian = atlas.feature("meridian-of-peking")
    assert meridian is not None
    assert {round(lon, 2) for lon, _ in meridian.points} == {116.45}  # 116°27′ E


def test_korea_is_a_sphere_in_1907_and_japanese_territory_from_1910(atlas: MapContent) -> None:
    by_agreement = {
        agreement: {f.kind for f in atlas.at(agreement) if f.key.startswith("korea")}
        for agreement in ("first-1907", "second-1910", "third-1912", "fourth-1916")
    }
    assert by_agreement == {
        "first-1907": {"sphere"},
        "second-1910": {"territory"},
        "third-1912": {"territory"},
        "fourth-1916": {"territory"},
    }


def test_the_1907_line_follows_the_sungari_and_the_nonni_and_ends_at_122_east(
    atlas: MapContent,
) -> None:
    line = atlas.feature("line-1907")
    assert line is not None
    assert line.points[0] == (130.6, 42.42)
    assert line.points[-1] == (122.0, 46.27)
    # Along a river the line has many points; straight stretches have only their ends.
    assert len(line.points) > 40
    assert (124.86, 45.44) in line.points  # the mouth of the Nonni
    assert "Hsiushuichan" in line.description and "approximately" in line.description
    clauses = [h.clause_key for h in line.holdings]
    assert clauses[:2] == ["first-1907-secret-additional", "second-1910-secret-1"]


def test_what_changed_is_marked_at_each_step(atlas: MapContent) -> None:
    changed = {
        agreement: {f.key for f in atlas.at(agreement) if f.holding(agreement).changed}  # type: ignore[union-attr]
        for agreement in ("first-1907", "second-1910", "third-1912", "fourth-1916")
    }
    assert "line-1907" in changed["first-1907"] and "line-1907" in changed["second-1910"]
    assert {"line-1912-west", "inner-mongolia-east", "meridian-of-peking"} <= changed["third-1912"]
    assert "korea-annexed" in changed["second-1910"]
    assert changed["fourth-1916"] == set()  # 1916 reaffirmed; nothing new was drawn


def _territory_of(atlas: MapContent, point: tuple[float, float], agreement_key: str) -> set[str]:
    return {
        f"{feature.power}:{feature.key}"
        for feature in atlas.at(agreement_key)
        if feature.kind == "territory" and contains(feature.points, point)
    }


ALL_FOUR = ("first-1907", "second-1910", "third-1912", "fourth-1916")


@pytest.mark.parametrize(
    ("where", "point", "territory"),
    [
        ("Vladivostok", (131.89, 43.12), "russia:russia-territory"),
        ("Khabarovsk", (135.07, 48.48), "russia:russia-territory"),
        ("Irkutsk side of Lake Baikal", (105.0, 52.5), "russia:russia-territory"),
        ("northern Sakhalin", (142.9, 51.5), "russia:russia-territory"),
        ("Toyohara, Karafuto", (142.74, 46.96), "japan:karafuto"),
        ("Tokyo", (139.69, 35.69), "japan:japan-territory"),
        ("Sapporo", (141.35, 43.06), "japan:japan-territory"),
        ("Tsushima", (129.3, 34.4), "japan:japan-territory"),
        ("Port Arthur", (121.26, 38.81), "japan:kwantung"),
    ],
)
def test_the_powers_own_land_is_territory_at_every_step(
    atlas: MapContent, where: str, point: tuple[float, float], territory: str
) -> None:
    for agreement in ALL_FOUR:
        assert _territory_of(atlas, point, agreement) == {territory}, (where, agreement)


def test_no_territory_reaches_into_manchuria_korea_or_mongolia(atlas: MapContent) -> None:
    for point in ((126.63, 45.75), (123.43, 41.80), (129.0, 35.15), (106.9, 47.9)):
        assert _territory_of(atlas, point, "first-1907") == set(), point
    # Korea is Japanese territory only from the annexation of August 1910.
    seoul = (126.98, 37.57)
    assert _territory_of(atlas, seoul, "first-1907") == set()
    assert _territory_of(atlas, seoul, "second-1910") == {"japan:korea-annexed"}


def test_territories_and_spheres_are_told_apart_and_sourced(atlas: MapContent) -> None:
    for key in ("russia-territory", "japan-territory", "karafuto", "kwantung", "korea-annexed"):
        feature = atlas.feature(key)
        assert feature is not None and feature.kind == "territory", key
        assert feature.power in ("japan", "russia") and feature.sources, key
        assert feature.description_ja and feature.name_ja, key
    karafuto = atlas.feature("karafuto")
    assert karafuto is not None
    # Its northern edge is the 50th parallel, right across the island (about 142° to 143.3° E).
    north = [lon for lon, lat in karafuto.points if lat > 47.0]
    assert {lat for lon, lat in karafuto.points if lat > 47.0} == {50.0}
    assert min(north) < 142.0 and max(north) > 143.5


def _near_route(
    feature_points: tuple[tuple[float, float], ...], point: tuple[float, float]
) -> bool:
    return any(
        abs(lon - point[0]) < 0.05 and abs(lat - point[1]) < 0.05 for lon, lat in feature_points
    )


@pytest.mark.parametrize(
    ("key", "stations"),
    [
        (
            "chinese-eastern-railway",
            [(117.43, 49.60), (119.73, 49.21), (121.92, 48.77), (126.63, 45.75), (131.89, 43.12)],
        ),
        ("harbin-changchun-branch", [(126.63, 45.75), (125.32, 43.90)]),
        ("south-manchuria-railway", [(125.32, 43.88), (123.43, 41.80), (121.61, 38.91)]),
        ("antung-mukden-railway", [(124.39, 40.13), (123.77, 41.30), (123.34, 41.66)]),
    ],
)
def test_the_railways_run_through_their_stations(
    atlas: MapContent, key: str, stations: list[tuple[float, float]]
) -> None:
    feature = atlas.feature(key)
    assert feature is not None and feature.kind == "railway"
    for station in stations:
        assert _near_route(feature.points, station), (key, station)


def test_the_antung_mukden_line_joins_the_south_manchuria_railway(atlas: MapContent) -> None:
    branch, main = atlas.feature("antung-mukden-railway"), atlas.feature("south-manchuria-railway")
    assert branch is not None and main is not None and branch.power == "japan"
    assert branch.points[-1] in main.points  # at Suchiatun, south of Mukden
    assert any(s.key == "peking-1905-antung-mukden" for s in branch.sources)


# ---- the build refuses bad map text ---------------------------------------------------------


def _problems_with(tmp_path: Path, name: str, text: str) -> str:
    folder = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, folder)
    target = folder / "map" / name
    target.write_text(target.read_text(encoding="utf-8") + text, encoding="utf-8")
    with pytest.raises(BuildError) as caught:
        validate(load_content(folder))
    return str(caught.value)


_HOLDS = '[[feature.holds]]\nagreement = "first-1907"\nclause = ""\nchanged = true\nnote = "x"\n'


def test_an_unsourced_feature_without_certainty_is_refused(tmp_path: Path) -> None:
    problems = _problems_with(
        tmp_path,
        "lines.toml",
        '\n[[feature]]\nkey = "bad"\nname = "x"\nname_ja = ""\nkind = "line"\npower = ""\n'
        'certainty = "sure"\ndescription = "x"\nsources = []\n'
        "route = [{ at = [120.0, 40.0] }, { at = [121.0, 41.0] }]\n" + _HOLDS,
    )
    assert "[bad]: cites no source" in problems
    assert "certainty 'sure' is not one of" in problems


def test_a_self_crossing_outline_and_a_point_outside_the_extent_are_refused(
    tmp_path: Path,
) -> None:
    problems = _problems_with(
        tmp_path,
        "spheres.toml",
        '\n[[feature]]\nkey = "bow-tie"\nname = "x"\nname_ja = ""\nkind = "sphere"\n'
        'power = "japan"\ncertainty = "schematic"\ndescription = "x"\nsources = ["price-1933"]\n'
        "outline = [{ at = [120.0, 40.0] }, { at = [122.0, 42.0] }, { at = [122.0, 40.0] },"
        " { at = [120.0, 42.0] }, { at = [90.0, 42.0] }]\n" + _HOLDS,
    )
    assert "lies outside the map's extent" in problems
    assert "[bow-tie]: the outline crosses itself" in problems


def test_a_river_step_far_from_any_river_is_refused(tmp_path: Path) -> None:
    problems = _problems_with(
        tmp_path,
        "lines.toml",
        '\n[[feature]]\nkey = "dry"\nname = "x"\nname_ja = ""\nkind = "line"\npower = ""\n'
        'certainty = "approximate"\ndescription = "x"\nsources = ["price-1933"]\n'
        "route = [{ at = [126.6, 45.75] }, { river = [112.0, 43.0] }]\n" + _HOLDS,
    )
    assert "[dry step 2]: the river route's end is" in problems
