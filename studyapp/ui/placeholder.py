"""A view that is planned but not built yet says so plainly instead of showing nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from studyapp.ui.services import Services


class PlaceholderView(QWidget):
    def __init__(self, services: Services, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        label = QLabel(f"<h2>{title}</h2><p>This view is coming in a later release.</p>")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(f"{title} (not available yet)")
        layout = QVBoxLayout(self)
        layout.addWidget(label)

    def view_actions(self) -> list[QAction]:
        return []
