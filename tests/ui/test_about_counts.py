"""The About box says what the content holds, counted from it, on content the tests build."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from studyapp.content.catalogue import ContentCatalogue
from studyapp.content.database import ContentDatabase
from studyapp.paths import CONTENT_DB_ENV
from studyapp.ui.dialogs import about_html, agreements_studied, content_counts
from tests.ui.helpers import started_window

Built = Callable[..., Path]


def read_content(path: Path) -> ContentCatalogue:
    """A catalogue over the database at `path` (left open for the test's life)."""
    return ContentCatalogue(ContentDatabase(path).read)


def test_a_few_agreements_are_named_by_year(small_content_db: Built) -> None:
    content = read_content(small_content_db(agreements=3))
    assert agreements_studied(content) == (
        "the 3 agreements of 1901, 1903 and 1905 between Japan and Russia"
    )


def test_many_agreements_are_given_as_a_span_of_years(small_content_db: Built) -> None:
    content = read_content(small_content_db(agreements=12))
    assert agreements_studied(content) == (
        "the 12 agreements signed from 1901 to 1923 between Japan and Russia"
    )


def test_one_agreement_is_not_counted_as_many(small_content_db: Built) -> None:
    content = read_content(small_content_db(agreements=1, clauses=1, events=1, terms=1))
    assert agreements_studied(content) == "the agreement of 1901 between Japan and Russia"
    assert content_counts(content) == "1 agreement with 1 clause, 1 event, 1 term and 2 people."


def test_the_about_box_counts_the_content_it_was_opened_on(
    qtbot: QtBot, small_content_db: Built, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = small_content_db(agreements=5, clauses=3, events=4, terms=2)
    monkeypatch.setenv(CONTENT_DB_ENV, str(path))
    window = started_window(qtbot)
    about = about_html(window)
    assert "the 5 agreements of 1901, 1903, 1905, 1907 and 1909" in about
    assert "5 agreements with 15 clauses, 4 events, 2 terms and 2 people." in about
    assert "four" not in about
    window.close_stores()
