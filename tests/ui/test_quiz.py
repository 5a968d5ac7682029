"""The Quiz view as a student uses it: keys for everything, each answer in the review log."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from studyapp import calendars
from studyapp.study.answers import check_answer, parse_date
from studyapp.study.cards import generate_cards
from studyapp.study.scheduling import rating_for
from studyapp.ui.quiz.formatting import due_text
from studyapp.ui.quiz.start_page import CHOICE, FLIP, NEW_PER_DAY_KEY, TYPED
from studyapp.ui.quiz.view import ANSWERED, QUESTION, START, SUMMARY, QuizView
from studyapp.ui.services import Services
from studyapp.userdata import reviews
from studyapp.userdata.reviews import ReviewEntry


def _log(services: Services) -> list[ReviewEntry]:
    return reviews.review_log(services.bookmarks.store)


def _focused(view: QWidget) -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None and view.isAncestorOf(widget), widget
    return widget


def _press(
    qtbot: QtBot,
    view: QWidget,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A key press where the keyboard is: the focused widget of the view."""
    qtbot.keyClick(_focused(view), key, modifier)


def _mode_button(view: QuizView, mode: str) -> QWidget:
    return next(b for b in view.start_page.mode_group.buttons() if b.property("mode") == mode)


def open_quiz(
    qtbot: QtBot, services: Services, mode: str, deck: str = "all", cram: bool = False
) -> QuizView:
    """The view, its start screen filled in as a user would, and the session started."""
    view = QuizView(services)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.start_page.set_deck(deck)
    qtbot.mouseClick(_mode_button(view, mode), Qt.MouseButton.LeftButton)
    session_button = view.start_page.cram_button if cram else view.start_page.due_button
    qtbot.mouseClick(session_button, Qt.MouseButton.LeftButton)
    view.start_page.start_button.setFocus()
    assert view.phase == START
    _press(qtbot, view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.phase == QUESTION
    assert view.card is not None
    return view


def test_flip_space_shows_the_answer_and_3_records_good(qtbot: QtBot, services: Services) -> None:
    view = open_quiz(qtbot, services, FLIP)
    card = view.card
    assert card is not None
    assert view.card_page.prompt_label.text() == card.prompt
    assert not view.card_page.answer_label.isVisible()
    _press(qtbot, view, Qt.Key.Key_Space)
    assert view.phase == ANSWERED
    assert view.card_page.answer_label.isVisible()
    assert view.card_page.answer_label.text() == card.answer
    assert html.escape(card.explanation) in view.card_page.details_label.text()
    assert "<b>Sources</b>" in view.card_page.details_label.text()
    # The screen reader lands on the rating buttons, named with their keys.
    focused = _focused(view)
    assert focused is view.card_page.rating_buttons[2]
    assert focused.accessibleName().startswith("Good, key 3")
    _press(qtbot, view, Qt.Key.Key_3)
    log = _log(services)
    assert [(e.card_key, e.rating, e.mode, e.correct) for e in log] == [(card.key, 3, "flip", None)]
    assert reviews.get_state(services.bookmarks.store, card.key) is not None
    assert view.phase == QUESTION
    assert view.card is not None and view.card.key != card.key


def test_multiple_choice_keys_record_what_the_screen_says(qtbot: QtBot, services: Services) -> None:
    view = open_quiz(qtbot, services, CHOICE)
    outcomes = set()
    for turn in range(8):
        card, options = view.card, list(view.options)
        assert card is not None and card.answer in options
        assert len(options) == len(set(options))
        # Every other turn picks the right option, the rest a wrong one, by its number key:
        # pressing fixed keys would miss one outcome now and then, the options being shuffled.
        right_number = options.index(card.answer) + 1
        wrong_number = 2 if right_number == 1 else 1
        number = right_number if turn % 2 == 0 else wrong_number
        buttons = view.card_page.choice_buttons
        assert [b.label_text().split(maxsplit=1)[1] for b in buttons[: len(options)]] == options
        # Unmarked, and no style sheet (one makes showing a card twice as slow).
        assert [(b.mark, b.styleSheet()) for b in buttons] == [(None, "")] * len(buttons)
        _press(qtbot, view, Qt.Key(Qt.Key.Key_0 + number))
        assert view.phase == ANSWERED
        correct = options[number - 1] == card.answer
        entry = _log(services)[-1]
        assert (entry.card_key, entry.mode, entry.correct) == (card.key, "choice", correct)
        assert entry.rating == rating_for(correct, entry.duration_ms / 1000, "choice")
        # The right option is marked on screen; a wrong pick is marked as such.
        right = options.index(card.answer)
        assert buttons[right].label_text().startswith("✓")
        assert buttons[right].mark is not None and buttons[right].label.font().bold()
        text_colour = buttons[right].label.palette().color(QPalette.ColorRole.ButtonText)
        assert text_colour == buttons[right].mark  # the text in the frame's colour too
        if not correct:
            assert buttons[number - 1].label_text().startswith("✗")
            assert buttons[number - 1].mark not in (None, buttons[right].mark)
        verdict = view.card_page.verdict_label.text()
        assert verdict.startswith("✓ Right") if correct else verdict.startswith("✗ Wrong")
        outcomes.add(correct)
        _press(qtbot, view, Qt.Key.Key_Space)
        assert view.phase == QUESTION
    assert len(_log(services)) == 8
    assert outcomes == {True, False}


def test_a_typed_date_in_another_form_is_right_and_a_near_miss_says_why(
    qtbot: QtBot, services: Services
) -> None:
    view = open_quiz(qtbot, services, TYPED, deck="kind:agreement-date")
    card = view.card
    assert card is not None and card.kind == "agreement-date"
    signed = parse_date(card.answer)
    assert signed is not None
    edit = view.card_page.typed_edit
    assert _focused(view) is edit
    qtbot.keyClicks(edit, signed.isoformat())  # "1907-07-30" for "30 July 1907"
    _press(qtbot, view, Qt.Key.Key_Return)
    assert view.phase == ANSWERED
    assert [(e.card_key, e.correct, e.mode) for e in _log(services)] == [(card.key, True, "typed")]
    assert view.card_page.verdict_label.text().startswith("✓ Right")
    _press(qtbot, view, Qt.Key.Key_Space)

    card = view.card
    assert card is not None and view.phase == QUESTION
    signed = parse_date(card.answer)
    assert signed is not None
    wrong_day = signed.replace(day=signed.day + 1 if signed.day < 28 else signed.day - 1)
    typed = f"{wrong_day.day} {wrong_day:%B %Y}"
    qtbot.keyClicks(view.card_page.typed_edit, typed)
    _press(qtbot, view, Qt.Key.Key_Return)
    expected = check_answer(card, typed)
    assert expected.near_miss and expected.difference
    assert view.verdict == expected
    assert expected.difference in view.card_page.verdict_label.text()
    assert view.card_page.answer_label.text() == card.answer
    entry = _log(services)[-1]
    assert (entry.card_key, entry.correct, entry.rating) == (card.key, False, 1)

    # "I was right": 3 replaces the derived rating before going on.
    _press(qtbot, view, Qt.Key.Key_3)
    log = _log(services)
    assert len(log) == 2
    assert (log[-1].card_key, log[-1].rating, log[-1].correct) == (card.key, 3, True)
    assert view.phase == QUESTION and view.card is not None and view.card.key != card.key


def test_u_undoes_the_last_answer_and_shows_its_card_again(
    qtbot: QtBot, services: Services
) -> None:
    view = open_quiz(qtbot, services, FLIP)
    first = view.card
    assert first is not None
    _press(qtbot, view, Qt.Key.Key_Space)
    _press(qtbot, view, Qt.Key.Key_3)
    second = view.card
    assert second is not None and len(_log(services)) == 1
    _press(qtbot, view, Qt.Key.Key_U)
    assert _log(services) == []
    assert reviews.get_state(services.bookmarks.store, first.key) is None
    assert view.phase == QUESTION and view.card == first
    assert view.card_page.prompt_label.text() == first.prompt
    # Answered again, then undone with Ctrl+Z.
    _press(qtbot, view, Qt.Key.Key_Space)
    _press(qtbot, view, Qt.Key.Key_4)
    assert [e.rating for e in _log(services)] == [4]
    _press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _log(services) == []
    assert view.card == first
    assert not view.undo_action.isEnabled()


def test_ctrl_z_in_an_empty_answer_box_undoes_the_last_answer(
    qtbot: QtBot, services: Services
) -> None:
    view = open_quiz(qtbot, services, TYPED, deck="kind:agreement-date")
    first = view.card
    qtbot.keyClicks(view.card_page.typed_edit, "1900")
    _press(qtbot, view, Qt.Key.Key_Return)
    _press(qtbot, view, Qt.Key.Key_Return)  # next card
    edit = view.card_page.typed_edit
    qtbot.keyClicks(edit, "18")
    _press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == ""  # first Ctrl+Z: the typing
    assert len(_log(services)) == 1
    _press(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _log(services) == []  # then the answer
    assert view.card == first


def test_esc_ends_the_session_with_a_summary(qtbot: QtBot, services: Services) -> None:
    view = open_quiz(qtbot, services, FLIP)
    for rating in (Qt.Key.Key_3, Qt.Key.Key_1):
        _press(qtbot, view, Qt.Key.Key_Space)
        _press(qtbot, view, rating)
    with qtbot.waitSignal(view.session_ended, timeout=1000):
        _press(qtbot, view, Qt.Key.Key_Escape)
    assert view.phase == SUMMARY
    assert view.stack.currentWidget() is view.summary_page
    text = view.summary_page.text_label.text()
    assert "Session ended" in text
    assert "<b>Cards seen</b></td><td>2<" in text
    assert "1 of 2 answers (50%)" in text
    assert "Again 1 · Hard 0 · Good 1 · Easy 0" in text
    assert "Next card due: <b>now</b>" in text  # new cards are left
    assert _focused(view) is view.summary_page.again_button
    # An answer can still be undone from the summary: its card comes back.
    answered = _log(services)[-1].card_key
    _press(qtbot, view, Qt.Key.Key_U)
    assert view.phase == QUESTION
    assert view.card is not None and view.card.key == answered
    assert len(_log(services)) == 1
    _press(qtbot, view, Qt.Key.Key_Escape)
    _press(qtbot, view, Qt.Key.Key_Return)  # Study again
    assert view.phase == QUESTION
    _press(qtbot, view, Qt.Key.Key_Escape)
    _press(qtbot, view, Qt.Key.Key_Escape)  # from the summary back to the decks
    assert view.phase == START
    assert view.stack.currentWidget() is view.start_page


def test_my_bookmarks_only_offers_cards_of_the_bookmarked_clauses(
    qtbot: QtBot, services: Services
) -> None:
    clauses = [a.clauses[0].key for a in services.index.whole().agreements[:2]]
    for key in clauses:
        services.bookmarks.save(key)
    expected = {
        card.key
        for card in generate_cards(services.index.whole(), bookmarked=clauses)
        if card.clause_key in clauses
    }
    assert {f"bookmark:{key}" for key in clauses} <= expected
    view = open_quiz(qtbot, services, FLIP, deck="bookmarks", cram=True)
    assert f"<b>{len(expected)}</b> cards in this deck" in view.start_page.counts_label.text()
    shown = []
    while view.phase == QUESTION:
        assert view.card is not None
        assert view.card.clause_key in clauses
        assert view.card.kind in ("bookmark", "clause-agreement", "clause-part", "clause-cloze")
        shown.append(view.card.key)
        _press(qtbot, view, Qt.Key.Key_Space)
        _press(qtbot, view, Qt.Key.Key_3)
    assert view.phase == SUMMARY
    assert sorted(shown) == sorted(expected)
    assert {e.mode for e in _log(services)} == {"flip-cram"}


def test_the_start_screen_counts_and_keeps_the_new_card_limit(
    qtbot: QtBot, services: Services
) -> None:
    view = open_quiz(qtbot, services, FLIP, deck="kind:agreement-date")
    _press(qtbot, view, Qt.Key.Key_Space)
    _press(qtbot, view, Qt.Key.Key_3)
    _press(qtbot, view, Qt.Key.Key_Escape)
    _press(qtbot, view, Qt.Key.Key_Escape)
    assert view.phase == START
    spin = view.start_page.new_per_day
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "3")
    assert services.settings.value(NEW_PER_DAY_KEY) in (3, "3")
    agreements = len(services.index.whole().agreements)
    # One card answered today: 2 more new ones allowed; the answered one is due in minutes.
    text = view.start_page.counts_label.text()
    assert f"<b>1</b> due · <b>2</b> new · {agreements} cards in this deck" in text
    again = QuizView(services)
    qtbot.addWidget(again)
    assert again.start_page.new_limit() == 3
    assert again.start_page.deck().id == "kind:agreement-date"


def test_the_summary_tells_when_the_next_card_is_due(qtbot: QtBot, services: Services) -> None:
    view = open_quiz(qtbot, services, FLIP, deck="kind:agreement-julian")
    count = 0
    while view.phase == QUESTION:
        _press(qtbot, view, Qt.Key.Key_Space)
        _press(qtbot, view, Qt.Key.Key_4)  # Easy: days away, so the session runs out
        count += 1
    assert count == len(services.index.whole().agreements)
    text = view.summary_page.text_label.text()
    assert "the session is finished" in text
    states = reviews.states(services.bookmarks.store)
    first_due = min(state.due for state in states.values())
    now = dt.datetime.now(dt.UTC)
    assert first_due > now + dt.timedelta(days=2)  # Easy on a new card: days away
    assert f"Next card due: <b>{due_text(first_due, now)}</b>" in text
    assert due_text(first_due, now).startswith("on ")


def test_every_control_has_an_accessible_name(qtbot: QtBot, services: Services) -> None:
    view = open_quiz(qtbot, services, CHOICE)
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QSpinBox

    for kind in (QAbstractButton, QComboBox, QLineEdit, QSpinBox):
        for control in view.findChildren(kind):
            if not control.objectName().startswith("qt_"):  # a spin box's own line edit
                assert control.accessibleName(), control
    names = [a.text() for a in view.view_actions()]
    assert "&Undo answer" in names and "&End session" in names
    keys = {a.text(): [k.toString() for k in a.shortcuts()] for a in view.view_actions()}
    assert keys["&Undo answer"] == ["U", "Ctrl+Z"]
    assert keys["Show &answer / continue"][0] == "Space"


def test_a_typed_session_offers_choices_where_typing_would_be_unfair(
    qtbot: QtBot, services: Services
) -> None:
    view = open_quiz(qtbot, services, TYPED, deck="kind:event-order")
    card = view.card
    assert card is not None and card.answer_type == "choice"
    assert view.card_page.choices_box.isVisible()
    assert not view.card_page.typed_edit.isVisible()
    assert len(view.options) == 2  # "which came first": the two events
    _press(qtbot, view, Qt.Key.Key_2)
    entry = _log(services)[-1]
    assert (entry.mode, entry.correct) == ("choice", view.options[1] == card.answer)


def test_a_typed_definition_card_says_on_the_card_why_it_offers_choices(
    qtbot: QtBot, services: Services
) -> None:
    view = open_quiz(qtbot, services, TYPED, deck="kind:term-definition")
    assert view.card is not None and view.card.kind == "term-definition"
    assert view.card_page.choices_box.isVisible()
    assert view.card_page.note_label.isVisible()
    assert "definition" in view.card_page.note_label.text()


def test_an_answer_that_is_no_date_is_not_graded_and_the_card_stays(
    qtbot: QtBot, services: Services
) -> None:
    view = open_quiz(qtbot, services, TYPED, deck="kind:agreement-date")
    card = view.card
    assert card is not None
    edit = view.card_page.typed_edit
    for typed in ("", "summer 1907"):
        edit.setText(typed)
        _press(qtbot, view, Qt.Key.Key_Return)
        assert (view.phase, view.card) == (QUESTION, card)
        assert view.card_page.note_label.isVisible()
        assert _log(services) == []
    assert "明治40年7月30日" in view.card_page.note_label.text()
    # Corrected in place, the same card is then graded: an era date counts.
    signed = parse_date(card.answer)
    assert signed is not None
    era = calendars.to_era_year(signed)
    edit.setText(f"{era.era.name_ja}{era.year}年{signed.month}月{signed.day}日")
    _press(qtbot, view, Qt.Key.Key_Return)
    assert view.phase == ANSWERED
    assert [(e.card_key, e.correct) for e in _log(services)] == [(card.key, True)]


def test_the_session_shows_new_learning_and_review_counts_that_change(
    qtbot: QtBot, services: Services
) -> None:
    view = open_quiz(qtbot, services, FLIP, deck="kind:agreement-date")
    before = view.card_page.progress_label.text()
    assert before.startswith("New ") and "Learning 0" in before and " left" in before
    _press(qtbot, view, Qt.Key.Key_Space)
    _press(qtbot, view, Qt.Key.Key_1)  # Again: the card goes to a learning step
    after = view.card_page.progress_label.text()
    assert "Learning 1" in after and after != before


def test_the_preferences_dialog_saves_what_the_next_session_uses(
    qtbot: QtBot, services: Services
) -> None:
    from studyapp.study.preferences import NewCardOrder
    from studyapp.ui.quiz.preferences_dialog import PreferencesDialog, load_preferences

    dialog = PreferencesDialog(services.settings)
    qtbot.addWidget(dialog)
    dialog.new_per_day.setValue(5)
    dialog.learning_steps.setText("soon")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled() and "Learning steps" in dialog.problem.text()
    dialog.learning_steps.setText("2m 15m")
    assert ok.isEnabled()
    dialog.order.setCurrentIndex(dialog.order.findData(NewCardOrder.CONTENT.value))
    dialog.bury.setChecked(False)
    dialog.accept()
    saved = load_preferences(services.settings)
    assert (saved.new_per_day, saved.learning_steps_minutes) == (5, (2.0, 15.0))
    assert (saved.new_card_order, saved.bury_siblings) == (NewCardOrder.CONTENT, False)
    for control in dialog.findChildren(QWidget):
        focusable = control.focusPolicy() != Qt.FocusPolicy.NoFocus
        if focusable and control.isVisibleTo(dialog) and not control.objectName().startswith("qt_"):
            assert control.accessibleName() or control.property("text"), control
