"""The views' queries and the catalogue: each reads what one view shows, and the same records
as reading the whole content would give."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import TypeVar

import pytest
from sqlalchemy import Connection

from studyapp import paths
from studyapp.content import queries, view_queries
from studyapp.content.catalogue import ContentCatalogue, KeyedRecords
from studyapp.content.database import ContentDatabase, read_content
from studyapp.content.folding import fold
from studyapp.content.glossary_links import TermMatcher, term_occurrences
from studyapp.content.records import Content, EventRecord, ListQuery

T = TypeVar("T")


@pytest.fixture(scope="module")
def database() -> Iterator[ContentDatabase]:
    database = ContentDatabase(paths.content_db_path())
    yield database
    database.close()


@pytest.fixture(scope="module")
def whole() -> Content:
    return read_content(paths.content_db_path())


@pytest.fixture
def catalogue(database: ContentDatabase) -> ContentCatalogue:
    return ContentCatalogue(database.read)


def test_reading_by_key_gives_the_records_a_whole_read_gives(
    catalogue: ContentCatalogue, whole: Content
) -> None:
    for agreement in whole.agreements:
        assert catalogue.agreements[agreement.key] == agreement
        for clause in agreement.clauses:
            assert catalogue.clauses[clause.key] == clause
            assert catalogue.agreement_of(clause.key) == agreement
    for event in whole.events[::7]:
        assert catalogue.events[event.key] == event
    for term in whole.terms[::5]:
        assert catalogue.terms[term.key] == term
    for person in whole.people[::3]:
        assert catalogue.people[person.key] == person
    assert catalogue.topics_in_order() == list(whole.topics)
    assert list(catalogue.topics) == [topic.key for topic in whole.topics]


def test_keys_that_are_no_rows_are_missing_not_errors(catalogue: ContentCatalogue) -> None:
    assert "no-such-clause" not in catalogue.clauses
    assert catalogue.clauses.get("no-such-clause") is None
    with pytest.raises(KeyError):
        catalogue.agreements["no-such-agreement"]
    assert catalogue.clauses.many(["no-such", "first-1907-public-1"])[0].key == (
        "first-1907-public-1"
    )


def test_the_lists_count_and_order_what_is_there(
    catalogue: ContentCatalogue, whole: Content
) -> None:
    counts = catalogue.counts()
    assert counts.agreements == len(whole.agreements) == len(catalogue.agreements)
    assert counts.clauses == sum(len(a.clauses) for a in whole.agreements)
    assert counts.events == len(whole.events) and counts.terms == len(whole.terms)
    assert list(catalogue.terms) == [term.key for term in whole.terms]
    headings = catalogue.agreement_headings()
    assert [(h.key, h.title, h.signed, h.place) for h in headings] == [
        (a.key, a.title, a.signed, a.place) for a in whole.agreements
    ]


def test_the_counts_are_the_databases_and_read_no_rows_twice(whole: Content) -> None:
    database = ContentDatabase(paths.content_db_path())
    reads: list[object] = []

    def counting(query: Callable[[Connection], T]) -> T:
        reads.append(query)
        return database.read(query)

    catalogue = ContentCatalogue(counting)
    try:
        counts = catalogue.counts()
        assert counts.people == len(whole.people)
        assert catalogue.counts() is counts and len(reads) == 1  # kept once read
    finally:
        database.close()


def test_the_people_a_text_names_are_read_by_the_place(
    catalogue: ContentCatalogue, whole: Content
) -> None:
    named: dict[tuple[str, str], list[str]] = {}
    for person in whole.people:
        for place in person.mentioned_in:
            named.setdefault(place, []).append(person.key)
    assert named
    for place, keys in named.items():
        assert [person.key for person in catalogue.people_in[place]] == keys
    assert catalogue.people_in.get(("event", "no-such-event"), ()) == ()


def test_where_a_term_occurs_is_what_scanning_every_text_finds(
    catalogue: ContentCatalogue, whole: Content
) -> None:
    matcher = TermMatcher.build(whole.terms)

    def both(record: object, *names: str) -> str:
        """The fields and their Japanese twins, as the build looks in them."""
        return "\n".join(str(getattr(record, n)) for m in names for n in (m, f"{m}_ja"))

    prose = ("title", "summary", "occasion", "consequences")
    texts = {
        "agreement": [(a.key, both(a, *prose)) for a in whole.agreements],
        "clause": [
            (c.key, both(c, "title", "summary")) for a in whole.agreements for c in a.clauses
        ],
        "event": [(e.key, both(e, "title", "description")) for e in whole.events],
    }
    scanned = {kind: term_occurrences(matcher, found) for kind, found in texts.items()}
    for term in whole.terms:
        stored = catalogue.term_mentions(term.key)
        for kind, found in scanned.items():
            assert [key for k, key in stored if k == kind] == found.get(term.key, [])
    assert catalogue.term_mentions("manchuria")


def test_the_agreements_a_person_signed_come_with_the_office(
    catalogue: ContentCatalogue, whole: Content
) -> None:
    for agreement in whole.agreements:
        for signatory in agreement.signatories:
            signed = catalogue.signatures_of(signatory.person_key)
            assert (agreement.key, signatory.office, signatory.office_ja) in [
                (s.agreement_key, s.office, s.office_ja) for s in signed
            ]


def test_a_page_of_terms_is_filtered_and_sorted_by_the_database(
    database: ContentDatabase, whole: Content
) -> None:
    def page(query: ListQuery, offset: int = 0, limit: int = 1000) -> list[str]:
        found = database.read(lambda c: view_queries.list_page(c, "term", query, offset, limit))
        return [row.key for row in found]

    everything = page(ListQuery())
    assert sorted(everything) == sorted(t.key for t in whole.terms)
    assert page(ListQuery(), 5, 3) == everything[5:8]
    words = ("manshu",)
    expected = {
        t.key
        for t in whole.terms
        if "manshu" in fold(f"{t.term} {t.term_ja} {t.reading} {t.definition}")
    }
    assert set(page(ListQuery(words))) == expected and expected
    count = database.read(lambda c: view_queries.list_count(c, "term", ListQuery(words)))
    assert count == len(expected)
    backwards = ListQuery(column=2, descending=True)
    keys = page(backwards)
    readings = [fold(next(t.reading for t in whole.terms if t.key == key)) for key in keys]
    assert readings == sorted(readings, reverse=True)
    for row, key in enumerate(keys[:10]):
        assert (
            database.read(partial(view_queries.list_row, kind="term", query=backwards, key=key))
            == row
        )
    assert (
        database.read(lambda c: view_queries.list_row(c, "term", ListQuery(("zzzz",)), keys[0]))
        == -1
    )


def test_records_read_by_key_are_kept_in_a_bounded_cache(database: ContentDatabase) -> None:
    reads: list[int] = []

    def counting(query: Callable[[Connection], T]) -> T:
        reads.append(1)
        return database.read(query)

    events: KeyedRecords[EventRecord] = KeyedRecords(
        counting, "event", _events_by_key, lambda r: r.key, size=4
    )
    keys = list(events)[:6]
    reads.clear()
    assert events[keys[0]].key == keys[0]
    assert events[keys[0]].key == keys[0]
    assert len(reads) == 1  # the second time from the cache
    for key in keys[1:]:
        events[key]
    assert len(events._kept) == 4  # never more than its size
    reads.clear()
    events[keys[0]]  # pushed out by the others: read again
    assert len(reads) == 1


def _events_by_key(connection: Connection, keys: Sequence[str]) -> list[EventRecord]:
    return queries.events(connection, queries.keys_in(keys))


def test_the_filter_in_japanese_also_looks_in_the_japanese_definitions(
    database: ContentDatabase, whole: Content
) -> None:
    def keys(query: ListQuery) -> set[str]:
        found = database.read(
            partial(view_queries.list_page, kind="term", query=query, offset=0, limit=1000)
        )
        return {row.key for row in found}

    word = fold("満州")
    only_in_japanese = {
        t.key
        for t in whole.terms
        if word in fold(t.definition_ja)
        and word not in fold(f"{t.term} {t.term_ja} {t.reading} {t.definition}")
    }
    assert only_in_japanese  # e.g. Harbin, whose English definition names no Manchuria
    assert not keys(ListQuery((word,))) & only_in_japanese
    assert only_in_japanese <= keys(ListQuery((word,), japanese=True))


def test_values_and_items_read_in_batches_in_list_order(database: ContentDatabase) -> None:
    reads: list[object] = []

    def counting(query: Callable[[Connection], T]) -> T:
        reads.append(query)
        return database.read(query)

    catalogue = ContentCatalogue(counting)
    keys = list(catalogue.terms)
    reads.clear()
    assert [term.key for term in catalogue.terms.values()] == keys
    assert len(reads) == 2  # the keys, then one batch of records: not one read per term
    assert [key for key, _ in catalogue.terms.items()] == keys


def test_an_agreements_heading_is_read_by_key_alone_and_kept(database: ContentDatabase) -> None:
    every = {heading.key: heading for heading in database.read(view_queries.agreement_headings)}
    reads: list[object] = []

    def counting(query: Callable[[Connection], T]) -> T:
        reads.append(query)
        return database.read(query)

    catalogue = ContentCatalogue(counting)
    first, *others = list(every)
    assert catalogue.agreement_heading(first) == every[first] and len(reads) == 1
    assert catalogue.agreement_heading(first) == every[first] and len(reads) == 1  # kept
    assert catalogue.agreement_headings_of([*others, "no-such-agreement"]) == {
        key: every[key] for key in others
    }
    assert len(reads) == 2  # the rest in one read
    assert catalogue.agreement_heading("no-such-agreement") is None and len(reads) == 2
    assert catalogue.agreement_headings() == tuple(every.values())  # all, in order
