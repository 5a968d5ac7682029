"""A child process that reads the content database for the window while Qt starts. Qt-free.

Importing SQLAlchemy costs more than a bare PySide6 window's whole start, and in one process
(one GIL) nothing else can run meanwhile. Forked before PySide6 is imported, the child imports
SQLAlchemy and opens the database on the other core while the parent brings up its window;
until the parent opens the database itself (once the first view is on screen, see
lazy_database.py), it sends its reads here: a query that can be pickled (a function of
content/ at module level, or a functools.partial of one) goes through the pipe, and its plain
records come back. The query's size, not the content's, sets what crosses the pipe. So a
query of content/ depends on its arguments and the database alone, never on state this process
sets after the fork (the language chosen, say): the child would not see it.

The server can only make start-up faster, never break it: a query that cannot be pickled, a
child that failed or died, are answered by the parent's own read. A damaged database is told
as the parent's own read would tell it (the child runs the same code).
"""

from __future__ import annotations

import contextlib
import importlib
import os
import pickle
import select
import signal
import struct
import sys
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from studyapp.errors import ContentError
from studyapp.memory import peak_rss_kib

if TYPE_CHECKING:
    from sqlalchemy import Connection

T = TypeVar("T")

_LENGTH = struct.Struct("<Q")
_ANSWER = "answer"
_CONTENT_ERROR = "content error"
_FAILED = "failed"


class ServerUnavailableError(Exception):
    """The server cannot answer this query (or any more): read it in this process."""


class ReadServer:
    """The parent's end: `read(query)` as ContentDatabase.read, answered by the child."""

    def __init__(self, pid: int, requests: int, answers: int) -> None:
        self.pid = pid
        self._requests = os.fdopen(requests, "wb")
        self._answers = os.fdopen(answers, "rb")
        self._stopped = False
        # One exchange at a time: the UI thread and a worker (the timeline's day counts) may
        # both read, and their messages must not interleave on the one pipe.
        self._exchange = threading.RLock()
        # What the child held on its own at its peak, in KiB; known once it has stopped.
        self.child_private_kib = 0

    @classmethod
    def start(cls, path: Path) -> ReadServer | None:
        """Fork a child serving reads of the database at `path`; None where it cannot be done.

        Call it before PySide6 is imported or any thread started: a forked child gets only the
        calling thread, and must inherit nothing of Qt.
        """
        if sys.platform != "linux" or "PySide6" in sys.modules:
            return None  # fork without exec is unsafe on macOS and missing on Windows
        request_read, request_write = os.pipe()
        answer_read, answer_write = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            for end in (request_read, request_write, answer_read, answer_write):
                os.close(end)
            return None
        if pid == 0:
            os.close(request_write)
            os.close(answer_read)
            _serve(path, request_read, answer_write)
        os.close(request_read)
        os.close(answer_write)
        return cls(pid, request_write, answer_read)

    def read(self, query: Callable[[Connection], T]) -> T:
        """`query` run by the child; ContentError as the parent's own read would raise it.

        Raises ServerUnavailableError if the query cannot be sent or the child does not answer.
        """
        if self._stopped or not _of_content(query):
            raise ServerUnavailableError
        try:
            request = pickle.dumps(query, pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, AttributeError, TypeError) as error:
            raise ServerUnavailableError from error  # a lambda or a local function
        with self._exchange:
            if self._stopped:
                raise ServerUnavailableError
            try:
                _send(self._requests, request)
                kind, value = pickle.loads(_receive(self._answers))
            except (OSError, EOFError, ValueError, pickle.UnpicklingError) as error:
                self.stop()
                raise ServerUnavailableError from error
        if kind == _CONTENT_ERROR:
            raise ContentError(value)
        if kind != _ANSWER:
            raise ServerUnavailableError(value)
        answer: T = value
        return answer

    def stop(self) -> None:
        """End the child (it exits when its requests pipe closes) and wait for it."""
        with self._exchange:  # after the exchange under way, if any (re-entrant: read stops)
            if self._stopped:
                return
            self._stopped = True
            with contextlib.suppress(OSError):  # the child is gone already
                self._requests.close()
            try:
                data = self._answers.read()  # the child's last word: its peak private memory
                if len(data) == _LENGTH.size:
                    (self.child_private_kib,) = _LENGTH.unpack(data)
            except OSError:
                pass
            finally:
                self._answers.close()
            with contextlib.suppress(ChildProcessError):  # reaped already
                os.waitpid(self.pid, 0)


def _of_content(query: Callable[..., object]) -> bool:
    """Whether `query` is a function of studyapp.content (or a partial of one): the child
    imports the module that defines it, and must never import Qt or a view."""
    function = query.func if isinstance(query, partial) else query
    return getattr(function, "__module__", "").startswith("studyapp.content.")


def _send(pipe: Any, data: bytes) -> None:
    pipe.write(_LENGTH.pack(len(data)))
    pipe.write(data)
    pipe.flush()


def _receive(pipe: Any) -> bytes:
    header = _read_exactly(pipe, _LENGTH.size)
    (length,) = _LENGTH.unpack(header)
    return _read_exactly(pipe, length)


def _read_exactly(pipe: Any, size: int) -> bytes:
    """`size` bytes from `pipe`, read in as many pieces as the pipe gives them."""
    data = b""
    while len(data) < size:
        piece = pipe.read(size - len(data))
        if not piece:
            raise EOFError("the read server closed its pipe")
        data += piece
    return data


# The modules of the first view's queries, imported while the child waits for the next
# request: unpickling the first query of each would import it while the window waits.
_WARM_MODULES = (
    "studyapp.content.timeline_queries",
    "studyapp.content.catalogue",
    "studyapp.content.view_queries",
)


def _warm_while_idle(requests: Any, modules: list[str]) -> None:
    """Import `modules`, one at a time, as long as no request is waiting."""
    while modules and not select.select([requests], [], [], 0)[0]:
        with contextlib.suppress(Exception):  # a module that fails is imported when asked
            importlib.import_module(modules.pop(0))


def _serve(path: Path, request_fd: int, answer_fd: int) -> NoReturn:
    """The child's whole life: open the database, answer until the parent closes the pipe,
    and leave without running any of the parent's clean-up."""
    # Ctrl+C in the terminal reaches the whole process group: the parent decides to quit,
    # and the child ends when the parent's end of the pipe closes.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    status = 1
    try:
        # Unbuffered, so that select() sees every request still to be read.
        requests = os.fdopen(request_fd, "rb", buffering=0)
        with requests, os.fdopen(answer_fd, "wb") as answers:
            _answer_all(path, requests, answers)
            answers.write(_LENGTH.pack(_peak_private_kib()))
        status = 0
    except BaseException:  # whatever it was, the parent reads for itself
        pass
    finally:
        os._exit(status)


def _answer_all(path: Path, requests: Any, answers: Any) -> None:
    from studyapp.content.database import ContentDatabase

    database: ContentDatabase | None = None
    opening_error: str | None = None
    try:
        database = ContentDatabase(path)
    except ContentError as error:
        opening_error = str(error)
    warm = list(_WARM_MODULES)
    while True:
        _warm_while_idle(requests, warm)
        try:
            request = _receive(requests)
        except EOFError:
            break
        reply: tuple[str, object]
        if database is None:
            reply = (_CONTENT_ERROR, opening_error)
        else:
            try:
                reply = (_ANSWER, database.read(pickle.loads(request)))
            except ContentError as error:
                reply = (_CONTENT_ERROR, str(error))
            except Exception as error:  # the parent runs the query itself
                reply = (_FAILED, f"{type(error).__name__}: {error}")
        try:
            answer = pickle.dumps(reply, pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, AttributeError, TypeError) as error:
            answer = pickle.dumps((_FAILED, str(error)), pickle.HIGHEST_PROTOCOL)
        _send(answers, answer)
    if database is not None:
        database.close()


def _peak_private_kib() -> int:
    """This process's peak memory less the pages it shares (its parent's, since the fork).

    Added to the parent's memory, that counts each page once, where adding the two peaks
    would count everything the fork shares twice.
    """
    peak = peak_rss_kib()
    try:
        rollup = Path("/proc/self/smaps_rollup").read_text()
    except OSError:
        return peak  # cannot tell what is shared: count it all
    shared = sum(int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Shared_"))
    return max(peak - shared, 0)
