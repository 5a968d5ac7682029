"""The card browser's table, Qt-free: every card with its scheduling facts, filtered, searched
and sorted without making a card per row.

At 1,000 times today's content there are a quarter of a million cards, so nothing here walks
them more than it must: the rows are the card table's (studyapp.content.card_sources: key,
kind, agreement, clause), a card's prompt and answer are made when its row is shown (the
view asks only for the rows on screen), and the counts of reviews and lapses are read per
row shown (or, for a sort by them, in one query each). A search finds the cards about the
content rows that hold its words (the content's search index: the clause, event, agreement,
term or person a card asks about, in English or Japanese) and the cards whose key holds it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from studyapp.content.card_sources import CardRef
from studyapp.content.folding import fold
from studyapp.i18n import QT_TRANSLATE_NOOP, translate
from studyapp.study.cards import Card
from studyapp.study.kinds import kind_label
from studyapp.userdata import card_marks, reviews
from studyapp.userdata.card_marks import NO_MARK, CardMark
from studyapp.userdata.reviews import CardState
from studyapp.userdata.store import UserStore


class CardList(Protocol):
    """Every card's row by its place (studyapp.study.content_cards.PagedRows)."""

    def __len__(self) -> int: ...

    def __getitem__(self, index: int) -> CardRef: ...

    def position(self, key: str) -> int | None: ...


class BrowserCards(Protocol):
    """The cards the browser lists (studyapp.study.content_cards.ContentCards)."""

    def rows(self) -> CardList: ...

    def card(self, key: str) -> Card | None: ...

    def positions_about(self, text: str) -> list[int]:
        """The places in `rows()` of the cards about the content rows that hold the words
        of `text`, in order."""
        ...

    def keys_holding_after(self, text: str, after: int, limit: int) -> tuple[list[int], bool]:
        """The first `limit` places in `rows()` after `after` of the cards whose key holds
        `text` (lower case), in order (or all of them), and whether they are the last."""
        ...

    def is_made(self, key: str) -> bool: ...

    def read_ahead(self, keys: Iterable[str]) -> None:
        """Read the rows of these cards together, before they are made one by one."""
        ...


class Column(StrEnum):
    PROMPT = "Prompt"
    ANSWER = "Answer"
    KIND = "Kind"
    AGREEMENT = "Agreement"
    STATE = "State"
    DUE = "Due"
    STABILITY = "Stability"
    DIFFICULTY = "Difficulty"
    LAPSES = "Lapses"
    REVIEWS = "Reviews"


COLUMNS: tuple[Column, ...] = tuple(Column)


class CardStateFilter(StrEnum):
    """What the state filter offers (a card may be in several: a suspended leech)."""

    NEW = "new"
    LEARNING = "learning"
    REVIEW = "review"
    RELEARNING = "relearning"
    DUE = "due"
    SUSPENDED = "suspended"
    BURIED = "buried"
    LEECH = "leech"
    FLAGGED = "flagged"


@dataclass(frozen=True, slots=True)
class BrowserFilter:
    kind: str | None = None
    agreement_key: str | None = None
    state: CardStateFilter | None = None
    bookmarked_only: bool = False
    text: str = ""


@dataclass(frozen=True, slots=True)
class Scheduling:
    """What the FSRS state says, read from its JSON when a row is shown."""

    stability: float | None
    difficulty: float | None


def _due(table: CardTable, card: CardRef) -> dt.datetime | None:
    state = table.state(card.key)
    return state.due if state else None


_READ_AHEAD_ROWS = 30  # rows whose cards are read together: about a screenful


def _prompt(table: CardTable, card: CardRef) -> str:
    made = table.made(card.key)
    return made.prompt if made else ""


def _answer(table: CardTable, card: CardRef) -> str:
    made = table.made(card.key)
    return made.answer if made else ""


# A card's state and marks, as the browser's State column says them.
_STATE_WORDS = {
    "new": QT_TRANSLATE_NOOP("CardStates", "new"),
    "learning": QT_TRANSLATE_NOOP("CardStates", "learning"),
    "review": QT_TRANSLATE_NOOP("CardStates", "review"),
    "relearning": QT_TRANSLATE_NOOP("CardStates", "relearning"),
    "suspended": QT_TRANSLATE_NOOP("CardStates", "suspended"),
    "buried": QT_TRANSLATE_NOOP("CardStates", "buried"),
    "leech": QT_TRANSLATE_NOOP("CardStates", "leech"),
    "flagged": QT_TRANSLATE_NOOP("CardStates", "flagged"),
}
# The column titles (Column's values are the English ones).
COLUMN_TITLES = {
    Column.PROMPT: QT_TRANSLATE_NOOP("CardStates", "Prompt"),
    Column.ANSWER: QT_TRANSLATE_NOOP("CardStates", "Answer"),
    Column.KIND: QT_TRANSLATE_NOOP("CardStates", "Kind"),
    Column.AGREEMENT: QT_TRANSLATE_NOOP("CardStates", "Agreement"),
    Column.STATE: QT_TRANSLATE_NOOP("CardStates", "State"),
    Column.DUE: QT_TRANSLATE_NOOP("CardStates", "Due"),
    Column.STABILITY: QT_TRANSLATE_NOOP("CardStates", "Stability"),
    Column.DIFFICULTY: QT_TRANSLATE_NOOP("CardStates", "Difficulty"),
    Column.LAPSES: QT_TRANSLATE_NOOP("CardStates", "Lapses"),
    Column.REVIEWS: QT_TRANSLATE_NOOP("CardStates", "Reviews"),
}


def column_title(column: Column) -> str:
    return translate("CardStates", COLUMN_TITLES[column])


_VALUES: dict[Column, Callable[[CardTable, CardRef], object]] = {
    Column.PROMPT: _prompt,
    Column.ANSWER: _answer,
    Column.KIND: lambda table, card: kind_label(card.kind),
    Column.AGREEMENT: lambda table, card: card.agreement_key or "",
    Column.STATE: lambda table, card: table.state_text(card),
    Column.DUE: _due,
    Column.STABILITY: lambda table, card: table.scheduling(card.key).stability,
    Column.DIFFICULTY: lambda table, card: table.scheduling(card.key).difficulty,
    Column.LAPSES: lambda table, card: table.lapse_count(card.key),
    Column.REVIEWS: lambda table, card: table.review_count(card.key),
}


_FIRST_ROWS = 200  # rows a search shows at first: a few screens; more as the table scrolls
_KEY_MATCHES = 1_000  # cards whose key holds the text, read at a time


class _SearchRows:
    """The places a search finds, in order, read as they are wanted: the cards about the
    content rows found (a few thousand at most, all known at once) merged with the cards
    whose key holds the text, read from the keys' index a batch at a time ("agreement" is
    in a third of the keys: the first page needs a thousand of them, not all)."""

    def __init__(self, source: BrowserCards, about: list[int], needle: str) -> None:
        self._source = source
        self._about = about
        self._needle = needle
        self._taken = 0  # of `about`, merged so far
        self._after = -1  # the key matches up to this place are merged
        self.done = False

    def next(self) -> list[int]:
        """The next places found, after those given before, in order."""
        if self.done:
            return []
        keys, self.done = self._source.keys_holding_after(self._needle, self._after, _KEY_MATCHES)
        upto = self._taken
        while upto < len(self._about) and (self.done or self._about[upto] <= keys[-1]):
            upto += 1
        merged = sorted({*self._about[self._taken : upto], *keys})
        self._taken = upto
        self._after = keys[-1] if keys else self._after
        return merged


class CardTable:
    """Every card, and which of them the filter shows in which order (indexes into `cards`)."""

    marks: dict[str, CardMark]

    def __init__(
        self,
        store: UserStore,
        source: BrowserCards,
        *,
        bookmarked: Iterable[str] = (),
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self.store = store
        self.source = source
        self.cards = source.rows()
        self._now = now
        self.bookmarked = frozenset(bookmarked)
        self._tests_now: list[Callable[[CardRef], bool]] = []
        self.reload()
        self.visible: Sequence[int] = range(len(self.cards))
        self._read_ahead = range(0)  # the rows last read ahead (of this order of rows)
        self._more: _SearchRows | None = None  # what a search has still to read

    def reload(self) -> None:
        """Read the states, marks and counts again (after an action or a study session)."""
        # Every state is read and parsed only when a filter or a sort needs them all; the
        # first page reads the few on screen, one row each.
        self._states: dict[str, CardState] | None = None
        self._state_of: dict[str, CardState | None] = {}
        self.marks = card_marks.marks(self.store)
        # Counted per row as rows are shown (a query each, on an index), or all at once
        # when a sort needs them: the first page never waits for a scan of the whole log.
        self._lapses: dict[str, int] = {}
        self._reviews: dict[str, int] = {}
        self._counted_all = False
        self._scheduling: dict[str, Scheduling] = {}

    @property
    def states(self) -> dict[str, CardState]:
        """Every studied card's state (read on first use)."""
        if self._states is None:
            self._states = reviews.states(self.store)
        return self._states

    def state(self, key: str) -> CardState | None:
        """One card's state: from all of them if they were read, else read alone."""
        if self._states is not None:
            return self._states.get(key)
        if key not in self._state_of:
            self._state_of[key] = reviews.get_state(self.store, key)
        return self._state_of[key]

    def __len__(self) -> int:
        return len(self.visible)

    def card(self, row: int) -> CardRef:
        return self.cards[self.visible[row]]

    def made(self, key: str) -> Card | None:
        """The card itself, with its prompt and answer (made when first asked for)."""
        return self.source.card(key)

    def read_ahead(self, row: int) -> None:
        """Before the card of `row` is made: read the rows of it and of the cards of the
        rows after it together (one query per kind of row for a screenful)."""
        if row not in self._read_ahead and not self.source.is_made(self.card(row).key):
            self._read_ahead = range(row, min(len(self.visible), row + _READ_AHEAD_ROWS))
            self.source.read_ahead(self.card(at).key for at in self._read_ahead)

    def row_of(self, key: str) -> int | None:
        self.fetch_all()
        position = self.cards.position(key)
        if position is None:
            return None
        try:
            return self.visible.index(position)
        except ValueError:
            return None

    # ---- a row's values ------------------------------------------------------------------

    def mark(self, key: str) -> CardMark:
        return self.marks.get(key, NO_MARK)

    def state_text(self, card: CardRef | Card) -> str:
        """ "new", "learning", "review" or "relearning", then "suspended", "buried", "leech"."""
        state = self.state(card.key)
        words = [_STATE_WORDS.get(state.phase, state.phase) if state else _STATE_WORDS["new"]]
        mark = self.mark(card.key)
        if mark.suspended:
            words.append(_STATE_WORDS["suspended"])
        if mark.buried_at(self._now()):
            words.append(_STATE_WORDS["buried"])
        if mark.leech:
            words.append(_STATE_WORDS["leech"])
        if mark.flagged:
            words.append(_STATE_WORDS["flagged"])
        comma = translate("i18n", ", ", "between the items of a list but the last two")
        return comma.join(translate("CardStates", word) for word in words)

    def lapse_count(self, key: str) -> int:
        if not self._counted_all and key not in self._lapses:
            self._lapses[key] = card_marks.lapses(self.store, [key]).get(key, 0)
        return self._lapses.get(key, 0)

    def review_count(self, key: str) -> int:
        if not self._counted_all and key not in self._reviews:
            self._reviews[key] = reviews.review_count(self.store, key)
        return self._reviews.get(key, 0)

    def count_all(self) -> None:
        """Every card's lapses and reviews in two queries (before sorting by them)."""
        if not self._counted_all:
            self._lapses = card_marks.lapses(self.store)
            self._reviews = reviews.review_counts(self.store)
            self._counted_all = True

    def scheduling(self, key: str) -> Scheduling:
        found = self._scheduling.get(key)
        if found is None:
            state = self.state(key)
            fields = json.loads(state.state) if state else {}
            found = self._scheduling[key] = Scheduling(
                fields.get("stability"), fields.get("difficulty")
            )
        return found

    def value(self, card: CardRef, column: Column) -> object:
        """The sortable value of a cell (None sorts first, shown empty)."""
        return _VALUES[column](self, card)

    # ---- filter, search, sort --------------------------------------------------------------

    def apply(self, chosen: BrowserFilter) -> None:
        """Show the cards that pass every condition of `chosen`, in content order."""
        self.begin(chosen)

    def begin(self, chosen: BrowserFilter) -> None:
        """Show the cards that pass `chosen`: for a text, the cards about the content rows
        that hold its words and those whose key holds it, in content order."""
        self._tests_now = self._tests(chosen)
        self._read_ahead = range(0)
        self._more = None
        text = chosen.text.strip()
        if not text:
            self.visible = self._passing(range(len(self.cards)))
            return
        needle = fold(text)  # the keys are plain lower-case ASCII
        self._more = _SearchRows(self.source, self.source.positions_about(text), needle)
        self.visible = []
        while len(self.visible) < _FIRST_ROWS and self.can_fetch_more():
            self.show_more(self.more_rows())

    # ---- a search's rows, read as the table scrolls ---------------------------------------

    def can_fetch_more(self) -> bool:
        """Whether the search has more rows to read (the table shows those read so far)."""
        return self._more is not None and not self._more.done

    def more_rows(self) -> list[int]:
        """The search's next rows that pass the filter (to be added with `show_more`): at
        least one, unless there are no more."""
        found: list[int] = []
        while not found and self._more is not None and not self._more.done:
            found = list(self._passing(self._more.next()))
        return found

    def show_more(self, rows: Sequence[int]) -> None:
        """Add the rows `more_rows` gave after those shown."""
        assert isinstance(self.visible, list)
        self.visible.extend(rows)

    def fetch_all(self) -> None:
        """Read every row the search finds (before a sort, or a look-up by key)."""
        while self.can_fetch_more():
            self.show_more(self.more_rows())

    def _passing(self, indexes: Sequence[int]) -> Sequence[int]:
        tests, cards = self._tests_now, self.cards
        if not tests:
            return indexes
        return [i for i in indexes if all(test(cards[i]) for test in tests)]

    def _tests(self, chosen: BrowserFilter) -> list[Callable[[CardRef], bool]]:
        tests: list[Callable[[CardRef], bool]] = []
        if chosen.kind is not None:
            kind = chosen.kind
            tests.append(lambda card: card.kind == kind)
        if chosen.agreement_key is not None:
            agreement = chosen.agreement_key
            tests.append(lambda card: card.agreement_key == agreement)
        if chosen.bookmarked_only:
            marked = self.bookmarked
            tests.append(lambda card: card.clause_key in marked)
        if chosen.state is not None:
            tests.append(self._state_test(chosen.state))
        return tests

    def _state_test(self, wanted: CardStateFilter) -> Callable[[CardRef], bool]:
        now = self._now()
        states, mark = self.states, self.mark
        tests: dict[CardStateFilter, Callable[[CardRef], bool]] = {
            CardStateFilter.NEW: lambda card: card.key not in states,
            CardStateFilter.DUE: lambda card: card.key in states and states[card.key].due <= now,
            CardStateFilter.SUSPENDED: lambda card: mark(card.key).suspended,
            CardStateFilter.BURIED: lambda card: mark(card.key).buried_at(now),
            CardStateFilter.LEECH: lambda card: mark(card.key).leech,
            CardStateFilter.FLAGGED: lambda card: mark(card.key).flagged,
        }
        phase = str(wanted)
        return tests.get(
            wanted, lambda card: card.key in states and states[card.key].phase == phase
        )

    def sort(self, column: Column, descending: bool) -> None:
        cards = self.cards
        self.fetch_all()
        if column in (Column.LAPSES, Column.REVIEWS):
            self.count_all()

        def key(index: int) -> tuple[bool, object]:
            value = self.value(cards[index], column)
            if isinstance(value, str):
                value = value.casefold()
            return (value is None, value if value is not None else 0)

        self.visible = sorted(self.visible, key=key, reverse=descending)
        self._read_ahead = range(0)
