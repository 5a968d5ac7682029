"""The generated cards, shared by the Quiz and Stats views.

Generating every card takes about 0.1 s at 10,000 cards, so it is done once for the content
and the current bookmarks (each bookmark adds a card) and kept until they change.
"""

from __future__ import annotations

from collections.abc import Iterable

from studyapp import paths
from studyapp.content.records import Content
from studyapp.study.cards import Card, generate_cards
from studyapp.study.map_cards import map_cards_for

# (the content, the bookmarked clause keys) -> cards; one entry, the latest. The key holds
# the content itself, compared by identity, so a new content build is never mistaken for it.
_latest: tuple[Content, tuple[str, ...], list[Card]] | None = None


def cards_for(content: Content, bookmarked: Iterable[str]) -> list[Card]:
    """Every card of `content` with these bookmarks, generated once."""
    global _latest  # noqa: PLW0603 (a cache of one entry)
    marks = tuple(sorted(bookmarked))
    if _latest is not None and _latest[0] is content and _latest[1] == marks:
        return _latest[2]
    cards = generate_cards(content, bookmarked=marks) + map_cards_for(
        content, paths.content_db_path()
    )
    _latest = (content, marks, cards)
    return cards


def clear() -> None:
    """Forget the cards (benchmarks measure the first generation with it)."""
    global _latest  # noqa: PLW0603
    _latest = None
