"""A card as it reads in the other language, to compare its answer and explanation.

The cards are written by the core in the language spoken when they are made; the twin of a
card is the card of the same key made again in the other language (studyapp.i18n.speaking),
in this thread only. Made once per content, bookmarks and language, on the first flip.
"""

from __future__ import annotations

from collections.abc import Iterable

from studyapp import i18n
from studyapp.content.records import Content
from studyapp.study.cards import Card, generate_cards


class TwinCards:
    def __init__(self) -> None:
        # (language, content, bookmarked) -> the cards made in that language, by key
        self._made: tuple[str, Content, tuple[str, ...], dict[str, Card]] | None = None

    def twin(self, card: Card, language: str, content: Content, bookmarked: Iterable[str]) -> Card:
        """`card` in `language`: itself in the app's language, or where no twin is made
        (a card of the map, say)."""
        if language == i18n.language():
            return card
        marks = tuple(sorted(bookmarked))
        made = self._made
        if made is None or made[0] != language or made[1] is not content or made[2] != marks:
            with i18n.speaking(language):
                cards = {made.key: made for made in generate_cards(content, marks)}
            made = self._made = (language, content, marks, cards)
        return made[3].get(card.key, card)
