"""The keys of every card the content makes, without making the cards.

Stats needs to know which cards exist (to count the new ones and leave out retired ones) but
not their prompts, explanations or choices; at 1,000 times today's content, building every
card to learn its key took seconds. This walks the same content by the same rules as
`studyapp.study.cards.generate_cards` (which questions are skipped, which events are paired)
and gives the same keys in the same order; a test holds the two together on the real and on
synthetic content.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from studyapp import calendars
from studyapp.content.folding import fold
from studyapp.content.records import AgreementRecord, Content
from studyapp.study import cards as made
from studyapp.study.vocabulary import CardKind


def card_keys(content: Content, bookmarked: Iterable[str] = ()) -> list[str]:
    """Every card's key, in `generate_cards` order."""
    agreements = sorted(content.agreements, key=lambda a: (a.signed, a.ordinal, a.key))
    events = sorted(content.events, key=lambda e: (e.date, e.key))
    terms = sorted(content.terms, key=lambda t: (fold(t.term), t.key))
    keys: dict[CardKind, list[str]] = defaultdict(list)

    shared_dates = Counter(agreement.signed for agreement in agreements)
    for agreement in agreements:
        keys[CardKind.AGREEMENT_DATE].append(f"agreement-date:{agreement.key}")
        if shared_dates[agreement.signed] == 1:
            keys[CardKind.DATE_AGREEMENT].append(f"date-agreement:{agreement.key}")
        if agreement.signed >= calendars.FIRST_SUPPORTED_DATE:
            keys[CardKind.AGREEMENT_ERA].append(f"agreement-era:{agreement.key}")
        if agreement.signed < made._RUSSIA_GREGORIAN:
            keys[CardKind.AGREEMENT_JULIAN].append(f"agreement-julian:{agreement.key}")

    asked = made._ASKED_BY_PRECISION
    keys[CardKind.EVENT_DATE] = [
        f"event-date:{e.key}" for e in events if e.title and e.precision in asked
    ]
    keys[CardKind.EVENT_ORDER] = [
        f"event-order:{earlier.key}:{later.key}"
        for earlier, later in made.order_pairs(agreements, events)
    ]

    shared_kanji = Counter(term.term_ja for term in terms)
    for term in terms:
        if term.term_ja:
            keys[CardKind.TERM_JAPANESE].append(f"term-japanese:{term.key}")
            if shared_kanji[term.term_ja] == 1:
                keys[CardKind.JAPANESE_TERM].append(f"japanese-term:{term.key}")
        if made.first_sentence(term.definition):
            keys[CardKind.TERM_DEFINITION].append(f"term-definition:{term.key}")

    _clause_keys(agreements, keys)
    people = dict.fromkeys(
        signatory.person_key for agreement in agreements for signatory in agreement.signatories
    )
    keys[CardKind.SIGNATORY_AGREEMENTS] = [f"signatory-agreements:{key}" for key in people]
    doers = Counter((d.verb, d.what) for person in content.people for d in person.deeds)
    for person in content.people:
        seen: Counter[str] = Counter()
        for deed in person.deeds:
            if doers[(deed.verb, deed.what)] > 1:
                continue
            slug = f"{deed.verb}-{deed.year}"
            seen[slug] += 1
            suffix = f"-{seen[slug]}" if seen[slug] > 1 else ""
            keys[CardKind.PERSON_DEED].append(f"person-deed:{person.key}:{slug}{suffix}")
    marked = frozenset(bookmarked)
    keys[CardKind.BOOKMARK] = [
        f"bookmark:{clause.key}"
        for agreement in agreements
        for clause in made._clauses_in_order(agreement)
        if clause.key in marked
    ]
    # Content keys are unique (the build checks), so no two kinds or rows make one key.
    return [key for kind in CardKind for key in keys[kind]]


def _clause_keys(agreements: list[AgreementRecord], keys: dict[CardKind, list[str]]) -> None:
    agreements_by_title: dict[str, set[str]] = defaultdict(set)
    folded: dict[str, str] = {}
    for agreement in agreements:
        for clause in agreement.clauses:
            folded[clause.key] = fold(clause.title)
            agreements_by_title[folded[clause.key]].add(agreement.key)
    for agreement in agreements:
        for clause in made._clauses_in_order(agreement):
            if len(agreements_by_title[folded[clause.key]]) == 1:
                keys[CardKind.CLAUSE_AGREEMENT].append(f"clause-agreement:{clause.key}")
            keys[CardKind.CLAUSE_CLOZE] += [
                f"clause-cloze:{clause.key}:{number}" for number in range(1, len(clause.clozes) + 1)
            ]
            keys[CardKind.CLAUSE_PART].append(f"clause-part:{clause.key}")
