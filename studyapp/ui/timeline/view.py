"""The Timeline view: the timeline widget, its toolbar and a details pane for the selection."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from studyapp.content import timeline_queries
from studyapp.content.records import EventRecord
from studyapp.content.timeline_queries import TimelineItem
from studyapp.errors import StudyAppError
from studyapp.ui.actions import view_action
from studyapp.ui.services import ItemKind, Services
from studyapp.ui.shared import links
from studyapp.ui.shared.content_language import ContentLanguage, ContentLanguageButton
from studyapp.ui.shared.image_file import ExportError
from studyapp.ui.shared.operation import Operation
from studyapp.ui.timeline import describe
from studyapp.ui.timeline.axis import CALENDARS, GREGORIAN
from studyapp.ui.timeline.canvas import TimelineCanvas
from studyapp.ui.timeline.dates import calendar_name
from studyapp.ui.timeline.details import DetailsPane, share_height
from studyapp.ui.timeline.kinds import (
    KindsButton,
    band_icon,
    bar_icon,
    diamond_icon,
    dot_icon,
)
from studyapp.ui.timeline.reading import TimelineReader
from studyapp.wording import name

if TYPE_CHECKING:
    # Exporting is loaded when first asked for, as is Go to date: the first paint needs neither.
    from studyapp.ui.timeline.export import ExportOptions

# Up to this many bookmarks, their agreements are counted at once (a query or two); more
# are counted in a worker thread.
BOOKMARKS_COUNTED_AT_ONCE = 2000


class TimelineView(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setAccessibleName(self.tr("Timeline view"))
        self.canvas = TimelineCanvas(self)
        self.details = DetailsPane(self)
        self.details.anchorClicked.connect(self._link_clicked)
        self.details.installEventFilter(self)
        self._details_hidden = False
        self._dragged = False  # the user set the pane's height: keep it, until Fit all

        self.export_action = view_action(
            self, self.tr("&Export image…"), ["Ctrl+E"], self.export_with_dialog
        )
        self.details_action = view_action(
            self, self.tr("Show &details pane"), ["Ctrl+I"], self._details_toggled
        )
        self.details_action.setCheckable(True)
        self.details_action.setChecked(True)
        self.goto_action, self.map_action = (
            view_action(self, self.tr("&Go to date…"), ["Ctrl+G"], self.ask_for_date),
            view_action(self, self.tr("Show on &map"), ["Ctrl+M"], self.show_on_map),
        )
        self.kinds_button = KindsButton(self)
        self.kinds_button.hidden_changed.connect(
            lambda: self.canvas.set_hidden_kinds(self.kinds_button.hidden_kinds())
        )

        self.calendar_box = QComboBox(self)
        self.calendar_box.setAccessibleName(self.tr("Calendar for the axis and dates"))
        for calendar in CALENDARS:
            self.calendar_box.addItem(calendar_name(calendar), calendar)
        self.calendar_box.setCurrentIndex(max(self.calendar_box.findData(GREGORIAN), 0))
        self.canvas.set_calendar(self.calendar())
        self.calendar_box.currentIndexChanged.connect(self._calendar_chosen)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._toolbar())
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setAccessibleName(self.tr("Timeline and details"))
        self.splitter.addWidget(self.canvas)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self.splitter.splitterMoved.connect(self._splitter_dragged)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.canvas)
        self._arrange_soon = QTimer(self, singleShot=True, interval=0)
        self.canvas.room_for_lanes = self._room_for_lanes
        # A fitted view fits again once a resize has settled (the lanes' room is known then).
        self._refit_soon = QTimer(self, singleShot=True, interval=0)
        self._refit_soon.timeout.connect(self.canvas.refit)
        self._arrange_soon.timeout.connect(self.arrange)

        self.canvas.item_selected.connect(self._show_details)
        self.canvas.item_opened.connect(self._open)
        self.canvas.view_moved.connect(self._arrange_soon.start)
        self.canvas.actions_by_name["fit_all"].triggered.connect(self._fit_pressed)
        services.bookmarks.changed.connect(self._refresh_bookmarks)
        self._bookmark_counting = 0  # the latest count of bookmarks asked for
        self._read_content()
        self._fill_legend()
        self._refresh_bookmarks()

    def _read_content(self) -> None:
        """The dates, eras and kinds; the items themselves are read as they are shown."""
        try:
            self.canvas.set_reader(TimelineReader(self.services.database.read))
        except StudyAppError as error:  # a damaged database: said, and an empty timeline
            self.services.navigator.message_posted.emit(str(error))

    def _toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.tr("Timeline tools"), self)
        toolbar.setAccessibleName(self.tr("Timeline tools"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        actions = self.canvas.actions_by_name
        for action in (actions["zoom_in"], actions["zoom_out"], actions["fit_all"]):
            toolbar.addAction(action)
        toolbar.addAction(self.goto_action)
        toolbar.addSeparator()
        toolbar.addWidget(self.kinds_button)
        toolbar.addAction(self.export_action)
        toolbar.addSeparator()
        label = QLabel(self.tr("Calendar:"), toolbar)
        label.setContentsMargins(8, 0, 4, 0)  # apart from the button before it
        label.setBuddy(self.calendar_box)
        toolbar.addWidget(label)
        toolbar.addWidget(self.calendar_box)
        # The details pane's text in the other language: its control heads the view.
        toolbar.addSeparator()
        self.content_language = ContentLanguage.of(self.services.settings)
        self.content_language.changed.connect(self._content_language_changed)
        toolbar.addWidget(ContentLanguageButton(self.content_language, toolbar))
        self.calendar_actions = self._make_calendar_actions()
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
            self.goto_action,
            self.details_action,
            *self.calendar_actions,
            self.map_action,
        ]

    def show_on_map(self) -> None:
        """Open the Map at the selected agreement (events are not on the map)."""
        key = self.canvas.selected
        if key and key in self.services.index.agreements:
            self.services.navigator.open(ItemKind.MAP, key)
        else:
            self.services.navigator.message_posted.emit(
                self.tr("Select an agreement to see it on the map")
            )

    def open_item(self, kind: ItemKind, key: str) -> None:
        self.show_event(key)

    def saved_state(self) -> dict[str, str]:
        hidden = ",".join(sorted(self.canvas.hidden_kinds))
        return {"calendar": self.calendar(), "hidden_kinds": hidden}

    def restore_state(self, state: Mapping[str, str]) -> None:
        row = self.calendar_box.findData(state.get("calendar", GREGORIAN))
        if row >= 0:
            self.calendar_box.setCurrentIndex(row)
        hidden = {kind for kind in state.get("hidden_kinds", "").split(",") if kind}
        self.kinds_button.set_hidden_kinds(hidden & set(self.canvas.kinds))

    # ---- legend, filter, go to -------------------------------------------------------------

    def _fill_legend(self) -> None:
        colours, size = self.canvas.colours, self.fontMetrics().height()
        marks = [
            (diamond_icon(colours.agreement, size), self.tr("Agreement (Enter opens its text)")),
            (dot_icon(colours.star, size), self.tr("★ after an agreement: clauses you bookmarked")),
            (bar_icon(colours.span, size), self.tr("Bar under an event: how long it lasted")),
            (
                band_icon(colours.period_layers[0], colours.period_edge, size),
                self.tr("War, revolution"),
            ),
        ]
        kinds = [
            (kind, dot_icon(self.canvas.kind_colours.get(kind) or colours.marker, size))
            for kind in self.canvas.kinds
        ]
        self.kinds_button.set_legend(marks, kinds)

    def ask_for_date(self) -> None:
        text, chosen = QInputDialog.getText(
            self,
            self.tr("Go to date"),
            self.tr(
                "A year, a month or a day (1910, July 1910, 4 July 1910), or an era year "
                "(Taishō 3, 大正3年):"
            ),
        )
        if chosen:
            self.go_to(text)

    def go_to(self, text: str) -> bool:
        """Show the days `text` names; say so in the status bar if it names none."""
        from studyapp.ui.timeline.goto import read_stretch  # and the date parser, when asked

        stretch = read_stretch(text, self.calendar())
        if stretch is None:
            self.services.navigator.message_posted.emit(
                self.tr("Not a date the timeline reads: {text}").format(text=text)
            )
            return False
        self.canvas.show_stretch(stretch.first.toordinal(), stretch.last.toordinal())
        self.canvas.setFocus()
        self.services.navigator.message_posted.emit(
            self.tr("Showing {text}").format(text=text.strip())
        )
        return True

    def _make_calendar_actions(self) -> list[QAction]:
        """The calendar choice in the menu too: Dates in Gregorian, Julian or era years."""
        # Tab from the toolbar's calendar goes on to the timeline, then its details.
        QWidget.setTabOrder(self.calendar_box, self.canvas)
        QWidget.setTabOrder(self.canvas, self.details)
        group = QActionGroup(self)
        actions = []
        for calendar in CALENDARS:
            name = calendar_name(calendar)
            action = QAction(self.tr("Dates in the {name} calendar").format(name=name), self)
            action.setCheckable(True)
            action.setChecked(calendar == self.calendar())
            action.triggered.connect(
                lambda _=False, c=calendar: self.calendar_box.setCurrentIndex(
                    self.calendar_box.findData(c)
                )
            )
            group.addAction(action)
            actions.append(action)
        self.calendar_box.currentIndexChanged.connect(lambda index: actions[index].setChecked(True))
        return actions

    def _item(self, key: str) -> TimelineItem | None:
        """The item `key`: as laid out, or read by key."""
        entry = self.canvas.model.entry(key)
        if entry is not None:
            return entry.record
        if self.canvas.selected_item is not None and self.canvas.selected_item.key == key:
            return self.canvas.selected_item
        return self.canvas.reader.item(key) if self.canvas.reader is not None else None

    def show_event(self, key: str) -> None:
        """Select the event (or agreement), centre it and show its details."""
        item = self._item(key)
        if item is None:
            self.services.navigator.message_posted.emit(
                self.tr("No timeline item {key}").format(key=repr(key))
            )
            return
        self.canvas.centre_on(item.day)  # the dates there are read before it is selected
        self.canvas.select(key, item=item)
        self._show_details(key)
        self.canvas.setFocus()

    def calendar(self) -> str:
        return str(self.calendar_box.currentData())

    # ---- reactions -------------------------------------------------------------------------

    def _calendar_chosen(self) -> None:
        self.canvas.set_calendar(self.calendar())
        self._show_details(self.canvas.selected or "")

    def _content_language_changed(self) -> None:
        self._show_details(self.canvas.selected or "")

    def _show_details(self, key: str) -> None:
        """The selected item whole: its prose and sources read by key, now; in the pane's
        content language."""
        item = self._item(key) if key else None
        agreement = self.services.index.agreements.get(key) if item and item.is_agreement else None
        event = self._event(key) if item and not item.is_agreement else None
        language = self.content_language.language()
        if agreement is not None:
            count = self.canvas.bookmarked.get(key, 0)
            self.details.setHtml(
                describe.agreement_details(agreement, self.calendar(), count, language)
            )
        elif event is not None:
            people_keys = self.services.database.read(
                lambda connection: timeline_queries.people_named(connection, "event", key)
            )
            people = [
                self.services.index.people[person]
                for person in people_keys
                if person in self.services.index.people
            ]
            self.details.setHtml(describe.event_details(event, self.calendar(), people, language))
        else:
            self.details.setHtml(describe.placeholder(language))
        self._arrange_soon.start()

    def _event(self, key: str) -> EventRecord | None:
        try:
            return self.services.database.read(
                lambda connection: timeline_queries.event_record(connection, key)
            )
        except StudyAppError as error:
            self.services.navigator.message_posted.emit(str(error))
            return None

    def _open(self, key: str) -> None:
        """Enter or a double-click: an agreement opens in its view, an event in the pane,
        which takes the focus (Escape gives it back to the timeline)."""
        item = self._item(key)
        if item is None:
            return
        if item.is_agreement:
            self.services.navigator.open(ItemKind.AGREEMENT, key)
            return
        self._show_details(key)
        self.set_details_shown(True)
        self.arrange()
        self.details.setFocus(Qt.FocusReason.OtherFocusReason)
        self.services.navigator.message_posted.emit(
            self.tr("{title}: details below (Esc returns to the timeline)").format(title=name(item))
        )

    # ---- the details pane ------------------------------------------------------------------

    def set_details_shown(self, shown: bool) -> None:
        self._details_hidden = not shown
        self._dragged = False
        self.details_action.setChecked(shown)
        self.arrange()

    def _details_toggled(self) -> None:
        self.set_details_shown(self.details_action.isChecked())

    def _splitter_dragged(self) -> None:
        hidden = self.splitter.sizes()[1] == 0
        self._dragged = not hidden
        if hidden != self._details_hidden:
            self._details_hidden = hidden
            self.details_action.setChecked(not hidden)

    def _fit_pressed(self) -> None:
        """Fit all shares the height again, whatever height the pane was dragged to."""
        self._dragged = False
        self.arrange()

    def _room_for_lanes(self) -> float:
        """The timeline's height once the details pane is as small as it goes."""
        total = sum(self.splitter.sizes()) or self.canvas.height()
        return float(total - (0 if self._details_hidden else self.details.least_height()))

    def arrange(self) -> None:
        """Share the height: the timeline's lanes first, the details what their text needs."""
        total = sum(self.splitter.sizes())
        if total <= 0 or (self._dragged and not self._details_hidden):
            return
        if self._details_hidden:
            sizes = [total, 0]
        else:
            width = self.splitter.width() - 2 * self.details.frameWidth()
            sizes = list(
                share_height(
                    total,
                    self.canvas.needed_height(),
                    self.details.needed_height(width),
                    self.details.least_height(),
                )
            )
        if sizes != self.splitter.sizes():
            self.splitter.setSizes(sizes)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._arrange_soon.start()
        self._refit_soon.start()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            QTimer.singleShot(0, self, self._fill_legend)  # once the canvas has new colours

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (
            watched is self.details
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _link_clicked(self, url: QUrl) -> None:
        text = url.toString()
        target = links.parse_link(text)
        if text.startswith(describe.AGREEMENT_LINK):
            key = text[len(describe.AGREEMENT_LINK) :]
            self.services.navigator.open(ItemKind.AGREEMENT, key)
        elif target is not None and target[0] == links.PERSON:
            self.services.navigator.open(ItemKind.PERSON, target[1])
        elif target is None:
            QDesktopServices.openUrl(url)

    def _refresh_bookmarks(self, _clause_key: str = "") -> None:
        """Star the agreements with bookmarked clauses. Many bookmarks are counted off the UI
        thread (the stars come a moment later), so that they never hold up the first paint."""
        keys = self.services.bookmarks.keys()
        index = self.services.index
        self._bookmark_counting += 1
        counting = self._bookmark_counting
        if len(keys) <= BOOKMARKS_COUNTED_AT_ONCE:
            self._bookmarks_counted(counting, index.clauses_per_agreement(keys))
            return
        Operation(
            self,
            lambda _progress: index.clauses_per_agreement(keys),
            on_success=lambda counts: self._bookmarks_counted(counting, counts),
            on_failure=self.services.navigator.message_posted.emit,
            what=self.tr("Counting the bookmarks"),
        ).start()

    def _bookmarks_counted(self, counting: int, counts: dict[str, int]) -> None:
        if counting != self._bookmark_counting:
            return  # a later change is being counted
        self.canvas.set_bookmarked(counts)
        if self.canvas.selected:
            self._show_details(self.canvas.selected)

    # ---- export ----------------------------------------------------------------------------

    def export_to(self, path: Path | str, options: ExportOptions | None = None) -> bool:
        """Write the timeline to `path` (PNG, or SVG by suffix) with a progress bar; report
        the outcome in the status bar. A failure is a message, never an exception."""
        from studyapp.ui.timeline.export import ExportOptions

        return self._export(Path(path), options or ExportOptions()) is None

    def export_with_dialog(self) -> None:
        from studyapp.ui.timeline.export_dialog import ExportDialog

        dialog = ExportDialog(self.services.settings, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        error = self._export(dialog.path(), dialog.options())
        stopped = QCoreApplication.translate(
            "TimelineExport", "The export was stopped; nothing was written"
        )
        if error is not None and not error.startswith(stopped):
            QMessageBox.warning(
                self,
                self.tr("Export image"),
                self.tr("The image was not saved.\n\n{error}").format(error=error),
            )

    def _export(self, path: Path, options: ExportOptions) -> str | None:
        from studyapp.ui.timeline.export import export_image
        from studyapp.ui.timeline.export_dialog import remember_folder

        progress = QProgressDialog(
            self.tr("Exporting the timeline…"), self.tr("Stop"), 0, 100, self
        )
        progress.setWindowTitle(self.tr("Export image"))
        progress.setMinimumDuration(400)  # only an export that takes a while shows it

        def advance(done: int, total: int) -> bool:
            progress.setValue(round(100 * done / max(total, 1)))
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            size = export_image(self.canvas, path, options, advance)
        except ExportError as error:
            self.services.navigator.message_posted.emit(str(error))
            return str(error)
        finally:
            progress.reset()
            progress.deleteLater()
        remember_folder(self.services.settings, path)
        self.services.navigator.message_posted.emit(
            self.tr("Exported the timeline to {path} ({width} × {height} at 96 dpi)").format(
                path=path, width=size.width(), height=size.height()
            )
        )
        return None
