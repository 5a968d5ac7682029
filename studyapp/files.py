"""Writing the user's files all or nothing: a temporary file beside the target, then a rename."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from studyapp.errors import UserDataError
from studyapp.failures import write_error
from studyapp.i18n import QT_TRANSLATE_NOOP


def _random_suffix() -> str:
    """Eight hex digits for a temporary name (os.urandom: `secrets` costs a start-up import
    of hashlib and hmac for the same bytes)."""
    return os.urandom(4).hex()


_NOT_FILES = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def _kind(path: Path) -> str | None:
    """What stands at `path` if it is not a regular file (a folder, a device...), else None."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None
    except OSError as error:
        raise write_error(path, error, QT_TRANSLATE_NOOP("Failures", "Cannot write")) from None
    if stat.S_ISREG(mode):
        return None
    return next((name for test, name in _NOT_FILES if test(mode)), "not a regular file")


def regular_target(path: Path) -> Path:
    """The file a write to `path` should replace: a symlink is followed to its target.

    Raises UserDataError if something other than a regular file stands there: a write
    never replaces a folder, a device such as /dev/null, a FIFO or a socket.
    """
    real = Path(os.path.realpath(path))
    kind = _kind(real)
    if kind is not None:
        where = str(path) if real == path.absolute() else f"{path} (→ {real})"
        raise UserDataError(f"Cannot write {where}: it is {kind}, not a file. Choose a file name.")
    return real


def write_atomically(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Call `write` on a temporary file beside `path`, then rename it over `path`.

    A symlink at `path` is followed, so the file it points to is replaced and the link kept.
    Raises UserDataError, in one sentence naming the cause (read-only, disk full...), if the
    folder or file cannot be written, or if `path` is not a regular file; an existing file at
    `path` is then left as it was.
    """
    path = regular_target(path)
    temporary = path.with_name(f".{path.name}.{_random_suffix()}.tmp")
    try:
        # 0o666 minus the umask: the file gets the permissions any new file would get.
        descriptor = os.open(temporary, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            with os.fdopen(descriptor, "w+b") as file:
                write(file)
                file.flush()
                os.fsync(file.fileno())
            temporary.replace(path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    except OSError as error:
        if error.errno == errno.ENOENT:
            raise UserDataError(
                f"Cannot write {path}: the folder {path.parent} does not exist. "
                "Choose another file or folder."
            ) from None
        raise write_error(path, error, QT_TRANSLATE_NOOP("Failures", "Cannot write")) from None


def write_text_atomically(path: Path, text: str) -> None:
    """Write `text` as UTF-8 to `path`, all or nothing."""
    data = text.encode("utf-8", errors="replace")
    write_atomically(path, lambda file: file.write(data))


# Room a probe asks for: a settings file is a few KiB, written whole beside the old one.
_PROBE_BYTES = 4096


def why_not_writable(path: Path) -> OSError | None:
    """What stops `path` being written anew the way this module and QSettings write it (a
    new file beside it, then renamed over it): a read-only file, folder or disk, or a full
    disk; None if nothing does. Found by trying: a small file beside it, synced, removed."""
    if path.exists() and not os.access(path, os.W_OK):
        return PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
    probe = path.with_name(f".{path.name}.{_random_suffix()}.probe")
    try:
        descriptor = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            if os.write(descriptor, b"\0" * _PROBE_BYTES) < _PROBE_BYTES:
                return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except OSError as error:
        return error
    finally:
        with contextlib.suppress(OSError):
            probe.unlink(missing_ok=True)
    return None
