"""The main window: one tab per view, menus and shortcuts for every action, a status bar.

It paints an empty frame first and loads the content on the next turn of the event loop
(see app.py), building each view only when it is first shown.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from studyapp.errors import StudyAppError
from studyapp.i18n import QT_TRANSLATE_NOOP, with_number_text
from studyapp.imports import plain_imports
from studyapp.memory import freeze_long_lived
from studyapp.ui import window_fit
from studyapp.ui.message_bar import MessageBar
from studyapp.ui.services import ItemKind
from studyapp.ui.shared import accessibility
from studyapp.ui.shared.announce import announce
from studyapp.ui.shared.content_language import ContentLanguage, add_content_language_action
from studyapp.ui.shared.mnemonic import without_mnemonic
from studyapp.ui.views import (
    OWNERS,
    VIEWS,
    WINDOW_COMMANDS,
    View,
    ViewSpec,
    spec_named,
    translated,
    view_title,
)

if TYPE_CHECKING:
    from studyapp.content.catalogue import ContentCatalogue
    from studyapp.content.lazy_database import LazyContentDatabase
    from studyapp.content.read_server import ReadServer
    from studyapp.ui.data_safety import DataSafety
    from studyapp.ui.search.panel import SearchPanel
    from studyapp.ui.services import Services
    from studyapp.userdata.store import UserStore

# The application's display name too (app.py), so Qt does not append it to the title again.
APP_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Russo-Japanese Agreements — 日露協約")
# After the content is shown, how long before the search machinery is loaded in the background.
WARM_UP_DELAY_MS = 300


class MainWindow(QMainWindow):
    first_painted = Signal()
    content_painted = Signal()
    view_changed = Signal(str)  # the name of the view now shown

    def __init__(self) -> None:
        super().__init__()
        # Answers the first reads, if start-up forked one (take_read_server).
        self._read_server: ReadServer | None = None
        accessibility.install()  # palette, focus ring, painted widgets' children: once per app
        self.setWindowTitle(self.tr(APP_TITLE))
        window_fit.place_first(self)
        self.services: Services | None = None
        self.user_store: UserStore | None = None
        self.database: LazyContentDatabase | None = None
        self.notice: str | None = None
        self.data_safety: DataSafety | None = None
        self.views: dict[str, QWidget] = {}
        self._contracts: dict[str, View] = {}  # the same views, as the window may use them
        self.retired_views: list[QWidget] = []  # views of a language no longer in use
        self.search_panel: SearchPanel | None = None
        self._painted_once = False
        self._content_announced = False
        self._fitted_to_frame = False
        self._retranslation_due = False
        self._menu_actions: list[QAction] = []  # the window's own, made again in a new language

        self.tabs = QTabBar(self)
        self.tabs.setAccessibleName(self.tr("Views"))
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        for spec in VIEWS:
            self.tabs.addTab(without_mnemonic(view_title(spec)))
        self.stack = QStackedWidget(self)
        self.stack.setAccessibleName(self.tr("Current view"))
        self.loading_label = QLabel(self.tr("Loading the agreements…"), self)
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading_label)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs)
        self.message_bar = MessageBar(central)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status_label = QLabel(self.tr("Loading…"))
        self.statusBar().addWidget(self.status_label, 1)
        self.stack.installEventFilter(self)
        self.loading_label.installEventFilter(self)

    # ---- start-up -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            if not self._painted_once:
                self._painted_once = True
                self.first_painted.emit()
            elif self.services is not None and not self._content_announced:
                self._content_announced = True
                self.content_painted.emit()
                if not self.notice:  # counted after this paint: SQL COUNTs grow with the content
                    QTimer.singleShot(0, self._show_counts)
                QTimer.singleShot(WARM_UP_DELAY_MS, self.warm_up)
        return super().eventFilter(watched, event)

    def warm_up(self) -> None:
        """Import what search needs and open the database, while the user takes in the view.

        Doing it now spares the first Ctrl+F that wait. A database that fails to open is left
        for the search to report.
        """
        if self.database is None:
            return
        with plain_imports():
            # Opened first: that stops the read server before this process grows.
            with contextlib.suppress(StudyAppError):
                self.database.open()
            import studyapp.content.search  # noqa: F401 (imported for the search panel)

    def take_read_server(self, server: ReadServer | None) -> None:
        """Let `server` (forked before Qt, content/read_server.py) answer the reads of
        load() and of the first view, until the database is opened here."""
        self._read_server = server

    def peak_with_helpers_kib(self) -> int:
        """The peak memory of the app, with its read server's while that ran, in KiB."""
        from studyapp.memory import peak_rss_kib

        with_server = self.database.peak_with_server_kib if self.database else 0
        return max(peak_rss_kib(), with_server)

    def load(self) -> None:
        """Open the content database (checked, not read) and the user's data; the first
        view reads what it shows itself.

        Raises StudyAppError if either fails. SQLAlchemy is imported here, after the first
        paint: it costs more than Qt's start. Everything imported meanwhile, SQLAlchemy's own
        lazy imports included, skips PySide6's import hook (see studyapp/imports.py).
        """
        with plain_imports():
            self._load()

    def _load(self) -> None:
        from studyapp import paths
        from studyapp.content.catalogue import ContentCatalogue
        from studyapp.content.lazy_database import LazyContentDatabase
        from studyapp.ui.services import BookmarkService, Navigator, Services
        from studyapp.ui.settings import SETTINGS_FILE, Settings
        from studyapp.userdata.store import UserStore

        self.database = LazyContentDatabase(paths.content_db_path(), self._read_server)
        self._read_server = None
        self.database.check()
        self.setWindowIcon(QIcon(str(paths.icon_path())))
        index = ContentCatalogue(self.database.read)
        self.user_store = UserStore.open(paths.user_db_path())
        self.notice = self.user_store.notice
        settings = Settings(paths.user_data_dir() / SETTINGS_FILE)
        self.services = Services(
            index=index,
            database=self.database,
            bookmarks=BookmarkService(self.user_store, self),
            navigator=Navigator(self),
            settings=settings,
        )
        from studyapp.ui.data_safety import DataSafety

        self.data_safety = DataSafety(self, self.services, self.message_bar)
        self._build_menus()
        self._connect_navigation()
        self.tabs.currentChanged.connect(self._show_view_at)
        self._restore_state()
        if self.notice:
            self.status_label.setText(self.notice)
        # What start-up made lives as long as the app: later collections need not walk it.
        freeze_long_lived()
        # Paint again so content_painted fires once the first view is on screen.
        self.stack.update()

    def _show_counts(self) -> None:
        if self.services is not None:
            self.status_label.setText(self._content_counts())

    def _content_counts(self) -> str:
        assert self.services is not None
        counts = self.services.index.counts()  # SQL COUNTs, no rows read
        return self.tr("{agreements}, {clauses}, {events}, {terms}").format(
            agreements=with_number_text(
                self.tr("%n agreements", "", counts.agreements), counts.agreements
            ),
            clauses=with_number_text(self.tr("%n clauses", "", counts.clauses), counts.clauses),
            events=with_number_text(self.tr("%n events", "", counts.events), counts.events),
            terms=with_number_text(self.tr("%n terms", "", counts.terms), counts.terms),
        )

    @property
    def content_index(self) -> ContentCatalogue | None:
        return self.services.index if self.services else None

    def summary(self) -> str:
        if self.services is None:
            return "no content"
        counts = self.services.index.counts()
        view = self.current_view_name()
        return f"{counts.agreements} agreements, {counts.clauses} clauses, view {view}"

    # ---- views ----------------------------------------------------------------------------

    def current_view_name(self) -> str:
        return VIEWS[self.tabs.currentIndex()].name

    def view(self, name: str) -> QWidget:
        """The view called `name`, built on first use."""
        self.contract(name)
        return self.views[name]

    def contract(self, name: str) -> View:
        """The view called `name` as the window uses it, built (and its state restored) on
        first use."""
        if name not in self._contracts:
            assert self.services is not None, "views exist only once the content is loaded"
            spec = spec_named(name)
            with plain_imports():  # a view's modules load on first use
                view = spec.make(self.services)
            assert isinstance(view, QWidget), f"the {name} view is not a widget"
            self._contracts[name] = view
            self.views[name] = view
            self.stack.addWidget(view)
            view.restore_state(self._saved_view_state(spec))
            self._add_view_menu(spec, view.view_actions())
        return self._contracts[name]

    def forget_views(self) -> None:
        """Forget the views built so far (they are built again on next use)."""
        self._contracts.clear()
        self.views.clear()

    def build_all_views(self) -> None:
        """Build every view not built yet (the shortcuts list shows all their actions)."""
        for spec in VIEWS:
            self.contract(spec.name)

    def show_view(self, name: str) -> QWidget:
        index = next(i for i, spec in enumerate(VIEWS) if spec.name == name)
        if self.tabs.currentIndex() != index:
            self.tabs.setCurrentIndex(index)  # emits currentChanged -> _show_view_at
        else:
            self._show_view_at(index)
        return self.views[name]

    def _show_view_at(self, index: int) -> None:
        if self.services is None:
            return
        name = VIEWS[index].name
        widget = self.view(name)
        self.stack.setCurrentWidget(widget)
        widget.setFocus()  # so the keys of the view work at once
        for view_name, menu in self._view_menus.items():
            menu.menuAction().setVisible(view_name == name)
        self.view_changed.emit(name)

    # ---- navigation -----------------------------------------------------------------------

    def _connect_navigation(self) -> None:
        assert self.services is not None
        navigator = self.services.navigator
        navigator.open_requested.connect(self.open_item)
        navigator.message_posted.connect(self.show_message)
        self.services.bookmarks.replayed.connect(self._bookmark_replayed)

    def show_message(self, text: str) -> None:
        """A passing message in the status bar, also said to a screen reader."""
        self.statusBar().showMessage(text, 5000)
        announce(self.statusBar(), text)

    def open_item(self, kind_name: str, key: str) -> None:
        """Show the view that owns this kind of item, and the item in it."""
        kind = ItemKind.parse(kind_name)
        spec = OWNERS.get(kind) if kind is not None else None
        if kind is None or spec is None:
            self.statusBar().showMessage(
                self.tr("Nothing here opens a {kind}.").format(kind=kind_name), 5000
            )
            return
        self.show_view(spec.name)
        self.contract(spec.name).open_item(kind, key)

    def _bookmark_replayed(self, how: str, what: str, clause_key: str) -> None:
        """Say what an undo or redo did: the line that told of the change is stale now."""
        assert self.services is not None
        clause = self.services.index.clauses.get(clause_key)
        if clause is None:
            text = self.tr("Undone: {what}") if how == "undone" else self.tr("Redone: {what}")
        elif how == "undone":
            text = self.tr("Undone: {what} of {label}: {title}")
        else:
            text = self.tr("Redone: {what} of {label}: {title}")
        label, title = (clause.label, clause.title) if clause is not None else ("", "")
        self.statusBar().showMessage(text.format(what=what.lower(), label=label, title=title), 5000)

    # ---- menus ----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        from studyapp.ui import dialogs

        assert self.services is not None
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for command in WINDOW_COMMANDS:
            self._add(
                file_menu,
                translated(command.title),
                list(command.keys),
                lambda _=False, run=command.run: run(self, self.services),
            )
        if WINDOW_COMMANDS:
            file_menu.addSeparator()
        if self.data_safety is not None:
            self.data_safety.add_file_actions(file_menu)
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.services.bookmarks.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.services.bookmarks.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self._menu_actions += [undo, redo]
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        self._add(edit_menu, self.tr("&Find…"), ["Ctrl+F", "/"], self._focus_search)
        self._add(edit_menu, self.tr("Find &next"), ["F3"], lambda: self._search_step(1))
        self._add(edit_menu, self.tr("Find &previous"), ["Shift+F3"], lambda: self._search_step(-1))

        self.view_menu = bar.addMenu(self.tr("&View"))
        for number, spec in enumerate(VIEWS, start=1):
            self._add(
                self.view_menu,
                view_title(spec),
                [f"Ctrl+{number}"],
                lambda _=False, name=spec.name: self.show_view(name),
            )
        self.view_menu.addSeparator()
        self._add_language_menu(self.view_menu)
        add_content_language_action(self.view_menu, ContentLanguage.of(self.services.settings))
        self.view_menu.addSeparator()
        self._view_menus: dict[str, QMenu] = {}

        help_menu = bar.addMenu(self.tr("&Help"))
        self._add(
            help_menu, self.tr("&Keyboard shortcuts"), ["F1"], lambda: dialogs.show_shortcuts(self)
        )
        self._add(help_menu, self.tr("&About"), [], lambda: dialogs.show_about(self))

    def _add_language_menu(self, menu: QMenu) -> None:
        from studyapp.ui.language_menu import add_language_menu

        settings = self.services.settings if self.services is not None else None
        add_language_menu(menu, self._language_changed, settings)

    def _language_changed(self, language: str) -> None:
        """A new language is in use (Qt sends every widget a LanguageChange, too)."""
        from PySide6.QtWidgets import QApplication

        from studyapp.ui.fonts import use_fonts_for

        app = QApplication.instance()
        if isinstance(app, QApplication):
            use_fonts_for(app, language)
        self._retranslate_soon()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_soon()
        super().changeEvent(event)

    def _retranslate_soon(self) -> None:
        # LanguageChange comes once per translator removed or installed: retranslate once,
        # by a timer of the window's own, which goes with it if the window is closed first.
        if not self._retranslation_due:
            self._retranslation_due = True
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(self.retranslate)
            timer.timeout.connect(timer.deleteLater)
            timer.start(0)

    def retranslate(self) -> None:
        """Show everything in the language now in use: the window's own texts and menus are
        made again, and each view built so far is built again with its saved state."""
        self._retranslation_due = False
        self.setWindowTitle(self.tr(APP_TITLE))
        QGuiApplication.setApplicationDisplayName(self.tr(APP_TITLE))
        self.tabs.setAccessibleName(self.tr("Views"))
        for index, spec in enumerate(VIEWS):
            self.tabs.setTabText(index, without_mnemonic(view_title(spec)))
        self.stack.setAccessibleName(self.tr("Current view"))
        self.loading_label.setText(self.tr("Loading the agreements…"))
        if self.services is None or self.user_store is None:  # not loaded, or closing
            return
        from studyapp.ui.language_switch import rebuild_views

        old_menus = [action.menu() for action in self.menuBar().actions() if action.menu()]
        for old in [*old_menus, *self._menu_actions]:
            old.deleteLater()
        self._menu_actions.clear()
        self.menuBar().clear()
        self._build_menus()
        rebuild_views(self)
        self.status_label.setText(self._content_counts())

    def _add(self, menu: QMenu, title: str, keys: list[str], slot: object) -> QAction:
        action = menu.addAction(title)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(slot)
        return action

    def _add_view_menu(self, spec: ViewSpec, actions: Sequence[QAction]) -> None:
        if not actions:
            return
        menu = QMenu(view_title(spec), self)
        menu.addActions(list(actions))
        self.menuBar().insertMenu(self.menuBar().actions()[-1], menu)
        menu.menuAction().setVisible(spec.name == self.current_view_name())
        self._view_menus[spec.name] = menu

    def view_menus(self) -> dict[str, QMenu]:
        """The menu of each view built so far, by view name (the shortcuts list groups by it)."""
        return dict(self._view_menus)

    def all_actions(self) -> list[QAction]:
        """Every menu action with its shortcuts, for the shortcuts dialog."""
        found: list[QAction] = []

        def walk(menu: QMenu) -> None:
            for action in menu.actions():
                if action.menu():
                    walk(action.menu())  # type: ignore[arg-type]
                elif not action.isSeparator():
                    found.append(action)

        for action in self.menuBar().actions():
            if action.menu():
                walk(action.menu())  # type: ignore[arg-type]
        return found

    # ---- search ---------------------------------------------------------------------------

    def search(self) -> SearchPanel:
        """The search panel in its dock, built on first use: start-up does not pay for it."""
        if self.search_panel is None:
            with plain_imports():
                from studyapp.ui.search.panel import SearchPanel

            assert self.services is not None
            self.search_panel = SearchPanel(self.services)
            self.search_dock = QDockWidget(self.tr("Search"), self)
            self.search_dock.setObjectName("search-dock")
            self.search_dock.setWidget(self.search_panel)
            self.search_dock.setAccessibleName(self.tr("Search panel"))
            self.search_panel.close_requested.connect(self._close_search)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.search_dock)
        return self.search_panel

    def _focus_search(self) -> None:
        if self.services is None:
            return
        panel = self.search()
        self.search_dock.show()
        panel.focus_search()

    def _close_search(self) -> None:
        """Esc in the search panel: close it, and the keys go back to the view."""
        self.search_dock.hide()
        view = self.stack.currentWidget()
        if view is not None:
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _search_step(self, step: int) -> None:
        if self.search_panel is None:
            return
        if step > 0:
            self.search_panel.next_hit()
        else:
            self.search_panel.previous_hit()

    # ---- saved state ----------------------------------------------------------------------

    def _restore_state(self) -> None:
        assert self.services is not None
        settings = self.services.settings
        geometry = settings.value("window/geometry")
        if geometry is not None and self.restoreGeometry(geometry):
            window_fit.keep_on_screen(self)  # as far as it fits the screen it is on now
        names = [spec.name for spec in VIEWS]
        last = str(settings.value("window/view", "timeline"))
        index = names.index(last) if last in names else 0
        if self.tabs.currentIndex() == index:
            self._show_view_at(index)
        else:
            self.tabs.setCurrentIndex(index)

    def _saved_view_state(self, spec: ViewSpec) -> dict[str, str]:
        assert self.services is not None
        settings = self.services.settings
        settings.beginGroup(spec.name)
        try:
            return {key: str(settings.value(key)) for key in settings.childKeys()}
        finally:
            settings.endGroup()

    def save_state(self) -> None:
        if self.services is None:
            return
        settings = self.services.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/view", self.current_view_name())
        for name, view in self._contracts.items():
            for key, value in view.saved_state().items():
                settings.setValue(f"{name}/{key}", value)
        settings.sync()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._fitted_to_frame:
            # The window manager's frame is known once the window is mapped; fit again then.
            self._fitted_to_frame = True
            QTimer.singleShot(0, lambda: window_fit.keep_on_screen(self))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.save_state()
        super().closeEvent(event)

    def close_stores(self) -> None:
        if self.data_safety is not None:
            self.data_safety.finish()  # a backup if due, drafts kept: before the store closes
            self.data_safety = None
        if self.user_store is not None:
            self.user_store.close()
            self.user_store = None
        if self.database is not None:
            self.database.close()
            self.database = None
