"""Backups as the user meets them: on closing, every half hour in a thread, File → Restore
from backup…, the command line, and a disk too full to take one."""

from __future__ import annotations

import itertools
import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
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
    dialog = RestoreDialog(paths.user_db_path(), window)
    with qtbot.waitSignal(dialog.listed, timeout=10_000):
        pass
    assert dialog.list.topLevelItemCount() == len(listed)
    assert dialog.items[0].text(1) == "1"  # its bookmarks
    assert dialog.chosen() == listed[0]
    with qtbot.waitSignal(window.data_safety.restore_finished, timeout=20_000) as finished:
        assert window.data_safety.restore(made)
    assert finished.args == [True]
    assert [(b.clause_key, b.note) for b in service.all()] == [(KEY, "kept in the backup")]
    assert service.undo_stack.count() == 0  # the history belonged to the replaced data
    assert "Restored the backup" in window.message_bar.text()
    assert "before-restore" in window.message_bar.text()
    window.close_stores()


def _slowed(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[str]:
    """Make `module.name` take 0.3 s longer, as on a large file; the threads it ran in."""
    threads: list[str] = []
    real = getattr(module, name)

    def slow(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread().name)
        time.sleep(0.3)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, slow)
    return threads


def _ticks_while(qtbot: QtBot, signal: object, start: Callable[[], object]) -> list[float]:
    """Call `start()` and wait for `signal`; the times a 10 ms timer of the UI thread ticked."""
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    with qtbot.waitSignal(signal, timeout=30_000):
        start()
    timer.stop()
    return ticks


def test_a_restore_runs_off_the_ui_thread_and_the_window_keeps_going(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = started_window(qtbot)
    assert window.services is not None and window.data_safety is not None
    safety, service = window.data_safety, window.services.bookmarks
    service.save(KEY, "kept in the backup")
    made = backups.make_backup(paths.user_db_path())
    service.save(KEY, "written later")
    copies = _slowed(monkeypatch, backups, "copy_database")  # the check of the copy
    saved = _slowed(monkeypatch, backups, "make_backup")  # the data backed up first
    busy_seen: list[bool] = []

    def start() -> None:
        assert safety.restore(made)
        assert not safety.restore(made)  # one at a time
        QTimer.singleShot(100, lambda: busy_seen.append(_busy_dialog_shown(window)))

    ticks = _ticks_while(qtbot, safety.restore_finished, start)
    main = threading.main_thread().name
    assert copies and saved and main not in copies + saved  # the slow part, in a worker
    # The event loop went on all along: 0.6 s of slowed work, yet no gap of even 0.25 s.
    assert len(ticks) >= 20
    assert max(later - earlier for earlier, later in itertools.pairwise(ticks)) < 0.25
    assert busy_seen == [True]  # a busy dialog was up meanwhile
    assert [b.note for b in service.all()] == ["kept in the backup"]
    assert "Restored the backup" in window.message_bar.text()
    # The replaced file's second name, which spared the window freeing its blocks, goes too.
    folder = paths.user_db_path().parent
    qtbot.waitUntil(lambda: not list(folder.glob(".user.sqlite.*")), timeout=10_000)
    window.close_stores()


def _busy_dialog_shown(window: QWidget) -> bool:
    return any(
        isinstance(widget, QProgressDialog) and widget.isVisible()
        for widget in QApplication.topLevelWidgets() + window.findChildren(QProgressDialog)
    )


def test_a_write_made_during_a_restore_is_in_the_backup_made_before_it(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = started_window(qtbot)
    assert window.services is not None and window.data_safety is not None
    safety, service = window.data_safety, window.services.bookmarks
    service.save(KEY, "in the backup")
    made = backups.make_backup(paths.user_db_path())
    _slowed(monkeypatch, backups, "copy_database")

    def start() -> None:
        assert safety.restore(made)
        # A write from the UI thread while the worker copies (a timer's, say).
        QTimer.singleShot(50, lambda: service.save("second-1910-public-1", "typed meanwhile"))

    _ticks_while(qtbot, safety.restore_finished, start)
    kept = next(
        info
        for info in backups.list_backups(paths.user_db_path())
        if "before-restore" in info.path.name
    )
    connection = sqlite3.connect(kept.path)
    notes = dict(connection.execute("SELECT clause_key, note FROM bookmark"))
    connection.close()
    assert notes["second-1910-public-1"] == "typed meanwhile"  # nothing typed is lost
    assert [b.clause_key for b in service.all()] == [KEY]
    window.close_stores()


def test_a_damaged_backup_restored_from_the_menu_is_told_and_changes_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = started_window(qtbot)
    assert window.services is not None and window.data_safety is not None
    safety, service = window.data_safety, window.services.bookmarks
    service.save(KEY, "as it is")
    made = backups.make_backup(paths.user_db_path())
    damaged = tmp_path / made.name
    data = bytearray(made.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 2 + 8 : page * 2 + 400] = bytes(392)  # a b-tree page's cells overwritten
    damaged.write_bytes(bytes(data))
    with qtbot.waitSignal(safety.restore_finished, timeout=20_000) as finished:
        assert safety.restore(damaged)
    assert finished.args == [False]
    text = window.message_bar.text()
    assert "not restored" in text and "is damaged" in text and "Traceback" not in text
    assert "failed:" not in text  # the backup's own words, once
    assert [b.note for b in service.all()] == ["as it is"]
    service.save(KEY, "still saving")  # the store is open and writable
    assert [b.note for b in service.all()] == ["still saving"]
    window.close_stores()


def test_the_list_of_backups_is_read_off_the_ui_thread(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studyapp.ui import restore_dialog

    window = started_window(qtbot)
    assert window.services is not None
    window.services.bookmarks.save(KEY, "x")
    for _ in range(3):
        backups.make_backup(paths.user_db_path())
    threads = _slowed(monkeypatch, restore_dialog, "list_backups")
    started = time.perf_counter()
    dialog = RestoreDialog(paths.user_db_path(), window)
    assert time.perf_counter() - started < 0.25  # opened before the list was read
    assert dialog.items == [] and not dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.listed, timeout=10_000):
        pass
    assert threads and threading.main_thread().name not in threads
    assert len(dialog.items) == 3 and dialog.restore_button.isEnabled()
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
