"""Full-text search: English and Japanese substrings, highlighting, and no query ever raises."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection

from studyapp.content.database import ContentDatabase
from studyapp.content.search import MAX_QUERY_CHARS, match_spans, query_words, search
from tests.conftest import BUNDLED_DB


@pytest.fixture(scope="module")
def connection() -> Iterator[Connection]:
    database = ContentDatabase(BUNDLED_DB)
    with database.connect() as connection:
        yield connection
    database.close()


def _keys(connection: Connection, query: str) -> list[str]:
    return [hit.key for hit in search(connection, query)]


def test_english_words_find_the_clause(connection: Connection) -> None:
    assert "third-1912-secret-2" in _keys(connection, "meridian Peking")


def test_a_japanese_substring_matches(connection: Connection) -> None:
    # 満州鉄道 is inside 南満州鉄道 (the South Manchuria Railway): a trigram index finds it.
    hits = search(connection, "満州鉄道")
    assert any(hit.kind == "term" for hit in hits)
    assert all("満州鉄道" in hit.title + hit.matched_text[0] for hit in hits if hit.kind == "term")


def test_a_two_character_japanese_word_matches(connection: Connection) -> None:
    assert any("協約" in hit.title for hit in search(connection, "協約"))


def test_macrons_and_case_do_not_matter(connection: Connection) -> None:
    assert _keys(connection, "TAISHO") == _keys(connection, "Taishō")
    assert _keys(connection, "taisho")


def test_every_word_must_match(connection: Connection) -> None:
    both = set(_keys(connection, "Inner Mongolia"))
    assert both
    assert both <= set(_keys(connection, "Inner"))
    assert both <= set(_keys(connection, "Mongolia"))
    assert _keys(connection, "Mongolia zzzqqq") == []


def test_hits_carry_highlight_spans_on_the_original_text(connection: Connection) -> None:
    hit = next(h for h in search(connection, "taisho") if h.title_spans or h.text_spans)
    spans = hit.title_spans or hit.text_spans
    shown = hit.title if hit.title_spans else hit.text
    start, end = spans[0]
    assert shown[start:end].lower() in {"taishō", "taisho"}


def test_match_spans_merge_overlaps() -> None:
    assert match_spans("Manchuria", ["manch", "churia"]) == ((0, 9),)
    assert match_spans("Ōsaka and Osaka", ["osaka"]) == ((0, 5), (10, 15))


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "*",
        "a*",
        "NEAR",
        "NEAR(a b)",
        "(",
        ")",
        "((",
        "AND",
        "OR NOT",
        "^",
        "col:val",
        "title:x",
        "-",
        "'",
        "%",
        "_",
        "\\",
        "\x00",
        "\ud800",
        " ",
        "",
        "\t\n",
        "満",
        "a",
        "\u202e\u05d0\u05d1",
        "x" * 10_000,
        "{title}: x",
        "a + b",
        "NOT NOT",
    ],
)
def test_syntax_characters_are_searched_for_not_obeyed(connection: Connection, query: str) -> None:
    assert isinstance(search(connection, query), list)


@settings(max_examples=300, deadline=None)
@given(query=st.text(max_size=80))
def test_no_query_raises(connection: Connection, query: str) -> None:
    hits = search(connection, query)
    assert len(hits) <= 100


@settings(max_examples=200, deadline=None)
@given(query=st.text(alphabet=st.sampled_from("\"*()^:-+ NEARORANDNOT満州aé\\%_'{}"), max_size=40))
def test_no_query_of_fts_syntax_raises(connection: Connection, query: str) -> None:
    assert isinstance(search(connection, query), list)


def test_long_queries_are_cut_to_a_bounded_size() -> None:
    words = query_words(" ".join(f"word{i}" for i in range(500)))
    assert len(" ".join(words)) <= MAX_QUERY_CHARS


def test_a_one_character_japanese_word_matches(connection: Connection) -> None:
    hits = search(connection, "韓")
    assert hits
    assert all("韓" in hit.title + hit.matched_text[0] for hit in hits if hit.kind == "term")


def test_short_latin_words_match_the_start_of_words(connection: Connection) -> None:
    keys = _keys(connection, "ja")
    assert keys
    assert all("ja" in (hit.title + " " + hit.text).lower() for hit in search(connection, "ja"))


def test_a_long_and_a_short_word_must_both_match(connection: Connection) -> None:
    both = search(connection, "Mongolia 内")
    assert both
    for hit in both:
        assert "mongolia" in (hit.title + hit.text).lower() or hit.kind in {"clause", "agreement"}
    assert set(_keys(connection, "Mongolia 内")) <= set(_keys(connection, "Mongolia"))


def test_title_hits_come_first(connection: Connection) -> None:
    hits = search(connection, "Korea")
    in_title = ["korea" in hit.title.lower() for hit in hits]
    assert in_title == sorted(in_title, reverse=True)


def test_short_punctuation_alone_finds_nothing(connection: Connection) -> None:
    assert search(connection, "( *") == []
