"""One card, made from its key: the rows it asks about and no others. Qt-free.

The quiz and the card browser show a few cards at a time out of a quarter of a million at
1,000 times today's content, so they make only those, by key, with the rules of
studyapp.study.cards applied to the rows the key names (read by key from the content's
records, and a small query where a card needs more: the agreements a person signed, the
agreements on either side of a bookmarked clause's). Whether a card exists at all is the
card table's to say (studyapp.content.card_sources), which the build made with the same
rules from all the content; a key it does not hold is not made here either.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from studyapp import i18n
from studyapp.content import card_sources
from studyapp.content.records import (
    AgreementRecord,
    ClauseRecord,
    EventRecord,
    PersonRecord,
    TermRecord,
)
from studyapp.study import cards as rules
from studyapp.study.cards import Card
from studyapp.study.map_cards import generate_map_cards, map_content
from studyapp.study.siblings import fact_keys
from studyapp.study.vocabulary import MAP_CARD_KINDS, CardKind

if TYPE_CHECKING:
    from sqlalchemy import Connection

T = TypeVar("T")
R = TypeVar("R")


class ContentReader(Protocol):
    """The content database, as studyapp.content.lazy_database.LazyContentDatabase reads it."""

    @property
    def path(self) -> Path: ...

    def read(self, query: Callable[[Connection], T]) -> T: ...


class Records(Protocol):
    """The content's rows by key, read on demand (the app's services.index)."""

    @property
    def agreements(self) -> Mapping[str, AgreementRecord]: ...
    @property
    def clauses(self) -> Mapping[str, ClauseRecord]: ...
    @property
    def events(self) -> Mapping[str, EventRecord]: ...
    @property
    def terms(self) -> Mapping[str, TermRecord]: ...
    @property
    def people(self) -> Mapping[str, PersonRecord]: ...


_AGREEMENT_KINDS = frozenset(
    {
        CardKind.AGREEMENT_DATE,
        CardKind.DATE_AGREEMENT,
        CardKind.AGREEMENT_ERA,
        CardKind.AGREEMENT_JULIAN,
    }
)
_TERM_KINDS = frozenset({CardKind.TERM_JAPANESE, CardKind.JAPANESE_TERM, CardKind.TERM_DEFINITION})
_CLAUSE_KINDS = frozenset({CardKind.CLAUSE_AGREEMENT, CardKind.CLAUSE_CLOZE, CardKind.CLAUSE_PART})
_BOOKMARK_NEIGHBOURS = 2  # agreements on each side whose parts a bookmark card offers
# The records (Records' attributes) whose rows a card of each kind names in its key; a
# clause's agreement is read after its clause.
_ROWS_OF: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(_AGREEMENT_KINDS, ("agreements",)),
    CardKind.EVENT_DATE: ("events",),
    CardKind.EVENT_ORDER: ("agreements", "events"),  # either, by key
    **dict.fromkeys(_TERM_KINDS, ("terms",)),
    **dict.fromkeys((*_CLAUSE_KINDS, CardKind.BOOKMARK), ("clauses",)),
    CardKind.PERSON_DEED: ("people",),
}


def make_card(key: str, records: Records, database: ContentReader) -> Card | None:
    """The card with `key`, or None if its rows are not in the content (any more)."""
    kind_text, _, rest = key.partition(":")
    if kind_text not in CardKind.__members__.values():
        return None
    kind = CardKind(kind_text)
    try:
        made = _made(kind, rest, records, database)
    except KeyError:  # a row the key names is gone
        return None
    return next((card for card in made if card.key == key), None)


def read_ahead(keys: Iterable[str], records: Records) -> None:
    """Read the rows these cards ask about in one query per kind of row, where `records`
    reads many at once (the catalogue's `many`, which keeps them): making a card then finds
    its rows kept, and ten cards cost one query, not ten."""
    wanted: dict[str, list[str]] = {}
    for key in keys:
        kind = key.partition(":")[0]
        for table in _ROWS_OF.get(kind, ()):
            wanted.setdefault(table, []).extend(fact_keys(key))
    found_clauses = _many(records.clauses, wanted.pop("clauses", []))
    agreements = wanted.setdefault("agreements", [])
    agreements.extend(clause.agreement_key for clause in found_clauses)
    for table, row_keys in wanted.items():
        _many(getattr(records, table), row_keys)


def _many(mapping: Mapping[str, R], keys: list[str]) -> Sequence[R]:
    many = getattr(mapping, "many", None)
    if many is None or not keys:
        return ()
    found: Sequence[R] = many(list(dict.fromkeys(keys)))
    return found


def make_cards(keys: Iterable[str], records: Records, database: ContentReader) -> list[Card]:
    """The cards with these keys that can be made, in the order of the keys."""
    return [card for key in keys if (card := make_card(key, records, database)) is not None]


def _agreement(rest: str, records: Records, database: ContentReader) -> Iterable[Card]:
    return rules.agreement_cards([records.agreements[rest]])


def _event_date(rest: str, records: Records, database: ContentReader) -> Iterable[Card]:
    return filter(None, [rules.event_date_card(records.events[rest])])


def _event_order(rest: str, records: Records, database: ContentReader) -> Iterable[Card]:
    earlier, later = (_moment(key, records) for key in rest.split(":", 1))
    return [rules.order_card(earlier, later)]


def _term(rest: str, records: Records, database: ContentReader) -> Iterable[Card]:
    return rules.term_cards([records.terms[rest]])


def _clause(rest: str, records: Records, database: ContentReader) -> Iterable[Card]:
    clause = records.clauses[rest.split(":", 1)[0]]  # "clause-cloze:<clause>:<number>"
    agreement = records.agreements[clause.agreement_key]
    # The agreement with this clause alone: the rules make its cards and no other's.
    return rules.clause_cards([dataclasses.replace(agreement, clauses=(clause,))])


def _signatory(rest: str, records: Records, database: ContentReader) -> Iterable[Card]:
    signed = database.read(lambda c: card_sources.agreements_signed_by(c, rest))
    return rules.signatory_cards([records.agreements[key] for key in signed])


def _deed(rest: str, records: Records, database: ContentReader) -> Iterable[Card]:
    person_key = rest.split(":", 1)[0]  # "person-deed:<person>:signed-1905"
    shared = database.read(lambda c: card_sources.shared_deeds(c, person_key))
    return rules.person_deed_cards([records.people[person_key]], shared)


def _bookmark(rest: str, records: Records, database: ContentReader) -> Iterable[Card]:
    agreement_key = records.clauses[rest].agreement_key
    around = database.read(
        lambda c: card_sources.agreements_around(
            c, agreement_key, _BOOKMARK_NEIGHBOURS, _BOOKMARK_NEIGHBOURS
        )
    )
    return rules.bookmark_cards([records.agreements[key] for key in around], frozenset([rest]))


_MAKERS: dict[CardKind, Callable[[str, Records, ContentReader], Iterable[Card]]] = {
    **dict.fromkeys(_AGREEMENT_KINDS, _agreement),
    CardKind.EVENT_DATE: _event_date,
    CardKind.EVENT_ORDER: _event_order,
    **dict.fromkeys(_TERM_KINDS, _term),
    **dict.fromkeys(_CLAUSE_KINDS, _clause),
    CardKind.SIGNATORY_AGREEMENTS: _signatory,
    CardKind.PERSON_DEED: _deed,
    CardKind.BOOKMARK: _bookmark,
    **dict.fromkeys(MAP_CARD_KINDS, lambda rest, records, database: _map_cards(records, database)),
}


def _made(kind: CardKind, rest: str, records: Records, database: ContentReader) -> Iterable[Card]:
    """Cards among which is the one asked for: those the rules make of the rows named."""
    return _MAKERS[kind](rest, records, database)


def _moment(key: str, records: Records) -> rules.Moment:
    if key in records.agreements:
        return rules.signing_moment(records.agreements[key])
    moment = rules.event_moment(records.events[key])
    if moment is None:
        raise KeyError(key)
    return moment


_map_made: dict[tuple[str, str, int], list[Card]] = {}  # the latest map's cards


def clear() -> None:
    """Forget the map's cards made (the benchmarks measure a first making with it)."""
    _map_made.clear()


def _map_cards(records: Records, database: ContentReader) -> list[Card]:
    """Every map card (a few dozen, from the map content), made once per language."""
    made_for = (str(database.path), i18n.language(), id(records))
    if made_for not in _map_made:
        atlas = map_content(database.path)
        cards: list[Card] = []
        if atlas is not None:
            keys = database.read(card_sources.agreement_keys)
            cards = generate_map_cards(atlas, {key: records.agreements[key] for key in keys})
        _map_made.clear()
        _map_made[made_for] = cards
    return _map_made[made_for]
