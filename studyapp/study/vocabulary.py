"""The quiz's words, as enums: the kinds of card, how a card's typed answer is checked, and
the ways of answering. One place to add a kind; a typo is a type error, not a silent miss.
They are StrEnums, so their values are the strings kept in card keys, the review log and the
settings, unchanged."""

from __future__ import annotations

from enum import StrEnum


class CardKind(StrEnum):
    """The kinds of card, in the order the cards are generated and listed."""

    AGREEMENT_DATE = "agreement-date"
    DATE_AGREEMENT = "date-agreement"
    AGREEMENT_ERA = "agreement-era"
    AGREEMENT_JULIAN = "agreement-julian"
    EVENT_DATE = "event-date"
    EVENT_ORDER = "event-order"
    TERM_JAPANESE = "term-japanese"
    JAPANESE_TERM = "japanese-term"
    TERM_DEFINITION = "term-definition"
    CLAUSE_AGREEMENT = "clause-agreement"
    CLAUSE_PART = "clause-part"
    CLAUSE_CLOZE = "clause-cloze"
    SIGNATORY_AGREEMENTS = "signatory-agreements"
    PERSON_DEED = "person-deed"
    BOOKMARK = "bookmark"
    # Answered on the map (studyapp.study.map_cards); generated from the map content.
    MAP_REGION = "map-region"
    MAP_SPHERE = "map-sphere"
    MAP_LINE = "map-line"


# Made from the map content by studyapp.study.map_cards, not by generate_cards.
MAP_CARD_KINDS = (CardKind.MAP_REGION, CardKind.MAP_SPHERE, CardKind.MAP_LINE)


class AnswerType(StrEnum):
    """How a typed answer is checked (studyapp.study.answers)."""

    DATE = "date"
    MONTH = "month"
    YEAR = "year"
    ERA_YEAR = "era-year"
    JULIAN_DATE = "julian-date"
    TEXT = "text"
    JAPANESE = "japanese"
    CHOICE = "choice"  # typing it would be unfair: offer choices


class AnswerMode(StrEnum):
    """How the student answers: the review log keeps these (cram adds a suffix)."""

    FLIP = "flip"
    CHOICE = "choice"
    TYPED = "typed"
    CLICK = "click"  # on a card panel (the map's); logged as a choice
