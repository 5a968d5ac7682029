"""The generated cards, shared by the Quiz, the card browser and the exports.

Generating every card takes about 0.1 s at 10,000 cards, so it is done once for the content
and the current bookmarks (each bookmark adds a card) and kept until they change.
"""

from __future__ import annotations

from collections.abc import Iterable

from studyapp import i18n, paths
from studyapp.content.records import Content
from studyapp.study.card_keys import card_keys
from studyapp.study.cards import Card, generate_cards
from studyapp.study.map_cards import map_cards_for
from studyapp.study.siblings import SiblingIndex

# (the content, the bookmarked clause keys and the language) -> cards; one entry, the latest.
# The key holds the content itself, compared by identity, so a new content build is never
# mistaken for it; the cards' text is in the language they were made in.
_latest: tuple[Content, tuple[str, ...], list[Card]] | None = None
_latest_language = ""


def cards_for(content: Content, bookmarked: Iterable[str]) -> list[Card]:
    """Every card of `content` with these bookmarks, generated once."""
    global _latest, _latest_language  # a cache of one entry
    marks = tuple(sorted(bookmarked))
    if (
        _latest is not None
        and _latest[0] is content
        and _latest[1] == marks
        and _latest_language == i18n.language()
    ):
        return _latest[2]
    cards = generate_cards(content, bookmarked=marks) + map_cards_for(
        content, paths.content_db_path()
    )
    _latest, _latest_language = (content, marks, cards), i18n.language()
    return cards


_siblings: tuple[list[Card], SiblingIndex] | None = None


def siblings_for(cards: list[Card]) -> SiblingIndex:
    """The sibling index of these cards (the latest generated), made once for them."""
    global _siblings  # noqa: PLW0603 (a cache of one entry)
    if _siblings is None or _siblings[0] is not cards:
        _siblings = (cards, SiblingIndex(cards))
    return _siblings[1]


def keys_for(content: Content, bookmarked: Iterable[str]) -> list[str]:
    """Every card's key: from the cards if they were generated, else from the content alone
    (studyapp.study.card_keys), which is many times faster than making the cards."""
    marks = tuple(sorted(bookmarked))
    if _latest is not None and _latest[0] is content and _latest[1] == marks:
        return [card.key for card in _latest[2]]
    map_keys = [card.key for card in map_cards_for(content, paths.content_db_path())]
    return card_keys(content, marks) + map_keys


def clear() -> None:
    """Forget the cards (benchmarks measure the first generation with it)."""
    global _latest, _siblings  # noqa: PLW0603
    _latest = _siblings = None
