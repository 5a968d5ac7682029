"""The dialog of Export image (Ctrl+E): what to export, at what resolution, to which file.

It opens in the folder of the last export (kept in the settings), and a file name without
a known suffix gets .png.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.ui.shared.image_file import svg_available
from studyapp.ui.timeline.export import SCREEN_DPI, ExportOptions

FOLDER_SETTING = "timeline/export_folder"
RESOLUTIONS = ((SCREEN_DPI, "Screen (96 dpi)"), (150, "Print (150 dpi)"), (300, "Print (300 dpi)"))
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
        self.setWindowTitle("Export the timeline")
        self.setAccessibleName("Export the timeline")
        self.visible_choice = QRadioButton("The &dates on screen", self)
        self.whole_choice = QRadioButton("The &whole timeline", self)
        self.visible_choice.setChecked(True)
        self.resolution = QComboBox(self)
        self.resolution.setAccessibleName("Resolution")
        for dpi, name in RESOLUTIONS:
            self.resolution.addItem(name, dpi)
        self.path_edit = QLineEdit(str(last_folder(settings) / "timeline.png"), self)
        self.path_edit.setAccessibleName("File to write")
        browse = QPushButton("&Browse…", self)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        what = QVBoxLayout()
        what.addWidget(self.visible_choice)
        what.addWidget(self.whole_choice)
        form = QFormLayout()
        form.addRow("Export:", what)
        form.addRow("&Resolution (PNG):", self.resolution)
        form.addRow("&File:", file_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        every_lane = "Every lane is exported, without scroll bar or selection."
        self.whole_choice.setToolTip(f"From the first item to the last. {every_lane}")
        self.visible_choice.setToolTip(f"The dates shown now, at this zoom. {every_lane}")

    def options(self) -> ExportOptions:
        return ExportOptions(
            whole=self.whole_choice.isChecked(), dpi=int(self.resolution.currentData())
        )

    def path(self) -> Path:
        path = Path(self.path_edit.text().strip()).expanduser()
        return path if path.suffix.lower() in SUFFIXES else path.with_suffix(".png")

    def _browse(self) -> None:
        filters = "PNG image (*.png)" + (";;SVG image (*.svg)" if svg_available() else "")
        path, _chosen = QFileDialog.getSaveFileName(
            self, "Export the timeline", self.path_edit.text(), filters
        )
        if path:
            self.path_edit.setText(path)
