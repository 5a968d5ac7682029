"""The Map in the main window: its tab, its menu, and "Show on map" from the other views."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studyapp.ui.agreements.view import AgreementsView
from studyapp.ui.map.view import MapView
from studyapp.ui.timeline.view import TimelineView
from studyapp.ui.views import VIEWS
from tests.ui.helpers import started_window


def test_the_map_has_a_tab_a_menu_and_its_own_shortcut(qtbot: QtBot) -> None:
    window = started_window(qtbot)
    number = [spec.name for spec in VIEWS].index("map") + 1
    assert window.tabs.tabText(number - 1) == "Map"
    with qtbot.waitSignal(window.view_changed, timeout=2000) as changed:
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
    assert changed.args == ["map"]
    menus = [action.text() for action in window.menuBar().actions()]
    assert "Ma&p" in menus
    titles = [action.text() for action in window.all_actions()]
    assert "Ma&p" in titles and "Zoom &in" in titles and "&Next agreement" in titles
    window.close_stores()


def test_show_on_map_from_the_clause_viewer_highlights_the_clause(qtbot: QtBot) -> None:
    window = started_window(qtbot)
    agreements = window.show_view("agreements")
    assert isinstance(agreements, AgreementsView)
    agreements.show_clause("first-1907-secret-additional")
    agreements.map_action.trigger()
    assert window.current_view_name() == "map"
    view = window.views["map"]
    assert isinstance(view, MapView) and view.canvas is not None
    assert view.agreement_key == "first-1907"
    assert "line-1907" in view.canvas.focused
    window.close_stores()


def test_show_on_map_from_the_timeline_opens_the_selected_agreement(qtbot: QtBot) -> None:
    window = started_window(qtbot)
    timeline = window.show_view("timeline")
    assert isinstance(timeline, TimelineView)
    timeline.show_event("third-1912")
    timeline.map_action.trigger()
    view = window.views["map"]
    assert isinstance(view, MapView)
    assert window.current_view_name() == "map" and view.agreement_key == "third-1912"
    window.close_stores()


def test_clicking_a_feature_on_the_map_opens_the_clause_viewer(qtbot: QtBot) -> None:
    window = started_window(qtbot)
    view = window.show_view("map")
    assert isinstance(view, MapView) and view.canvas is not None
    view.show_agreement("second-1910")
    view.open_clause_of("south-manchuria")
    assert window.current_view_name() == "agreements"
    agreements = window.views["agreements"]
    assert isinstance(agreements, AgreementsView)
    assert agreements.current_clause_key() == "second-1910-secret-1"
    window.close_stores()
