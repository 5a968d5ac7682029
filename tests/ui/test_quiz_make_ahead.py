"""While a card is read, the quiz makes the next ones (and their choices) ahead: what is
then shown is what the session gives, with the choices made for it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from studyapp.study.scheduling import Rating
from studyapp.ui.quiz.start_page import CHOICE, FLIP
from studyapp.ui.services import Services
from tests.ui.test_quiz import open_quiz


def test_the_next_choice_card_shows_the_choices_made_ahead(
    qtbot: QtBot, services: Services
) -> None:
    view = open_quiz(qtbot, services, CHOICE)
    for _ in range(6):
        session, shown = view.session, view.card_ref
        assert session is not None and shown is not None
        coming = session.upcoming(3)
        assert shown not in coming
        qtbot.waitUntil(lambda: not view.making_ahead)
        ahead = dict(view._options_ahead)
        assert coming and coming[0].key in ahead  # the next card's choices, made ahead
        session.answer(shown, Rating.GOOD, duration_ms=1000, mode="choice", correct=True)
        view._next()
        assert view.card_ref == session.next_card()
        card = view.card
        assert card is not None and view.card_ref is not None
        assert view.card_ref.key == coming[0].key
        assert view.options == ahead[view.card_ref.key]
        assert card.answer in view.options
        assert view.card_ref.key not in view._options_ahead  # taken, not kept


def test_a_flip_session_makes_the_next_cards_without_choices(
    qtbot: QtBot, services: Services
) -> None:
    view = open_quiz(qtbot, services, FLIP)
    session = view.session
    assert session is not None
    coming = session.upcoming(2)
    qtbot.waitUntil(lambda: not view.making_ahead)
    assert all(view.session_cards.is_made(ref.key) for ref in coming)
    assert view._options_ahead == {}
