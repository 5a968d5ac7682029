"""A long list of bookmarks is read a page of agreements at a time as the tree scrolls
(canFetchMore / fetchMore), on content the test builds (tests/content_factory.py): the
first screen reads a few groups, scrolling to the end reads the rest in signing order, the
bookmarks whose clause is not in the content come last, a filter still finds every match;
a filter's walk through many bookmarks goes on in idle moments, never all at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from studyapp.ui.bookmarks import pages as pages_module
from studyapp.ui.bookmarks import view as view_module
from studyapp.ui.bookmarks.pages import AGREEMENTS_PER_PAGE
from studyapp.ui.bookmarks.view import BookmarksView
from studyapp.ui.services import Services
from studyapp.ui.shared.roles import KEY_ROLE
from tests.content_factory import agreement_key, clause_key
from tests.ui.helpers import check_model

ServicesOver = Callable[[Path], Services]
AGREEMENTS = 3 * AGREEMENTS_PER_PAGE + 2  # more pages than the first screen reads
CLAUSES = 2
GONE = ("gone-clause-a", "gone-clause-b")  # keys of no clause in the content


def _bookmarked(services: Services) -> list[str]:
    """Bookmark every clause, newest last in reverse order (the store's order is not the
    tree's), and two keys the content does not have."""
    keys = [clause_key(a, c) for a in range(1, AGREEMENTS + 1) for c in range(1, CLAUSES + 1)]
    for key in [*reversed(keys), *GONE]:
        assert services.bookmarks.save(key, f"note on {key}")
    return keys


def _view(qtbot: QtBot, services: Services) -> BookmarksView:
    view = BookmarksView(services)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def _read(view: BookmarksView) -> list[str]:
    model = view.model
    return [
        str(model.index(row, 0, model.index(group, 0)).data(KEY_ROLE))
        for group in range(model.rowCount())
        for row in range(model.rowCount(model.index(group, 0)))
    ]


def test_the_first_screen_reads_a_few_groups_and_scrolling_reads_the_rest_in_order(
    qtbot: QtBot, services_over: ServicesOver, small_content_db: Callable[..., Path]
) -> None:
    services = services_over(small_content_db(agreements=AGREEMENTS, clauses=CLAUSES))
    keys = _bookmarked(services)
    view = _view(qtbot, services)
    model = view.model
    first = model.rowCount()
    assert 0 < first < AGREEMENTS and model.canFetchMore()
    assert _read(view) == keys[: len(_read(view))]  # signing order, not the store's
    assert str(len(keys) + len(GONE)) in view.count_label.text()  # counted, not read
    bar = view.tree.verticalScrollBar()
    for _ in range(10 * AGREEMENTS):  # as a user scrolls to the end, again and again
        if not model.canFetchMore():
            break
        bar.setValue(bar.maximum())
        qtbot.wait(1)
    assert not model.canFetchMore()
    assert _read(view) == [*keys, *sorted(GONE)]
    assert model.rowCount() == AGREEMENTS + 1  # one group per agreement, the missing last
    assert model.index(0, 0).data().startswith(services.index.headings[agreement_key(1)].title)


def test_a_filter_finds_matches_past_the_first_page(
    qtbot: QtBot, services_over: ServicesOver, small_content_db: Callable[..., Path]
) -> None:
    services = services_over(small_content_db(agreements=AGREEMENTS, clauses=CLAUSES))
    keys = _bookmarked(services)
    view = _view(qtbot, services)
    last = keys[-1]
    view.filter_edit.setText(f"note on {last}")
    assert _read(view) == [last]
    view.filter_edit.setText("gone-clause")
    assert _read(view) == sorted(GONE)


def test_removing_keeps_the_place_deep_in_the_list(
    qtbot: QtBot, services_over: ServicesOver, small_content_db: Callable[..., Path]
) -> None:
    services = services_over(small_content_db(agreements=AGREEMENTS, clauses=CLAUSES))
    keys = _bookmarked(services)
    view = _view(qtbot, services)
    deep = keys[-3]
    assert view.select_key(deep)  # read up to it
    view.remove_selected()
    assert view.selected_key() == keys[-2]  # the next one, though the list was read again


def test_the_lazy_model_passes_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    services_over: ServicesOver,
    small_content_db: Callable[..., Path],
) -> None:
    services = services_over(small_content_db(agreements=AGREEMENTS, clauses=CLAUSES))
    _bookmarked(services)
    view = _view(qtbot, services)
    check_model(qtmodeltester, view.model)


def _walked_in_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    """As at 1,000x content: nothing of a filter's walk done at once, a step per idle moment
    of one agreement."""
    monkeypatch.setattr(view_module, "FIRST_WALK_S", 0.0)
    monkeypatch.setattr(pages_module, "WALK_STRIDE", 1)
    monkeypatch.setattr(pages_module, "WALK_ORPHANS", 1)


@pytest.fixture
def long_list(
    qtbot: QtBot, services_over: ServicesOver, small_content_db: Callable[..., Path]
) -> tuple[Services, list[str], BookmarksView]:
    """Services, the bookmarked keys in the tree's order, and the view over them."""
    services = services_over(small_content_db(agreements=AGREEMENTS, clauses=CLAUSES))
    keys = _bookmarked(services)
    return services, keys, _view(qtbot, services)


def test_a_long_filter_walk_goes_on_in_idle_moments_and_ends_with_the_whole_count(
    qtbot: QtBot,
    long_list: tuple[Services, list[str], BookmarksView],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _services, keys, view = long_list
    _walked_in_steps(monkeypatch)
    view.filter_edit.setText("note on")  # every bookmark matches
    assert view.filtering
    assert "so far" in view.count_label.text()
    assert len(_read(view)) < len(keys)  # the window was not kept waiting for them all
    qtbot.waitUntil(lambda: not view.filtering, timeout=10_000)
    total = len(keys) + len(GONE)
    assert view.count_label.text() == f"{total} of {total} bookmarks"
    bar = view.tree.verticalScrollBar()
    for _ in range(10 * AGREEMENTS):
        if not view.model.canFetchMore():
            break
        bar.setValue(bar.maximum())
        qtbot.wait(1)
    assert _read(view) == [*keys, *sorted(GONE)]  # the same order as without a filter
    assert view.model.rowCount() == AGREEMENTS + 1  # the missing ones in one group


def test_a_filter_that_matches_late_shows_the_match_when_the_walk_reaches_it(
    qtbot: QtBot,
    long_list: tuple[Services, list[str], BookmarksView],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _services, keys, view = long_list
    _walked_in_steps(monkeypatch)
    view.filter_edit.setText(f"note on {keys[-1]}")
    assert _read(view) == []
    qtbot.waitUntil(lambda: _read(view) == [keys[-1]], timeout=10_000)
    qtbot.waitUntil(lambda: not view.filtering, timeout=10_000)
    assert view.count_label.text() == f"1 of {len(keys) + len(GONE)} bookmarks"


def test_a_rebuild_under_a_filter_selects_the_same_bookmark_once_the_walk_reaches_it(
    qtbot: QtBot,
    long_list: tuple[Services, list[str], BookmarksView],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services, keys, view = long_list
    view.filter_edit.setText("note on")
    qtbot.waitUntil(lambda: not view.filtering, timeout=10_000)
    deep = keys[-3]
    assert view.select_key(deep)
    _walked_in_steps(monkeypatch)
    assert services.bookmarks.save(deep, "note on it, edited")  # the view rebuilds itself
    qtbot.waitUntil(lambda: view.selected_key() == deep, timeout=10_000)
    assert view.detail.note_text() == "note on it, edited"
