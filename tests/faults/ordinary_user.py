"""Running a piece of a test as an ordinary user, where root would bypass file permissions.

The test process forks; the child drops to the user `student` (or whoever the tests run as,
if not root) and calls the function; its result, or the exception it raised, comes back
pickled. The child only uses modules already imported, so it needs no access to the
interpreter's files under /root.
"""

from __future__ import annotations

import os
import pickle
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import pytest

T = TypeVar("T")
ORDINARY_USER = "student"


def _ids() -> tuple[int, int]:
    """The ordinary user's ids; as root, the user is made first if the machine has none
    (a fresh CI machine): a system account with no home and no login."""
    try:
        entry = pwd.getpwnam(ORDINARY_USER)
    except KeyError:
        _make_user()
        try:
            entry = pwd.getpwnam(ORDINARY_USER)
        except KeyError:
            pytest.skip(f"needs an ordinary user {ORDINARY_USER!r} to drop root's privileges to")
    return entry.pw_uid, entry.pw_gid


def _make_user() -> None:
    useradd = shutil.which("useradd") or "/usr/sbin/useradd"
    if os.geteuid() != 0 or not Path(useradd).exists():
        return
    command = [useradd, "--system", "--no-create-home", "--shell", "/usr/sbin/nologin"]
    subprocess.run([*command, ORDINARY_USER], capture_output=True, check=False, timeout=60)


@contextmanager
def shared_folder() -> Iterator[Path]:
    """A fresh folder the ordinary user owns (tmp_path is root's own, closed to others)."""
    folder = Path(tempfile.mkdtemp(prefix="studyapp-faults-"))
    try:
        if os.geteuid() == 0:
            uid, gid = _ids()
            os.chown(folder, uid, gid)
        yield folder
    finally:
        for path in [folder, *folder.rglob("*")]:
            if not path.is_symlink():
                path.chmod(0o700 if path.is_dir() else 0o600)
        shutil.rmtree(folder, ignore_errors=True)


def give_to_user(*paths: Path) -> None:
    """Make `paths` the ordinary user's, as if they had made them."""
    if os.geteuid() == 0:
        uid, gid = _ids()
        for path in paths:
            os.chown(path, uid, gid)


def as_ordinary_user(function: Callable[[], T]) -> T:
    """`function()` run as the ordinary user; its exception, if any, is raised here."""
    if os.geteuid() != 0:
        return function()
    uid, gid = _ids()
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        os.close(reader)
        try:
            os.setgroups([])
            os.setgid(gid)
            os.setuid(uid)
            reply: tuple[bool, object] = (True, function())
        except BaseException as error:  # sent back to the test as it was
            reply = (False, error)
        try:
            data = pickle.dumps(reply)
        except Exception as error:
            data = pickle.dumps((False, RuntimeError(f"unpicklable reply: {error!r}")))
        with os.fdopen(writer, "wb") as out:
            out.write(data)
        os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    ok, value = pickle.loads(data)
    if not ok:
        assert isinstance(value, BaseException)
        raise value
    return value  # type: ignore[no-any-return]
