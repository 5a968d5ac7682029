"""The main window: one tab per view, menus and shortcuts for every action, a status bar.

It paints an empty frame first and loads the content on the next turn of the event loop
(see app.py), building each view only when it is first shown.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
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
from studyapp.imports import plain_imports
from studyapp.memory import freeze_long_lived
from studyapp.ui.views import VIEWS

if TYPE_CHECKING:
    from studyapp.content.index import ContentIndex
    from studyapp.content.lazy_database import LazyContentDatabase
    from studyapp.content.preload import ContentPreload
    from studyapp.ui.search.panel import SearchPanel
    from studyapp.ui.services import Services
    from studyapp.userdata.store import UserStore

APP_TITLE = "Russo-Japanese Agreements — 日露協約"
# After the content is shown, how long before the search machinery is loaded in the background.
WARM_UP_DELAY_MS = 300


class MainWindow(QMainWindow):
    first_painted = Signal()
    content_painted = Signal()
    view_changed = Signal(str)  # the name of the view now shown

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(APP_TITLE)
        self.resize(1200, 780)
        self.services: Services | None = None
        self.user_store: UserStore | None = None
        self.database: LazyContentDatabase | None = None
        self.notice: str | None = None
        self.views: dict[str, QWidget] = {}
        self.search_panel: SearchPanel | None = None
        self._painted_once = False
        self._content_announced = False

        self.tabs = QTabBar(self)
        self.tabs.setAccessibleName("Views")
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        for spec in VIEWS:
            self.tabs.addTab(spec.title.replace("&", ""))
        self.stack = QStackedWidget(self)
        self.stack.setAccessibleName("Current view")
        self.loading_label = QLabel("Loading the agreements…", self)
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading_label)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status_label = QLabel("Loading…")
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
                QTimer.singleShot(WARM_UP_DELAY_MS, self.warm_up)
        return super().eventFilter(watched, event)

    def warm_up(self) -> None:
        """Import what search needs and open the database, while the user takes in the view.

        After a preload, nothing here has imported SQLAlchemy yet; doing it now spares the
        first Ctrl+F that wait. A database that fails to open is left for the search to report.
        """
        if self.database is None:
            return
        with plain_imports():
            import studyapp.content.search  # noqa: F401 (imported for the search panel)

            with contextlib.suppress(StudyAppError):
                self.database.open()

    def load(self, preload: ContentPreload | None = None) -> None:
        """Take the content from `preload`, or read it, and open the user's data.

        Raises StudyAppError if either fails. Without a preload, SQLAlchemy is imported here,
        after the first paint: it costs more than Qt's start. Everything imported meanwhile,
        SQLAlchemy's own lazy imports included, skips PySide6's import hook (see
        studyapp/imports.py).
        """
        with plain_imports():
            self._load(preload)

    def _load(self, preload: ContentPreload | None) -> None:
        from studyapp import paths
        from studyapp.content.index import ContentIndex
        from studyapp.content.lazy_database import LazyContentDatabase
        from studyapp.ui.services import BookmarkService, Navigator, Services
        from studyapp.userdata.store import UserStore

        self.database = LazyContentDatabase(paths.content_db_path())
        content = preload.receive() if preload is not None else None
        if content is None:  # no preload, or it failed: read here
            content = self.database.read_content()
        self.setWindowIcon(QIcon(str(paths.icon_path())))
        index = ContentIndex(content)
        self.user_store = UserStore.open(paths.user_db_path())
        self.notice = self.user_store.notice
        settings = QSettings(
            str(paths.user_data_dir() / "settings.ini"), QSettings.Format.IniFormat
        )
        self.services = Services(
            index=index,
            database=self.database,
            bookmarks=BookmarkService(self.user_store, self),
            navigator=Navigator(self),
            settings=settings,
        )
        self._build_menus()
        self._connect_navigation()
        self.tabs.currentChanged.connect(self._show_view_at)
        self._restore_state()
        content = index.content
        clauses = sum(len(a.clauses) for a in content.agreements)
        self.status_label.setText(
            self.notice
            or f"{len(content.agreements)} agreements, {clauses} clauses, "
            f"{len(content.events)} events, {len(content.terms)} terms"
        )
        # The content lives as long as the app: later collections need not walk it again.
        freeze_long_lived()
        # Paint again so content_painted fires once the first view is on screen.
        self.stack.update()

    @property
    def content_index(self) -> ContentIndex | None:
        return self.services.index if self.services else None

    def summary(self) -> str:
        if self.services is None:
            return "no content"
        content = self.services.index.content
        clauses = sum(len(a.clauses) for a in content.agreements)
        view = self.current_view_name()
        return f"{len(content.agreements)} agreements, {clauses} clauses, view {view}"

    # ---- views ----------------------------------------------------------------------------

    def current_view_name(self) -> str:
        return VIEWS[self.tabs.currentIndex()].name

    def view(self, name: str) -> QWidget:
        """The view called `name`, built on first use."""
        if name not in self.views:
            assert self.services is not None, "views exist only once the content is loaded"
            spec = next(spec for spec in VIEWS if spec.name == name)
            with plain_imports():  # a view's modules load on first use
                widget = spec.make(self.services)
            self.views[name] = widget
            self.stack.addWidget(widget)
            self._add_view_menu(spec.title, widget)
        return self.views[name]

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
        navigator.agreement_requested.connect(self._open_agreement)
        navigator.clause_requested.connect(self._open_clause)
        navigator.event_requested.connect(self._open_event)
        navigator.term_requested.connect(self._open_term)
        navigator.topic_requested.connect(self._open_topic)
        navigator.message_posted.connect(lambda text: self.statusBar().showMessage(text, 5000))

    def _open_agreement(self, key: str) -> None:
        view = self.show_view("agreements")
        getattr(view, "show_agreement", lambda _key: None)(key)

    def _open_clause(self, key: str) -> None:
        view = self.show_view("agreements")
        getattr(view, "show_clause", lambda _key: None)(key)

    def _open_topic(self, key: str) -> None:
        view = self.show_view("agreements")
        getattr(view, "show_topic", lambda _key: None)(key)

    def _open_event(self, key: str) -> None:
        view = self.show_view("timeline")
        getattr(view, "show_event", lambda _key: None)(key)

    def _open_term(self, key: str) -> None:
        view = self.show_view("glossary")
        getattr(view, "show_term", lambda _key: None)(key)

    # ---- menus ----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        from studyapp.ui import dialogs

        assert self.services is not None
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        quit_action = file_menu.addAction("&Quit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        edit_menu = bar.addMenu("&Edit")
        undo = self.services.bookmarks.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.services.bookmarks.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        self._add(edit_menu, "&Find…", ["Ctrl+F", "/"], self._focus_search)
        self._add(edit_menu, "Find &next", ["F3"], lambda: self._search_step(1))
        self._add(edit_menu, "Find &previous", ["Shift+F3"], lambda: self._search_step(-1))

        self.view_menu = bar.addMenu("&View")
        for number, spec in enumerate(VIEWS, start=1):
            self._add(
                self.view_menu,
                spec.title,
                [f"Ctrl+{number}"],
                lambda _=False, name=spec.name: self.show_view(name),
            )
        self.view_menu.addSeparator()
        self._view_menus: dict[str, QMenu] = {}

        help_menu = bar.addMenu("&Help")
        self._add(help_menu, "&Keyboard shortcuts", ["F1"], lambda: dialogs.show_shortcuts(self))
        self._add(help_menu, "&About", [], lambda: dialogs.show_about(self))

    def _add(self, menu: QMenu, title: str, keys: list[str], slot: object) -> QAction:
        action = menu.addAction(title)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(slot)
        return action

    def _add_view_menu(self, title: str, widget: QWidget) -> None:
        actions: list[QAction] = getattr(widget, "view_actions", list)()
        if not actions:
            return
        menu = QMenu(title, self)
        menu.addActions(actions)
        self.menuBar().insertMenu(self.menuBar().actions()[-1], menu)
        name = next(spec.name for spec in VIEWS if spec.title == title)
        self._view_menus[name] = menu

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
            self.search_dock = QDockWidget("Search", self)
            self.search_dock.setObjectName("search-dock")
            self.search_dock.setWidget(self.search_panel)
            self.search_dock.setAccessibleName("Search panel")
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.search_dock)
        return self.search_panel

    def _focus_search(self) -> None:
        if self.services is None:
            return
        panel = self.search()
        self.search_dock.show()
        panel.focus_search()

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
        if geometry is not None:
            self.restoreGeometry(geometry)
        names = [spec.name for spec in VIEWS]
        last = str(settings.value("window/view", "timeline"))
        index = names.index(last) if last in names else 0
        if self.tabs.currentIndex() == index:
            self._show_view_at(index)
        else:
            self.tabs.setCurrentIndex(index)
        agreement = settings.value("agreements/selected")
        if isinstance(agreement, str) and agreement in self.services.index.agreements:
            view = self.view("agreements")
            getattr(view, "show_agreement", lambda _key: None)(agreement)

    def save_state(self) -> None:
        if self.services is None:
            return
        settings = self.services.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/view", self.current_view_name())
        agreements = self.views.get("agreements")
        selected = getattr(agreements, "current_agreement_key", lambda: None)()
        if selected:
            settings.setValue("agreements/selected", selected)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.save_state()
        super().closeEvent(event)

    def close_stores(self) -> None:
        if self.user_store is not None:
            self.user_store.close()
            self.user_store = None
        if self.database is not None:
            self.database.close()
            self.database = None
