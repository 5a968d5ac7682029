"""How big the main window opens, and where: never larger than the screen it opens on.

A first start takes a sensible share of the screen's free area (what the panels and docks
leave). A saved size and position are restored only as far as they fit the screen they are
on now: a window saved on a large monitor comes back shrunk and moved onto a laptop's screen,
and one saved on a monitor that is gone comes back on the primary screen.

The rules are plain geometry (`first_size`, `fit_into`), so tests can give them any screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# A first start takes this share of the free area, up to a size past which more room only
# lengthens lines and empties the timeline's lanes. Below ROOMY it takes the whole free area
# in that direction: on a laptop or netbook every line of height counts.
SHARE = 0.9
ROOMY = QSize(1280, 800)
LARGEST_FIRST = QSize(1440, 960)
# The window manager's frame is unknown until the window is shown; until then assume one
# with a title bar this tall, and correct it once the real frame is known.
ASSUMED_FRAME = QMargins(4, 34, 4, 4)


def first_size(available: QRect, frame: QMargins = ASSUMED_FRAME) -> QSize:
    """The inner size of a window opened for the first time on a screen with `available`."""
    room = _room(available, frame)
    width = room.width() if room.width() < ROOMY.width() else int(room.width() * SHARE)
    height = room.height() if room.height() < ROOMY.height() else int(room.height() * SHARE)
    return QSize(width, height).boundedTo(LARGEST_FIRST)


def fit_into(inner: QRect, available: QRect, frame: QMargins = ASSUMED_FRAME) -> QRect:
    """`inner` (the window without its frame) shrunk to fit `available` with its frame, and
    moved just far enough to lie wholly inside it."""
    room = _room(available, frame)
    size = inner.size().boundedTo(room)
    left_most = available.left() + frame.left()
    top_most = available.top() + frame.top()
    right_most = available.right() - frame.right() - size.width() + 1
    bottom_most = available.bottom() - frame.bottom() - size.height() + 1
    x = min(max(inner.x(), left_most), right_most)
    y = min(max(inner.y(), top_most), bottom_most)
    return QRect(QPoint(x, y), size)


def centred(size: QSize, available: QRect, frame: QMargins = ASSUMED_FRAME) -> QRect:
    """A window of inner `size` in the middle of `available`, frame included."""
    outer = QSize(size.width() + frame.left() + frame.right(), size.height() + frame.top())
    x = available.x() + (available.width() - outer.width()) // 2 + frame.left()
    y = available.y() + (available.height() - outer.height() - frame.bottom()) // 2 + frame.top()
    return fit_into(QRect(QPoint(x, y), size), available, frame)


def screen_of(inner: QRect, screens: Sequence[QRect]) -> int | None:
    """Which of `screens` shows most of `inner`; None when none shows any of it."""
    best, best_area = None, 0
    for number, screen in enumerate(screens):
        overlap = screen.intersected(inner)
        area = overlap.width() * overlap.height() if overlap.isValid() else 0
        if area > best_area:
            best, best_area = number, area
    return best


def _room(available: QRect, frame: QMargins) -> QSize:
    return QSize(
        max(available.width() - frame.left() - frame.right(), 1),
        max(available.height() - frame.top() - frame.bottom(), 1),
    )


def frame_of(window: QWidget) -> QMargins:
    """The frame the window manager gives `window`, or the assumed one before it is known."""
    outer, inner = window.frameGeometry(), window.geometry()
    if outer == inner:  # not shown yet, or no window manager (no frame at all)
        return ASSUMED_FRAME if not window.isVisible() else QMargins()
    return QMargins(
        inner.left() - outer.left(),
        inner.top() - outer.top(),
        outer.right() - inner.right(),
        outer.bottom() - inner.bottom(),
    )


def opening_screen() -> QScreen:
    """The screen a new window opens on: the one under the pointer, else the primary one."""
    from PySide6.QtGui import QCursor

    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


def place_first(window: QWidget) -> None:
    """Size and centre a window that has no saved geometry."""
    available = opening_screen().availableGeometry()
    window.setGeometry(centred(first_size(available), available))


def keep_on_screen(window: QWidget) -> None:
    """Shrink and move `window` (not maximised or full screen) onto the screen showing most
    of it; with the real frame once the window is shown."""
    if window.isMaximized() or window.isFullScreen():
        return
    inner = window.geometry()
    screens = QGuiApplication.screens()
    number = screen_of(inner, [screen.geometry() for screen in screens])
    screen = screens[number] if number is not None else QGuiApplication.primaryScreen()
    fitted = fit_into(inner, screen.availableGeometry(), frame_of(window))
    if fitted != inner:
        window.setGeometry(fitted)
