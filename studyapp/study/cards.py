"""Flashcards generated from the content, each with a key that survives a new content build.

A card's key is its kind and the key of the row (or rows) it asks about, so a rebuilt
database keeps every card's history as long as the row keys stay. The list comes out in a
fixed order: by kind in `CARD_KINDS` order, then in content order (agreements by signing
date, events by date, terms by name, clauses by agreement, part and number).

Choices: what to skip and how to ask.
- A question whose answer the content cannot make unique is not asked: "Which agreement was
  signed on …" when two share a date, "Which agreement contains …" for a clause title found
  in several agreements ("The convention is to stay secret"), "What is 満州 in English?"
  when several terms share the kanji.
- Events dated to the day ask for the date; those known only to the month ask for the
  month and year (answer type "month", e.g. "January 1910"); those known only to the year
  ask for the year (answer type "year").
- "Which came first" pairs each event or agreement signing with the next two that are
  surely later at the precision of both dates. Which of the two is named first in the
  question is fixed by a hash of the key, so the answer is not always the first one named.
  Adding an event between two others replaces the pair cards around it with new ones.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypedDict

from studyapp import calendars
from studyapp.content.folding import fold
from studyapp.content.records import (
    PUBLIC,
    AgreementRecord,
    ClauseRecord,
    Content,
    DeedRecord,
    EventRecord,
    PersonRecord,
    SignatoryRecord,
    SourceRecord,
    TermRecord,
)
from studyapp.content.vocabulary import DatePrecision
from studyapp.date_text import era_year_text
from studyapp.i18n import QT_TRANSLATE_NOOP, Context, is_japanese, sentences, translate
from studyapp.memory import collector_paused
from studyapp.study.choices import choices_for, join_labels
from studyapp.study.dates import (
    era_trap,
    format_date,
    format_julian,
    format_parts,
    read_date,
)
from studyapp.study.vocabulary import MAP_CARD_KINDS, AnswerType, CardKind
from studyapp.wording import clause_label, country_name, name, part_name, prose, spans

__all__ = ["CARD_KINDS", "Card", "choices_for", "generate_cards"]

# The kinds generate_cards makes (the map cards come from studyapp.study.map_cards).
CARD_KINDS: tuple[CardKind, ...] = tuple(kind for kind in CardKind if kind not in MAP_CARD_KINDS)


@dataclass(frozen=True, slots=True)
class Card:
    key: str  # stable across builds: "agreement-date:first-1907"
    kind: CardKind
    prompt: str  # the question, plain text (may hold Japanese)
    answer: str  # the canonical answer as shown
    answer_type: AnswerType  # how typed answers are checked; CHOICE: offer choices instead
    accepted: tuple[str, ...]  # other accepted answers (kanji, reading, short forms)
    choices_pool: str  # group whose answers make distractors, e.g. "agreement-title"
    agreement_key: str | None  # for the "by agreement" deck filter
    clause_key: str | None  # set for clause and bookmark cards
    explanation: str  # shown after answering: one or two sentences and the dates
    source_keys: tuple[str, ...]
    # The complete set of choices where the card fixes it (the two events of "which came
    # first", public or secret, a bookmark's possible places); empty for the others.
    options: tuple[str, ...] = ()
    # A cloze card's text with its gap marked as Anki writes it ("… until {{c1::one year}} …"),
    # for export as a real Anki cloze note; empty for the other kinds.
    cloze: str = ""


def generate_cards(content: Content, bookmarked: Iterable[str] = ()) -> list[Card]:
    """Every card the content makes, in a fixed order; each bookmarked clause adds one more."""
    with collector_paused():  # a third of the time, at scale, without (see studyapp/memory.py)
        return _all_cards(content, bookmarked)


def _all_cards(content: Content, bookmarked: Iterable[str]) -> list[Card]:
    agreements = sorted(content.agreements, key=lambda a: (a.signed, a.ordinal, a.key))
    events = sorted(content.events, key=lambda e: (e.date, e.key))
    terms = sorted(content.terms, key=lambda t: (fold(t.term), t.key))
    by_kind: dict[CardKind, list[Card]] = defaultdict(list)
    for card in agreement_cards(agreements):
        by_kind[card.kind].append(card)
    by_kind[CardKind.EVENT_DATE] = [made for event in events if (made := event_date_card(event))]
    by_kind[CardKind.EVENT_ORDER] = list(_order_cards(agreements, events))
    for card in term_cards(terms):
        by_kind[card.kind].append(card)
    for card in clause_cards(agreements):
        by_kind[card.kind].append(card)
    by_kind[CardKind.SIGNATORY_AGREEMENTS] = list(signatory_cards(agreements))
    people = content.people
    by_kind[CardKind.PERSON_DEED] = list(person_deed_cards(people, shared_deeds(people)))
    by_kind[CardKind.BOOKMARK] = list(bookmark_cards(agreements, frozenset(bookmarked)))
    cards: dict[str, Card] = {}
    for kind in CARD_KINDS:
        for card in by_kind[kind]:
            cards.setdefault(card.key, card)
    return list(cards.values())


# Wording ---------------------------------------------------------------------------------

Cards = Context("Cards")  # for plurals (studyapp.i18n.Context); the rest is translate()

_ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth")
_SUFFIXES = {1: "st", 2: "nd", 3: "rd"}
# A full stop ends a sentence unless it ends an initial ("C. Knox") or "St." (St. Petersburg).
# The stop comes first in the pattern, the look-behinds after it, so the search skips ahead
# to each stop instead of trying both look-behinds at every character (8 times faster).
_SENTENCE_END = re.compile(r"[.!?](?<!\b[A-Z][.!?])(?<!\bSt[.!?])(?=\s+[\"“‘'(A-Z0-9])")


def first_sentence(text: str) -> str:
    """The first sentence, English or Japanese (to the first 。)."""
    if "。" in text:
        return text[: text.index("。") + 1]
    match = _SENTENCE_END.search(text)
    return text[: match.end()] if match else text.strip()


def _source_keys(*groups: tuple[SourceRecord, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(source.key for group in groups for source in group))


def _ordinal_word(agreement: AgreementRecord) -> str | None:
    """ "Third" for the Third Russo-Japanese Agreement, if its title starts so."""
    if 1 <= agreement.ordinal <= len(_ORDINALS):
        word = _ORDINALS[agreement.ordinal - 1]
        if agreement.title.split(" ", 1)[0] == word:
            return word
    return None


def _short_label(agreement: AgreementRecord) -> str:
    """ "Third (1912)", or the title and year where the title has no ordinal word;
    第三次（1912年） in Japanese."""
    year = agreement.signed.year
    if is_japanese() and agreement.title_ja:
        short = agreement.title_ja.removesuffix("日露協約") or agreement.title_ja
        return f"{short}（{year}年）"
    return f"{_ordinal_word(agreement) or agreement.title} ({year})"


_KANJI_NUMBERS = "〇一二三四五六七八九"


def _title_answers(agreement: AgreementRecord) -> tuple[str, ...]:
    """Other ways to name an agreement: "Third", "3rd", "Third Agreement", 第三次日露協約,
    第三次, 第3次; the English title where the card's answer is the Japanese one."""
    word = _ordinal_word(agreement)
    forms = [agreement.title_ja, agreement.title] if agreement.title_ja else [agreement.title]
    if word:
        number = agreement.ordinal
        suffix = "th" if 10 <= number % 100 <= 20 else _SUFFIXES.get(number % 10, "th")
        forms += [word, f"{number}{suffix}", str(number), f"{word} Agreement"]
        if number < 10:
            forms += [f"第{_KANJI_NUMBERS[number]}次", f"第{number}次", f"第{number}次日露協約"]
    return tuple(forms)


def _answer_title(agreement: AgreementRecord) -> str:
    """The agreement's name as an answer: 第一次日露協約 in Japanese, the English otherwise."""
    return name(agreement)


class _Links(TypedDict, total=False):
    """What a card points to besides its question: the deck filter's agreement, the clause."""

    agreement_key: str | None
    clause_key: str | None
    source_keys: tuple[str, ...]


# How each kind is answered and where its distractors come from. Events known only to the
# month or the year are asked as "month" or "year" instead (see `_event_date_card`).
_ASKED: dict[CardKind, tuple[AnswerType, str]] = {
    CardKind.AGREEMENT_DATE: (AnswerType.DATE, "agreement-date"),
    CardKind.DATE_AGREEMENT: (AnswerType.TEXT, "agreement-title"),
    CardKind.AGREEMENT_ERA: (AnswerType.ERA_YEAR, "era-year"),
    CardKind.AGREEMENT_JULIAN: (AnswerType.JULIAN_DATE, "julian-date"),
    CardKind.EVENT_DATE: (AnswerType.DATE, "event-date"),
    CardKind.EVENT_ORDER: (AnswerType.CHOICE, "event-order"),
    CardKind.TERM_JAPANESE: (AnswerType.JAPANESE, "term-japanese"),
    CardKind.JAPANESE_TERM: (AnswerType.TEXT, "term"),
    CardKind.TERM_DEFINITION: (AnswerType.CHOICE, "term-definition"),
    CardKind.CLAUSE_AGREEMENT: (AnswerType.TEXT, "agreement-title"),
    CardKind.CLAUSE_PART: (AnswerType.TEXT, "clause-part"),
    CardKind.CLAUSE_CLOZE: (AnswerType.TEXT, "clause-cloze"),
    CardKind.SIGNATORY_AGREEMENTS: (AnswerType.CHOICE, "agreement-combination"),
    CardKind.PERSON_DEED: (AnswerType.TEXT, "person-name"),
    CardKind.BOOKMARK: (AnswerType.CHOICE, "clause-location"),
}


def _card(
    key: str,
    prompt: str,
    answer: str,
    *,
    explanation: str,
    asked: tuple[AnswerType, str] | None = None,
    accepted: tuple[str, ...] = (),
    options: tuple[str, ...] = (),
    cloze: str = "",
    agreement_key: str | None = None,
    clause_key: str | None = None,
    source_keys: tuple[str, ...] = (),
) -> Card:
    kind = CardKind(key.split(":", 1)[0])
    answer_type, pool = asked or _ASKED[kind]
    return Card(
        key=key,
        kind=kind,
        prompt=prompt,
        answer=answer,
        answer_type=answer_type,
        accepted=tuple(form for form in dict.fromkeys(accepted) if form and form != answer),
        choices_pool=pool,
        agreement_key=agreement_key,
        clause_key=clause_key,
        explanation=explanation,
        source_keys=source_keys,
        options=options,
        cloze=cloze,
    )


# Agreements ------------------------------------------------------------------------------


def agreement_cards(agreements: Sequence[AgreementRecord]) -> Iterator[Card]:
    shared_dates = Counter(agreement.signed for agreement in agreements)
    for agreement in agreements:
        key, title, signed = agreement.key, name(agreement), agreement.signed
        date = format_date(signed)
        common = _Links(agreement_key=key, source_keys=_source_keys(agreement.sources))
        era = _era_year(signed)
        yield _card(
            f"agreement-date:{key}",
            translate("Cards", "When was the {title} signed?").format(title=title),
            date,
            explanation=_signing(agreement, era),
            **common,
        )
        if shared_dates[signed] == 1:
            signed_text = _signed_at(agreement, title)
            summary = first_sentence(prose(agreement, "summary"))
            yield _card(
                f"date-agreement:{key}",
                translate("Cards", "Which agreement was signed on {date}?").format(date=date),
                title,
                explanation=sentences(signed_text, summary),
                accepted=_title_answers(agreement),
                **common,
            )
        if era is not None:
            yield _era_card(agreement, era, common)
        if signed < _RUSSIA_GREGORIAN:
            yield _julian_card(agreement, common)


def _signed_at(agreement: AgreementRecord, title: str) -> str:
    """ "The … was signed at St. Petersburg on 30 July 1907." """
    place = prose(agreement, "place")
    if place:
        text = translate("Cards", "The {title} was signed at {place} on {date}.")
    else:
        text = translate("Cards", "The {title} was signed on {date}.")
    return text.format(title=title, place=place, date=format_date(agreement.signed))


def _signing(agreement: AgreementRecord, era: calendars.EraYear | None) -> str:
    """ "The … (第一次日露協約) was signed at … on 30 July 1907: 17 July 1907 in Russia's
    Julian calendar, Meiji 40 in Japan." """
    signed = agreement.signed
    if is_japanese() or not agreement.title_ja:
        title = name(agreement)
    else:
        title = f"{agreement.title} ({agreement.title_ja})"
    notes = []
    if signed < _RUSSIA_GREGORIAN:
        notes.append(
            translate("Cards", "{date} in Russia's Julian calendar").format(
                date=format_julian(signed)
            )
        )
    if era:
        notes.append(translate("Cards", "{era_year} in Japan").format(era_year=era_year_text(era)))
    place = prose(agreement, "place")
    if notes and place:
        text = translate("Cards", "The {title} was signed at {place} on {date}: {notes}.")
    elif notes:
        text = translate("Cards", "The {title} was signed on {date}: {notes}.")
    else:
        return _signed_at(agreement, title)
    notes_text = translate("i18n", ", ", "between the items of a list but the last two").join(notes)
    return text.format(title=title, place=place, date=format_date(signed), notes=notes_text)


# Russia counted Julian dates until 31 January 1918 (Old Style); the next day was 14 February.
_RUSSIA_GREGORIAN = dt.date(1918, 2, 14)


def _era_year(date: dt.date) -> calendars.EraYear | None:
    return calendars.to_era_year(date) if date >= calendars.FIRST_SUPPORTED_DATE else None


def _era_card(agreement: AgreementRecord, era: calendars.EraYear, common: _Links) -> Card:
    signed = agreement.signed
    title = name(agreement)
    if is_japanese():
        explanation = translate("Cards", "The {title} was signed on {date}, in {era_year}.")
    else:
        explanation = "The {title} was signed on {date}, in {era_year} ({era_japanese})."
    explanation = explanation.format(
        title=title,
        date=format_date(signed),
        era_year=era_year_text(era),
        era_japanese=era.japanese,
    )
    trap = era_trap(signed)
    if trap:
        explanation = sentences(explanation, trap)
    else:
        reason = translate("Cards", "{era_first} was {first_year}, so {year} is {era_year}.")
        explanation = sentences(
            explanation,
            reason.format(
                era_first=era_year_text(calendars.EraYear(era.era, 1)),
                first_year=format_parts(era.era.start.year),
                year=format_parts(signed.year),
                era_year=era_year_text(era),
            ),
        )
    answer = era_year_text(era)
    return _card(
        f"agreement-era:{agreement.key}",
        translate("Cards", "In which year of the Japanese era was the {title} signed?").format(
            title=title
        ),
        answer,
        explanation=explanation,
        accepted=(era.japanese, era.english),
        **common,
    )


def _julian_card(agreement: AgreementRecord, common: _Links) -> Card:
    signed = agreement.signed
    julian = calendars.to_julian(signed)
    gap = signed.toordinal() - dt.date(julian.year, julian.month, 1).toordinal() - julian.day + 1
    return _card(
        f"agreement-julian:{agreement.key}",
        translate(
            "Cards", "What was the date of the {title} in Russia's Julian calendar (Old Style)?"
        ).format(title=name(agreement)),
        format_julian(signed),
        explanation=Cards.tr(
            "Russia kept the Julian calendar until 1918, then %n days behind the Gregorian: "
            "{date} (New Style) was {julian} (Old Style) there.",
            "",
            gap,
        ).format(date=format_date(signed), julian=format_julian(signed)),
        **common,
    )


# Events ----------------------------------------------------------------------------------


def _when(event: EventRecord) -> str:
    """The event's date at its precision: "30 July 1907", "January 1910" or "1910"."""
    date = event.date
    if event.precision == DatePrecision.YEAR:
        return format_parts(date.year)
    if event.precision == DatePrecision.MONTH:
        return format_parts(date.year, date.month)
    return format_date(date)


_ASKED_BY_PRECISION: dict[str, tuple[str, AnswerType, str]] = {
    DatePrecision.DAY: (
        QT_TRANSLATE_NOOP("Cards", "When did this happen? {title}"),
        AnswerType.DATE,
        "event-date",
    ),
    DatePrecision.MONTH: (
        QT_TRANSLATE_NOOP("Cards", "In which month and year did this happen? {title}"),
        AnswerType.MONTH,
        "event-month",
    ),
    DatePrecision.YEAR: (
        QT_TRANSLATE_NOOP("Cards", "In which year did this happen? {title}"),
        AnswerType.YEAR,
        "event-year",
    ),
}


def event_date_card(event: EventRecord) -> Card | None:
    if not event.title:
        return None
    asks = _ASKED_BY_PRECISION.get(event.precision)
    if asks is None:
        return None
    question, answer_type, pool = asks
    when = _when(event)
    if event.end is not None and event.precision == DatePrecision.DAY:
        when_text = translate("Cards", "{start} to {end}").format(
            start=when, end=format_date(event.end)
        )
    else:
        when_text = when
    title = name(event)
    both = f"{event.title} ({event.title_ja})"  # in English, the Japanese name beside
    named = title if is_japanese() or not event.title_ja else both
    description = first_sentence(prose(event, "description"))
    return _card(
        f"event-date:{event.key}",
        translate("Cards", question).format(title=title),
        when,
        asked=(answer_type, pool),
        explanation=translate("Cards", "{title}: {when}. {description}")
        .format(title=named, when=when_text, description=description)
        .strip(),
        source_keys=_source_keys(event.sources),
    )


@dataclass(frozen=True, slots=True)
class Moment:
    """An event or an agreement's signing, as an item on the timeline."""

    key: str
    title: str
    when: str
    first: dt.date  # the first and last day the date can mean at its precision
    last: dt.date
    agreement_key: str | None
    sources: tuple[SourceRecord, ...]


def signing_moment(agreement: AgreementRecord) -> Moment:
    """An agreement's signing, as "which came first" names it."""
    title = translate("Cards", "{title} signed").format(title=name(agreement))
    signed = agreement.signed
    return Moment(
        agreement.key, title, format_date(signed), signed, signed, agreement.key, agreement.sources
    )


def event_moment(event: EventRecord) -> Moment | None:
    """A titled event, as "which came first" names it (None for an untitled one)."""
    if not event.title:
        return None
    first = last = event.date
    if event.precision == DatePrecision.MONTH:
        first = event.date.replace(day=1)
        following = first.replace(year=first.year + first.month // 12, month=first.month % 12 + 1)
        last = following - dt.timedelta(days=1)
    elif event.precision == DatePrecision.YEAR:
        first, last = dt.date(event.date.year, 1, 1), dt.date(event.date.year, 12, 31)
    return Moment(event.key, name(event), _when(event), first, last, None, event.sources)


def _moments(agreements: Sequence[AgreementRecord], events: Sequence[EventRecord]) -> list[Moment]:
    moments = [signing_moment(a) for a in agreements]
    moments += [moment for event in events if (moment := event_moment(event))]
    return sorted(moments, key=lambda moment: (moment.first, moment.key))


_PAIRS_PER_MOMENT = 2
_LOOK_AHEAD = 64  # bounds the search for surely later moments, so pairing stays linear


def order_pairs(
    agreements: Sequence[AgreementRecord], events: Sequence[EventRecord]
) -> Iterator[tuple[Moment, Moment]]:
    """The (earlier, later) pairs that "which came first" asks about, in card order."""
    moments = _moments(agreements, events)
    for index, earlier in enumerate(moments):
        found = 0
        # Stop at the second surely later moment (usually the next two) instead of filtering
        # the whole look-ahead window first: at scale that window was most of the time.
        for later in moments[index + 1 : index + 1 + _LOOK_AHEAD]:
            if later.first > earlier.last:
                yield earlier, later
                found += 1
                if found == _PAIRS_PER_MOMENT:
                    break


def _order_cards(
    agreements: Sequence[AgreementRecord], events: Sequence[EventRecord]
) -> Iterator[Card]:
    for earlier, later in order_pairs(agreements, events):
        yield order_card(earlier, later)


def order_card(earlier: Moment, later: Moment) -> Card:
    key = f"event-order:{earlier.key}:{later.key}"
    # A stable coin toss decides which event the question names first.
    named = (earlier, later) if hashlib.sha256(key.encode()).digest()[0] % 2 else (later, earlier)
    return _card(
        key,
        translate("Cards", "Which came first: “{first}” or “{second}”?").format(
            first=named[0].title, second=named[1].title
        ),
        earlier.title,
        explanation=translate("Cards", "{earlier}: {earlier_when}. {later}: {later_when}.").format(
            earlier=earlier.title,
            earlier_when=earlier.when,
            later=later.title,
            later_when=later.when,
        ),
        agreement_key=earlier.agreement_key or later.agreement_key,
        source_keys=_source_keys(earlier.sources, later.sources),
        options=(named[0].title, named[1].title),
    )


# Terms -----------------------------------------------------------------------------------


def _term_names(term: TermRecord) -> tuple[str, ...]:
    """ "Dalian (Dalny, Dairen)" -> Dalian, Dalny, Dairen; "Resident-General (of Korea)" ->
    Resident-General, Resident-General of Korea; "convention, agreement" -> each word."""
    names: list[str] = []
    base, _, rest = term.term.partition(" (")
    extra = rest.rstrip(")")
    names += [part.strip() for part in base.split(",")]
    if extra:
        if extra.split(" ", 1)[0] in {"of", "in", "at", "on"}:
            names.append(f"{base} {extra}")
        else:
            names += [part.strip() for part in extra.split(",")]
    return tuple(name for name in dict.fromkeys(names) if name and name != term.term)


def term_cards(terms: Sequence[TermRecord]) -> Iterator[Card]:
    shared_kanji = Counter(term.term_ja for term in terms)
    for term in terms:
        sources = _source_keys(term.sources)
        definition = first_sentence(prose(term, "definition"))
        reading = translate("Cards", " ({reading})").format(reading=term.reading)
        reading = reading if term.reading else ""
        if term.term_ja:
            yield _card(
                f"term-japanese:{term.key}",
                translate(
                    "Cards", "How is “{term}” written in Japanese, and how is it read?"
                ).format(term=term.term),
                f"{term.term_ja}{reading}",
                explanation=translate("Cards", "{term}: {japanese}{reading}. {definition}")
                .format(
                    term=term.term, japanese=term.term_ja, reading=reading, definition=definition
                )
                .strip(),
                accepted=tuple(filter(None, (term.term_ja, term.reading))),
                source_keys=sources,
            )
        if term.term_ja and shared_kanji[term.term_ja] == 1:
            yield _card(
                f"japanese-term:{term.key}",
                translate("Cards", "What is {japanese} in English?").format(japanese=term.term_ja),
                term.term,
                explanation=translate("Cards", "{japanese}{reading} is “{term}”. {definition}")
                .format(
                    term=term.term, japanese=term.term_ja, reading=reading, definition=definition
                )
                .strip(),
                accepted=_term_names(term),
                source_keys=sources,
            )
        if definition:
            asked_term = term.term_ja if is_japanese() and term.term_ja else term.term
            yield _card(
                f"term-definition:{term.key}",
                translate("Cards", "What is meant by “{term}”?").format(term=asked_term),
                definition,
                explanation=prose(term, "definition"),
                source_keys=sources,
            )


# Clauses, signatories and bookmarks ------------------------------------------------------


def clause_cards(agreements: Sequence[AgreementRecord]) -> Iterator[Card]:
    agreements_by_title: dict[str, set[str]] = defaultdict(set)
    for agreement in agreements:
        for clause in agreement.clauses:
            agreements_by_title[fold(clause.title)].add(agreement.key)
    for agreement in agreements:
        for clause in _clauses_in_order(agreement):
            common = _Links(
                agreement_key=agreement.key,
                clause_key=clause.key,
                source_keys=_source_keys(clause.sources or agreement.sources),
            )
            place = _place(agreement, clause)
            it_is = translate("Cards", "It is {place}.").format(place=place)
            summary = first_sentence(prose(clause, "summary"))
            if len(agreements_by_title[fold(clause.title)]) == 1:
                yield _card(
                    f"clause-agreement:{clause.key}",
                    translate(
                        "Cards", "Which agreement contains this article? “{title}”: {summary}"
                    ).format(title=prose(clause, "title"), summary=summary),
                    _answer_title(agreement),
                    explanation=it_is,
                    accepted=_title_answers(agreement),
                    **common,
                )
            yield from _cloze_cards(agreement, clause, common)
            part, options = _part_answer(clause.part)
            yield _card(
                f"clause-part:{clause.key}",
                translate(
                    "Cards", "Was this article of the {agreement} public or secret? “{title}”"
                ).format(agreement=name(agreement), title=prose(clause, "title")),
                part,
                explanation=sentences(it_is, summary),
                accepted=_part_accepted(clause.part),
                options=options,
                **common,
            )


def _part_answer(part: str) -> tuple[str, tuple[str, str]]:
    """The answer "Public" or "Secret" (公開, 秘密) and the two options, in that order."""
    public = translate("Cards", "Public", "the answer: a public article")
    secret = translate("Cards", "Secret", "the answer: a secret article")
    return (secret if part == "secret" else public), (public, secret)


def _part_accepted(part: str) -> tuple[str, ...]:
    """Other ways to say the part: "secret article", 秘密条項, 秘密協約, and the English."""
    forms = [f"{part} article", f"{part} convention", part.capitalize()]
    if part in ("public", "secret"):
        japanese = "秘密" if part == "secret" else "公開"
        forms += [japanese, f"{japanese}条項", f"{japanese}協約", f"{japanese}条約"]
    return tuple(forms)


_GAP = "[…]"


def cloze_text(summary: str, hidden: str) -> str:
    """The summary with the first place of `hidden` left out as a gap."""
    return summary.replace(hidden, _GAP, 1)


def _cloze_cards(
    agreement: AgreementRecord, clause: ClauseRecord, common: _Links
) -> Iterator[Card]:
    """One card for each key fact marked in the clause's content: its summary with the fact
    left out. The title is not shown: it often names the very fact ("… at the meridian of
    Peking")."""
    place = _place(agreement, clause)
    summary = prose(clause, "summary")
    hiddens = spans(clause, "clozes")
    if summary != clause.summary and len(hiddens) != len(clause.clozes):
        summary, hiddens = clause.summary, clause.clozes  # the twins do not match: English
    for number, (hidden, english) in enumerate(zip(hiddens, clause.clozes, strict=True), 1):
        yield _card(
            f"clause-cloze:{clause.key}:{number}",
            translate("Cards", "Fill the gap in {place}: “{text}”").format(
                place=place, text=cloze_text(summary, hidden)
            ),
            hidden,
            explanation=translate("Cards", "It is {place}: {summary}").format(
                place=place, summary=summary
            ),
            # A date left out is checked as a date, in any form; anything else as text.
            asked=(AnswerType.DATE if read_date(hidden) else AnswerType.TEXT, "clause-cloze"),
            accepted=(english,),
            cloze=summary.replace(hidden, f"{{{{c1::{hidden}}}}}", 1),
            **common,
        )


def _clauses_in_order(agreement: AgreementRecord) -> list[ClauseRecord]:
    return sorted(agreement.clauses, key=lambda c: (c.part != PUBLIC, c.number, c.key))


def _place(agreement: AgreementRecord, clause: ClauseRecord) -> str:
    """ "secret Article II of the Third Russo-Japanese Agreement (8 July 1912)"."""
    return translate("Cards", "{part} {label} of the {agreement} ({date})").format(
        part=part_name(clause.part),
        label=clause_label(clause.label),
        agreement=name(agreement),
        date=format_date(agreement.signed),
    )


def _location(agreement: AgreementRecord, part: str) -> str:
    return translate("Cards", "{agreement}, {part} articles").format(
        agreement=name(agreement), part=part_name(part)
    )


def signatory_cards(agreements: Sequence[AgreementRecord]) -> Iterator[Card]:
    signed: dict[str, list[AgreementRecord]] = defaultdict(list)
    people: dict[str, SignatoryRecord] = {}
    for agreement in agreements:
        for signatory in agreement.signatories:
            people.setdefault(signatory.person_key, signatory)
            theirs = signed[signatory.person_key]
            if not theirs or theirs[-1] is not agreement:  # listed twice on one agreement
                theirs.append(agreement)
    for person_key, person in people.items():
        theirs = signed[person_key]
        who = _person_name(person.name, person.name_ja)
        one = translate("Cards", "the {agreement} ({date})")
        listed = join_labels(
            [one.format(agreement=name(a), date=format_date(a.signed)) for a in theirs]
        )
        yield _card(
            f"signatory-agreements:{person_key}",
            translate("Cards", "Which of the agreements did {name} sign for {country}?").format(
                name=name(person, "name"), country=country_name(person.country)
            ),
            join_labels([_short_label(a) for a in theirs]),
            explanation=translate("Cards", "{name} signed {agreements}.").format(
                name=who, agreements=listed
            ),
            agreement_key=theirs[0].key if len(theirs) == 1 else None,
            source_keys=_source_keys(person.sources),
        )


# People: who signed, who decided, who opposed -----------------------------------------------

_ASKED_AS = {  # deed verb -> how the question asks about it
    "signed": "Who signed",
    "negotiated": "Who negotiated",
    "proposed": "Who proposed",
    "decided": "Who decided",
    "accepted": "Who accepted",
    "opposed": "Who opposed",
    "supported": "Who supported",
}


def _person_answers(person: PersonRecord) -> tuple[str, ...]:
    """Other ways to name a person: the Japanese, English and native names and the short
    name ("Motono", "Witte", "Georgii Mikhailovich")."""
    return (person.name_ja, person.name, person.name_native, person.short_name)


def _person_name(english: str, japanese: str) -> str:
    """ "Motono Ichirō (本野一郎)" in English; 本野一郎 in Japanese."""
    if is_japanese():
        return japanese or english
    return f"{english} ({japanese})" if japanese else english


def _deed_prompt(deed: DeedRecord, when: str) -> tuple[str, str]:
    """The question about a deed and the deed as a sentence's predicate, in the language."""
    text_ja = getattr(deed, "text_ja", "")
    if is_japanese() and text_ja:
        year = "" if str(deed.year) in text_ja else f"（{deed.year}年）"
        return f"{text_ja}のは誰か。{year}", f"{text_ja}{year}"
    asked = _ASKED_AS.get(deed.verb, f"Who {deed.verb}")
    return f"{asked} {deed.what}?{when}", f"{deed.verb} {deed.what}{when}"


def shared_deeds(people: Sequence[PersonRecord]) -> set[tuple[str, str]]:
    """The deeds (verb, what) written more than once, word for word, among `people`."""
    doers = Counter((deed.verb, deed.what) for person in people for deed in person.deeds)
    return {deed for deed, count in doers.items() if count > 1}


def person_deed_cards(
    people: Sequence[PersonRecord], shared: set[tuple[str, str]]
) -> Iterator[Card]:
    """ "Who signed the Treaty of Portsmouth for Japan? (1905)" for each deed of each person.

    A deed two people share word for word (in `shared`) is not asked: it has no single answer.
    """
    for person in people:
        asked: Counter[str] = Counter()
        for deed in person.deeds:
            if (deed.verb, deed.what) in shared:
                continue
            slug = f"{deed.verb}-{deed.year}"
            asked[slug] += 1
            key = f"person-deed:{person.key}:{slug}" + (
                f"-{asked[slug]}" if asked[slug] > 1 else ""
            )
            when = "" if str(deed.year) in deed.what else f" ({deed.year})"
            prompt, predicate = _deed_prompt(deed, when)
            yield _card(
                key,
                prompt,
                name(person, "name"),
                explanation=translate("Cards", "{name} {deed}. {description}")
                .format(
                    name=_person_name(person.name, person.name_ja),
                    deed=predicate,
                    description=first_sentence(prose(person, "description")),
                )
                .strip(),
                accepted=_person_answers(person),
                source_keys=_source_keys(deed.sources, person.sources),
            )


def bookmark_cards(
    agreements: Sequence[AgreementRecord], bookmarked: frozenset[str]
) -> Iterator[Card]:
    for index, agreement in enumerate(agreements):
        marked = [clause for clause in _clauses_in_order(agreement) if clause.key in bookmarked]
        # The places offered as choices: the parts of this agreement and of its neighbours.
        nearby = agreements[max(0, index - 2) : index + 3] if marked else ()
        places = tuple(
            _location(other, part)
            for other in nearby
            for part in dict.fromkeys(clause.part for clause in _clauses_in_order(other))
        )
        for clause in marked:
            yield _card(
                f"bookmark:{clause.key}",
                translate(
                    "Cards",
                    "Your bookmark: “{title}”: {summary} Which agreement is it in, and in which "
                    "part?",
                ).format(
                    title=prose(clause, "title"), summary=first_sentence(prose(clause, "summary"))
                ),
                _location(agreement, clause.part),
                explanation=translate("Cards", "It is {place}.").format(
                    place=_place(agreement, clause)
                ),
                agreement_key=agreement.key,
                clause_key=clause.key,
                source_keys=_source_keys(clause.sources or agreement.sources),
                options=places,
            )
