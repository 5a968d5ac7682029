"""A bar across the top of the window for what the user must read: it stays until dismissed.

Failures to save (read-only, disk full, busy...) and notices about the user's data go here,
not to the status bar, whose messages vanish. A message may offer one action (Retry); the
bar keeps the messages not yet dismissed, newest shown, and says how many more wait.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from studyapp.ui.shared.announce import announce
from studyapp.ui.shared.mnemonic import without_mnemonic


@dataclass(frozen=True)
class Message:
    text: str
    problem: bool  # a failure (warning colours), else a notice
    action: tuple[str, Callable[[], object]] | None = None  # button title, what it does


class MessageBar(QFrame):
    shown = Signal(str)  # the text now shown
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message-bar")
        self.setAccessibleName(self.tr("Message"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.messages: list[Message] = []
        self.label = QLabel(self)  # its text is its accessible name
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton(self)
        self.close_button = QPushButton(self.tr("&Dismiss"), self)
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.setToolTip(self.tr("Hide this message"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self.action_button.clicked.connect(self._act)
        self.close_button.clicked.connect(self.dismiss)
        self.hide()

    def show_problem(
        self, text: str, action: tuple[str, Callable[[], object]] | None = None
    ) -> None:
        self._push(Message(text, True, action))

    def show_notice(self, text: str) -> None:
        self._push(Message(text, False))

    def text(self) -> str:
        return self.messages[-1].text if self.messages else ""

    def _push(self, message: Message) -> None:
        # The same words twice (a retry refused for the same reason) are shown once.
        self.messages = [m for m in self.messages if m.text != message.text]
        self.messages.append(message)
        self._show_last()

    def _show_last(self) -> None:
        if not self.messages:
            self.hide()
            return
        message = self.messages[-1]
        more = len(self.messages) - 1
        suffix = self.tr("  (%n more messages)", "", more) if more else ""
        self.label.setText(message.text + suffix)
        self.setAccessibleDescription(message.text)
        colour = "#fdecea" if message.problem else "#e8f1fb"
        edge = "#d93025" if message.problem else "#1a73e8"
        self.setStyleSheet(
            f"QFrame#message-bar {{ background: {colour}; border: 1px solid {edge}; }}"
            "QFrame#message-bar QLabel { color: #202124; }"
        )
        if message.action is None:
            self.action_button.hide()
        else:
            self.action_button.setText(message.action[0])
            self.action_button.setAccessibleName(without_mnemonic(message.action[0]))
            self.action_button.show()
        self.show()
        # A screen reader reads the message out without the focus leaving the user's work.
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))
        announce(self, message.text, assertive=message.problem)  # AT-SPI: Orca speaks it
        self.shown.emit(message.text)

    def _act(self) -> None:
        if not self.messages or self.messages[-1].action is None:
            return
        _title, act = self.messages[-1].action
        self.messages.pop()
        self._show_last()
        act()  # may show the message again, if it fails again

    def dismiss(self) -> None:
        """Hide the message shown; the next one waiting, if any, takes its place."""
        if self.messages:
            self.messages.pop()
        self._show_last()
        if not self.messages:
            self.dismissed.emit()
