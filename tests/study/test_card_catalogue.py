"""The card catalogue: the same cards as generate_cards, kept beside the user data."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from studyapp import paths
from studyapp.content.database import read_content
from studyapp.content.lazy_database import LazyContentDatabase
from studyapp.study import card_catalogue, card_keys
from studyapp.study.card_catalogue import open_catalogue
from studyapp.study.cards import generate_cards
from studyapp.study.map_cards import map_cards_for
from studyapp.study.vocabulary import CardKind

MARKED = ("first-1907-secret-1", "third-1912-secret-2")


@pytest.fixture
def database() -> Iterator[LazyContentDatabase]:
    opened = LazyContentDatabase(paths.content_db_path())
    yield opened
    opened.close()


def _made(bookmarked: tuple[str, ...] = ()) -> list[str]:
    path = paths.content_db_path()
    content = read_content(path)
    return [c.key for c in generate_cards(content, bookmarked) + map_cards_for(content, path)]


def test_it_counts_and_finds_the_cards_that_are_made(
    database: LazyContentDatabase, tmp_path: Path
) -> None:
    made = _made(MARKED)
    catalogue = open_catalogue(database, tmp_path).with_bookmarks([*MARKED, "no-such-clause"])
    assert len(catalogue) == len(made)
    by_kind = Counter(key.split(":", 1)[0] for key in made)
    assert catalogue.counts() == {kind: by_kind.get(kind, 0) for kind in CardKind}
    retired = ["event-date:no-such-event", "bookmark:no-such-clause", "clause-cloze:x:1"]
    assert catalogue.existing([*made, *retired]) == set(made)
    unmarked = open_catalogue(database, tmp_path)
    assert unmarked.existing(made) == set(_made())


def test_the_saved_catalogue_is_read_again_until_the_content_changes(
    database: LazyContentDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[int] = []
    real = card_keys.card_keys

    def counted(reader: card_keys.ContentReader) -> list[tuple[str, CardKind]]:
        made.append(1)
        return real(reader)

    monkeypatch.setattr(card_keys, "card_keys", counted)
    first = open_catalogue(database, tmp_path)
    assert card_catalogue.cache_path(tmp_path).is_file()
    again = open_catalogue(database, tmp_path)
    assert len(made) == 1 and len(again) == len(first)
    # Another content file (here: the same one, rewritten) makes the catalogue afresh.
    copy = tmp_path / "content.sqlite"
    copy.write_bytes(database.path.read_bytes())
    other = LazyContentDatabase(copy)
    try:
        open_catalogue(other, tmp_path)
        assert len(made) == 2
        status = copy.stat()
        os.utime(copy, ns=(status.st_atime_ns, status.st_mtime_ns + 10**9))
        open_catalogue(other, tmp_path)
        assert len(made) == 3
    finally:
        other.close()


def test_a_damaged_or_unwritable_cache_changes_nothing(
    database: LazyContentDatabase, tmp_path: Path
) -> None:
    card_catalogue.cache_path(tmp_path).write_bytes(b"not a database")
    assert len(open_catalogue(database, tmp_path)) == len(_made())
    missing = tmp_path / "no" / "such" / "folder"
    assert len(open_catalogue(database, missing)) == len(_made())
    assert not missing.exists()
