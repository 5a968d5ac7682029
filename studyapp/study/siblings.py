"""Sibling cards: cards that state the same fact, so that one gives another away.

A card's key is its kind and the keys of the rows it asks about ("event-order:a:b" asks
about a and b; "clause-cloze:<clause>:<n>" about the clause). Cards that share a row are
siblings: the date of an agreement asked both ways and in the other calendars, a term and
its reading and definition, a clause and its cloze, part and bookmark cards. As in Anki,
answering a card buries its siblings until the next day, and a session spreads siblings at
least SIBLING_GAP cards apart.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Protocol, TypeVar

SIBLING_GAP = 10
# Kinds whose key names one row and then what tells that row's cards apart: the clause and
# the cloze's number, the person and the deed ("person-deed:<person>:signed-1905").
_ONE_ROW = frozenset({"clause-cloze", "person-deed"})


class CardLike(Protocol):
    """What sessions and decks read of a card: a whole card (studyapp.study.cards.Card) or
    the card table's row naming it (studyapp.content.card_sources.CardRef)."""

    @property
    def key(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def agreement_key(self) -> str | None: ...
    @property
    def clause_key(self) -> str | None: ...


C = TypeVar("C", bound=CardLike)


@lru_cache(maxsize=65_536)
def fact_keys(card_key: str) -> tuple[str, ...]:
    """The rows a card asks about: its siblings are the cards that share one."""
    kind, _, rest = card_key.partition(":")
    rows = rest.split(":") if rest else []
    if kind in _ONE_ROW:
        rows = rows[:1]
    return tuple(rows)


class SiblingIndex:
    """Every card's siblings, looked up by key."""

    def __init__(self, cards: Iterable[CardLike]) -> None:
        self._by_fact: dict[str, list[str]] = defaultdict(list)
        for card in cards:
            for fact in fact_keys(card.key):
                self._by_fact[fact].append(card.key)

    def siblings(self, card_key: str) -> list[str]:
        found = dict.fromkeys(
            key for fact in fact_keys(card_key) for key in self._by_fact.get(fact, ())
        )
        found.pop(card_key, None)
        return list(found)


def spread_siblings(
    cards: Sequence[C], gap: int = SIBLING_GAP, shown: Sequence[str] = ()
) -> list[C]:
    """The cards in much the same order, but no two siblings within `gap` cards of each
    other where the cards allow it (a card that cannot be placed yet waits, then goes at the
    first place it fits, or at the end). `shown` are the keys of the cards answered just
    before, oldest first: a restarted session keeps its distance from them too."""
    placed: list[C] = []
    last_at: dict[str, int] = {}  # fact -> index of the last placed card with it
    for index, key in enumerate(shown):
        for fact in fact_keys(key):
            last_at[fact] = index - len(shown)
    waiting: deque[C] = deque()

    def fits(card: C) -> bool:
        here = len(placed)
        return all(here - last_at.get(fact, -gap - 1) > gap for fact in fact_keys(card.key))

    def place(card: C) -> None:
        for fact in fact_keys(card.key):
            last_at[fact] = len(placed)
        placed.append(card)

    for card in cards:
        while waiting and fits(waiting[0]):
            place(waiting.popleft())
        if fits(card):
            place(card)
        else:
            waiting.append(card)
        # A waiting card that fits now (others placed in between) goes first.
        for _ in range(len(waiting)):
            if fits(waiting[0]):
                place(waiting.popleft())
            else:
                waiting.rotate(-1)
    placed.extend(waiting)  # nothing else left to put between them
    return placed
