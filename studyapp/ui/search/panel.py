"""The search panel: a query line searching as you type, results with the matches marked.

Every search goes through the FTS index (studyapp.content.search), one pooled connection per
search. Enter or a click opens a hit in its view; F3 and Shift+F3 step through the hits.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.content.search import SearchHit, search
from studyapp.errors import StudyAppError
from studyapp.i18n import QT_TRANSLATE_NOOP, Context, translate
from studyapp.ui.search.delegate import SearchHitDelegate
from studyapp.ui.search.model import SearchResultsModel
from studyapp.ui.services import ItemKind, Services
from studyapp.ui.shared.announce import show_status

DEBOUNCE_MS = 150  # search once typing pauses, not on every key
RESULT_LIMIT = 100
EMPTY_HINT = QT_TRANSLATE_NOOP(
    "SearchPanel", "Search clauses, events and terms in English or Japanese (日本語)."
)
SearchCount = Context("SearchCount")  # the module's plurals (studyapp.i18n.Context)
_QUERY_SHOWN_CHARS = 40
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _shown_query(query: str) -> str:
    query = " ".join(query.split())
    return query if len(query) <= _QUERY_SHOWN_CHARS else query[:_QUERY_SHOWN_CHARS] + "…"


def count_text(query: str, hits: int, limit: int = RESULT_LIMIT) -> str:
    """The line above the results: a hint, a count, or that nothing was found."""
    if not query.strip():
        return translate("SearchPanel", EMPTY_HINT)
    if hits == 0:
        return translate("SearchPanel", "No results for “{query}”").format(
            query=_shown_query(query)
        )
    if hits >= limit:
        return SearchCount.tr("The first %n results; add a word to narrow them down", "", limit)
    return SearchCount.tr("%n results", "", hits)


class SearchPanel(QWidget):
    results_shown = Signal(int)  # the number of hits now listed, after each search
    close_requested = Signal()  # Esc anywhere in the panel (an emptied query first)
    hit_opened = Signal(str, str)  # kind and key of the hit opened in its view

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._searched: str | None = None  # the query whose results are listed

        self.query_edit = QLineEdit(self)
        self.query_edit.setAccessibleName(self.tr("Search"))
        self.query_edit.setPlaceholderText(self.tr("Search… (Ctrl+F)"))
        self.query_edit.setClearButtonEnabled(True)
        for button in self.query_edit.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear the search"))
        self.count_label = QLabel(self.tr(EMPTY_HINT), self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)  # queries are never markup
        self.count_label.setWordWrap(True)
        self.model = SearchResultsModel(services.index, self)
        self.results_view = QListView(self)
        self.results_view.setAccessibleName(self.tr("Search results"))
        self.results_view.setModel(self.model)
        self.results_view.setItemDelegate(SearchHitDelegate(self.results_view))
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_view.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap on resize
        self.results_view.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.count_label)
        layout.addWidget(self.results_view, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.query_edit.textChanged.connect(self._timer.start)
        self.query_edit.returnPressed.connect(self._open_selected_or_first)
        self.query_edit.installEventFilter(self)
        self.results_view.installEventFilter(self)
        self.results_view.clicked.connect(self._open_index)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(380, 600)

    # ---- what the main window calls ------------------------------------------------------

    def focus_search(self) -> None:
        # Not ShortcutFocusReason: with it the field selects its text as it takes the focus,
        # before Qt tells screen readers of the focus, and Orca 43, told of the selection
        # first, takes the field as focused already and never reads it. Selected just after.
        self.query_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, self.query_edit.selectAll)

    def next_hit(self) -> None:
        self._step(1)

    def previous_hit(self) -> None:
        self._step(-1)

    # ---- searching -----------------------------------------------------------------------

    def search_now(self) -> None:
        """Search for the query as it stands, unless its results are already listed."""
        self._timer.stop()
        query = self.query_edit.text()
        if query == self._searched:
            return
        self._searched = query
        hits: list[SearchHit] = []
        status = None
        if query.strip():
            try:
                hits = self.services.database.read(lambda s: search(s, query, RESULT_LIMIT))
            except StudyAppError as error:
                status = str(error)
        self.model.set_hits(hits)
        show_status(self.count_label, status or count_text(query, len(hits)))
        self.results_shown.emit(len(hits))

    def current_row(self) -> int:
        index = self.results_view.currentIndex()
        return index.row() if index.isValid() else -1

    def open_row(self, row: int) -> None:
        """Select the hit in `row` and ask the main window to show it in its view."""
        if not 0 <= row < self.model.rowCount():
            return
        hit = self.model.hit(row)
        self.results_view.setCurrentIndex(self.model.index(row))
        navigator = self.services.navigator
        kind = ItemKind.parse(hit.kind)
        if kind is None:
            navigator.message_posted.emit(
                self.tr("Cannot open a {kind} from search.").format(kind=hit.kind)
            )
            return
        navigator.open(kind, hit.key)
        navigator.message_posted.emit(
            self.tr("Search result {number} of {count}: {title}").format(
                number=row + 1, count=self.model.rowCount(), title=hit.title
            )
        )
        self.hit_opened.emit(hit.kind, hit.key)

    def _open_selected_or_first(self) -> None:
        self.search_now()
        self.open_row(max(0, self.current_row()))

    def _step(self, step: int) -> None:
        self.search_now()
        count = self.model.rowCount()
        if count == 0:
            query = self.query_edit.text()
            message = (
                count_text(query, 0)
                if query.strip()
                else self.tr("Nothing to step through: search first (Ctrl+F).")
            )
            self.services.navigator.message_posted.emit(message)
            return
        current = self.current_row()
        if current == -1:  # nothing opened yet: start at the first (or last) hit
            current = -1 if step > 0 else 0
        self.open_row((current + step) % count)  # wrap around at either end

    # ---- keys ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        # Reached by an Esc no child took: the field clears its text first (see _query_key).
        if event.key() == Qt.Key.Key_Escape:
            self.close_requested.emit()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.query_edit and self._query_key(event):
                return True
            if watched is self.results_view and self._results_key(event):
                return True
        return super().eventFilter(watched, event)

    def _query_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.search_now()
            if self.model.rowCount():
                self.results_view.setFocus(Qt.FocusReason.TabFocusReason)
                self.results_view.setCurrentIndex(self.model.index(max(0, self.current_row())))
            return True
        if key == Qt.Key.Key_Escape and self.query_edit.text():
            self.query_edit.clear()
            return True
        return False

    def _results_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _ENTER_KEYS:
            self.open_row(self.current_row())
            return True
        if key == Qt.Key.Key_Up and self.current_row() <= 0:
            self.focus_search()
            return True
        return False

    def _open_index(self, index: QModelIndex) -> None:
        self.open_row(index.row())
