"""The long lists (Glossary, People) read a page at a time, filter and sort in the database.

On content of the tests' own, longer than a page, so that fetching more is exercised.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from studyapp.content.catalogue import ContentCatalogue
from studyapp.content.database import ContentDatabase
from studyapp.content.folding import fold
from studyapp.ui.glossary.model import TermTableModel
from studyapp.ui.people.model import PersonTableModel
from studyapp.ui.shared.lazy_table import PAGE_ROWS
from tests.ui.helpers import check_model

TERMS = 2 * PAGE_ROWS + 50


@pytest.fixture
def catalogue(small_content_db: Callable[..., Path]) -> Iterator[ContentCatalogue]:
    database = ContentDatabase(small_content_db(agreements=2, terms=TERMS))
    yield ContentCatalogue(database.read)
    database.close()


def test_the_glossary_list_reads_a_page_and_fetches_more_as_it_scrolls(
    qapp: object, catalogue: ContentCatalogue
) -> None:
    model = TermTableModel(catalogue)
    assert model.rowCount() == PAGE_ROWS and model.total == TERMS
    assert model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == TERMS and not model.canFetchMore()
    assert len({row.key for row in model.rows}) == TERMS  # no page read twice


def test_the_filter_and_the_order_are_the_databases(
    qapp: object, catalogue: ContentCatalogue
) -> None:
    model = TermTableModel(catalogue)
    model.set_words(("word-25",))  # word-25 and word-250, in the name and the definition
    assert sorted(row.key for row in model.rows) == ["word-25", "word-250"]
    assert model.total == 2 and model.all_rows == TERMS
    model.set_words(())
    model.sort(0, Qt.SortOrder.DescendingOrder)
    names = [fold(row.term) for row in model.rows]
    assert names == sorted(names, reverse=True)
    assert names[0] == max(fold(f"term word-{n}") for n in range(1, TERMS + 1))


def test_finding_a_row_reads_the_list_up_to_it(qapp: object, catalogue: ContentCatalogue) -> None:
    model = TermTableModel(catalogue)
    everything = list(catalogue.terms)  # the glossary's order, by the database
    last = everything[-1]
    row = model.row_of(last)
    assert row == TERMS - 1 and model.rows[row].key == last
    model.set_words(("word-7",))
    assert model.row_of("word-8") == -1  # filtered out


def test_the_lazy_models_pass_the_model_tester(
    qtmodeltester: ModelTester, catalogue: ContentCatalogue
) -> None:
    # A fresh model for each check: testers left attached would see each other's fetches.
    check_model(qtmodeltester, TermTableModel(catalogue))
    scrolled = TermTableModel(catalogue)
    scrolled.fetchMore()
    check_model(qtmodeltester, scrolled)
    filtered = TermTableModel(catalogue)
    filtered.set_words(("word-1",))
    check_model(qtmodeltester, filtered)
    check_model(qtmodeltester, PersonTableModel(catalogue))
