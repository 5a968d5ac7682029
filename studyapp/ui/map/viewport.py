"""Which part of the map is on screen: a centre in the projected plane and a scale."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTransform

from studyapp.geo.projection import project, unproject

MAX_ZOOM = 16.0  # times the fitted scale
ZOOM_STEP = 1.25


@dataclass
class Viewport:
    extent: tuple[float, float, float, float]
    width: float = 800.0
    height: float = 600.0
    centre_x: float = 0.0
    centre_y: float = 0.0
    scale: float = 1.0  # pixels per plane unit

    def __post_init__(self) -> None:
        self.fit()

    def world_rect(self) -> QRectF:
        west, south, east, north = self.extent
        x0, y0 = project(west, south)
        x1, y1 = project(east, north)
        return QRectF(x0, y0, x1 - x0, y1 - y0)

    def fitted_scale(self) -> float:
        rect = self.world_rect()
        return min(self.width / rect.width(), self.height / rect.height())

    def fit(self) -> None:
        rect = self.world_rect()
        self.centre_x, self.centre_y = rect.center().x(), rect.center().y()
        self.scale = self.fitted_scale()

    def resize(self, width: float, height: float) -> None:
        zoom = self.zoom_factor()
        self.width, self.height = max(width, 1.0), max(height, 1.0)
        self.scale = self.fitted_scale() * zoom

    def zoom_factor(self) -> float:
        return self.scale / self.fitted_scale()

    def zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by `factor`, keeping the point under `anchor` (device) where it is."""
        fitted = self.fitted_scale()
        new_scale = min(max(self.scale * factor, fitted), fitted * MAX_ZOOM)
        if anchor is not None:
            x, y = self.to_world(anchor)
            self.scale = new_scale
            after = self.to_device(x, y)
            self.pan(after.x() - anchor.x(), after.y() - anchor.y())
        else:
            self.scale = new_scale
        self.clamp()

    def pan(self, dx: float, dy: float) -> None:
        """Move the view by (dx, dy) device pixels (the map moves the other way)."""
        self.centre_x += dx / self.scale
        self.centre_y -= dy / self.scale
        self.clamp()

    def clamp(self) -> None:
        rect = self.world_rect()
        self.centre_x = min(max(self.centre_x, rect.left()), rect.right())
        self.centre_y = min(max(self.centre_y, rect.top()), rect.bottom())

    def transform(self) -> QTransform:
        """Plane to device: y grows north in the plane and down on screen."""
        return QTransform(
            self.scale,
            0.0,
            0.0,
            -self.scale,
            self.width / 2 - self.centre_x * self.scale,
            self.height / 2 + self.centre_y * self.scale,
        )

    def to_device(self, x: float, y: float) -> QPointF:
        return QPointF(
            (x - self.centre_x) * self.scale + self.width / 2,
            self.height / 2 - (y - self.centre_y) * self.scale,
        )

    def to_world(self, point: QPointF) -> tuple[float, float]:
        return (
            (point.x() - self.width / 2) / self.scale + self.centre_x,
            self.centre_y - (point.y() - self.height / 2) / self.scale,
        )

    def lonlat_to_device(self, lon: float, lat: float) -> QPointF:
        return self.to_device(*project(lon, lat))

    def device_to_lonlat(self, point: QPointF) -> tuple[float, float]:
        return unproject(*self.to_world(point))

    def state(self) -> tuple[float, float, float, float, float]:
        return (self.width, self.height, self.centre_x, self.centre_y, self.scale)
