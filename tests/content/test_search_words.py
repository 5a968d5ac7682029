"""Search through the word index finds exactly what a plain scan of the text finds.

On content of the tests' own (tests/content_factory.py): every query gives the rows whose
folded text holds each long word as a substring and each short word as Japanese anywhere or
as the start of a word, whether the word index serves the words or leaves them to the row
indexes (forced here by allowing no expansion at all)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, text

from studyapp.content import search as search_module
from studyapp.content import search_words
from studyapp.content.database import ContentDatabase
from studyapp.content.folding import fold
from studyapp.content.search import TRIGRAM, is_cjk, query_words, search, search_keys
from tests.content_factory import build_content, event_row, small_content

PROSE = (
    "The line ran along the meridian of Peking (116°27′ E), east of Kulun.",
    "Peking, Mukden and Harbin: the officials of the railway offered terms.",
    "南満州鉄道の経営をめぐり、ロシア・日本の両国は協約を結んだ。",
    "Inner Mongolia was divided; Outer Mongolia stayed Russia's sphere.",
    "Taishō began; the Meiji era ended. 大正 明治",
    "An office in Harbin, often closed; the Chinese Eastern Railway ran past it.",
    "ニコライ2世 (Nicholas II) and the 2nd article of 1912; x2 and a_2 and 第2条.",
)


@pytest.fixture(scope="module")
def connection(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Connection]:
    content = small_content(agreements=2, events=0, terms=1)
    for number, prose in enumerate(PROSE, start=1):
        row = event_row(f"prose-{number}", 1905 + number)
        content.add("event", "test", {**row, "description": prose})
    database = ContentDatabase(build_content(tmp_path_factory.mktemp("search"), content))
    with database.connect() as connection:
        yield connection
    database.close()


def _holds(folded: str, word: str) -> bool:
    if len(word) >= TRIGRAM:
        return word in folded
    for run in re.findall(r"[^\W_]+", word):  # a word of letters or digits, or Japanese
        if all(is_cjk(char) for char in run):
            if run not in folded:
                return False
        elif not any(_starts_word(folded, at) for at in _occurrences(folded, run)):
            return False
    return True


def _occurrences(folded: str, needle: str) -> list[int]:
    return [at for at in range(len(folded)) if folded.startswith(needle, at)]


def _starts_word(folded: str, at: int) -> bool:
    """A word starts here: at the start, or after a space, a sign, or a Japanese character."""
    before = folded[at - 1] if at else " "
    return not before.isalnum() or is_cjk(before)


def _scanned(connection: Connection, query: str) -> list[str]:
    """The keys a plain scan finds, title hits first, each part in content order."""
    words = query_words(query)
    rows = connection.execute(text("SELECT key, title, body FROM search_index ORDER BY rowid"))
    found = [
        (key, all(word in title for word in words))
        for key, title, body in rows
        if words and all(_holds(f"{title}\n{body}", word) for word in words)
    ]
    if not any(re.search(r"[^\W_]", word) for word in words):
        return []
    return [key for key, in_title in found if in_title] + [k for k, t in found if not t]


QUERIES = (
    "peking",
    "Peking of",
    "of peking meridian",
    "(peking)",
    "116°27′",
    "off",
    "of",
    "o",
    "満州",
    "満州鉄道",
    "協約 railway",
    "harbin ran",
    "taisho",
    "TAISHŌ 大正",
    "ongolia",
    "mongolia zq",
    "the",
    "e",
    "2",
    "the 2",
    "ニコライ 2",
    "・ harbin",
    "ア・",
)


@pytest.mark.parametrize("expansion", [search_words.MAX_EXPANSION, 0])
@pytest.mark.parametrize("query", QUERIES)
def test_a_query_finds_what_a_scan_finds(
    connection: Connection, monkeypatch: pytest.MonkeyPatch, query: str, expansion: int
) -> None:
    monkeypatch.setattr(search_words, "MAX_EXPANSION", expansion)
    assert [hit.key for hit in search(connection, query, 1000)] == _scanned(connection, query)


@pytest.mark.parametrize(
    ("few_rows", "set_rows"),
    [(0, 10_000), (0, 0)],
    ids=["short-rows-picked-from-the-source", "source-walked"],
)
@pytest.mark.parametrize("query", QUERIES)
def test_the_ways_past_a_common_short_word_find_what_a_scan_finds(
    connection: Connection,
    monkeypatch: pytest.MonkeyPatch,
    query: str,
    few_rows: int,
    set_rows: int,
) -> None:
    """However many rows the short words have (forced here: none are "few"), the rows are
    the scan's, and search_keys gives them in content order."""
    monkeypatch.setattr(search_words, "MAX_EXPANSION", 0)  # the short words left to check
    monkeypatch.setattr(search_module, "_FEW_ROWS", few_rows)
    monkeypatch.setattr(search_module, "_SHORT_SET_ROWS", set_rows)
    scanned = _scanned(connection, query)
    assert [hit.key for hit in search(connection, query, 1000)] == scanned
    in_order = [key for key in _row_keys(connection) if key in set(scanned)]
    assert search_keys(connection, query, 1000) == in_order
    assert search_keys(connection, query, 2) == in_order[:2]


def _row_keys(connection: Connection) -> list[str]:
    return list(connection.scalars(text("SELECT key FROM search_index ORDER BY rowid")))


def _pieces() -> st.SearchStrategy[str]:
    text_ = " ".join(fold(prose) for prose in PROSE)
    return st.integers(0, len(text_) - 1).flatmap(
        lambda start: st.integers(1, 6).map(lambda size: text_[start : start + size].strip())
    )


@settings(max_examples=150, deadline=None)
@given(st.lists(_pieces(), min_size=1, max_size=3))
def test_pieces_of_the_text_find_what_a_scan_finds(
    connection: Connection, pieces: list[str]
) -> None:
    query = " ".join(pieces)
    assert [hit.key for hit in search(connection, query, 1000)] == _scanned(connection, query)
