"""Backups as the user meets them: on closing, every half hour in a thread, File → Restore
from backup…, the command line, and a disk too full to take one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from studyapp import paths
from studyapp.failures import Cause, WriteError
from studyapp.ui.restore_dialog import RestoreDialog
from studyapp.userdata import backups, bookmarks
from studyapp.userdata.store import UserStore
from tests.conftest import ROOT
from tests.faults.conftest import fill_disk
from tests.ui.helpers import started_window

KEY = "first-1907-secret-1"


def test_closing_the_window_backs_up_only_if_something_changed(qtbot: QtBot) -> None:
    window = started_window(qtbot)
    window.close_stores()
    assert backups.list_backups(paths.user_db_path()) == []  # nothing changed: none made
    window = started_window(qtbot)
    assert window.services is not None
    assert window.services.bookmarks.save(KEY, "a note")
    window.close_stores()
    (info,) = backups.list_backups(paths.user_db_path())
    assert info.bookmarks == 1


def test_the_half_hourly_backup_runs_in_a_thread(qtbot: QtBot) -> None:
    window = started_window(qtbot)
    assert window.services is not None and window.data_safety is not None
    safety = window.data_safety
    assert safety.timer.interval() == 30 * 60 * 1000
    assert not safety.backup_in_background()  # nothing changed yet
    window.services.bookmarks.save(KEY)
    with qtbot.waitSignal(safety.backup_finished, timeout=10_000) as done:
        assert safety.backup_in_background()
    path, worked = done.args
    assert worked and Path(path).exists()
    window.close_stores()
    assert len(backups.list_backups(paths.user_db_path())) == 1  # none due again at close


def test_restore_from_the_file_menu_brings_back_a_backup(qtbot: QtBot) -> None:
    window = started_window(qtbot)
    assert window.services is not None and window.data_safety is not None
    service = window.services.bookmarks
    service.save(KEY, "kept in the backup")
    with qtbot.waitSignal(window.data_safety.backup_finished, timeout=10_000) as done:
        assert window.data_safety.backup_now()  # in the background, like the others
    made, worked = Path(done.args[0]), done.args[1]
    assert worked
    service.save(KEY, "written later")
    service.save("second-1910-public-1")
    listed = backups.list_backups(paths.user_db_path())
    dialog = RestoreDialog(listed, window)
    assert dialog.list.topLevelItemCount() == len(listed)
    assert dialog.items[0].text(1) == "1"  # its bookmarks
    assert dialog.chosen() == listed[0]
    with qtbot.waitSignal(service.changed):
        assert window.data_safety.restore(made)
    assert [(b.clause_key, b.note) for b in service.all()] == [(KEY, "kept in the backup")]
    assert service.undo_stack.count() == 0  # the history belonged to the replaced data
    assert "Restored the backup" in window.message_bar.text()
    assert "before-restore" in window.message_bar.text()
    window.close_stores()


def test_a_backup_on_a_full_disk_is_named_and_leaves_no_half_file(small_disk: Path) -> None:
    path = small_disk / "user.sqlite"
    store = UserStore.open(path)
    bookmarks.save_bookmark(store, KEY, "x" * 100_000)
    store.close()
    fill_disk(small_disk)
    with pytest.raises(WriteError) as raised:
        backups.make_backup(path)
    assert raised.value.cause is Cause.DISK_FULL
    assert "The backup was not made" in str(raised.value)
    folder = backups.backup_folder(path)
    assert not folder.exists() or list(folder.iterdir()) == []


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "studyapp", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=dict(os.environ),
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_backup_list_and_restore_on_the_command_line(user_home: Path) -> None:
    store = UserStore.open(paths.user_db_path())
    bookmarks.save_bookmark(store, KEY, "in the backup")
    store.close()
    made = _cli("backup")
    assert made.returncode == 0, made.stderr
    backup = Path(made.stdout.strip())
    assert backup.exists()
    listed = _cli("backup", "--list")
    assert str(backup) in listed.stdout and "1 bookmark " in listed.stdout

    store = UserStore.open(paths.user_db_path())
    bookmarks.remove_bookmark(store, KEY)
    store.close()
    restored = _cli("restore", backup.name)
    assert restored.returncode == 0, restored.stderr
    assert "before-restore" in restored.stdout
    store = UserStore.open(paths.user_db_path())
    assert [b.note for b in bookmarks.list_bookmarks(store)] == ["in the backup"]
    store.close()

    missing = _cli("restore", "no-such-backup.sqlite")
    assert missing.returncode == 2
    assert len(missing.stderr.strip().splitlines()) == 1
    assert "Traceback" not in missing.stderr


def test_data_never_backed_up_is_backed_up_at_the_first_close(qtbot: QtBot) -> None:
    store = UserStore.open(paths.user_db_path())
    bookmarks.save_bookmark(store, KEY, "from before backups existed")
    store.close()
    window = started_window(qtbot)
    window.close_stores()  # nothing changed in this run, but no backup existed at all
    (info,) = backups.list_backups(paths.user_db_path())
    assert info.bookmarks == 1
