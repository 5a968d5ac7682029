"""A word index beside the trigram index, so that a word that is rare is found quickly.

The trigram index finds any substring, but a word made of common trigrams ("meridian" shares
"ian" and "dia" with half the content) makes FTS5 walk long position lists to learn which rows
hold it. Here the folded text of each searchable row is cut at white space into its words
(a query word never holds white space, so each place it occurs lies inside one such word):

- `search_lexicon` holds every distinct word once, under the trigram tokenizer: the words
  that contain a query word are found among the distinct words, not among every row;
- `search_words` holds each row as the numbers of its words, without positions: the rows
  with any of those words come from short lists of row numbers, in content order.

- `search_lexicon_short` holds the distinct words again as the short-word index holds rows
  (search.short_word_text), for words of one or two characters: "of" finds of, office, often.

So "peking" finds the words peking, peking. and (peking, and the rows holding any of them:
the same rows the trigram index gives, at a fraction of the cost. A word inside too many
distinct words (every word holding "ion") gains nothing here and is left to the row indexes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable

from sqlalchemy import Connection

LEXICON_TABLE = "search_lexicon"
WORDS_TABLE = "search_words"
# Contentless: the lexicon only answers "which word numbers contain this substring".
LEXICON_TABLE_SQL = (
    f"CREATE VIRTUAL TABLE {LEXICON_TABLE} USING fts5(word, content = '', tokenize = 'trigram')"
)
LEXICON_SHORT_TABLE = "search_lexicon_short"
LEXICON_SHORT_TABLE_SQL = (
    f"CREATE VIRTUAL TABLE {LEXICON_SHORT_TABLE} USING fts5(word, content = '', "
    "detail = none, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2')"
)
WORDS_TABLE_SQL = (
    f"CREATE VIRTUAL TABLE {WORDS_TABLE} USING fts5("
    "words, content = '', detail = none, tokenize = 'ascii')"
)
# A query word inside more distinct words than this is common: the trigram index serves it.
MAX_EXPANSION = 200


class WordIndexWriter:
    """Numbers the distinct words of the rows given to it, in the order they are met."""

    def __init__(self, connection: sqlite3.Connection, short_text: Callable[[str], str]) -> None:
        """`short_text`: what the short-word index stores for a folded text."""
        self.connection = connection
        self.short_text = short_text
        self.numbers: dict[str, int] = {}
        for statement in (LEXICON_TABLE_SQL, LEXICON_SHORT_TABLE_SQL, WORDS_TABLE_SQL):
            connection.execute(statement)

    def add(self, rowid: int, folded_texts: Iterable[str]) -> None:
        """Index the row `rowid` (of the trigram table) by the words of its folded texts."""
        numbers = []
        for text_ in folded_texts:
            for word in text_.split():
                number = self.numbers.get(word)
                if number is None:
                    number = self.numbers[word] = len(self.numbers) + 1
                    for table, stored in (
                        (LEXICON_TABLE, word),
                        (LEXICON_SHORT_TABLE, self.short_text(word)),
                    ):
                        self.connection.execute(
                            f"INSERT INTO {table} (rowid, word) VALUES (?, ?)", (number, stored)
                        )
                numbers.append(number)
        words = " ".join(str(number) for number in sorted(set(numbers)))
        self.connection.execute(
            f"INSERT INTO {WORDS_TABLE} (rowid, words) VALUES (?, ?)", (rowid, words)
        )

    def finish(self) -> None:
        for table in (LEXICON_TABLE, LEXICON_SHORT_TABLE, WORDS_TABLE):
            self.connection.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


_LOOK_UP = "SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT ?"


def _numbers(connection: Connection, table: str, match: str) -> list[int] | None:
    found = connection.exec_driver_sql(
        _LOOK_UP.format(table=table), (match, MAX_EXPANSION + 1)
    ).scalars()
    numbers = list(found)
    return None if len(numbers) > MAX_EXPANSION else numbers


def word_numbers(connection: Connection, word: str) -> list[int] | None:
    """The numbers of the distinct words that contain `word` (three or more characters), or
    None if there are more than MAX_EXPANSION of them."""
    return _numbers(connection, LEXICON_TABLE, _phrase(word))


def short_word_numbers(connection: Connection, term: str) -> list[int] | None:
    """The numbers of the distinct words holding `term`, an FTS5 term of the short-word index
    ('"満州"', '"of" *'), or None if there are more than MAX_EXPANSION of them."""
    return _numbers(connection, LEXICON_SHORT_TABLE, term)


def any_of(numbers: list[int]) -> str:
    """An FTS5 expression for `WORDS_TABLE`: rows holding any of these words."""
    return "(" + " OR ".join(f'"{int(number)}"' for number in numbers) + ")"
