"""The bookmarks grouped by agreement, read a page of agreements at a time (Qt-free).

A list of 50,000 bookmarks costs the groups on screen: each page walks the next few
agreements in signing order, asks the store which of their clauses are bookmarked, and
reads only those bookmarks and clauses. The bookmarks whose clause is not in the content come last,
once every agreement has been walked.
"""

from __future__ import annotations

from functools import partial
from typing import Protocol

from studyapp.content import view_queries
from studyapp.content.catalogue import ContentCatalogue
from studyapp.ui.bookmarks.filtering import entry_matches, filter_words, holds, text_of
from studyapp.userdata.bookmarks import Bookmark
from studyapp.userdata.export import BookmarkEntry, BookmarkGroup

# Agreements walked per page: a screenful of groups when most agreements have a bookmark.
AGREEMENTS_PER_PAGE = 12
# Up to this many bookmarks, their keys are read at once and say which agreements have one;
# past it, each page asks the store which of its clauses are bookmarked.
KEYS_AT_ONCE = 2000
# How many pages' agreements a filter walks at a time (it reads them all, to count).
FILTER_STRIDE = 20


class BookmarkStore(Protocol):
    """What the pages read of the bookmarks (ui/services.py's BookmarkService)."""

    def count(self) -> int: ...
    def keys(self) -> list[str]: ...
    def many(self, clause_keys: list[str]) -> dict[str, Bookmark]: ...


class BookmarkPages:
    """The groups of the stored bookmarks, page after page; with filter words, only the
    bookmarks whose clause or note holds every word."""

    def __init__(self, store: BookmarkStore, index: ContentCatalogue, text: str = "") -> None:
        self._store = store
        self._index = index
        self._words = filter_words(text)
        self._next = 0  # the next agreement to walk, by signing order
        self._agreements = index.counts().agreements
        self.total = store.count()
        # The keys not placed in a group yet, when few; else the keys placed so far.
        self._pending = set(store.keys()) if self.total <= KEYS_AT_ONCE else None
        self._placed: set[str] = set()
        self.done = self.total == 0

    def more(self) -> list[BookmarkGroup]:
        """The next page's groups (none if its agreements have no bookmark), or the last
        group of bookmarks not in the content once every agreement is walked."""
        if self.done:
            return []
        if self._next >= self._agreements:
            self.done = True
            return self._orphans()
        # A filter walks every agreement to count its matches: in longer strides.
        stride = AGREEMENTS_PER_PAGE * (FILTER_STRIDE if self._words else 1)
        headings = self._index.read(
            partial(view_queries.agreement_headings_page, offset=self._next, limit=stride)
        )
        self._next = self._next + len(headings) if headings else self._agreements
        keys = [h.key for h in headings]
        owned = self._index.read(partial(view_queries.clauses_of_agreements, agreement_keys=keys))
        if self._pending is not None:
            owned = [(owner, key) for owner, key in owned if key in self._pending]
        bookmarks = self._store.many([key for _, key in owned])
        marked = [(owner, key) for owner, key in owned if key in bookmarks]
        self._placed.update(key for _, key in marked)
        if len(self._placed) >= self.total:
            self._next = self._agreements  # every bookmark is placed: no need to walk on
        if self._words:  # the clauses' text alone first: whole records for the matches only
            texts = self._index.read(
                partial(view_queries.clause_texts, keys=[key for _, key in marked])
            )
            found = {text[0]: text[1:] for text in texts}
            marked = [
                (owner, key)
                for owner, key in marked
                if holds(text_of(key, bookmarks[key].note, found.get(key, ())), self._words)
            ]
        clauses = {c.key: c for c in self._index.clauses.many([key for _, key in marked])}
        groups = []
        for heading in headings:
            entries = tuple(
                BookmarkEntry(bookmarks[key], clauses.get(key))
                for owner, key in marked
                if owner == heading.key
            )
            if entries:
                groups.append(BookmarkGroup(heading, entries))
        return groups

    def _orphans(self) -> list[BookmarkGroup]:
        """The bookmarks no agreement's clause took: their clauses are not in the content."""
        keys = sorted(set(self._store.keys()) - self._placed)
        bookmarks = self._store.many(keys)
        entries = [BookmarkEntry(bookmarks[key], None) for key in keys if key in bookmarks]
        kept = tuple(entry for entry in entries if self._keeps(entry))
        return [BookmarkGroup(None, kept)] if kept else []

    def _keeps(self, entry: BookmarkEntry) -> bool:
        return not self._words or entry_matches(entry, self._words)
