"""A card as it reads in the other language, to compare its answer and explanation.

The cards are written by the core in the language spoken when they are made; the twin of a
card is the card of the same key made again, by key (studyapp.study.card_maker), in the
other language (studyapp.i18n.speaking), in this thread only.
"""

from __future__ import annotations

from studyapp import i18n
from studyapp.study.card_maker import ContentReader, Records, make_card
from studyapp.study.cards import Card


def twin(card: Card, language: str, records: Records, database: ContentReader) -> Card:
    """`card` in `language`: itself in the app's language, or where no twin can be made."""
    if language == i18n.language():
        return card
    with i18n.speaking(language):
        return make_card(card.key, records, database) or card
