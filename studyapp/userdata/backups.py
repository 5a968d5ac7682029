"""Automatic backups of the user's store, kept on Anki's schedule, and restoring one.

A backup is made with SQLite's online backup API (a consistent copy even while the app
writes), page by page in small steps, into `backups/` beside user.sqlite; it is checked in
full, `PRAGMA integrity_check`, before it is given its name, so a file there is always whole,
and checked again before it is restored (a file can be damaged on the disk since). The app
makes its backups in a thread of their own (`back_up_in_thread`): SQLite lets go of Python's
lock inside each step and inside the check, so the window goes on meanwhile.

Kept, as Anki keeps its own: every backup from today and yesterday, then the newest of each
of 12 more days, then of 10 more weeks, then of 9 more months. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from studyapp.errors import StudyAppError, UserDataError
from studyapp.failures import Cause, classify, write_error
from studyapp.i18n import QT_TRANSLATE_NOOP, translate
from studyapp.userdata.migrations import check_version
from studyapp.userdata.store import UserStore, bring_up_to_date

BACKUP_FOLDER = "backups"
_PREFIX = "backup-"
_SUFFIX = ".sqlite"
_STAMP = "%Y-%m-%d-%H%M%S"
# Pages copied per step (1 MiB of 4 KiB pages, 4 MiB of 16 KiB ones): between two steps the
# source is not locked, so the app's own writes get in.
PAGES_PER_STEP = 256
CHECK_CACHE_KIB = 64 * 1024
# How a copy is checked before it gets its name: every page, b-tree and record, every page
# used once, and every index entry against its table row (what quick_check leaves out).
COPY_CHECK = "integrity_check"
DAILY, WEEKLY, MONTHLY = 12, 10, 9


class CheckFailedError(UserDataError):
    """A copy failed its check (COPY_CHECK); `verdict` is what SQLite found."""

    def __init__(self, verdict: str) -> None:
        super().__init__(
            translate("Backups", "The copy of your study data failed its check ({why}).").format(
                why=verdict
            )
        )
        self.verdict = verdict


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken: dt.datetime  # local time, aware
    bookmarks: int
    reviews: int


def backup_folder(store_path: Path) -> Path:
    return store_path.parent / BACKUP_FOLDER


def read_only_uri(path: Path) -> str:
    """A `mode=ro` SQLite URI for `path`, with its bytes as the file system has them."""
    return "file:" + urllib.parse.quote(os.fsencode(path.absolute())) + "?mode=ro"


def _name(taken: dt.datetime, label: str) -> str:
    return f"{_PREFIX}{taken.strftime(_STAMP)}{'-' + label if label else ''}{_SUFFIX}"


def _taken(path: Path) -> dt.datetime | None:
    """When the backup at `path` was made, from its name; None if not one of ours."""
    name = path.name
    if not (name.startswith(_PREFIX) and name.endswith(_SUFFIX)):
        return None
    stamp = name[len(_PREFIX) : len(_PREFIX) + 17]
    try:
        return dt.datetime.strptime(stamp, _STAMP).astimezone()
    except ValueError:
        return None


def copy_database(
    source: sqlite3.Connection,
    target_path: Path,
    pause: Callable[[], None] | None = None,
) -> None:
    """Copy the database open on `source` to a new file at `target_path`, checked.

    In steps of PAGES_PER_STEP pages, calling `pause` between them (a thread's yield, a test's
    clock). Raises sqlite3.Error, or UserDataError if the copy fails its check (COPY_CHECK).
    The copy is not synced to the disk: the caller does that before it relies on it.
    """
    target = sqlite3.connect(target_path, isolation_level=None)
    try:
        # A cache that keeps the pages just copied spares the check reading them back.
        target.execute(f"PRAGMA cache_size = {-CHECK_CACHE_KIB:d}")
        # The caller syncs the whole file once, before it gets its name: SQLite's own syncs
        # of a file no one uses yet would only repeat that.
        target.execute("PRAGMA synchronous = OFF")

        def progress(_status: int, _remaining: int, _total: int) -> None:
            if pause is not None:
                pause()

        # Without a pause, no callback: the steps run back to back without ever taking
        # Python's lock, which the window's thread may want meanwhile.
        source.backup(target, pages=PAGES_PER_STEP, progress=None if pause is None else progress)
        # Not WAL: a backup is one file, whole, that can be copied or mailed as it is.
        target.execute("PRAGMA journal_mode = DELETE")
        verdict = target.execute(f"PRAGMA {COPY_CHECK}").fetchone()[0]
        if verdict != "ok":
            raise CheckFailedError(verdict)
    finally:
        target.close()


def make_backup(
    store_path: Path,
    *,
    label: str = "",
    now: dt.datetime | None = None,
    pause: Callable[[], None] | None = None,
) -> Path:
    """Back up the store at `store_path` into its backups folder now; the backup's path.

    Opens its own connection, so it may run in a thread of its own. Raises WriteError naming
    the cause (disk full, read-only...) if the backup could not be made; a half-made copy
    never keeps a backup's name.
    """
    taken = (now or dt.datetime.now()).astimezone()
    folder = backup_folder(store_path)
    final = folder / _name(taken, label)
    counter = 1
    while final.exists():
        counter += 1
        final = folder / _name(taken, f"{label}-{counter}" if label else str(counter))
    temporary = folder / f".{final.name}.tmp"
    try:
        folder.mkdir(exist_ok=True)
        source = sqlite3.connect(read_only_uri(store_path), uri=True, isolation_level=None)
        try:
            copy_database(source, temporary, pause)
        finally:
            source.close()
        with temporary.open("rb") as file:
            os.fsync(file.fileno())
        temporary.replace(final)
    except (sqlite3.Error, OSError) as error:
        temporary.unlink(missing_ok=True)
        raise write_error(
            final, error, QT_TRANSLATE_NOOP("Failures", "The backup was not made")
        ) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return final


def back_up(store_path: Path, *, label: str = "", now: dt.datetime | None = None) -> Path:
    """A backup now, then the ones the schedule no longer keeps deleted; the backup's path.

    What the app, `studyapp backup` and the benchmark do. Raises WriteError as make_backup.
    """
    made = make_backup(store_path, label=label, now=now)
    thin_backups(store_path, now)
    return made


def back_up_in_thread(
    store_path: Path, done: Callable[[Path | None, str], None]
) -> threading.Thread:
    """`back_up` in a thread of its own connection, started; `done(path, "")` when it is
    made, or `done(None, why)` in words, called from that thread."""

    def work() -> None:
        try:
            made = back_up(store_path)
        except StudyAppError as error:
            done(None, str(error))
        else:
            done(made, "")

    worker = threading.Thread(target=work, name="studyapp-backup", daemon=True)
    worker.start()
    return worker


def describe_backup(path: Path) -> BackupInfo:
    """What a backup holds; raises UserDataError if it is not a sound backup of ours."""
    taken = _taken(path)
    if taken is None:
        taken = dt.datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as error:
        raise UserDataError(
            translate("Backups", "Cannot open the backup {path}: {error}.").format(
                path=path, error=error
            )
        ) from None
    try:
        version = check_version(connection)
        if version < 1:
            raise UserDataError(
                translate("Backups", "{path} is not a backup of your study data.").format(path=path)
            )
        (bookmarks,) = connection.execute("SELECT COUNT(*) FROM bookmark").fetchone()
        reviews = 0
        if version >= 4:
            # The running totals the log's triggers keep: a few pages, where counting the
            # log reads a whole index (a list of many large backups would wait on the disk).
            (reviews,) = connection.execute(
                "SELECT COALESCE(SUM(answers), 0) FROM review_kind_total"
            ).fetchone()
        elif version >= 2:
            (reviews,) = connection.execute("SELECT COUNT(*) FROM review_log").fetchone()
    except sqlite3.Error as error:
        raise UserDataError(
            translate(
                "Backups", "{path} is not a sound backup of your study data ({error})."
            ).format(path=path, error=error)
        ) from None
    finally:
        connection.close()
    return BackupInfo(path, taken, int(bookmarks), int(reviews))


def list_backups(store_path: Path) -> list[BackupInfo]:
    """Every sound backup of the store, newest first (unreadable files are left out)."""
    folder = backup_folder(store_path)
    found = []
    for path in folder.glob(f"{_PREFIX}*{_SUFFIX}") if folder.is_dir() else ():
        try:
            found.append(describe_backup(path))
        except (UserDataError, OSError):
            continue
    # Two backups in one second (their names say so) go by the time each file was written.
    return sorted(found, key=lambda info: (info.taken, info.path.stat().st_mtime_ns), reverse=True)


def backups_to_delete(taken: dict[Path, dt.datetime], now: dt.datetime) -> list[Path]:
    """The backups the schedule no longer keeps, from when each was taken (local time)."""
    yesterday = now.astimezone().date() - dt.timedelta(days=1)
    # What the backups kept so far cover, and how many each stage has kept.
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    months: set[tuple[int, int]] = set()
    kept = {"daily": 0, "weekly": 0, "monthly": 0}
    limits = {"daily": DAILY, "weekly": WEEKLY, "monthly": MONTHLY}
    obsolete = []
    for path, moment in sorted(taken.items(), key=lambda item: item[1], reverse=True):
        day = moment.astimezone().date()
        week, month = tuple(day.isocalendar())[:2], (day.year, day.month)
        if day >= yesterday:
            continue  # today's and yesterday's are all kept
        stage = next(
            (
                name
                for name, new in (
                    ("daily", day not in days),
                    ("weekly", week not in weeks),
                    ("monthly", month not in months),
                )
                if new and kept[name] < limits[name]
            ),
            None,
        )
        if stage is None:
            obsolete.append(path)
            continue
        kept[stage] += 1
        days.add(day)
        weeks.add(week)  # type: ignore[arg-type]
        months.add(month)
    return obsolete


def thin_backups(store_path: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups the schedule no longer keeps; the paths deleted."""
    folder = backup_folder(store_path)
    taken = {
        path: moment
        for path in (folder.glob(f"{_PREFIX}*{_SUFFIX}") if folder.is_dir() else ())
        if (moment := _taken(path)) is not None
    }
    deleted = []
    for path in backups_to_delete(taken, now or dt.datetime.now().astimezone()):
        try:
            path.unlink()
        except OSError:
            continue  # kept a little longer: never worth failing a backup over
        deleted.append(path)
    return deleted


def _damaged(backup: Path, why: object) -> UserDataError:
    return UserDataError(
        translate("Backups", "The backup {backup} is damaged ({why}); choose another.").format(
            backup=backup, why=why
        )
    )


def _remove_side_files(path: Path) -> None:
    # Stale -wal/-shm of the file being replaced must never replay over the restored one.
    for suffix in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _replacement_path(store_path: Path) -> Path:
    return store_path.with_name(f".{store_path.name}.restoring")


def _copy_beside(store_path: Path, backup: Path) -> Path:
    """A checked copy of `backup` beside the store, synced, brought up to this app's schema
    (a backup made by an older version is migrated here, not in the window); its path.

    Raises UserDataError if the backup is damaged (its copy fails the check), WriteError if
    the copy could not be written; no half copy is left behind.
    """
    replacement = _replacement_path(store_path)
    try:
        _remove_side_files(replacement)
        replacement.unlink(missing_ok=True)
        source = sqlite3.connect(read_only_uri(backup), uri=True, isolation_level=None)
        try:
            copy_database(source, replacement)
        finally:
            source.close()
        with replacement.open("rb") as file:
            os.fsync(file.fileno())
        bring_up_to_date(replacement)
    except CheckFailedError as error:
        _discard(replacement)
        raise _damaged(backup, error.verdict) from None
    except (UserDataError, sqlite3.DatabaseError) as error:
        _discard(replacement)
        if isinstance(error, UserDataError) or classify(error) is Cause.DAMAGED:
            # Not a file of ours that this version can use (a newer app's, a lost column).
            raise UserDataError(
                translate(
                    "Backups",
                    "The backup {backup} cannot be used ({error}); your data is as it was.",
                ).format(backup=backup, error=error)
            ) from None
        raise write_error(
            store_path, error, QT_TRANSLATE_NOOP("Failures", "Not restored")
        ) from None
    except OSError as error:
        _discard(replacement)
        raise write_error(
            store_path, error, QT_TRANSLATE_NOOP("Failures", "Not restored")
        ) from None
    except BaseException:
        _discard(replacement)
        raise
    return replacement


def _discard(path: Path) -> None:
    path.unlink(missing_ok=True)
    _remove_side_files(path)


@dataclass(frozen=True, slots=True)
class PreparedRestore:
    """A restore with its slow part done: what `finish_restore` puts in place."""

    info: BackupInfo  # what the backup holds
    before: Path  # the backup of the data as it was just before
    replacement: Path  # the backup's checked copy, beside the store
    # A second name of the store file, so that renaming over it does not free its blocks
    # there and then (tens of milliseconds for a large file); `forget_replaced` frees them.
    replaced: Path | None = None


def prepare_restore(store_path: Path, backup: Path) -> PreparedRestore:
    """The slow part of restoring `backup`, on connections of its own, so a worker thread may
    run it while the app goes on: the backup copied beside the store and checked whole
    (`PRAGMA integrity_check`), then the data as it is now backed up (so a restore can itself
    be undone). Raises UserDataError (damaged, not a backup) or WriteError, nothing changed."""
    info = describe_backup(backup)
    replacement = _copy_beside(store_path, backup)
    try:
        before = make_backup(store_path, label="before-restore")
    except BaseException:
        _discard(replacement)
        raise
    return PreparedRestore(info, before, replacement, _second_name(store_path))


def _second_name(store_path: Path) -> Path | None:
    """A hard link to the store file (None where the file system has none)."""
    replaced = store_path.with_name(f".{store_path.name}.replaced")
    try:
        replaced.unlink(missing_ok=True)
        os.link(store_path, replaced)
    except OSError:
        return None
    return replaced


def back_up_again(prepared: PreparedRestore, store_path: Path) -> PreparedRestore:
    """The same restore with a newer backup of the data as it is (something was written
    since `prepared.before` was made)."""
    before = make_backup(store_path, label="before-restore")
    return PreparedRestore(prepared.info, before, prepared.replacement, prepared.replaced)


def abandon_restore(prepared: PreparedRestore) -> None:
    """Remove a prepared restore's copy (the restore will not be finished)."""
    _discard(prepared.replacement)
    forget_replaced(prepared)


def forget_replaced(prepared: PreparedRestore) -> None:
    """Let the replaced store file go (the slow unlink of a large file: a worker's job)."""
    if prepared.replaced is not None:
        prepared.replaced.unlink(missing_ok=True)


def finish_restore(store: UserStore, prepared: PreparedRestore) -> None:
    """The quick part of a restore, on the store's own thread: the store closed, its -wal and
    -shm removed (never to replay over the restored file), the checked copy renamed over it,
    the store opened again. At every moment either the old file or the restored one is
    there, whole. If the restored file will not open, the data is put back as it was and
    UserDataError says so."""
    store.close()
    try:
        _remove_side_files(store.path)
        prepared.replacement.replace(store.path)
        store.reopen(checked=True)
    except (UserDataError, sqlite3.Error, OSError) as error:
        _discard(prepared.replacement)
        try:
            replace_store_file(store.path, prepared.before)
        finally:
            store.reopen()
        raise UserDataError(
            translate(
                "Backups", "The backup {backup} cannot be used ({error}); your data is as it was."
            ).format(backup=prepared.info.path, error=error)
        ) from None
    except BaseException:
        store.reopen()
        raise


def replace_store_file(store_path: Path, backup: Path) -> None:
    """Put a checked copy of `backup` in place of the (closed) store file at `store_path`."""
    replacement = _copy_beside(store_path, backup)
    try:
        _remove_side_files(store_path)
        replacement.replace(store_path)
    except OSError as error:
        _discard(replacement)
        raise write_error(
            store_path, error, QT_TRANSLATE_NOOP("Failures", "Not restored")
        ) from None


def restore(store: UserStore, backup: Path) -> tuple[BackupInfo, Path]:
    """Replace the store's contents with `backup`'s, all on this thread (the command line's
    way); what was restored, and the backup of the data as it was just before."""
    prepared = prepare_restore(store.path, backup)
    try:
        finish_restore(store, prepared)
    finally:
        forget_replaced(prepared)
    return prepared.info, prepared.before
