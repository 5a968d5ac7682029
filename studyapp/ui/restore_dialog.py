"""File → Restore from backup…: the backups with their dates and what each holds; one is
chosen and restored (the data as it is now is backed up first)."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from studyapp.userdata.backups import BackupInfo

INTRO = QT_TRANSLATE_NOOP(
    "RestoreDialog",
    "Choose a backup to bring back. Your study data as it is now is backed up first, so a "
    "restore can itself be undone by restoring that backup.",
)


class RestoreDialog(QDialog):
    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setAccessibleName(self.tr("Restore from backup"))
        self.backups = backups
        intro = QLabel(self.tr(INTRO) if backups else self.tr("There are no backups yet."), self)
        intro.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Bookmarks"), self.tr("Reviews")])
        self.items: list[QTreeWidgetItem] = []
        for info in backups:
            item = QTreeWidgetItem(
                [info.taken.strftime("%Y-%m-%d %H:%M:%S"), str(info.bookmarks), str(info.reviews)]
            )
            for column in (1, 2):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            item.setToolTip(0, str(info.path))
            self.list.addTopLevelItem(item)
            self.items.append(item)
        self.list.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName(self.tr("Restore the chosen backup"))
        self.restore_button.setEnabled(bool(backups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item, _column: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        if backups:
            self.list.setCurrentItem(self.items[0])
        self.list.setFocus()
        self.resize(520, 360)

    def chosen(self) -> BackupInfo | None:
        current = self.list.currentItem()
        if current is None or current not in self.items:
            return None
        return self.backups[self.items.index(current)]
