"""Exporting cards: an Anki package the real Anki imports (and updates), CSV, and the CLI."""

from __future__ import annotations

import csv
import dataclasses
import html
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import genanki  # type: ignore[import-untyped]
import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

from studyapp import paths
from studyapp.errors import UserDataError
from studyapp.study import export
from studyapp.study.cards import Card
from studyapp.study.export import CSV_COLUMNS, DECK_NAME, MODEL_ID, export_apkg, export_csv
from studyapp.userdata.bookmarks import save_bookmark
from studyapp.userdata.store import UserStore
from tests.conftest import ROOT

AN_HOUR_AGO = time.time() - 3600


def make_card(key: str, kind: str, prompt: str, answer: str, **fields: object) -> Card:
    values: dict[str, object] = {
        "key": key,
        "kind": kind,
        "prompt": prompt,
        "answer": answer,
        "answer_type": "text",
        "accepted": (),
        "choices_pool": kind,
        "agreement_key": "first-1907",
        "clause_key": None,
        "explanation": "",
        "source_keys": ("gaimusho-nichiro", "price-1933"),
    }
    values.update(fields)
    return Card(**values)  # type: ignore[arg-type]


CARDS = [
    make_card(
        "agreement-date:first-1907",
        "agreement-date",
        "When was the First Russo-Japanese Agreement signed?",
        "30 July 1907",
        answer_type="date",
        explanation="Signed in St. Petersburg; 17 July 1907 in the Julian calendar.",
    ),
    make_card(
        "term-japanese:nichiro-kyoyaku",
        "term-japanese",
        "Russo-Japanese Agreement: in Japanese?",
        "日露協約",
        answer_type="japanese",
        accepted=("にちろきょうやく", "Nichiro Kyōyaku"),
        agreement_key=None,
    ),
    make_card(
        "clause-part:first-1907-secret-1",
        "clause-part",
        "Was the <Article 1> line in Manchuria public & open, or secret?",
        "secret",
        answer_type="choice",
        clause_key="first-1907-secret-1",
    ),
]


@pytest.fixture
def collection(tmp_path: Path) -> Iterator[Collection]:
    (tmp_path / "anki").mkdir()
    opened = Collection(str(tmp_path / "anki" / "collection.anki2"))
    yield opened
    opened.close()


def import_package(collection: Collection, path: Path) -> None:
    request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    collection.import_anki_package(request)


def notes_by_key(collection: Collection) -> dict[str, dict[str, str]]:
    notes = [collection.get_note(note_id) for note_id in collection.find_notes("")]
    return {note["Key"]: {"guid": note.guid, **dict(note.items())} for note in notes}


def test_the_package_opens_in_anki_with_a_note_per_card(
    tmp_path: Path, collection: Collection
) -> None:
    path = tmp_path / "deck.apkg"
    export_apkg(CARDS, path, timestamp=AN_HOUR_AGO)
    import_package(collection, path)

    notes = notes_by_key(collection)
    assert set(notes) == {card.key for card in CARDS}
    for card in CARDS:
        note = notes[card.key]
        assert note["guid"] == genanki.guid_for(card.key)
        assert note["Front"] == html.escape(card.prompt)
        assert note["Kind"] == card.kind
        assert note["Sources"] == "gaimusho-nichiro; price-1933"
        assert html.escape(card.answer) in note["Back"]
    assert "&lt;Article 1&gt;" in notes["clause-part:first-1907-secret-1"]["Front"]
    assert "にちろきょうやく" in notes["term-japanese:nichiro-kyoyaku"]["Back"]
    assert "Julian" in notes["agreement-date:first-1907"]["Back"]

    imported = collection.get_note(collection.find_notes("")[0])
    assert imported.mid == MODEL_ID
    assert DECK_NAME in [deck.name for deck in collection.decks.all_names_and_ids()]


def test_importing_an_updated_package_updates_the_notes_without_copies(
    tmp_path: Path, collection: Collection
) -> None:
    path = tmp_path / "deck.apkg"
    export_apkg(CARDS, path, timestamp=AN_HOUR_AGO)
    import_package(collection, path)

    corrected = dataclasses.replace(CARDS[0], answer="30 July 1907 (17 July, Julian)")
    added = make_card("event-date:portsmouth-1905", "event-date", "Treaty of Portsmouth?", "1905")
    export_apkg([corrected, *CARDS[1:], added], path)  # the package is newer now
    import_package(collection, path)

    notes = notes_by_key(collection)
    assert len(collection.find_notes("")) == len(CARDS) + 1
    assert "17 July, Julian" in notes[corrected.key]["Back"]
    assert notes[added.key]["Front"] == "Treaty of Portsmouth?"


def test_the_csv_reads_back_with_the_csv_module(tmp_path: Path) -> None:
    path = tmp_path / "cards.csv"
    export_csv(CARDS, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # so Excel reads the Japanese
    with path.open(encoding="utf-8-sig", newline="") as file:
        reader = csv.DictReader(file)
        assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
        rows = list(reader)
    assert [row["key"] for row in rows] == [card.key for card in CARDS]
    japanese = rows[1]
    assert japanese["answer"] == "日露協約"
    assert japanese["accepted"].split("; ") == ["にちろきょうやく", "Nichiro Kyōyaku"]
    assert japanese["agreement"] == ""
    assert rows[2]["prompt"] == CARDS[2].prompt  # commas, quotes and <> come back as written
    assert rows[0]["sources"] == "gaimusho-nichiro; price-1933"


@pytest.mark.parametrize("write", [export_apkg, export_csv])
def test_an_unwritable_path_gives_one_clear_line(tmp_path: Path, write: object) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    for path in (tmp_path / "missing" / "deck", a_file / "deck", tmp_path):
        with pytest.raises(UserDataError) as raised:
            write(CARDS, path)  # type: ignore[operator]
        message = str(raised.value)
        assert message.startswith(f"Cannot write {path}: ")
        assert "\n" not in message
    assert sorted(tmp_path.iterdir()) == [a_file]  # no temporary file left behind


def test_a_failed_export_leaves_the_previous_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "deck.apkg"
    export_apkg(CARDS, path)
    before = path.read_bytes()

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(genanki.Package, "write_to_db", full_disk)
    with pytest.raises(UserDataError, match="No space left on device"):
        export_apkg(CARDS[:1], path)
    assert path.read_bytes() == before
    assert sorted(tmp_path.iterdir()) == [path]


def test_two_cards_with_one_key_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="share a key"):
        export.export_csv([CARDS[0], CARDS[0]], tmp_path / "cards.csv")


# The command line, with the real content and cards.


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=dict(os.environ),
        timeout=120,
        check=False,
    )


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


@pytest.mark.slow
def test_export_csv_on_the_command_line_with_filters_and_bookmarks(tmp_path: Path) -> None:
    store = UserStore.open(paths.user_db_path())
    save_bookmark(store, "second-1910-secret-1", "spheres")
    store.close()

    everything = tmp_path / "all.csv"
    result = run_cli("export-csv", str(everything))
    assert result.returncode == 0, result.stderr
    rows = read_csv(everything)
    assert result.stdout == f"Wrote {len(rows)} cards to {everything}\n"
    assert {row["kind"] for row in rows} >= {"agreement-date", "term-japanese", "bookmark"}
    bookmark_rows = [row for row in rows if row["kind"] == "bookmark"]
    assert len(bookmark_rows) == 1 and "second-1910-secret-1" in bookmark_rows[0]["key"]

    some = tmp_path / "some.csv"
    result = run_cli(
        "export-csv", str(some), "--agreement", "first-1907", "--kind", "agreement-date"
    )
    assert result.returncode == 0, result.stderr
    filtered = read_csv(some)
    assert filtered and all(row["kind"] == "agreement-date" for row in filtered)
    assert {row["agreement"] for row in filtered} == {"first-1907"}


@pytest.mark.slow
def test_export_anki_on_the_command_line(tmp_path: Path, collection: Collection) -> None:
    path = tmp_path / "deck.apkg"
    result = run_cli("export-anki", str(path), "--kind", "term-japanese")
    assert result.returncode == 0, result.stderr
    count = int(result.stdout.split()[1])
    import_package(collection, path)
    notes = notes_by_key(collection)
    assert len(notes) == count > 0
    assert {note["Kind"] for note in notes.values()} == {"term-japanese"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("export-anki", "{tmp}/missing/deck.apkg"), "studyapp: Cannot write {tmp}/missing/"),
        (("export-csv", "{tmp}/x.csv", "--kind", "poetry"), "studyapp: No card kind 'poetry'"),
        (("export-csv", "{tmp}/x.csv", "--agreement", "fifth"), "studyapp: No agreement 'fifth'"),
    ],
)
def test_export_trouble_is_one_line_and_status_2(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    result = run_cli(*(arg.format(tmp=tmp_path) for arg in args))
    assert result.returncode == 2
    assert result.stderr.startswith(message.format(tmp=tmp_path))
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "x.csv").exists()
