"""Which bookmarks a filter keeps (Qt-free): every word must occur in the clause or note.

Matching ignores case, accents and macrons (taisho finds Taishō), as search does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from studyapp.content.folding import fold
from studyapp.userdata.export import BookmarkEntry, BookmarkGroup


def filter_words(text: str) -> list[str]:
    return fold(text).split()


# The clause's fields a filter looks in, in the order view_queries.clause_texts reads them.
CLAUSE_TEXTS = ("label", "title", "summary", "title_ja", "summary_ja")


def entry_text(entry: BookmarkEntry) -> str:
    """Everything a filter looks at: label, title, summary and note (and the key)."""
    clause = entry.clause
    texts = [getattr(clause, name) for name in CLAUSE_TEXTS] if clause is not None else []
    return text_of(entry.key, entry.bookmark.note, texts)


def text_of(key: str, note: str, clause_texts: Sequence[str]) -> str:
    """What the filter looks in, folded: the key, the note and the clause's CLAUSE_TEXTS."""
    return fold("\n".join((key, note, *clause_texts)))


def entry_matches(entry: BookmarkEntry, words: list[str]) -> bool:
    return holds(entry_text(entry), words)


def holds(haystack: str, words: list[str]) -> bool:
    return all(word in haystack for word in words)


def filter_groups(groups: list[BookmarkGroup], text: str) -> list[BookmarkGroup]:
    """The groups with only the entries matching `text`; groups left empty are dropped."""
    words = filter_words(text)
    if not words:
        return groups
    kept = []
    for group in groups:
        entries = tuple(entry for entry in group.entries if entry_matches(entry, words))
        if entries:
            kept.append(replace(group, entries=entries))
    return kept


def first_line(text: str) -> str:
    """The first non-empty line of a note, for a one-line column."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")
