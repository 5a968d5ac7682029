"""Reads the app's accessibility tree over AT-SPI, as a screen reader does. Not a test.

Run by tests/ui/test_atspi.py with the system Python (/usr/bin/python3), which has Debian's
python3-gi and gir1.2-atspi-2.0 (the project's venv has neither). It takes one JSON command
a line on stdin and answers each with one JSON line on stdout:

    {"do": "wait", "app": "studyapp"}       the app's window is in the tree
    {"do": "keys", "keys": ["ctrl+5"]}      press keys, as the keyboard would (XTest)
    {"do": "focus"}                         the focused object: name, role, states
    {"do": "texts"}                         [role, name, description] of everything showing
    {"do": "heard"}                         announcements since the last "heard"
    {"do": "quit"}

The focus is followed as Orca follows it, by the focus events the app sends (the states alone
mislead: Qt marks a view focused when its focus proxy is, and a list's current row always).
"""

from __future__ import annotations

import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

# X keysyms of the keys the test presses.
KEYSYMS = {
    "ctrl": 0xFFE3,
    "alt": 0xFFE9,
    "shift": 0xFFE1,
    "space": 0x20,
    "return": 0xFF0D,
    "escape": 0xFF1B,
    "tab": 0xFF09,
    "down": 0xFF54,
    "up": 0xFF52,
    "right": 0xFF53,
    "left": 0xFF51,
}
MAX_NODES = 4000  # enough for every view; a runaway tree must not hang the test


def _keysym(name: str) -> int:
    return KEYSYMS.get(name.lower(), ord(name) if len(name) == 1 else 0)


def press(combo: str) -> None:
    """'ctrl+5': hold the modifiers, press and release the key, let the modifiers go."""
    *modifiers, key = combo.split("+")
    for modifier in modifiers:
        Atspi.generate_keyboard_event(_keysym(modifier), None, Atspi.KeySynthType.PRESS | 0)
    Atspi.generate_keyboard_event(_keysym(key), None, Atspi.KeySynthType.SYM)
    for modifier in reversed(modifiers):
        Atspi.generate_keyboard_event(_keysym(modifier), None, Atspi.KeySynthType.RELEASE)


class Reader:
    def __init__(self) -> None:
        self.app: Atspi.Accessible | None = None
        self.focused: Atspi.Accessible | None = None
        self.announced: list[str] = []
        self._listener = Atspi.EventListener.new(self._event)
        self._listener.register("object:state-changed:focused")
        self._listener.register("object:announcement")

    def _event(self, event: Atspi.Event) -> None:
        if event.type.startswith("object:announcement"):
            self.announced.append(str(event.any_data))
        elif event.detail1 == 1:
            self.focused = event.source

    def pump(self, seconds: float = 0.0) -> None:
        """Take in the events that arrived (for `seconds` more, if given)."""
        context = GLib.MainContext.default()
        deadline = time.monotonic() + seconds
        while True:
            while context.pending():
                context.iteration(False)
            if time.monotonic() >= deadline:
                return
            time.sleep(0.02)

    def wait(self, name: str, timeout: float = 30.0) -> dict[str, object]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            desktop = Atspi.get_desktop(0)
            for index in range(desktop.get_child_count()):
                app = desktop.get_child_at_index(index)
                if app is not None and name in (app.get_name() or "") and app.get_child_count():
                    self.app = app
                    return {"ok": True, "name": app.get_name()}
            time.sleep(0.3)
        return {"ok": False}

    def _walk(self) -> list[Atspi.Accessible]:
        found: list[Atspi.Accessible] = []
        stack = [self.app] if self.app is not None else []
        while stack and len(found) < MAX_NODES:
            node = stack.pop()
            try:
                states = node.get_state_set()
                if node is not self.app and not states.contains(Atspi.StateType.SHOWING):
                    continue
                found.append(node)
                count = node.get_child_count()
                stack.extend(node.get_child_at_index(i) for i in reversed(range(count)))
            except GLib.Error:  # gone while we looked: skip it
                continue
        return [node for node in found if node is not None]

    @staticmethod
    def _describe(node: Atspi.Accessible) -> dict[str, object]:
        states = node.get_state_set()
        return {
            "name": node.get_name() or "",
            "role": node.get_role_name() or "",
            "description": node.get_description() or "",
            "states": sorted(
                Atspi.StateType(value).value_nick
                for value in range(Atspi.StateType.LAST_DEFINED)
                if states.contains(Atspi.StateType(value))
            ),
        }

    def focus(self) -> dict[str, object]:
        """The object the last focus event named, as it is now."""
        if self.focused is None:
            return {}
        try:
            return self._describe(self.focused)
        except GLib.Error:  # it went away
            return {}

    def texts(self) -> list[list[str]]:
        return [
            [node.get_role_name() or "", node.get_name() or "", node.get_description() or ""]
            for node in self._walk()
        ]


def main() -> None:
    reader = Reader()
    for line in sys.stdin:
        command = json.loads(line)
        action = command["do"]
        reader.pump()
        answer: object
        if action == "wait":
            answer = reader.wait(command["app"])
        elif action == "keys":
            for combo in command["keys"]:
                press(combo)
                reader.pump(float(command.get("pause", 0.15)))
            answer = {"ok": True}
        elif action == "focus":
            answer = reader.focus()
        elif action == "texts":
            answer = reader.texts()
        elif action == "heard":
            answer, reader.announced = reader.announced, []
        else:
            break
        print(json.dumps(answer, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
