"""A user store that stops inside a write, for the tests that kill a process mid-save."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from sqlite3 import Connection

from studyapp.userdata.store import UserStore


class StallingStore(UserStore):
    """A UserStore whose writes, once `stall_key` is set, never reach their commit: each
    prints "stalled KEY" inside its transaction and waits there to be killed."""

    stall_key: str | None = None

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        with super().transaction() as connection:
            yield connection
            if self.stall_key is not None:
                print(f"stalled {self.stall_key}", flush=True)
                time.sleep(600)
