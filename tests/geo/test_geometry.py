"""The Qt-free geometry: point in polygon, ring checks, simplification, clipping, routing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from studyapp.geo.projection import nice_length, project, unproject
from studyapp.geo.routing import RiverNetwork
from studyapp.geo.shapes import contains, ring_problems
from studyapp.geo.simplify import clip_polygon, clip_polyline, simplify

SQUARE = [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0), (0.0, 0.0)]


def test_a_point_is_inside_a_square_only_within_it() -> None:
    assert contains(SQUARE, (1.0, 1.0))
    assert not contains(SQUARE, (3.0, 1.0))
    assert not contains(SQUARE, (1.0, -0.1))


def test_ring_problems_name_open_and_crossing_outlines() -> None:
    assert ring_problems(SQUARE) == []
    assert "not closed" in ring_problems([*SQUARE[:-1], (0.0, 1.0)])[0]
    bow_tie = [(0.0, 0.0), (2.0, 2.0), (2.0, 0.0), (0.0, 2.0), (0.0, 0.0)]
    assert any("crosses itself" in p for p in ring_problems(bow_tie))


def test_simplify_keeps_the_ends_and_drops_points_on_the_line() -> None:
    line = [(0.0, 0.0), (1.0, 0.001), (2.0, 0.0), (3.0, 1.0)]
    assert simplify(line, 0.01) == [(0.0, 0.0), (2.0, 0.0), (3.0, 1.0)]


def test_clipping_keeps_what_is_in_the_box() -> None:
    ring = clip_polygon([(-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)], (0, 0, 2, 2))
    assert set(ring) == {(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)}
    assert ring[0] == ring[-1]
    pieces = clip_polyline(
        [(-2.0, 1.0), (-1.0, 1.0), (1.0, 1.0), (3.0, 1.0), (5.0, 1.0)], (0, 0, 2, 2)
    )
    assert pieces == [[(-1.0, 1.0), (1.0, 1.0), (3.0, 1.0)]]


def test_routes_follow_the_network_and_join_piece_ends_that_almost_touch() -> None:
    # Two pieces of one river, their ends 0.02° apart, and a branch.
    network = RiverNetwork.from_lines(
        [[0, 0, 100, 0, 200, 0], [202, 0, 300, 100], [100, 0, 100, 300]]
    )
    route = network.route((0.0, 0.0), (3.0, 1.0))
    assert route == [(0.0, 0.0), (1.0, 0.0), (2.0, 0.0), (2.02, 0.0), (3.0, 1.0)]


@given(st.floats(-180, 180), st.floats(-80, 80))
def test_projection_round_trips(lon: float, lat: float) -> None:
    x, y = unproject(*project(lon, lat))
    assert abs(x - lon) < 1e-9 and abs(y - lat) < 1e-9


def test_scale_bar_lengths_are_round() -> None:
    assert nice_length(730) == 500
    assert nice_length(199) == 100
    assert nice_length(2.5) == 2
