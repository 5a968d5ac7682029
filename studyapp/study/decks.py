"""The decks a session can study: all cards, one agreement, one kind of card, or bookmarks.

Each deck has a stable id (saved in the settings as the last choice) and a DeckFilter for the
study session. Qt-free.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from studyapp.content.card_sources import AgreementRow
from studyapp.content.language import text_in
from studyapp.i18n import translate
from studyapp.study.kinds import kind_label
from studyapp.study.queue import DeckFilter
from studyapp.study.vocabulary import CardKind
from studyapp.wording import reader

ALL = "all"
BOOKMARKS = "bookmarks"


@dataclass(frozen=True)
class Deck:
    id: str  # "all", "bookmarks", "agreement:<key>" or "kind:<kind>"
    label: str
    filter: DeckFilter

    def filter_for(self, bookmarked: Iterable[str]) -> DeckFilter:
        """The filter, told which clauses are bookmarked now (for "My bookmarks only")."""
        if not self.filter.bookmarks_only:
            return self.filter
        return replace(self.filter, bookmarked_clauses=frozenset(bookmarked))


def decks(agreements: Sequence[AgreementRow]) -> list[Deck]:
    """Every deck, in the order of the deck list (`agreements`, as card_sources.agreement_rows
    gives them)."""
    found = [Deck(ALL, translate("Decks", "All cards"), DeckFilter())]
    label = translate("Decks", "{title} ({year})")
    language = reader()  # once: thousands of agreements at 1,000 times today's content
    found.extend(
        Deck(
            f"agreement:{agreement.key}",
            label.format(title=text_in(agreement, "title", language), year=agreement.signed.year),
            DeckFilter(agreement_key=agreement.key),
        )
        for agreement in sorted(agreements, key=lambda a: a.ordinal)
    )
    found.extend(
        Deck(f"kind:{kind}", kind_label(kind), DeckFilter(kinds=frozenset({kind})))
        for kind in CardKind
        if kind != "bookmark"
    )
    found.append(
        Deck(BOOKMARKS, translate("Decks", "My bookmarks only"), DeckFilter(bookmarks_only=True))
    )
    return found


def deck_by_id(all_decks: Sequence[Deck], deck_id: str) -> Deck:
    """The deck with `deck_id`, or "All cards" if there is none (e.g. a removed agreement)."""
    return next((deck for deck in all_decks if deck.id == deck_id), all_decks[0])
