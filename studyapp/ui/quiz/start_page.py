"""The quiz's start screen: which deck, how to answer, due or cram, new cards a day, Start.

The choices are kept in the settings under "quiz/…" and come back on the next start. The
view fills in the counts of due and new cards for the chosen deck.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studyapp.i18n import QT_TRANSLATE_NOOP
from studyapp.study.decks import ALL, Deck, deck_by_id
from studyapp.study.vocabulary import AnswerMode
from studyapp.ui.shared.announce import show_status
from studyapp.ui.shared.mnemonic import without_mnemonic

FLIP = AnswerMode.FLIP
CHOICE = AnswerMode.CHOICE
TYPED = AnswerMode.TYPED
# Mnemonics keep clear of the menu bar's letters (File, Edit, View, Help and the views' own
# menus: Timeline, Agreements, Glossary, Bookmarks, Quiz, Stats), or Alt+letter only focuses.
MODES: tuple[tuple[AnswerMode, str], ...] = (
    (FLIP, QT_TRANSLATE_NOOP("StartPage", "F&lip the card and rate yourself")),
    (CHOICE, QT_TRANSLATE_NOOP("StartPage", "&Multiple choice")),
    (TYPED, QT_TRANSLATE_NOOP("StartPage", "T&ype the answer")),
)
DEFAULT_NEW_PER_DAY = 20
NEW_PER_DAY_KEY = "quiz/new_per_day"
MODE_KEY = "quiz/mode"
DECK_KEY = "quiz/deck"
CRAM_KEY = "quiz/cram"


def _setting(settings: QSettings, key: str, default: str) -> str:
    value = settings.value(key, default)
    return str(value) if value is not None else default


# Past this many decks the deck list is sized by the first ones' labels, not measured whole.
MEASURED_DECKS = 100


class StartPage(QWidget):
    options_changed = Signal()
    start_requested = Signal()

    def __init__(
        self, decks: list[Deck], settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.decks = decks
        self.settings = settings
        self.deck_combo = self._make_deck_combo()
        mode_box = self._make_mode_buttons()
        session_box = self._make_session_buttons()
        self.new_per_day = QSpinBox(self)
        self.new_per_day.setRange(0, 9999)
        self.new_per_day.setAccessibleName(self.tr("New cards per day"))
        self.new_per_day.setSuffix(self.tr(" a day"))
        self.counts_label = QLabel(self)
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.counts_label.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start"), self)
        self.start_button.setAccessibleName(self.tr("Start the session"))
        self.start_button.setDefault(True)
        self.start_button.setToolTip(self.tr("Start studying (Ctrl+Enter)"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Deck:"), self.deck_combo)
        form.addRow(self.tr("Answer by:"), _group(self.tr("Answer by"), mode_box, self))
        form.addRow(self.tr("Session:"), _group(self.tr("Session"), session_box, self))
        form.addRow(self.tr("&New cards:"), self.new_per_day)
        self._lay_out(form)
        self.setFocusProxy(self.start_button)
        # Tab walks the options top to bottom, then Start; Shift+Tab back up.
        chain = [
            self.deck_combo,
            *self.mode_group.buttons(),
            self.due_button,
            self.cram_button,
            self.new_per_day,
            self.start_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        self._restore()
        self.deck_combo.currentIndexChanged.connect(self._changed)
        self.mode_group.idToggled.connect(self._mode_toggled)
        self.cram_button.toggled.connect(self._changed)
        self.new_per_day.valueChanged.connect(self._changed)
        self.start_button.clicked.connect(self.start_requested)

    def _make_deck_combo(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(self.tr("Deck"))
        previous_group = ""
        for deck in self.decks:
            group = deck.id.split(":", 1)[0]
            if previous_group and group != previous_group:
                combo.insertSeparator(combo.count())
            combo.addItem(deck.label, deck.id)
            previous_group = group
        if len(self.decks) > MEASURED_DECKS:
            # Sized by its first labels: measuring every one (a deck per agreement) would
            # cost the view's first open more than all the rest of it at 1,000 agreements.
            longest = max(len(deck.label) for deck in self.decks[:MEASURED_DECKS])
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(longest)
        return combo

    def _make_mode_buttons(self) -> QVBoxLayout:
        self.mode_group = QButtonGroup(self)
        column = QVBoxLayout()
        for number, (mode, title) in enumerate(MODES):
            text = self.tr(title)
            button = QRadioButton(text, self)
            button.setAccessibleName(without_mnemonic(text))
            button.setProperty("mode", mode.value)
            self.mode_group.addButton(button, number)
            column.addWidget(button)
        return column

    def _make_session_buttons(self) -> QVBoxLayout:
        self.due_button = QRadioButton(self.tr("D&ue cards and new ones"), self)
        self.due_button.setAccessibleName(self.tr("Due cards and new ones"))
        self.cram_button = QRadioButton(self.tr("C&ram: every card of the deck, due or not"), self)
        self.cram_button.setAccessibleName(self.tr("Cram every card of the deck"))
        group = QButtonGroup(self)
        group.addButton(self.due_button)
        group.addButton(self.cram_button)
        column = QVBoxLayout()
        column.addWidget(self.due_button)
        column.addWidget(self.cram_button)
        return column

    def _lay_out(self, form: QFormLayout) -> None:
        column = QVBoxLayout()
        column.addSpacing(24)
        column.addWidget(QLabel(self.tr("<h2>Study</h2>"), self))
        column.addLayout(form)
        column.addSpacing(12)
        column.addWidget(self.counts_label)
        column.addSpacing(8)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        keys = QLabel(
            self.tr(
                "Ctrl+Enter starts. On a card: Space or Enter shows the answer, 1–4 rate it "
                "(Again, Hard, Good, Easy) or pick a choice, u undoes, Esc ends the session."
            ),
            self,
        )
        keys.setWordWrap(True)
        column.addSpacing(16)
        column.addWidget(keys)
        column.addStretch(1)
        centred = QHBoxLayout(self)
        centred.addStretch(1)
        centred.addLayout(column, 3)
        centred.addStretch(1)

    def _mode_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._changed()

    def _restore(self) -> None:
        settings = self.settings
        index = self.deck_combo.findData(
            deck_by_id(self.decks, _setting(settings, DECK_KEY, ALL)).id
        )
        self.deck_combo.setCurrentIndex(max(0, index))
        mode = _setting(settings, MODE_KEY, FLIP)
        number = next((n for n, (m, _t) in enumerate(MODES) if m == mode), 0)
        self.mode_group.button(number).setChecked(True)
        cram = _setting(settings, CRAM_KEY, "false").lower() == "true"
        (self.cram_button if cram else self.due_button).setChecked(True)
        try:
            new_per_day = int(_setting(settings, NEW_PER_DAY_KEY, str(DEFAULT_NEW_PER_DAY)))
        except ValueError:
            new_per_day = DEFAULT_NEW_PER_DAY
        self.new_per_day.setValue(new_per_day)

    def _changed(self) -> None:
        settings = self.settings
        settings.setValue(DECK_KEY, self.deck().id)
        settings.setValue(MODE_KEY, self.mode())
        settings.setValue(CRAM_KEY, "true" if self.cram() else "false")
        settings.setValue(NEW_PER_DAY_KEY, self.new_per_day.value())
        self.options_changed.emit()

    # ---- the choices ----------------------------------------------------------------------

    def deck(self) -> Deck:
        return deck_by_id(self.decks, str(self.deck_combo.currentData()))

    def mode(self) -> AnswerMode:
        button = self.mode_group.checkedButton()
        return AnswerMode(str(button.property("mode"))) if button is not None else FLIP

    def cram(self) -> bool:
        return self.cram_button.isChecked()

    def new_limit(self) -> int:
        return self.new_per_day.value()

    def set_new_limit(self, limit: int) -> None:
        self.new_per_day.setValue(limit)

    def set_deck(self, deck_id: str) -> None:
        index = self.deck_combo.findData(deck_id)
        if index >= 0:
            self.deck_combo.setCurrentIndex(index)

    def set_mode(self, mode: str) -> None:
        for button in self.mode_group.buttons():
            if button.property("mode") == str(mode):
                button.setChecked(True)

    def set_cram(self, cram: bool) -> None:
        (self.cram_button if cram else self.due_button).setChecked(True)

    def show_counts(self, due: int, new: int, total: int) -> None:
        if self.cram():
            text = self.tr("<b>{total}</b> cards in this deck, all of them in this session")
        else:
            text = self.tr("<b>{due}</b> due · <b>{new}</b> new · {total} cards in this deck")
        text = text.format(total=f"{total:,}", due=f"{due:,}", new=f"{new:,}")
        text = f"<p style='font-size:large'>{text}</p>"
        self.start_button.setEnabled(total > 0 if self.cram() else due + new > 0)
        if not self.start_button.isEnabled():
            nothing = self.tr("Nothing to study in this deck now. Try another deck, or Cram.")
            text += f"<p>{nothing}</p>"
        show_status(self.counts_label, text)


def _group(name: str, column: QVBoxLayout, parent: QWidget) -> QWidget:
    """Radio buttons in a named group: a screen reader says the name on entering it."""
    group = QWidget(parent)
    group.setAccessibleName(name)
    column.setContentsMargins(0, 0, 0, 0)
    group.setLayout(column)
    return group
