"""The key of every card the content makes, read from the database without making the cards.

Stats needs to know which cards exist (to count the new ones and leave out retired ones) but
not their prompts, explanations or choices; at 1,000 times today's content, building every
card to learn its key took seconds. This reads only the columns the rules of
`studyapp.study.cards.generate_cards` look at (studyapp.content.card_sources) and applies
the same rules (which questions are skipped, which events are paired), so it gives the same
keys; a test holds the two together on the real and on synthetic content. Bookmark cards
come from the user's bookmarks, not from the content, and are not among them. Qt-free.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from studyapp import calendars
from studyapp.content import card_sources
from studyapp.content.folding import fold
from studyapp.study import cards as made
from studyapp.study.map_cards import generate_map_cards, map_content
from studyapp.study.vocabulary import CardKind

if TYPE_CHECKING:
    from sqlalchemy import Connection

T = TypeVar("T")


class ContentReader(Protocol):
    """The content database, as studyapp.content.lazy_database.LazyContentDatabase reads it."""

    @property
    def path(self) -> Path: ...

    def read(self, query: Callable[[Connection], T]) -> T: ...


def card_keys(database: ContentReader) -> list[tuple[str, CardKind]]:
    """Every card's key and kind (bookmark cards aside), kind by kind in CardKind order."""
    return list(_keys(database))


def _keys(database: ContentReader) -> Iterator[tuple[str, CardKind]]:
    agreements = database.read(card_sources.agreements)
    shared_dates = Counter(row.signed for row in agreements)
    for kind, asked in (
        (CardKind.AGREEMENT_DATE, lambda row: True),
        (CardKind.DATE_AGREEMENT, lambda row: shared_dates[row.signed] == 1),
        (CardKind.AGREEMENT_ERA, lambda row: row.signed >= calendars.FIRST_SUPPORTED_DATE),
        (CardKind.AGREEMENT_JULIAN, lambda row: row.signed < made._RUSSIA_GREGORIAN),
    ):
        yield from ((f"{kind}:{row.key}", kind) for row in agreements if asked(row))

    moments = database.read(lambda c: card_sources.moments(c, made._ASKED_BY_PRECISION))
    yield from ((f"event-date:{m.key}", CardKind.EVENT_DATE) for m in moments if m.asks_date)
    yield from (
        (f"event-order:{earlier}:{later}", CardKind.EVENT_ORDER)
        for earlier, later in order_pairs(moments)
    )

    terms = database.read(card_sources.terms)
    kanji_count = Counter(term.term_ja for term in terms)
    for kind, asked_term in (
        (CardKind.TERM_JAPANESE, lambda term: bool(term.term_ja)),
        (
            CardKind.JAPANESE_TERM,
            lambda term: bool(term.term_ja) and kanji_count[term.term_ja] == 1,
        ),
        (CardKind.TERM_DEFINITION, _has_definition),
    ):
        yield from ((f"{kind}:{term.key}", kind) for term in terms if asked_term(term))

    titles = database.read(card_sources.clause_titles)
    agreements_by_title: dict[str, set[str]] = defaultdict(set)
    folded = {key: fold(title) for key, _agreement, title in titles}
    for key, agreement, _title in titles:
        agreements_by_title[folded[key]].add(agreement)
    yield from (
        (f"clause-agreement:{key}", CardKind.CLAUSE_AGREEMENT)
        for key, title in folded.items()
        if len(agreements_by_title[title]) == 1  # else "which agreement?" has no one answer
    )
    clozes = database.read(card_sources.cloze_counts)
    yield from (
        (f"clause-cloze:{key}:{number}", CardKind.CLAUSE_CLOZE)
        for key, count in clozes.items()
        for number in range(1, count + 1)
    )
    yield from ((f"clause-part:{key}", CardKind.CLAUSE_PART) for key in folded)

    yield from (
        (f"signatory-agreements:{person}", CardKind.SIGNATORY_AGREEMENTS)
        for person in database.read(card_sources.signing_people)
    )
    yield from (
        (key, CardKind.PERSON_DEED) for key in _deed_keys(database.read(card_sources.deeds))
    )
    atlas = map_content(database.path)
    if atlas is not None:
        by_key = {row.key: row for row in agreements}
        yield from ((card.key, card.kind) for card in generate_map_cards(atlas, by_key))


def _has_definition(term: card_sources.TermRow) -> bool:
    said = term.definition
    return said is True or (isinstance(said, str) and bool(made.first_sentence(said)))


def order_pairs(moments: list[card_sources.Moment]) -> Iterator[tuple[str, str]]:
    """The keys of the "which came first" pairs, as `cards.order_pairs` makes them: each
    moment with the next two surely later ones (first day after its last day) among the
    next _LOOK_AHEAD."""
    firsts = [moment.first for moment in moments]
    total = len(moments)
    for index, moment in enumerate(moments):
        # In order of first days, the surely later ones start at the first past its last.
        start = bisect.bisect_right(firsts, moment.last, lo=index + 1)
        end = min(start + made._PAIRS_PER_MOMENT, index + 1 + made._LOOK_AHEAD, total)
        for later in range(start, end):
            yield moment.key, moments[later].key


def _deed_keys(deeds: list[card_sources.DeedRow]) -> Iterator[str]:
    """The person-deed cards' keys, as `cards._person_deed_cards` makes them."""
    doers = Counter((deed.verb, deed.what) for deed in deeds)
    seen: Counter[tuple[str, str]] = Counter()
    for deed in deeds:
        if doers[(deed.verb, deed.what)] > 1:
            continue  # shared word for word: no single answer
        slug = f"{deed.verb}-{deed.year}"
        seen[(deed.person_key, slug)] += 1
        count = seen[(deed.person_key, slug)]
        yield f"person-deed:{deed.person_key}:{slug}" + (f"-{count}" if count > 1 else "")
