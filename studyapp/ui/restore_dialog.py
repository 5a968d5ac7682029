"""File → Restore from backup…: the backups with their dates and what each holds; one is
chosen and restored (the data as it is now is backed up first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studyapp.i18n import QT_TRANSLATE_NOOP
from studyapp.ui.shared.operation import Operation
from studyapp.userdata.backups import BackupInfo, list_backups

INTRO = QT_TRANSLATE_NOOP(
    "RestoreDialog",
    "Choose a backup to bring back. Your study data as it is now is backed up first, so a "
    "restore can itself be undone by restoring that backup.",
)


class RestoreDialog(QDialog):
    """Opens at once; the backups are read in a worker (each is a file to open) and listed
    when that is done, `listed` emitted then."""

    listed = Signal()

    def __init__(self, store_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setAccessibleName(self.tr("Restore from backup"))
        self.backups: list[BackupInfo] = []
        self.intro = QLabel(self.tr("Reading the backups…"), self)
        self.intro.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Bookmarks"), self.tr("Reviews")])
        self.items: list[QTreeWidgetItem] = []
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName(self.tr("Restore the chosen backup"))
        self.restore_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item, _column: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.setFocus()
        self.resize(520, 360)
        Operation(
            self,
            lambda _progress: list_backups(store_path),
            on_success=self._show,
            on_failure=self._not_read,
            what=self.tr("Reading the backups"),
        ).start()

    def _show(self, found: list[BackupInfo]) -> None:
        self.backups = found
        self.intro.setText(self.tr(INTRO) if found else self.tr("There are no backups yet."))
        for info in found:
            item = QTreeWidgetItem(
                [info.taken.strftime("%Y-%m-%d %H:%M:%S"), str(info.bookmarks), str(info.reviews)]
            )
            for column in (1, 2):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            item.setToolTip(0, str(info.path))
            self.list.addTopLevelItem(item)
            self.items.append(item)
        self.list.resizeColumnToContents(0)
        self.restore_button.setEnabled(bool(found))
        if found:
            self.list.setCurrentItem(self.items[0])
        self.listed.emit()

    def _not_read(self, text: str) -> None:
        self.intro.setText(text)
        self.listed.emit()

    def chosen(self) -> BackupInfo | None:
        current = self.list.currentItem()
        if current is None or current not in self.items:
            return None
        return self.backups[self.items.index(current)]
