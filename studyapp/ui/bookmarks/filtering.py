"""Which bookmarks a filter keeps (Qt-free): every word must occur in the clause or note.

Matching ignores case, accents and macrons (taisho finds Taishō), as search does.
"""

from __future__ import annotations

from dataclasses import replace

from studyapp.content.folding import fold
from studyapp.userdata.export import BookmarkEntry, BookmarkGroup


def filter_words(text: str) -> list[str]:
    return fold(text).split()


def entry_text(entry: BookmarkEntry) -> str:
    """Everything a filter looks at: label, title, summary and note (and the key)."""
    clause = entry.clause
    parts = [entry.key, entry.bookmark.note]
    if clause is not None:
        parts += [clause.label, clause.title, clause.summary, clause.title_ja, clause.summary_ja]
    return fold("\n".join(parts))


def entry_matches(entry: BookmarkEntry, words: list[str]) -> bool:
    haystack = entry_text(entry)
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
