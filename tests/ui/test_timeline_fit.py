"""The timeline fits its room: whole labels where the lane allows, lanes and details shared."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from studyapp.ui.services import Services
from studyapp.ui.timeline.canvas import TimelineCanvas
from studyapp.ui.timeline.model import EVENTS
from studyapp.ui.timeline.painting import event_labels
from studyapp.ui.timeline.view import TimelineView
from tests.conftest import ROOT
from tests.ui.test_window_fit import _screens_file


def _view(qtbot: QtBot, services: Services, width: int, height: int) -> TimelineView:
    view = TimelineView(services)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(20)  # the arrangement and the refit run on the next turns of the loop
    return view


def _neighbours(canvas: TimelineCanvas) -> dict[str, float]:
    """For each event, the left edge (px) of the next item in its lane; inf for the last."""
    model, view = canvas.model, canvas.view
    layout = model.layouts[EVENTS].best(view.scale)
    items, entries = model.items[EVENTS], model.group_entries[EVENTS]
    edges = {}
    for lane in layout.lanes:
        for here, after in zip(lane.items, [*lane.items[1:], None], strict=True):
            edges[entries[here].key] = (
                view.x_of(items[after].start) - model.metrics.lead_px
                if after is not None
                else float("inf")
            )
    return edges


def _check_labels(canvas: TimelineCanvas) -> int:
    """Every drawn label is whole unless the next item of its lane is in the way, and none
    runs into that item. Returns how many were shortened."""
    sizes, model = canvas.sizes, canvas.model
    shortened = 0
    edges = _neighbours(canvas)
    for key, text in event_labels(canvas).items():
        entry = model.entry(key)
        assert entry is not None
        x = canvas.view.x_of(model.item_of(entry).start) + sizes.marker + sizes.pad
        room = edges[key] - model.metrics.gap_px - x
        assert x + canvas.text_width(text) <= edges[key] + 0.5, (key, text)
        if text != entry.record.title:
            shortened += 1
            assert canvas.text_width(entry.record.title) > room, (key, text)
    return shortened


def test_labels_are_shortened_only_where_the_next_item_is_in_the_way(
    qtbot: QtBot, services: Services
) -> None:
    view = _view(qtbot, services, 1300, 700)
    _check_labels(view.canvas)
    view.canvas.zoom_by(8)
    view.canvas.centre_on(dt.date(1910, 1, 1).toordinal())
    _check_labels(view.canvas)


def test_on_a_wide_screen_zoomed_in_every_label_is_whole(qtbot: QtBot, services: Services) -> None:
    view = _view(qtbot, services, 2560, 900)
    view.canvas.zoom_by(16)
    for year in range(1902, 1927, 2):
        view.canvas.centre_on(dt.date(year, 6, 1).toordinal())
        assert _check_labels(view.canvas) == 0


def test_fit_all_fits_time_and_lanes_where_the_height_allows(
    qtbot: QtBot, services: Services
) -> None:
    view = _view(qtbot, services, 1340, 700)
    canvas = view.canvas
    canvas.zoom_by(4)
    QTest.keyClick(canvas, Qt.Key.Key_0)
    qtbot.wait(20)
    first, last = canvas.visible_range()
    assert first <= canvas.model.first_day and last >= canvas.model.last_day - 1
    assert canvas.scrollbar.isHidden()  # every lane shows
    assert canvas.needed_height() <= canvas.height()


def test_the_details_pane_takes_what_its_text_needs_and_can_be_hidden(
    qtbot: QtBot, services: Services
) -> None:
    view = _view(qtbot, services, 1340, 760)
    details, splitter = view.details, view.splitter
    hint_height = splitter.sizes()[1]
    assert hint_height <= details.least_height() + details.fontMetrics().height()
    view.show_event("portsmouth-treaty-1905")
    qtbot.wait(20)
    assert hint_height < splitter.sizes()[1] <= details.needed_height() + 1
    view.details_action.trigger()
    qtbot.wait(20)
    assert splitter.sizes()[1] == 0
    view.canvas.setFocus()
    QTest.keyClick(view.canvas, Qt.Key.Key_Return)  # Enter opens the event in the pane
    qtbot.wait(20)
    assert splitter.sizes()[1] > 0 and view.details_action.isChecked()
    assert details.hasFocus()
    assert "Portsmouth" in details.toPlainText()
    QTest.keyClick(details, Qt.Key.Key_Escape)
    assert view.canvas.hasFocus()


def test_right_and_left_start_from_the_items_in_view(qtbot: QtBot, services: Services) -> None:
    view = _view(qtbot, services, 1200, 700)
    canvas = view.canvas
    canvas.zoom_by(12)
    canvas.centre_on(dt.date(1912, 1, 1).toordinal())
    canvas.setFocus()
    first, last = canvas.visible_range()
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    starts = canvas.model.starts
    expected = next(n for n, start in enumerate(starts) if start >= first)
    assert canvas.selected == canvas.model.entries[expected].key
    canvas.select(None)
    QTest.keyClick(canvas, Qt.Key.Key_Left)
    expected = max(n for n, start in enumerate(starts) if start <= last)
    assert canvas.selected == canvas.model.entries[expected].key


def test_the_legend_names_each_kind_and_hides_the_kinds_unticked(
    qtbot: QtBot, services: Services
) -> None:
    view = _view(qtbot, services, 1200, 700)
    kinds = {event.kind for event in services.index.whole().events}
    assert set(view.canvas.kinds) == kinds
    menu_texts = [action.text() for action in view.kinds_button.menu().actions()]
    assert "Agreement (Enter opens its text)" in menu_texts
    assert "Treaty" in menu_texts and "Revolution" in menu_texts
    treaty = view.kinds_button.kind_action("treaty")
    assert treaty is not None
    treaty.setChecked(False)
    shown = {entry.key for entry in view.canvas.model.entries}
    treaties = {e.key for e in services.index.whole().events if e.kind == "treaty"}
    assert treaties and not treaties & shown
    agreements = len(services.index.whole().agreements)
    assert len(shown) == agreements + len(services.index.whole().events) - len(treaties)
    state = view.saved_state()
    assert state["hidden_kinds"] == "treaty"
    again = _view(qtbot, services, 1200, 700)
    again.restore_state(state)
    assert again.canvas.hidden_kinds == {"treaty"}


def test_ctrl_g_goes_to_a_year_a_month_a_day_or_an_era_year(
    qtbot: QtBot, services: Services
) -> None:
    view = _view(qtbot, services, 1200, 700)
    canvas = view.canvas
    for text, day in [
        ("1910", dt.date(1910, 7, 1)),
        ("July 1916", dt.date(1916, 7, 16)),
        ("30 July 1907", dt.date(1907, 7, 30)),
        ("大正3年", dt.date(1914, 7, 1)),
    ]:
        assert view.go_to(text)
        first, last = canvas.visible_range()
        assert first < day.toordinal() < last
        assert abs((first + last) / 2 - day.toordinal()) < (last - first) * 0.1
        assert last - first < 5 * 366  # zoomed in from the fit, not just centred
    view.calendar_box.setCurrentIndex(view.calendar_box.findData("julian"))
    assert view.go_to("17 July 1907")  # Julian: 30 July in the Gregorian calendar
    first, last = canvas.visible_range()
    assert abs((first + last) / 2 - dt.date(1907, 7, 30).toordinal()) <= 1
    with qtbot.waitSignal(services.navigator.message_posted) as posted:
        assert not view.go_to("soon")
    assert "Not a date" in posted.args[0]
    assert "Ctrl+G" in view.goto_action.shortcut().toString()


def test_a_pane_height_the_user_dragged_to_is_kept_until_fit_all(
    qtbot: QtBot, services: Services
) -> None:
    view = _view(qtbot, services, 1340, 760)
    splitter = view.splitter
    total = sum(splitter.sizes())
    splitter.setSizes([total - 300, 300])
    splitter.splitterMoved.emit(total - 300, 1)  # as a drag of the handle reports it
    view.show_event("portsmouth-treaty-1905")
    qtbot.wait(20)
    assert splitter.sizes()[1] == 300
    QTest.keyClick(view.canvas, Qt.Key.Key_0)
    qtbot.wait(20)
    assert splitter.sizes()[1] != 300


def test_hovering_the_end_of_a_long_label_finds_its_event(qtbot: QtBot, services: Services) -> None:
    from PySide6.QtCore import QPointF

    from studyapp.ui.timeline import geometry

    view = _view(qtbot, services, 2000, 800)
    canvas = view.canvas
    canvas.zoom_by(8)
    entry = next(e for e in canvas.model.entries if e.record.title.startswith("Soviet government"))
    canvas.centre_on(canvas.model.item_of(entry).start + 200)
    text = event_labels(canvas)[entry.key]
    _left, packed_right = geometry.box_of(canvas, entry)
    top = geometry.lane_top(canvas, entry, canvas.bands())
    x = canvas.view.x_of(canvas.model.item_of(entry).start) + canvas.sizes.marker
    end = x + canvas.sizes.pad + canvas.text_width(text) - 3
    assert end > packed_right  # drawn past the width it was packed with
    found = canvas.entry_at(QPointF(end, top + canvas.sizes.lane / 2))
    assert found is not None and found.key == entry.key


# ---- Fit all on a netbook's screen, in the real window ------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("scale", [1, 2])
def test_fit_all_on_a_1024_by_600_screen_shows_every_lane_and_every_event(
    tmp_path: Path, scale: int
) -> None:
    """The densest years (1904–1912) pack by marker if they must: no lane scrolls, each
    event is inside the canvas, ←/→ reach every item, hovering one shows its whole title."""
    screens = _screens_file(tmp_path, (0, 0, 1024 * scale, 600 * scale))
    env = dict(os.environ, STUDYAPP_HOME=str(tmp_path / "home"), QT_SCALE_FACTOR=str(scale))
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={screens}"
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.timeline_fit_driver"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["screens"] == [[0, 0, 1024, 600]]
    assert report["events"] > 40  # the real content, not an empty timeline
    first, last = report["range"]
    assert first <= report["content"][0] and last >= report["content"][1] - 1  # all time
    assert not report["scroll_bar_shown"]
    assert report["outside"] == []
    assert report["unreached"] == []
    assert report["hover_misses"] == []
