"""How many cards of a deck a session would take now: due ones and today's new ones. Qt-free."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from studyapp.study.card_pool import CardPool
from studyapp.study.queue import LEARN_AHEAD, DeckFilter, deck_pool, local_day_start
from studyapp.study.siblings import CardLike
from studyapp.userdata import card_marks, reviews
from studyapp.userdata.store import UserStore

C = TypeVar("C", bound=CardLike)


@dataclass(frozen=True)
class DeckCounts:
    due: int  # studied cards due now (learning steps a few minutes ahead too, as the session)
    new: int  # never-studied cards the new-card limit still allows today
    total: int  # every card of the deck


def deck_counts(
    store: UserStore,
    cards: Sequence[C] | CardPool[C],
    deck: DeckFilter,
    new_limit: int,
    now: dt.datetime,
) -> DeckCounts:
    """`cards`: every card (filtered here by `deck`), or the deck's pool (the app's, which
    counts in the content's card table: nothing reads every card)."""
    pool = deck_pool(cards, deck)
    hidden = {key for key, mark in card_marks.marks(store).items() if mark.hidden_at(now)}
    # Suspended and buried cards wait.
    due_keys = [key for key, _due, _phase in reviews.due_rows(store, now + LEARN_AHEAD)]
    due = len(pool.rows(key for key in due_keys if key not in hidden))
    studied = reviews.studied_keys(store)
    new = pool.total() - pool.count(studied | hidden)
    introduced = reviews.new_cards_since(store, local_day_start(now))
    return DeckCounts(due, min(new, max(0, new_limit - introduced)), pool.total())
