"""A panel the quiz shows on some kinds of card: the map's, for map cards.

The quiz knows only this base class; views.py hands it the panels, so the quiz and the map
never import each other.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from studyapp.study.cards import Card


class CardPanel(QWidget):
    answered = Signal(bool)  # a click on the panel answered the card: right or wrong

    def handles(self, card: Card) -> bool:
        """Whether this panel goes with `card`."""
        return False

    def answers_by_click(self, card: Card) -> bool:
        """Whether `card` is answered on the panel (rather than by choice, flip or typing)."""
        return False

    def show_question(self, card: Card) -> None:
        """Show what the question needs, without giving the answer away."""

    def show_answer(self, card: Card) -> None:
        """Show the answer."""

    def answer_from_keyboard(self) -> None:
        """Answer as the keyboard points (Space or Enter), for a card answered on the panel."""
