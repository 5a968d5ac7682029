"""The card browser dialog, keyboard first, as Anki's Browse window.

Type to search (prompt, answer and key; case, accents and macrons ignored), narrow by kind,
agreement, state and bookmarks, sort by any column. Below the table: the selected card, the
clause or event it comes from, and its review history. Ctrl+J suspends or unsuspends the
selection, Ctrl+Shift+J buries it until tomorrow, Ctrl+Alt+N forgets it (back to new, after a
question), Ctrl+Enter studies the selection now. Every action reads the store afresh, so the
table always shows what is saved.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studyapp.content.card_sources import CardRef, agreement_rows
from studyapp.errors import StudyAppError
from studyapp.i18n import QT_TRANSLATE_NOOP, translate
from studyapp.study.browser import BrowserFilter, CardStateFilter, CardTable
from studyapp.study.cards import Card
from studyapp.study.content_cards import ContentCards
from studyapp.study.kinds import kind_label
from studyapp.study.queue import local_day_start
from studyapp.study.siblings import CardLike
from studyapp.study.vocabulary import CardKind
from studyapp.ui.quiz.browser.model import CardTableModel
from studyapp.ui.shared.mnemonic import without_mnemonic
from studyapp.userdata import card_marks, reviews
from studyapp.userdata.card_marks import CardMark
from studyapp.userdata.store import UserStore
from studyapp.wording import clause_label, name, part_name, prose

_RATINGS = (
    "",
    QT_TRANSLATE_NOOP("CardPage", "Again"),
    QT_TRANSLATE_NOOP("CardPage", "Hard"),
    QT_TRANSLATE_NOOP("CardPage", "Good"),
    QT_TRANSLATE_NOOP("CardPage", "Easy"),
)
# How a review was answered, as the history says it.
_MODES = {
    "flip": QT_TRANSLATE_NOOP("CardBrowser", "flip"),
    "choice": QT_TRANSLATE_NOOP("CardBrowser", "choice"),
    "typed": QT_TRANSLATE_NOOP("CardBrowser", "typed"),
}


class CardBrowser(QDialog):
    study_requested = Signal(list)  # the card keys to study now
    cards_changed = Signal()  # suspended, buried or forgotten: counts elsewhere are stale

    def __init__(
        self,
        store: UserStore,
        cards: ContentCards,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Browse cards"))
        self.store = store
        self.index = cards.records
        self.cards = cards
        self.model = CardTableModel(CardTable(store, cards, bookmarked=cards.bookmarked))
        self._make_filters()
        self._make_table()
        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("Selected card, its source and its review history"))
        self.detail.setOpenExternalLinks(True)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Cards shown"))
        self._make_actions()
        self._lay_out()
        self._refresh_count()
        self.search.setFocus()

    # ---- building -----------------------------------------------------------------------

    def _make_filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Search cards"))
        self.search.setPlaceholderText(self.tr("Search prompt, answer or key (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.kind = self._combo(
            self.tr("Kind filter"),
            self.tr("Every kind"),
            [(kind_label(k), k.value) for k in CardKind],
        )
        agreements = self.cards.database.read(agreement_rows)
        self.agreement = self._combo(
            self.tr("Agreement filter"),
            self.tr("Every agreement"),
            [
                (self.tr("{title} ({year})").format(title=name(a), year=a.signed.year), a.key)
                for a in agreements
            ],
        )
        self.state = self._combo(
            self.tr("State filter"),
            self.tr("Every state"),
            [
                (translate("CardStates", state.value).capitalize(), state.value)
                for state in CardStateFilter
            ],
        )
        self.bookmarked = QCheckBox(self.tr("&Bookmarked clauses only"), self)
        self.bookmarked.setAccessibleName(self.tr("Bookmarked clauses only"))
        self.search.textChanged.connect(self._filter_changed)
        self.search.returnPressed.connect(self._focus_table)
        for combo in (self.kind, self.agreement, self.state):
            combo.currentIndexChanged.connect(self._filter_changed)
        self.bookmarked.toggled.connect(self._filter_changed)

    def _combo(self, name: str, every: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        # Sized by a few characters, not by measuring every item (thousands of agreements).
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        combo.addItem(every, None)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def _make_table(self) -> None:
        table = QTableView(self)
        table.setAccessibleName(self.tr("Cards"))
        table.setModel(self.model)
        # Content order until a header is clicked: with an indicator on a column, enabling
        # sorting would sort every card by it before the first page.
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no measuring every row
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        rows.hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 360)
        header.resizeSection(1, 200)
        header.setStretchLastSection(True)
        table.selectionModel().selectionChanged.connect(self._show_selected)
        self.model.rowsInserted.connect(self._refresh_count)  # a search's next rows read
        self.table = table

    def _button(self, text: str, keys: list[str], slot: object) -> QPushButton:
        action = QAction(without_mnemonic(text), self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(slot)
        self.addAction(action)
        button = QPushButton(text, self)
        button.setAccessibleName(without_mnemonic(text))
        button.setToolTip(
            self.tr("{action} ({keys})").format(action=without_mnemonic(text), keys=", ".join(keys))
        )
        button.clicked.connect(slot)
        return button

    def _make_actions(self) -> None:
        find = QAction(self.tr("Find"), self)
        find.setShortcut(QKeySequence("Ctrl+F"))
        find.triggered.connect(self._focus_search)
        self.addAction(find)
        self.suspend_button = self._button(
            self.tr("&Suspend / unsuspend"), ["Ctrl+J"], self.toggle_suspend
        )
        self.bury_button = self._button(
            self.tr("B&ury until tomorrow"), ["Ctrl+Shift+J"], self.bury
        )
        self.forget_button = self._button(
            self.tr("&Forget (reset to new)"), ["Ctrl+Alt+N"], self.forget
        )
        self.study_button = self._button(
            self.tr("Study selection &now"), ["Ctrl+Return", "Ctrl+Enter"], self.study_now
        )
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the browser"))
        self.close_button.clicked.connect(self.accept)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _focus_table(self) -> None:
        self.table.setFocus()

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for widget in (self.kind, self.agreement, self.state):
            filters.addWidget(widget, 1)
        filters.addWidget(self.bookmarked)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        for button in (self.suspend_button, self.bury_button, self.forget_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        buttons.addWidget(self.study_button)
        buttons.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addLayout(filters)
        column.addWidget(split, 1)
        column.addLayout(buttons)

    # ---- filtering and the selection ----------------------------------------------------

    def current_filter(self) -> BrowserFilter:
        state = self.state.currentData()
        return BrowserFilter(
            kind=self.kind.currentData(),
            agreement_key=self.agreement.currentData(),
            state=CardStateFilter(state) if state else None,
            bookmarked_only=self.bookmarked.isChecked(),
            text=self.search.text(),
        )

    def _filter_changed(self) -> None:
        self.model.set_filter(self.current_filter())
        self._refresh_count()
        self._select_first()

    def _select_first(self) -> None:
        """The first card found is selected (once a search finds one, if it is still on)."""
        if self.model.rowCount():
            if not self.table.selectionModel().hasSelection():
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(0, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        else:
            self.detail.setHtml("<p>" + html.escape(self.tr("No card matches.")) + "</p>")

    def _refresh_count(self) -> None:
        shown, total = self.model.rowCount(), len(self.model.table.cards)
        if self.model.table.can_fetch_more():  # a search read a few screens of its rows
            text = self.tr("{shown} or more of %n cards (more as the table scrolls)", "", total)
        else:
            text = self.tr("{shown} of %n cards", "", total)
        self.count_label.setText(text.format(shown=f"{shown:,}"))

    def selected_cards(self) -> list[CardRef]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.card(row) for row in rows]

    def _show_selected(self) -> None:
        chosen = self.selected_cards()
        if len(chosen) != 1:
            selected = self.tr("%n cards selected.", "", len(chosen))
            self.detail.setHtml(f"<p>{html.escape(selected)}</p>" if chosen else "")
            return
        made = self.cards.card(chosen[0].key)
        self.detail.setHtml(self._detail_html(made) if made else "")

    def _detail_html(self, card: Card) -> str:
        table = self.model.table
        parts = [
            f"<p><b>{html.escape(card.prompt)}</b></p>",
            "<p>" + html.escape(self.tr("Answer: {answer}").format(answer=card.answer)) + "</p>",
            f"<p>{html.escape(kind_label(card.kind))} · {html.escape(table.state_text(card))}"
            f" · <code>{html.escape(card.key)}</code></p>",
            self._source_html(card),
        ]
        entries = reviews.history(self.store, card.key)
        if entries:
            rows = "".join(
                f"<tr><td>{e.reviewed_at.astimezone():%Y-%m-%d %H:%M}</td>"
                f"<td>{html.escape(self._rating(e.rating))}</td>"
                f"<td>{html.escape(self.tr(_MODES.get(e.mode, e.mode)))}</td>"
                f"<td>{html.escape(self._verdict(e.correct))}</td>"
                f"<td>{html.escape(self._seconds(e.duration_ms))}</td></tr>"
                for e in entries
            )
            heads = [self.tr("When"), self.tr("Rating"), self.tr("Mode"), self.tr("Verdict")]
            heads.append(self.tr("Time"))
            header = "".join(f"<th>{html.escape(head)}</th>" for head in heads)
            history = html.escape(self.tr("Review history"))
            parts.append(
                f"<p><b>{history}</b></p><table cellpadding='3'><tr>{header}</tr>{rows}</table>"
            )
        else:
            parts.append("<p>" + html.escape(self.tr("Never answered.")) + "</p>")
        return "".join(parts)

    def _rating(self, rating: int) -> str:
        return QCoreApplication.translate("CardPage", _RATINGS[rating]) if rating else ""

    def _seconds(self, milliseconds: int) -> str:
        return self.tr("{seconds} s").format(seconds=f"{milliseconds / 1000:.1f}")

    def _verdict(self, correct: bool | None) -> str:
        if correct is None:
            return ""
        return self.tr("right") if correct else self.tr("wrong")

    def _source_html(self, card: Card) -> str:
        """The clause or event the card comes from."""
        if card.clause_key and (clause := self.index.clauses.get(card.clause_key)):
            agreement = self.index.agreements[clause.agreement_key]
            heading = self.tr("From {agreement}, {part} {label}: {title}").format(
                agreement=name(agreement),
                part=part_name(clause.part),
                label=clause_label(clause.label),
                title=prose(clause, "title"),
            )
            return _from(heading, prose(clause, "summary"))
        for row_key in card.key.split(":")[1:]:
            if event := self.index.events.get(row_key):
                heading = self.tr("From the event {title}").format(title=name(event))
                return _from(heading, prose(event, "description"))
            if signing := self.index.agreements.get(row_key):
                heading = self.tr("From the {title}").format(title=name(signing))
                return _from(heading, prose(signing, "summary"))
            if term := self.index.terms.get(row_key):
                heading = self.tr("From the glossary: {term}").format(term=term.term)
                return _from(heading, prose(term, "definition"))
        return ""

    # ---- actions ---------------------------------------------------------------------------

    def _change(self, changes: dict[str, CardMark], done: str) -> None:
        try:
            card_marks.set_marks(self.store, changes)
        except StudyAppError as error:
            QMessageBox.warning(self, self.tr("Browse cards"), str(error))
            return
        self._after_action(done)

    def _after_action(self, done: str) -> None:
        keys = [card.key for card in self.selected_cards()]
        self.model.reload()
        self._refresh_count()
        selection = self.table.selectionModel()
        for key in keys:
            row = self.model.table.row_of(key)
            if row is not None:
                selection.select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        self._show_selected()
        self.count_label.setText(
            self.tr("{done} · {count}").format(done=done, count=self.count_label.text())
        )
        self.cards_changed.emit()

    def toggle_suspend(self) -> None:
        chosen = self.selected_cards()
        if not chosen:
            return
        table = self.model.table
        suspend = not all(table.mark(card.key).suspended for card in chosen)
        changes = {card.key: replace(table.mark(card.key), suspended=suspend) for card in chosen}
        if suspend:
            done = self.tr("%n suspended", "", len(chosen))
        else:
            done = self.tr("%n unsuspended", "", len(chosen))
        self._change(changes, done)

    def bury(self) -> None:
        chosen = self.selected_cards()
        if not chosen:
            return
        until = local_day_start(dt.datetime.now(dt.UTC), days_later=1).astimezone(dt.UTC)
        table = self.model.table
        changes = {card.key: replace(table.mark(card.key), buried_until=until) for card in chosen}
        self._change(changes, self.tr("%n buried until tomorrow", "", len(chosen)))

    def forget(self) -> None:
        chosen = self.selected_cards()
        if not chosen:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Forget cards"),
            self.tr(
                "Reset %n cards to new? Their schedule starts again; the review history stays.",
                "",
                len(chosen),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.forget_now(chosen)

    def forget_now(self, chosen: Sequence[CardLike]) -> None:
        try:
            card_marks.forget(self.store, [card.key for card in chosen])
        except StudyAppError as error:
            QMessageBox.warning(self, self.tr("Browse cards"), str(error))
            return
        self._after_action(self.tr("%n reset to new", "", len(chosen)))

    def study_now(self) -> None:
        chosen = self.selected_cards()
        if chosen:
            self.study_requested.emit([card.key for card in chosen])
            self.accept()


def _from(heading: str, text: str) -> str:
    """A card's source: its heading in bold, then its text."""
    return f"<p><b>{html.escape(heading)}</b><br>{html.escape(text)}</p>"
