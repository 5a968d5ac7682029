"""The bookmarks grouped by agreement, read a page of agreements at a time (Qt-free).

A list of 50,000 bookmarks costs the groups on screen: each page walks the next few
agreements in signing order, asks the store which of their clauses are bookmarked, and
reads only those bookmarks and clauses. The bookmarks whose clause is not in the content come last,
once every agreement has been walked.

A filter must look at every bookmark to count its matches, which at that size takes seconds:
it walks the agreements a step at a time (`walk`, which the view calls in idle moments)
reading only the texts it matches, and keeps the matches' keys; the groups shown are built
from those keys as the tree scrolls, as without a filter.
"""

from __future__ import annotations

from functools import partial
from typing import Protocol

from studyapp.content import view_queries
from studyapp.content.catalogue import ContentCatalogue
from studyapp.content.records import AgreementHeading
from studyapp.ui.bookmarks.filtering import filter_words, holds, text_of
from studyapp.userdata.bookmarks import Bookmark
from studyapp.userdata.export import BookmarkEntry, BookmarkGroup

# Agreements walked per page: a screenful of groups when most agreements have a bookmark.
AGREEMENTS_PER_PAGE = 12
# Up to this many bookmarks, their keys are read at once and say which agreements have one;
# past it, each page asks the store which of its clauses are bookmarked.
KEYS_AT_ONCE = 2000
# Agreements a filter's walk reads in one step: a few milliseconds at 1,000x content.
WALK_STRIDE = 24
# Bookmarks not in the content that a filter's walk looks at in one step.
WALK_ORPHANS = 2000
# Bookmarks a page of a filter's matches holds (whole agreements' matches, at least one).
MATCHES_PER_PAGE = 30


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
        # A filter's matches walked but not yet shown: (agreement, its matching clause keys),
        # None for the bookmarks whose clause is not in the content.
        self._found: list[tuple[AgreementHeading | None, list[str]]] = []
        self.matches = 0  # a filter's matches among the bookmarks walked so far
        # The bookmarks not in the content a filter's walk has yet to look at, once known,
        # and those of them it kept (shown as one group once all are looked at).
        self._orphans_left: list[str] | None = None
        self._orphans_kept: list[str] = []
        # Every bookmark looked at by the filter, its count known (without one: nothing to walk).
        self.walked = self.total == 0 or not self._words
        self.done = self.total == 0

    @property
    def filtered(self) -> bool:
        return bool(self._words)

    def more(self) -> list[BookmarkGroup]:
        """The next page's groups (none if its agreements have no bookmark), or the last
        group of bookmarks not in the content once every agreement is walked. With a
        filter: the next matches walked (one step of the walk first if none are waiting)."""
        if self.done:
            return []
        if self._words:
            if not self._found:
                self.walk()
            return self._matched_groups()
        if self._next >= self._agreements:
            self.done = True
            return self._orphans()
        headings, marked, bookmarks = self._page(AGREEMENTS_PER_PAGE)
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

    def walk(self) -> None:
        """One step of a filter's walk: the next agreements' bookmarks matched by their
        texts alone (no records read), then, a batch at a time, those not in the content."""
        if self.walked:
            return
        if self._next < self._agreements:
            headings, marked, bookmarks = self._page(WALK_STRIDE)
            texts = self._index.read(
                partial(view_queries.clause_texts, keys=[key for _, key in marked])
            )
            found = {text[0]: text[1:] for text in texts}
            for heading in headings:
                kept = [
                    key
                    for owner, key in marked
                    if owner == heading.key
                    and self._holds(key, bookmarks[key].note, found.get(key, ()))
                ]
                self._keep(heading, kept)
        else:
            self._walk_orphans()
        self._settle()

    def _settle(self) -> None:
        """Done once a filter's walk is over and every match walked is shown."""
        self.done = self.walked and not self._found

    def _walk_orphans(self) -> None:
        if self._orphans_left is None:  # a step of its own: every key read, sorted
            placed_all = len(self._placed) >= self.total
            self._orphans_left = [] if placed_all else self._orphan_keys()
            if self._orphans_left:
                return
        batch = self._orphans_left[:WALK_ORPHANS]
        del self._orphans_left[:WALK_ORPHANS]
        bookmarks = self._store.many(batch)
        self._orphans_kept += [
            key for key in batch if key in bookmarks and self._holds(key, bookmarks[key].note, ())
        ]
        if not self._orphans_left:
            self.walked = True
            self._keep(None, self._orphans_kept)

    def _orphan_keys(self) -> list[str]:
        """The bookmarks no agreement's clause took: their clauses are not in the content."""
        return sorted(set(self._store.keys()) - self._placed)

    def _holds(self, key: str, note: str, clause_texts: tuple[str, ...]) -> bool:
        return holds(text_of(key, note, clause_texts), self._words)

    def _keep(self, heading: AgreementHeading | None, keys: list[str]) -> None:
        if keys:
            self._found.append((heading, keys))
            self.matches += len(keys)

    def _matched_groups(self) -> list[BookmarkGroup]:
        """Groups of the matches walked so far, whole agreements up to a page of them."""
        taken: list[tuple[AgreementHeading | None, list[str]]] = []
        while self._found and (not taken or sum(len(k) for _, k in taken) < MATCHES_PER_PAGE):
            taken.append(self._found.pop(0))
        keys = [key for _, group_keys in taken for key in group_keys]
        bookmarks = self._store.many(keys)
        clauses = {c.key: c for c in self._index.clauses.many(keys)}
        groups = []
        for heading, group_keys in taken:
            entries = tuple(
                BookmarkEntry(bookmarks[key], clauses.get(key) if heading else None)
                for key in group_keys
                if key in bookmarks  # (removed meanwhile, by another instance)
            )
            if entries:
                groups.append(BookmarkGroup(heading, entries))
        self._settle()
        return groups

    def _page(
        self, stride: int
    ) -> tuple[list[AgreementHeading], list[tuple[str, str]], dict[str, Bookmark]]:
        """The next `stride` agreements: their headings, their bookmarked clauses (agreement
        key, clause key) in order, and those bookmarks by clause key."""
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
        return headings, marked, bookmarks

    def _orphans(self) -> list[BookmarkGroup]:
        """The group of the bookmarks whose clauses are not in the content."""
        keys = self._orphan_keys()
        bookmarks = self._store.many(keys)
        entries = tuple(BookmarkEntry(bookmarks[key], None) for key in keys if key in bookmarks)
        return [BookmarkGroup(None, entries)] if entries else []
