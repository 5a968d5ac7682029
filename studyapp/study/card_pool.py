"""A deck's cards as a session and the deck counts read them: by key, counted, and the new
ones in the order they are to come. Qt-free.

Two kinds of pool. `ListPool` holds a list of cards (the tests', the benchmarks' synthetic
ones, an export's). `TablePool` reads the content's card table (studyapp.content.card_sources)
and the bookmark cards beside it, and reads only what is asked: the due cards by key, a
count, a page of new cards. At 1,000 times today's content a session or the start page's
counts then read a few hundred rows, not a quarter of a million.

New cards in shuffled order: a TablePool walks the cards by the shuffle number the build drew
from each key, starting at a point chosen by the day's seed and going round; the day's first
cards are then shuffled again with that seed. The order is the same all day and another the
next, and the walk is an index range at any size.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import itertools
import random
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING, Protocol, TypeVar

from studyapp.content import card_sources
from studyapp.content.card_sources import SHUFFLE_RANGE, CardCondition, CardRef
from studyapp.study.card_maker import ContentReader
from studyapp.study.preferences import NewCardOrder
from studyapp.study.siblings import CardLike

if TYPE_CHECKING:
    from studyapp.study.queue import DeckFilter

C = TypeVar("C", bound=CardLike)
_PAGE = 500  # new cards read at a time, in order
_CHUNK = 20_000  # keys asked about at a time (a JSON text of a bounded size)


class CardPool(Protocol[C]):
    """The cards of one deck."""

    def rows(self, keys: Iterable[str]) -> Mapping[str, C]:
        """Those of `keys` that name a card of the deck, by key."""
        ...

    def total(self) -> int:
        """How many cards the deck has."""
        ...

    def count(self, keys: Collection[str]) -> int:
        """How many of `keys` name a card of the deck."""
        ...

    def new_cards(
        self, order: NewCardOrder, day: dt.date, needed: int, skip: Collection[str]
    ) -> tuple[list[C], Iterator[C]]:
        """The first `needed` cards not in `skip`, in the order they are to come, and an
        iterator over the others (not in `skip` either) after them."""
        ...


class ListPool(CardPool[C]):
    """The cards of a list that pass a deck filter."""

    def __init__(
        self,
        cards: Sequence[C],
        matches: Callable[[C], bool] | None = None,
        *,
        index: Mapping[str, C] | None = None,
    ) -> None:
        """`index`: the cards by key, where the caller keeps one (of all `cards`)."""
        self.cards: Sequence[C] = cards if matches is None else [c for c in cards if matches(c)]
        self._index = index if matches is None else None

    def _by_key(self) -> Mapping[str, C]:
        if self._index is None:
            self._index = {card.key: card for card in self.cards}
        return self._index

    def rows(self, keys: Iterable[str]) -> Mapping[str, C]:
        index = self._by_key()
        return {key: index[key] for key in keys if key in index}

    def total(self) -> int:
        return len(self.cards)

    def count(self, keys: Collection[str]) -> int:
        index = self._by_key()
        return sum(1 for key in keys if key in index)

    def new_cards(
        self, order: NewCardOrder, day: dt.date, needed: int, skip: Collection[str]
    ) -> tuple[list[C], Iterator[C]]:
        return list_new_order(self.cards, order, day, needed, skip)


def list_new_order(
    cards: Sequence[C],
    order: NewCardOrder,
    day: dt.date,
    needed: int,
    studied: Collection[str] = (),
) -> tuple[list[C], Iterator[C]]:
    """The first `needed` new cards of `cards` (those not in `studied`) in order, and an
    iterator over the other new ones (walked only if the session gets that far): a session
    costs O(needed), not O(cards)."""

    def rest(skip: Collection[int]) -> Iterator[C]:
        return (
            card
            for index, card in enumerate(cards)
            if index not in skip and card.key not in studied
        )

    if order == NewCardOrder.CONTENT or len(cards) <= 1:
        head: list[C] = []
        position = 0
        for position, card in enumerate(cards):  # noqa: B007 (the position is used after)
            if len(head) >= needed:
                break
            if card.key not in studied:
                head.append(card)
        else:
            position = len(cards)
        tail = (c for c in itertools.islice(cards, position, None) if c.key not in studied)
        return head, tail
    rng = random.Random(f"new-cards:{day.isoformat()}")
    # Sample generously, then drop the studied: most cards of a large deck are new.
    draw = min(len(cards), 2 * needed + 100)
    picked = [i for i in sorted(rng.sample(range(len(cards)), draw)) if cards[i].key not in studied]
    if len(picked) < needed and draw < len(cards):  # mostly studied: take the new ones all
        new = [i for i, card in enumerate(cards) if card.key not in studied]
        picked = sorted(rng.sample(new, min(needed, len(new))))
    picked = picked[:needed]
    chosen = [cards[index] for index in picked]
    rng.shuffle(chosen)
    return chosen, rest(frozenset(picked))


class TablePool(CardPool[CardRef]):
    """The cards of the content's card table that pass a deck filter, and the bookmark cards
    (`extra`, which the table does not hold) that pass it, after them in content order."""

    def __init__(
        self,
        database: ContentReader,
        deck: DeckFilter,
        extra: Sequence[CardRef] = (),
    ) -> None:
        self._database = database
        clauses = tuple(sorted(deck.bookmarked_clauses)) if deck.bookmarks_only else None
        self.condition = CardCondition(
            agreement_key=deck.agreement_key,
            kinds=tuple(sorted(deck.kinds)) if deck.kinds is not None else None,
            clause_keys=clauses,
            card_keys=tuple(sorted(deck.card_keys)) if deck.card_keys is not None else None,
        )
        self.extra = [card for card in extra if deck.matches(card)]
        self._total: int | None = None

    def rows(self, keys: Iterable[str]) -> Mapping[str, CardRef]:
        asked = list(dict.fromkeys(keys))
        if not asked:
            return {}
        condition = self.condition
        found: list[CardRef] = []
        for start in range(0, len(asked), _CHUNK):
            chunk = asked[start : start + _CHUNK]
            query = partial(card_sources.condition_refs, condition=condition, keys=chunk)
            found.extend(self._database.read(query))
        wanted = set(asked)
        found.extend(card for card in self.extra if card.key in wanted)
        return {card.key: card for card in found}

    def total(self) -> int:
        if self._total is None:
            condition = self.condition
            count = self._database.read(lambda c: card_sources.condition_count(c, condition))
            self._total = count + len(self.extra)
        return self._total

    def count(self, keys: Collection[str]) -> int:
        if not keys:
            return 0
        condition, asked = self.condition, list(keys)
        found = sum(
            self._database.read(
                partial(card_sources.condition_count, condition=condition, keys=chunk)
            )
            for chunk in (asked[at : at + _CHUNK] for at in range(0, len(asked), _CHUNK))
        )
        wanted = set(asked)
        return found + sum(1 for card in self.extra if card.key in wanted)

    def new_cards(
        self, order: NewCardOrder, day: dt.date, needed: int, skip: Collection[str]
    ) -> tuple[list[CardRef], Iterator[CardRef]]:
        shuffled = order == NewCardOrder.SHUFFLED
        rng = random.Random(f"new-cards:{day.isoformat()}")
        start = rng.randrange(SHUFFLE_RANGE)
        stream = (card for card in self._stream(shuffled, start) if card.key not in skip)
        head = list(itertools.islice(stream, needed))
        if shuffled:
            rng.shuffle(head)
        return head, stream

    def _stream(self, shuffled: bool, start: int) -> Iterator[CardRef]:
        """Every card of the deck, in content order (the bookmark cards last) or in shuffle
        order from `start` round to it again (the bookmark cards in their places)."""
        if not shuffled:
            yield from (card for card, _number in self._pages(False, 0, SHUFFLE_RANGE))
            yield from self.extra
            return

        def turned(number: int) -> int:  # the place after `start`, going round
            return (number - start) % SHUFFLE_RANGE

        table = itertools.chain(
            self._pages(True, start, SHUFFLE_RANGE), self._pages(True, 0, start)
        )
        extra = sorted((turned(shuffle_number(c.key)), c.position, c) for c in self.extra)
        merged = heapq.merge(
            ((turned(number), card.position, card) for card, number in table),
            extra,
            key=lambda item: (item[0], item[1]),
        )
        for *_place, card in merged:
            yield card

    def _pages(self, shuffled: bool, low: int, below: int) -> Iterator[tuple[CardRef, int]]:
        """The deck's table cards with their shuffle numbers, a page at a time: in shuffle
        order those numbered from `low` to below `below`, or in content order."""
        condition = self.condition
        after = (low, -1) if shuffled else (0, -1)
        while True:
            page = partial(
                card_sources.condition_page,
                condition=condition,
                after=after,
                below=below,
                limit=_PAGE,
                shuffled=shuffled,
            )
            rows = self._database.read(page)
            yield from rows
            if len(rows) < _PAGE:
                return
            last, number = rows[-1]
            after = (number, last.position) if shuffled else (0, last.position)


def shuffle_number(key: str) -> int:
    """The card's place in the cards' fixed random order (the card table's shuffle column):
    drawn from its key, so the same content always builds the same order, and a card keeps
    its place as others come."""
    digest = hashlib.blake2b(key.encode(), digest_size=8).digest()
    return int.from_bytes(digest) % SHUFFLE_RANGE
