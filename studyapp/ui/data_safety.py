"""The window's side of keeping the user's data safe: failures and notices in the message bar,
drafts offered again, automatic backups, restore, and progress export and import.

The main window makes one DataSafety once the user's data is open, adds its File menu
actions, and calls `finish()` before the store is closed.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from studyapp import paths
from studyapp.errors import StudyAppError
from studyapp.i18n import sentences
from studyapp.ui.message_bar import MessageBar
from studyapp.ui.services import Services
from studyapp.userdata import backups, drafts, notices
from studyapp.userdata.store import UserStore

if TYPE_CHECKING:
    from studyapp.ui.restoring import Outcome, Restore

# While the app runs, a backup every half hour, if something changed since the last.
BACKUP_EVERY_MS = 30 * 60 * 1000
PROGRESS_FOLDER_SETTING = "progress/folder"
DRAFT_RETRY_MS = 60 * 1000


class DataSafety(QObject):
    backup_finished = Signal(str, bool)  # the backup's path or why it failed; whether it worked
    restore_finished = Signal(bool)  # whether the backup was restored (told either way)

    def __init__(self, window: QWidget, services: Services, bar: MessageBar) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.bar = bar
        self.store = services.bookmarks.store
        self._backed_up_commits = 0  # the store's commit count at the last backup
        self._worker: threading.Thread | None = None
        self._asked_again = False  # Back up now, asked while a backup ran
        self._restore: Restore | None = None  # the restore under way
        services.bookmarks.failed.connect(self._write_failed)
        services.navigator.problem_reported.connect(bar.show_problem)
        services.settings.failed.connect(self._settings_failed)
        services.settings.saved_again.connect(self._settings_saved_again)
        self.backup_finished.connect(self._backup_done)
        self._show_notices()
        if not _any_backup(self.store.path) and _holds_data(self.store):
            self._backed_up_commits = -1  # data never backed up yet: the first is due
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_EVERY_MS)
        self.timer.timeout.connect(self.backup_in_background)
        self.timer.start()
        # Notes that could not be saved are saved once the cause is gone, without asking.
        self.draft_timer = QTimer(self)
        self.draft_timer.setInterval(DRAFT_RETRY_MS)
        self.draft_timer.timeout.connect(self._retry_drafts_quietly)
        self.draft_timer.start()

    def _retry_drafts_quietly(self) -> None:
        service = self.services.bookmarks
        if service.drafts and service.retry_drafts(quietly=True):
            self.services.navigator.message_posted.emit(
                self.tr("Your unsaved notes are saved now.")
            )

    def _show_notices(self) -> None:
        for text in notices.take(self.store.path.parent):
            if text != self.store.notice:
                self.bar.show_notice(text)
        if self.store.notice:
            self.bar.show_notice(self.store.notice)
        count = len(self.services.bookmarks.drafts)
        if count:
            self.bar.show_problem(
                self.tr(
                    "%n notes you typed earlier could not be saved then; they are kept. Retry "
                    "saves them (or open the bookmark to see the note).",
                    "",
                    count,
                ),
                (self.tr("&Retry"), self.services.bookmarks.retry_drafts),
            )

    def _write_failed(self, text: str) -> None:
        retry = (self.tr("&Retry"), self.services.bookmarks.retry_drafts)
        self.bar.show_problem(text, retry if self.services.bookmarks.drafts else None)

    def _settings_failed(self, text: str) -> None:
        self.bar.show_problem(text, (self.tr("&Retry"), self.services.settings.save))

    def _settings_saved_again(self) -> None:
        self.services.navigator.message_posted.emit(self.tr("Your settings are saved now."))

    # ---- the File menu ------------------------------------------------------------------------

    def add_file_actions(self, menu: QMenu) -> None:
        """The File menu's actions on the user's data (placed before Quit)."""
        for title, slot in (
            (self.tr("&Back up now"), self.backup_now),
            (self.tr("&Restore from backup…"), self.choose_and_restore),
            (None, None),
            (self.tr("E&xport progress…"), self.choose_and_export_progress),
            (self.tr("&Import progress…"), self.choose_and_import_progress),
        ):
            if title is None:
                menu.addSeparator()
                continue
            action = menu.addAction(title)
            action.triggered.connect(slot)
        menu.addSeparator()

    # ---- backups ------------------------------------------------------------------------------

    def backup_due(self) -> bool:
        return self.store.commits != self._backed_up_commits

    def backup_in_background(self, *, even_if_unchanged: bool = False) -> bool:
        """Start a backup in a thread if something changed; whether one was started.

        The backup and its integrity check run on a connection of their own in that thread,
        SQLite letting go of Python's lock inside each step, so the window goes on meanwhile
        (benchmarks/bench_backup.py measures its longest wait). One runs at a time.
        """
        if self._worker is not None or self._restore is not None:
            return False  # one at a time; a restore backs the data up itself
        if not (even_if_unchanged or self.backup_due()):
            return False
        self._backed_up_commits = self.store.commits
        self._worker = backups.back_up_in_thread(
            self.store.path,
            lambda made, why: self.backup_finished.emit(str(made) if made else why, bool(made)),
        )
        return True

    def _backup_done(self, text: str, worked: bool) -> None:
        self._worker = None
        if worked:
            self.services.navigator.message_posted.emit(
                self.tr("Backed up to {path}").format(path=text)
            )
        else:
            self._backed_up_commits = -1  # due again: try at the next turn
            self.bar.show_problem(text)
        if self._asked_again:
            self._asked_again = False
            self.backup_now()

    def wait_for_backup(self) -> None:
        if self._worker is not None:
            self._worker.join()
            self._worker = None

    def backup_now(self) -> bool:
        """File → Back up now: a backup at once, whether or not anything changed, in the
        background like the others; told in the status bar, or in the message bar if it
        failed. Asked while one runs, another follows it (it may have begun before a change)."""
        if self._worker is not None:
            self._asked_again = True
            return False
        self.services.navigator.message_posted.emit(self.tr("Backing up your study data…"))
        return self.backup_in_background(even_if_unchanged=True)

    # ---- restore ------------------------------------------------------------------------------

    def choose_and_restore(self) -> None:
        from studyapp.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.store.path, self.window)  # lists them in the background
        dialog.accepted.connect(lambda: self._restore_chosen(dialog.chosen()))
        dialog.open()

    def _restore_chosen(self, info: backups.BackupInfo | None) -> None:
        if info is not None:
            self.restore(info.path)

    def restore(self, backup: Path) -> bool:
        """Start restoring `backup` over the user's data; False if a restore is under way.

        The slow part runs in a worker behind a busy dialog, the window painting meanwhile
        (studyapp/ui/restoring.py). Told in the message bar either way, then
        `restore_finished`.
        """
        from studyapp.ui.restoring import Restore

        if self._restore is not None:
            return False
        self.timer.stop()  # no backup and no draft retry may start in the middle
        self.draft_timer.stop()
        keys_before = {bookmark.clause_key for bookmark in self.services.bookmarks.all()}
        self._restore = Restore(
            self.window,
            self.store,
            backup,
            lambda outcome: self._restored(outcome, keys_before),
            backing_up=self._worker,
        )
        self._restore.start()
        return True

    def _restored(self, outcome: Outcome, keys_before: set[str]) -> None:
        self._restore = None
        self.timer.start()
        self.draft_timer.start()
        if isinstance(outcome, str):
            self.bar.show_problem(sentences(self.tr("The backup was not restored."), outcome))
            self.restore_finished.emit(False)
            return
        info, kept = outcome
        self._after_replacing(keys_before)
        self.bar.show_notice(
            self.tr(
                "Restored the backup of {taken} ({bookmarks}, {reviews}). Your data as it was "
                "just before is kept in {kept}."
            ).format(
                taken=f"{info.taken:%Y-%m-%d %H:%M}",
                bookmarks=self.tr("%n bookmarks", "", info.bookmarks),
                reviews=self.tr("%n reviews", "", info.reviews),
                kept=kept,
            )
        )
        self.restore_finished.emit(True)

    def _after_replacing(self, keys_before: set[str]) -> None:
        """The data was replaced under the views: undo history no longer applies; refresh."""
        service = self.services.bookmarks
        service.undo_stack.clear()
        after = {bookmark.clause_key for bookmark in service.all()}
        for key in sorted(keys_before | after):
            service.changed.emit(key)
        self._backed_up_commits = -1

    # ---- progress between computers --------------------------------------------------------

    def _progress_folder(self) -> str:
        folder = self.services.settings.value(PROGRESS_FOLDER_SETTING, str(Path.home()))
        return str(folder)

    def choose_and_export_progress(self) -> None:
        from studyapp.study.progress import device_id

        try:
            name = f"studyapp-progress-{device_id(self.store)[:8]}.json"
        except StudyAppError as error:
            self.bar.show_problem(sentences(self.tr("The progress was not exported."), str(error)))
            return
        suggested = paths.for_qt(Path(self._progress_folder()) / name)
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export progress"),
            suggested,
            self.tr("Progress (*.json);;All files (*)"),
        )
        if chosen:
            self.export_progress(paths.from_qt(chosen))

    def export_progress(self, path: Path) -> bool:
        from studyapp.study.progress import export_progress

        try:
            counts = export_progress(self.store, path)
        except StudyAppError as error:
            self.bar.show_problem(sentences(self.tr("The progress was not exported."), str(error)))
            return False
        self.services.settings.setValue(PROGRESS_FOLDER_SETTING, str(path.parent))
        self.services.navigator.message_posted.emit(
            self.tr("Exported {bookmarks} and {reviews} to {path}").format(
                bookmarks=self.tr("%n bookmarks", "", counts["bookmarks"]),
                reviews=self.tr("%n reviews", "", counts["reviews"]),
                path=path,
            )
        )
        return True

    def choose_and_import_progress(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import progress"),
            self._progress_folder(),
            self.tr("Progress (*.json);;All files (*)"),
        )
        if chosen:
            self.import_progress(paths.from_qt(chosen))

    def import_progress(self, path: Path) -> bool:
        """Merge a progress file; what it merged, or why not, in the message bar."""
        from studyapp.study.progress import import_progress

        before = {bookmark.clause_key for bookmark in self.services.bookmarks.all()}
        try:
            summary = import_progress(self.store, path)
        except StudyAppError as error:
            self.bar.show_problem(sentences(self.tr("Nothing was imported."), str(error)))
            return False
        service = self.services.bookmarks
        for key in sorted(before | {bookmark.clause_key for bookmark in service.all()}):
            service.changed.emit(key)
        self.services.settings.setValue(PROGRESS_FOLDER_SETTING, str(path.parent))
        self.bar.show_notice(
            self.tr("Merged {name}: {summary}.").format(name=path.name, summary=summary.describe())
        )
        return True

    # ---- closing ------------------------------------------------------------------------------

    def finish(self) -> None:
        """Before the store closes (the window was closed, or a signal asked to quit)."""
        self.timer.stop()
        self.draft_timer.stop()
        self.wait_for_backup()
        if self.backup_due():
            _say_on_failure(lambda: backups.back_up(self.store.path))
        self._report_drafts_left()
        # The window is going: the terminal is the last place to tell a failed settings write.
        problem = self.services.settings.save()
        if problem is not None:
            print(f"studyapp: {problem}", file=sys.stderr)

    def _report_drafts_left(self) -> None:
        left = self.services.bookmarks.drafts
        if not left:
            return
        folder = self.store.path.parent
        kept = next((p for p in drafts.draft_paths(folder) if p.exists()), None)
        if kept is not None:
            print(
                "studyapp: "
                + self.tr(
                    "%n notes could not be saved; they are kept in {path} and offered again at "
                    "the next start.",
                    "",
                    len(left),
                ).format(path=kept),
                file=sys.stderr,
            )
            return
        # Nowhere on disk would take them: the terminal is the last place to keep the words.
        print(
            "studyapp: " + self.tr("%n notes could not be saved anywhere:", "", len(left)),
            file=sys.stderr,
        )
        for key, note in left.items():
            print(f"--- {key}\n{note}", file=sys.stderr)


def _any_backup(store_path: Path) -> bool:
    folder = backups.backup_folder(store_path)
    return folder.is_dir() and any(folder.glob("backup-*.sqlite"))


def _holds_data(store: UserStore) -> bool:
    row = store.connection.execute(
        "SELECT EXISTS (SELECT 1 FROM bookmark) OR EXISTS (SELECT 1 FROM review_log)"
    ).fetchone()
    return bool(row[0])


def _say_on_failure(work: Callable[[], object]) -> None:
    try:
        work()
    except StudyAppError as error:
        print(f"studyapp: {error}", file=sys.stderr)
