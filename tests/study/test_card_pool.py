"""A deck read from the card table (TablePool) is the same deck as the list of every card
filtered (ListPool): the same cards, counts, due cards and new cards, and a session on it
runs as one on the list. On the bundled content, with bookmark cards and marked cards."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from studyapp import paths
from studyapp.content.card_sources import CardRef, card_total
from studyapp.content.catalogue import ContentCatalogue
from studyapp.content.lazy_database import LazyContentDatabase
from studyapp.study import content_cards
from studyapp.study.card_pool import ListPool, TablePool, shuffle_number
from studyapp.study.content_cards import ContentCards
from studyapp.study.counts import deck_counts
from studyapp.study.preferences import NewCardOrder, StudyPreferences
from studyapp.study.queue import ALL_CARDS, DeckFilter, StudySession
from studyapp.study.scheduling import Rating, Scheduler
from studyapp.userdata import card_marks
from studyapp.userdata.card_marks import NO_MARK
from studyapp.userdata.store import UserStore

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def table() -> ContentCards:
    database = LazyContentDatabase(paths.content_db_path())
    catalogue = ContentCatalogue(database.read)
    bookmarked = list(catalogue.clauses)[:3]
    return ContentCards(database, catalogue, bookmarked)


def _decks(table: ContentCards) -> list[DeckFilter]:
    refs = table.refs()
    first_agreement = next(ref.agreement_key for ref in refs if ref.agreement_key)
    return [
        ALL_CARDS,
        DeckFilter(agreement_key=first_agreement),
        DeckFilter(kinds=frozenset({refs[0].kind})),
        DeckFilter(kinds=frozenset({refs[0].kind, "bookmark"})),
        DeckFilter(bookmarks_only=True, bookmarked_clauses=frozenset(table.bookmarked[:2])),
        DeckFilter(card_keys=frozenset(ref.key for ref in refs[5:40:3])),
    ]


def _listed(table: ContentCards, deck: DeckFilter) -> list[CardRef]:
    return [ref for ref in table.refs() if deck.matches(ref)]


def test_a_table_pool_holds_the_decks_cards(table: ContentCards) -> None:
    refs = table.refs()
    asked = [ref.key for ref in refs[::7]] + ["no-such:card", refs[-1].key]
    for deck in _decks(table):
        listed = _listed(table, deck)
        pool = table.pool(deck)
        assert pool.total() == len(listed) > 0, deck
        assert pool.rows(asked) == ListPool(listed).rows(asked), deck


def test_new_cards_in_content_order_are_the_decks_in_order(table: ContentCards) -> None:
    day = dt.date(2026, 3, 2)
    for deck in _decks(table):
        listed = _listed(table, deck)
        skip = {ref.key for ref in listed[::4]}
        head, tail = table.pool(deck).new_cards(NewCardOrder.CONTENT, day, 5, skip)
        wanted = [ref for ref in listed if ref.key not in skip]
        assert head == wanted[:5], deck
        assert list(tail) == wanted[5:], deck


def test_shuffled_new_cards_take_every_card_once_in_a_daily_order(table: ContentCards) -> None:
    day = dt.date(2026, 3, 2)
    for deck in _decks(table):
        listed = _listed(table, deck)
        pool = table.pool(deck)
        head, tail = pool.new_cards(NewCardOrder.SHUFFLED, day, 20, set())
        order = head + list(tail)
        assert sorted(order, key=lambda ref: ref.position) == listed, deck
        again, rest = table.pool(deck).new_cards(NewCardOrder.SHUFFLED, day, 20, set())
        assert again + list(rest) == order, "the same order all day"
    every = table.pool(ALL_CARDS)
    today = every.new_cards(NewCardOrder.SHUFFLED, day, 20, set())[0]
    tomorrow = every.new_cards(NewCardOrder.SHUFFLED, day + dt.timedelta(days=1), 20, set())[0]
    assert today != tomorrow
    content = every.new_cards(NewCardOrder.CONTENT, day, 20, set())[0]
    assert today != content and {r.key for r in today} != {r.key for r in content}


def test_the_shuffle_numbers_are_the_builds(table: ContentCards) -> None:
    rows = table.database.read(
        lambda c: c.exec_driver_sql("SELECT key, shuffle FROM card LIMIT 50").all()
    )
    assert rows and all(shuffle_number(key) == number for key, number in rows)


def _study_some(store: UserStore, table: ContentCards) -> None:
    """Answer a dozen cards (some Again: learning, due soon), suspend and bury a few."""
    refs = table.refs()
    session = StudySession(
        store, refs, new_limit=12, now=lambda: NOW - dt.timedelta(days=3), siblings=table
    )
    for number in range(12):
        card = session.next_card()
        assert card is not None
        rating = Rating.AGAIN if number % 3 == 0 else Rating.GOOD
        session.answer(card, rating, duration_ms=3000, mode="flip", correct=None)
    until = NOW + dt.timedelta(days=1)
    card_marks.set_marks(
        store,
        {
            refs[1].key: replace(NO_MARK, suspended=True),
            refs[30].key: replace(NO_MARK, buried_until=until),
            f"bookmark:{table.bookmarked[0]}": replace(NO_MARK, suspended=True),
        },
    )


def test_deck_counts_on_the_pool_are_those_on_the_list(
    store: UserStore, table: ContentCards
) -> None:
    _study_some(store, table)
    for deck in _decks(table):
        on_list = deck_counts(store, table.refs(), deck, 20, NOW)
        on_pool = deck_counts(store, table.pool(deck), deck, 20, NOW)
        assert on_pool == on_list, deck


def test_a_session_on_the_pool_runs_as_one_on_the_list(
    store: UserStore, table: ContentCards
) -> None:
    _study_some(store, table)
    plain = StudyPreferences(new_card_order=NewCardOrder.CONTENT, bury_siblings=True)
    for deck in _decks(table):
        runs = []
        for cards in (table.refs(), table.pool(deck)):
            session = StudySession(
                store,
                cards,
                deck=deck,
                now=lambda: NOW,
                new_limit=8,
                preferences=plain,
                scheduler=Scheduler(fuzz=False),
                siblings=table,
            )
            counts, keys = [session.counts()], list[str]()
            while (card := session.next_card()) is not None and len(keys) < 30:
                keys.append(card.key)
                session.answer(card, Rating.GOOD, duration_ms=2000, mode="flip", correct=None)
                if len(keys) % 7 == 0:
                    session.undo()  # the card comes back, and its buried siblings with it
                counts.append(session.counts())
            runs.append((counts, keys, session.summary()))
            while session.undo() is not None:  # as it was, for the other session
                pass
        assert runs[0] == runs[1], deck
        assert runs[0][1], deck


def test_a_pool_session_buries_only_with_siblings_given(store: UserStore) -> None:
    pool = TablePool(LazyContentDatabase(paths.content_db_path()), ALL_CARDS)
    with pytest.raises(ValueError, match="siblings"):
        StudySession(store, pool, preferences=StudyPreferences(bury_siblings=True))
    assert StudySession(store, pool).next_card() is not None  # burying nothing


@pytest.mark.parametrize("rows_read", [True, False], ids=["rows-in-memory", "rows-in-sqlite"])
def test_keys_holding_a_text_come_a_batch_at_a_time_as_looking_through_finds_them(
    table: ContentCards, rows_read: bool
) -> None:
    refs = table.refs()
    bookmark = f"bookmark:{table.bookmarked[1]}"
    if not rows_read:
        content_cards.clear()
    for text in ("a", "ee", "date", "mongol", "-19", ":", bookmark[:12], bookmark, "zqzq"):
        wanted = [index for index, key in enumerate(refs.keys) if text in key]
        found: list[int] = []
        done, after = False, -1
        while not done:
            batch, done = table.keys_holding_after(text, after, limit=5)
            assert done or len(batch) == 5, text
            found += batch
            after = batch[-1] if batch else after
        assert found == wanted, text
        if text == bookmark:
            assert found == [refs.position(bookmark)]


def test_the_build_numbers_the_cards_without_a_gap(table: ContentCards) -> None:
    """card_total counts by the last position: the build numbers the cards 0, 1, 2 ..."""
    low, high, count = table.database.read(
        lambda c: c.exec_driver_sql("SELECT min(position), max(position), count(*) FROM card").one()
    )
    assert (low, high + 1) == (0, count)
    assert table.database.read(card_total) == count == len(table) - len(table.bookmarked)


def test_the_cards_coming_are_those_the_session_then_shows(
    store: UserStore, table: ContentCards
) -> None:
    plain = StudyPreferences(new_card_order=NewCardOrder.SHUFFLED, bury_siblings=False)
    session = StudySession(
        store, table.pool(ALL_CARDS), now=lambda: NOW, new_limit=10, preferences=plain
    )
    coming = session.upcoming(3)
    shown = []
    for _ in range(3):
        card = session.next_card()
        assert card is not None
        session.answer(card, Rating.EASY, duration_ms=1000, mode="flip", correct=None)
        shown.append(session.next_card())
    assert shown == coming


@pytest.mark.parametrize("pages_kept", [1, 20])
def test_the_browsers_paged_rows_are_the_card_rows(
    table: ContentCards, monkeypatch: pytest.MonkeyPatch, pages_kept: int
) -> None:
    monkeypatch.setattr(content_cards, "_PAGES_KEPT", pages_kept)
    refs, rows = table.refs(), table.rows()
    assert len(rows) == len(refs)
    for index in [0, 1, 250, len(refs) - 1, *range(len(refs) - 4, len(refs)), 3, 260]:
        assert rows[index] == refs[index], index
    assert rows[-1] == refs[-1] and rows[-1].kind == "bookmark"
    with pytest.raises(IndexError):
        rows[len(refs)]
    key = refs[300].key
    assert rows.position(key) == 300 == refs.position(key)
    assert [rows[i] for i in range(len(refs))] == list(refs)


def test_the_places_of_cards_about_a_search_are_their_rows(table: ContentCards) -> None:
    refs = table.refs()
    for text in ("Mongolia", "1907", table.records.clauses[table.bookmarked[0]].title):
        places = table.places_about(text)
        assert places, text
        assert all(refs[place].key == key for key, place in places), text
        assert [key for key, _ in places] == table.about(text)
        assert table.positions_about(text) == [place for _, place in places], text
