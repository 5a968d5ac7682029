"""The Timeline view as a student uses it: keys, clicks, the wheel, hover, export, bookmarks."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolBar, QToolTip
from pytestqt.qtbot import QtBot

from studyapp.ui.services import Services
from studyapp.ui.timeline import geometry
from studyapp.ui.timeline.canvas import TimelineCanvas
from studyapp.ui.timeline.view import TimelineView

FIRST_AGREEMENT = "first-1907"
BEFORE_FIRST = "russo-japanese-commerce-fisheries-1907"  # 1907-07-28, two days earlier
AFTER_FIRST = "anglo-russian-convention-1907"  # 1907-08-31


def _view(qtbot: QtBot, services: Services, width: int = 1200) -> TimelineView:
    view = TimelineView(services)
    qtbot.addWidget(view)
    view.resize(width, 720)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.canvas.setFocus()
    qtbot.waitUntil(view.canvas.hasFocus)
    return view


NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def _key(view: TimelineView, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    QTest.keyClick(view.canvas, key, modifier)


def _centre_of(canvas: TimelineCanvas, key: str) -> QPoint:
    """Where a user would click on an item: the middle of its label."""
    entry = canvas.model.entry(key)
    assert entry is not None
    left, right = geometry.box_of(canvas, entry)
    top = geometry.lane_top(canvas, entry, canvas.bands())
    height = canvas.sizes.agreement_lane if entry.is_agreement else canvas.sizes.lane
    return QPoint(round(min((left + right) / 2, left + 40)), round(top + height / 2))


# ---- selection and opening ------------------------------------------------------------------


def test_left_and_right_step_through_the_items_in_date_order(
    qtbot: QtBot, services: Services
) -> None:
    view = _view(qtbot, services)
    view.show_event(BEFORE_FIRST)
    with qtbot.waitSignal(view.canvas.item_selected) as selected:
        _key(view, Qt.Key.Key_Right)
    assert selected.args == [FIRST_AGREEMENT]  # agreements are stepped through too
    with qtbot.waitSignal(view.canvas.item_selected) as selected:
        _key(view, Qt.Key.Key_Right)
    assert selected.args == [AFTER_FIRST]
    with qtbot.waitSignal(view.canvas.item_selected) as selected:
        _key(view, Qt.Key.Key_Left)
    assert selected.args == [FIRST_AGREEMENT]
    assert "First Russo-Japanese Agreement" in view.details.toPlainText()


def test_stepping_keeps_the_selection_in_view(qtbot: QtBot, services: Services) -> None:
    view = _view(qtbot, services)
    canvas = view.canvas
    for _ in range(12):
        _key(view, Qt.Key.Key_Plus)
    for _ in range(len(canvas.model.entries)):
        _key(view, Qt.Key.Key_Right)
        entry = canvas.model.entry(canvas.selected or "")
        assert entry is not None
        x = canvas.view.x_of(canvas.model.item_of(entry).start)
        assert 0 <= x <= canvas.content_width()
        top = geometry.lane_top(canvas, entry, canvas.bands())
        assert 0 <= top <= canvas.height()
    assert canvas.selected == canvas.model.entries[-1].key


def test_enter_on_an_agreement_opens_it_in_the_clause_viewer(
    qtbot: QtBot, services: Services
) -> None:
    view = _view(qtbot, services)
    view.show_event(BEFORE_FIRST)
    _key(view, Qt.Key.Key_Right)
    with qtbot.waitSignal(services.navigator.open_requested) as requested:
        _key(view, Qt.Key.Key_Return)
    assert requested.args == ["agreement", FIRST_AGREEMENT]


def test_enter_on_an_event_shows_its_details(qtbot: QtBot, services: Services) -> None:
    view = _view(qtbot, services)
    view.show_event(AFTER_FIRST)
    view.details.clear()
    with qtbot.assertNotEmitted(services.navigator.open_requested):
        _key(view, Qt.Key.Key_Return)
    text = view.details.toPlainText()
    event = services.index.events[AFTER_FIRST]
    assert event.title in text
    assert event.title_ja in text
    assert "1907-08-18" in text  # the Julian date of 31 August 1907
    assert "Meiji 40" in text
    html = view.details.toHtml()
    assert all(source.url in html for source in event.sources if source.url)


def test_a_click_selects_and_a_double_click_opens(qtbot: QtBot, services: Services) -> None:
    view = _view(qtbot, services)
    canvas = view.canvas
    point = _centre_of(canvas, "third-1912")
    with qtbot.waitSignal(canvas.item_selected) as selected:
        QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, NO_MODIFIER, point)
    assert selected.args == ["third-1912"]
    with qtbot.waitSignal(services.navigator.open_requested) as requested:
        QTest.mouseDClick(canvas, Qt.MouseButton.LeftButton, NO_MODIFIER, point)
    assert requested.args == ["agreement", "third-1912"]


def test_show_event_selects_centres_and_describes(qtbot: QtBot, services: Services) -> None:
    view = _view(qtbot, services)
    view.canvas.zoom_by(40)
    view.show_event("korea-annexation-1910")
    canvas = view.canvas
    day = dt.date(1910, 8, 29).toordinal()
    assert canvas.selected == "korea-annexation-1910"
    assert canvas.view.x_of(day) == pytest.approx(canvas.content_width() / 2, abs=2)
    assert "Annexation of Korea" in view.details.toPlainText()


def test_the_agreement_link_in_the_details_opens_the_clause_viewer(
    qtbot: QtBot, services: Services
) -> None:
    view = _view(qtbot, services)
    view.show_event("fourth-1916")
    assert "agreement:fourth-1916" in view.details.toHtml()
    with qtbot.waitSignal(services.navigator.open_requested) as requested:
        view.details.anchorClicked.emit("agreement:fourth-1916")
    assert requested.args == ["agreement", "fourth-1916"]


# ---- zoom and pan ---------------------------------------------------------------------------


def test_zooming_in_goes_from_decades_to_days_and_fit_all_restores(
    qtbot: QtBot, services: Services
) -> None:
    view = _view(qtbot, services, width=450)  # narrow: the whole range shows decades
    qtbot.wait(20)  # the refit once the resize has settled runs on the next turn of the loop
    canvas = view.canvas
    start_range, start_days = canvas.visible_range(), canvas.visible_days()
    units = [canvas.tick_step().unit]
    spans = [canvas.visible_days()]
    for _ in range(30):  # √2 a step: from the whole range to the limit, and a bit more
        _key(view, Qt.Key.Key_Plus)
        units.append(canvas.tick_step().unit)
        spans.append(canvas.visible_days())
    assert [unit for unit, _ in itertools.groupby(units)] == ["decade", "year", "month", "day"]
    assert spans == sorted(spans, reverse=True) and spans[-1] < spans[0] / 1000
    assert spans[-1] == spans[-2]  # stopped at the limit
    assert canvas.visible_days() * canvas.view.scale == pytest.approx(canvas.content_width())
    assert canvas.view.scale == pytest.approx(200.0)  # the limit: one day per 200 px
    _key(view, Qt.Key.Key_Minus)
    assert canvas.visible_days() > spans[-1]
    _key(view, Qt.Key.Key_0)
    assert canvas.visible_range() == pytest.approx(start_range)
    assert canvas.visible_days() == pytest.approx(start_days)
    _key(view, Qt.Key.Key_Minus)  # cannot zoom out past the whole range
    assert canvas.visible_days() == pytest.approx(start_days)


def _laid_out(qtbot: QtBot, canvas: TimelineCanvas) -> None:
    """Wait for the idle-time lane layouts: until then the lane count, and with it the
    vertical scroll bar and so the width a fitted view spreads over, may still change."""
    qtbot.waitUntil(lambda: not canvas._pending_scales)


def test_toolbar_buttons_zoom_and_fit(qtbot: QtBot, services: Services) -> None:
    view = _view(qtbot, services)
    _laid_out(qtbot, view.canvas)
    days = view.canvas.visible_days()
    actions = view.canvas.actions_by_name
    toolbar = view.findChild(QToolBar)
    assert toolbar is not None
    QTest.mouseClick(toolbar.widgetForAction(actions["zoom_in"]), Qt.MouseButton.LeftButton)
    assert view.canvas.visible_days() < days
    QTest.mouseClick(toolbar.widgetForAction(actions["fit_all"]), Qt.MouseButton.LeftButton)
    _laid_out(qtbot, view.canvas)
    assert view.canvas.visible_days() == pytest.approx(days)


def _wheel(canvas: TimelineCanvas, x: float, delta: int, modifiers: Qt.KeyboardModifier) -> None:
    point = QPointF(x, canvas.height() / 2)
    event = QWheelEvent(
        point,
        canvas.mapToGlobal(point),
        QPoint(),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas, event)


def test_ctrl_wheel_zooms_around_the_cursor_and_the_wheel_pans(
    qtbot: QtBot, services: Services
) -> None:
    view = _view(qtbot, services)
    canvas = view.canvas
    canvas.zoom_by(4)
    day_under_cursor = canvas.view.day_at(300)
    days = canvas.visible_days()
    _wheel(canvas, 300, 120, Qt.KeyboardModifier.ControlModifier)
    assert canvas.visible_days() < days
    assert canvas.view.day_at(300) == pytest.approx(day_under_cursor)
    first = canvas.view.first_day
    _wheel(canvas, 300, -120, Qt.KeyboardModifier.NoModifier)
    assert canvas.view.first_day > first  # wheel down: later in time


def test_keys_and_dragging_pan(qtbot: QtBot, services: Services) -> None:
    view = _view(qtbot, services)
    canvas = view.canvas
    canvas.zoom_by(8)
    canvas.centre_on(dt.date(1912, 1, 1).toordinal())
    first = canvas.view.first_day
    _key(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert canvas.view.first_day > first
    assert canvas.selected is None  # Shift+Right pans, it does not select
    _key(view, Qt.Key.Key_PageUp)
    assert canvas.view.first_day < first
    first = canvas.view.first_day
    start = QPoint(600, canvas.height() - 20)
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, NO_MODIFIER, start)
    QTest.mouseMove(canvas, start + QPoint(-100, 0))
    QTest.mouseMove(canvas, start + QPoint(-200, 0))
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, NO_MODIFIER, start + QPoint(-200, 0))
    assert canvas.view.first_day == pytest.approx(first + 200 / canvas.view.scale)


# ---- lanes ----------------------------------------------------------------------------------


def test_no_two_items_overlap_on_screen_at_any_zoom(qtbot: QtBot, services: Services) -> None:
    view = _view(qtbot, services)
    canvas = view.canvas
    for _ in range(24):
        bands = canvas.bands()
        boxes = []
        for entry in canvas.model.entries:
            left, right = geometry.box_of(canvas, entry)
            boxes.append((geometry.lane_top(canvas, entry, bands), left, right))
        for (top, left, right), (other_top, other_left, other_right) in itertools.combinations(
            boxes, 2
        ):
            if top == other_top:
                assert right <= other_left or other_right <= left
        canvas.zoom_by(1.37)


# ---- hover and calendars --------------------------------------------------------------------


# The offscreen platform cannot raise the tooltip window and says so; that is not our fault.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_tooltip_gives_the_date_in_three_calendars(qtbot: QtBot, services: Services) -> None:
    view = _view(qtbot, services)
    canvas = view.canvas
    point = _centre_of(canvas, "third-1912")
    event = QHelpEvent(QEvent.Type.ToolTip, point, canvas.mapToGlobal(point))
    QApplication.sendEvent(canvas, event)
    qtbot.waitUntil(QToolTip.isVisible)
    text = QToolTip.text()
    assert "Third Russo-Japanese Agreement" in text
    assert "第三次日露協約" in text
    assert "1912-07-08" in text
    assert "1912-06-25" in text  # Julian
    assert "Meiji 45" in text
    QToolTip.hideText()


def test_the_calendar_choice_changes_the_axis_and_is_remembered(
    qtbot: QtBot, services: Services
) -> None:
    view = _view(qtbot, services)
    gregorian = view.canvas.visible_tick_labels()
    assert "1910" in gregorian
    view.calendar_box.setCurrentIndex(view.calendar_box.findData("japanese"))
    japanese = view.canvas.visible_tick_labels()
    assert any(label.startswith("明治") for label in japanese)
    assert any(label.startswith("大正") for label in japanese)
    assert view.saved_state()["calendar"] == "japanese"
    view.canvas.zoom_by(1000)
    view.canvas.centre_on(dt.date(1912, 7, 8).toordinal())
    view.calendar_box.setCurrentIndex(view.calendar_box.findData("julian"))
    assert view.canvas.tick_step().unit == "day" and view.canvas.tick_step().count == 1
    assert "25" in view.canvas.visible_tick_labels()  # 8 July N.S. is 25 June O.S.
    view.show_event("third-1912")
    assert view.details.toPlainText().index("Julian") < view.details.toPlainText().index(
        "Gregorian"
    )
    again = TimelineView(services)
    qtbot.addWidget(again)
    again.restore_state(view.saved_state())  # as the main window does on the next start
    assert again.calendar() == "julian"


# ---- export ---------------------------------------------------------------------------------


def test_export_writes_a_png(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    view = _view(qtbot, services)
    target = tmp_path / "timeline.png"
    with qtbot.waitSignal(services.navigator.message_posted) as posted:
        assert view.export_to(target)
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert str(target) in posted.args[0]


def test_export_writes_an_svg(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    view = _view(qtbot, services)
    target = tmp_path / "timeline.svg"
    assert view.export_to(target)
    text = target.read_text(encoding="utf-8")
    assert "<svg" in text
    assert "1910" in text


def test_an_unwritable_path_gives_a_message_not_an_exception(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    view = _view(qtbot, services)
    target = tmp_path / "no such folder" / "timeline.png"
    with qtbot.waitSignal(services.navigator.message_posted) as posted:
        assert not view.export_to(target)
    assert "Could not write" in posted.args[0]
    assert str(target) in posted.args[0]
    assert not target.exists()


# ---- bookmarks ------------------------------------------------------------------------------


def _star_pixel(canvas: TimelineCanvas, key: str) -> tuple[int, int, int]:
    entry = canvas.model.entry(key)
    assert entry is not None
    item = canvas.model.item_of(entry)
    sizes = canvas.sizes
    x = canvas.view.x_of(item.start) + item.label_px - sizes.pad - sizes.star
    y = geometry.lane_top(canvas, entry, canvas.bands()) + sizes.agreement_lane / 2
    image = canvas.grab().toImage()
    ratio = image.devicePixelRatio()
    colour = image.pixelColor(round(x * ratio), round(y * ratio))
    return colour.red(), colour.green(), colour.blue()


def test_a_bookmark_puts_a_star_on_its_agreement(qtbot: QtBot, services: Services) -> None:
    view = _view(qtbot, services)
    canvas = view.canvas
    star = canvas.colours.star
    star_rgb = (star.red(), star.green(), star.blue())
    assert _star_pixel(canvas, "second-1910") != star_rgb
    services.bookmarks.save("second-1910-secret-1", "spheres in Manchuria")
    assert canvas.bookmarked == {"second-1910": 1}
    assert _star_pixel(canvas, "second-1910") == star_rgb
    assert _star_pixel(canvas, "first-1907") != star_rgb
    view.show_event("second-1910")
    assert "1 bookmarked clause" in view.details.toPlainText()
    services.bookmarks.undo_stack.undo()
    assert _star_pixel(canvas, "second-1910") != star_rgb


# ---- actions, accessibility, synthetic records ----------------------------------------------


def test_view_actions_have_their_shortcuts(qtbot: QtBot, services: Services) -> None:
    view = _view(qtbot, services)
    keys = {
        action.text().replace("&", ""): [key.toString() for key in action.shortcuts()]
        for action in view.view_actions()
    }
    assert "+" in keys["Zoom in"] and "Ctrl+=" in keys["Zoom in"]
    assert "-" in keys["Zoom out"]
    assert "0" in keys["Fit all"]
    assert keys["Export image…"] == ["Ctrl+E"]
    assert keys["Previous item"] == ["Left"] and keys["Next item"] == ["Right"]
    assert "Return" in keys["Open item"]


def test_every_control_has_an_accessible_name(qtbot: QtBot, services: Services) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QTextBrowser

    view = _view(qtbot, services)
    controls = [
        *view.findChildren(QAbstractButton),
        *view.findChildren(QComboBox),
        *view.findChildren(QTextBrowser),
        view.canvas,
    ]
    unnamed = [
        control for control in controls if control.isVisible() and not control.accessibleName()
    ]
    assert unnamed == []


def test_thousands_of_events_are_laid_out_without_overlaps(qtbot: QtBot, tmp_path: Path) -> None:
    from studyapp.content.database import ContentDatabase
    from studyapp.ui.shared.operation import finish_all
    from studyapp.ui.timeline.reading import TimelineReader
    from tests.timeline_content import build_crowded

    database = ContentDatabase(build_crowded(tmp_path, events=900))  # all labelled: one read
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(900, 500)
    canvas.show()
    canvas.set_reader(TimelineReader(database.read))
    assert canvas.read_window.whole
    assert len(canvas.model.entries) == 3 + 900
    for _ in range(6):
        for lane in canvas.model.layouts[1].best(canvas.view.scale).lanes:
            boxes = [geometry.box_of(canvas, canvas.model.group_entries[1][i]) for i in lane.items]
            assert all(a[1] <= b[0] for a, b in itertools.pairwise(boxes))
        canvas.zoom_by(3)
    canvas.repaint()
    finish_all()
    database.close()


def test_a_long_session_of_painting_does_not_use_up_none_or_true(
    qtbot: QtBot, services: Services
) -> None:
    # PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void Qt call and
    # to True on every emit, until the interpreter aborted: pyproject.toml pins it out.
    import sys

    view = _view(qtbot, services)
    before = sys.getrefcount(None), sys.getrefcount(True)
    for step in range(40):  # each frame makes hundreds of Qt calls that return nothing
        view.canvas.pan_by(50 if step % 2 else -50)  # and emits view_moved
        view.canvas.repaint()
    assert sys.getrefcount(None) >= before[0] - 100
    assert sys.getrefcount(True) >= before[1] - 100


def test_an_agreement_label_sets_only_its_english_title_in_bold() -> None:
    from studyapp.ui.timeline.model import agreement_label, agreement_label_parts

    label = agreement_label("Third Russo-Japanese Agreement", "第三次日露協約")
    assert agreement_label_parts(label) == ("Third Russo-Japanese Agreement", "  第三次日露協約")
    assert agreement_label_parts(agreement_label("Untitled", "")) == ("Untitled", "")


def test_agreement_lanes_below_the_widget_are_not_painted(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studyapp.content.database import ContentDatabase
    from studyapp.ui.timeline.model import AGREEMENTS
    from studyapp.ui.timeline.reading import AGREEMENT_LIMIT, TimelineReader
    from tests.content_factory import agreement_row, build_content, small_content

    # A day apart, their labels overlap at any zoom: one lane each, far taller than the widget.
    content = small_content(agreements=0, events=1)
    count = AGREEMENT_LIMIT  # as many as are labelled one by one
    for number in range(1, count + 1):
        row = agreement_row(number)
        row["signed"] = dt.date(1907, 1, 1) + dt.timedelta(days=number)
        content.add("agreement", f"agreements/pact-{number}", row)
    database = ContentDatabase(build_content(tmp_path, content))
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(900, 300)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.set_reader(TimelineReader(database.read))
    lanes = canvas.model.layouts[AGREEMENTS].best(canvas.view.scale).lanes
    titles_drawn: list[str] = []
    real_static_text = canvas.static_text

    def counting_static_text(group: int, text: str) -> object:
        if group == AGREEMENTS:
            titles_drawn.append(text)
        return real_static_text(group, text)

    monkeypatch.setattr(canvas, "static_text", counting_static_text)
    canvas.update()
    qtbot.waitUntil(lambda: bool(titles_drawn))  # one frame painted
    assert len(lanes) * canvas.sizes.agreement_lane > 8 * canvas.height()
    # Unculled, a frame draws all of them; culled, those of the lanes on screen (two at most
    # in a lane here), even if a second frame came before the wait ended.
    assert 0 < len(titles_drawn) < count / 4
    database.close()


def test_a_palette_change_recolours_without_measuring_the_labels_again(
    qtbot: QtBot, services: Services
) -> None:
    from PySide6.QtGui import QColor, QPalette

    view = _view(qtbot, services)
    canvas = view.canvas
    model = canvas.model
    dark = QPalette(canvas.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    canvas.setPalette(dark)
    assert canvas.colours.base == QColor("#1e1e1e")
    assert canvas.model is model


def test_a_larger_font_measures_the_labels_again(qtbot: QtBot, services: Services) -> None:
    view = _view(qtbot, services)
    canvas = view.canvas
    before = canvas.model.items[0][0].label_px
    font = canvas.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    canvas.setFont(font)
    assert canvas.model.items[0][0].label_px > before * 1.5


def test_many_bookmarks_are_counted_off_the_ui_thread_and_star_their_agreements(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studyapp.ui.timeline import view as view_module

    monkeypatch.setattr(view_module, "BOOKMARKS_COUNTED_AT_ONCE", 0)  # as with 50,000
    services.bookmarks.save("second-1910-secret-1")
    services.bookmarks.save("second-1910-public-1")
    services.bookmarks.save("gone-clause")  # no clause of the content: no star
    view = _view(qtbot, services)
    qtbot.waitUntil(lambda: view.canvas.bookmarked == {"second-1910": 2})
    services.bookmarks.remove("second-1910-public-1")
    qtbot.waitUntil(lambda: view.canvas.bookmarked == {"second-1910": 1})
