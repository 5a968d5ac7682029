"""Routes along the river network, so a treaty line that "follows the Sungari" follows it.

The WDBII rivers carry no names: the content names the two points a stretch runs between,
and the route is the shortest way between them along the rivers. Piece ends that almost
touch are joined, since the data set breaks a river into pieces at its own junctions.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

Point = tuple[float, float]
Node = tuple[int, int]  # hundredths of a degree, as stored

JOIN = 4  # hundredths of a degree: piece ends closer than this are one junction


def distance(a: Point, b: Point) -> float:
    """Approximate ground distance in degrees of latitude (longitude shrunk by cos lat)."""
    shrink = math.cos(math.radians((a[1] + b[1]) / 2))
    return math.hypot((a[0] - b[0]) * shrink, a[1] - b[1])


@dataclass
class RiverNetwork:
    edges: dict[Node, dict[Node, float]] = field(default_factory=lambda: defaultdict(dict))

    @classmethod
    def from_lines(cls, lines: Sequence[Sequence[int]]) -> RiverNetwork:
        network = cls()
        ends: list[Node] = []
        for line in lines:
            nodes = [(line[i], line[i + 1]) for i in range(0, len(line) - 1, 2)]
            for a, b in itertools.pairwise(nodes):
                network.link(a, b)
            ends += [nodes[0], nodes[-1]]
        network.join_ends(ends)
        return network

    def link(self, a: Node, b: Node) -> None:
        if a != b:
            weight = distance(_point(a), _point(b))
            self.edges[a][b] = weight
            self.edges[b][a] = weight

    def join_ends(self, ends: list[Node]) -> None:
        """Link every piece end to any node within JOIN of it (a grid keeps this linear)."""
        grid: dict[Node, list[Node]] = defaultdict(list)
        for node in self.edges:
            grid[(node[0] // JOIN, node[1] // JOIN)].append(node)
        for end in ends:
            cx, cy = end[0] // JOIN, end[1] // JOIN
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    for other in grid[(cx + dx, cy + dy)]:
                        if other != end and _near(end, other):
                            self.link(end, other)

    def nearest(self, point: Point) -> tuple[Node, float]:
        """The network's node nearest `point`, and how far it is (degrees of latitude)."""
        best = min(self.edges, key=lambda node: distance(_point(node), point))
        return best, distance(_point(best), point)

    def route(self, start: Point, end: Point) -> list[Point]:
        """The shortest way along the rivers from the node nearest `start` towards `end`.

        Where the data set leaves a gap (the Tolaho's last stretch into the Nonni is missing),
        the route ends at the node of `start`'s rivers nearest `end`; the caller draws the
        rest straight and reports how long it is (see `gap`).
        """
        source, _ = self.nearest(start)
        reachable = self.connected(source)
        target = min(reachable, key=lambda node: distance(_point(node), end))
        best: dict[Node, float] = {source: 0.0}
        came_from: dict[Node, Node] = {}
        queue = [(0.0, source)]
        while queue:
            cost, node = heapq.heappop(queue)
            if node == target:
                break
            if cost > best[node]:
                continue
            for neighbour, weight in self.edges[node].items():
                new = cost + weight
                if new < best.get(neighbour, math.inf):
                    best[neighbour] = new
                    came_from[neighbour] = node
                    heapq.heappush(queue, (new, neighbour))
        path = [target]
        while path[-1] != source:
            path.append(came_from[path[-1]])
        return [_point(node) for node in reversed(path)]

    def connected(self, source: Node) -> set[Node]:
        seen = {source}
        stack = [source]
        while stack:
            for neighbour in self.edges[stack.pop()]:
                if neighbour not in seen:
                    seen.add(neighbour)
                    stack.append(neighbour)
        return seen


def _near(a: Node, b: Node) -> bool:
    return abs(a[0] - b[0]) < JOIN and abs(a[1] - b[1]) < JOIN


def _point(node: Node) -> Point:
    return (node[0] / 100, node[1] / 100)
