"""The Timeline view: the timeline widget, its toolbar and a details pane for the selection."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from studyapp.content.records import AgreementRecord
from studyapp.ui.actions import view_action
from studyapp.ui.services import ItemKind, Services
from studyapp.ui.timeline import describe
from studyapp.ui.timeline.axis import CALENDARS, GREGORIAN
from studyapp.ui.timeline.canvas import TimelineCanvas
from studyapp.ui.timeline.dates import CALENDAR_NAMES
from studyapp.ui.timeline.export import ExportError, export_image, svg_available


class TimelineView(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setAccessibleName("Timeline view")
        self.canvas = TimelineCanvas(self)
        self.details = QTextBrowser(self)
        self.details.setAccessibleName("Details of the selected timeline item")
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._link_clicked)
        self.details.setHtml(describe.PLACEHOLDER)

        self.export_action = view_action(
            self, "&Export image…", ["Ctrl+E"], self.export_with_dialog
        )

        self.calendar_box = QComboBox(self)
        self.calendar_box.setAccessibleName("Calendar for the axis and dates")
        for calendar in CALENDARS:
            self.calendar_box.addItem(CALENDAR_NAMES[calendar], calendar)
        self.calendar_box.setCurrentIndex(max(self.calendar_box.findData(GREGORIAN), 0))
        self.canvas.set_calendar(self.calendar())
        self.calendar_box.currentIndexChanged.connect(self._calendar_chosen)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._toolbar())
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setAccessibleName("Timeline and details")
        self.splitter.addWidget(self.canvas)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([600, 140])
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.canvas)

        self.canvas.item_selected.connect(self._show_details)
        self.canvas.item_opened.connect(self._open)
        services.bookmarks.changed.connect(self._refresh_bookmarks)
        content = services.index.content
        self.canvas.set_records(content.agreements, content.events, content.eras)
        self._refresh_bookmarks()

    def _toolbar(self) -> QToolBar:
        toolbar = QToolBar("Timeline tools", self)
        toolbar.setAccessibleName("Timeline tools")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        actions = self.canvas.actions_by_name
        for action in (actions["zoom_in"], actions["zoom_out"], actions["fit_all"]):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.export_action)
        toolbar.addSeparator()
        label = QLabel("  Calendar: ", toolbar)
        label.setBuddy(self.calendar_box)
        toolbar.addWidget(label)
        toolbar.addWidget(self.calendar_box)
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if button is not None and action.text():
                button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
                keys = action.shortcut().toString()
                button.setToolTip(f"{action.text().replace('&', '')} ({keys})")
        return toolbar

    # ---- what the main window calls --------------------------------------------------------

    def view_actions(self) -> list[QAction]:
        actions = self.canvas.actions_by_name
        return [
            actions["zoom_in"],
            actions["zoom_out"],
            actions["fit_all"],
            self.export_action,
            actions["previous"],
            actions["next"],
            actions["open"],
        ]

    def open_item(self, kind: ItemKind, key: str) -> None:
        self.show_event(key)

    def saved_state(self) -> dict[str, str]:
        return {"calendar": self.calendar()}

    def restore_state(self, state: Mapping[str, str]) -> None:
        row = self.calendar_box.findData(state.get("calendar", GREGORIAN))
        if row >= 0:
            self.calendar_box.setCurrentIndex(row)

    def show_event(self, key: str) -> None:
        """Select the event (or agreement), centre it and show its details."""
        entry = self.canvas.model.entry(key)
        if entry is None:
            self.services.navigator.message_posted.emit(f"No timeline item {key!r}")
            return
        self.canvas.select(key)
        self.canvas.centre_on(self.canvas.model.item_of(entry).start)
        self._show_details(key)
        self.canvas.setFocus()

    def calendar(self) -> str:
        return str(self.calendar_box.currentData())

    # ---- reactions -------------------------------------------------------------------------

    def _calendar_chosen(self) -> None:
        self.canvas.set_calendar(self.calendar())
        self._show_details(self.canvas.selected or "")

    def _show_details(self, key: str) -> None:
        entry = self.canvas.model.entry(key) if key else None
        if entry is None:
            self.details.setHtml(describe.PLACEHOLDER)
            return
        record = entry.record
        if isinstance(record, AgreementRecord):
            count = self.canvas.bookmarked.get(record.key, 0)
            self.details.setHtml(describe.agreement_details(record, self.calendar(), count))
        else:
            self.details.setHtml(describe.event_details(record, self.calendar()))

    def _open(self, key: str) -> None:
        entry = self.canvas.model.entry(key)
        if entry is None:
            return
        if entry.is_agreement:
            self.services.navigator.open(ItemKind.AGREEMENT, key)
            return
        self._show_details(key)
        if self.splitter.sizes()[1] == 0:  # the pane was collapsed: open it again
            self.splitter.setSizes([max(self.splitter.sizes()[0] - 150, 100), 150])

    def _link_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith(describe.AGREEMENT_LINK):
            key = text[len(describe.AGREEMENT_LINK) :]
            self.services.navigator.open(ItemKind.AGREEMENT, key)
        else:
            QDesktopServices.openUrl(url)

    def _refresh_bookmarks(self, _clause_key: str = "") -> None:
        clauses = self.services.index.clauses
        counts = Counter(
            clauses[bookmark.clause_key].agreement_key
            for bookmark in self.services.bookmarks.all()
            if bookmark.clause_key in clauses
        )
        self.canvas.set_bookmarked(dict(counts))
        if self.canvas.selected:
            self._show_details(self.canvas.selected)

    # ---- export ----------------------------------------------------------------------------

    def export_to(self, path: Path | str) -> bool:
        """Write the visible timeline to `path` (PNG, or SVG by suffix); report the outcome
        in the status bar. A failure is a message, never an exception."""
        return self._export(path) is None

    def export_with_dialog(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        filters = "PNG image (*.png)" + (";;SVG image (*.svg)" if svg_available() else "")
        path, _chosen = QFileDialog.getSaveFileName(
            self, "Export the visible timeline", str(Path(folder) / "timeline.png"), filters
        )
        if path and (error := self._export(path)) is not None:
            QMessageBox.warning(self, "Export image", f"The image was not saved.\n\n{error}")

    def _export(self, path: Path | str) -> str | None:
        try:
            export_image(self.canvas, path)
        except ExportError as error:
            self.services.navigator.message_posted.emit(str(error))
            return str(error)
        self.services.navigator.message_posted.emit(f"Exported the timeline to {path}")
        return None
