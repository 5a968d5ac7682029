"""Backups: made whole with the backup API and checked, kept on Anki's schedule, restored
without a stale -wal replaying over the restored file."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from studyapp import paths
from studyapp.errors import UserDataError
from studyapp.userdata import backups, bookmarks, reviews
from studyapp.userdata.store import UserStore

KEY = "first-1907-secret-1"


@pytest.fixture
def store(user_home: Path) -> Iterator[UserStore]:
    opened = UserStore.open(paths.user_db_path())
    bookmarks.save_bookmark(opened, KEY, "before the backup")
    reviews.record_review(
        opened,
        "card",
        None,
        rating=3,
        reviewed_at=dt.datetime.now(dt.UTC),
        duration_ms=800,
        mode="flip",
        correct=True,
    )
    yield opened
    opened.close()


def test_a_backup_is_a_whole_checked_copy_beside_the_store(store: UserStore) -> None:
    made = backups.make_backup(store.path)
    assert made.parent == store.path.parent / "backups"
    (info,) = backups.list_backups(store.path)
    assert info.path == made and info.bookmarks == 1 and info.reviews == 1
    copy = sqlite3.connect(made)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, whole
    copy.close()
    assert not list(made.parent.glob(".*.tmp"))


def test_a_backup_made_while_the_app_writes_is_consistent(store: UserStore) -> None:
    steps = []

    def write_between_steps() -> None:
        steps.append(1)
        if len(steps) == 1:
            bookmarks.save_bookmark(store, "second-1910-public-1", "written mid-backup")

    made = backups.make_backup(store.path, pause=write_between_steps)
    copy = sqlite3.connect(made)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()


def _schedule(now: dt.datetime) -> dict[Path, dt.datetime]:
    taken = {}
    for hours in range(0, 48, 3):  # today's and yesterday's, several a day
        moment = now - dt.timedelta(hours=hours)
        taken[Path(f"recent-{hours}")] = moment
    for days in range(2, 800):  # then one a day for two years
        taken[Path(f"day-{days}")] = now - dt.timedelta(days=days)
    return taken


def test_a_store_with_a_damaged_page_is_never_kept_as_a_backup(
    store: UserStore, tmp_path: Path
) -> None:
    # The copy carries the damage page for page; its check finds it before it gets a name.
    for number in range(200):  # a log of several pages, one of them to damage
        reviews.record_review(
            store,
            f"card-{number}",
            None,
            rating=3,
            reviewed_at=dt.datetime.now(dt.UTC),
            duration_ms=800,
            mode="flip",
            correct=True,
        )
    store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (page,) = store.connection.execute(
        "SELECT max(pageno) FROM dbstat WHERE name = 'review_log' AND pagetype = 'leaf'"
    ).fetchone()
    (size,) = store.connection.execute("PRAGMA page_size").fetchone()
    store.close()
    with store.path.open("r+b") as file:
        file.seek((page - 1) * size)
        file.write(b"\x00" * 8)  # no b-tree page begins so: its header is gone
    with pytest.raises(UserDataError, match=r"damaged|failed its check"):
        backups.make_backup(store.path)
    folder = backups.backup_folder(store.path)
    assert not list(folder.glob("backup-*")) and not list(folder.glob(".*.tmp"))


def test_a_copy_whose_index_disagrees_with_its_table_is_never_kept(store: UserStore) -> None:
    # What only the whole integrity_check finds (quick_check reads the index's pages, not
    # whether they match the table): the index's definition rewritten to another column, so
    # every page is sound but its entries are not the table's.
    for number in range(50):
        bookmarks.save_bookmark(store, f"clause-{number}", f"note {number}")
    connection = store.connection
    connection.execute("CREATE INDEX bookmark_note ON bookmark (note)")
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX bookmark_note ON bookmark (updated_at)' "
        "WHERE name = 'bookmark_note'"
    )
    connection.execute("PRAGMA writable_schema = OFF")
    store.close()
    check = sqlite3.connect(store.path)
    assert check.execute("PRAGMA quick_check").fetchone()[0] == "ok"  # blind to it
    check.close()
    with pytest.raises(UserDataError, match="failed its check"):
        backups.make_backup(store.path)
    folder = backups.backup_folder(store.path)
    assert not list(folder.glob("backup-*")) and not list(folder.glob(".*.tmp"))


def test_the_schedule_keeps_today_yesterday_then_12_days_10_weeks_9_months() -> None:
    now = dt.datetime(2026, 6, 17, 12, 0).astimezone()
    taken = _schedule(now)
    deleted = set(backups.backups_to_delete(taken, now))
    kept = sorted((moment for path, moment in taken.items() if path not in deleted), reverse=True)
    yesterday = now.date() - dt.timedelta(days=1)
    recent = [m for m in kept if m.date() >= yesterday]
    assert len(recent) == sum(1 for m in taken.values() if m.date() >= yesterday)
    older = [m for m in kept if m.date() < yesterday]
    assert len(older) == 12 + 10 + 9
    daily = older[:12]
    assert [m.date() for m in daily] == [yesterday - dt.timedelta(days=n) for n in range(1, 13)]
    # Past the days, 10 weekly and 9 monthly ones (a backup that opens a new month while its
    # week is covered already counts as a monthly one, as in Anki), reaching back well over
    # half a year, on days of their own.
    rest = older[12:]
    assert len({m.date() for m in rest}) == 19
    assert len({(m.year, m.month) for m in rest}) >= 9
    assert (now - rest[-1]).days > 7 * 10 + 30 * 6
    # Asked again, nothing more goes: the schedule is stable.
    left = {p: m for p, m in taken.items() if p not in deleted}
    assert backups.backups_to_delete(left, now) == []


def test_thinning_deletes_the_files_the_schedule_drops(store: UserStore) -> None:
    now = dt.datetime.now().astimezone()
    for days in range(2, 40):
        backups.make_backup(store.path, now=now - dt.timedelta(days=days))
    deleted = backups.thin_backups(store.path, now)
    left = backups.list_backups(store.path)
    assert deleted and len(left) == 38 - len(deleted)
    assert len(left) <= 12 + 10 + 9


def test_restore_brings_back_the_backup_and_keeps_the_data_it_replaced(store: UserStore) -> None:
    made = backups.make_backup(store.path)
    bookmarks.save_bookmark(store, KEY, "after the backup")
    bookmarks.save_bookmark(store, "second-1910-public-1", "new")
    info, kept = backups.restore(store, made)
    assert info.path == made
    notes = {b.clause_key: b.note for b in bookmarks.list_bookmarks(store)}
    assert notes == {KEY: "before the backup"}
    assert len(reviews.review_log(store)) == 1
    kept_info = backups.describe_backup(kept)
    assert kept_info.bookmarks == 2  # the data as it was, kept


def test_a_stale_wal_never_replays_over_a_restored_file(store: UserStore) -> None:
    made = backups.make_backup(store.path)
    # Another connection keeps changes in the -wal, uncheckpointed, as a crash would leave them.
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("PRAGMA wal_autocheckpoint = 0")
    other.execute("INSERT INTO bookmark VALUES ('stale-key', 'from the wal', 'x', 'x')")
    wal = store.path.with_name(store.path.name + "-wal")
    stale = wal.read_bytes()
    other.close()
    store.close()
    wal.write_bytes(stale)  # left behind, as by a crash
    backups.replace_store_file(store.path, made)
    assert not wal.exists()
    store.reopen()
    keys = [b.clause_key for b in bookmarks.list_bookmarks(store)]
    assert keys == [KEY]


def test_a_damaged_or_foreign_backup_is_refused_and_the_data_kept(
    store: UserStore, tmp_path: Path
) -> None:
    foreign = tmp_path / "notes.sqlite"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE whatever (x)")
    connection.close()
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"nope" * 1000)
    for bad in (foreign, garbage):
        with pytest.raises(UserDataError):
            backups.restore(store, bad)
    assert [b.note for b in bookmarks.list_bookmarks(store)] == ["before the backup"]


def test_a_backup_the_app_cannot_open_puts_the_data_back(store: UserStore, tmp_path: Path) -> None:
    made = backups.make_backup(store.path)
    broken = tmp_path / "backup-2026-01-01-000000.sqlite"
    broken.write_bytes(made.read_bytes())
    connection = sqlite3.connect(broken)
    connection.execute("DROP INDEX review_log_card_key")
    for trigger in ("insert", "delete", "update"):  # the Stats totals read the column
        connection.execute(f"DROP TRIGGER review_log_totals_{trigger}")
    connection.execute("ALTER TABLE review_log DROP COLUMN card_key")  # cannot be made again
    connection.commit()
    connection.close()
    bookmarks.save_bookmark(store, "second-1910-public-1", "after")
    with pytest.raises(UserDataError, match="as it was"):
        backups.restore(store, broken)
    keys = sorted(b.clause_key for b in bookmarks.list_bookmarks(store))
    assert keys == [KEY, "second-1910-public-1"]  # the store is open and whole


def test_a_backup_made_by_the_previous_version_is_brought_up_to_date_as_it_is_restored(
    store: UserStore, tmp_path: Path
) -> None:
    from studyapp.userdata.migrations import PAGE_SIZE, STEPS, migrate, schema_version

    old = tmp_path / "backup-2026-01-01-000000.sqlite"
    connection = sqlite3.connect(old, isolation_level=None)
    connection.execute("PRAGMA page_size = 4096")
    migrate(connection, STEPS[:5])  # schema 5: the uid index, SQLite's 4 KiB pages
    connection.execute("INSERT INTO bookmark VALUES ('old-key', 'from the old app', 'x', 'x')")
    connection.close()
    info, _kept = backups.restore(store, old)
    assert info.bookmarks == 1
    assert [b.note for b in bookmarks.list_bookmarks(store)] == ["from the old app"]
    assert schema_version(store.connection) == len(STEPS)
    fresh = sqlite3.connect(store.path)
    assert fresh.execute("PRAGMA page_size").fetchone() == (PAGE_SIZE,)
    assert "review_log_uid" not in {
        name for (name,) in fresh.execute("SELECT name FROM sqlite_master")
    }
    fresh.close()
    assert not list(store.path.parent.glob(".user.sqlite.*"))  # no copy or old name left
