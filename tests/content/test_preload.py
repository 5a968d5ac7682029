"""The start-up preload: a forked child reads the content, and its failures never cost it.

Each case runs in a fresh interpreter, as the app does: forking pytest itself, with whatever
threads its plugins and Qt have started, would not be the app's situation.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from studyapp.paths import CONTENT_DB_ENV
from tests.conftest import BUNDLED_DB, ROOT

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the preload forks on Linux only")

_COMPARE = """
import sys
from pathlib import Path
from studyapp.content.preload import ContentPreload
path = Path(sys.argv[1])
preload = ContentPreload.start(path)
received = preload.receive()
from studyapp.content.database import read_content
print(received == read_content(path), received.agreements[0].key, preload.child_private_kib > 0)
"""

_REPORT_ERROR = """
import sys
from pathlib import Path
from studyapp.content.preload import ContentPreload
from studyapp.errors import ContentError
path = Path(sys.argv[1])
try:
    ContentPreload.start(path).receive()
except ContentError as error:
    print("preload:", error)
from studyapp.content.database import read_content
try:
    read_content(path)
except ContentError as error:
    print("in-process:", error)
"""

_KILLED_CHILD = """
import os, signal, sys
from pathlib import Path
from studyapp.content.preload import ContentPreload
preload = ContentPreload.start(Path(sys.argv[1]))
os.kill(preload.pid, signal.SIGKILL)
print(preload.receive())
"""

_LARGE_DATABASE = """
import sys
from pathlib import Path
from studyapp.content.preload import PRELOAD_MAX_BYTES, ContentPreload
path = Path(sys.argv[1])
with path.open("wb") as file:
    file.truncate(PRELOAD_MAX_BYTES + 1)  # sparse: the size is all that is looked at
print(ContentPreload.start(path))
"""

# The app started as usual, but with a child that dies at once: the window reads the content.
_APP_WITH_A_FAILING_CHILD = """
import os, sys
import studyapp.content.preload as preload
preload._read_and_send = lambda path, pipe: os._exit(1)
from studyapp.cli import main
sys.exit(main(["--smoke"]))
"""


def _run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_the_child_sends_exactly_what_the_app_would_read() -> None:
    result = _run(_COMPARE, str(BUNDLED_DB))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "first-1907", "True"]


@pytest.mark.parametrize("damage", ["missing", "not sqlite", "truncated"])
def test_a_bad_database_gives_the_same_message_as_reading_it_here(
    tmp_path: Path, damage: str
) -> None:
    path = tmp_path / "agreements.sqlite"
    if damage == "not sqlite":
        path.write_text("these are not the agreements\n" * 10)
    elif damage == "truncated":
        path.write_bytes(BUNDLED_DB.read_bytes()[:8192])
    result = _run(_REPORT_ERROR, str(path))
    assert result.returncode == 0, result.stderr
    preload_line, in_process_line = result.stdout.splitlines()
    assert preload_line.startswith("preload: The agreements database")
    assert preload_line.removeprefix("preload:") == in_process_line.removeprefix("in-process:")


def test_a_child_that_dies_gives_nothing_rather_than_an_error() -> None:
    result = _run(_KILLED_CHILD, str(BUNDLED_DB))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "None"


def test_the_app_reads_the_content_itself_when_the_child_fails(
    small_content_db: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CONTENT_DB_ENV, str(small_content_db(agreements=5, clauses=3)))
    result = _run(_APP_WITH_A_FAILING_CHILD)
    assert result.returncode == 0, result.stderr
    assert "5 agreements, 15 clauses" in result.stdout
    assert result.stderr == ""


def test_a_database_too_large_to_send_is_left_to_the_parent(tmp_path: Path) -> None:
    result = _run(_LARGE_DATABASE, str(tmp_path / "large.sqlite"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "None"
