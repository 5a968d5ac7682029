"""The read server: a child forked before Qt answers the window's first reads.

Each case runs in a fresh interpreter (a script below): the server forks only where PySide6
is not yet imported, and pytest-qt has imported it into this process.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BUNDLED_DB, ROOT

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the server forks: Linux only")

_PRELUDE = """
import json, os, signal, sys
from functools import partial
from pathlib import Path
from studyapp.content import timeline_queries
from studyapp.content.lazy_database import LazyContentDatabase
from studyapp.content.read_server import ReadServer
from studyapp.errors import ContentError
path = Path(sys.argv[1])
server = ReadServer.start(path)
assert server is not None
database = LazyContentDatabase(path, server)
out = {}
"""

_SAME_ANSWERS = (
    _PRELUDE
    + """
database.check()
overview = database.read(timeline_queries.overview)
items = database.read(partial(
    timeline_queries.items_between, first=overview.first, last=overview.last
))
out["sqlalchemy_here"] = "sqlalchemy" in sys.modules
out["served"] = [overview.totals, [item.key for item in items]]
database.stop_server()
out["pair_peak"] = database.peak_with_server_kib
try:
    os.waitpid(server.pid, os.WNOHANG)
    out["child_reaped"] = False
except ChildProcessError:
    out["child_reaped"] = True
own = LazyContentDatabase(path)
overview = own.read(timeline_queries.overview)
items = own.read(partial(
    timeline_queries.items_between, first=overview.first, last=overview.last
))
out["own"] = [overview.totals, [item.key for item in items]]
print(json.dumps(out))
"""
)

_CLOSURE = (
    _PRELUDE
    + """
first = database.read(lambda connection: timeline_queries.totals(connection))
out["answer"] = list(first)
out["opened_here"] = database.opened_here
out["server_stopped"] = database.peak_with_server_kib > 0
print(json.dumps(out))
"""
)

_CHILD_KILLED = (
    _PRELUDE
    + """
os.kill(server.pid, signal.SIGKILL)
os.waitpid(server.pid, 0)
out["answer"] = list(database.read(timeline_queries.totals))
out["opened_here"] = database.opened_here
print(json.dumps(out))
"""
)

_DAMAGED = (
    _PRELUDE
    + """
def message(database):
    try:
        database.check()
    except ContentError as error:
        return str(error)
    return None
out["served"] = message(database)
out["opened_here"] = database.opened_here
out["own"] = message(LazyContentDatabase(path))
print(json.dumps(out))
"""
)

_THREADS = (
    _PRELUDE
    + """
import threading
queries = [timeline_queries.totals, timeline_queries.event_kinds, timeline_queries.bounds]
expected = [str(LazyContentDatabase(path).read(query)) for query in queries]
found, problems = [], []
def reader(offset):
    try:
        for turn in range(60):
            which = (turn + offset) % len(queries)
            found.append(str(database.read(queries[which])) == expected[which])
    except Exception as error:
        problems.append(repr(error))
threads = [threading.Thread(target=reader, args=(n,)) for n in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
out["answers"] = len(found)
out["all_right"] = all(found)
out["problems"] = problems
out["opened_here"] = database.opened_here
print(json.dumps(out))
"""
)


def _run(script: str, database: Path) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", script, str(database)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.stderr == ""
    found: dict[str, object] = json.loads(result.stdout)
    return found


def test_the_server_answers_as_an_own_read_would_without_sqlalchemy_here() -> None:
    found = _run(_SAME_ANSWERS, BUNDLED_DB)
    assert found["served"] == found["own"]
    assert found["sqlalchemy_here"] is False
    assert found["child_reaped"] is True
    assert isinstance(found["pair_peak"], int) and found["pair_peak"] > 0


def test_a_query_it_cannot_send_is_read_here_and_the_server_stops() -> None:
    found = _run(_CLOSURE, BUNDLED_DB)
    assert found["opened_here"] is True
    assert found["server_stopped"] is True
    with sqlite3.connect(BUNDLED_DB) as connection:
        agreements = connection.execute("SELECT COUNT(*) FROM agreement").fetchone()[0]
    assert found["answer"][0] == agreements  # type: ignore[index]


def test_a_server_that_died_leaves_the_reads_to_this_process() -> None:
    found = _run(_CHILD_KILLED, BUNDLED_DB)
    assert found["opened_here"] is True
    with sqlite3.connect(BUNDLED_DB) as connection:
        agreements = connection.execute("SELECT COUNT(*) FROM agreement").fetchone()[0]
    assert found["answer"][0] == agreements  # type: ignore[index]


@pytest.mark.parametrize("damage", ["empty source table", "missing file"])
def test_a_damaged_database_is_told_as_an_own_read_tells_it(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "agreements.sqlite"
    if damage == "empty source table":
        path.write_bytes(BUNDLED_DB.read_bytes())
        with sqlite3.connect(path) as connection:
            connection.execute("DELETE FROM source")
        connection.close()
    else:
        path = tmp_path / "nowhere" / "agreements.sqlite"
    found = _run(_DAMAGED, path)
    assert found["served"] is not None
    assert found["served"] == found["own"]
    assert str(path) in str(found["served"])


def test_reads_from_several_threads_get_their_own_answers() -> None:
    """The UI thread and a worker (the timeline's day counts) may read at once: one exchange
    at a time on the pipe, or their messages would interleave."""
    found = _run(_THREADS, BUNDLED_DB)
    assert found["problems"] == []
    assert found["answers"] == 240
    assert found["all_right"] is True
    assert found["opened_here"] is False  # every answer came from the server
