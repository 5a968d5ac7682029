"""What each card kind is called, and why a typed session offers choices for some. Qt-free."""

from __future__ import annotations

from studyapp.study.vocabulary import CardKind

KIND_LABELS: dict[CardKind, str] = {
    CardKind.AGREEMENT_DATE: "Agreement → date signed",
    CardKind.DATE_AGREEMENT: "Date → agreement",
    CardKind.AGREEMENT_ERA: "Agreement → Japanese era year",
    CardKind.AGREEMENT_JULIAN: "Agreement → Julian date",
    CardKind.EVENT_DATE: "Event → date",
    CardKind.EVENT_ORDER: "Which came first",
    CardKind.TERM_JAPANESE: "Term → Japanese",
    CardKind.JAPANESE_TERM: "Japanese → term",
    CardKind.TERM_DEFINITION: "Term → definition",
    CardKind.CLAUSE_AGREEMENT: "Clause → agreement",
    CardKind.CLAUSE_PART: "Clause → public or secret",
    CardKind.CLAUSE_CLOZE: "Clause → the words left out",
    CardKind.SIGNATORY_AGREEMENTS: "Signatory → agreements",
    CardKind.PERSON_DEED: "Deed → person (who signed, decided, opposed)",
    CardKind.BOOKMARK: "Bookmarked clauses",
    CardKind.MAP_REGION: "Map: click the region",
    CardKind.MAP_SPHERE: "Map: whose sphere",
    CardKind.MAP_LINE: "Map: which agreement drew the line",
}


def kind_label(kind: str) -> str:
    """A readable name for a card kind (a kind in old review logs may no longer exist)."""
    known = kind in CardKind.__members__.values()
    return (known and KIND_LABELS.get(CardKind(kind))) or kind.replace("-", " ").capitalize()


# Why a typed session offers choices for a kind that cannot be typed fairly.
_TYPED_NOTES: dict[CardKind, str] = {
    CardKind.TERM_DEFINITION: (
        "A definition cannot be typed word for word, so pick it from the choices."
    ),
    CardKind.EVENT_ORDER: "Pick the event that came first.",
    CardKind.SIGNATORY_AGREEMENTS: "A list of agreements is hard to type exactly: pick it.",
    CardKind.BOOKMARK: "Pick the agreement and part the clause is in.",
}


def typed_note(kind: CardKind) -> str:
    """What the card says when a typed session shows it as multiple choice."""
    return _TYPED_NOTES.get(kind, "This card cannot be typed fairly, so pick from the choices.")
