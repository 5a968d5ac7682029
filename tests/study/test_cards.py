"""Cards from the bundled content: kinds, stable keys, bookmarks, choices and the era trap."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import random
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from studyapp import paths
from studyapp.content.database import read_content
from studyapp.content.records import (
    AgreementRecord,
    ClauseRecord,
    Content,
    EventRecord,
    SignatoryRecord,
    TermRecord,
)
from studyapp.study.answers import check_answer, compact_text
from studyapp.study.cards import CARD_KINDS, Card, choices_for, generate_cards
from studyapp.study.dates import era_year_exists, parse_era_year, read_date
from studyapp.study.vocabulary import AnswerType, CardKind
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def content() -> Content:
    return read_content(paths.content_db_path())


@pytest.fixture(scope="module")
def cards(content: Content) -> list[Card]:
    return generate_cards(content)


def by_key(cards: list[Card]) -> dict[str, Card]:
    return {card.key: card for card in cards}


# Generation ------------------------------------------------------------------------------


def test_every_kind_is_generated_from_the_real_content(cards: list[Card]) -> None:
    kinds = Counter[str](card.kind for card in cards)
    assert set(kinds) == set(CARD_KINDS) - {"bookmark"}


def test_counts_per_kind_follow_the_content(content: Content, cards: list[Card]) -> None:
    kinds = Counter[str](card.kind for card in cards)
    agreements = len(content.agreements)
    clauses = [clause for agreement in content.agreements for clause in agreement.clauses]
    people = {s.person_key for agreement in content.agreements for s in agreement.signatories}
    for kind in ("agreement-date", "date-agreement", "agreement-era", "agreement-julian"):
        assert kinds[kind] == agreements
    assert kinds["event-date"] == len(content.events)
    assert kinds["term-japanese"] == sum(1 for term in content.terms if term.term_ja)
    assert kinds["term-definition"] == len(content.terms)
    assert kinds["japanese-term"] == len({term.term_ja for term in content.terms})
    assert kinds["clause-part"] == len(clauses)
    # Every agreement ends with "The convention is to stay secret": that question has no
    # single answer, so those clauses, one an agreement, get no "which agreement" card.
    secrecy = [clause for clause in clauses if clause.title == "The convention is to stay secret"]
    assert len(secrecy) == agreements
    assert kinds["clause-agreement"] == len(clauses) - len(secrecy)
    assert kinds["signatory-agreements"] == len(people)
    moments = agreements + len(content.events)
    assert moments < kinds["event-order"] <= 2 * moments


def test_cards_count_the_content_they_are_made_from(
    small_content_db: Callable[..., Path],
) -> None:
    # 5 agreements of 3 clauses, 4 events and 3 terms, 2 people signing each (content_factory).
    content = read_content(small_content_db(agreements=5, clauses=3, events=4, terms=3))
    kinds = Counter[str](card.kind for card in generate_cards(content))
    for kind in ("agreement-date", "date-agreement", "agreement-era", "agreement-julian"):
        assert kinds[kind] == 5
    assert kinds["clause-part"] == kinds["clause-agreement"] == 15  # every title is its own
    assert kinds["event-date"] == 4
    assert kinds["term-definition"] == 3
    assert kinds["signatory-agreements"] == 2


def test_keys_are_unique_and_name_their_kind(cards: list[Card]) -> None:
    keys = [card.key for card in cards]
    assert len(keys) == len(set(keys))
    for card in cards:
        assert card.key.split(":", 1)[0] == card.kind
        assert card.kind in CARD_KINDS
        assert card.prompt and card.answer and card.explanation


def test_two_generations_are_equal(content: Content, cards: list[Card]) -> None:
    assert generate_cards(content) == cards


def test_the_order_of_the_content_rows_does_not_matter(content: Content, cards: list[Card]) -> None:
    shuffled = dataclasses.replace(
        content,
        agreements=content.agreements[::-1],
        events=content.events[::-1],
        terms=content.terms[::-1],
    )
    assert generate_cards(shuffled) == cards


def test_a_new_build_with_edited_texts_keeps_every_key(content: Content, cards: list[Card]) -> None:
    edited = dataclasses.replace(
        content,
        agreements=tuple(
            dataclasses.replace(a, summary=a.summary + " More.", place="Elsewhere")
            for a in content.agreements
        ),
        terms=tuple(
            dataclasses.replace(t, definition="Changed. " + t.definition) for t in content.terms
        ),
        events=tuple(dataclasses.replace(e, description="New text.") for e in content.events),
    )
    rebuilt = generate_cards(edited)
    assert [card.key for card in rebuilt] == [card.key for card in cards]
    assert rebuilt != cards


def test_a_new_event_keeps_every_key_but_the_pairs_around_it(
    content: Content, cards: list[Card]
) -> None:
    new_event = dataclasses.replace(content.events[0], key="new-event", date=dt.date(1920, 1, 1))
    grown = dataclasses.replace(content, events=(*content.events, new_event))
    old_keys = {card.key for card in cards}
    new_keys = {card.key for card in generate_cards(grown)}
    lost = old_keys - new_keys
    assert "event-date:new-event" in new_keys
    assert all(key.startswith("event-order:") for key in lost)
    assert len(lost) <= 2


def test_bookmarked_clauses_and_only_those_get_bookmark_cards(content: Content) -> None:
    marked = ["third-1912-secret-2", "first-1907-public-1", "no-such-clause"]
    cards = generate_cards(content, marked)
    bookmarks = [card for card in cards if card.kind == "bookmark"]
    assert [card.clause_key for card in bookmarks] == ["first-1907-public-1", "third-1912-secret-2"]
    assert generate_cards(content, reversed(marked)) == cards
    third = by_key(cards)["bookmark:third-1912-secret-2"]
    assert third.answer == "Third Russo-Japanese Agreement, secret articles"
    assert third.agreement_key == "third-1912"
    assert third.answer in third.options
    assert [card for card in cards if card.kind != "bookmark"] == generate_cards(content)


def test_no_bookmarks_no_bookmark_cards(cards: list[Card]) -> None:
    assert not [card for card in cards if card.kind == "bookmark"]


# What the cards say ----------------------------------------------------------------------


def test_the_second_agreement_date_card(cards: list[Card]) -> None:
    card = by_key(cards)["agreement-date:second-1910"]
    assert card.prompt == "When was the Second Russo-Japanese Agreement signed?"
    assert (card.answer, card.answer_type) == ("4 July 1910", "date")
    assert "21 June 1910" in card.explanation  # the Julian date, computed


def test_the_third_agreement_era_card_says_meiji_45_and_explains_the_trap(
    cards: list[Card],
) -> None:
    card = by_key(cards)["agreement-era:third-1912"]
    assert (card.answer, card.answer_type) == ("Meiji 45", "era-year")
    assert "明治45年" in card.accepted
    assert "Taishō era began only on 30 July 1912" in card.explanation
    assert "three weeks" in card.explanation
    assert check_answer(card, "大正元年").near_miss


def test_an_era_card_without_a_trap_explains_the_count(cards: list[Card]) -> None:
    card = by_key(cards)["agreement-era:first-1907"]
    assert card.answer == "Meiji 40"
    assert "Mind the trap" not in card.explanation
    assert "1868" in card.explanation


def test_the_julian_card_of_the_first_agreement(cards: list[Card]) -> None:
    card = by_key(cards)["agreement-julian:first-1907"]
    assert (card.answer, card.answer_type) == ("17 July 1907", "julian-date")
    assert "13 days" in card.explanation


def test_the_clause_card_about_the_meridian_of_peking(cards: list[Card]) -> None:
    card = by_key(cards)["clause-agreement:third-1912-secret-2"]
    assert "meridian of Peking" in card.prompt
    assert card.answer == "Third Russo-Japanese Agreement"
    assert check_answer(card, "third").correct
    assert check_answer(card, "第三次日露協約").correct
    assert by_key(cards)["clause-part:third-1912-secret-2"].answer == "Secret"


def test_sazonov_signed_the_third_and_fourth(cards: list[Card]) -> None:
    card = by_key(cards)["signatory-agreements:sergei-sazonov"]
    assert card.prompt == "Which of the agreements did Sergei Sazonov sign for Russia?"
    assert card.answer == "Third (1912) and Fourth (1916)"
    assert card.answer_type == "choice"


def test_a_term_card_takes_kanji_and_reading(cards: list[Card]) -> None:
    card = by_key(cards)["term-japanese:russo-japanese-agreement"]
    assert card.answer == "日露協約 (Nichi-Ro kyōyaku)"
    assert card.answer_type == "japanese"
    for typed in ("日露協約", "Nichi-Ro kyoyaku", "nichiro kyouyaku"):
        assert check_answer(card, typed).correct
    assert by_key(cards)["term-definition:russo-japanese-agreement"].answer_type == "choice"


def test_a_month_precision_event_asks_for_month_and_year(cards: list[Card]) -> None:
    card = by_key(cards)["event-date:knox-proposal-rejected-1910"]
    assert (card.answer, card.answer_type) == ("January 1910", "month")
    assert card.prompt.startswith("In which month and year")


def test_which_came_first_names_the_earlier_event_as_the_answer(
    content: Content, cards: list[Card]
) -> None:
    dates = {event.key: event.date for event in content.events}
    dates |= {agreement.key: agreement.signed for agreement in content.agreements}
    order_cards = [card for card in cards if card.kind == "event-order"]
    first_named: Counter[bool] = Counter()
    for card in order_cards:
        _, earlier, later = card.key.split(":")
        assert dates[earlier] < dates[later]
        assert card.answer in card.options and len(card.options) == 2
        first_named[card.options[0] == card.answer] += 1
    # The question does not always name the answer first.
    assert first_named[True] and first_named[False]


def test_every_canonical_and_accepted_answer_is_accepted(cards: list[Card]) -> None:
    for card in cards:
        for form in (card.answer, *card.accepted):
            assert check_answer(card, form).correct, (card.key, form)


# Choices ---------------------------------------------------------------------------------


def test_choices_hold_the_answer_once_and_no_duplicates(content: Content) -> None:
    cards = generate_cards(content, ["third-1912-secret-2"])
    for seed in range(5):
        rng = random.Random(seed)
        for card in cards:
            choices = choices_for(card, cards, rng)
            folded = [compact_text(choice) for choice in choices]
            assert choices.count(card.answer) == 1, card.key
            assert len(set(folded)) == len(folded), (card.key, choices)
            assert 2 <= len(choices) <= 4, (card.key, choices)
            wrong = [choice for choice in choices if choice != card.answer]
            assert not any(check_answer(card, choice).correct for choice in wrong), card.key


def test_choices_are_of_the_same_kind_as_the_answer(cards: list[Card]) -> None:
    titles = {card.answer for card in cards if card.choices_pool == "agreement-title"}
    rng = random.Random(1907)
    for card in cards:
        choices = choices_for(card, cards, rng)
        if card.answer_type in ("date", "julian-date", "month", "year"):
            julian = card.answer_type == "julian-date"
            readings = [read_date(choice, julian=julian) for choice in choices]
            assert all(reading is not None for reading in readings), choices
            assert len({reading.parts.count(None) for reading in readings if reading}) == 1
        elif card.answer_type == "era-year":
            era_years = [parse_era_year(choice) for choice in choices]
            assert all(e is not None and era_year_exists(e) for e in era_years), choices
        elif card.choices_pool == "agreement-title":
            assert set(choices) <= titles
        assert len(choices) == 4 or card.options, (card.key, choices)


def test_the_third_agreement_era_choices_are_the_neighbouring_years(cards: list[Card]) -> None:
    card = by_key(cards)["agreement-era:third-1912"]
    for seed in range(10):
        choices = choices_for(card, cards, random.Random(seed))
        assert "Taishō 1" in choices
        assert set(choices) <= {"Meiji 43", "Meiji 44", "Meiji 45", "Taishō 1", "Taishō 2"}


def test_the_julian_choices_hold_the_gregorian_trap(cards: list[Card]) -> None:
    card = by_key(cards)["agreement-julian:third-1912"]
    assert "8 July 1912" in choices_for(card, cards, random.Random(0))


def test_date_choices_stay_near_the_answer(cards: list[Card]) -> None:
    card = by_key(cards)["event-date:knox-proposal-rejected-1910"]
    for seed in range(10):
        for choice in choices_for(card, cards, random.Random(seed)):
            reading = read_date(choice)
            assert reading is not None and abs(reading.year - 1910) <= 5


def test_choices_are_reproducible_with_the_same_seed(cards: list[Card]) -> None:
    first = [choices_for(card, cards, random.Random(7)) for card in cards]
    assert [choices_for(card, cards, random.Random(7)) for card in cards] == first


def test_a_fixed_pair_is_offered_in_the_order_of_the_question(cards: list[Card]) -> None:
    card = next(card for card in cards if card.kind == "event-order")
    assert choices_for(card, cards, random.Random(3)) == list(card.options)


def test_a_pool_too_small_is_filled_by_computed_dates() -> None:
    card = Card(
        key="agreement-date:only",
        kind=CardKind.AGREEMENT_DATE,
        prompt="When?",
        answer="30 July 1907",
        answer_type=AnswerType.DATE,
        accepted=(),
        choices_pool="agreement-date",
        agreement_key="only",
        clause_key=None,
        explanation="",
        source_keys=(),
    )
    choices = choices_for(card, [card], random.Random(0))
    assert len(choices) == 4
    readings = [read_date(choice) for choice in choices]
    assert all(reading is not None and abs(reading.year - 1907) <= 1 for reading in readings)
    assert "17 July 1907" in choices  # the Julian date of the same day, a classic slip


# Scale -----------------------------------------------------------------------------------


def synthetic_content(agreements: int, events: int, terms: int) -> Content:
    """Made-up content of any size, in the shape of the real one."""
    rng = random.Random(1907)
    start = dt.date(1900, 1, 1).toordinal()

    def day() -> dt.date:
        return dt.date.fromordinal(start + rng.randrange(9000))

    people = [
        SignatoryRecord(f"person-{n}", f"Person {n}", "", rng.choice(["Japan", "Russia"]), "", ())
        for n in range(40)
    ]
    made = []
    for n in range(agreements):
        key = f"agreement-{n}"
        clauses = tuple(
            ClauseRecord(
                f"{key}-{part}-{i}",
                key,
                part,
                i,
                f"Article {i}",
                f"Clause {n}.{part}.{i}",
                f"Summary of {n}.{i}. More.",
                (),
                (),
            )
            for part in ("public", "secret")
            for i in range(1, 5)
        )
        made.append(
            AgreementRecord(
                key,
                n + 1,
                f"Agreement {n}",
                f"協約{n}",
                day(),
                "",
                "Summary.",
                "",
                "",
                tuple(rng.sample(people, 2)),
                clauses,
                (),
            )
        )
    return Content(
        agreements=tuple(made),
        events=tuple(
            EventRecord(
                f"event-{n}",
                day(),
                rng.choice(["day", "day", "month", "year"]),
                None,
                "other",
                f"Event {n}",
                "",
                "Described. More.",
                (),
            )
            for n in range(events)
        ),
        eras=(),
        terms=tuple(
            TermRecord(f"term-{n}", f"Term {n}", f"用語{n}", f"yōgo {n}", f"Defined {n}. More.", ())
            for n in range(terms)
        ),
        topics=(),
    )


def test_ten_thousand_cards_are_generated_with_unique_keys_and_working_choices() -> None:
    content = synthetic_content(agreements=300, events=1500, terms=500)
    cards = generate_cards(content, [f"agreement-{n}-secret-1" for n in range(0, 300, 10)])
    assert len(cards) >= 10_000
    assert len({card.key for card in cards}) == len(cards)
    rng = random.Random(0)
    for card in cards[::97]:
        choices = choices_for(card, cards, rng)
        assert choices.count(card.answer) == 1
        assert check_answer(card, card.answer).correct


@pytest.mark.slow
def test_cards_and_choices_do_not_depend_on_the_hash_seed() -> None:
    code = (
        "import hashlib, random\n"
        "from studyapp import paths\n"
        "from studyapp.content.database import read_content\n"
        "from studyapp.study.cards import choices_for, generate_cards\n"
        "content = read_content(paths.content_db_path())\n"
        "cards = generate_cards(content, ['third-1912-secret-2'])\n"
        "rng = random.Random(5)\n"
        "text = repr(cards) + repr([choices_for(card, cards, rng) for card in cards])\n"
        "print(hashlib.sha256(text.encode()).hexdigest())\n"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("Japan agreed. Russia too.", "Japan agreed."),
        ("Philander C. Knox proposed it. Both refused.", "Philander C. Knox proposed it."),
        ("Signed at St. Petersburg. Kept secret.", "Signed at St. Petersburg."),
        ("Was it secret? Yes.", "Was it secret?"),
        ("It ended in 1917. 1918 began.", "It ended in 1917."),
        ("One sentence only", "One sentence only"),
        ("Ends with a stop.", "Ends with a stop."),
    ],
)
def test_the_first_sentence_stops_at_a_full_stop_not_an_initial(text: str, sentence: str) -> None:
    from studyapp.study.cards import first_sentence

    assert first_sentence(text) == sentence
