"""The card browser's table: filters, search and sort over every card, lazily."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from studyapp import paths
from studyapp.content.database import read_content
from studyapp.study.browser import BrowserFilter, CardStateFilter, CardTable, Column
from studyapp.study.cards import Card, generate_cards
from studyapp.study.scheduling import Rating, Scheduler
from studyapp.userdata import card_marks, reviews
from studyapp.userdata.card_marks import CardMark
from studyapp.userdata.store import UserStore

NOON = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[UserStore]:
    opened = UserStore.open(tmp_path / "user.sqlite")
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def cards() -> list[Card]:
    return generate_cards(read_content(paths.content_db_path()))


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


def test_every_card_is_a_row_with_its_facts(store: UserStore, cards: list[Card]) -> None:
    review(store, cards[0].key, Rating.GOOD)
    table = CardTable(store, cards, now=lambda: NOON)
    assert len(table) == len(cards)
    first = table.card(0)
    assert table.value(first, Column.REVIEWS) == 1
    assert table.value(first, Column.STATE) == "learning"
    assert isinstance(table.value(first, Column.STABILITY), float)
    assert table.value(table.card(1), Column.STATE) == "new"
    assert table.value(table.card(1), Column.DUE) is None


def test_search_ignores_case_and_macrons_and_finds_each_card_once(
    store: UserStore, cards: list[Card]
) -> None:
    table = CardTable(store, cards)
    table.apply(BrowserFilter(text="MERIDIAN of peking"))
    found = keys(table)
    expected = [c.key for c in cards if "meridian of peking" in f"{c.prompt} {c.answer}".casefold()]
    assert found == expected and found
    table.apply(BrowserFilter(text="Taisho"))
    assert all(
        "taish" in (c.prompt + c.answer + c.key).casefold()
        for c in map(table.card, range(len(table)))
    )
    assert any(
        "Taishō" in table.card(row).prompt + table.card(row).answer for row in range(len(table))
    )


def test_filters_by_kind_agreement_state_and_bookmark(store: UserStore, cards: list[Card]) -> None:
    cloze = next(c for c in cards if c.kind == "clause-cloze")
    card_marks.set_marks(store, {cloze.key: CardMark(suspended=True, leech=True)})
    table = CardTable(store, cards, bookmarked=[cloze.clause_key or ""])
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


def test_sorting_by_lapses_and_due(store: UserStore, cards: list[Card]) -> None:
    key = cards[5].key
    review(store, key, Rating.EASY)
    state = reviews.get_state(store, key)
    assert state is not None
    review(store, key, Rating.AGAIN, state.due)  # a lapse: forgotten in review
    table = CardTable(store, cards)
    assert table.value(cards[5], Column.LAPSES) == 1
    table.sort(Column.LAPSES, descending=True)
    assert table.card(0).key == key
    table.sort(Column.DUE, descending=False)
    assert table.card(0).key == key  # the only card with a due date; the rest after it


def test_forget_resets_a_card_to_new_and_keeps_its_history(
    store: UserStore, cards: list[Card]
) -> None:
    key = cards[0].key
    review(store, key, Rating.GOOD)
    assert card_marks.forget(store, [key]) == 1
    assert reviews.get_state(store, key) is None
    assert len(reviews.history(store, key)) == 1


@pytest.mark.parametrize("text", ["agreement", "Mongolia", "1907", "secret", "zq"])
def test_a_search_in_parts_finds_what_one_search_finds(
    store: UserStore, cards: list[Card], text: str
) -> None:
    """Shown part by part (a few hundred characters a step here, two million in the app),
    a search finds the same cards in the same order as all at once, and each only once."""
    whole = CardTable(store, cards)
    whole.apply(BrowserFilter(text=text, kind="clause-part" if text == "secret" else None))
    parts = CardTable(store, cards)
    parts.search_step = 300
    parts.begin(BrowserFilter(text=text, kind="clause-part" if text == "secret" else None))
    first_page = len(parts)
    while parts.searching:
        parts.show(parts.more())
    if len(whole) > 150:  # the first page came before the search had read every card
        assert first_page < len(whole)
    assert keys(parts) == keys(whole)
    assert len(set(keys(whole))) == len(keys(whole))
    assert all(
        text.casefold() in f"{c.prompt} {c.answer} {c.key}".casefold()
        for c in map(whole.card, range(len(whole)))
    )
