"""The Agreements view: read one agreement clause by clause, or compare them all by topic.

Left, the agreements in order and the clauses of the selected one; right, its text. The
current clause (picked in the list, or clicked in the text) is the one Ctrl+D bookmarks and
Ctrl+Shift+D annotates. "Compare by topic" (Ctrl+T) lines the agreements up side by side.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QSplitter,
    QStyle,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from studyapp.content import view_queries
from studyapp.content.records import AgreementRecord, ClauseRecord
from studyapp.ui.actions import view_action
from studyapp.ui.agreements.compare import COLUMNS_PER_PAGE, ComparePane
from studyapp.ui.agreements.delegates import PADDING, AgreementDelegate, WrappingDelegate
from studyapp.ui.agreements.models import AgreementListModel, ClauseTreeModel
from studyapp.ui.agreements.note_dialog import NoteDialog
from studyapp.ui.agreements.reading_html import RenderContext
from studyapp.ui.agreements.reading_pane import ReadingPane
from studyapp.ui.services import ItemKind, Services
from studyapp.ui.shared import links
from studyapp.ui.shared.content_language import ContentLanguage, ContentLanguageButton
from studyapp.ui.shared.focus import focus_is_elsewhere
from studyapp.ui.shared.roles import KEY_ROLE
from studyapp.wording import clause_label, name

READ_TAB, COMPARE_TAB = 0, 1
AGREEMENT_ROWS_SHOWN = 6


class AgreementsView(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        index = services.index
        self.topics = {topic.key: topic for topic in index.topics_in_order()}
        self.agreement_model = AgreementListModel(index, self)
        self.clause_model = ClauseTreeModel(self)
        self.note_dialog: NoteDialog | None = None
        self._current_clause: str | None = None  # in the Agreement tab
        self._compare_clause: str | None = None  # in the Compare by topic tab
        self._covering: dict[str, int] = {}  # agreements with a clause on each topic

        self.agreement_list = QListView(self)
        self.agreement_list.setAccessibleName(self.tr("Agreements"))
        self.agreement_list.setModel(self.agreement_model)
        self.agreement_list.setUniformItemSizes(True)
        self.agreement_list.setItemDelegate(AgreementDelegate(self.agreement_list))
        # Titles elide (whole in the tooltip) rather than scroll; the Japanese always fits.
        self.agreement_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.agreement_list.setMinimumWidth(self._widest_japanese_title())
        self.clause_tree = QTreeView(self)
        self.clause_tree.setAccessibleName(self.tr("Clauses of the agreement"))
        self.clause_tree.setModel(self.clause_model)
        self.clause_tree.setHeaderHidden(True)
        self.clause_tree.setItemsExpandable(False)
        self.clause_tree.setRootIsDecorated(False)
        self.clause_tree.setWordWrap(True)
        self.clause_tree.setItemDelegate(WrappingDelegate(self.clause_tree))
        self.clause_tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.clause_tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reading = ReadingPane(self)
        self.compare = ComparePane(list(self.topics.values()), self)
        self.content_language = ContentLanguage.of(services.settings)
        self._rendered_in: str | None = None  # the language the reading pane is in
        self.reading.header.addWidget(ContentLanguageButton(self.content_language, self.reading))
        self.compare.header.addWidget(ContentLanguageButton(self.content_language, self.compare))

        self.modes = QTabWidget(self)
        self.modes.setAccessibleName(self.tr("Agreements view mode"))
        self.modes.setDocumentMode(True)
        self.modes.tabBar().setAccessibleName(self.tr("Read one agreement or compare by topic"))
        self.modes.addTab(self._reading_page(), self.tr("Agreement"))
        self.modes.addTab(self.compare, self.tr("Compare by topic"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.modes)

        self._build_actions()
        self._connect()
        self.agreement_list.setCurrentIndex(self.agreement_model.index(0, 0))
        # Arriving in the view (Ctrl+2), the keys work on the list of agreements.
        self.setFocusProxy(self.agreement_list)

    def _reading_page(self) -> QWidget:
        side = QWidget(self)
        agreements_label = QLabel(self.tr("Agreements"), side)
        agreements_label.setBuddy(self.agreement_list)
        clauses_label = QLabel(self.tr("Clauses"), side)
        clauses_label.setBuddy(self.clause_tree)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 6, 0, 6)
        side_layout.addWidget(agreements_label)
        side_layout.addWidget(self.agreement_list)
        side_layout.addWidget(clauses_label)
        side_layout.addWidget(self.clause_tree, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(side)
        splitter.addWidget(self.reading)
        # The list column keeps its width as the window or the search panel change size:
        # only the text gives and takes.
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        side_width = max(40 * self.fontMetrics().averageCharWidth(), side.minimumSizeHint().width())
        splitter.setSizes([side_width, 3 * side_width])
        return splitter

    def _widest_japanese_title(self) -> int:
        """Room for the widest Japanese title (第四次日露協約) among the first page of the
        agreements list (a later, wider one elides, whole in its tooltip)."""
        metrics = self.agreement_list.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(a.title_ja) for a in self.agreement_model.agreements),
            default=0,
        )
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        frame = 2 * self.agreement_list.frameWidth()
        return widest + 3 * PADDING + frame + scroll_bar + 4

    def _build_actions(self) -> None:
        self.bookmark_action = view_action(
            self, self.tr("&Bookmark clause"), ["Ctrl+D"], self.toggle_bookmark
        )
        self.note_action = view_action(
            self, self.tr("Edit &note…"), ["Ctrl+Shift+D"], self.edit_note
        )
        self.previous_action = view_action(
            self, self.tr("&Previous agreement"), ["Ctrl+Up"], lambda: self._step_agreement(-1)
        )
        self.next_action = view_action(
            self, self.tr("N&ext agreement"), ["Ctrl+Down"], lambda: self._step_agreement(1)
        )
        self.compare_action = view_action(
            self, self.tr("&Compare by topic"), ["Ctrl+T"], self._toggle_compare
        )
        self.compare_action.setCheckable(True)
        self.map_action = view_action(self, self.tr("Show on &map"), ["Ctrl+M"], self.show_on_map)
        self.reading.star_button.clicked.connect(self.bookmark_action.trigger)
        self.reading.note_button.clicked.connect(self.note_action.trigger)

    def view_actions(self) -> list[QAction]:
        return [
            self.bookmark_action,
            self.note_action,
            self.previous_action,
            self.next_action,
            self.compare_action,
            self.map_action,
        ]

    def show_on_map(self) -> None:
        """Open the Map at this clause's agreement, with what the clause drew highlighted."""
        key = self._current_clause or self.current_agreement_key()
        if key:
            self.services.navigator.open(ItemKind.MAP, key)

    def _connect(self) -> None:
        self.agreement_list.selectionModel().currentChanged.connect(self._agreement_chosen)
        self.clause_tree.selectionModel().selectionChanged.connect(self._clause_selected)
        self.reading.clause_clicked.connect(lambda key: self._make_current(key, scroll=False))
        self.reading.width_crossed.connect(lambda: self._render_reading(keep_scroll=True))
        self.reading.browser.link_activated.connect(self._follow_reading_link)
        self.reading.browser.palette_changed.connect(lambda: self._render_reading(True))
        self.compare.browser.link_activated.connect(self._follow_link)
        self.compare.browser.palette_changed.connect(lambda: self._render_compare(True))
        self.compare.topic_changed.connect(self._topic_changed)
        self.compare.page_changed.connect(self._render_compare)
        self.compare.clause_clicked.connect(self._compare_clause_clicked)
        self.modes.currentChanged.connect(self._mode_changed)
        self.services.bookmarks.changed.connect(self._bookmark_changed)
        self.content_language.changed.connect(self._content_language_changed)

    # ---- what the main window calls ------------------------------------------------------

    def current_agreement_key(self) -> str | None:
        key = self.agreement_list.currentIndex().data(KEY_ROLE)
        return key if isinstance(key, str) else None

    def current_clause_key(self) -> str | None:
        """The clause the commands act on: the current one of the tab on screen."""
        if self.modes.currentIndex() == COMPARE_TAB:
            return self._compare_clause
        return self._current_clause

    def open_item(self, kind: ItemKind, key: str) -> None:
        if kind is ItemKind.AGREEMENT:
            self.show_agreement(key)
        elif kind is ItemKind.CLAUSE:
            self.show_clause(key)
        elif kind is ItemKind.TOPIC:
            self.show_topic(key)

    def saved_state(self) -> dict[str, str]:
        key = self.current_agreement_key()
        return {"selected": key} if key else {}

    def restore_state(self, state: Mapping[str, str]) -> None:
        key = state.get("selected")
        if key:
            self.show_agreement(key)

    def show_agreement(self, key: str) -> None:
        row = self.agreement_model.row_of(key)
        if row < 0:
            return
        self.modes.setCurrentIndex(READ_TAB)
        self.agreement_list.setCurrentIndex(self.agreement_model.index(row, 0))

    def show_clause(self, key: str) -> None:
        clause = self.services.index.clauses.get(key)
        if clause is None:
            return
        self.show_agreement(clause.agreement_key)
        self._make_current(key, scroll=True)
        if self.isVisible():  # a jump to a clause: the keys go on from it in the list
            self.clause_tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_topic(self, key: str) -> None:
        if self.compare.show_topic(key):
            self.modes.setCurrentIndex(COMPARE_TAB)
            self._render_compare()

    # ---- state ----------------------------------------------------------------------------

    def current_agreement(self) -> AgreementRecord | None:
        key = self.current_agreement_key()
        return self.services.index.agreements.get(key) if key else None

    def current_clause(self) -> ClauseRecord | None:
        key = self.current_clause_key()
        return self.services.index.clauses.get(key) if key else None

    def _notes(self, clause_keys: list[str]) -> dict[str, str]:
        """The notes of those of these clauses that are bookmarked (read for the clauses
        shown only: a student may have tens of thousands of bookmarks)."""
        marked = self.services.bookmarks.many(clause_keys)
        return {key: bookmark.note for key, bookmark in marked.items()}

    def _context(
        self,
        places: list[tuple[str, str]],
        notes: dict[str, str],
        current: str | None,
        two_columns: bool = True,
    ) -> RenderContext:
        """How to render the texts at `places` ((kind, key)): their terms linked."""
        return RenderContext(
            colours=self.reading.browser.colours,
            matcher=self.services.index.matcher_for(places),
            topics=self.topics,
            notes=notes,
            current_clause=current,
            two_columns=two_columns,
            people_in=self.services.index.people_in,
            language=self.content_language.language(),
        )

    def _agreement_chosen(self, current: QModelIndex) -> None:
        agreement = self.current_agreement()
        self._current_clause = None
        clause_keys = [clause.key for clause in agreement.clauses] if agreement else []
        self.clause_model.set_agreement(agreement, set(self._notes(clause_keys)))
        self.clause_tree.expandAll()
        self._render_reading(keep_scroll=False)
        self.reading.scroll_to_top()
        self.previous_action.setEnabled(current.row() > 0)
        self.next_action.setEnabled(current.row() < self.agreement_model.total - 1)

    def _clause_selected(self, selected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        clause = self.clause_model.clause_at(indexes[0])
        if clause is None:  # a group row: "Public articles" or "Secret articles"
            self._make_current(None, scroll=False)
            part = self.clause_model.groups[indexes[0].row()][0]
            self.reading.browser.scrollToAnchor(f"part-{part}")
        elif clause.key != self._current_clause:
            self._make_current(clause.key, scroll=True)

    def _make_current(self, key: str | None, scroll: bool) -> None:
        self._current_clause = key
        if key is not None:
            index = self.clause_model.index_of(key)
            if index.isValid() and self.clause_tree.currentIndex() != index:
                self.clause_tree.setCurrentIndex(index)  # re-enters; key is already current
        self._render_reading(keep_scroll=True)
        if key is not None and scroll:
            self.reading.scroll_to_clause(key)

    def _render_reading(self, keep_scroll: bool) -> None:
        agreement = self.current_agreement()
        if agreement is None:
            return
        notes = self._notes([clause.key for clause in agreement.clauses])
        places = [("agreement", agreement.key)] + [("clause", c.key) for c in agreement.clauses]
        two_columns = self.reading.wants_two_columns()
        context = self._context(places, notes, self._current_clause, two_columns)
        self.reading.show_text(agreement, context, keep_scroll)
        key = self._current_clause
        clause = self.services.index.clauses.get(key) if key else None
        language = self._rendered_in = self.content_language.language()
        self.reading.show_current(clause, clause is not None and clause.key in notes, language)
        self._update_clause_actions()

    def _render_compare(self, keep_scroll: bool = False) -> None:
        """The page of columns on screen: its agreements' clauses on the topic alone."""
        index = self.services.index
        topic_key = self.compare.current_topic_key() or ""
        total = index.counts().agreements
        self.compare.set_total(total)
        agreements = index.read(
            partial(
                view_queries.agreement_headings_page,
                offset=self.compare.first_column,
                limit=COLUMNS_PER_PAGE,
            )
        )
        keys = [agreement.key for agreement in agreements]
        clause_keys = index.read(
            partial(view_queries.clause_keys_on, topic_key=topic_key, agreement_keys=keys)
        )
        clauses_on: dict[str, list[ClauseRecord]] = {}
        for clause in index.clauses.many(clause_keys):
            clauses_on.setdefault(clause.agreement_key, []).append(clause)
        counted = None
        if len(agreements) < total:  # one page of many: the sentence counts them all
            if topic_key not in self._covering:  # the content does not change: counted once
                self._covering[topic_key] = index.read(
                    partial(view_queries.agreements_covering, topic_key=topic_key)
                )
            counted = (self._covering[topic_key], total)
        places = [("topic", topic_key)]
        places += [("clause", c.key) for found in clauses_on.values() for c in found]
        notes = self._notes([key for kind, key in places if kind == "clause"])
        context = self._context(places, notes, self._compare_clause)
        self.compare.show_comparison(agreements, clauses_on, context, keep_scroll, counted)
        self._update_clause_actions()

    def _update_clause_actions(self) -> None:
        """Bookmark and note act on the clause current in the tab on screen, or not at all."""
        key = self.current_clause_key()
        self.bookmark_action.setEnabled(key is not None)
        self.note_action.setEnabled(key is not None)
        clause = self.services.index.clauses.get(key) if key else None
        if clause is None:
            bookmark_tip = self.tr("Bookmark the current clause (choose a clause first)")
            note_tip = self.tr("Edit the note of the current clause (choose a clause first)")
        else:
            label, title = clause_label(clause.label), name(clause)
            bookmark_tip = self.tr("Bookmark the current clause: {label}, {title}").format(
                label=label, title=title
            )
            note_tip = self.tr("Edit the note of the current clause: {label}, {title}").format(
                label=label, title=title
            )
        self.bookmark_action.setStatusTip(bookmark_tip)
        self.note_action.setStatusTip(note_tip)

    def _compare_clause_clicked(self, key: str) -> None:
        self._compare_clause = key
        self._render_compare(keep_scroll=True)

    def _topic_changed(self) -> None:
        self._compare_clause = None  # the clause clicked belonged to the topic shown before
        self._render_compare()

    def _mode_changed(self, tab: int) -> None:
        self.compare_action.setChecked(tab == COMPARE_TAB)
        self.setFocusProxy(self.compare if tab == COMPARE_TAB else self.agreement_list)
        if tab == COMPARE_TAB:
            self._render_compare()
        self._update_clause_actions()

    def _content_language_changed(self) -> None:
        if not self.isVisible():  # rendered in the new language when next shown
            return
        self._render_reading(keep_scroll=True)
        if self._current_clause is not None:  # the other text is longer or shorter
            self.reading.scroll_to_clause(self._current_clause)
        if self.modes.currentIndex() == COMPARE_TAB:
            self._render_compare(keep_scroll=True)

    def _bookmark_changed(self, clause_key: str) -> None:
        self.clause_model.set_bookmarked(
            clause_key, self.services.bookmarks.is_bookmarked(clause_key)
        )
        self._render_reading(keep_scroll=True)
        if self.modes.currentIndex() == COMPARE_TAB:
            self._render_compare(keep_scroll=True)

    # ---- actions --------------------------------------------------------------------------

    def toggle_bookmark(self) -> None:
        key = self.current_clause_key()
        if key is None:
            self.services.navigator.message_posted.emit(
                self.tr("Choose a clause to bookmark first.")
            )
            return
        was_bookmarked = self.services.bookmarks.is_bookmarked(key)
        if not self.services.bookmarks.toggle(key):
            return  # refused: the service has told the user why
        clause = self.services.index.clauses[key]
        label, title = clause_label(clause.label), name(clause)
        if was_bookmarked:
            done = self.tr("Removed the bookmark of {label}: {title} (Ctrl+Z undoes)")
        else:
            done = self.tr("Bookmarked {label}: {title} (Ctrl+Z undoes)")
        self.services.navigator.message_posted.emit(done.format(label=label, title=title))

    def edit_note(self) -> None:
        clause = self.current_clause()
        if clause is None:
            self.services.navigator.message_posted.emit(
                self.tr("Choose a clause to annotate first.")
            )
            return
        bookmark = self.services.bookmarks.get(clause.key)
        note = self.services.bookmarks.drafts.get(clause.key, bookmark.note if bookmark else "")
        self.note_dialog = NoteDialog(clause, note, self._save_note, self)
        self.note_dialog.open()

    def _save_note(self, clause_key: str, note: str) -> bool:
        """Save the dialog's note; False (the dialog stays open, the note in it) if refused."""
        bookmark = self.services.bookmarks.get(clause_key)
        if bookmark is not None and bookmark.note == note:
            return True
        return self.services.bookmarks.save(clause_key, note)

    def _step_agreement(self, step: int) -> None:
        row = self.agreement_list.currentIndex().row() + step
        if 0 <= row < self.agreement_model.total:
            self.agreement_model.read_up_to(row)
            self.modes.setCurrentIndex(READ_TAB)
            self.agreement_list.setCurrentIndex(self.agreement_model.index(row, 0))

    def _toggle_compare(self) -> None:
        compare = self.modes.currentIndex() != COMPARE_TAB
        self.modes.setCurrentIndex(COMPARE_TAB if compare else READ_TAB)
        (self.compare if compare else self.agreement_list).setFocus()

    def _follow_reading_link(self, kind: str, key: str) -> None:
        clause = self.services.index.clauses.get(key) if kind == links.CLAUSE else None
        if clause is not None and clause.agreement_key == self.current_agreement_key():
            self._make_current(key, scroll=False)  # it is on screen already: no jump
        else:
            self._follow_link(kind, key)

    def _follow_link(self, kind: str, key: str) -> None:
        if kind == links.CLAUSE:
            self.show_clause(key)
        elif kind == links.TOPIC:
            self.show_topic(key)
            self.compare.setFocus()
        elif kind == links.AGREEMENT:
            self.show_agreement(key)
        elif kind == links.TERM:
            self.services.navigator.open(ItemKind.TERM, key)
        elif kind == links.EVENT:
            self.services.navigator.open(ItemKind.EVENT, key)
        elif kind == links.PERSON:
            self.services.navigator.open(ItemKind.PERSON, key)
        elif kind in (links.BOOKMARK, links.NOTE) and key in self.services.index.clauses:
            self._make_current(key, scroll=False)
            (self.toggle_bookmark if kind == links.BOOKMARK else self.edit_note)()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._rendered_in != self.content_language.language():
            self._content_language_changed()
        # Every agreement in sight while they are few; past that the list scrolls, and the
        # clauses keep the rest of the height.
        rows = max(1, min(self.agreement_model.rowCount(), AGREEMENT_ROWS_SHOWN))
        frame = 2 * self.agreement_list.frameWidth()
        self.agreement_list.setFixedHeight(rows * self.agreement_list.sizeHintForRow(0) + frame + 2)
        if focus_is_elsewhere(self):
            self.agreement_list.setFocus(Qt.FocusReason.OtherFocusReason)
