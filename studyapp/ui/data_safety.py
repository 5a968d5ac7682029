"""The window's side of keeping the user's data safe: failures and notices in the message bar,
drafts offered again, automatic backups, restore, and progress export and import.

The main window makes one DataSafety once the user's data is open, adds its File menu
actions, and calls `finish()` before the store is closed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QMenu, QWidget

from studyapp.ui.message_bar import MessageBar
from studyapp.ui.services import Services
from studyapp.userdata import drafts, notices


class DataSafety(QObject):
    def __init__(self, window: QWidget, services: Services, bar: MessageBar) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.bar = bar
        self.store = services.bookmarks.store
        services.bookmarks.failed.connect(self._write_failed)
        services.navigator.problem_reported.connect(bar.show_problem)
        for text in notices.take(self.store.path.parent):
            if text != self.store.notice:
                bar.show_notice(text)
        if self.store.notice:
            bar.show_notice(self.store.notice)
        count = len(services.bookmarks.drafts)
        if count:
            bar.show_problem(
                f"{count} note{'s' if count > 1 else ''} you typed earlier could not be saved "
                "then; they are kept. Retry saves them (or open the bookmark to see the note).",
                ("&Retry", self.services.bookmarks.retry_drafts),
            )

    def _write_failed(self, text: str) -> None:
        retry = ("&Retry", self.services.bookmarks.retry_drafts)
        self.bar.show_problem(text, retry if self.services.bookmarks.drafts else None)

    def add_file_actions(self, menu: QMenu) -> None:
        """The File menu's actions on the user's data (placed before Quit)."""

    def finish(self) -> None:
        """Before the store closes (the window was closed, or a signal asked to quit)."""
        folder = self.store.path.parent
        left = self.services.bookmarks.drafts
        if left:
            kept = next((p for p in drafts.draft_paths(folder) if p.exists()), None)
            where = f"they are kept in {kept}" if kept else "they could not be kept on disk"
            print(
                f"studyapp: {len(left)} note(s) could not be saved; {where} and are offered "
                "again at the next start.",
                file=sys.stderr,
            )
        settings = self.services.settings
        if settings.status() != QSettings.Status.NoError:
            print(
                f"studyapp: the window's settings could not be saved to {settings.fileName()}.",
                file=sys.stderr,
            )
