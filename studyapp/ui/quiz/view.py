"""The Quiz view: a study session of flashcards, keyboard first with Anki's keys.

Start screen → cards → summary. On a card: Space or Enter shows the answer, 1–4 rate it
(Again, Hard, Good, Easy) or pick one of four choices, a typed answer is checked with Enter;
after the answer, Space or Enter goes on. `u` or Ctrl+Z undoes the last answer (its card comes
back), Esc ends the session. Every answer is saved (state and log row in one transaction) the
moment it is given, so quitting or a crash loses nothing already answered.

Ctrl+Z is also the main window's Edit → Undo (bookmarks); while the focus is in this view, the
view claims the key (see undo_keys.py), so it undoes the last answer here and never a bookmark
change made elsewhere.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from studyapp.content import card_sources
from studyapp.content.card_sources import CardRef
from studyapp.errors import StudyAppError
from studyapp.i18n import sentences
from studyapp.study.answers import Verdict, check_answer
from studyapp.study.cards import Card
from studyapp.study.choices import choices_for
from studyapp.study.content_cards import ContentCards
from studyapp.study.counts import deck_counts
from studyapp.study.decks import Deck, decks
from studyapp.study.kinds import kind_label, typed_note
from studyapp.study.queue import DeckFilter, StudySession
from studyapp.study.scheduling import Rating, Scheduler, rating_for
from studyapp.study.vocabulary import AnswerMode, AnswerType
from studyapp.ui.actions import view_action
from studyapp.ui.quiz.card_page import RATING_NAMES, CardPage, rating_name
from studyapp.ui.quiz.details import details_html
from studyapp.ui.quiz.formatting import interval_text, minutes_text
from studyapp.ui.quiz.preferences_dialog import PreferencesDialog, load_preferences
from studyapp.ui.quiz.start_page import CHOICE, FLIP, MODES, TYPED, StartPage
from studyapp.ui.quiz.summary_page import SummaryPage
from studyapp.ui.quiz.twin import twin
from studyapp.ui.quiz.undo_keys import UndoKeyGuard
from studyapp.ui.services import ItemKind, Services
from studyapp.ui.shared.card_panel import CardPanel
from studyapp.ui.shared.content_language import ContentLanguage
from studyapp.ui.shared.mnemonic import without_mnemonic
from studyapp.userdata import reviews

START, QUESTION, ANSWERED, SUMMARY = "start", "question", "answered", "summary"
# While the student reads a card, the next ones are made (their rows read, and a choice
# card's distractors), a card per pause of the event loop: showing one is then only Qt's.
MAKE_AHEAD = 3
MAKE_AHEAD_PAUSE_MS = 100  # after the card is painted, well before it is answered
CLICK = AnswerMode.CLICK  # a card answered on a panel (the map's): logged as a choice


def _single_shot(parent: QWidget, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.timeout.connect(slot)
    return timer


class QuizView(QWidget):
    card_shown = Signal(str)  # card key
    card_answered = Signal(str, int)  # card key, rating
    answer_undone = Signal(str)  # card key
    session_ended = Signal()
    _made_ahead: set[str]  # keys of the session's cards made ahead and not shown yet
    _options_ahead: dict[str, list[str]]  # the choices of those asked by choice
    # The bookmarked clauses and the cards they make with the content's, read again only
    # when a bookmark changes: a student may have tens of thousands of bookmarks.
    _marks: list[str] | None = None
    _cards: ContentCards | None = None

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        card_panels: Sequence[Callable[[Services], CardPanel]] = (),
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.decks = decks(services.database.read(card_sources.agreement_rows))
        self.rng = random.Random()
        # The cards of the session: named by the card table, each made when it is shown.
        self.session_cards = self.cards()
        self._preview = Scheduler(fuzz=False)  # for the intervals on the rating buttons

        self.session: StudySession[CardRef] | None = None
        self.deck: Deck = self.decks[0]
        self.mode: AnswerMode = FLIP  # the session's way of answering
        # This card's way: a typed session offers choices where typing would be unfair.
        self.card_mode: AnswerMode = FLIP
        self.cram = False
        self.phase = START
        self.card: Card | None = None
        self.card_ref: CardRef | None = None  # the card table's row of `card`
        self.options: list[str] = []  # the choices shown, in order (choice mode)
        self.right_index = -1
        self.verdict: Verdict | None = None  # the typed answer's verdict
        self.answers = 0  # answers of this session that can still be undone
        self._shown_at = 0.0
        self._override_undone = False  # a typed answer undone to take the student's rating
        self._duration_ms = 0
        self._make_ahead_timer = _single_shot(self, self._make_ahead)

        self.start_page = StartPage(self.decks, services.settings, self)
        self.card_page = CardPage(self)
        self.content_language = ContentLanguage.of(services.settings)
        self.card_page.use_content_language(self.content_language)
        self.content_language.changed.connect(self._content_language_changed)
        self.summary_page = SummaryPage(self)
        self.stack = QStackedWidget(self)
        self.stack.setAccessibleName(self.tr("Quiz"))
        for page in (self.start_page, self.card_page, self.summary_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setFocusProxy(self.start_page)

        self.panels = [make(services) for make in card_panels]
        for panel in self.panels:
            self.card_page.add_panel(panel)
            panel.answered.connect(self.answer_on_panel)
        self._make_actions()
        self.start_page.options_changed.connect(self.refresh_counts)
        self.start_page.start_requested.connect(self.start)
        self.card_page.show_clicked.connect(self._show_or_continue)
        self.card_page.rating_clicked.connect(self._digit)
        self.card_page.choice_clicked.connect(self.choose)
        self.card_page.typed_submitted.connect(self.check_typed)
        self.summary_page.again_requested.connect(self.start)
        self.summary_page.back_requested.connect(self.back_to_start)
        services.bookmarks.changed.connect(self._bookmarks_changed)
        self.undo_keys = UndoKeyGuard(
            self, self.card_page.typed_edit, self.undo, lambda: self.phase != START
        )
        self._update_actions()

    # ---- actions ------------------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.start_action = view_action(
            self, self.tr("&Start session"), ["Ctrl+Return", "Ctrl+Enter"], self.start
        )
        self.show_action = view_action(
            self,
            self.tr("Show &answer / continue"),
            ["Space", "Return", "Enter"],
            self._show_or_continue,
        )
        self.rate_actions = [
            view_action(
                self,
                self.tr("{rating} (or choice {number})").format(
                    rating=rating_name(number), number=number
                ),
                [str(number), f"Num+{number}"],
                self._digit_slot(number),
            )
            for number in range(1, len(RATING_NAMES) + 1)
        ]
        self.undo_action = view_action(self, self.tr("&Undo answer"), ["U", "Ctrl+Z"], self.undo)
        self.end_action = view_action(self, self.tr("&End session"), ["Esc"], self.end_session)
        self.browse_action = view_action(
            self, self.tr("&Browse cards…"), ["Ctrl+B"], self.browse, local=False
        )
        self.preferences_action = view_action(
            self, self.tr("Study &preferences…"), ["Ctrl+,"], self.edit_preferences, local=False
        )

    def _digit_slot(self, number: int) -> Callable[[], None]:
        return lambda: self._digit(number)

    def view_actions(self) -> list[QAction]:
        return [
            self.start_action,
            self.show_action,
            *self.rate_actions,
            self.undo_action,
            self.end_action,
            self.browse_action,
            self.preferences_action,
        ]

    def open_item(self, kind: ItemKind, key: str) -> None:
        """Nothing to open here: the view's registration names no kinds."""

    def saved_state(self) -> dict[str, str]:
        return {}

    def restore_state(self, state: Mapping[str, str]) -> None:
        """Nothing is saved."""

    def _update_actions(self) -> None:
        phase, mode = self.phase, self.card_mode
        in_card = phase in (QUESTION, ANSWERED)
        self.start_action.setEnabled(phase in (START, SUMMARY))
        self.show_action.setEnabled(in_card)
        digits = (phase == QUESTION and mode == CHOICE) or (
            phase == ANSWERED and mode in (FLIP, TYPED)
        )
        for action in self.rate_actions:
            action.setEnabled(digits)
        self.undo_action.setEnabled(self.session is not None and self.answers > 0)
        self.end_action.setEnabled(in_card or phase == SUMMARY)
        # When the main window brings the view back, the keyboard goes where this step wants.
        target = {START: self.start_page, SUMMARY: self.summary_page}.get(phase)
        self.setFocusProxy(target or self.card_page.focus_target)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self.phase == START:
            self.refresh_counts()

    # ---- the cards and the start screen --------------------------------------------------

    def cards(self) -> ContentCards:
        """Every card, with a bookmark card for each bookmarked clause (made when shown)."""
        if self._cards is None:
            services = self.services
            self._cards = ContentCards(services.database, services.index, self._bookmarked())
        return self._cards

    def _bookmarked(self) -> list[str]:
        if self._marks is None:
            self._marks = self.services.bookmarks.keys()
        return self._marks

    def _bookmarks_changed(self, _clause_key: str) -> None:
        self._marks, self._cards = None, None
        if self.phase == START and self.isVisible():
            self.refresh_counts()

    def refresh_counts(self) -> None:
        """Due and new cards of the chosen deck, as the session would take them."""
        deck = self.start_page.deck().filter_for(self._bookmarked())
        counts = deck_counts(
            self.services.bookmarks.store,
            self.cards().pool(deck),
            deck,
            self.start_page.new_limit(),
            dt.datetime.now(dt.UTC),
        )
        self.start_page.show_counts(counts.due, counts.new, counts.total)

    # ---- the session -------------------------------------------------------------------------

    def browse(self) -> None:
        """The card browser; "study selection now" starts a cram session of those cards."""
        from studyapp.ui.quiz.browser.dialog import CardBrowser  # only when asked for

        if self.phase in (QUESTION, ANSWERED):
            self._finish(finished=False)
        browser = CardBrowser(self.services.bookmarks.store, self.cards(), self)
        browser.resize(max(900, self.width()), max(560, self.height()))
        browser.study_requested.connect(self.study_cards)
        browser.exec()
        if self.phase in (START, SUMMARY):
            self.refresh_counts()

    def study_cards(self, keys: list[str]) -> None:
        """Study these cards now, due or not, without changing their schedules (cram)."""
        self._start_session(frozenset(keys))

    def edit_preferences(self) -> None:
        """The preferences dialog; what it saves holds from the next session on."""
        dialog = PreferencesDialog(self.services.settings, self)
        if dialog.exec():
            self.start_page.set_new_limit(dialog.chosen().new_per_day)
            self.refresh_counts()

    def start(self) -> None:
        self._start_session(None)

    def _start_session(self, only: frozenset[str] | None) -> None:
        page = self.start_page
        self.session_cards = self.cards()
        self._made_ahead = set()
        self._options_ahead = {}
        self.deck = page.deck()
        self.mode = page.mode()
        self.cram = page.cram() or only is not None
        deck_filter = self.deck.filter_for(self._bookmarked())
        if only is not None:
            label = self.tr("%n chosen cards", "", len(only))
            self.deck = Deck("selection", label, DeckFilter(card_keys=only))
            deck_filter = self.deck.filter
        preferences = load_preferences(self.services.settings)
        self._preview = Scheduler.for_preferences(preferences, fuzz=False)
        self.session = StudySession(
            self.services.bookmarks.store,
            self.session_cards.pool(deck_filter),
            deck=deck_filter,
            cram=self.cram,
            new_limit=page.new_limit(),
            preferences=preferences,
            siblings=self.session_cards,
        )
        self.answers = 0
        self.stack.setCurrentWidget(self.card_page)
        self._next()

    def _next(self) -> None:
        assert self.session is not None
        ref = self.session.next_card()
        if ref is None:
            self._finish(finished=True)
        else:
            self._ask(ref)

    def _ask(self, ref: CardRef) -> None:
        assert self.session is not None
        card = self.session_cards.card(ref.key)
        if card is None:  # the card table names a card its rows cannot make: a damaged file
            self.services.navigator.problem_reported.emit(
                self.tr("The card {key} cannot be made from the content.").format(key=ref.key)
            )
            self._finish(finished=False)
            return
        self.card, self.card_ref, self.phase, self.verdict = card, ref, QUESTION, None
        self._override_undone = False
        self.stack.setCurrentWidget(self.card_page)
        mode_title = next(title for m, title in MODES if m == self.mode)
        mode_name = without_mnemonic(QCoreApplication.translate("StartPage", mode_title))
        left = self.session.counts()
        progress = self.tr(
            "New {new} · Learning {learning} · Review {review} · {time} left · {deck} · {mode}"
        ).format(
            new=left.new,
            learning=left.learning,
            review=left.review,
            time=minutes_text(left.seconds_left),
            deck=self.deck.label,
            mode=mode_name,
        )
        self.card_mode = CHOICE if self._asks_by_choice(card) else self.mode
        self._made_ahead.discard(ref.key)
        if self.card_mode == CHOICE:
            self.options = self._options_ahead.pop(ref.key, []) or self._choices(card, ref)
            self.right_index = self.options.index(card.answer)
            if len(self.options) < 2:  # nothing to choose from: flip it instead
                self.card_mode = FLIP
        panel = self._panel_for(card)
        for other in self.panels:
            other.setVisible(other is panel)
        if panel is not None:
            panel.show_question(card)
            if panel.answers_by_click(card):
                self.card_mode = CLICK
        self.card_page.show_question(card, kind_label(card.kind), progress, self.card_mode)
        if self.card_mode == CHOICE:
            self.card_page.set_choices(self.options)
        if self.mode == TYPED and self.card_mode != TYPED:
            self.card_page.show_note(typed_note(card.kind))
        elif self.mode == CHOICE and self.card_mode == FLIP:
            self.card_page.show_note(
                self.tr("Too few answers to choose from: flip this card instead.")
            )
        self._update_actions()
        self._shown_at = time.monotonic()
        self._make_ahead_timer.start(MAKE_AHEAD_PAUSE_MS)
        self.card_shown.emit(card.key)

    def _asks_by_choice(self, card: Card) -> bool:
        """Multiple choice: in a choice session, and in a typed one where typing would be
        unfair (a definition)."""
        return self.mode == CHOICE or (self.mode == TYPED and card.answer_type == AnswerType.CHOICE)

    @property
    def making_ahead(self) -> bool:
        """Whether the next cards are still being made (a benchmark waits for it)."""
        return self._make_ahead_timer.isActive()

    def _choices(self, card: Card, ref: CardRef) -> list[str]:
        """The card's answer and distractors from its neighbours, shuffled."""
        return choices_for(card, self.session_cards.distractor_cards(ref), self.rng)

    def _make_ahead(self) -> None:
        """Make the first of the next cards not made yet (and its choices), then come back
        for the others."""
        if self.session is None or self.phase not in (QUESTION, ANSWERED):
            return
        for ref in self.session.upcoming(MAKE_AHEAD):
            if ref.key in self._made_ahead:
                continue
            self._made_ahead.add(ref.key)
            card = self.session_cards.card(ref.key)
            if card is not None and self._asks_by_choice(card):
                self._options_ahead[ref.key] = self._choices(card, ref)
            self._make_ahead_timer.start(0)
            return

    def _elapsed_ms(self) -> int:
        return round((time.monotonic() - self._shown_at) * 1000)

    def _show_answer_side(self) -> None:
        """The answer and explanation, in the content language (the other one, to compare)."""
        assert self.card is not None
        card, language = self.card, None
        if self.content_language.other:  # made again, in the other language, on first use
            language = self.content_language.language()
            card = twin(card, language, self.services.index, self.services.database)
        self.card_page.show_answer(card, self._details(card, language))

    def _content_language_changed(self) -> None:
        if self.phase == ANSWERED and self.card is not None:
            self._show_answer_side()

    def _details(self, card: Card, language: str | None = None) -> str:
        keys = card.source_keys
        return details_html(
            card, self.services.database.read(lambda c: card_sources.sources(c, keys)), language
        )

    def _record(self, rating: Rating, correct: bool | None) -> bool:
        """Save the answer to the current card; False (and a message) if it could not be."""
        assert self.session is not None and self.card is not None and self.card_ref is not None
        try:
            self.session.answer(
                self.card_ref,
                rating,
                duration_ms=self._duration_ms,
                mode=CHOICE if self.card_mode == CLICK else self.card_mode,
                correct=correct,
            )
        except StudyAppError as error:
            # The card stays on screen as it was: answering again saves it once the cause
            # is gone. The window shows the cause until it is dismissed.
            self.services.navigator.problem_reported.emit(
                sentences(self.tr("Your answer was not saved."), str(error))
            )
            return False
        self.answers += 1
        if self.session.warning:
            self.services.navigator.message_posted.emit(self.session.warning)
            self.session.warning = ""
        self.card_answered.emit(self.card.key, int(rating))
        return True

    # Flip

    def show_answer(self) -> None:
        if self.phase != QUESTION or self.card_mode != FLIP or self.card is None:
            return
        self.phase = ANSWERED
        self._show_answer_side()
        if panel := self._panel_for(self.card):
            panel.show_answer(self.card)
        self.card_page.show_ratings(self._intervals(self.card))
        self._update_actions()

    def _intervals(self, card: Card) -> list[str] | None:
        """The time to the next review for each rating, as fsrs would schedule it (no fuzz)."""
        if self.cram:
            return None  # a cram answer does not reschedule
        state = reviews.get_state(self.services.bookmarks.store, card.key)
        now = dt.datetime.now(dt.UTC)
        return [
            interval_text(self._preview.review(card.key, state, rating, now).due - now)
            for rating in Rating
        ]

    def rate(self, rating: int) -> None:
        """Rate the shown flip card 1–4 (or re-rate a checked typed answer) and go on."""
        if self.phase != ANSWERED or self.card is None:
            return
        if self.card_mode == FLIP:
            self._duration_ms = self._elapsed_ms()  # as in Anki: until the rating
            if self._record(Rating(rating), None):
                self._next()
        elif self.card_mode == TYPED and self.session is not None:
            # "I was right" (or wrong): the student's rating replaces the derived one. If the
            # new rating cannot be saved, pressing it again must not undo an earlier answer.
            if not self._override_undone:
                try:
                    self.session.undo()
                except StudyAppError as error:
                    self.services.navigator.problem_reported.emit(
                        sentences(self.tr("The rating was not changed."), str(error))
                    )
                    return
                self.answers -= 1
                self._override_undone = True
            if self._record(Rating(rating), rating > Rating.AGAIN):
                self._next()

    # Choice

    def choose(self, index: int) -> None:
        if self.phase != QUESTION or self.card_mode != CHOICE or self.card is None:
            return
        if not 0 <= index < len(self.options):
            return
        self._duration_ms = self._elapsed_ms()
        correct = index == self.right_index
        rating = rating_for(correct, self._duration_ms / 1000, CHOICE)
        if not self._record(rating, correct):
            return
        self.phase = ANSWERED
        self.card_page.mark_choices(self.options, self.right_index, index)
        self._show_answer_side()
        if panel := self._panel_for(self.card):
            panel.show_answer(self.card)
        answer = self.card.answer.rstrip(".")
        if correct:
            text = self.tr("✓ Right.")
        else:
            text = self.tr("✗ Wrong: the answer is {answer}.").format(answer=answer)
        self.card_page.show_continue(text, correct, int(rating), overridable=False)
        self._update_actions()

    # On a panel (a click on the map)

    def _panel_for(self, card: Card) -> CardPanel | None:
        return next((panel for panel in self.panels if panel.handles(card)), None)

    def answer_on_panel(self, correct: bool) -> None:
        if self.phase != QUESTION or self.card_mode != CLICK or self.card is None:
            return
        self._duration_ms = self._elapsed_ms()
        rating = rating_for(correct, self._duration_ms / 1000, CHOICE)
        if not self._record(rating, correct):
            return
        self.phase = ANSWERED
        self._show_answer_side()
        panel = self._panel_for(self.card)
        if panel is not None:
            panel.show_answer(self.card)
        if correct:
            text = self.tr("✓ Right.")
        else:
            text = self.tr("✗ Wrong: the map now shows {answer}.").format(answer=self.card.answer)
        self.card_page.show_continue(text, correct, int(rating), overridable=False)
        self._update_actions()

    # Typed

    def check_typed(self, text: str) -> None:
        if self.phase != QUESTION or self.card_mode != TYPED or self.card is None:
            return
        self._duration_ms = self._elapsed_ms()
        verdict = check_answer(self.card, text)
        if not verdict.graded:
            # Not an answer to this question: say what is understood, keep the card, log nothing.
            self.card_page.show_note(verdict.difference)
            self.card_page.typed_edit.selectAll()
            self.services.navigator.message_posted.emit(verdict.difference)
            return
        rating = rating_for(verdict.correct, self._duration_ms / 1000, TYPED)
        if not self._record(rating, verdict.correct):
            return
        self.verdict = verdict
        self.phase = ANSWERED
        self.card_page.typed_edit.setReadOnly(True)
        self._show_answer_side()
        if verdict.correct:
            words = self.tr("✓ Right.")
        elif verdict.near_miss:
            words = self.tr("✗ Nearly: {difference}").format(difference=verdict.difference)
        else:
            words = sentences(self.tr("✗ Wrong."), verdict.difference)
        self.card_page.show_continue(words, verdict.correct, int(rating), overridable=True)
        self._update_actions()

    # Keys and buttons

    def _show_or_continue(self) -> None:
        """Space or Enter: show the answer, check a typed one, pick the focused choice or
        rating, or go on to the next card."""
        focused = QApplication.focusWidget()
        page = self.card_page
        if self.phase == QUESTION:
            if self.card_mode == FLIP:
                self.show_answer()
            elif self.card_mode == CLICK:
                panel = self._panel_for(self.card) if self.card else None
                if panel is not None:
                    panel.answer_from_keyboard()
            elif self.card_mode == TYPED:
                self.check_typed(page.typed_edit.text())
            else:
                picked = [n for n, b in enumerate(page.choice_buttons) if b is focused]
                if picked:
                    self.choose(picked[0])
        elif self.phase == ANSWERED:
            if self.card_mode == FLIP:
                rated = [n for n, b in enumerate(page.rating_buttons, start=1) if b is focused]
                self.rate(rated[0] if rated else Rating.GOOD)
            else:
                self._next()

    def _digit(self, number: int) -> None:
        if self.phase == QUESTION and self.card_mode == CHOICE:
            self.choose(number - 1)
        else:
            self.rate(number)

    # Undo and the end

    def undo(self) -> None:
        if self.session is None or self.answers == 0:
            self.services.navigator.message_posted.emit(
                self.tr("No answer to undo in this session.")
            )
            return
        try:
            ref = self.session.undo()
        except StudyAppError as error:
            self.services.navigator.problem_reported.emit(
                sentences(self.tr("The answer was not undone."), str(error))
            )
            return
        if ref is None:
            return
        self.answers -= 1
        self.answer_undone.emit(ref.key)
        self.services.navigator.message_posted.emit(self.tr("Answer undone."))
        self._ask(ref)

    def end_session(self) -> None:
        if self.phase in (QUESTION, ANSWERED):
            self._finish(finished=False)
        elif self.phase == SUMMARY:
            self.back_to_start()

    def _finish(self, finished: bool) -> None:
        assert self.session is not None
        self.phase, self.card, self.card_ref = SUMMARY, None, None
        self.stack.setCurrentWidget(self.summary_page)
        self.summary_page.show_summary(self.session.summary(), self.deck.label, finished)
        self._update_actions()
        self.session_ended.emit()

    def back_to_start(self) -> None:
        self.phase, self.card, self.card_ref, self.session, self.answers = (
            START,
            None,
            None,
            None,
            0,
        )
        self.stack.setCurrentWidget(self.start_page)
        self.start_page.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh_counts()
        self._update_actions()
