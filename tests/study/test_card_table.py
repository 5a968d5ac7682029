"""The content's card table and the cards made by key: the same cards as generate_cards.

The build writes a row for every card the generator makes; the quiz, the browser and Stats
read those rows and make a card only when it is shown. Held together here on the bundled
content, on synthetic content, and on content made to hit every rule that skips or pairs.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from studyapp import paths
from studyapp.content.catalogue import ContentCatalogue
from studyapp.content.database import read_content
from studyapp.content.lazy_database import LazyContentDatabase
from studyapp.study.card_table import every_card
from studyapp.study.cards import Card
from studyapp.study.choices import choices_for
from studyapp.study.content_cards import ContentCards
from studyapp.study.queue import StudySession
from studyapp.study.siblings import SiblingIndex
from studyapp.study.stats import NEW, load_stats
from studyapp.study.vocabulary import AnswerType, CardKind
from studyapp.translations import use_language
from studyapp.userdata.store import UserStore


def _cards_of(path: Path, bookmarked: list[str]) -> tuple[list[Card], ContentCards]:
    """Every card as the generator makes it, and the cards of the table and maker."""
    database = LazyContentDatabase(path)
    content = read_content(path)
    return every_card(content, path, bookmarked), ContentCards(
        database, ContentCatalogue(database.read), bookmarked
    )


def _same_cards(path: Path, bookmarked: Sequence[str] = ()) -> None:
    made, table = _cards_of(path, list(bookmarked))
    # In content order; the bookmark cards (the user's, not the content's) last, in the
    # order of the bookmarks.
    made = sorted(
        made,
        key=lambda card: (
            card.kind == CardKind.BOOKMARK,
            bookmarked.index(card.clause_key) if card.kind == CardKind.BOOKMARK else 0,
        ),
    )
    assert [ref.key for ref in table.refs()] == [card.key for card in made]
    assert [(ref.kind, ref.agreement_key, ref.clause_key) for ref in table.refs()] == [
        (card.kind, card.agreement_key, card.clause_key) for card in made
    ]
    assert len(table) == len(made)
    assert table.cards(card.key for card in made) == made


@pytest.fixture
def store(tmp_path: Path) -> Iterator[UserStore]:
    opened = UserStore.open(tmp_path / "user.sqlite")
    yield opened
    opened.close()


def test_the_bundled_card_table_holds_every_card_and_each_is_made_by_key() -> None:
    path = paths.content_db_path()
    content = read_content(path)
    marked = [content.agreements[0].clauses[0].key, content.agreements[-1].clauses[-1].key]
    _same_cards(path, marked)
    kinds = {card.kind for card in every_card(content, path)}
    assert kinds == set(CardKind) - {CardKind.BOOKMARK}  # map cards among them


def test_cards_made_by_key_are_in_japanese_when_the_app_is() -> None:
    path = paths.content_db_path()
    use_language("ja")
    try:
        _same_cards(path)
    finally:
        use_language("en")


def test_the_card_table_matches_on_synthetic_content(tmp_path: Path) -> None:
    from benchmarks.synthetic import build_synthetic_database

    _same_cards(build_synthetic_database(tmp_path, events=300, clauses=80, terms=120))


def test_the_card_table_follows_the_rules_that_skip_and_pair(tmp_path: Path) -> None:
    """Months and years in "which came first", shared and unique kanji, a clause title
    found in two agreements, two agreements signed on one day, a deed two people share: the
    table's cards and those made by key follow the same rules as the generator."""
    from benchmarks.synthetic import synthetic_content
    from studyapp.content.builder import write_database

    content = synthetic_content(events=240, clauses=48, terms=90, seed=12)
    for number, event in enumerate(content.of("event")):
        event["precision"] = ("day", "month", "year", "day")[number % 4]
        event.pop("end", None)
    for number, term in enumerate(content.of("term")):
        term["term_ja"] = (f"語{number}", "日露協約")[number % 2]
    agreements = content.of("agreement")
    agreements[1]["signed"] = agreements[0]["signed"]
    agreements[2]["clause"][0]["title"] = agreements[3]["clause"][1]["title"].upper()
    path = tmp_path / "content.sqlite"
    write_database(content, path)
    marked = [agreements[0]["clause"][0]["key"], agreements[5]["clause"][1]["key"]]
    _same_cards(path, marked)
    made, _table = _cards_of(path, [])
    kinds = {card.kind for card in made}
    assert CardKind.JAPANESE_TERM in kinds and CardKind.EVENT_ORDER in kinds


def test_a_key_the_content_does_not_make_is_no_card() -> None:
    _made, table = _cards_of(paths.content_db_path(), [])
    assert table.card("agreement-date:no-such-agreement") is None
    assert table.card("no-such-kind:first-1907") is None
    assert table.card("bookmark:first-1907-secret-1") is None  # not bookmarked
    assert table.existing(["agreement-date:first-1907", "agreement-date:gone"]) == {
        "agreement-date:first-1907"
    }


def test_siblings_from_the_table_are_those_of_the_cards() -> None:
    path = paths.content_db_path()
    marked = [read_content(path).agreements[0].clauses[0].key]
    made, table = _cards_of(path, marked)
    index = SiblingIndex(made)
    for card in made:
        assert sorted(table.siblings(card.key)) == sorted(index.siblings(card.key)), card.key


def test_choices_come_from_the_neighbouring_cards_of_the_kind() -> None:
    _made, table = _cards_of(paths.content_db_path(), [])
    rng = random.Random(3)
    for ref in table.refs():
        card = table.card(ref.key)
        assert card is not None
        if card.answer_type == AnswerType.CHOICE and card.options:
            continue
        choices = choices_for(card, table.distractor_cards(ref), rng)
        assert choices.count(card.answer) == 1
        assert len(choices) == len(set(choices))
        if ref.kind in (CardKind.AGREEMENT_DATE, CardKind.EVENT_DATE, CardKind.TERM_JAPANESE):
            assert len(choices) == 4, (ref.key, choices)


def test_stats_on_a_fresh_user_file_count_every_card_as_new(store: UserStore) -> None:
    _made, table = _cards_of(paths.content_db_path(), [])
    stats = load_stats(store, table, dt.date(2026, 3, 2))
    assert stats.is_empty
    assert stats.by_state[NEW] == len(table.refs()) == sum(stats.by_state.values())


def test_a_session_from_the_card_rows_shows_cards_made_by_key(store: UserStore) -> None:
    made, table = _cards_of(paths.content_db_path(), [])
    session = StudySession(store, table.refs(), new_limit=5, siblings=table)
    ref = session.next_card()
    assert ref is not None
    card = table.card(ref.key)
    assert card is not None and card in made
