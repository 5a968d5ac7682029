"""Checks and builds the map content (db/content/map/): places, and features whose routes are
resolved here into coordinates, along the rivers and borders of the shipped geography.

Called by builder.py; every problem is reported with its file and key like any other row's.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studyapp.content.map_records import AREA_KINDS, CERTAINTIES, KINDS, POWERS
from studyapp.content.twins import twin_problems
from studyapp.content.validation import Problems, Row, check_fields, check_references
from studyapp.geo.extent import EXTENT, inside
from studyapp.geo.routing import RiverNetwork, distance
from studyapp.geo.shapes import ring_problems

if TYPE_CHECKING:
    from studyapp.content.builder import ContentText

Point = tuple[float, float]

# How far (degrees) a route may leave the river or border it is said to follow at either end:
# the rivers' data stops short of some mouths (the Tolaho's, by about 0.2°).
MAX_GAP = 0.3
STEP_KINDS = ("at", "river", "border", "along")
PLACE_KINDS = frozenset({"town", "river", "lake", "region"})
# Drawing order: areas under lines, lines under railways.
KIND_ORDER = {"territory": 0, "sphere": 1, "line": 2, "railway": 3}


@dataclass
class Networks:
    """The river and border networks, built once per build from the geography file."""

    path: Path
    _built: dict[str, RiverNetwork] = field(default_factory=dict)

    def get(self, layer: str) -> RiverNetwork:
        if layer not in self._built:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            layer_name = "rivers" if layer == "river" else "borders"
            self._built[layer] = RiverNetwork.from_lines(data[layer_name])
        return self._built[layer]


def _valid_point(value: object) -> Point | None:
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
    ):
        return (float(value[0]), float(value[1]))
    return None


def _steps(feature: Row) -> list[Row]:
    value = feature.get("outline" if feature.get("kind") in AREA_KINDS else "route", [])
    return [step for step in value if isinstance(step, dict)] if isinstance(value, list) else []


@dataclass
class Resolver:
    """Turns each feature's steps into coordinates, following `along` references once each."""

    features: dict[str, tuple[str, Row]]
    networks: Networks
    problems: Problems
    resolved: dict[str, list[Point]] = field(default_factory=dict)
    _busy: set[str] = field(default_factory=set)

    def points(self, key: str) -> list[Point]:
        if key in self.resolved:
            return self.resolved[key]
        where, feature = self.features[key]
        if key in self._busy:
            self.problems.add(where, "its route refers back to itself through 'along'")
            return []
        self._busy.add(key)
        points: list[Point] = []
        for number, step in enumerate(_steps(feature), start=1):
            self._step(f"{where} [{key} step {number}]", step, points)
        self._busy.discard(key)
        if feature.get("kind") in AREA_KINDS and points and points[0] != points[-1]:
            points.append(points[0])
        self.resolved[key] = points
        return points

    def _step(self, where: str, step: Row, points: list[Point]) -> None:
        kinds = [name for name in STEP_KINDS if name in step]
        unknown = sorted(set(step) - {*STEP_KINDS, "place", "place_ja", "approximate", "reverse"})
        if unknown or len(kinds) != 1:
            self.problems.add(where, "a step needs exactly one of at, river, border, along")
            return
        for problem in twin_problems("step", step):
            self.problems.add(where, problem)
        kind = kinds[0]
        if kind == "along":
            other = step["along"]
            if other not in self.features:
                self.problems.add(where, f"unknown feature {other!r} to go along")
                return
            path = list(self.points(other))
            if step.get("reverse") is True:
                path.reverse()
            if path and self.features[other][1].get("kind") in AREA_KINDS:
                path = path[:-1]  # an outline followed whole: the closing point comes later
            _extend(points, path)
            return
        target = _valid_point(step[kind])
        if target is None:
            self.problems.add(where, f"{kind} should be [lon, lat] in degrees")
            return
        if not inside(*target):
            self.problems.add(where, f"{target} lies outside the map's extent {EXTENT}")
            return
        if kind == "at" or not points:
            _extend(points, [target])
            return
        network = self.networks.get(kind)
        path = network.route(points[-1], target)
        for end, label in ((path[0], "start"), (path[-1], "end")):
            gap = distance(end, points[-1] if label == "start" else target)
            if gap > MAX_GAP:
                self.problems.add(where, f"the {kind} route's {label} is {gap:.2f}° from its point")
        _extend(points, [*path, target])


def _extend(points: list[Point], more: Sequence[Point]) -> None:
    for point in more:
        rounded = (round(point[0], 2), round(point[1], 2))
        if not points or points[-1] != rounded:
            points.append(rounded)


def validate_map(
    content: ContentText, keys: dict[str, set[str]], problems: Problems, geography: Path
) -> dict[str, list[Point]]:
    """Check the places and features; returns each feature's resolved coordinates."""
    sources = keys.get("source", set())
    agreements = {row.get("key"): row for row in content.of("agreement")}
    clauses = {
        clause.get("key"): agreement.get("key")
        for agreement in agreements.values()
        for clause in agreement.get("clause", [])
        if isinstance(clause, dict)
    }
    for where, place in content.rows.get("place", []):
        check_references(where, place.get("sources"), sources, "source", problems, required=True)
        point = _valid_point(place.get("at"))
        if point is None or not inside(*point):
            problems.add(where, f"at should be [lon, lat] inside the map's extent {EXTENT}")
        if place.get("kind") not in PLACE_KINDS:
            problems.add(where, f"kind {place.get('kind')!r} is not one of {sorted(PLACE_KINDS)}")
    features = {str(row.get("key")): (where, row) for where, row in content.rows.get("feature", [])}
    for where, feature in features.values():
        check_references(where, feature.get("sources"), sources, "source", problems, required=True)
        _check_feature(where, feature, agreements, clauses, problems)
    resolver = Resolver(features, Networks(geography), problems)
    for key, (where, feature) in features.items():
        points = resolver.points(key)
        if feature.get("kind") in AREA_KINDS:
            for problem in ring_problems(points):
                problems.add(where, problem)
        elif len(points) < 2:
            problems.add(where, "a line needs at least two points")
        outside = [p for p in points if not inside(*p)]
        if outside:
            problems.add(
                where, f"{len(outside)} point(s) outside the map's extent, e.g. {outside[0]}"
            )
    return resolver.resolved


def _check_feature(
    where: str,
    feature: Row,
    agreements: dict[Any, Row],
    clauses: dict[Any, Any],
    problems: Problems,
) -> None:
    kind = feature.get("kind")
    if kind not in KINDS:
        problems.add(where, f"kind {kind!r} is not one of {list(KINDS)}")
    power = feature.get("power")
    if power not in (*POWERS, ""):
        problems.add(where, f"power {power!r} is not one of {list(POWERS)} or empty")
    elif power == "" and kind != "line":
        problems.add(where, f"a {kind} belongs to a power: set power")
    if feature.get("certainty") not in CERTAINTIES:
        problems.add(where, f"certainty {feature.get('certainty')!r} is not one of {CERTAINTIES}")
    wanted, other = ("outline", "route") if kind in AREA_KINDS else ("route", "outline")
    if wanted not in feature or other in feature:
        problems.add(where, f"a {kind} has a {wanted}, not a {other}")
    holds = feature.get("holds")
    if not isinstance(holds, list) or not holds:
        problems.add(where, "holds for no agreement: add [[feature.holds]]")
        return
    seen: set[object] = set()
    for holding in holds:
        spot = f"{where} [{feature.get('key')} in {holding.get('agreement', '?')}]"
        check_fields("holding", holding, spot, problems)
        agreement, clause = holding.get("agreement"), holding.get("clause")
        if agreement not in agreements:
            problems.add(spot, f"unknown agreement {agreement!r}")
        if agreement in seen:
            problems.add(spot, "names the same agreement twice")
        seen.add(agreement)
        if clause and clauses.get(clause) != agreement:
            problems.add(spot, f"clause {clause!r} is not a clause of {agreement!r}")


def map_rows(
    content: ContentText, resolved: dict[str, list[Point]]
) -> dict[str, list[dict[str, Any]]]:
    """The rows of each map table, in a deterministic order."""
    order = {row["key"]: n for n, row in enumerate(content.of("feature"))}
    features = sorted(
        content.of("feature"), key=lambda row: (KIND_ORDER[row["kind"]], order[row["key"]])
    )
    places = sorted(content.of("place"), key=lambda row: str(row["key"]))
    ordinals = {row["key"]: row["ordinal"] for row in content.of("agreement")}
    return {
        "place": [
            {
                **{k: row[k] for k in ("key", "name", "name_ja", "kind")},
                "lon": float(row["at"][0]),
                "lat": float(row["at"][1]),
            }
            for row in places
        ],
        "place_source": _citations("place_key", places),
        "map_feature": [
            {
                **{k: row[k] for k in ("key", "name", "name_ja", "kind", "power", "certainty")},
                "description": row["description"],
                "description_ja": row.get("description_ja", ""),
                "position": position,
                "geometry": json.dumps([list(p) for p in resolved[row["key"]]]),
            }
            for position, row in enumerate(features)
        ],
        "map_feature_source": _citations("map_feature_key", features),
        "map_holding": [
            {
                "feature_key": row["key"],
                "agreement_key": holding["agreement"],
                "clause_key": holding["clause"] or None,
                "changed": holding["changed"],
                "note": holding["note"],
                "note_ja": holding.get("note_ja", ""),
            }
            for row in features
            for holding in sorted(row["holds"], key=lambda h: ordinals[h["agreement"]])
        ],
    }


def _citations(column: str, rows: list[Row]) -> list[dict[str, Any]]:
    return [
        {column: row["key"], "source_key": source, "position": position}
        for row in rows
        for position, source in enumerate(row["sources"])
    ]
