"""The window fits the screen it opens on, and every view fits the window down to 1024×600.

The rules are checked as plain geometry, then on Qt's offscreen platform given fixed screens
(a JSON file of screens, `offscreen:configfile=…`: the platform has no `size=` option), at
100 % and at 200 % scaling, and on a real X server (Xvfb) where one is installed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMargins, QRect, QSize

from studyapp.ui.window_fit import ASSUMED_FRAME, centred, first_size, fit_into, screen_of
from tests.conftest import ROOT

LAPTOP = QRect(0, 0, 1366, 738)  # 1366×768 less a 30-pixel panel
NETBOOK = QRect(0, 0, 1024, 600)
NO_FRAME = QMargins()


def _outer(inner: QRect, frame: QMargins = ASSUMED_FRAME) -> QRect:
    return inner.marginsAdded(frame)


@pytest.mark.parametrize("screen", [NETBOOK, LAPTOP, QRect(0, 0, 2560, 1400)])
def test_a_first_start_takes_a_share_of_the_screen_and_never_more(screen: QRect) -> None:
    size = first_size(screen)
    placed = centred(size, screen)
    assert placed.size() == size
    assert screen.contains(_outer(placed))
    assert size.width() >= min(screen.width() * 0.8, 1200)
    assert size.height() >= min(screen.height() * 0.8, 760) - ASSUMED_FRAME.top()


def test_a_saved_size_larger_than_the_screen_is_shrunk_and_moved_onto_it() -> None:
    saved = QRect(200, 150, 1200, 780)  # the old fixed size, saved on a bigger monitor
    fitted = fit_into(saved, LAPTOP)
    assert LAPTOP.contains(_outer(fitted))
    assert fitted.height() == LAPTOP.height() - ASSUMED_FRAME.top() - ASSUMED_FRAME.bottom()
    assert fitted.width() == 1200  # the width fitted already: kept


def test_a_saved_window_that_fits_stays_where_it_was() -> None:
    saved = QRect(100, 80, 900, 500)
    assert fit_into(saved, LAPTOP) == saved


def test_a_window_left_off_screen_comes_back_whole() -> None:
    fitted = fit_into(QRect(1300, 700, 800, 500), LAPTOP, NO_FRAME)
    assert LAPTOP.contains(fitted)
    assert fitted.size() == QSize(800, 500)


def test_the_screen_is_the_one_showing_most_of_the_window() -> None:
    screens = [QRect(0, 0, 1920, 1080), QRect(1920, 0, 1024, 600)]
    assert screen_of(QRect(1900, 100, 800, 400), screens) == 1
    assert screen_of(QRect(100, 100, 800, 400), screens) == 0
    assert screen_of(QRect(5000, 5000, 800, 400), screens) is None  # a monitor now gone


# ---- the real window on fixed screens ---------------------------------------------------


def _screens_file(tmp_path: Path, *screens: tuple[int, int, int, int]) -> Path:
    path = tmp_path / "screens.json"
    entries = [
        {"name": f"screen{n}", "x": x, "y": y, "width": w, "height": h, "logicalDpi": 96}
        for n, (x, y, w, h) in enumerate(screens)
    ]
    path.write_text(json.dumps({"screens": entries}), encoding="utf-8")
    return path


def _run_driver(env: dict[str, str], *args: str) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.fit_driver", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def _offscreen(tmp_path: Path, scale: int, *screens: tuple[int, int, int, int]) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screens_file(tmp_path, *screens)}"
    env["QT_SCALE_FACTOR"] = str(scale)
    return env


def _inside(report: dict[str, Any], screen: int = 0) -> bool:
    return bool(QRect(*report["screens"][screen]).contains(QRect(*report["window"])))


@pytest.mark.slow
@pytest.mark.parametrize("scale", [1, 2])
def test_every_view_fits_a_1024_by_600_screen(tmp_path: Path, scale: int) -> None:
    """At 200 % the physical screen is twice as large: the same 1024×600 logical pixels."""
    env = _offscreen(tmp_path, scale, (0, 0, 1024 * scale, 600 * scale))
    report = _run_driver(env)
    assert report["screens"] == [[0, 0, 1024, 600]]
    assert _inside(report)
    window = report["window"]
    assert window[2] >= 1000 and window[3] >= 540  # a netbook's screen is used, not wasted
    assert report["views"] == {name: [] for name in report["views"]}
    # The title reads the app's name once: Qt appends the display name unless it ends so.
    assert str(report["title"]).endswith(str(report["display_name"]))


@pytest.mark.slow
def test_a_window_saved_on_a_big_monitor_opens_fitted_on_the_small_one(tmp_path: Path) -> None:
    env = _offscreen(tmp_path, 1, (0, 0, 1920, 1080), (1920, 0, 1024, 600))
    # Saved mostly on the small screen, at a size only the big one could hold.
    report = _run_driver(env, "1900,40,1600,1000")
    assert _inside(report, screen=1)
    saved_elsewhere = _run_driver(env, "8000,8000,1600,1000")  # a monitor since unplugged
    assert _inside(saved_elsewhere, screen=0)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed")
def test_the_window_fits_a_real_x_screen(tmp_path: Path) -> None:
    display = next(f":{n}" for n in range(150, 200) if not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
            assert time.monotonic() < deadline, "Xvfb did not start"
            time.sleep(0.1)
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        report = _run_driver(env, "300,200,1600,1000")
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert report["screens"] == [[0, 0, 1366, 768]]
    assert _inside(report)
    assert report["views"] == {name: [] for name in report["views"]}
