"""The map content read step by step (content/map_atlas.py): the same records as the whole
map, each step reading its own features and no other's."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from studyapp.content import map_queries as queries
from studyapp.content.database import ContentDatabase
from studyapp.content.map_atlas import STEP_PAGE, MapAtlas, Steps
from studyapp.content.map_queries import read_map
from studyapp.content.map_records import MapContent
from tests.conftest import BUNDLED_DB


@pytest.fixture
def database() -> Iterator[ContentDatabase]:
    opened = ContentDatabase(BUNDLED_DB)
    yield opened
    opened.close()


@pytest.fixture
def whole(database: ContentDatabase) -> MapContent:
    return database.read(read_map)


class _Counted:
    """A database's read that notes every feature row a query returned."""

    def __init__(self, database: ContentDatabase) -> None:
        self.database = database
        self.features_read: list[str] = []

    def __call__(self, query: Callable[[Any], Any]) -> Any:
        found = self.database.read(query)
        if isinstance(found, list):
            self.features_read += [feature.key for feature in found]
        return found


def test_a_step_reads_its_own_features_and_no_others(
    database: ContentDatabase, whole: MapContent
) -> None:
    read = _Counted(database)
    atlas = MapAtlas(read)
    assert tuple(atlas.agreements) == whole.agreements
    assert atlas.places == whole.places
    assert read.features_read == []  # opening reads no feature
    first = whole.agreements[0]
    assert atlas.at(first) == whole.at(first)
    assert sorted(read.features_read) == sorted(f.key for f in whole.at(first))
    assert len(whole.at(first)) < len(whole.features)  # so the test tells something
    atlas.at(first)
    assert len(read.features_read) == len(whole.at(first))  # kept once read


def test_every_step_clause_and_feature_reads_as_the_whole_map_says(
    database: ContentDatabase, whole: MapContent
) -> None:
    atlas = MapAtlas(database.read)
    for agreement in whole.agreements:
        assert atlas.at(agreement) == whole.at(agreement)
    clauses = {h.clause_key for f in whole.features for h in f.holdings if h.clause_key}
    for clause in sorted(clauses):
        assert atlas.features_of_clause(clause) == whole.features_of_clause(clause)
    assert atlas.features_of_clause("no-such-clause") == ()
    assert atlas.feature(whole.features[-1].key) == whole.features[-1]
    assert atlas.feature("no-such-feature") is None
    assert atlas.at("no-such-agreement") == ()


def test_the_steps_are_counted_and_read_a_page_at_a_time(
    small_content_db: Callable[..., Path],
) -> None:
    database = ContentDatabase(small_content_db(agreements=2 * STEP_PAGE + 3))
    try:
        every = database.read(queries.step_keys)
        reads: list[object] = []

        def read(query: Callable[[Any], Any]) -> Any:
            reads.append(query)
            return database.read(query)

        steps = Steps(read)
        assert len(steps) == len(every) == 2 * STEP_PAGE + 3 and len(reads) == 1
        assert steps[0] == every[0] and steps[-1] == every[-1]
        assert len(reads) == 3  # the first page and the last
        assert steps[1:4] == every[1:4] and len(reads) == 3
        assert steps.index(every[STEP_PAGE + 1]) == STEP_PAGE + 1  # by key, not by page
        assert every[-2] in steps and "no-such-agreement" not in steps
        with pytest.raises(ValueError):
            steps.index("no-such-agreement")
        with pytest.raises(IndexError):
            steps[len(every)]
        assert tuple(steps) == every
    finally:
        database.close()
