"""Telling a screen reader about text that changed where the focus is not.

A label's text is its accessible name (Qt reports a name set by hand instead, so labels that
change carry none), and Qt sends NameChanged when it changes. A screen reader reads such
changes only for the focused object; counts, verdicts and messages elsewhere are sent as an
announcement too (AT-SPI's `object:announcement`). Screen readers older than that event
(Orca 43, Debian 12's) never hear it, so each announcement also shows a notification: an
invisible one-pixel widget with the Notification role, which every Orca speaks when it appears.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget

# A status that changes with each key typed (a filter's count) is said once typing pauses.
STATUS_PAUSE_MS = 400


Listener = Callable[[QWidget, str, bool], None]
# Who else hears each announcement (tests, which have no screen reader): widget, text, assertive.
listeners: list[Listener] = []


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say `text` (politely, after what it is saying, unless
    `assertive`). Qt drops the event when no assistive technology listens."""
    if not text:
        return
    for listener in listeners:
        listener(widget, text, assertive)
    if not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
    _Notifier.of(widget).tell(text)


class _Notifier(QWidget):
    """The window's notification for screen readers without announcements: one transparent
    pixel in its corner, never focused or clicked, shown again with each text."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("screen-reader-notifier")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setGeometry(0, 0, 1, 1)
        self.hide()

    @classmethod
    def of(cls, widget: QWidget) -> _Notifier:
        window = widget.window()
        notifier = window.findChild(_Notifier, "screen-reader-notifier")
        return notifier if notifier is not None else cls(window)

    def tell(self, text: str) -> None:
        self.hide()  # a notification is read when it appears: make it appear anew
        self.setAccessibleName(text)
        self.show()
        self.raise_()


def _factory(_class_name: str, target: QObject) -> QAccessibleInterface | None:
    if isinstance(target, _Notifier):
        return QAccessibleWidget(target, QAccessible.Role.Notification, "")
    return None


@cache
def install() -> None:
    """Register the notifier's accessible role with Qt (once per process)."""
    QAccessible.installFactory(_factory)


def show_status(label: QLabel, text: str) -> None:
    """Put `text` in a status label and, if it changed while shown, announce it once the
    changes pause."""
    if label.text() == text:
        return
    label.setText(text)
    if not label.isVisible():
        return
    timer = label.findChild(QTimer, "status-announcer")
    if timer is None:
        timer = QTimer(label, singleShot=True, interval=STATUS_PAUSE_MS)
        timer.setObjectName("status-announcer")
        timer.timeout.connect(lambda: announce(label, plain_text(label)))
    timer.start()


def plain_text(label: QLabel) -> str:
    """What the label says, without its markup: what a screen reader reads as its name."""
    interface = QAccessible.queryAccessibleInterface(label)
    return interface.text(QAccessible.Text.Name) if interface is not None else label.text()
