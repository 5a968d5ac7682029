"""How the timeline answers the mouse, the wheel and the keys that are not menu shortcuts.

Left/Right, Enter, +, - and 0 are QActions (canvas.py) so they show in the menu and the
shortcuts dialog; what is here are the gestures: drag to pan, Ctrl+wheel to zoom around the
cursor, the wheel to move through time (Shift+wheel scrolls the lanes), Shift+Left/Right and
Page Up/Down to pan, Up/Down to scroll the lanes, Escape to clear the selection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QToolTip

from studyapp.ui.timeline import density, describe, geometry

if TYPE_CHECKING:
    from studyapp.ui.timeline.canvas import TimelineCanvas

DRAG_THRESHOLD = 4  # pixels a press must move before it becomes a drag
WHEEL_NOTCH = 120  # angleDelta of one wheel notch


class Pointer:
    """Clicks select, double-clicks open, a drag pans (both ways), hovering highlights."""

    def __init__(self, canvas: TimelineCanvas) -> None:
        self.canvas = canvas
        self.pressed: tuple[QPointF, float, float] | None = None  # point, first day, scroll
        self.dragging = False
        self.cluster: density.Cluster | None = None  # pressed on, zoomed into unless dragged

    def press(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        canvas = self.canvas
        self.pressed = (event.position(), canvas.view.first_day, canvas.scroll_y)
        self.dragging = False
        entry = canvas.entry_at(event.position())
        if entry is not None:
            canvas.select(entry.key, reveal=False)
        elif _on_selected(canvas, event.position()):
            pass  # the selected item drawn over the clusters: it stays selected
        else:
            self.cluster = density.cluster_at(canvas, event.position())

    def move(self, event: QMouseEvent) -> None:
        canvas = self.canvas
        if self.pressed is not None and event.buttons() & Qt.MouseButton.LeftButton:
            start, first_day, scroll_y = self.pressed
            delta = event.position() - start
            if self.dragging or delta.manhattanLength() >= DRAG_THRESHOLD:
                self.dragging = True
                canvas.setCursor(Qt.CursorShape.ClosedHandCursor)
                canvas.scrollbar.setValue(int(scroll_y - delta.y()))
                canvas.show_from(first_day - delta.x() / canvas.view.scale)
            return
        entry = canvas.entry_at(event.position())
        hovered = entry.key if entry else None
        if hovered != canvas.hovered:
            canvas.hovered = hovered
            canvas.update()
        over = entry is not None or density.cluster_at(canvas, event.position()) is not None
        canvas.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def release(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            cluster, self.cluster = self.cluster, None
            self.pressed = None
            self.canvas.unsetCursor()
            if cluster is not None and not self.dragging:
                density.zoom_into(self.canvas, cluster)

    def double_click(self, event: QMouseEvent) -> None:
        canvas = self.canvas
        if event.button() != Qt.MouseButton.LeftButton:
            return
        entry = canvas.entry_at(event.position())
        if entry is not None:
            canvas.select(entry.key, reveal=False)
            canvas.item_opened.emit(entry.key)
        elif _on_selected(canvas, event.position()) and canvas.selected:
            canvas.item_opened.emit(canvas.selected)

    def leave(self) -> None:
        if self.canvas.hovered is not None:
            self.canvas.hovered = None
            self.canvas.update()


def _on_selected(canvas: TimelineCanvas, point: QPointF) -> bool:
    """Whether `point` is on the selected item drawn over the clusters."""
    rect = density.selected_rect(canvas)
    return rect is not None and rect.contains(point)


def show_tooltip(canvas: TimelineCanvas, event: QHelpEvent) -> None:
    """The item (or era) under the pointer: titles and the date in three calendars; over
    the clusters, how many items are there."""
    point = QPointF(event.pos())
    entry = canvas.entry_at(point)
    era = None if entry else geometry.era_at(canvas, point)
    cluster = None if entry or era else density.cluster_at(canvas, point)
    if entry is None and canvas.selected_item is not None and _on_selected(canvas, point):
        QToolTip.showText(event.globalPos(), canvas.tooltip_html(canvas.selected_item), canvas)
    elif entry is not None:
        QToolTip.showText(event.globalPos(), canvas.tooltip_html(entry.record), canvas)
    elif cluster is not None:
        QToolTip.showText(event.globalPos(), density.cluster_tooltip(cluster), canvas)
    elif era is not None:
        QToolTip.showText(event.globalPos(), describe.era_tooltip(era), canvas)
    else:
        QToolTip.hideText()
        event.ignore()


def wheel(canvas: TimelineCanvas, event: QWheelEvent) -> None:
    delta = event.angleDelta()
    modifiers = event.modifiers()
    if modifiers & Qt.KeyboardModifier.ControlModifier:  # a notch zooms by 2^(1/4)
        canvas.zoom_by(2.0 ** (delta.y() / (4 * WHEEL_NOTCH)), event.position().x())
    elif modifiers & Qt.KeyboardModifier.ShiftModifier:
        notches = (delta.y() or delta.x()) / WHEEL_NOTCH
        canvas.scroll_lanes_by(-notches * canvas.sizes.lane * 3)
    else:  # the wheel moves through time, a tenth of the width a notch; sideways too
        notches = (delta.y() + delta.x()) / WHEEL_NOTCH
        canvas.pan_by(-notches * canvas.content_width() / 10)
    event.accept()


def key_press(canvas: TimelineCanvas, event: QKeyEvent) -> bool:
    """Handle a panning or scrolling key; False if it is not one of them."""
    key = event.key()
    shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
    width = canvas.content_width()
    if shift and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
        canvas.pan_by(width / 10 * (1 if key == Qt.Key.Key_Right else -1))
    elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
        canvas.pan_by(width * 0.9 * (1 if key == Qt.Key.Key_PageDown else -1))
    elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        canvas.scroll_lanes_by(canvas.sizes.lane * (1 if key == Qt.Key.Key_Down else -1))
    elif key == Qt.Key.Key_Escape and canvas.selected:
        canvas.select(None)
    else:
        return False
    return True
