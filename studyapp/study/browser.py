"""The card browser's table, Qt-free: every card with its scheduling facts, filtered, searched
and sorted without building a row object per card.

At 1,000 times today's content there are a quarter of a million cards, so nothing here walks
them more than it must: a row's values are computed when asked for (the view asks only for
the rows on screen), the search runs over one folded text of every card's prompt and answer
built on the first search, and the counts of reviews and lapses are read per row shown (or,
for a sort by them, in one query each).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from studyapp.i18n import QT_TRANSLATE_NOOP, translate
from studyapp.study.cards import Card
from studyapp.study.kinds import kind_label
from studyapp.userdata import card_marks, reviews
from studyapp.userdata.card_marks import NO_MARK, CardMark
from studyapp.userdata.reviews import CardState
from studyapp.userdata.store import UserStore


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


_RECORD_END = re.compile("\x1e")
_FIRST_PAGE = 100  # cards a search finds before the table is first shown,
_FIRST_STEPS = 3  # unless it has searched this many steps already
_SEARCH_STEP = 2_000_000  # characters of the cards' texts searched in one step
_COMBINING = re.compile("[\u0300-\u036f]")


def _fold_fast(text: str) -> str:
    """Case, accents and macrons folded away, in C speed for a text of every card (the
    app's one-for-one `fold` maps each character in Python: seconds at 1,000 times)."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


def _due(table: CardTable, card: Card) -> dt.datetime | None:
    state = table.state(card.key)
    return state.due if state else None


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


_VALUES: dict[Column, Callable[[CardTable, Card], object]] = {
    Column.PROMPT: lambda table, card: card.prompt,
    Column.ANSWER: lambda table, card: card.answer,
    Column.KIND: lambda table, card: kind_label(card.kind),
    Column.AGREEMENT: lambda table, card: card.agreement_key or "",
    Column.STATE: lambda table, card: table.state_text(card),
    Column.DUE: _due,
    Column.STABILITY: lambda table, card: table.scheduling(card.key).stability,
    Column.DIFFICULTY: lambda table, card: table.scheduling(card.key).difficulty,
    Column.LAPSES: lambda table, card: table.lapse_count(card.key),
    Column.REVIEWS: lambda table, card: table.review_count(card.key),
}


class CardTable:
    """Every card, and which of them the filter shows in which order (indexes into `cards`)."""

    marks: dict[str, CardMark]

    def __init__(
        self,
        store: UserStore,
        cards: Sequence[Card],
        *,
        bookmarked: Iterable[str] = (),
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self.store = store
        self.cards = cards
        self._now = now
        self.bookmarked = frozenset(bookmarked)
        self._position: dict[str, int] | None = None
        self._haystack: str | None = None
        self._ends: list[int] = []
        self._tests_now: list[Callable[[Card], bool]] = []
        self._pattern: re.Pattern[str] | None = None
        self._searched = 0  # how far into the haystack the current text was looked for
        self._found: list[int] = []  # the cards shown, while searching
        self.search_step = _SEARCH_STEP
        self.reload()
        self.visible: Sequence[int] = range(len(cards))

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

    def card(self, row: int) -> Card:
        return self.cards[self.visible[row]]

    def row_of(self, key: str) -> int | None:
        if self._position is None:
            self._position = {card.key: index for index, card in enumerate(self.cards)}
        position = self._position.get(key)
        if position is None:
            return None
        try:
            return self.visible.index(position)
        except ValueError:
            return None

    # ---- a row's values ------------------------------------------------------------------

    def mark(self, key: str) -> CardMark:
        return self.marks.get(key, NO_MARK)

    def state_text(self, card: Card) -> str:
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

    def value(self, card: Card, column: Column) -> object:
        """The sortable value of a cell (None sorts first, shown empty)."""
        return _VALUES[column](self, card)

    # ---- filter, search, sort --------------------------------------------------------------

    def apply(self, chosen: BrowserFilter) -> None:
        """Show the cards that pass every condition of `chosen`, in content order."""
        self.begin(chosen)
        self.apply_rest()

    def begin(self, chosen: BrowserFilter) -> None:
        """Start showing the cards that pass `chosen`: all of them at once, or, for a text,
        those in the first part of the cards' texts (`more` finds the rest, part by part, so
        the first page of a word found in most cards never waits for the last card)."""
        self._tests_now = self._tests(chosen)
        text = chosen.text.strip()
        if not text:
            self._pattern = None
            self.visible = self._passing(range(len(self.cards)))
            return
        self.prepare_search()
        self._pattern = re.compile(re.escape(_fold_fast(text)))
        self._searched = 0
        self._found = []
        self.visible = self._found
        # The first page: enough cards to fill it, or what the first steps find.
        for _ in range(_FIRST_STEPS):
            if not self.searching or len(self._found) >= _FIRST_PAGE:
                break
            self.show(self.more())

    @property
    def searching(self) -> bool:
        """Whether some cards' texts are still to be searched for the current text."""
        return self._pattern is not None and self._searched < len(self._haystack or "")

    def more(self) -> list[int]:
        """The next cards that pass the filter, from the next `search_step` characters of
        the cards' texts (up to the end of the card there), for the caller to `show`."""
        haystack, pattern, step = self._haystack, self._pattern, self.search_step
        if haystack is None or pattern is None or not self.searching:
            return []
        start = self._searched
        end = haystack.find("\x1e", min(start + step, len(haystack) - 1)) + 1 or len(haystack)
        self._searched = end
        # Every step in C (no Python call per match): a word found in most of a quarter of a
        # million cards costs tens of milliseconds, not hundreds.
        offsets = map(re.Match.start, pattern.finditer(haystack, start, end))
        cards = map(bisect.bisect_left, itertools.repeat(self._ends), offsets)
        return list(self._passing(list(dict.fromkeys(cards))))

    def _passing(self, indexes: Sequence[int]) -> Sequence[int]:
        tests, cards = self._tests_now, self.cards
        if not tests:
            return indexes
        return [i for i in indexes if all(test(cards[i]) for test in tests)]

    def _tests(self, chosen: BrowserFilter) -> list[Callable[[Card], bool]]:
        tests: list[Callable[[Card], bool]] = []
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

    def _state_test(self, wanted: CardStateFilter) -> Callable[[Card], bool]:
        now = self._now()
        states, mark = self.states, self.mark
        tests: dict[CardStateFilter, Callable[[Card], bool]] = {
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

    def prepare_search(self) -> None:
        """Fold every card's prompt, answer and key into one text, once (the dialog does it
        just after the first page is painted, so that no keystroke waits for it)."""
        if self._haystack is None:
            joined = "".join(
                f"{c.prompt}\x1f{c.answer}\x1f{c.key}".replace("\x1e", " ") + "\x1e"
                for c in self.cards
            )
            self._haystack = _fold_fast(joined)
            # Where each card's text ends: a match at offset p is in card bisect_left(ends, p).
            self._ends = list(map(re.Match.start, _RECORD_END.finditer(self._haystack)))

    def sort(self, column: Column, descending: bool) -> None:
        cards = self.cards
        if column in (Column.LAPSES, Column.REVIEWS):
            self.count_all()

        def key(index: int) -> tuple[bool, object]:
            value = self.value(cards[index], column)
            if isinstance(value, str):
                value = value.casefold()
            return (value is None, value if value is not None else 0)

        self.apply_rest()
        self.visible = sorted(self.visible, key=key, reverse=descending)

    def apply_rest(self) -> None:
        """Finish the current search at once (a sort needs every card it finds)."""
        while self.searching:
            self.show(self.more())

    def show(self, found: list[int]) -> None:
        """Add cards that `more` found to those shown."""
        self._found.extend(found)
