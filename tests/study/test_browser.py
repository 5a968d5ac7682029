"""The card browser's table: filters, search and sort over every card, lazily."""

from __future__ import annotations

import datetime as dt

import pytest

from studyapp import paths
from studyapp.content.card_sources import CardRef
from studyapp.content.catalogue import ContentCatalogue
from studyapp.content.database import read_content
from studyapp.content.folding import fold
from studyapp.content.lazy_database import LazyContentDatabase
from studyapp.content.records import Content
from studyapp.study import browser
from studyapp.study.browser import BrowserFilter, CardStateFilter, CardTable, Column
from studyapp.study.content_cards import ContentCards
from studyapp.study.scheduling import Rating, Scheduler
from studyapp.study.siblings import fact_keys
from studyapp.userdata import card_marks, reviews
from studyapp.userdata.card_marks import CardMark
from studyapp.userdata.store import UserStore

NOON = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def content() -> Content:
    return read_content(paths.content_db_path())


@pytest.fixture(scope="module")
def source(content: Content) -> ContentCards:
    database = LazyContentDatabase(paths.content_db_path())
    return ContentCards(database, ContentCatalogue(database.read))


@pytest.fixture(scope="module")
def cards(source: ContentCards) -> list[CardRef]:
    return list(source.refs())


def review(store: UserStore, key: str, rating: Rating, at: dt.datetime = NOON) -> None:
    state = Scheduler(fuzz=False).review(key, reviews.get_state(store, key), rating, at)
    reviews.record_review(
        store,
        key,
        state,
        rating=rating,
        reviewed_at=at,
        duration_ms=1000,
        mode="flip",
        correct=None,
    )


def keys(table: CardTable) -> list[str]:
    return [table.card(row).key for row in range(len(table))]


def test_every_card_is_a_row_with_its_facts(
    store: UserStore, source: ContentCards, cards: list[CardRef]
) -> None:
    review(store, cards[0].key, Rating.GOOD)
    table = CardTable(store, source, now=lambda: NOON)
    assert len(table) == len(cards)
    first = table.card(0)
    assert table.value(first, Column.REVIEWS) == 1
    assert table.value(first, Column.STATE) == "learning"
    assert isinstance(table.value(first, Column.STABILITY), float)
    assert table.value(table.card(1), Column.STATE) == "new"
    assert table.value(table.card(1), Column.DUE) is None


def test_search_finds_the_cards_about_the_rows_that_hold_the_words(
    store: UserStore, source: ContentCards, cards: list[CardRef], content: Content
) -> None:
    table = CardTable(store, source)
    table.apply(BrowserFilter(text="MERIDIAN of peking"))  # case and spacing ignored
    found = keys(table)
    clauses = {
        clause.key
        for agreement in content.agreements
        for clause in agreement.clauses
        if "meridian of peking" in fold(clause.summary)
    }
    assert clauses
    assert {c.key for c in cards if c.clause_key in clauses} <= set(found)
    assert found == [c.key for c in cards if c.key in set(found)]  # content order, once each
    table.apply(BrowserFilter(text="Taisho"))  # macrons ignored
    assert keys(table)
    table.apply(BrowserFilter(text="third-1912"))  # and the keys
    assert {c.key for c in cards if "third-1912" in c.key} <= set(keys(table))


@pytest.mark.parametrize("text", ["agreement", "Mongolia", "1907", "secret", "zq", "満州"])
def test_every_card_a_search_finds_asks_about_a_row_found_or_holds_the_text_in_its_key(
    store: UserStore, source: ContentCards, text: str
) -> None:
    from studyapp.content.search import search

    rows = {hit.key for hit in source.database.read(lambda c: search(c, text, limit=500))}
    table = CardTable(store, source)
    table.apply(BrowserFilter(text=text))
    for row in range(len(table)):
        key = table.card(row).key
        clause = table.card(row).clause_key
        assert set(fact_keys(key)) & rows or clause in rows or fold(text) in key, key
    assert len(set(keys(table))) == len(table)


def test_filters_by_kind_agreement_state_and_bookmark(
    store: UserStore, source: ContentCards, cards: list[CardRef]
) -> None:
    cloze = next(c for c in cards if c.kind == "clause-cloze")
    card_marks.set_marks(store, {cloze.key: CardMark(suspended=True, leech=True)})
    table = CardTable(store, source, bookmarked=[cloze.clause_key or ""])
    table.apply(BrowserFilter(kind="clause-cloze", agreement_key=cloze.agreement_key))
    assert keys(table) and all(
        table.card(r).kind == "clause-cloze" and table.card(r).agreement_key == cloze.agreement_key
        for r in range(len(table))
    )
    for state in (CardStateFilter.SUSPENDED, CardStateFilter.LEECH):
        table.apply(BrowserFilter(state=state))
        assert keys(table) == [cloze.key]
    table.apply(BrowserFilter(bookmarked_only=True))
    assert cloze.key in keys(table) and all(
        table.card(r).clause_key == cloze.clause_key for r in range(len(table))
    )
    table.apply(BrowserFilter(state=CardStateFilter.NEW))
    assert len(table) == len(cards)


def test_sorting_by_lapses_and_due(
    store: UserStore, source: ContentCards, cards: list[CardRef]
) -> None:
    key = cards[5].key
    review(store, key, Rating.EASY)
    state = reviews.get_state(store, key)
    assert state is not None
    review(store, key, Rating.AGAIN, state.due)  # a lapse: forgotten in review
    table = CardTable(store, source)
    assert table.value(cards[5], Column.LAPSES) == 1
    table.sort(Column.LAPSES, descending=True)
    assert table.card(0).key == key
    table.sort(Column.DUE, descending=False)
    assert table.card(0).key == key  # the only card with a due date; the rest after it


def test_forget_resets_a_card_to_new_and_keeps_its_history(
    store: UserStore, source: ContentCards, cards: list[CardRef]
) -> None:
    key = cards[0].key
    review(store, key, Rating.GOOD)
    assert card_marks.forget(store, [key]) == 1
    assert reviews.get_state(store, key) is None
    assert len(reviews.history(store, key)) == 1


@pytest.mark.parametrize("text", ["agreement", "Mongolia", "zq", "ag", "third-1912"])
@pytest.mark.parametrize("kind", [None, "clause-cloze"])
def test_a_search_read_a_batch_at_a_time_finds_the_same_rows_in_the_same_order(
    store: UserStore,
    source: ContentCards,
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    kind: str | None,
) -> None:
    chosen = BrowserFilter(text=text, kind=kind)
    whole = CardTable(store, source)
    whole.apply(chosen)
    wanted = keys(whole)
    monkeypatch.setattr(browser, "_FIRST_ROWS", 3)
    monkeypatch.setattr(browser, "_KEY_MATCHES", 4)
    table = CardTable(store, source)
    table.apply(chosen)
    assert len(table) >= min(3, len(wanted))
    assert keys(table) == wanted[: len(table)]
    while table.can_fetch_more():
        more = table.more_rows()
        assert more or not table.can_fetch_more()
        table.show_more(more)
    assert keys(table) == wanted
    sorted_table = CardTable(store, source)
    sorted_table.apply(chosen)
    sorted_table.sort(Column.PROMPT, descending=False)  # a sort reads every row first
    assert sorted(keys(sorted_table)) == sorted(wanted)
