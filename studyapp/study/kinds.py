"""What each card kind is called, and why a typed session offers choices for some. Qt-free."""

from __future__ import annotations

from studyapp.i18n import QT_TRANSLATE_NOOP, translate
from studyapp.study.vocabulary import CardKind

KIND_LABELS: dict[CardKind, str] = {
    CardKind.AGREEMENT_DATE: QT_TRANSLATE_NOOP("CardKinds", "Agreement → date signed"),
    CardKind.DATE_AGREEMENT: QT_TRANSLATE_NOOP("CardKinds", "Date → agreement"),
    CardKind.AGREEMENT_ERA: QT_TRANSLATE_NOOP("CardKinds", "Agreement → Japanese era year"),
    CardKind.AGREEMENT_JULIAN: QT_TRANSLATE_NOOP("CardKinds", "Agreement → Julian date"),
    CardKind.EVENT_DATE: QT_TRANSLATE_NOOP("CardKinds", "Event → date"),
    CardKind.EVENT_ORDER: QT_TRANSLATE_NOOP("CardKinds", "Which came first"),
    CardKind.TERM_JAPANESE: QT_TRANSLATE_NOOP("CardKinds", "Term → Japanese"),
    CardKind.JAPANESE_TERM: QT_TRANSLATE_NOOP("CardKinds", "Japanese → term"),
    CardKind.TERM_DEFINITION: QT_TRANSLATE_NOOP("CardKinds", "Term → definition"),
    CardKind.CLAUSE_AGREEMENT: QT_TRANSLATE_NOOP("CardKinds", "Clause → agreement"),
    CardKind.CLAUSE_PART: QT_TRANSLATE_NOOP("CardKinds", "Clause → public or secret"),
    CardKind.CLAUSE_CLOZE: QT_TRANSLATE_NOOP("CardKinds", "Clause → the words left out"),
    CardKind.SIGNATORY_AGREEMENTS: QT_TRANSLATE_NOOP("CardKinds", "Signatory → agreements"),
    CardKind.PERSON_DEED: QT_TRANSLATE_NOOP(
        "CardKinds", "Deed → person (who signed, decided, opposed)"
    ),
    CardKind.BOOKMARK: QT_TRANSLATE_NOOP("CardKinds", "Bookmarked clauses"),
    CardKind.MAP_REGION: QT_TRANSLATE_NOOP("CardKinds", "Map: click the region"),
    CardKind.MAP_SPHERE: QT_TRANSLATE_NOOP("CardKinds", "Map: whose sphere"),
    CardKind.MAP_LINE: QT_TRANSLATE_NOOP("CardKinds", "Map: which agreement drew the line"),
}


def kind_label(kind: str) -> str:
    """A readable name for a card kind (a kind in old review logs may no longer exist)."""
    known = kind in CardKind.__members__.values()
    label = KIND_LABELS.get(CardKind(kind)) if known else None
    return translate("CardKinds", label) if label else kind.replace("-", " ").capitalize()


# Why a typed session offers choices for a kind that cannot be typed fairly.
_TYPED_NOTES: dict[CardKind, str] = {
    CardKind.TERM_DEFINITION: QT_TRANSLATE_NOOP(
        "CardKinds", "A definition cannot be typed word for word, so pick it from the choices."
    ),
    CardKind.EVENT_ORDER: QT_TRANSLATE_NOOP("CardKinds", "Pick the event that came first."),
    CardKind.SIGNATORY_AGREEMENTS: QT_TRANSLATE_NOOP(
        "CardKinds", "A list of agreements is hard to type exactly: pick it."
    ),
    CardKind.BOOKMARK: QT_TRANSLATE_NOOP(
        "CardKinds", "Pick the agreement and part the clause is in."
    ),
}


def typed_note(kind: CardKind) -> str:
    """What the card says when a typed session shows it as multiple choice."""
    return translate(
        "CardKinds",
        _TYPED_NOTES.get(kind)
        or QT_TRANSLATE_NOOP(
            "CardKinds", "This card cannot be typed fairly, so pick from the choices."
        ),
    )
