"""The cards of the content, as the quiz, the card browser and Stats reach them. Qt-free.

Which cards exist comes from the content database's card table (studyapp.content.card_sources,
written by the build), and each bookmarked clause adds a bookmark card. A card itself, with
its prompt, answer and explanation, is made only when it is shown, by key
(studyapp.study.card_maker), and kept for the language it was made in. So Stats counts, a
session chooses its cards and a card's siblings are found with queries, and nothing makes
every card at run time.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from studyapp import i18n
from studyapp.content import card_sources, view_queries
from studyapp.content.card_sources import CardRef, CardRows
from studyapp.content.search import search_keys
from studyapp.study.card_maker import ContentReader, Records, make_card, read_ahead
from studyapp.study.card_pool import TablePool
from studyapp.study.cards import Card
from studyapp.study.siblings import fact_keys
from studyapp.study.vocabulary import CardKind

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from studyapp.study.queue import DeckFilter

_BOOKMARK = f"{CardKind.BOOKMARK}:"
# Cards of the same kind on each side whose answers a choice card draws its distractors from.
DISTRACTOR_NEIGHBOURS = 5
_MADE_KEPT = 2_000  # cards kept once made (a session's, a few pages of the browser)
ABOUT_ROWS = 500  # content rows a browser search takes its cards from

# The content's card rows, read once per database (a quarter of a million at 1,000 times).
_refs: tuple[ContentReader, CardRows] | None = None


def content_refs(database: ContentReader) -> CardRows:
    """Every card of the content (bookmark cards aside), in content order, read once."""
    global _refs  # noqa: PLW0603 (a cache of one entry)
    if _refs is None or _refs[0] is not database:
        _refs = (database, database.read(card_sources.card_refs))
    return _refs[1]


def clear() -> None:
    """Forget the card rows read (the benchmarks measure a first reading with it)."""
    global _refs  # noqa: PLW0603
    _refs = None


class ContentCards:
    """The cards of the content and of these bookmarks."""

    def __init__(
        self, database: ContentReader, records: Records, bookmarked: Iterable[str] = ()
    ) -> None:
        self.database = database
        self.records = records
        wanted = list(dict.fromkeys(bookmarked))
        # The bookmarked clauses' agreements, read at once: there may be tens of thousands.
        self._agreement_of = database.read(
            partial(view_queries.agreement_of_clauses, clause_keys=wanted)
        )
        self.bookmarked = tuple(key for key in wanted if key in self._agreement_of)
        self._marked = frozenset(self.bookmarked)
        self._made: dict[str, Card | None] = {}
        self._with_marks: CardRows | None = None
        self._made_in = i18n.language()

    # ---- which cards exist ----------------------------------------------------------------

    def refs(self) -> CardRows:
        """Every card, in content order, the bookmark cards last."""
        found = content_refs(self.database)
        if not self.bookmarked:
            return found
        if self._with_marks is None:
            clauses = self.records.clauses
            self._with_marks = found.extended(
                CardRef(f"{_BOOKMARK}{key}", CardKind.BOOKMARK, clauses[key].agreement_key, key, 0)
                for key in self.bookmarked
            )
        return self._with_marks

    def pool(self, deck: DeckFilter) -> TablePool:
        """The cards of `deck`, read from the card table as a session asks for them."""
        extra = self.bookmark_refs(self.table_total()) if self.bookmarked else []
        return TablePool(self.database, deck, extra)

    def __len__(self) -> int:
        return self.database.read(card_sources.card_total) + len(self.bookmarked)

    def existing(self, keys: Iterable[str]) -> set[str]:
        """Those of `keys` that name a card now."""
        asked = list(keys)
        found = self.database.read(lambda c: card_sources.existing_cards(c, asked))
        found.update(
            k for k in asked if k.startswith(_BOOKMARK) and k[len(_BOOKMARK) :] in self._marked
        )
        return found

    def siblings(self, card_key: str) -> list[str]:
        """The cards that ask about a row `card_key` asks about (studyapp.study.siblings)."""
        facts = fact_keys(card_key)
        found = dict.fromkeys(self.database.read(lambda c: card_sources.cards_about(c, facts)))
        found.update(dict.fromkeys(f"{_BOOKMARK}{fact}" for fact in facts if fact in self._marked))
        found.pop(card_key, None)
        return list(found)

    def about(self, text: str) -> list[str]:
        """The keys of the cards about the content rows that hold every word of `text`
        (the content's search index, English and Japanese), in content order."""
        return [key for key, _place in self.places_about(text)]

    def places_about(self, text: str) -> list[tuple[str, int]]:
        """(key, place in `refs()`) of the cards `about` gives."""

        def found(connection: Connection) -> tuple[list[str], list[tuple[str, int]]]:
            rows = search_keys(connection, text, limit=ABOUT_ROWS)
            return rows, card_sources.card_places_from(connection, rows) if rows else []

        rows, places = self.database.read(found)
        return places + [(ref.key, ref.position) for ref in self._marks_about(rows)]

    def positions_about(self, text: str) -> list[int]:
        """The places in `refs()` of the cards `about` gives, read from the indexes alone."""

        def found(connection: Connection) -> tuple[list[str], list[int]]:
            rows = search_keys(connection, text, limit=ABOUT_ROWS)
            return rows, card_sources.card_positions_from(connection, rows) if rows else []

        rows, positions = self.database.read(found)
        return positions + [ref.position for ref in self._marks_about(rows)]

    def _marks_about(self, rows: list[str]) -> list[CardRef]:
        """The bookmark cards of these content rows (clauses), placed after the table's."""
        if not self.bookmarked:
            return []
        held = set(rows)
        return [ref for ref in self.bookmark_refs(self.table_total()) if ref.clause_key in held]

    def rows(self) -> PagedRows:
        """The cards of `refs()`, read a page at a time as they are asked for."""
        return PagedRows(self)

    def table_total(self) -> int:
        """How many cards the card table holds (the bookmark cards come after them)."""
        return self.database.read(card_sources.card_total)

    def bookmark_refs(self, first: int) -> list[CardRef]:
        """The bookmark cards, placed from `first` on."""
        agreement_of = self._agreement_of
        return [
            CardRef(f"{_BOOKMARK}{key}", CardKind.BOOKMARK, agreement_of[key], key, at)
            for at, key in enumerate(self.bookmarked, start=first)
        ]

    def keys_holding_after(self, text: str, after: int, limit: int) -> tuple[list[int], bool]:
        """The first `limit` places in `refs()` after `after` of the cards whose key holds
        `text` (lower case), in order, and whether they are the last: read from the keys'
        index a batch at a time, for three characters or more; for fewer, all at once."""
        found = self.database.read(
            lambda c: card_sources.key_positions(c, text, limit=limit, after=after)
        )
        if found is None:  # too short for the index: every key is looked through, at once
            return [place for place in self._places_holding(text) if place > after], True
        if len(found) == limit:
            return found, False
        marks = [place for place in self._marks_holding(text) if place > after]
        return found + marks[: limit - len(found)], len(marks) <= limit - len(found)

    def _places_holding(self, text: str) -> list[int]:
        """The places of every card whose key holds `text`, looked through: in memory if
        every row was read already, else in SQLite (not reading a quarter of a million
        rows into Python for one search)."""
        if _refs is not None and _refs[0] is self.database:
            return [index for index, key in enumerate(self.refs().keys) if text in key]
        found = self.database.read(lambda c: card_sources.positions_of_keys_holding(c, text))
        return found + self._marks_holding(text)

    def _marks_holding(self, text: str) -> list[int]:
        """The places of the bookmark cards whose key holds `text` (after the table's)."""
        if not self.bookmarked:
            return []
        first_mark = self.table_total()
        return [
            place
            for place, key in enumerate(self.bookmarked, start=first_mark)
            if text in f"{_BOOKMARK}{key}"
        ]

    # ---- the cards themselves ------------------------------------------------------------

    def card(self, key: str) -> Card | None:
        """The card with `key`, made now (or earlier, in the same language)."""
        if self._made_in != i18n.language():
            self._made, self._made_in = {}, i18n.language()
        if len(self._made) > _MADE_KEPT:  # the oldest made go (those made ahead are new)
            for old in list(itertools.islice(self._made, len(self._made) - _MADE_KEPT // 2)):
                del self._made[old]
        if key not in self._made:
            if key.startswith(_BOOKMARK) and key[len(_BOOKMARK) :] not in self._marked:
                return None
            self._made[key] = make_card(key, self.records, self.database)
        return self._made[key]

    def cards(self, keys: Iterable[str]) -> list[Card]:
        """The cards with these keys (those that exist), in the order of the keys, their
        rows read together."""
        asked = list(keys)
        self.read_ahead(asked)
        return [card for key in asked if (card := self.card(key)) is not None]

    def read_ahead(self, keys: Iterable[str]) -> None:
        """Read the rows of those of these cards not made yet, together (card_maker)."""
        if self._made_in != i18n.language():
            self._made, self._made_in = {}, i18n.language()
        read_ahead((key for key in keys if key not in self._made), self.records)

    def is_made(self, key: str) -> bool:
        """Whether the card with `key` is made already (in the language of now)."""
        return self._made_in == i18n.language() and key in self._made

    def distractor_cards(self, ref: CardRef) -> Sequence[Card]:
        """Cards of the same kind near this one in content order: their answers are the
        choices' distractors (near in time, for dates)."""
        keys = self.database.read(
            lambda c: card_sources.neighbour_keys(c, ref.kind, ref.position, DISTRACTOR_NEIGHBOURS)
        )
        return self.cards(keys)


class PagedRows:
    """The rows of `ContentCards.refs()` as the card browser reads them: by place, a page of
    the card table at a time, so its first page reads a page and not a quarter of a million
    rows; all of them, once, when more pages than a few screens are wanted (a filter, a
    sort) or a card is looked up by key."""

    def __init__(self, cards: ContentCards) -> None:
        self._cards = cards
        self._total = cards.table_total()
        self._extra = cards.bookmark_refs(self._total)
        self._pages: dict[int, list[CardRef]] = {}
        self._whole: CardRows | None = None

    def __len__(self) -> int:
        return self._total + len(self._extra)

    def __getitem__(self, index: int) -> CardRef:
        if self._whole is not None:
            return self._whole[index]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        if index >= self._total:
            return self._extra[index - self._total]
        page, at = divmod(index, _PAGE_ROWS)
        if page not in self._pages:
            if len(self._pages) >= _PAGES_KEPT:
                return self._all()[index]
            start = page * _PAGE_ROWS
            self._pages[page] = self._cards.database.read(
                lambda c: card_sources.card_refs_between(c, start, start + _PAGE_ROWS)
            )
        return self._pages[page][at]

    def position(self, key: str) -> int | None:
        """The place of the card with `key`, if there is one (all the rows read)."""
        return self._all().position(key)

    def _all(self) -> CardRows:
        if self._whole is None:
            self._whole = self._cards.refs()
            self._pages.clear()
        return self._whole


_PAGE_ROWS = 200  # card rows a page of the browser's reads
_PAGES_KEPT = 20  # pages read one by one before every row is read at once
