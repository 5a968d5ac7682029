"""The timeline over content too large to label at once: clusters, windows, stepping by SQL."""

from __future__ import annotations

import datetime as dt
import itertools
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studyapp.content import timeline_queries as queries
from studyapp.content.database import ContentDatabase
from studyapp.content.timeline_queries import TimelineItem
from studyapp.ui.shared.operation import Operation, finish_all
from studyapp.ui.timeline import density, geometry, layout, reading
from studyapp.ui.timeline.axis import AxisTicks
from studyapp.ui.timeline.canvas import TimelineCanvas
from studyapp.ui.timeline.model import EVENTS
from studyapp.ui.timeline.reading import TimelineReader
from tests.timeline_content import build_crowded

EVENTS_BUILT = 3000
LIMIT = 300  # the events labelled at most in a window, for these tests


@pytest.fixture(scope="module")
def crowded_path(tmp_path_factory: pytest.TempPathFactory) -> object:
    return build_crowded(tmp_path_factory.mktemp("crowd"), events=EVENTS_BUILT)


@pytest.fixture
def canvas(
    qtbot: QtBot, crowded_path: object, monkeypatch: pytest.MonkeyPatch
) -> Iterator[TimelineCanvas]:
    monkeypatch.setattr(reading, "EVENT_LIMIT", LIMIT)
    monkeypatch.setattr(reading, "LIMITS", (reading.AGREEMENT_LIMIT, LIMIT))
    database = ContentDatabase(crowded_path)  # type: ignore[arg-type]
    widget = TimelineCanvas()
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_reader(TimelineReader(database.read))
    qtbot.waitUntil(lambda: widget.densities() is not None)  # counted off the UI thread
    yield widget
    finish_all()
    database.close()


def _all_items(canvas: TimelineCanvas) -> list[TimelineItem]:
    assert canvas.reader is not None
    found: list[TimelineItem] = canvas.reader._read(
        lambda c: queries.items_between(c, dt.date(1800, 1, 1), dt.date(2100, 1, 1))
    )
    return found


def _settled(canvas: TimelineCanvas) -> None:
    """Let the dates read ahead off the UI thread arrive, as between two key presses."""
    deadline = time.monotonic() + 10
    while canvas.reading_ahead and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.002)
    assert not canvas.reading_ahead


def _zoom_until_labelled(canvas: TimelineCanvas) -> None:
    canvas.centre_on(dt.date(1912, 6, 1).toordinal())
    for _ in range(40):
        _settled(canvas)
        if canvas.read_window.events is not None:
            return
        canvas.zoom_in()
    raise AssertionError("never labelled")


def test_fitted_over_thousands_the_events_are_clusters(canvas: TimelineCanvas) -> None:
    assert canvas.read_window.events is None
    assert canvas.model.group_entries[EVENTS] == []  # none read one by one, none measured
    shown = density.clusters(canvas, EVENTS)
    assert sum(cluster.count for cluster in shown) == EVENTS_BUILT
    names = [canvas.accessible_item(n).name for n in range(canvas.accessible_item_count())]
    assert any("events from" in name for name in names)
    canvas.repaint()


def test_zooming_in_reads_and_labels_the_events_near_the_view(canvas: TimelineCanvas) -> None:
    _zoom_until_labelled(canvas)
    window = canvas.read_window
    entries = canvas.model.group_entries[EVENTS]
    assert 0 < len(entries) <= LIMIT
    first, last = canvas.visible_range()
    assert window.covers(first, last)
    for entry in entries:
        item = entry.record
        assert window.first <= (item.end or item.date).toordinal() and item.day <= window.last
    for lane in canvas.model.layouts[EVENTS].best(canvas.view.scale).lanes:
        boxes = [geometry.box_of(canvas, entries[i]) for i in lane.items]
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(boxes))
    canvas.repaint()


def test_panning_far_reads_the_dates_there(canvas: TimelineCanvas) -> None:
    _zoom_until_labelled(canvas)
    before = canvas.read_window
    canvas.centre_on(dt.date(1922, 1, 1).toordinal())
    after = canvas.read_window
    assert after is not before
    assert after.covers(*canvas.visible_range())
    assert canvas.model.group_entries[EVENTS]
    canvas.repaint()


def test_right_steps_through_the_items_beyond_the_dates_read(canvas: TimelineCanvas) -> None:
    _zoom_until_labelled(canvas)
    items = _all_items(canvas)
    canvas.select_step(1)
    start = next(n for n, item in enumerate(items) if item.key == canvas.selected)
    keys = [canvas.selected]
    for number in range(LIMIT + 20):  # further than one window holds
        canvas.select_step(1)
        keys.append(canvas.selected)
        if number % 50 == 0:
            _settled(canvas)  # or not: stepping works either way
    assert keys == [item.key for item in items[start : start + LIMIT + 21]]
    assert canvas.selected_item is not None
    first, last = canvas.visible_range()
    assert first <= canvas.selected_item.day <= last  # each kept in view


def test_a_far_item_selected_by_key_is_shown(canvas: TimelineCanvas) -> None:
    _zoom_until_labelled(canvas)
    far = next(item for item in _all_items(canvas) if item.date.year == 1903)
    canvas.select(far.key)
    assert canvas.selected == far.key
    assert canvas.model.entry(far.key) is not None  # the dates there were read
    first, last = canvas.visible_range()
    assert first <= far.day <= last


def test_selected_over_clusters_it_is_drawn_and_named(canvas: TimelineCanvas) -> None:
    canvas.select_step(1)
    assert canvas.selected_item is not None
    assert canvas.model.entry(canvas.selected_item.key) is None or canvas.selected_item.is_agreement
    if not canvas.selected_item.is_agreement:
        current = canvas.accessible_current()
        assert current is not None
        assert canvas.accessible_item(current).selected
        assert density.selected_rect(canvas) is not None
    canvas.repaint()


def test_a_click_on_a_cluster_zooms_into_it(qtbot: QtBot, canvas: TimelineCanvas) -> None:
    shown = density.clusters(canvas, EVENTS)
    cluster = max(shown, key=lambda found: found.count)
    rect = density.cluster_rect(canvas, cluster)
    point = QPoint(round(rect.center().x()), round(rect.bottom() - 5))
    days = canvas.visible_days()
    QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert canvas.visible_days() < days / 2
    first, last = canvas.visible_range()
    assert first <= cluster.first_day and cluster.last_day <= last


def test_hidden_kinds_are_left_out_of_the_counts(canvas: TimelineCanvas) -> None:
    canvas.set_hidden_kinds({"war"})
    shown = density.clusters(canvas, EVENTS)
    assert sum(cluster.count for cluster in shown) == EVENTS_BUILT // 2
    _zoom_until_labelled(canvas)
    assert all(entry.record.kind != "war" for entry in canvas.model.group_entries[EVENTS])


def _idle_done(canvas: TimelineCanvas) -> None:
    """Run the work the canvas queues for idle time to its end, as between key presses."""
    deadline = time.monotonic() + 20
    while canvas.idle_work_pending and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.001)
    assert not canvas.idle_work_pending


def test_a_zoom_step_starts_no_reading_in_its_frame_and_finds_its_lanes_laid_out(
    canvas: TimelineCanvas, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lanes of a window read are laid out in idle time at the scales both sides of the
    view, so zooming out packs none in the step; the read-ahead starts after the step."""
    _zoom_until_labelled(canvas)  # the window read at this very scale
    _idle_done(canvas)
    packed: list[float] = []
    real_pack = layout.pack_lanes

    def counting_pack(*args: object, **kwargs: object) -> layout.LaneLayout:
        packed.append(1.0)
        return real_pack(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(layout, "pack_lanes", counting_pack)
    canvas.zoom_out()  # below the scale the window was read at
    canvas.repaint()
    assert packed == []
    _idle_done(canvas)
    started: list[str] = []

    def noted_start(self: Operation[object]) -> Operation[object]:
        started.append(self.what)
        return self

    monkeypatch.setattr(Operation, "start", noted_start)
    window = canvas.read_window
    canvas.zoom_out()  # near the edge of the dates read: more are read, after this frame
    canvas.repaint()
    assert canvas.read_window is window and canvas.reading_ahead
    assert started == [] and packed == []
    assert all(cache.has(canvas.view.scale) for cache in canvas._caches())


def test_the_axis_ticks_are_kept_while_zooming_in_within_one_step(canvas: TimelineCanvas) -> None:
    canvas.centre_on(dt.date(1912, 6, 1).toordinal())
    for _ in range(12):
        canvas.zoom_in()
    first, last = canvas.visible_range()
    made = canvas.axis.ticks(canvas.calendar, canvas.view.scale, first, last)
    canvas.view.zoom(1.05, canvas.content_width() / 2)  # a little: the same step
    first, last = canvas.visible_range()
    assert canvas.tick_step() == made.step
    assert canvas.axis.ticks(canvas.calendar, canvas.view.scale, first, last) is made
    labelled = [tick.day for tick in made.ticks]
    assert labelled == sorted(labelled) and made.first <= first and last <= made.last
    inside = [day for day in made.minor if first <= day <= last]
    assert inside == sorted(inside) and len(inside) > len(_visible(made, first, last))


def _visible(ticks: AxisTicks, first: float, last: float) -> list[float]:
    return [tick.day for tick in ticks.ticks if first <= tick.day <= last]
