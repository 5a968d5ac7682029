"""Thinning and clipping of coordinate lists, for the extraction of the base geography."""

from __future__ import annotations

from collections.abc import Callable

Point = tuple[float, float]
Box = tuple[float, float, float, float]


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas–Peucker: drop points closer than `tolerance` to the line their neighbours make."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = (dx * dx + dy * dy) ** 0.5
        worst, worst_at = -1.0, -1
        for i in range(first + 1, last):
            x, y = points[i]
            if length == 0:
                distance = ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            else:
                distance = abs(dy * (x - x1) - dx * (y - y1)) / length
            if distance > worst:
                worst, worst_at = distance, i
        if worst > tolerance:
            keep[worst_at] = True
            stack += [(first, worst_at), (worst_at, last)]
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def _clip_edge(
    ring: list[Point], inside: Callable[[Point], bool], cross: Callable[[Point, Point], Point]
) -> list[Point]:
    out: list[Point] = []
    for i, current in enumerate(ring):
        previous = ring[i - 1]
        if inside(current):
            if not inside(previous):
                out.append(cross(previous, current))
            out.append(current)
        elif inside(previous):
            out.append(cross(previous, current))
    return out


def _at_x(x: float) -> Callable[[Point, Point], Point]:
    def cross(a: Point, b: Point) -> Point:
        t = (x - a[0]) / (b[0] - a[0])
        return (x, a[1] + t * (b[1] - a[1]))

    return cross


def _at_y(y: float) -> Callable[[Point, Point], Point]:
    def cross(a: Point, b: Point) -> Point:
        t = (y - a[1]) / (b[1] - a[1])
        return (a[0] + t * (b[0] - a[0]), y)

    return cross


def clip_polygon(ring: list[Point], box: Box) -> list[Point]:
    """Sutherland–Hodgman: the part of the polygon `ring` inside `box` (edges along the box)."""
    west, south, east, north = box
    ring = list(ring[:-1] if ring and ring[0] == ring[-1] else ring)
    for inside, cross in (
        (lambda p: p[0] >= west, _at_x(west)),
        (lambda p: p[0] <= east, _at_x(east)),
        (lambda p: p[1] >= south, _at_y(south)),
        (lambda p: p[1] <= north, _at_y(north)),
    ):
        if not ring:
            break
        ring = _clip_edge(ring, inside, cross)
    return [*ring, ring[0]] if ring else []


def clip_polyline(points: list[Point], box: Box) -> list[list[Point]]:
    """The runs of `points` inside `box`, each with one point beyond it at either end."""
    west, south, east, north = box

    def within(p: Point) -> bool:
        return west <= p[0] <= east and south <= p[1] <= north

    pieces: list[list[Point]] = []
    current: list[Point] = []
    for i, point in enumerate(points):
        if within(point):
            if not current and i > 0:
                current.append(points[i - 1])
            current.append(point)
        elif current:
            current.append(point)
            pieces.append(current)
            current = []
    if current:
        pieces.append(current)
    return pieces
