"""The search panel driven as a user would: typing, Enter, arrows, F3 and hostile input."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QColor, QInputMethodEvent, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from studyapp.content.search import SearchHit
from studyapp.errors import ContentError
from studyapp.ui.search.delegate import SearchHitDelegate
from studyapp.ui.search.panel import EMPTY_HINT, RESULT_LIMIT, SearchPanel, count_text
from studyapp.ui.services import Services


@pytest.fixture
def panel(qtbot: QtBot, services: Services) -> SearchPanel:
    widget = SearchPanel(services)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def _hits(panel: SearchPanel) -> list[SearchHit]:
    return [panel.model.hit(row) for row in range(panel.model.rowCount())]


def _type_and_wait(qtbot: QtBot, panel: SearchPanel, text: str) -> list[SearchHit]:
    with qtbot.waitSignal(panel.results_shown, timeout=2000):
        QTest.keyClicks(panel.query_edit, text)
    return _hits(panel)


def _type_with_input_method(qtbot: QtBot, panel: SearchPanel, text: str) -> list[SearchHit]:
    """Japanese arrives as an input method's committed text (QTest can only type ASCII)."""
    with qtbot.waitSignal(panel.results_shown, timeout=2000):
        for char in text:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(panel.query_edit, event)
    return _hits(panel)


def _opened(panel: SearchPanel) -> list[tuple[str, str]]:
    """Every (signal kind, key) the panel asks the navigator to open, as it happens."""
    opened: list[tuple[str, str]] = []
    navigator = panel.services.navigator
    navigator.open_requested.connect(lambda kind, key: opened.append((kind, key)))
    return opened


def test_the_empty_panel_says_what_it_searches(panel: SearchPanel) -> None:
    assert panel.count_label.text() == EMPTY_HINT
    assert "日本語" in EMPTY_HINT
    assert panel.model.rowCount() == 0
    assert panel.query_edit.accessibleName() == "Search"
    assert panel.results_view.accessibleName() == "Search results"


def test_typing_searches_once_the_typing_pauses(qtbot: QtBot, panel: SearchPanel) -> None:
    searches: list[int] = []
    panel.results_shown.connect(searches.append)
    QTest.keyClicks(panel.query_edit, "meridian")
    assert searches == []  # not on every key: the debounce timer has not fired yet
    qtbot.waitUntil(lambda: bool(searches), timeout=2000)
    assert len(searches) == 1
    keys = [hit.key for hit in _hits(panel)]
    assert "third-1912-secret-2" in keys
    assert panel.count_label.text() == f"{len(keys)} results"


def test_japanese_queries_find_results(qtbot: QtBot, panel: SearchPanel) -> None:
    hits = _type_with_input_method(qtbot, panel, "満州")
    assert panel.query_edit.text() == "満州"
    assert hits
    assert any("満州" in hit.title + hit.text for hit in hits)
    panel.query_edit.clear()
    hits = _type_with_input_method(qtbot, panel, "満州鉄道")
    assert hits and all(
        hit.kind in {"term", "event", "clause", "agreement", "person"} for hit in hits
    )


def test_enter_searches_at_once_and_opens_the_first_hit(qtbot: QtBot, panel: SearchPanel) -> None:
    QTest.keyClicks(panel.query_edit, "meridian peking")
    navigator = panel.services.navigator
    with qtbot.waitSignal(navigator.open_requested, timeout=1000) as opened:
        QTest.keyClick(panel.query_edit, Qt.Key.Key_Return)
    first = panel.model.hit(0)
    assert first.kind == "clause"
    assert opened.args == ["clause", first.key]
    assert panel.current_row() == 0


def test_a_click_on_a_result_opens_it(qtbot: QtBot, panel: SearchPanel) -> None:
    hits = _type_and_wait(qtbot, panel, "meridian")
    opened = _opened(panel)
    rect = panel.results_view.visualRect(panel.model.index(1))
    QTest.mouseClick(panel.results_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [(hits[1].kind, hits[1].key)]
    assert panel.current_row() == 1


def test_down_moves_into_the_results_and_enter_opens_the_one_chosen(
    qtbot: QtBot, panel: SearchPanel
) -> None:
    hits = _type_and_wait(qtbot, panel, "meridian")
    QTest.keyClick(panel.query_edit, Qt.Key.Key_Down)
    qtbot.waitUntil(panel.results_view.hasFocus)
    assert panel.current_row() == 0
    QTest.keyClick(panel.results_view, Qt.Key.Key_Down)
    opened = _opened(panel)
    QTest.keyClick(panel.results_view, Qt.Key.Key_Return)
    assert opened == [(hits[1].kind, hits[1].key)]
    QTest.keyClick(panel.results_view, Qt.Key.Key_Up)
    QTest.keyClick(panel.results_view, Qt.Key.Key_Up)  # up from the first row: back to typing
    qtbot.waitUntil(panel.query_edit.hasFocus)


def test_each_hit_opens_in_the_view_for_its_kind(qtbot: QtBot, panel: SearchPanel) -> None:
    hits = _type_and_wait(qtbot, panel, "meridian")
    assert {hit.kind for hit in hits} >= {"clause", "term", "agreement"}
    opened = _opened(panel)
    for _ in hits:
        panel.next_hit()
    assert opened == [(hit.kind, hit.key) for hit in hits]


def test_f3_steps_through_the_hits_and_wraps_both_ways(qtbot: QtBot, panel: SearchPanel) -> None:
    hits = _type_and_wait(qtbot, panel, "meridian")
    assert len(hits) >= 3
    steps: list[str] = []
    panel.hit_opened.connect(lambda _kind, key: steps.append(key))
    for _ in range(len(hits) + 1):
        panel.next_hit()
    keys = [hit.key for hit in hits]
    assert steps == [*keys, keys[0]]  # past the last hit, back to the first
    assert panel.current_row() == 0
    panel.previous_hit()
    assert steps[-1] == keys[-1]  # before the first hit, round to the last
    assert panel.current_row() == len(hits) - 1


def test_shift_f3_before_any_hit_was_opened_starts_at_the_last(
    qtbot: QtBot, panel: SearchPanel
) -> None:
    hits = _type_and_wait(qtbot, panel, "meridian")
    with qtbot.waitSignal(panel.hit_opened) as opened:
        panel.previous_hit()
    assert opened.args == [hits[-1].kind, hits[-1].key]


def test_f3_with_nothing_found_says_so_in_the_status_bar(qtbot: QtBot, panel: SearchPanel) -> None:
    _type_and_wait(qtbot, panel, "zzqqxx")
    assert panel.count_label.text() == "No results for “zzqqxx”"
    with qtbot.waitSignal(panel.services.navigator.message_posted) as posted:
        panel.next_hit()
    assert "zzqqxx" in posted.args[0]


def test_escape_clears_the_query_and_the_hint_comes_back(qtbot: QtBot, panel: SearchPanel) -> None:
    _type_and_wait(qtbot, panel, "meridian")
    with qtbot.waitSignal(panel.results_shown, timeout=2000):
        QTest.keyClick(panel.query_edit, Qt.Key.Key_Escape)
    assert panel.query_edit.text() == ""
    assert panel.model.rowCount() == 0
    assert panel.count_label.text() == EMPTY_HINT


def test_the_count_line_reads_naturally() -> None:
    assert count_text("  ", 0) == EMPTY_HINT
    assert count_text("x", 0) == "No results for “x”"
    assert count_text("x", 1) == "1 result"
    assert count_text("x", 12) == "12 results"
    assert count_text("x", RESULT_LIMIT).startswith(f"The first {RESULT_LIMIT} results")
    assert count_text("a\nb  " + "c" * 100, 0) == f"No results for “a b {'c' * 36}…”"


HOSTILE_TYPED = [
    '"',
    '""',
    'a"b',
    "NEAR(",
    "NEAR(a b)",
    "(",
    ")",
    "*",
    "a*",
    "-x",
    "^",
    "AND",
    "OR x",
]
HOSTILE_PASTED = [
    "\x00\x01\x1b[31m",
    "\u202eabc\u202c",  # right-to-left override
    "مرحبا بالعالم",
    "שלום",
    "\ud800",  # an unpaired surrogate
    "%_\\",
    "満" * 5000,
    "meridian " * 600,  # about 5,400 characters, all one word repeated
    "x" * 5000,
]


@pytest.mark.parametrize("text", HOSTILE_TYPED)
def test_odd_typed_queries_never_raise(qtbot: QtBot, panel: SearchPanel, text: str) -> None:
    _type_and_wait(qtbot, panel, text)
    QTest.keyClick(panel.query_edit, Qt.Key.Key_Return)
    assert panel.count_label.text() == count_text(text, panel.model.rowCount())


@pytest.mark.parametrize("text", HOSTILE_PASTED)
def test_odd_pasted_queries_never_raise(qtbot: QtBot, panel: SearchPanel, text: str) -> None:
    with qtbot.waitSignal(panel.results_shown, timeout=2000):
        panel.query_edit.insert(text)
    panel.next_hit()
    panel.previous_hit()
    assert len(panel.count_label.text()) < 120  # a long query is shortened in the count line


def test_five_thousand_typed_characters_never_raise(qtbot: QtBot, panel: SearchPanel) -> None:
    _type_and_wait(qtbot, panel, "ab (" * 1250)
    assert len(panel.query_edit.text()) == 5000
    assert panel.count_label.text().startswith("No results for “ab (ab (")


def test_a_database_error_is_shown_in_the_count_line(
    qtbot: QtBot, panel: SearchPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_query: Callable[[object], object]) -> object:
        raise ContentError("The agreements database is damaged: x.sqlite (reinstall the app).")

    monkeypatch.setattr(panel.services.database, "read", broken)
    hits = _type_and_wait(qtbot, panel, "meridian")
    assert hits == []
    assert panel.count_label.text().startswith("The agreements database is damaged")
    panel.next_hit()  # nothing to open, nothing raised


def test_the_results_model_passes_the_model_tester(
    qtbot: QtBot, panel: SearchPanel, qtmodeltester: ModelTester
) -> None:
    _type_and_wait(qtbot, panel, "meridian")
    _check_model(qtmodeltester, panel.model)


def _option_for(panel: SearchPanel, row: int) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.initFrom(panel.results_view)
    option.widget = panel.results_view
    option.rect = panel.results_view.visualRect(panel.model.index(row))
    return option


def test_matches_are_marked_in_the_palette_highlight_colour(
    qtbot: QtBot, panel: SearchPanel
) -> None:
    _type_and_wait(qtbot, panel, "meridian")
    delegate = panel.results_view.itemDelegate()
    assert isinstance(delegate, SearchHitDelegate)
    dark = QPalette(QApplication.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    dark.setColor(QPalette.ColorRole.Highlight, QColor("#3a6ea5"))
    dark.setColor(QPalette.ColorRole.HighlightedText, QColor("#fffff0"))
    panel.results_view.setPalette(dark)
    option = _option_for(panel, 0)
    document = delegate.document(option, panel.model.index(0))
    assert document is not None
    html = document.toHtml()
    assert "#3a6ea5" in html and "#fffff0" in html
    assert "meridian" in document.toPlainText()
    assert (
        delegate.sizeHint(option, panel.model.index(0)).height() > option.fontMetrics.height() * 2
    )
    assert not panel.results_view.grab().isNull()  # paints every row without an error


def test_every_control_has_an_accessible_name(panel: SearchPanel) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit

    kinds: list[type[QWidget]] = [QAbstractButton, QLineEdit, QAbstractItemView]
    controls = [control for kind in kinds for control in panel.findChildren(kind)]
    assert len(controls) >= 3
    assert [c for c in controls if not c.accessibleName()] == []


def _check_model(tester: ModelTester, model: QAbstractItemModel) -> None:
    check: Callable[[QAbstractItemModel], None] = tester.check  # pytest-qt is not typed
    check(model)
