"""The app with a real screen reader: Orca on Xvfb, the app driven by keys, what Orca says read.

Orca runs with a window manager (it follows the active window), a D-Bus session and the AT-SPI
bus. It is given no speech server, so it speaks to nobody, but it still writes every phrase it
would say to its debug file ("SPEECH OUTPUT: '...'"), which the test reads. Needs Debian's
orca, openbox, xvfb, xdotool, dbus and at-spi2-core; skipped, saying which is missing,
without them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
# "SPEECH OUTPUT: 'Quiz page tab.'{'established': False}": the phrase, then the voice used.
SPOKEN = re.compile(r"SPEECH OUTPUT: '(.*?)' ?(\{.*\})?$")
# Orca's settings: no speech server (it logs what it would say), no braille display, and its
# debug file written line by line rather than in 8 KiB blocks.
CUSTOMIZATIONS = """\
import orca.debug as debug
import orca.settings as settings
if debug.debugFile is not None:
    debug.debugFile.reconfigure(line_buffering=True)
settings.speechServerFactory = "no_speech_server"
settings.speechFactoryModules = []
settings.enableBraille = False
"""


def _missing() -> str | None:
    for tool in ("orca", "openbox", "Xvfb", "dbus-daemon", "xdotool"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path(BUS_LAUNCHER).exists():
        return "at-spi2-core (at-spi-bus-launcher) is not installed"
    return None


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(_missing() is not None, reason=str(_missing())),
]


class OrcaSession:
    """Xvfb, openbox, D-Bus, Orca and the app; stopped in reverse order."""

    def __init__(self, home: Path) -> None:
        self.processes: list[subprocess.Popen[bytes]] = []
        self.log = home / "orca-debug.out"
        self._read = 0  # how much of the log the test has heard already
        display = next(f":{n}" for n in range(260, 320) if not Path(f"/tmp/.X{n}-lock").exists())
        self._start(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"])
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
            assert time.monotonic() < deadline, "Xvfb did not start"
            time.sleep(0.05)
        bus = subprocess.run(
            ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
            capture_output=True,
            text=True,
            check=True,
        )
        address, pid = bus.stdout.split()[:2]
        self._bus_pid = int(pid)
        data = home / "xdg-data"
        (data / "orca").mkdir(parents=True, exist_ok=True)
        (data / "orca" / "orca-customizations.py").write_text(CUSTOMIZATIONS, encoding="utf-8")
        self.env = dict(
            os.environ,
            DISPLAY=display,
            DBUS_SESSION_BUS_ADDRESS=address,
            HOME=str(home),  # Orca and speech-dispatcher keep their sockets and settings here
            XDG_CONFIG_HOME=str(home / "xdg-config"),
            XDG_DATA_HOME=str(data),
            XDG_CACHE_HOME=str(home / "xdg-cache"),
            GSETTINGS_BACKEND="memory",  # no dconf service to wait for
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QT_QPA_PLATFORM="xcb",
            STUDYAPP_HOME=str(home),
        )
        try:
            self._start(["openbox"])
            self._start([BUS_LAUNCHER, "--launch-immediately"])
            self._wait_for_the_accessibility_bus()
            self._start(["orca", "--debug-file", str(self.log)])
            self.until_said(lambda said: "Screen reader on." in said, "Orca did not start", 60)
            self.app = self._start([sys.executable, "main.py"], cwd=ROOT)
        except BaseException:
            self.stop()
            raise

    def _wait_for_the_accessibility_bus(self) -> None:
        """Orca started before the bus is up may never speak; ask the bus until it answers."""
        ask = ["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus"]
        ask += ["/org/a11y/bus", "org.a11y.Bus.GetAddress"]
        deadline = time.monotonic() + 20
        while subprocess.run(ask, env=self.env, capture_output=True, check=False).returncode:
            assert time.monotonic() < deadline, "the AT-SPI bus did not start"
            time.sleep(0.2)

    def _start(self, command: list[str], cwd: Path | None = None) -> subprocess.Popen[bytes]:
        process = subprocess.Popen(
            command,
            env=getattr(self, "env", None),
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.processes.append(process)
        return process

    def said(self) -> list[str]:
        """What Orca said since the last call."""
        if not self.log.exists():
            return []
        text = self.log.read_bytes()[self._read :]
        end = text.rfind(b"\n") + 1  # only whole lines: Orca may be writing the next
        self._read += end
        lines = text[:end].decode("utf-8", errors="replace").splitlines()
        return [match.group(1) for line in lines if (match := SPOKEN.search(line))]

    def until_said(self, test: object, message: str, timeout: float = 20) -> list[str]:
        """Listen until `test(phrases heard so far)` holds; those phrases."""
        assert callable(test)
        heard: list[str] = []
        deadline = time.monotonic() + timeout
        while True:
            heard += self.said()
            if test(heard):
                return heard
            assert time.monotonic() < deadline, f"{message}; Orca said: {heard}"
            time.sleep(0.2)

    def activate_window(self) -> None:
        """Ask the window manager to activate the app's window, as a click on it would."""
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(self.app.pid)],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        for window in found.stdout.split():
            subprocess.run(["xdotool", "windowactivate", window], env=self.env, check=False)

    def keys(self, *combos: str) -> None:
        for combo in combos:
            subprocess.run(["xdotool", "key", "--clearmodifiers", combo], env=self.env, check=True)
            time.sleep(0.3)

    def type(self, text: str) -> None:
        subprocess.run(["xdotool", "type", "--delay", "60", text], env=self.env, check=True)

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.kill()
            process.wait(timeout=10)
        subprocess.run(["kill", str(self._bus_pid)], check=False)
        # Orca spawns speech-dispatcher even with no server chosen: end it with its socket.
        subprocess.run(["pkill", "-f", str(self.env["XDG_CACHE_HOME"])], check=False)


def _write_settings(home: Path) -> None:
    """A short session: two new cards a day, in content order (the first are agreement
    cards, whatever the day: a shuffled day may begin with a kind the test does not expect)."""
    home.mkdir(parents=True, exist_ok=True)
    settings = "[quiz]\nnew_per_day=2\n\n[study]\nnew_card_order=content\n"
    (home / "settings.ini").write_text(settings, encoding="utf-8")


@pytest.fixture
def orca(user_home: Path) -> Iterator[OrcaSession]:
    _write_settings(user_home)
    running = OrcaSession(user_home)
    try:
        running.activate_window()
        running.until_said(
            lambda said: any("Russo-Japanese Agreements" in s and "frame" in s for s in said),
            "Orca never met the app's window",
            60,
        )
        yield running
    finally:
        running.stop()


def _any(said: list[str], pattern: str) -> bool:
    return any(re.search(pattern, phrase) for phrase in said)


def test_orca_reads_a_filter_s_count_a_bookmark_and_a_whole_quiz_session(
    orca: OrcaSession,
) -> None:
    # The glossary's count, said after typing pauses (an announcement, not the focus).
    orca.keys("ctrl+3")
    orca.until_said(lambda s: _any(s, r"Filter terms"), "the glossary filter was not read")
    orca.type("secret")
    orca.until_said(lambda s: _any(s, r"\d+ of \d+ terms"), "the new count was not said")

    # Find a clause by searching, open it, bookmark it: the bookmark is said, naming it.
    orca.keys("ctrl+1")
    orca.until_said(lambda s: _any(s, r"^Timeline\.?$"), "the timeline was not read")
    orca.keys("ctrl+f")
    orca.until_said(lambda s: _any(s, r"^Search text"), "the search field was not read")
    orca.type("meridian of Peking")
    orca.until_said(lambda s: _any(s, r"^(notification )?\d+ results?\.?$"), "no count of hits")
    orca.keys("Down", "Return")
    orca.until_said(lambda s: _any(s, r"Clauses of the agreement"), "the clause list was not read")
    orca.keys("ctrl+d")
    orca.until_said(
        lambda s: _any(s, r"Bookmarked Article II: .*meridian of Peking"),
        "the bookmark was not said",
    )

    # A whole quiz session of two new cards: each question, each answer, then the summary.
    orca.keys("ctrl+5")
    orca.until_said(lambda s: _any(s, r"Start the session"), "the quiz start was not read")
    orca.keys("ctrl+Return")
    for _ in range(2):
        orca.until_said(lambda s: _any(s, r" → .*\?"), "a question was not read")
        orca.keys("space")
        orca.until_said(lambda s: _any(s, r"^(notification )?Answer: "), "an answer was not said")
        orca.keys("4")
    orca.until_said(
        lambda s: _any(s, r"session is finished\. .*Cards seen: 2\. Right: \d of 2 answers"),
        "the summary was not said",
    )
