"""The map itself: paints one agreement's features over the base geography, and answers
the mouse and keys (hover, click, drag, wheel, arrows, Tab through the features)."""

from __future__ import annotations

import itertools
import logging
import math

from PySide6.QtCore import QEvent, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPicture,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from studyapp.content.map_records import Atlas, MapFeatureRecord
from studyapp.geo.basemap import BaseGeography
from studyapp.geo.shapes import contains
from studyapp.ui.map.colours import MapColours
from studyapp.ui.map.layers import BaseLayers, base_layers, feature_path
from studyapp.ui.map.painting import Scene, paint_labels, paint_map, paint_overlay
from studyapp.ui.map.viewport import ZOOM_STEP, Viewport
from studyapp.ui.shared.painted_items import PaintedItem, current_changed

log = logging.getLogger(__name__)

PAN_STEP = 60  # pixels per arrow key
# After the last zoom or pan step, how long the quick frame (the last sharp one, moved and
# scaled) stays before the map is drawn sharp again.
SETTLE_MS = 120
DETAIL_ZOOM = 1.6  # zoomed in further than this (times the fit), draw the detailed layers
HIT_DISTANCE = 6.0  # pixels from a line that still count as pointing at it
DRAG_THRESHOLD = 4


def _distance_to_path(point: QPointF, polygon: list[QPointF]) -> float:
    best = math.inf
    px, py = point.x(), point.y()
    for a, b in itertools.pairwise(polygon):
        ax, ay, bx, by = a.x(), a.y(), b.x(), b.y()
        dx, dy = bx - ax, by - ay
        length = dx * dx + dy * dy
        t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
        best = min(best, math.hypot(px - ax - t * dx, py - ay - t * dy))
    return best


class MapCanvas(QWidget):
    feature_hovered = Signal(str)  # key of the feature under the pointer, "" for none
    feature_activated = Signal(str)  # clicked, or Enter on the keyboard's feature
    point_clicked = Signal(float, float)  # lon, lat of a click (not a drag)
    view_changed = Signal()  # zoomed, panned or stepped: after the repaint is requested

    def __init__(
        self, atlas: Atlas, geography: BaseGeography, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.viewport = Viewport(geography.extent)
        self.geography = geography
        # The coarse layers are built at once; the detailed ones the first time the map is
        # zoomed in (building them costs several times as much as the first paint).
        self.coarse_layers = base_layers(geography, self.viewport.world_rect(), detailed=False)
        self.detailed_layers: BaseLayers | None = None
        self._world_paths: dict[str, QPainterPath] = {}  # by feature, made when first shown
        self._device: tuple[tuple[float, ...], dict[str, QPainterPath]] = ((), {})
        self._device_lines: tuple[tuple[float, ...], dict[str, list[QPointF]]] = ((), {})
        self.agreement_key = ""
        self.focused: frozenset[str] = frozenset()
        self.hovered = ""
        self.keyboard_index = -1
        self.title = ""
        self.caption = ""
        self.show_features = True  # a quiz hides them to ask where a region is
        self.only: frozenset[str] | None = None  # when set, draw only these features
        self.show_legend = True
        self.hidden_place_kinds: frozenset[str] = frozenset()  # "region" names hidden (quiz)
        self.marker: tuple[float, float] | None = None  # lon, lat of a ring to draw (quiz)
        self.crosshair = False  # a cross at the centre, where Space or Enter clicks (quiz)
        self._press: QPointF | None = None
        self._last: QPointF | None = None
        self._dragging = False
        self.colours = MapColours.from_palette(self.palette())
        # The last sharp frame and the viewport it was drawn at: zoom and pan steps show it
        # moved and scaled (a few ms) until the steps pause, then the map is drawn sharp.
        self._overlay_pixmap: QPixmap | None = None
        self._labels_picture: QPicture | None = None
        self._labels_key: tuple[object, ...] = ()
        self._overlay_key: tuple[object, ...] = ()
        self._frame: QPixmap | None = None
        self._frame_view: QTransform | None = None
        self._moving = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self.setAccessibleName(self.tr("Map of north-east Asia"))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(900, 620)

    # ---- what is shown ----------------------------------------------------------------------

    def features(self) -> tuple[MapFeatureRecord, ...]:
        if not self.show_features:
            return ()
        shown = self.atlas.at(self.agreement_key)
        if self.only is not None:
            shown = tuple(f for f in shown if f.key in self.only)
        return shown

    def set_agreement(self, key: str) -> None:
        self.agreement_key = key
        self.keyboard_index = -1
        self.update_sharp()
        self.view_changed.emit()

    def set_focused(self, keys: frozenset[str]) -> None:
        self.focused = keys
        self.update_sharp()

    def _device_path(self, feature: MapFeatureRecord) -> QPainterPath:
        """A feature's outline on screen (kept until the view moves)."""
        state = self.viewport.state()
        if self._device[0] != state:
            self._device = (state, {})
        found = self._device[1]
        if feature.key not in found:
            world = self._world_paths.get(feature.key)
            if world is None:
                world = self._world_paths[feature.key] = feature_path(feature)
            found[feature.key] = self.viewport.transform().map(world)
        return found[feature.key]

    def _device_line(self, key: str) -> list[QPointF]:
        """A line's points on screen, for pointing at it (kept until the view moves)."""
        state = self.viewport.state()
        if self._device_lines[0] != state:
            self._device_lines = (state, {})
        found = self._device_lines[1]
        if key not in found:
            feature = self.atlas.feature(key)
            points = feature.points if feature else ()
            found[key] = [self.viewport.lonlat_to_device(lon, lat) for lon, lat in points]
        return found[key]

    def scene(self) -> Scene:
        features = tuple(
            (f, self._device_path(f), bool((h := f.holding(self.agreement_key)) and h.changed))
            for f in self.features()
        )
        focused = self.focused | ({self.hovered} if self.hovered else frozenset())
        return Scene(
            self.title,
            features,
            focused,
            tuple(p for p in self.atlas.places if p.kind not in self.hidden_place_kinds),
            self.caption,
            legend=self.show_legend,
            marker=self.marker,
            crosshair=self.crosshair,
        )

    # ---- painting and export ----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        try:
            if self._moving and self._frame is not None and self._frame_view is not None:
                self._paint_moved_frame(painter)
            else:
                self._paint_sharp(painter)
        finally:
            painter.end()

    @property
    def layers(self) -> BaseLayers:
        """The base layers for the present zoom: detailed once zoomed in, if built."""
        zoomed = self.viewport.zoom_factor() > DETAIL_ZOOM
        if zoomed and self.detailed_layers is None and not self._moving:
            try:
                self.detailed_layers = base_layers(
                    self.geography, self.viewport.world_rect(), detailed=True
                )
            except (OSError, ValueError, KeyError):
                log.warning(
                    self.tr("The detailed geography could not be read; drawing the coarse one.")
                )
                self.detailed_layers = self.coarse_layers
        if zoomed and self.detailed_layers is not None:
            return self.detailed_layers
        return self.coarse_layers

    def _overlay(self, ratio: float) -> QPixmap:
        """The sea, coasts, rivers and borders at this view, painted once and kept until the
        view, the layers or the colours change."""
        layers = self.layers
        key = (self.viewport.state(), id(layers), id(self.colours), ratio)
        if self._overlay_key != key or self._overlay_pixmap is None:
            overlay = QPixmap(self.size() * ratio)
            overlay.setDevicePixelRatio(ratio)
            overlay.fill(Qt.GlobalColor.transparent)
            overlay_painter = QPainter(overlay)
            try:
                overlay_painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                paint_overlay(overlay_painter, layers, self.viewport, self.colours)
            finally:
                overlay_painter.end()
            self._overlay_key, self._overlay_pixmap = key, overlay
        return self._overlay_pixmap

    def _labels_key_of(self, scene: Scene) -> tuple[object, ...]:
        return (
            self.viewport.state(),
            id(self.colours),
            scene.places,
            scene.legend,
            self.font().key(),
        )

    def _labels(self, scene: Scene) -> QPicture:
        """The names, scale bar and legend at this view, recorded once: placing the names
        is the slowest part of a frame, and stepping or pointing does not move them."""
        key = self._labels_key_of(scene)
        if self._labels_key != key or self._labels_picture is None:
            picture = QPicture()
            recorder = QPainter(picture)
            try:
                recorder.setFont(self.font())
                paint_labels(recorder, scene, self.viewport, self.colours)
            finally:
                recorder.end()
            self._labels_key, self._labels_picture = key, picture
        return self._labels_picture

    def _paint_sharp(self, painter: QPainter) -> None:
        ratio = self.devicePixelRatioF()
        frame = QPixmap(self._overlay(ratio))  # a copy: painting on it leaves the overlay be
        scene = self.scene()
        if self._frame is None and self._labels_key != self._labels_key_of(scene):
            # The very first frame goes up without the names, which follow a moment later:
            # placing them (and loading their fonts) would double the time the map takes
            # to appear.
            labels = QPicture()
            QTimer.singleShot(0, self, self._name_places)  # not after the canvas is gone
        else:
            labels = self._labels(scene)
        frame_painter = QPainter(frame)
        try:
            frame_painter.setFont(self.font())
            paint_map(frame_painter, None, scene, self.viewport, self.colours, labels)
        finally:
            frame_painter.end()
        self._frame, self._frame_view = frame, self.viewport.transform()
        painter.drawPixmap(0, 0, frame)

    def _paint_moved_frame(self, painter: QPainter) -> None:
        assert self._frame is not None and self._frame_view is not None
        inverse, _ = self._frame_view.inverted()
        painter.fillRect(self.rect(), self.colours.outside)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.setTransform(inverse * self.viewport.transform())
        painter.drawPixmap(0, 0, self._frame)

    def _name_places(self) -> None:
        self._labels(self.scene())
        self.update_sharp()

    def _moved(self) -> None:
        """A zoom or pan step: show the quick frame now, the sharp one when the steps pause."""
        self._moving = self._frame is not None
        self._settle.start()
        self.update()
        self.view_changed.emit()

    def _settled(self) -> None:
        self._moving = False
        self.update()

    def update_sharp(self) -> None:
        """Redraw sharp at once (a change of what is shown, not of where)."""
        self._moving = False
        self.update()

    def render_image(self, size: QSize | None = None) -> QImage:
        """The map as an image of `size` (the widget's size by default), at the same view."""
        size = size or self.size()
        saved = self.viewport.state()
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(self.colours.sea)
        if size != self.size():
            self.viewport.resize(size.width(), size.height())
        painter = QPainter(image)
        painter.setFont(self.font())
        try:
            paint_map(painter, self.layers, self.scene(), self.viewport, self.colours)
        finally:
            painter.end()
            self.viewport.width, self.viewport.height, cx, cy, scale = saved
            self.viewport.centre_x, self.viewport.centre_y, self.viewport.scale = cx, cy, scale
        return image

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange:
            self.colours = MapColours.from_palette(self.palette())
            self.update_sharp()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        self.viewport.resize(event.size().width(), event.size().height())
        super().resizeEvent(event)

    # ---- zoom and pan -----------------------------------------------------------------------

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        self.viewport.zoom(factor, anchor)
        self._moved()

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def fit(self) -> None:
        self.viewport.fit()
        self._moved()

    def pan_by(self, dx: float, dy: float) -> None:
        self.viewport.pan(dx, dy)
        self._moved()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps, event.position())
        event.accept()

    # ---- pointing ---------------------------------------------------------------------------

    def feature_at(self, point: QPointF) -> MapFeatureRecord | None:
        """The feature under `point`: a line or railway within a few pixels first, then the
        smallest area that contains it."""
        lines = [f for f in self.features() if not f.is_area]
        near = [(_distance_to_path(point, self._device_line(f.key)), f) for f in lines]
        near = [(d, f) for d, f in near if d <= HIT_DISTANCE]
        if near:
            return min(near, key=lambda pair: pair[0])[1]
        if not self.on_land(point):
            return None  # an area's outline crosses the sea only to close it
        lon, lat = self.viewport.device_to_lonlat(point)
        areas = [f for f in self.features() if f.is_area and contains(f.points, (lon, lat))]
        territories = [f for f in areas if f.kind == "territory"]
        found = territories or areas
        return found[0] if found else None

    def on_land(self, point: QPointF) -> bool:
        """Whether `point` (device) lies on land, by the coarse coasts."""
        world = self.viewport.to_world(point)
        layers = self.coarse_layers
        return layers.coast.contains(QPointF(*world)) and not layers.lakes.contains(QPointF(*world))

    def _set_hovered(self, key: str) -> None:
        if key != self.hovered:
            self.hovered = key
            self.update_sharp()
            self.feature_hovered.emit(key)
            current_changed(self)

    # ---- for screen readers: the features shown, as the children of a list -------------------

    def accessible_item_count(self) -> int:
        return len(self.features())

    def accessible_item(self, index: int) -> PaintedItem:
        feature = self.features()[index]
        rect = self._device_path(feature).boundingRect().toAlignedRect()
        holding = feature.holding(self.agreement_key)
        note = holding.note if holding else ""
        return PaintedItem(
            f"{feature.name} ({feature.name_ja})",
            rect.intersected(self.rect()),
            selected=feature.key == self.hovered,
            description=note,
        )

    def accessible_current(self) -> int | None:
        keys = [f.key for f in self.features()]
        return keys.index(self.hovered) if self.hovered in keys else None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = self._last = event.position()
            self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        position = event.position()
        if self._press is not None and self._last is not None:
            moved = position - self._press
            if self._dragging or abs(moved.x()) + abs(moved.y()) > DRAG_THRESHOLD:
                self._dragging = True
                delta = position - self._last
                self._last = position
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self.pan_by(-delta.x(), -delta.y())
                return
        feature = self.feature_at(position)
        self._set_hovered(feature.key if feature else "")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragging:
                lon, lat = self.viewport.device_to_lonlat(event.position())
                self.point_clicked.emit(lon, lat)
                feature = self.feature_at(event.position())
                if feature is not None:
                    self.feature_activated.emit(feature.key)
            self._press = self._last = None
            self._dragging = False
            self.unsetCursor()
        super().mouseReleaseEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        self._set_hovered("")
        super().leaveEvent(event)

    # ---- keyboard ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        pans = {
            Qt.Key.Key_Left: (-PAN_STEP, 0),
            Qt.Key.Key_Right: (PAN_STEP, 0),
            Qt.Key.Key_Up: (0, -PAN_STEP),
            Qt.Key.Key_Down: (0, PAN_STEP),
        }
        key = Qt.Key(event.key())
        if key in pans:
            self.pan_by(*pans[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.crosshair:
            centre = QPointF(self.width() / 2, self.height() / 2)
            self.point_clicked.emit(*self.viewport.device_to_lonlat(centre))
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.hovered:
            self.feature_activated.emit(self.hovered)
        elif key == Qt.Key.Key_Escape and self.hovered:
            self._set_hovered("")
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt override)
        """Tab and Shift+Tab go through the features shown, then leave the map."""
        shown = self.features()
        index = self.keyboard_index + (1 if next else -1)
        if not shown or not 0 <= index < len(shown):
            self.keyboard_index = -1
            self._set_hovered("")
            return super().focusNextPrevChild(next)
        self.keyboard_index = index
        self._set_hovered(shown[index].key)
        return True
