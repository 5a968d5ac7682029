"""Reading the content in a child process while the app starts Qt. Linux only; Qt-free.

Importing SQLAlchemy costs more than Qt's whole start, and one process can only do the two
one after the other. Forked before PySide6 is imported, a child imports SQLAlchemy and reads
the content on another core while the parent brings up its window; the parent receives the
records, pickled, through a pipe, and imports SQLAlchemy itself only when something needs
the database again (see lazy_database.py).

The preload can only make start-up faster, never break it: if the child fails for any reason
but the content itself (which the parent reports as it would its own read), the parent reads
the content itself, as it does where fork is unavailable.
"""

from __future__ import annotations

import os
import pickle
import resource
import struct
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from studyapp.errors import ContentError

if TYPE_CHECKING:
    from studyapp.content.records import Content

# Sending the records costs time in proportion to the content, while the preload saves about
# one import of SQLAlchemy. Measured here, the two break even at about 100 times today's
# content (a 29 MiB database); past this size, with a margin, the parent reads it itself.
PRELOAD_MAX_BYTES = 16 * 1024 * 1024

_CONTENT = "content"
_ERROR = "error"
# The child's message: its peak private memory in KiB, then the pickled reply.
_HEADER = struct.Struct("<Q")


class ContentPreload:
    """A child process reading the content database; `receive()` waits for what it read."""

    def __init__(self, pid: int, pipe: int) -> None:
        self.pid = pid
        self.pipe = pipe
        # What the child held on its own at its peak, in KiB; known once it has replied.
        self.child_private_kib = 0

    @classmethod
    def start(cls, path: Path) -> ContentPreload | None:
        """Fork a child that reads the content at `path`; None where that cannot be done.

        Call it before PySide6 or any thread starts: a forked child gets only the calling
        thread, and must not inherit Qt's state.
        """
        if sys.platform != "linux":
            return None  # fork without exec is unsafe on macOS and missing on Windows
        try:
            if path.stat().st_size > PRELOAD_MAX_BYTES:
                return None
        except OSError:
            pass  # the child reports a missing file as the parent's own read would
        read_end, write_end = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read_end)
            os.close(write_end)
            return None
        if pid == 0:
            os.close(read_end)
            _read_and_send(path, write_end)
        os.close(write_end)
        return cls(pid, read_end)

    def receive(self) -> Content | None:
        """The content the child read, or None if the child failed; waits for the child.

        Raises ContentError, with the message the parent's own read would give, when the
        database is missing, damaged or of another version.
        """
        with os.fdopen(self.pipe, "rb") as pipe:
            data = pipe.read()  # to end of file: the child closes the pipe when it exits
        _, status = os.waitpid(self.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0 or len(data) < _HEADER.size:
            return None
        (self.child_private_kib,) = _HEADER.unpack_from(data)
        kind, value = pickle.loads(data[_HEADER.size :])
        if kind == _ERROR:
            raise ContentError(value)
        return value  # type: ignore[no-any-return]


def _read_and_send(path: Path, pipe: int) -> NoReturn:
    """The child's whole life: read, send, and leave without running the parent's clean-up."""
    status = 1
    try:
        from studyapp.content.database import read_content

        reply: tuple[str, object]
        try:
            reply = (_CONTENT, read_content(path))
        except ContentError as error:
            reply = (_ERROR, str(error))
        message = pickle.dumps(reply, pickle.HIGHEST_PROTOCOL)
        with os.fdopen(pipe, "wb") as out:
            out.write(_HEADER.pack(_peak_private_kib()))
            out.write(message)
        status = 0
    except BaseException:  # whatever it was, the parent reads the content itself instead
        pass
    finally:
        os._exit(status)


def _peak_private_kib() -> int:
    """This process's peak memory less the pages it shares, mostly its parent's since the fork.

    Adding that to the parent's memory counts each page once, where adding the two peaks
    would count everything the fork shares twice.
    """
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    try:
        rollup = Path("/proc/self/smaps_rollup").read_text()
    except OSError:
        return peak  # cannot tell what is shared: count it all
    shared = sum(int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Shared_"))
    return max(peak - shared, 0)
