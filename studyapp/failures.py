"""Why a write to the user's data failed, named for the user in words that say what to do.

Every write to the user's files (the SQLite store, settings, drafts, backups, exports) that
fails is turned into a WriteError here, so there is one list of causes and one set of
sentences. SQLite's result codes and the OS's errno values are both read. No Qt here, and only the
standard library: every layer may use it.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from enum import StrEnum
from pathlib import Path

from studyapp.errors import UserDataError
from studyapp.i18n import QT_TRANSLATE_NOOP, translate


class Cause(StrEnum):
    READ_ONLY = "read-only"
    UNREADABLE = "unreadable"  # the file or its folder does not even allow reading
    DISK_FULL = "disk full"
    BUSY = "busy"
    DAMAGED = "damaged"
    IO = "input/output error"
    CONFLICT = "changed elsewhere"
    OTHER = "other"


class WriteError(UserDataError):
    """A write to the user's data that did not happen; `str(error)` is what to tell the user."""

    def __init__(self, message: str, cause: Cause, path: Path | None = None) -> None:
        super().__init__(message)
        self.cause = cause
        self.path = path

    def __reduce__(self) -> tuple[type[WriteError], tuple[str, Cause, Path | None]]:
        return (type(self), (str(self), self.cause, self.path))  # pickled whole


# SQLite primary result codes (the low byte of an extended code).
_SQLITE_CAUSES = {
    sqlite3.SQLITE_READONLY: Cause.READ_ONLY,
    sqlite3.SQLITE_PERM: Cause.READ_ONLY,
    sqlite3.SQLITE_CANTOPEN: Cause.READ_ONLY,
    sqlite3.SQLITE_FULL: Cause.DISK_FULL,
    sqlite3.SQLITE_BUSY: Cause.BUSY,
    sqlite3.SQLITE_LOCKED: Cause.BUSY,
    sqlite3.SQLITE_CORRUPT: Cause.DAMAGED,
    sqlite3.SQLITE_NOTADB: Cause.DAMAGED,
    sqlite3.SQLITE_IOERR: Cause.IO,
}
_ERRNO_CAUSES = {
    errno.EROFS: Cause.READ_ONLY,
    errno.EACCES: Cause.READ_ONLY,
    errno.EPERM: Cause.READ_ONLY,
    errno.ENOSPC: Cause.DISK_FULL,
    errno.EDQUOT: Cause.DISK_FULL,
    errno.EIO: Cause.IO,
}


def classify(error: BaseException) -> Cause:
    """The cause of a failed write, from SQLite's result code or the OS's errno."""
    if isinstance(error, WriteError):
        return error.cause
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None and (code & 0xFF) in _SQLITE_CAUSES:
            return _SQLITE_CAUSES[code & 0xFF]
        return _cause_from_words(str(error))
    if isinstance(error, OSError) and error.errno in _ERRNO_CAUSES:
        return _ERRNO_CAUSES[error.errno]
    return Cause.OTHER


def _cause_from_words(message: str) -> Cause:
    # Older SQLite builds or wrapped errors without a result code.
    words = message.lower()
    for needle, cause in (
        ("readonly", Cause.READ_ONLY),
        ("read-only", Cause.READ_ONLY),
        ("disk is full", Cause.DISK_FULL),
        ("locked", Cause.BUSY),
        ("busy", Cause.BUSY),
        ("malformed", Cause.DAMAGED),
        ("not a database", Cause.DAMAGED),
        ("disk i/o", Cause.IO),
    ):
        if needle in words:
            return cause
    return Cause.OTHER


NOT_SAVED = QT_TRANSLATE_NOOP("Failures", "Not saved")


def describe(cause: Cause, path: Path, detail: str = "", failed: str = NOT_SAVED) -> str:
    """One or two sentences for the user: what happened to `path`, and what to do.

    `failed` opens the sentence: what did not happen ("Not saved", "Cannot open …"), marked
    with QT_TRANSLATE_NOOP("Failures", ...) where it is written; it is translated here.
    """
    if cause is Cause.CONFLICT:
        return detail
    failed = translate("Failures", failed)
    why = translate("Failures", " ({detail})").format(detail=detail) if detail else ""
    template = _SENTENCES.get(cause)
    if template is None:
        if detail:
            return translate("Failures", "{failed} {path}: {detail}.").format(
                failed=failed, path=path, detail=detail
            )
        return translate("Failures", "{failed} {path}.").format(failed=failed, path=path)
    return translate("Failures", template).format(failed=failed, path=path, why=why)


_SENTENCES = {
    Cause.READ_ONLY: QT_TRANSLATE_NOOP(
        "Failures",
        "{failed}: {path} is read-only{why}: the file or its folder does not allow writing. "
        "Make it writable, or set STUDYAPP_HOME to a writable folder, then try again.",
    ),
    Cause.UNREADABLE: QT_TRANSLATE_NOOP(
        "Failures",
        "{failed}: {path} cannot be read{why}: the file or its folder does not allow reading. "
        "Make it readable and writable, or set STUDYAPP_HOME to another folder, then try again.",
    ),
    Cause.DISK_FULL: QT_TRANSLATE_NOOP(
        "Failures",
        "{failed}: the disk that holds {path} is full{why}. Free some space, then try again.",
    ),
    Cause.BUSY: QT_TRANSLATE_NOOP(
        "Failures", "Your study data {path} is busy in another program; try again in a moment."
    ),
    Cause.DAMAGED: QT_TRANSLATE_NOOP(
        "Failures",
        "{failed}: {path} is damaged{why}. Restart the app: it moves the damaged file aside "
        "and starts a fresh one, which File → Restore from backup… can fill again.",
    ),
    Cause.IO: QT_TRANSLATE_NOOP(
        "Failures",
        "{failed}: the disk reported an input/output error for {path}{why}. Check the disk "
        "or drive is connected and working, then try again.",
    ),
}


# Free space below which a failed write is put down to a full disk (a few pages' worth).
_NO_ROOM_BYTES = 64 * 1024


def _no_room_near(path: Path) -> bool:
    """Whether the file system that holds `path` (or its nearest existing folder) is full."""
    for folder in (path, *path.parents):
        try:
            usage = os.statvfs(folder)
        except OSError:
            continue
        return usage.f_bavail * usage.f_frsize < _NO_ROOM_BYTES
    return False


def _unreadable(path: Path) -> bool:
    """Whether `path` is there but may not be read, or its folder may not be entered."""
    if path.parent.is_dir() and not os.access(path.parent, os.X_OK):
        return True
    return os.path.lexists(path) and not os.access(path, os.R_OK)


def write_error(path: Path, error: BaseException, failed: str = NOT_SAVED) -> WriteError:
    """The WriteError telling the user why writing `path` failed with `error`."""
    if isinstance(error, WriteError):
        return error
    cause = classify(error)
    if cause is Cause.READ_ONLY and _unreadable(path):
        cause = Cause.UNREADABLE  # SQLite says only that it cannot open the file
    if cause is Cause.IO and _no_room_near(path):
        # SQLite reports a write that found no room as a plain I/O error (SQLITE_IOERR_WRITE
        # and kin): the disk's own free space tells the two apart.
        cause = Cause.DISK_FULL
    detail = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return WriteError(describe(cause, path, detail, failed), cause, path)
