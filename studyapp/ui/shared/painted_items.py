"""An accessible model for painted widgets: each painted item a child a screen reader can walk.

A widget that paints its items (the timeline, the heatmap, the due chart) is one opaque
picture to AT-SPI. Such a widget implements `PaintedItems` (how many items, each item's name,
role, rectangle and whether it is selected, which one is current); `install()` registers a
factory with Qt, so the widget is exposed as a list whose children are the items, and the
current item is its focus child. `current_changed()` tells the screen reader when the arrow
keys move the current item, as it would hear a list's current row.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget, QWidget


@dataclass(frozen=True)
class PaintedItem:
    name: str
    rect: QRect  # in the widget's coordinates; empty when scrolled out of view
    role: QAccessible.Role = QAccessible.Role.ListItem
    selected: bool = False
    description: str = ""


@runtime_checkable
class PaintedItems(Protocol):
    def accessible_item_count(self) -> int: ...

    def accessible_item(self, index: int) -> PaintedItem: ...

    def accessible_current(self) -> int | None:
        """The item the keys act on, if any."""
        ...


class _ItemInterface(QAccessibleInterface):
    """One painted item; it asks the widget afresh each time, so it never goes stale."""

    def __init__(self, owner: _WidgetInterface, index: int) -> None:
        super().__init__()
        self._owner = owner
        self.index = index

    def _item(self) -> PaintedItem | None:
        widget = self._owner.items_widget()
        if self.index >= widget.accessible_item_count():
            return None
        return widget.accessible_item(self.index)

    def isValid(self) -> bool:  # noqa: N802 (Qt override)
        return self._item() is not None

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self._owner.window()

    def parent(self) -> QAccessibleInterface:
        return self._owner

    def child(self, _index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:  # noqa: N802 (Qt override)
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:  # noqa: N802 (Qt override)
        return -1

    def childAt(  # type: ignore[override]  # noqa: N802 (Qt override)
        self, _x: int, _y: int
    ) -> QAccessibleInterface | None:
        return None

    def text(self, kind: QAccessible.Text) -> str:
        item = self._item()
        if item is None:
            return ""
        if kind == QAccessible.Text.Name:
            return item.name
        if kind == QAccessible.Text.Description:
            return item.description
        return ""

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:  # noqa: N802
        return None

    def rect(self) -> QRect:
        item = self._item()
        if item is None or item.rect.isEmpty():
            return QRect()
        widget = self._owner.widget()
        return QRect(widget.mapToGlobal(item.rect.topLeft()), item.rect.size())

    def role(self) -> QAccessible.Role:
        item = self._item()
        return item.role if item is not None else QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        item = self._item()
        widget = self._owner.widget()
        state.selectable = True
        state.focusable = True
        if item is None:
            state.invalid = True
            return state
        state.selected = item.selected
        current = self._owner.items_widget().accessible_current() == self.index
        state.focused = current and widget.hasFocus()
        state.invisible = item.rect.isEmpty()
        state.offscreen = item.rect.isEmpty() or not widget.rect().intersects(item.rect)
        return state


class _WidgetInterface(QAccessibleWidget):
    """The painted widget as a list of its items."""

    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        super().__init__(widget, role, "")
        self._children: dict[int, _ItemInterface] = {}

    def items_widget(self) -> PaintedItems:
        widget = self.widget()
        assert isinstance(widget, PaintedItems)
        return widget

    def childCount(self) -> int:  # noqa: N802 (Qt override)
        return self.items_widget().accessible_item_count()

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        if not 0 <= index < self.childCount():
            return None
        if index not in self._children:  # kept, so Qt's cache of interfaces sees one per item
            self._children[index] = _ItemInterface(self, index)
        return self._children[index]

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 (Qt override)
        return child.index if isinstance(child, _ItemInterface) else -1

    def focusChild(  # type: ignore[override]  # noqa: N802 (Qt override)
        self,
    ) -> QAccessibleInterface | None:
        current = self.items_widget().accessible_current()
        return self.child(current) if current is not None else None

    def childAt(  # type: ignore[override]  # noqa: N802 (Qt override)
        self, x: int, y: int
    ) -> QAccessibleInterface | None:
        point = self.widget().mapFromGlobal(QPoint(x, y))
        widget = self.items_widget()
        for index in range(widget.accessible_item_count()):
            if widget.accessible_item(index).rect.contains(point):
                return self.child(index)
        return None


def current_changed(widget: QWidget) -> None:
    """Tell a screen reader the widget's current item changed: it reads it as focused."""
    if not QAccessible.isActive() or not isinstance(widget, PaintedItems):
        return
    interface = QAccessible.queryAccessibleInterface(widget)
    current = widget.accessible_current()
    if interface is None or current is None:
        return
    child: QAccessibleInterface | None = interface.child(current)
    if child is None:
        return
    if widget.hasFocus():
        QAccessible.updateAccessibility(QAccessibleEvent(child, QAccessible.Event.Focus))
    QAccessible.updateAccessibility(QAccessibleEvent(child, QAccessible.Event.Selection))


def _factory(_class_name: str, target: QObject) -> QAccessibleInterface | None:
    if isinstance(target, QWidget) and isinstance(target, PaintedItems):
        return _WidgetInterface(target, QAccessible.Role.List)
    return None


@cache
def install() -> None:
    """Register the factory with Qt (once per process)."""
    QAccessible.installFactory(_factory)
