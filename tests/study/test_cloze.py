"""Cloze cards: every clause has one that hides a key fact marked by hand in the content, and
they go to Anki as real cloze notes and to CSV."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import genanki  # type: ignore[import-untyped]
import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

from studyapp import paths
from studyapp.content.builder import BuildError, load_content, validate
from studyapp.content.database import read_content
from studyapp.study.answers import check_answer
from studyapp.study.cards import Card, generate_cards
from studyapp.study.export import export_apkg, export_csv
from studyapp.study.vocabulary import AnswerType, CardKind
from tests.conftest import ROOT

CONTENT_DIR = ROOT / "db" / "content"


@pytest.fixture(scope="module")
def cards() -> list[Card]:
    return generate_cards(read_content(paths.content_db_path()))


def clozes(cards: list[Card]) -> list[Card]:
    return [card for card in cards if card.kind == CardKind.CLAUSE_CLOZE]


def test_every_clause_has_a_cloze_card_that_hides_a_marked_span(cards: list[Card]) -> None:
    content = read_content(paths.content_db_path())
    clauses = [clause for agreement in content.agreements for clause in agreement.clauses]
    by_clause = {card.clause_key for card in clozes(cards)}
    assert by_clause == {clause.key for clause in clauses}
    for clause in clauses:
        assert clause.clozes, clause.key
        for number, hidden in enumerate(clause.clozes, start=1):
            card = next(c for c in cards if c.key == f"clause-cloze:{clause.key}:{number}")
            assert card.answer == hidden
            assert hidden not in card.prompt  # the gap really hides it
            assert "[…]" in card.prompt
            assert clause.title not in card.prompt  # the title often names the fact
            assert card.cloze == clause.summary.replace(hidden, "{{c1::" + hidden + "}}", 1)
            assert card.source_keys  # sourced like the clause


def test_the_meridian_of_peking_is_asked(cards: list[Card]) -> None:
    card = next(c for c in cards if c.key == "clause-cloze:third-1912-secret-2:1")
    assert card.answer == "the meridian of Peking"
    assert "Inner Mongolia was split into two parts by […]" in card.prompt
    assert check_answer(card, "meridian of peking").correct
    assert not check_answer(card, "the meridian 122° east").correct


def test_a_date_left_out_is_checked_as_a_date(cards: list[Card]) -> None:
    card = next(c for c in clozes(cards) if c.answer == "14 July 1921")
    assert card.answer_type == AnswerType.DATE
    assert check_answer(card, "1921-07-14").correct
    assert check_answer(card, "大正10年7月14日").correct


@pytest.mark.parametrize(
    ("cloze", "problem"),
    [
        ([], "has no cloze"),
        (["Inner Mongolia"], "is not in the summary"),
        ([""], "non-empty"),
    ],
)
def test_the_build_refuses_a_clause_without_a_fitting_cloze(cloze: list[str], problem: str) -> None:
    content = load_content(CONTENT_DIR)
    agreement = content.of("agreement")[0]
    clause = agreement["clause"][0]
    clause["cloze"] = cloze
    with pytest.raises(BuildError) as raised:
        validate(content)
    assert problem in str(raised.value)


@pytest.fixture
def collection(tmp_path: Path) -> Iterator[Collection]:
    (tmp_path / "anki").mkdir()
    opened = Collection(str(tmp_path / "anki" / "collection.anki2"))
    yield opened
    opened.close()


def test_cloze_cards_are_real_anki_cloze_notes(
    tmp_path: Path, collection: Collection, cards: list[Card]
) -> None:
    chosen = clozes(cards)
    path = tmp_path / "cloze.apkg"
    export_apkg(chosen, path)
    collection.import_anki_package(
        ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    )
    note_ids = collection.find_notes("")
    assert len(note_ids) == len(chosen)
    guids = set()
    for note_id in note_ids:
        note = collection.get_note(note_id)
        note_type = note.note_type()
        assert note_type is not None and note_type["type"] == 1  # Anki's cloze note type
        assert "{{c1::" in note["Text"]
        guids.add(note.guid)
        (card,) = note.cards()
        assert "[...]" in card.question()
    assert guids == {genanki.guid_for(card.key) for card in chosen}


def test_cloze_cards_go_to_csv_with_their_anki_markup(tmp_path: Path, cards: list[Card]) -> None:
    path = tmp_path / "cloze.csv"
    export_csv(clozes(cards), path)
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert len(rows) == len(clozes(cards))
    assert all(row["kind"] == "clause-cloze" and "{{c1::" in row["cloze"] for row in rows)
