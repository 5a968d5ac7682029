"""A restore as the window runs it: the slow part in a worker, a busy dialog meanwhile.

Restoring 100,000 answers means copying and checking the backup whole and backing up the
data as it is first: a second or more, which on the UI thread froze the window. Here that
runs through an Operation (ui/shared/operation.py) on connections of its own, while a
window-modal busy dialog keeps the user's hands off the data and the window goes on
painting. Only the swap (the store closed, its -wal and -shm removed, the checked copy
renamed over it, the store reopened without checking it again) runs on the UI thread: a few
milliseconds. Anything written meanwhile (a timer's write) is backed up again before the
swap, so the "before" backup always holds the data as it was replaced.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from studyapp.errors import StudyAppError
from studyapp.ui.shared.operation import Operation, Progress
from studyapp.userdata import backups
from studyapp.userdata.store import UserStore

# What a restore ended with: the backup restored and the data kept from before, or words.
Outcome = tuple[backups.BackupInfo, Path] | str


class Restore(QObject):
    """One restore of `backup` over `store`; `done(outcome)` is called once, on the UI thread."""

    def __init__(
        self,
        window: QWidget,
        store: UserStore,
        backup: Path,
        done: Callable[[Outcome], None],
        *,
        backing_up: threading.Thread | None = None,
    ) -> None:
        super().__init__(window)
        self.store = store
        self.backup = backup
        self._done = done
        self._backing_up = backing_up  # a backup still running: the restore waits for it
        self._commits = store.commits
        self.busy = QProgressDialog(self.tr("Restoring the backup…"), "", 0, 0, window)
        self.busy.setWindowTitle(self.tr("Restore from backup"))
        self.busy.setAccessibleName(self.tr("Restoring the backup"))
        self.busy.setCancelButton(None)  # the swap is all or nothing: nothing to cancel
        self.busy.setWindowModality(Qt.WindowModality.WindowModal)
        self.busy.setMinimumDuration(0)

    def start(self) -> None:
        self.busy.setValue(0)  # shown at once: a busy bar, as the range is 0 to 0
        self._run(self._prepare, self._prepared)

    def _run(
        self,
        work: Callable[[], backups.PreparedRestore],
        then: Callable[[backups.PreparedRestore], None],
        prepared: backups.PreparedRestore | None = None,
    ) -> None:
        def failed(text: str) -> None:
            if prepared is not None:
                backups.abandon_restore(prepared)
            self._end(text)

        def in_worker(_progress: Progress) -> backups.PreparedRestore | str:
            try:
                return work()
            except StudyAppError as error:  # its own words, without the operation's name
                return str(error)

        def succeeded(outcome: backups.PreparedRestore | str) -> None:
            if isinstance(outcome, str):
                failed(outcome)
            else:
                then(outcome)

        Operation(
            self, in_worker, on_success=succeeded, on_failure=failed, what=self.tr("The restore")
        ).start()

    def _prepare(self) -> backups.PreparedRestore:
        """In the worker: wait for a backup still running, then the slow part."""
        if self._backing_up is not None:
            self._backing_up.join()
        return backups.prepare_restore(self.store.path, self.backup)

    def _prepared(self, prepared: backups.PreparedRestore) -> None:
        if self.store.commits != self._commits:
            # Written since the data was backed up: backed up again, so nothing is lost.
            self._commits = self.store.commits
            self._run(
                lambda: backups.back_up_again(prepared, self.store.path),
                self._prepared,
                prepared,
            )
            return
        try:
            backups.finish_restore(self.store, prepared)
        except StudyAppError as error:
            self._end(str(error))
            return
        finally:
            Operation(
                self.parent() or self,
                lambda _progress: backups.forget_replaced(prepared),
                on_success=lambda _none: None,
                what=self.tr("Removing the replaced file"),
            ).start()
        self._end((prepared.info, prepared.before))

    def _end(self, outcome: Outcome) -> None:
        self.busy.reset()
        self.busy.close()
        self.busy.deleteLater()
        self._done(outcome)
        self.deleteLater()
