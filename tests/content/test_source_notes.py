"""The notes on the sources (what was read of a work, and how) have Japanese twins: written in
the TOML, required by the build, stored, and dumped (tests/ui/test_source_notes_shown.py: shown)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from studyapp.content.builder import write_database
from studyapp.content.database import read_content
from studyapp.content.dump import content_as_json
from tests.conftest import BUNDLED_DB
from tests.content.test_twins import SOURCE, _content, _problems

NOTED = {**SOURCE, "note": "Only the abstract was read.", "note_ja": "読んだのは要旨だけである。"}


def _bundled_notes() -> list[tuple[str, str, str]]:
    with sqlite3.connect(f"{BUNDLED_DB.as_uri()}?mode=ro", uri=True) as connection:
        rows = connection.execute("SELECT key, note, note_ja FROM source ORDER BY key")
        return [(key, note, note_ja) for key, note, note_ja in rows]


def test_every_bundled_source_note_has_its_japanese_twin() -> None:
    noted = [row for row in _bundled_notes() if row[1].strip()]
    assert len(noted) >= 24
    for key, _note, note_ja in noted:
        assert note_ja.strip(), key
        assert any("\u3040" <= char <= "\u30ff" for char in note_ja), key  # kana: Japanese
    for key, note, note_ja in _bundled_notes():
        assert bool(note.strip()) == bool(note_ja.strip()), key


def test_the_build_refuses_a_source_note_without_its_twin() -> None:
    without = {key: value for key, value in NOTED.items() if key != "note_ja"}
    problems = _problems(_content(source=without))
    assert "[source]: missing the Japanese twin 'note_ja' of 'note'" in problems
    empty = _problems(_content(source={**NOTED, "note_ja": " "}))
    assert "field 'note_ja' is empty" in empty
    stray = _problems(_content(source={**SOURCE, "note": "", "note_ja": "注"}))
    assert "field 'note_ja' says something where 'note' is empty" in stray


@pytest.fixture(scope="module")
def noted_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("notes") / "agreements.sqlite"
    write_database(_content(source=NOTED), path)
    return path


def test_the_twin_is_stored_read_back_and_dumped_beside_the_note(noted_database: Path) -> None:
    content = read_content(noted_database)
    source = content.topics[0].sources[0]
    assert (source.note, source.note_ja) == (NOTED["note"], NOTED["note_ja"])
    dumped = content_as_json(content)["topics"][0]["sources"][0]
    keys = list(dumped)
    assert keys.index("note_ja") == keys.index("note") + 1
    assert dumped["note_ja"] == "読んだのは要旨だけである。"


def test_the_dump_of_the_bundled_content_has_the_japanese_notes() -> None:
    dumped = content_as_json(read_content(BUNDLED_DB))
    cited = [s for row in dumped["agreements"] for s in row["sources"]]
    cited += [s for row in dumped["events"] for s in row["sources"]]
    noted = [s for s in cited if s["note"]]
    assert noted
    assert all(s["note_ja"] for s in noted)
