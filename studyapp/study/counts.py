"""How many cards of a deck a session would take now: due ones and today's new ones. Qt-free."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from studyapp.study.queue import LEARN_AHEAD, DeckFilter, local_day_start
from studyapp.study.siblings import CardLike
from studyapp.study.stats import load_progress
from studyapp.userdata import card_marks, reviews
from studyapp.userdata.store import UserStore


@dataclass(frozen=True)
class DeckCounts:
    due: int  # studied cards due now (learning steps a few minutes ahead too, as the session)
    new: int  # never-studied cards the new-card limit still allows today
    total: int  # every card of the deck


def deck_counts(
    store: UserStore,
    cards: Sequence[CardLike],
    deck: DeckFilter,
    new_limit: int,
    now: dt.datetime,
) -> DeckCounts:
    marks = card_marks.marks(store)
    deck_cards = [card for card in cards if deck.matches(card)]
    total = len(deck_cards)
    if marks:  # suspended and buried cards wait
        deck_cards = [
            card
            for card in deck_cards
            if card.key not in marks or not marks[card.key].hidden_at(now)
        ]
    progress = load_progress(store)
    horizon = now + LEARN_AHEAD
    due = sum(1 for c in deck_cards if c.key in progress and progress[c.key].due <= horizon)
    new = sum(1 for c in deck_cards if c.key not in progress)
    introduced = reviews.new_cards_since(store, local_day_start(now))
    return DeckCounts(due, min(new, max(0, new_limit - introduced)), total)
