"""Full-text search over the bundled content, served by SQLite FTS5 indexes.

- `search_index` uses the trigram tokenizer: any substring of three or more characters
  matches, Japanese included (満州鉄道 finds 南満州鉄道). It also holds what a hit shows.
- `search_lexicon` and `search_words` (see search_words.py) find the same rows for a word of
  three or more characters that few distinct words contain, without walking the trigram
  index's long position lists; the trigram index serves the words they cannot.
- `search_short` serves words of one or two characters, which trigrams cannot: Japanese text
  is stored there as single characters and pairs (満州 is a token of 南満州), other words as
  themselves, matched by prefix (“ja” finds Japan).

A user's query is never handed to FTS5 as syntax: every word becomes a quoted phrase, so
quotes, `*`, NEAR or unbalanced brackets are just characters to look for.

Hits are the first `limit` matches in content order (agreements, clauses, events, terms),
those whose title holds every word first. No ranking function is used: its cost grows with
the number of matching rows (bm25 counts every match of a common word, tens of thousands at
scale), while this stops reading as soon as it has enough.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from studyapp.content.folding import clean_query_text, fold
from studyapp.content.search_words import (
    WORDS_TABLE,
    any_of,
    short_word_numbers,
    word_numbers,
)

SEARCH_TABLE = "search_index"
SHORT_TABLE = "search_short"
# The trigram table: title and body hold folded text, the *_shown columns the originals
# (body_shown the English prose, body_ja_shown its Japanese twin; body holds both).
SEARCH_TABLE_SQL = (
    f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5("
    "kind UNINDEXED, key UNINDEXED, title, body, title_shown UNINDEXED, body_shown UNINDEXED, "
    "body_ja_shown UNINDEXED, tokenize = 'trigram')"
)
# Contentless and without positions: it only answers "which rows have this token, where".
SHORT_TABLE_SQL = (
    f"CREATE VIRTUAL TABLE {SHORT_TABLE} USING fts5("
    "title, body, content = '', detail = column, tokenize = 'unicode61 remove_diacritics 2', "
    # A short word is looked up as a prefix of one or two characters: these have their own
    # index, or a prefix such as "a" would merge the row lists of every word starting so.
    "prefix = '1 2')"
)
# A trigram needs three characters; shorter words go to the short-word index.
TRIGRAM = 3
# Bounds on hostile input: a query longer than this is cut, and so are extra words.
MAX_QUERY_CHARS = 256
MAX_WORDS = 12

_WORD_CHARS = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str  # "agreement", "clause", "event", "term" or "person"
    key: str
    title: str
    text: str
    title_spans: tuple[tuple[int, int], ...]
    text_spans: tuple[tuple[int, int], ...]
    # The Japanese twin of `text`, and where the words are in it.
    text_ja: str = ""
    text_ja_spans: tuple[tuple[int, int], ...] = ()

    @property
    def matched_text(self) -> tuple[str, tuple[tuple[int, int], ...]]:
        """The text to show with its spans: the English, or the Japanese twin where only the
        twin holds the words, so that a hit always shows what it was found by."""
        if self.text_ja_spans and not self.text_spans:
            return self.text_ja, self.text_ja_spans
        return self.text, self.text_spans


# Kana, CJK ideographs and Hangul: scripts written without spaces between words.
_CJK_RANGES = (
    (0x3040, 0x30FF),  # hiragana, katakana
    (0x3400, 0x4DBF),  # ideographs, extension A
    (0x4E00, 0x9FFF),  # ideographs
    (0xAC00, 0xD7AF),  # hangul syllables
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0xFF66, 0xFF9F),  # half-width katakana
    (0x20000, 0x3FFFF),  # ideographs, extensions B and on
)
_CJK_CLASS = "".join(f"{chr(first)}-{chr(last)}" for first, last in _CJK_RANGES)
# Where a short word other than CJK may start, as the short-word index sees it: not after a
# letter or digit of a word, though after a CJK character (its runs are cut apart there).
_WORD_START = rf"(?<![^\W_{_CJK_CLASS}])"


def is_cjk(char: str) -> bool:
    """A letter of kana, CJK ideographs or Hangul: scripts written without spaces between
    words. Their signs (the middle dot ・) are punctuation, as the indexes see them."""
    code = ord(char)
    return any(first <= code <= last for first, last in _CJK_RANGES) and char.isalnum()


def _cjk_runs(text: str) -> list[tuple[bool, str]]:
    """`text` cut into alternating runs of CJK and other characters."""
    runs: list[tuple[bool, str]] = []
    for char in text:
        cjk = is_cjk(char)
        if runs and runs[-1][0] == cjk:
            runs[-1] = (cjk, runs[-1][1] + char)
        else:
            runs.append((cjk, char))
    return runs


def short_word_text(folded: str) -> str:
    """What the short-word index stores for `folded` text: CJK as characters and pairs."""
    parts: list[str] = []
    for cjk, run in _cjk_runs(folded):
        if cjk:
            parts.extend(run)
            parts.extend(run[i : i + 2] for i in range(len(run) - 1))
        else:
            parts.append(run)
    return " ".join(parts)


def query_words(query: str) -> list[str]:
    """The folded words of a user's query, bounded in number and length."""
    words = fold(clean_query_text(query[:MAX_QUERY_CHARS])).split()
    unique = list(dict.fromkeys(words))
    return unique[:MAX_WORDS]


def match_spans(shown: str, words: list[str]) -> tuple[tuple[int, int], ...]:
    """(start, end) offsets in `shown` of every occurrence of each folded word, merged."""
    return folded_spans(fold(shown), words)


def folded_spans(folded: str, words: list[str]) -> tuple[tuple[int, int], ...]:
    """match_spans on text folded already: folding keeps offsets, so they hold for the shown."""
    spans: list[tuple[int, int]] = []
    for word in words:
        start = folded.find(word)
        while start != -1:
            spans.append((start, start + len(word)))
            start = folded.find(word, start + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _short_terms(word: str) -> list[str]:
    """FTS5 terms for a word of one or two characters; none if it has no letters or digits."""
    terms = []
    for cjk, run in _cjk_runs(word):
        if cjk:
            terms.append(_phrase(run))  # stored as a token of its own (character or pair)
        else:
            terms.extend(f"{_phrase(token)} *" for token in _WORD_CHARS.findall(run))
    return terms


@dataclass(frozen=True)
class _ShortTest:
    """A short word as the short-word index sees it: CJK anywhere, other words at the start
    of a word. The plain substring test goes first: it is far quicker than the pattern."""

    needle: str
    pattern: re.Pattern[str] | None

    def found_in(self, folded: str) -> bool:
        return self.needle in folded and (self.pattern is None or bool(self.pattern.search(folded)))


def _short_tests(word: str) -> list[_ShortTest]:
    """What folded text must all contain to hold the short `word`."""
    tests = []
    for cjk, run in _cjk_runs(word):
        if cjk:
            tests.append(_ShortTest(run, None))
        else:
            tests.extend(
                _ShortTest(token, re.compile(_WORD_START + re.escape(token)))
                for token in _WORD_CHARS.findall(run)
            )
    return tests


_COLUMNS = "kind, key, title, body, title_shown, body_shown, body_ja_shown"
# Rows fetched from SQLite at a time while filtering trigram matches by short words.
_BATCH = 256
# How many rows a look-up of the short words may return to be checked for the long words.
_FEW_ROWS = 500
# How many rows of a short word are few enough to be held as a set, to pick out of another
# index's rows those that have it too.
_SHORT_SET_ROWS = 50_000
# (kind, key, folded title, folded text, shown title, shown text, shown Japanese text)
_Row = tuple[str, str, str, str, str, str, str]


def _as_row(found: Sequence[Any]) -> _Row:
    kind, key, title, body, title_shown, body_shown, body_ja_shown = found
    return (kind, key, title, body, title_shown, body_shown, body_ja_shown)


def _has_all(row: _Row, long_words: list[str], short_tests: list[_ShortTest]) -> bool:
    folded = f"{row[2]}\n{row[3]}"
    return all(word in folded for word in long_words) and all(
        test.found_in(folded) for test in short_tests
    )


@dataclass(frozen=True)
class _Source:
    """Where rows holding every long word come from: an FTS5 table and what to match there,
    with the long words that match leaves out, to be checked on the folded text."""

    table: str
    match: str
    unchecked: tuple[str, ...] = ()

    def select(self, columns: str) -> str:
        if self.table == SEARCH_TABLE:
            return f"SELECT {columns} FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :match"
        return (
            f"SELECT {columns} FROM {self.table} JOIN {SEARCH_TABLE} "
            f"ON {SEARCH_TABLE}.rowid = {self.table}.rowid WHERE {self.table} MATCH :match"
        )


def _word_index_source(
    connection: Connection, long_words: list[str], short_words: list[str]
) -> tuple[_Source | None, list[str]] | None:
    """The word index's share of the query (see search_words): a source matching the words
    it serves (None if it serves none), and the short words it leaves out; the long words it
    leaves out are the source's to check. None if some word occurs nowhere: no row matches."""
    served: list[str] = []
    left: list[str] = []
    short_left: list[str] = []
    for word in long_words:
        numbers = word_numbers(connection, word)
        if numbers == []:
            return None
        if numbers is None:
            left.append(word)
        else:
            served.append(any_of(numbers))
    for word in short_words:
        expansions = [short_word_numbers(connection, term) for term in _short_terms(word)]
        if [] in expansions:
            return None
        if None in expansions:
            short_left.append(word)
        else:
            served += [any_of(numbers) for numbers in expansions if numbers is not None]
    if not served:
        return None, short_left
    return _Source(WORDS_TABLE, " AND ".join(served), tuple(left)), short_left


def _candidate_rows(
    connection: Connection, source: _Source, short_tests: list[_ShortTest], limit: int
) -> list[_Row]:
    """The first `limit` rows with every word, in content order: those of `source`, checked
    for the long words it leaves out and for the short words, if any."""
    if not short_tests and not source.unchecked:  # nothing to check: the first rows will do
        return _first_rows(connection, source.table, source.match, limit)
    rows: list[_Row] = []
    unchecked = list(source.unchecked)
    result = connection.execute(
        text(source.select(_COLUMNS)),
        {"match": source.match},
        execution_options={"yield_per": _BATCH},
    )
    try:
        for found in result:
            row = _as_row(found)
            if _has_all(row, unchecked, short_tests):
                rows.append(row)
                if len(rows) >= limit:
                    break
        return rows
    finally:
        result.close()


def _first_rows(connection: Connection, table: str, match: str, limit: int) -> list[_Row]:
    """The first `limit` rows that `match` finds in `table`, in one statement: the index
    gives the row numbers, and only those rows are read."""
    statement = (
        f"SELECT {_COLUMNS} FROM {SEARCH_TABLE} WHERE rowid IN "
        f"(SELECT rowid FROM {table} WHERE {table} MATCH :match LIMIT :limit) ORDER BY rowid"
    )
    found = connection.execute(text(statement), {"match": match, "limit": limit})
    return [_as_row(row) for row in found]


def _short_rowids(connection: Connection, short_terms: list[str], limit: int) -> list[int]:
    """Rows with every short word, from the short-word index, in content order."""
    cursor = connection.connection.cursor()  # the driver's: tens of thousands of numbers
    try:
        cursor.execute(
            f"SELECT rowid FROM {SHORT_TABLE} WHERE {SHORT_TABLE} MATCH ? LIMIT ?",
            (" AND ".join(short_terms), limit),
        )
        return [rowid for (rowid,) in cursor.fetchall()]
    finally:
        cursor.close()


def _rows_by_id(connection: Connection, rowids: list[int]) -> list[_Row]:
    if not rowids:
        return []
    listed = ", ".join(str(int(rowid)) for rowid in rowids)  # integers from SQLite itself
    statement = f"SELECT {_COLUMNS} FROM {SEARCH_TABLE} WHERE rowid IN ({listed}) ORDER BY rowid"
    return [_as_row(found) for found in connection.execute(text(statement))]


def _rows(connection: Connection, words: list[str], limit: int) -> list[_Row]:
    long_words = [word for word in words if len(word) >= TRIGRAM]
    short_words = [word for word in words if len(word) < TRIGRAM]
    shared = _word_index_source(connection, long_words, short_words)
    if shared is None:
        return []
    source, short_left = shared
    if source is None:  # every word is common: the row indexes serve them
        if not long_words:  # short words only, or only punctuation (which finds nothing)
            terms = [term for word in short_words for term in _short_terms(word)]
            return _first_rows(connection, SHORT_TABLE, " AND ".join(terms), limit) if terms else []
        source = _Source(SEARCH_TABLE, " AND ".join(_phrase(word) for word in long_words))
    return _checked_rows(connection, source, words, short_left, limit)


def _checked_rows(
    connection: Connection, source: _Source, words: list[str], short_left: list[str], limit: int
) -> list[_Row]:
    """The rows of `source` that also hold the short words it leaves out, `short_left`."""
    short_terms = [term for word in short_left for term in _short_terms(word)]
    if not short_terms:
        return _candidate_rows(connection, source, [], limit)
    # A rare short word is quickest looked up on its own, and its rows checked for the other
    # words (a trigram phrase is a plain substring of the folded text).
    long_words = [word for word in words if len(word) >= TRIGRAM]
    tests = [test for word in words if len(word) < TRIGRAM for test in _short_tests(word)]
    candidates = _short_rowids(connection, short_terms, _FEW_ROWS + 1)
    if len(candidates) <= _FEW_ROWS:
        found = _rows_by_id(connection, candidates)
        return [row for row in found if _has_all(row, long_words, tests)][:limit]
    short = _short_rowids(connection, short_terms, _SHORT_SET_ROWS + 1)
    if len(short) <= _SHORT_SET_ROWS:
        # Fairly rare ("12"): the source's row numbers that are also the short word's are
        # read, and only their rows (not every row of the source, bodies and all).
        return _rows_in_both(connection, source, set(short), long_words, tests, limit)
    # A common short word ("of") passes on most rows with the other words: walk those.
    tests = [test for word in short_left for test in _short_tests(word)]
    return _candidate_rows(connection, source, tests, limit)


def _rows_in_both(  # noqa: PLR0917 (the words' parts, as _checked_rows has them)
    connection: Connection,
    source: _Source,
    short: set[int],
    long_words: list[str],
    tests: list[_ShortTest],
    limit: int,
) -> list[_Row]:
    """The first `limit` rows of `source` among the row numbers `short`, in content order,
    checked for every word: row numbers are streamed from the source, a batch of rows read."""
    rows: list[_Row] = []
    cursor = connection.connection.cursor()
    try:
        table = source.table
        cursor.execute(
            f"SELECT rowid FROM {table} WHERE {table} MATCH :match", {"match": source.match}
        )
        while len(rows) < limit and (found := cursor.fetchmany(_BATCH * 4)):
            wanted = [rowid for (rowid,) in found if rowid in short]
            for start in range(0, len(wanted), _BATCH):
                batch = _rows_by_id(connection, wanted[start : start + _BATCH])
                rows.extend(row for row in batch if _has_all(row, long_words, tests))
                if len(rows) >= limit:
                    break
        return rows[:limit]
    finally:
        cursor.close()


def search(connection: Connection, query: str, limit: int = 100) -> list[SearchHit]:
    """Hits for every word of `query` (all must match), title hits first.

    Never raises on odd input: any string a user can type gives results or none (a query of
    only one- or two-character punctuation gives none).
    """
    words = query_words(query)
    rows = _rows(connection, words, max(1, limit)) if words else []
    # Within what was found, rows whose title holds every word come first.
    rows.sort(key=lambda row: not all(word in row[2] for word in words))
    return [_hit(row, words) for row in rows]


def search_keys(connection: Connection, query: str, limit: int = 100) -> list[str]:
    """The keys of the rows `search` finds, in content order: no hit made, for a caller that
    wants only which rows hold the words (the card browser)."""
    words = query_words(query)
    return [row[1] for row in _rows(connection, words, max(1, limit))] if words else []


def _hit(row: _Row, words: list[str]) -> SearchHit:
    """A hit, its spans found in the folded text the index holds: the folded title, and the
    folded body, which starts with body_shown and then, after a space, body_ja_shown."""
    kind, key, title, body, title_shown, body_shown, body_ja_shown = row
    ja_start = len(body_shown) + 1
    return SearchHit(
        kind=kind,
        key=key,
        title=title_shown,
        text=body_shown,
        title_spans=folded_spans(title, words),
        text_spans=folded_spans(body[: len(body_shown)], words),
        text_ja=body_ja_shown,
        text_ja_spans=folded_spans(body[ja_start : ja_start + len(body_ja_shown)], words),
    )
