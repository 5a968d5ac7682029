"""The app as a screen reader meets it: started on Xvfb with the AT-SPI bus, driven by keys
only, its accessibility tree read over D-Bus by tests/ui/atspi_reader.py.

Needs Debian's at-spi2-core, gir1.2-atspi-2.0, python3-gi (for /usr/bin/python3), dbus, xvfb
and xdotool (which presses the keys: XTest, as a keyboard would); skipped, saying which is
missing, where they are not installed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from studyapp.content.database import read_content
from studyapp.study.cards import generate_cards
from studyapp.ui.views import VIEWS
from tests.conftest import BUNDLED_DB, ROOT

SYSTEM_PYTHON = "/usr/bin/python3"
READER = Path(__file__).with_name("atspi_reader.py")
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
# Roles of containers a key does nothing in: focus must never rest on one.
CONTAINERS = {"filler", "panel", "layered pane", "frame", "split pane", "scroll pane", ""}


def _missing() -> str | None:
    for tool in ("Xvfb", "dbus-daemon", "xdotool"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path(BUS_LAUNCHER).exists():
        return "at-spi2-core (at-spi-bus-launcher) is not installed"
    probe = [SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0')"]
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run(probe, check=False).returncode:
        return "the system Python has no python3-gi with gir1.2-atspi-2.0"
    return None


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(_missing() is not None, reason=str(_missing())),
]


class Session:
    """Xvfb, a D-Bus session, the app and the reader, stopped in reverse order."""

    def __init__(self, home: Path) -> None:
        self.processes: list[subprocess.Popen[str]] = []
        display = next(f":{n}" for n in range(200, 260) if not Path(f"/tmp/.X{n}-lock").exists())
        self._start(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"])
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
            assert time.monotonic() < deadline, "Xvfb did not start"
            time.sleep(0.05)
        bus = self._start(["dbus-daemon", "--session", "--nofork", "--print-address=1"])
        assert bus.stdout is not None
        self.env = dict(
            os.environ,
            DISPLAY=display,
            DBUS_SESSION_BUS_ADDRESS=bus.stdout.readline().strip(),
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QT_QPA_PLATFORM="xcb",
            STUDYAPP_HOME=str(home),
        )
        self.app = self._start([sys.executable, "main.py"], env=self.env, cwd=ROOT)
        self.reader = self._start([SYSTEM_PYTHON, str(READER)], env=self.env, stdin=True)

    def _start(
        self,
        command: list[str],
        env: dict[str, str] | None = None,
        cwd: Path | None = None,
        stdin: bool = False,
    ) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            command,
            env=env,
            cwd=cwd,
            stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
        )
        self.processes.append(process)
        return process

    def ask(self, **command: object) -> Any:
        assert self.reader.stdin is not None and self.reader.stdout is not None
        self.reader.stdin.write(json.dumps(command) + "\n")
        self.reader.stdin.flush()
        line = self.reader.stdout.readline()
        assert line, "the AT-SPI reader stopped"
        return json.loads(line)

    def keys(self, *combos: str) -> None:
        for combo in combos:
            subprocess.run(["xdotool", "key", "--clearmodifiers", combo], env=self.env, check=True)
            time.sleep(0.15)

    def type(self, text: str) -> None:
        subprocess.run(["xdotool", "type", "--delay", "40", text], env=self.env, check=True)

    def focus_window(self) -> None:
        """Give the window the X input focus (there is no window manager to do it)."""
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--pid", str(self.app.pid)],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=20,
            check=True,
        )
        for window in found.stdout.split():
            subprocess.run(["xdotool", "windowfocus", "--sync", window], env=self.env, check=True)

    def focus(self) -> dict[str, Any]:
        return dict(self.ask(do="focus"))

    def texts(self) -> list[tuple[str, str, str]]:
        return [tuple(row) for row in self.ask(do="texts")]

    def until(self, what: Callable[[], Any], message: str, timeout: float = 10) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            found = what()
            if found:
                return found
            assert time.monotonic() < deadline, message
            time.sleep(0.2)

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.kill()
            process.wait(timeout=10)
            for stream in (process.stdin, process.stdout):
                if stream is not None:
                    stream.close()


@pytest.fixture
def session(user_home: Path) -> Iterator[Session]:
    running = Session(user_home)
    try:
        assert running.ask(do="wait", app="studyapp")["ok"], "the app never joined AT-SPI"
        running.focus_window()
        yield running
    finally:
        running.stop()


def _answers_by_prompt() -> dict[str, set[str]]:
    content = read_content(BUNDLED_DB)
    answers: dict[str, set[str]] = {}
    for card in generate_cards(content):
        answers.setdefault(card.prompt, set()).add(card.answer)
    return answers


def _labels(session: Session) -> list[str]:
    return [name for role, name, _ in session.texts() if role == "label" and name]


def test_a_screen_reader_hears_views_counts_answers_and_verdicts(session: Session) -> None:
    # Every view switch lands on a named control that acts on the keys.
    for number in range(1, len(VIEWS) + 1):
        session.keys(f"ctrl+{number}")
        focus = session.until(
            lambda: (f := session.focus()) and f.get("role") not in CONTAINERS and f,
            f"Ctrl+{number}: the focus rests on a container",
        )
        assert focus["name"].strip(), f"Ctrl+{number}: focus on an unnamed {focus['role']}"
        assert "focusable" in focus["states"], focus

    # Counts are exposed: the glossary's, and its change when filtering.
    session.keys("ctrl+3")
    total = session.until(
        lambda: next((n for n in _labels(session) if re.fullmatch(r"\d+ terms", n)), None),
        "the glossary count is not in the tree",
    )
    session.ask(do="heard")
    session.type("rail")
    filtered = session.until(
        lambda: next(
            (n for n in _labels(session) if re.fullmatch(rf"\d+ of {total.split()[0]} terms", n)),
            None,
        ),
        "the filtered glossary count is not in the tree",
    )
    session.until(lambda: filtered in session.ask(do="heard"), "the new count was not announced")

    # A flip card: the answer is in the tree after Space, on the focused rating button too.
    answers = _answers_by_prompt()
    session.keys("ctrl+5", "ctrl+Return")
    prompt = session.until(
        lambda: next((n for n in _labels(session) if n in answers), None),
        "the question is not in the tree",
    )
    session.ask(do="heard")
    session.keys("space")
    shown = session.until(
        lambda: [n for n in _labels(session) if n in answers[prompt]],
        "the answer is not in the tree after Space",
    )
    heard = session.until(lambda: session.ask(do="heard"), "nothing was announced")
    assert f"Answer: {shown[0]}" in heard
    focus = session.focus()
    assert focus["role"] == "push button" and "key" in focus["name"], focus
    assert f"Answer: {shown[0]}" in focus["description"]

    # A multiple-choice card answered wrongly: the verdict and the answer are in the tree.
    session.keys("Escape", "Escape", "alt+m", "ctrl+Return")
    prompt = session.until(
        lambda: next((n for n in _labels(session) if n in answers), None),
        "the choice question is not in the tree",
    )
    choices = session.until(
        lambda: [n for r, n, _ in session.texts() if r == "push button" and n.startswith("Choice")],
        "the choices are not in the tree",
    )
    wrong = next(
        n for n in choices if n.split(": ", 1)[1] not in answers[prompt] and n[7].isdigit()
    )
    session.keys(wrong[7])
    verdict = session.until(
        lambda: next((n for n in _labels(session) if n.startswith("✗") and "Rated" in n), None),
        "the verdict is not in the tree",
    )
    assert any(answer in verdict for answer in answers[prompt])
    focus = session.focus()
    assert focus["name"] == "Continue to the next card"
    assert "Wrong" in focus["description"]
