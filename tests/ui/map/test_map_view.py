"""The Map view with pytest-qt: stepping, hover sentences, click to the clause, zoom, pan,
the keyboard, show-on-map, export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from studyapp.ui.map.canvas import MapCanvas
from studyapp.ui.map.describe import agreement_label
from studyapp.ui.map.view import MapView
from studyapp.ui.services import Services


@pytest.fixture
def view(qtbot: QtBot, services: Services) -> MapView:
    widget = MapView(services)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.canvas.setFocus()  # type: ignore[union-attr]
    return widget


def _canvas(view: MapView) -> MapCanvas:
    assert view.canvas is not None
    return view.canvas


def _at(canvas: MapCanvas, lon: float, lat: float) -> QPoint:
    return canvas.viewport.lonlat_to_device(lon, lat).toPoint()


def test_the_stepper_walks_the_four_agreements_by_keys_and_buttons(
    qtbot: QtBot, view: MapView
) -> None:
    assert view.agreement_key == "first-1907"
    assert not view.previous_button.isEnabled()
    canvas = _canvas(view)
    QTest.keyClick(canvas, Qt.Key.Key_PageDown)
    assert view.agreement_key == "second-1910"
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.agreement_key == "third-1912"
    assert "Eastern Inner Mongolia" in view.hover_text()  # what changed is named
    QTest.keyClick(canvas, Qt.Key.Key_4)
    assert view.agreement_key == "fourth-1916"
    assert not view.next_button.isEnabled()
    assert "nothing" in view.hover_text()
    QTest.keyClick(canvas, Qt.Key.Key_BracketLeft)
    assert view.agreement_key == "third-1912"
    shown = {f.key for f in canvas.features()}
    assert {"inner-mongolia-east", "meridian-of-peking"} <= shown
    view.show_agreement("first-1907")
    assert "inner-mongolia-east" not in {f.key for f in canvas.features()}


def test_hovering_a_region_says_which_agreement_and_article_made_it(
    qtbot: QtBot, view: MapView
) -> None:
    canvas = _canvas(view)
    QTest.mouseMove(canvas, _at(canvas, 128.5, 48.5))  # North Manchuria, away from lines
    qtbot.waitUntil(lambda: canvas.hovered == "north-manchuria")
    text = view.hover_text()
    assert "North Manchuria" in text
    assert "Additional article of the secret convention" in text
    assert "First Russo-Japanese Agreement (1907)" in text


def test_hovering_the_line_names_its_article_and_stepping_changes_it(
    qtbot: QtBot, view: MapView
) -> None:
    canvas = _canvas(view)
    line = canvas.atlas.feature("line-1907")
    assert line is not None
    lon, lat = line.points[len(line.points) // 2]
    view.show_agreement("second-1910")
    QTest.mouseMove(canvas, _at(canvas, lon, lat))
    qtbot.waitUntil(lambda: canvas.hovered == "line-1907")
    assert "became the border between the two spheres" in view.hover_text()
    assert "Second Russo-Japanese Agreement (1910)" in view.hover_text()


def test_clicking_a_region_opens_its_clause_in_the_clause_viewer(
    qtbot: QtBot, view: MapView, services: Services
) -> None:
    canvas = _canvas(view)
    view.show_agreement("third-1912")
    with qtbot.waitSignal(services.navigator.open_requested) as blocker:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=_at(canvas, 119.0, 43.5))
    assert blocker.args == ["clause", "third-1912-secret-2"]


def test_the_keyboard_tabs_through_the_features_and_enter_opens_the_clause(
    qtbot: QtBot, view: MapView, services: Services
) -> None:
    canvas = _canvas(view)
    QTest.keyClick(canvas, Qt.Key.Key_Tab)
    first = canvas.hovered
    assert first and view.hover_text()
    QTest.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.hovered not in ("", first)
    while canvas.hovered != "line-1907":
        QTest.keyClick(canvas, Qt.Key.Key_Tab)
    with qtbot.waitSignal(services.navigator.open_requested) as blocker:
        QTest.keyClick(canvas, Qt.Key.Key_Return)
    assert blocker.args == ["clause", "first-1907-secret-additional"]


def test_zoom_pan_and_fit_by_keys_wheel_and_drag(qtbot: QtBot, view: MapView) -> None:
    canvas = _canvas(view)
    fitted = canvas.viewport.scale
    QTest.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.viewport.scale > fitted
    centre = canvas.viewport.centre_x
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.viewport.centre_x > centre
    before = canvas.viewport.centre_y
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(400, 300))
    QTest.mouseMove(canvas, QPoint(420, 340))
    QTest.mouseMove(canvas, QPoint(440, 380))
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(440, 380))
    assert canvas.viewport.centre_y > before  # dragged down: the view moves north
    canvas.zoom_by(1 / 1.25, QPointF(200, 200))
    QTest.keyClick(canvas, Qt.Key.Key_0)
    assert canvas.viewport.scale == pytest.approx(fitted)
    QTest.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.viewport.scale == pytest.approx(fitted)  # never smaller than the fit


def test_show_on_map_opens_the_agreement_with_the_clause_features_highlighted(
    view: MapView,
) -> None:
    view.show_clause("third-1912-secret-2")
    assert view.agreement_key == "third-1912"
    assert _canvas(view).focused == {
        "meridian-of-peking",
        "inner-mongolia-east",
        "inner-mongolia-west",
    }
    assert "Third Russo-Japanese Agreement (1912)" in view.hover_text()


def test_the_map_exports_as_png_and_svg(view: MapView, tmp_path: Path) -> None:
    from studyapp.ui.map.export import export_map

    export_map(_canvas(view), tmp_path / "map.png")
    assert (tmp_path / "map.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    export_map(_canvas(view), tmp_path / "map.svg")
    svg = (tmp_path / "map.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "Harbin" in svg


def test_the_view_hands_the_window_its_step_to_keep(
    qtbot: QtBot, services: Services, view: MapView
) -> None:
    view.show_agreement("third-1912")
    state = view.saved_state()
    assert state == {"agreement": "third-1912"}
    again = MapView(services)
    qtbot.addWidget(again)
    assert again.agreement_key == "first-1907"
    again.restore_state(state)
    assert again.agreement_key == "third-1912"
    again.restore_state({"agreement": "no-such-agreement"})  # stale: ignored
    assert again.agreement_key == "third-1912"


def test_the_map_opens_agreements_and_clauses_asked_for(view: MapView) -> None:
    from studyapp.ui.services import ItemKind

    view.open_item(ItemKind.MAP, "second-1910")
    assert view.agreement_key == "second-1910"
    view.open_item(ItemKind.MAP, "first-1907-secret-3")
    assert view.agreement_key == "first-1907"
    assert _canvas(view).focused == {"outer-mongolia"}


def test_a_missing_geography_file_is_told_in_the_view(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from studyapp import paths

    missing = tmp_path / "nowhere.json"
    monkeypatch.setattr(paths, "geography_path", lambda: missing)
    broken = MapView(services)
    qtbot.addWidget(broken)
    assert broken.canvas is None
    labels = [label.text() for label in broken.findChildren(QLabel)]
    assert any("could not be read" in text and str(missing) in text for text in labels)
    broken.step(1)  # nothing to step: no error either
    broken.show_clause("first-1907-secret-additional")


def test_zoomed_in_the_map_draws_the_detailed_coasts_once_the_steps_pause(
    qtbot: QtBot, view: MapView
) -> None:
    canvas = _canvas(view)
    assert canvas.layers is canvas.coarse_layers
    canvas.zoom_by(2.0)
    assert canvas._moving  # the step shows the last sharp frame, moved
    qtbot.waitUntil(lambda: not canvas._moving, timeout=2000)
    canvas.repaint()
    assert canvas.detailed_layers is not None and canvas.layers is canvas.detailed_layers
    assert canvas.detailed_layers.coast.elementCount() > canvas.coarse_layers.coast.elementCount()


# The offscreen platform cannot raise the open list or give it the keyboard; it opens even so.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "does not support grabbing")
def test_many_agreements_fit_the_bar_and_any_of_them_is_reached_by_keys_or_the_list(
    qtbot: QtBot,
    services_over: Callable[[Path], Services],
    small_content_db: Callable[..., Path],
) -> None:
    services = services_over(small_content_db(agreements=150))
    widget = MapView(services)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.minimumSizeHint().width() <= 1000
    assert len(widget.steps) == 150
    bar = widget.step_bar
    # One list, not a button per agreement; it names only the agreements it has shown.
    assert bar.choice.count() == 150
    labels = bar.choice.model()._labels  # type: ignore[attr-defined]
    assert len(labels) < 150
    assert bar.choice.currentText() == agreement_label(services.index, widget.steps[0])
    assert bar.position.text() == "1 of 150"
    bar.choice.setFocus()
    QTest.keyClick(bar.choice, Qt.Key.Key_Down)  # the list steps by the arrow keys
    assert widget.agreement_key == widget.steps[1]
    assert bar.position.text() == "2 of 150"
    QTest.keyClick(bar.choice, Qt.Key.Key_End)
    assert widget.agreement_key == widget.steps[-1]
    assert not widget.next_button.isEnabled() and widget.previous_button.isEnabled()
    bar.choice.activated.emit(41)  # picked from the open list
    assert widget.agreement_key == widget.steps[41]
    assert bar.choice.currentIndex() == 41 and bar.position.text() == "42 of 150"
    bar.choice.showPopup()  # the open list names the rows it shows, not all 150
    assert 0 < len(labels) < 150
    bar.choice.hidePopup()
    widget.show_agreement(widget.steps[-1])
    assert bar.choice.currentIndex() == 149 and not widget.next_button.isEnabled()
    # A digit shows one of the first nine; the rest are reached by stepping.
    keys = [a.shortcut().toString() for a in widget.view_actions() if a.text().startswith("Show")]
    assert keys == [str(number) for number in range(1, 10)]


def test_the_list_of_agreements_is_a_sound_item_model(qtmodeltester: Any, view: MapView) -> None:
    qtmodeltester.check(view.step_bar.choice.model())
