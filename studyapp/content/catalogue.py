"""The content as the views read it: whole records by key, read on demand. Qt-free.

Nothing here holds the whole content. A view asks for what it shows when it shows it: the
agreements' headings, one clause, one term. Records read by key are kept in small caches (the
last few hundred of each kind), so stepping back and forth through a list does not read the
same rows again, while memory stays flat however large the content grows. Everything else a
view needs is a query of view_queries.py, run with `read(query)`.
"""

from __future__ import annotations

import weakref
from collections import Counter, OrderedDict
from collections.abc import Callable, ItemsView, Iterator, Mapping, Sequence, ValuesView
from functools import partial
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from studyapp.content.glossary_links import TermMatcher

# queries.py and view_queries.py are imported by the first read, not with this module: they
# import SQLAlchemy, which the window's first paint need not wait for.
if TYPE_CHECKING:
    from sqlalchemy import Connection

    from studyapp.content.records import (
        AgreementHeading,
        AgreementRecord,
        ClauseRecord,
        Content,
        ContentCounts,
        EventRecord,
        PersonRecord,
        Signature,
        SourceRecord,
        TermRecord,
        TopicRecord,
    )

T = TypeVar("T")
R = TypeVar("R")


class Reader(Protocol):
    """Runs a query on a connection of the content database (ContentDatabase.read)."""

    def __call__(self, query: Callable[[Connection], T], /) -> T: ...


# How many records of each kind are kept once read: a screenful or two of any list.
CACHE_SIZE = 256
# Keys per query when many are asked for at once (SQLite's limit on parameters is far above).
_BATCH = 500


class KeyedRecords(Mapping[str, R], Generic[R]):
    """The records of one kind by key, read when first asked for, the last few kept.

    A Mapping, so `clauses[key]`, `key in clauses` and `clauses.get(key)` read as they did
    over a dict; iterating reads the keys (not the records) in list order, `len` counts.
    """

    def __init__(
        self,
        read: Reader,
        kind: str,
        by_keys: Callable[..., Sequence[R]],  # (connection, keys=...)
        key_of: Callable[[R], str],
        size: int = CACHE_SIZE,
    ) -> None:
        self._read = read
        self.kind = kind
        self._by_keys = by_keys
        self._key_of = key_of
        self._size = size
        self._kept: OrderedDict[str, R] = OrderedDict()
        self._missing: set[str] = set()  # keys asked for that are no row: asked once only

    def __getitem__(self, key: str) -> R:
        found = self.many([key])
        if not found:
            raise KeyError(key)
        return found[0]

    def many(self, keys: Sequence[str]) -> list[R]:
        """The records of these keys that exist, in the order asked, read in one query."""
        have: dict[str, R] = {}
        for key in keys:
            record = self._kept.get(key)
            if record is not None:
                self._kept.move_to_end(key)
                have[key] = record
        wanted = [k for k in dict.fromkeys(keys) if k not in have and k not in self._missing]
        for start in range(0, len(wanted), _BATCH):
            batch = wanted[start : start + _BATCH]
            for record in self._read(partial(self._by_keys, keys=batch)):
                have[self._key_of(record)] = record
                self._keep(self._key_of(record), record)
            if len(self._missing) > 4 * self._size:
                self._missing.clear()
            self._missing.update(key for key in batch if key not in have)
        return [have[key] for key in keys if key in have]

    def _keep(self, key: str, record: R) -> None:
        self._kept[key] = record
        self._kept.move_to_end(key)
        while len(self._kept) > self._size:
            self._kept.popitem(last=False)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and bool(self.many([key]))

    def __iter__(self) -> Iterator[str]:
        from studyapp.content import view_queries

        keys: list[str] = self._read(partial(view_queries.keys_in_order, kind=self.kind))
        return iter(keys)

    def __len__(self) -> int:
        from studyapp.content import view_queries

        count: int = self._read(partial(view_queries.count_of, kind=self.kind))
        return count

    def values(self) -> ValuesView[R]:
        return _Values(self)

    def items(self) -> ItemsView[str, R]:
        return _Items(self)

    def in_batches(self) -> Iterator[R]:
        """Every record in list order, read a batch of keys at a time (not one by one)."""
        keys = list(iter(self))  # (list(self) would count the rows first, another query)
        for start in range(0, len(keys), _BATCH):
            yield from self.many(keys[start : start + _BATCH])


class _Values(ValuesView[R]):
    _mapping: KeyedRecords[R]

    def __iter__(self) -> Iterator[R]:
        return self._mapping.in_batches()


class _Items(ItemsView[str, R]):
    _mapping: KeyedRecords[R]

    def __iter__(self) -> Iterator[tuple[str, R]]:
        return ((record_key(record), record) for record in self._mapping.in_batches())


def record_key(record: object) -> str:
    key = getattr(record, "key")  # noqa: B009 (every record of content/ has its key)
    assert isinstance(key, str)
    return key


class _PeopleNamed(Mapping[tuple[str, str], Sequence["PersonRecord"]]):
    """The people a row's text names, by (kind, key) of the row: ("event", "ito-...")."""

    def __init__(self, catalogue: ContentCatalogue) -> None:
        self._catalogue = catalogue
        self._kept: OrderedDict[tuple[str, str], tuple[str, ...]] = OrderedDict()

    def __getitem__(self, place: tuple[str, str]) -> Sequence[PersonRecord]:
        from studyapp.content import view_queries

        keys = self._kept.get(place)
        if keys is None:
            kind, key = place
            keys = tuple(
                self._catalogue.read(
                    partial(view_queries.people_named_in, kind=kind, owner_key=key)
                )
            )
            self._kept[place] = keys
            while len(self._kept) > CACHE_SIZE:
                self._kept.popitem(last=False)
        if not keys:
            raise KeyError(place)
        return self._catalogue.people.many(keys)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(())  # the places are not listed: ask for one

    def __len__(self) -> int:
        return 0


def _agreements_by_key(connection: Connection, keys: Sequence[str]) -> list[AgreementRecord]:
    from studyapp.content import queries

    return queries.agreements(connection, queries.keys_in(keys))


def _events_by_key(connection: Connection, keys: Sequence[str]) -> list[EventRecord]:
    from studyapp.content import queries

    return queries.events(connection, queries.keys_in(keys))


def _terms_by_key(connection: Connection, keys: Sequence[str]) -> list[TermRecord]:
    from studyapp.content import queries

    return queries.terms(connection, queries.keys_in(keys))


def _people_by_key(connection: Connection, keys: Sequence[str]) -> list[PersonRecord]:
    from studyapp.content import queries

    return queries.people(connection, queries.keys_in(keys))


def _topics_by_key(connection: Connection, keys: Sequence[str]) -> list[TopicRecord]:
    from studyapp.content import queries

    return queries.topics(connection, queries.keys_in(keys))


def _clauses_by_key(connection: Connection, keys: Sequence[str]) -> list[ClauseRecord]:
    from studyapp.content import queries

    by_agreement = queries.clauses(connection, queries.keys_in(keys))
    return [clause for found in by_agreement.values() for clause in found]


def _headings_by_key(connection: Connection, keys: Sequence[str]) -> list[AgreementHeading]:
    from studyapp.content import view_queries

    return view_queries.agreement_headings_of(connection, keys)


def _key(
    record: AgreementHeading
    | AgreementRecord
    | ClauseRecord
    | EventRecord
    | TermRecord
    | PersonRecord
    | TopicRecord,
) -> str:
    return record.key


class ContentCatalogue:
    """Every view's way to the content (`services.index`): the records of each kind by key,
    and `read(query)` for a query of content/ (view_queries.py); small lists once read are
    kept (the agreements' headings, the counts)."""

    def __init__(self, read: Reader) -> None:
        self._read = read
        # An agreement record holds its clauses: a few dozen are plenty.
        self.agreements: KeyedRecords[AgreementRecord] = KeyedRecords(
            read, "agreement", _agreements_by_key, _key, size=32
        )
        self.clauses: KeyedRecords[ClauseRecord] = KeyedRecords(
            read, "clause", _clauses_by_key, _key
        )
        self.events: KeyedRecords[EventRecord] = KeyedRecords(read, "event", _events_by_key, _key)
        self.terms: KeyedRecords[TermRecord] = KeyedRecords(read, "term", _terms_by_key, _key)
        self.people: KeyedRecords[PersonRecord] = KeyedRecords(read, "person", _people_by_key, _key)
        self.topics: KeyedRecords[TopicRecord] = KeyedRecords(read, "topic", _topics_by_key, _key)
        # An agreement's heading alone (no clauses, no sources), for lists and labels.
        self.headings: KeyedRecords[AgreementHeading] = KeyedRecords(
            read, "agreement", _headings_by_key, _key
        )
        self.people_in: Mapping[tuple[str, str], Sequence[PersonRecord]] = _PeopleNamed(self)
        self._headings: tuple[AgreementHeading, ...] | None = None
        self._counts: ContentCounts | None = None
        self._whole: weakref.ReferenceType[Content] | None = None

    def read(self, query: Callable[[Connection], T]) -> T:
        """Run `query` (a function of content/ taking a connection); ContentError if the
        database is damaged."""
        return self._read(query)

    # ---- small lists, kept once read ------------------------------------------------------

    def agreement_headings(self) -> tuple[AgreementHeading, ...]:
        """Every agreement's heading in order (key, ordinal, titles, date, place)."""
        if self._headings is None:
            from studyapp.content import view_queries

            self._headings = tuple(self.read(view_queries.agreement_headings))
        return self._headings

    def agreement_heading(self, key: str) -> AgreementHeading | None:
        """One agreement's heading, read by key (the last few kept), not with all of them."""
        return self.headings.get(key)

    def agreement_headings_of(self, keys: Sequence[str]) -> dict[str, AgreementHeading]:
        """These agreements' headings (those that exist), the ones not kept read in one query
        (the map's list of agreements names a page at a time)."""
        return {heading.key: heading for heading in self.headings.many(keys)}

    def counts(self) -> ContentCounts:
        """How many rows of each kind there are (SQL COUNT, not rows read)."""
        if self._counts is None:
            self._counts = self.read(_count_rows)
        return self._counts

    def topics_in_order(self) -> list[TopicRecord]:
        """Every topic in its display order (a short list: regions and themes)."""
        return self.topics.many(list(self.topics))

    # ---- what one view reads --------------------------------------------------------------

    def agreement_of(self, clause_key: str) -> AgreementRecord:
        """The agreement a clause belongs to; KeyError if there is no such clause."""
        return self.agreements[self.clauses[clause_key].agreement_key]

    def agreement_keys_of(self, clause_keys: Sequence[str]) -> dict[str, str]:
        """The agreement key of each of these clauses that exists."""
        from studyapp.content import view_queries

        return self.read(partial(view_queries.agreement_of_clauses, clause_keys=clause_keys))

    def clauses_per_agreement(self, clause_keys: Sequence[str]) -> dict[str, int]:
        """How many of these clauses each agreement has (clauses not in the content left
        out), in one query however many keys there are."""
        return dict(Counter(self.agreement_keys_of(clause_keys).values()))

    def clauses_on(self, topic_key: str) -> list[ClauseRecord]:
        """The clauses that concern a topic, in agreement and article order."""
        from studyapp.content import view_queries

        keys = self.read(partial(view_queries.clause_keys_on, topic_key=topic_key))
        return self.clauses.many(keys)

    def term_mentions(self, term_key: str) -> list[tuple[str, str]]:
        """(kind, key) of the agreements, clauses and events whose text names the term."""
        from studyapp.content import view_queries

        return self.read(partial(view_queries.term_mentioned_in, term_key=term_key))

    def signatures_of(self, person_key: str, limit: int | None = None) -> list[Signature]:
        """The agreements the person signed (the first `limit`, or all), with the office
        held, in order."""
        from studyapp.content import view_queries

        return self.read(partial(view_queries.signatures_of, person_key=person_key, limit=limit))

    def sources_of(self, kind: str) -> list[SourceRecord]:
        """The sources the rows of `kind` cite, once each."""
        from studyapp.content import view_queries

        return self.read(partial(view_queries.sources_cited_by, kind=kind))

    def matcher_for(self, places: Sequence[tuple[str, str]]) -> TermMatcher:
        """What links the glossary terms named in the texts at `places` ((kind, key):
        "agreement", "clause", "event", "term", "person" or "topic"): a matcher of only the
        terms the build found there (term_mention), so it costs the same however long the
        glossary grows. It finds what a matcher of every term would in those texts."""
        if not places:
            return TermMatcher.of_spellings(())
        from studyapp.content import view_queries

        found = self.read(partial(view_queries.spellings_named_in, places=places))
        return TermMatcher.of_spellings(found)

    # ---- everything at once (temporary) ---------------------------------------------------

    def whole(self) -> Content:
        """The whole content, read now unless a caller still holds the last one read.

        For what needs every row at once (exporting every card); no view and nothing on the
        start-up path calls it.
        """
        from studyapp.content import queries

        content = self._whole() if self._whole is not None else None
        if content is None:
            content = self.read(queries.all_content)
            self._whole = weakref.ref(content)
        return content


def _count_rows(connection: Connection) -> ContentCounts:
    """view_queries.counts, imported only where the query runs: a read server takes it while
    the window has no SQLAlchemy yet (read_server.py)."""
    from studyapp.content import view_queries

    return view_queries.counts(connection)
