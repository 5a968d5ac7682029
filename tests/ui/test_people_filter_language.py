"""The People list's filter and labels speak the UI language: its country column shows ロシア
in Japanese, and typing ロシア finds the people of Russia, though the stored text says
"Russia" (content the test builds: tests/content_factory.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp import translations
from studyapp.ui.people.view import PeopleView
from studyapp.ui.services import Services
from tests.content_factory import SIGNATORIES

ServicesOver = Callable[[Path], Services]
RUSSIANS = {key for key, country, _ in SIGNATORIES if country == "Russia"}


def _listed(view: PeopleView) -> set[str]:
    while view.model.canFetchMore():
        view.model.fetchMore()
    return {row.key for row in view.model.rows}


def _people(qtbot: QtBot, services: Services) -> PeopleView:
    view = PeopleView(services)
    qtbot.addWidget(view)
    return view


def test_in_japanese_the_filter_finds_a_country_by_its_japanese_name(
    qtbot: QtBot, services_over: ServicesOver, small_content_db: Callable[..., Path]
) -> None:
    translations.use_language("ja")
    view = _people(qtbot, services_over(small_content_db()))
    countries = {view.model.index(row, 2).data() for row in range(view.model.rowCount())}
    assert "ロシア" in countries and "Russia" not in countries
    assert RUSSIANS and view.model.all_rows > len(RUSSIANS)
    view.filter_edit.setText("ロシア")
    assert _listed(view) == RUSSIANS
    view.filter_edit.setText("russia")  # the stored English still matches
    assert _listed(view) == RUSSIANS
    view.filter_edit.setText("ロシア envoy")  # every word must match, one way or the other
    assert _listed(view) == RUSSIANS
    view.filter_edit.setText("ロシア 日本")
    assert _listed(view) == set()


def test_in_english_the_country_is_found_by_its_english_name(
    qtbot: QtBot, services_over: ServicesOver, small_content_db: Callable[..., Path]
) -> None:
    view = _people(qtbot, services_over(small_content_db()))
    view.filter_edit.setText("Russia")
    assert _listed(view) == RUSSIANS
    view.filter_edit.setText("ロシア")  # not the language the list speaks
    assert _listed(view) == set()


def test_in_japanese_the_country_column_sorts_by_the_names_shown(
    qtbot: QtBot, services_over: ServicesOver, small_content_db: Callable[..., Path]
) -> None:
    translations.use_language("ja")
    view = _people(qtbot, services_over(small_content_db()))
    view.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    _listed(view)
    shown = [str(view.model.index(row, 2).data()) for row in range(view.model.rowCount())]
    assert shown == sorted(shown) and len(set(shown)) > 1
    view.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    _listed(view)
    shown = [str(view.model.index(row, 2).data()) for row in range(view.model.rowCount())]
    assert shown == sorted(shown, reverse=True)
