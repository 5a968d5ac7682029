"""Map cards from the map content: stable keys, answers true to the geometry, clicks checked,
exported to Anki with pictures and to CSV as text."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from studyapp.content.database import read_content
from studyapp.content.map_queries import read_map_file
from studyapp.content.map_records import MapContent
from studyapp.study.cards import Card
from studyapp.study.export import csv_text, export_apkg, image_names
from studyapp.study.map_cards import (
    LINE,
    REGION,
    SPHERE,
    check_click,
    generate_map_cards,
    map_target,
)
from tests.conftest import BUNDLED_DB


@pytest.fixture(scope="module")
def atlas() -> MapContent:
    return read_map_file(BUNDLED_DB)


@pytest.fixture(scope="module")
def cards() -> list[Card]:
    agreements = {a.key: a for a in read_content(BUNDLED_DB).agreements}
    return generate_map_cards(read_map_file(BUNDLED_DB), agreements)


def test_every_kind_is_made_with_unique_stable_keys(cards: list[Card]) -> None:
    kinds = {card.kind for card in cards}
    assert kinds == {REGION, SPHERE, LINE}
    keys = [card.key for card in cards]
    assert len(keys) == len(set(keys))
    assert "map-region:inner-mongolia-east:third-1912" in keys
    assert "map-sphere:harbin:first-1907" in keys
    assert "map-line:line-1907" in keys
    for card in cards:
        assert card.source_keys and card.agreement_key and card.prompt.strip()


def test_the_answers_follow_from_the_geometry(cards: list[Card]) -> None:
    by_key = {card.key: card for card in cards}
    assert by_key["map-sphere:harbin:first-1907"].answer == "Russia's"
    assert by_key["map-sphere:mukden:first-1907"].answer == "Japan's"
    assert by_key["map-line:meridian-of-peking"].answer == "Third Russo-Japanese Agreement (1912)"
    assert by_key["map-line:line-1907"].clause_key == "first-1907-secret-additional"


def test_a_region_card_is_right_only_for_a_click_inside_the_region(
    atlas: MapContent, cards: list[Card]
) -> None:
    card = next(c for c in cards if c.key == "map-region:inner-mongolia-east:third-1912")
    target = map_target(card)
    assert target is not None and target.agreement_key == "third-1912"
    assert check_click(atlas, card, 119.0, 43.5)  # east of the meridian of Peking
    assert not check_click(atlas, card, 113.0, 42.0)  # west of it: Russia's part
    assert not check_click(atlas, card, 126.6, 45.7)  # Harbin


def test_the_cards_come_out_the_same_each_time(atlas: MapContent) -> None:
    agreements = {a.key: a for a in read_content(BUNDLED_DB).agreements}
    first = generate_map_cards(atlas, agreements)
    assert first == generate_map_cards(atlas, agreements)


def test_anki_gets_pictures_with_the_answer_and_csv_gets_text(
    cards: list[Card], tmp_path: Path
) -> None:
    region = next(c for c in cards if c.kind == REGION)
    images = {region.key: (b"\x89PNG question", b"\x89PNG answer")}
    export_apkg(cards, tmp_path / "map.apkg", images=images)
    with zipfile.ZipFile(tmp_path / "map.apkg") as archive:
        media = json.loads(archive.read("media"))
        assert sorted(media.values()) == sorted(image_names(region))
        stored = {name: archive.read(number) for number, name in media.items()}
    question, answer = image_names(region)
    assert stored[question] == b"\x89PNG question" and stored[answer] == b"\x89PNG answer"
    text = csv_text(cards)
    assert region.prompt in text and "<img" not in text


@pytest.mark.slow
def test_map_cards_open_in_anki_with_their_pictures(tmp_path: Path) -> None:
    from anki.collection import Collection

    from tests.study.test_export import import_package, notes_by_key
    from tests.test_cli import run_cli

    path = tmp_path / "map.apkg"
    result = run_cli("export-anki", str(path), "--kind", "map-region")
    assert result.returncode == 0, result.stderr
    (tmp_path / "anki").mkdir()
    collection = Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        import_package(collection, path)
        notes = notes_by_key(collection)
        assert notes and all(key.startswith("map-region:") for key in notes)
        media = Path(collection.media.dir())
        for note in notes.values():
            assert '<img src="' in note["Front"] and '<img src="' in note["Back"]
            for name in (
                note["Front"].split('<img src="')[1:] + note["Back"].split('<img src="')[1:]
            ):
                picture = media / name.split('"')[0]
                assert picture.read_bytes()[:4] == b"\x89PNG"
    finally:
        collection.close()
