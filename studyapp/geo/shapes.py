"""Plain polygon facts: is a point inside, is a ring closed and simple, how large is it."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

Point = tuple[float, float]


def contains(ring: Sequence[Point], point: Point) -> bool:
    """Whether `point` lies inside the closed ring (even-odd rule, as the map paints it)."""
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in itertools.pairwise(ring):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def area(ring: Sequence[Point]) -> float:
    """Signed area in square degrees (shoelace formula)."""
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in itertools.pairwise(ring)) / 2


def _cross(o: Point, a: Point, b: Point) -> float:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def _segments_cross(a: Point, b: Point, c: Point, d: Point) -> bool:
    """Whether segments ab and cd cross at a point inside both (touching ends do not count)."""
    d1, d2 = _cross(c, d, a), _cross(c, d, b)
    d3, d4 = _cross(a, b, c), _cross(a, b, d)
    return d1 * d2 < 0 and d3 * d4 < 0


def ring_problems(ring: Sequence[Point]) -> list[str]:
    """What is wrong with `ring` as a polygon's outline: empty list when it is valid."""
    problems: list[str] = []
    if len(ring) < 4:
        return ["a polygon needs at least three corners and a closing point"]
    if tuple(ring[0]) != tuple(ring[-1]):
        problems.append("the polygon is not closed (first and last points differ)")
    if abs(area(ring)) < 1e-6:
        problems.append("the polygon has no area")
    edges = list(itertools.pairwise(ring))
    for i, (a, b) in enumerate(edges):
        for j in range(i + 2, len(edges)):
            if i == 0 and j == len(edges) - 1:
                continue  # the first and last edges meet at the closing point
            c, d = edges[j]
            if _segments_cross(a, b, c, d):
                problems.append(f"the outline crosses itself (edges {i} and {j})")
                return problems
    return problems
