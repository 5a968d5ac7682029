"""The search panel in the real window: Ctrl+F from anywhere, F3 and Shift+F3 step through."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.ui.helpers import started_window


def test_ctrl_f_then_typing_then_f3_opens_hits_in_turn(qtbot: QtBot) -> None:
    window = started_window(qtbot, active=True)
    assert window.search_panel is None  # built on first use, not at start-up
    panel = window.search()
    assert window.services is not None
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(panel.query_edit.hasFocus)
    with qtbot.waitSignal(panel.results_shown, timeout=2000):
        QTest.keyClicks(panel.query_edit, "meridian/peking")  # "/" is typed, not a shortcut
    assert panel.query_edit.text() == "meridian/peking"
    panel.query_edit.clear()
    with qtbot.waitSignal(panel.results_shown, timeout=2000):
        QTest.keyClicks(panel.query_edit, "meridian")
    first, second = panel.model.hit(0), panel.model.hit(1)
    with qtbot.waitSignal(panel.hit_opened) as opened:
        QTest.keyClick(window, Qt.Key.Key_F3)
    assert opened.args == [first.kind, first.key]
    with qtbot.waitSignal(panel.hit_opened) as opened:
        QTest.keyClick(window, Qt.Key.Key_F3)
    assert opened.args == [second.kind, second.key]
    with qtbot.waitSignal(panel.hit_opened) as opened:
        QTest.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert opened.args == [first.kind, first.key]
    views = {"agreement": "agreements", "clause": "agreements", "event": "timeline"}
    assert window.current_view_name() == views.get(first.kind, "glossary")
    window.close_stores()
