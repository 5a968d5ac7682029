"""Which bookmarks a filter keeps (Qt-free): every word must occur in the clause or note.

Matching ignores case, accents and macrons (taisho finds Taishō), as search does.
"""

from __future__ import annotations

from collections.abc import Sequence

from studyapp.content.folding import fold


def filter_words(text: str) -> list[str]:
    return fold(text).split()


def text_of(key: str, note: str, clause_texts: Sequence[str]) -> str:
    """What the filter looks in, folded: the key, the note and the clause's texts (label,
    titles and summaries, as view_queries.clause_texts reads them)."""
    return fold("\n".join((key, note, *clause_texts)))


def holds(haystack: str, words: list[str]) -> bool:
    return all(word in haystack for word in words)


def first_line(text: str) -> str:
    """The first non-empty line of a note, for a one-line column."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")
