"""Map cards in the quiz, answered by simulated clicks on the map and by choices."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from studyapp.study.map_cards import map_target
from studyapp.ui.map.quiz_panel import MapCardPanel
from studyapp.ui.quiz.start_page import CHOICE, FLIP
from studyapp.ui.quiz.view import ANSWERED, CLICK, QUESTION, QuizView
from studyapp.ui.services import Services
from studyapp.userdata import reviews


def _open(qtbot: QtBot, services: Services, deck: str, mode: str) -> QuizView:
    view = QuizView(services, card_panels=(MapCardPanel,))
    qtbot.addWidget(view)
    view.resize(1100, 900)
    view.show()
    qtbot.waitExposed(view)
    view.start_page.set_deck(deck)
    view.start_page.set_mode(mode)
    view.start()
    assert view.phase == QUESTION and view.card is not None
    return view


def _panel(view: QuizView) -> MapCardPanel:
    panel = view.panels[0]
    assert isinstance(panel, MapCardPanel) and panel.isVisible() and panel.canvas is not None
    return panel


def _point(panel: MapCardPanel, lon: float, lat: float) -> QPoint:
    assert panel.canvas is not None
    return panel.canvas.viewport.lonlat_to_device(lon, lat).toPoint()


def _inside(panel: MapCardPanel, view: QuizView) -> tuple[float, float]:
    """A point well inside the region the card asks for (its places say where)."""
    assert view.card is not None and panel.atlas is not None
    target = map_target(view.card)
    assert target is not None and target.feature_key
    towns = {
        "north-manchuria": "harbin",
        "south-manchuria": "mukden",
        "korea-sphere": "seoul",
        "outer-mongolia": "urga",
        "inner-mongolia-east": None,
        "inner-mongolia-west": None,
    }
    town = towns.get(target.feature_key)
    if town:
        place = panel.atlas.place(town)
        assert place is not None
        return place.lon, place.lat
    return (119.0, 43.5) if target.feature_key.endswith("east") else (112.0, 42.0)


def test_a_click_inside_the_region_is_right_and_outside_is_wrong(
    qtbot: QtBot, services: Services
) -> None:
    view = _open(qtbot, services, "kind:map-region", CHOICE)
    assert view.card_mode == CLICK
    panel = _panel(view)
    assert panel.canvas is not None and panel.canvas.crosshair
    assert not any(f.is_area for f in panel.canvas.features())  # the regions stay hidden
    first = view.card
    assert first is not None
    lon, lat = _inside(panel, view)
    qtbot.mouseClick(panel.canvas, Qt.MouseButton.LeftButton, pos=_point(panel, lon, lat))
    assert view.phase == ANSWERED
    assert "Right" in view.card_page.verdict_label.text()
    assert any(f.is_area for f in panel.canvas.features())  # the answer is shown
    log = reviews.review_log(services.bookmarks.store)
    assert log[-1].card_key == first.key and log[-1].correct is True
    QTest.keyClick(view.card_page.focus_target, Qt.Key.Key_Space)  # on to the next card
    assert view.phase == QUESTION and view.card is not None and view.card.key != first.key
    second = view.card
    # The far north-west corner of the map is in none of the regions asked about there.
    qtbot.mouseClick(panel.canvas, Qt.MouseButton.LeftButton, pos=_point(panel, 104.5, 53.5))
    assert "Wrong" in view.card_page.verdict_label.text()
    log = reviews.review_log(services.bookmarks.store)
    assert log[-1].card_key == second.key and log[-1].correct is False


def test_the_keyboard_answers_a_region_card_at_the_cross(qtbot: QtBot, services: Services) -> None:
    view = _open(qtbot, services, "kind:map-region", CHOICE)
    panel = _panel(view)
    assert panel.canvas is not None
    lon, lat = _inside(panel, view)
    # Move the map with the arrows until the cross is near the point, then press Space.
    canvas = panel.canvas
    for _ in range(200):
        at = canvas.viewport.lonlat_to_device(lon, lat)
        dx, dy = at.x() - canvas.width() / 2, at.y() - canvas.height() / 2
        if abs(dx) < 40 and abs(dy) < 40:
            break
        key = (
            (Qt.Key.Key_Right if dx > 0 else Qt.Key.Key_Left)
            if abs(dx) >= abs(dy)
            else (Qt.Key.Key_Down if dy > 0 else Qt.Key.Key_Up)
        )
        QTest.keyClick(canvas, key)
    QTest.keyClick(canvas, Qt.Key.Key_Space)
    assert view.phase == ANSWERED
    assert "Right" in view.card_page.verdict_label.text()


def test_whose_sphere_and_which_line_cards_are_choices_with_the_map_beside(
    qtbot: QtBot, services: Services
) -> None:
    view = _open(qtbot, services, "kind:map-sphere", CHOICE)
    panel = _panel(view)
    assert view.card is not None and panel.canvas is not None
    assert panel.canvas.marker is not None  # the town is ringed
    assert set(view.options) == {"Japan's", "Russia's"}
    view.choose(view.right_index)
    assert "Right" in view.card_page.verdict_label.text()

    lines = _open(qtbot, services, "kind:map-line", FLIP)
    panel = _panel(lines)
    assert lines.card is not None and panel.canvas is not None
    target = map_target(lines.card)
    assert target is not None
    assert {f.key for f in panel.canvas.features()} == {target.feature_key}
    assert panel.canvas.title == ""  # the agreement is the answer: not shown before
    lines.show_answer()
    assert str(lines.card.answer.split("(")[1][:4]) in panel.canvas.title
