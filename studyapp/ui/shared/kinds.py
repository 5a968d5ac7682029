"""Names of the card kinds as the quiz's deck list and the Stats view show them."""

from __future__ import annotations

KIND_LABELS: dict[str, str] = {
    "agreement-date": "Agreement → date signed",
    "date-agreement": "Date → agreement",
    "agreement-era": "Agreement → Japanese era year",
    "agreement-julian": "Agreement → Julian date",
    "event-date": "Event → date",
    "event-order": "Which came first",
    "term-japanese": "Term → Japanese",
    "japanese-term": "Japanese → term",
    "term-definition": "Term → definition",
    "clause-agreement": "Clause → agreement",
    "clause-part": "Clause → public or secret",
    "signatory-agreements": "Signatory → agreements",
    "person-deed": "Deed → person (who signed, decided, opposed)",
    "bookmark": "Bookmarked clauses",
    "map-region": "Map: click the region",
    "map-sphere": "Map: whose sphere",
    "map-line": "Map: which agreement drew the line",
}


def kind_label(kind: str) -> str:
    """A readable name for a card kind, also for kinds added after this list was written."""
    return KIND_LABELS.get(kind) or kind.replace("-", " ").capitalize()
