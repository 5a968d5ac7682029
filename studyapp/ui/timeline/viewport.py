"""Which dates the timeline shows and how large: zoom and pan within limits. Qt-free.

A day number maps to x = (day - first_day) * scale pixels. Zoom stops at `max_scale` (one day
per 200 px) and at `min_scale`, the scale that fits the whole content; panning stops where
the whole content at that scale would end, so nothing can be scrolled out of reach.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_SCALE = 200.0  # pixels per day


@dataclass
class Viewport:
    first_day: float = 0.0  # the day at the left edge
    scale: float = 1.0  # pixels per day
    width: float = 1.0  # pixels
    world_first: float = 0.0  # the first day of the content range
    min_scale: float = 0.01  # the scale that fits the content range in `width`
    max_scale: float = MAX_SCALE

    def x_of(self, day: float) -> float:
        return (day - self.first_day) * self.scale

    def day_at(self, x: float) -> float:
        return self.first_day + x / self.scale

    @property
    def last_day(self) -> float:
        return self.day_at(self.width)

    @property
    def days(self) -> float:
        return self.width / self.scale

    def show(self, first_day: float, scale: float) -> None:
        """Show from `first_day` at `scale`, both kept within the limits."""
        self.scale = min(max(scale, self.min_scale), self.max_scale)
        world_last = self.world_first + self.width / self.min_scale
        self.first_day = min(max(first_day, self.world_first), world_last - self.days)

    def zoom(self, factor: float, anchor_x: float) -> None:
        """Zoom by `factor`, the day under `anchor_x` staying where it is (unless clamped)."""
        anchor_day = self.day_at(anchor_x)
        scale = min(max(self.scale * factor, self.min_scale), self.max_scale)
        self.show(anchor_day - anchor_x / scale, scale)

    def pan(self, pixels: float) -> None:
        """Move `pixels` later in time (negative: earlier)."""
        self.show(self.first_day + pixels / self.scale, self.scale)

    def centre(self, day: float) -> None:
        self.show(day - self.days / 2, self.scale)

    def fit(self) -> None:
        self.show(self.world_first, self.min_scale)
