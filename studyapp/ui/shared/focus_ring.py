"""A focus ring the eye can always find: 2 px round whatever has the keyboard focus.

Styles draw their own focus marks, faintly (a dotted 1 px line, or a tint a few shades off) and
some only when the focus came from the keyboard, so after the app moves the focus itself (a
view switch, the quiz's steps) nothing showed. This ring does not depend on the style or on
why the focus moved. It is a see-through child of the focused widget's window, raised over
everything, and it follows the widget when it moves, is resized, scrolled or hidden.

Its colour is the palette's highlight, moved until it has 3:1 against the window colour
around the widget and against the widget's own base colour (WCAG's non-text contrast). In a
tab bar it rings the current tab, in an item view the current row is marked by the view and
the ring goes round the view: a list looks different focused and not.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTabBar, QWidget

from studyapp.ui.shared.reading_style import contrast, readable

WIDTH = 2  # px, drawn just outside the widget (inside it where the window edge is near)
NON_TEXT_CONTRAST = 3.0
# Events of the focused widget or its ancestors that move it on screen.
_MOVES = (
    QEvent.Type.Move,
    QEvent.Type.Resize,
    QEvent.Type.Show,
    QEvent.Type.Hide,
    QEvent.Type.ParentChange,
    QEvent.Type.LayoutRequest,
)


def ring_colour(palette: QPalette) -> QColor:
    """The highlight colour, with at least 3:1 on both the window and the base colour."""
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    colour = palette.color(QPalette.ColorRole.Highlight)
    for background in (window, base, window):
        colour = readable(colour, background, NON_TEXT_CONTRAST)
    if min(contrast(colour, window), contrast(colour, base)) < NON_TEXT_CONTRAST:
        colour = palette.color(QPalette.ColorRole.WindowText)  # far from both, always
    return colour


class _Ring(QWidget):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focus-ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        pen = QPen(ring_colour(self.palette()), WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = WIDTH / 2
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))
        painter.end()


class FocusRing(QObject):
    """Keeps one ring per window round the focused widget (install it once per app)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._rings: dict[int, _Ring] = {}
        self._target: QWidget | None = None
        self._watched: list[QWidget] = []
        app.focusChanged.connect(self._focus_changed)

    def target(self) -> QWidget | None:
        return self._target

    def ring_of(self, widget: QWidget) -> QWidget | None:
        """The ring shown in the window of `widget`, if one is shown (tests look at it)."""
        ring = self._rings.get(id(widget.window()))
        return ring if ring is not None and ring.isVisible() else None

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        for widget in self._watched:
            if shiboken6.isValid(widget):  # a widget may be gone with its window
                widget.removeEventFilter(self)
        self._watched = []
        if isinstance(old, QTabBar) and shiboken6.isValid(old):
            old.currentChanged.disconnect(self._place)
        if isinstance(new, QTabBar):  # the ring goes round the current tab
            new.currentChanged.connect(self._place)
        for ring in self._rings.values():
            ring.hide()
        self._target = new if new is not None and not new.isWindow() else None
        if self._target is None:
            return
        ancestor: QWidget | None = self._target
        while ancestor is not None and not ancestor.isWindow():
            ancestor.installEventFilter(self)
            self._watched.append(ancestor)
            ancestor = ancestor.parentWidget()
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in _MOVES:
            self._place()
        return False

    def _ring(self, window: QWidget) -> _Ring:
        key = id(window)
        ring = self._rings.get(key)
        if ring is None or ring.parentWidget() is not window:
            ring = _Ring(window)
            self._rings[key] = ring
            window.destroyed.connect(lambda _=None, k=key: self._rings.pop(k, None))
        return ring

    def _place(self) -> None:
        target = self._target
        if target is None or not shiboken6.isValid(target):
            self._target = None
            return
        ring = self._ring(target.window())
        rect = _marked_rect(target)
        if rect is None:
            ring.hide()
            return
        window = target.window()
        top_left = target.mapTo(window, rect.topLeft())
        outer = QRect(top_left, rect.size()).adjusted(-WIDTH, -WIDTH, WIDTH, WIDTH)
        ring.setGeometry(outer.intersected(window.rect()))
        ring.show()
        ring.raise_()
        ring.update()


def _marked_rect(widget: QWidget) -> QRect | None:
    """What to ring, in the widget's coordinates: its visible part (the current tab of a tab
    bar), or None when nothing of it shows."""
    if not widget.isVisible():
        return None
    if isinstance(widget, QTabBar) and widget.currentIndex() >= 0:
        rect = widget.tabRect(widget.currentIndex())
    elif isinstance(widget.parentWidget(), QAbstractScrollArea):
        # A scroll area's viewport: ring the whole area, its frame included.
        area = widget.parentWidget()
        assert area is not None
        rect = QRect(widget.mapFrom(area, area.rect().topLeft()), area.rect().size())
    else:
        rect = widget.visibleRegion().boundingRect()
        if rect.isEmpty():
            return None
    return rect


def install(app: QApplication) -> FocusRing:
    """The app's focus ring, made on the first call."""
    ring = app.findChild(FocusRing)
    return ring if isinstance(ring, FocusRing) else FocusRing(app)
