"""Shared fixtures. No test touches the real home directory or a real display."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
BUNDLED_DB = ROOT / "resources" / "agreements.sqlite"


@pytest.fixture(autouse=True)
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the user-data folder (and HOME, for anything else) at a fresh temporary folder."""
    home = tmp_path / "studyapp-home"
    monkeypatch.setenv("STUDYAPP_HOME", str(home))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    monkeypatch.delenv("STUDYAPP_CONTENT_DB", raising=False)
    yield home


@pytest.fixture
def started_processes() -> Iterator[list[subprocess.Popen[str]]]:
    """Processes a test starts; any still running at the end is killed, and all are reaped."""
    processes: list[subprocess.Popen[str]] = []
    yield processes
    for process in processes:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=30)  # also closes the pipes
