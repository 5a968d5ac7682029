"""The generated cards, shared by the Quiz, the card browser and the exports, and the
catalogue of the cards' keys that Stats counts with.

Generating every card takes about 0.1 s at 10,000 cards, so it is done once for the content
and the current bookmarks (each bookmark adds a card) and kept until they change. The
catalogue (studyapp.study.card_catalogue) names the same cards without making them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from studyapp import i18n, paths
from studyapp.content.records import Content
from studyapp.study.card_catalogue import CardCatalogue, open_catalogue
from studyapp.study.card_keys import ContentReader
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


_catalogue: tuple[ContentReader, Path, CardCatalogue] | None = None


def catalogue_for(
    database: ContentReader, folder: Path, bookmarked: Iterable[str]
) -> CardCatalogue:
    """The catalogue of the cards of `database` with these bookmarks, kept in `folder` (the
    user data's) and opened once per database."""
    global _catalogue  # noqa: PLW0603 (a cache of one entry)
    if _catalogue is None or _catalogue[0] is not database or _catalogue[1] != folder:
        _catalogue = (database, folder, open_catalogue(database, folder))
    return _catalogue[2].with_bookmarks(bookmarked)


def clear() -> None:
    """Forget the cards and the catalogue (benchmarks measure the first of each with it)."""
    global _latest, _siblings, _catalogue  # noqa: PLW0603
    _latest = _siblings = _catalogue = None
