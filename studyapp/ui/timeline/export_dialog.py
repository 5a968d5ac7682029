"""The dialog of Export image (Ctrl+E): what to export, at what resolution, to which file.

It opens in the folder of the last export (kept in the settings), and a file name without
a known suffix gets .png.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.i18n import QT_TRANSLATE_NOOP
from studyapp.ui.shared.image_file import svg_available
from studyapp.ui.timeline.export import SCREEN_DPI, ExportOptions

FOLDER_SETTING = "timeline/export_folder"
RESOLUTIONS = (
    (SCREEN_DPI, QT_TRANSLATE_NOOP("ExportDialog", "Screen (96 dpi)")),
    (150, QT_TRANSLATE_NOOP("ExportDialog", "Print (150 dpi)")),
    (300, QT_TRANSLATE_NOOP("ExportDialog", "Print (300 dpi)")),
)
SUFFIXES = (".png", ".svg")


def last_folder(settings: QSettings) -> Path:
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    folder = Path(str(settings.value(FOLDER_SETTING, pictures or str(Path.home()))))
    return folder if folder.is_dir() else Path.home()


def remember_folder(settings: QSettings, path: Path) -> None:
    settings.setValue(FOLDER_SETTING, str(path.parent))


class ExportDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the timeline"))
        self.setAccessibleName(self.tr("Export the timeline"))
        self.visible_choice = QRadioButton(self.tr("The &dates on screen"), self)
        self.whole_choice = QRadioButton(self.tr("The &whole timeline"), self)
        self.visible_choice.setChecked(True)
        self.resolution = QComboBox(self)
        self.resolution.setAccessibleName(self.tr("Resolution"))
        for dpi, name in RESOLUTIONS:
            self.resolution.addItem(QCoreApplication.translate("ExportDialog", name), dpi)
        self.path_edit = QLineEdit(str(last_folder(settings) / "timeline.png"), self)
        self.path_edit.setAccessibleName(self.tr("File to write"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        what = QVBoxLayout()
        what.addWidget(self.visible_choice)
        what.addWidget(self.whole_choice)
        form = QFormLayout()
        form.addRow(self.tr("Export:"), what)
        form.addRow(self.tr("&Resolution (PNG):"), self.resolution)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_edit)  # a row of two has no buddy of its own: & showed
        form.addRow(file_label, file_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.whole_choice.setToolTip(
            self.tr(
                "From the first item to the last. "
                "Every lane is exported, without scroll bar or selection."
            )
        )
        self.visible_choice.setToolTip(
            self.tr(
                "The dates shown now, at this zoom. "
                "Every lane is exported, without scroll bar or selection."
            )
        )

    def options(self) -> ExportOptions:
        return ExportOptions(
            whole=self.whole_choice.isChecked(), dpi=int(self.resolution.currentData())
        )

    def path(self) -> Path:
        path = Path(self.path_edit.text().strip()).expanduser()
        return path if path.suffix.lower() in SUFFIXES else path.with_suffix(".png")

    def _browse(self) -> None:
        filters = self.tr("PNG image (*.png)")
        if svg_available():
            filters += ";;" + self.tr("SVG image (*.svg)")
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the timeline"), self.path_edit.text(), filters
        )
        if path:
            self.path_edit.setText(path)
