"""The timeline's Qt-free parts: lanes, culling, zoom limits, axis ticks, calendar texts."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studyapp.content.records import AgreementRecord, EraRecord, EventRecord, SourceRecord
from studyapp.content.timeline_queries import TimelineItem
from studyapp.ui.timeline import describe
from studyapp.ui.timeline.axis import (
    CALENDARS,
    DAYS,
    DECADES,
    GREGORIAN,
    JAPANESE,
    JULIAN,
    MONTHS_STEP,
    STEPS,
    YEARS,
    Axis,
    context_spans,
    tick_labels,
)
from studyapp.ui.timeline.dates import calendar_lines
from studyapp.ui.timeline.layout import (
    BoxMetrics,
    Item,
    LayoutCache,
    box_days,
    bucket_scale,
    bucket_scales,
    fit_scale,
    pack_lanes,
)
from studyapp.ui.timeline.model import AGREEMENTS, EVENTS, LabelSizer, TimelineModel
from studyapp.ui.timeline.viewport import MAX_SCALE, Viewport

METRICS = BoxMetrics(lead_px=6.0, gap_px=10.0)
FIRST = dt.date(1900, 1, 1).toordinal()
LAST = dt.date(1925, 12, 31).toordinal()


def _day(date: str) -> float:
    return float(dt.date.fromisoformat(date).toordinal())


@st.composite
def timeline_items(draw: st.DrawFn) -> list[Item]:
    """Points and spans over 1900–1925 with labels 20–400 px wide, sorted by start."""
    count = draw(st.integers(min_value=0, max_value=60))
    items = []
    for number in range(count):
        start = draw(st.integers(min_value=FIRST, max_value=LAST))
        length = draw(st.one_of(st.just(0), st.integers(min_value=1, max_value=2000)))
        label = draw(st.floats(min_value=20, max_value=400))
        items.append(Item(f"item-{number}", float(start), float(start + length), label))
    return sorted(items, key=lambda item: item.start)


scales = st.floats(min_value=0.02, max_value=MAX_SCALE)


@settings(max_examples=150, deadline=None)
@given(items=timeline_items(), scale=scales)
def test_no_two_boxes_of_a_lane_overlap_at_any_scale_of_its_bucket(
    items: list[Item], scale: float
) -> None:
    layout = LayoutCache(items, METRICS).at(scale)
    assert layout.scale <= scale
    for lane in layout.lanes:
        boxes = [box_days(items[index], scale, METRICS) for index in lane.items]
        for (_, right), (left, _) in itertools.pairwise(boxes):
            assert right <= left + 1e-9
        for first, second in itertools.combinations(boxes, 2):  # not only neighbours
            assert first[1] <= second[0] + 1e-9 or second[1] <= first[0] + 1e-9


@settings(max_examples=100, deadline=None)
@given(items=timeline_items(), ready=st.lists(scales, max_size=4), scale=scales)
def test_a_stand_in_layout_of_a_smaller_scale_has_no_overlaps_either(
    items: list[Item], ready: list[float], scale: float
) -> None:
    cache = LayoutCache(items, METRICS)
    for other in ready:  # the buckets laid out so far, in idle time
        cache.at(other)
    layout = cache.best(scale)
    assert layout.scale <= scale
    for lane in layout.lanes:
        boxes = [box_days(items[index], scale, METRICS) for index in lane.items]
        for (_, right), (left, _) in itertools.pairwise(boxes):
            assert right <= left + 1e-9


@settings(max_examples=100, deadline=None)
@given(items=timeline_items(), scale=scales, data=st.data())
def test_culling_keeps_every_item_that_reaches_the_view(
    items: list[Item], scale: float, data: st.DataObject
) -> None:
    layout = LayoutCache(items, METRICS).at(scale)
    first = data.draw(st.floats(min_value=FIRST - 500, max_value=LAST))
    last = first + data.draw(st.floats(min_value=1, max_value=12000))
    lead = METRICS.lead_px / scale
    for lane in layout.lanes:
        kept = {lane.items[position] for position in lane.visible(first, last + lead)}
        for index in lane.items:
            left, right = box_days(items[index], scale, METRICS)
            if right - METRICS.gap_px / scale >= first and left <= last:
                assert index in kept


def test_each_item_gets_the_lowest_free_lane() -> None:
    items = [
        Item("a", 0, 0, 100),  # at 1 px/day its box reaches day 110
        Item("b", 50, 50, 10),  # overlaps a: lane 1
        Item("c", 80, 80, 10),  # overlaps a, not b: lane 1
        Item("d", 120, 120, 10),  # a is over by then: lane 0
    ]
    layout = pack_lanes(items, 1.0, BoxMetrics(lead_px=0, gap_px=10))
    assert layout.lane_of == [0, 1, 1, 0]


@given(scale=scales)
def test_the_bucket_scale_is_at_most_the_scale_and_close_below_it(scale: float) -> None:
    bucket = bucket_scale(scale)
    assert bucket <= scale < bucket * 2**0.5 * (1 + 1e-9)


def test_bucket_scales_cover_the_zoom_range() -> None:
    needed = bucket_scales(0.1, MAX_SCALE)
    for scale in (0.1, 0.37, 1.0, 13.0, MAX_SCALE):
        assert bucket_scale(scale) in needed


def test_fit_scale_leaves_room_for_the_last_label() -> None:
    items = [Item("a", 0, 0, 50), Item("b", 1000, 1000, 300)]
    scale = fit_scale(items, 0, 1000, 1300)
    assert 1000 * scale + 300 <= 1300 + 1e-9


# ---- zoom and pan ---------------------------------------------------------------------------


def _viewport() -> Viewport:
    return Viewport(first_day=FIRST, scale=0.1, width=1000, world_first=FIRST, min_scale=0.1)


def test_zoom_keeps_the_day_under_the_cursor() -> None:
    view = _viewport()
    view.zoom(2.0, 600)
    anchor = view.day_at(600)
    view.zoom(4.0, 600)
    assert view.day_at(600) == pytest.approx(anchor)


def test_zoom_stops_at_its_limits_and_pan_at_the_content() -> None:
    view = _viewport()
    view.zoom(1e9, 500)
    assert view.scale == MAX_SCALE
    view.zoom(1e-9, 500)
    assert view.scale == 0.1
    view.pan(-1e6)
    assert view.first_day == FIRST
    view.zoom(10, 0)
    view.pan(1e9)
    assert view.last_day == pytest.approx(FIRST + 1000 / 0.1)


# ---- axis -----------------------------------------------------------------------------------


def _width(text: str) -> float:
    return 8.0 * len(text)  # wider than any real font per character, as the test needs


@pytest.mark.parametrize("calendar", CALENDARS)
@pytest.mark.parametrize("scale", [0.05, 0.12, 0.4, 1.5, 6.0, 30.0, 200.0])
def test_axis_labels_never_overlap(calendar: str, scale: float) -> None:
    axis = Axis(_width, gap_px=12)
    first = _day("1911-03-01")
    ticks = axis.ticks(calendar, scale, first, first + 1400 / scale)
    labelled = [tick for tick in ticks.ticks if tick.label]
    assert labelled
    for left, right in itertools.pairwise(labelled):
        assert (right.day - left.day) * scale >= _width(left.label) + 3


def test_the_tick_unit_goes_from_decades_to_days_as_one_zooms_in() -> None:
    axis = Axis(_width, gap_px=12)
    units = [axis.step_for(GREGORIAN, scale).unit for scale in (0.01, 0.2, 2.0, 50.0)]
    assert units == ["decade", "year", "month", "day"]
    assert STEPS[0] == DECADES


def test_japanese_era_labels_and_the_1912_boundary() -> None:
    year = YEARS
    ticks = tick_labels(JAPANESE, year, _day("1911-01-01"), _day("1913-06-01"))
    labels = {tick.label for tick in ticks}
    assert {"明治44", "明治45", "大正2"} <= labels
    boundary = [tick for tick in ticks if tick.boundary]
    assert [tick.day for tick in boundary] == [_day("1912-07-30")]
    months = context_spans(JAPANESE, MONTHS_STEP, _day("1912-01-01"), _day("1912-12-01"))
    assert [span.start for span in months if "大正元年" in span.label] == [_day("1912-07-30")]
    assert any("明治45年" in span.label and "Meiji 45" in span.label for span in months)


def test_julian_month_ticks_fall_on_julian_month_starts() -> None:
    ticks = tick_labels(JULIAN, MONTHS_STEP, _day("1912-01-01"), _day("1912-03-01"))
    # 1 January 1912 O.S. was 14 January 1912 N.S.; 1 February O.S. was 14 February N.S.
    assert (_day("1912-01-14"), "Jan") in [(tick.day, tick.label) for tick in ticks]
    assert (_day("1912-02-14"), "Feb") in [(tick.day, tick.label) for tick in ticks]


def test_gregorian_and_julian_labels_differ() -> None:
    first, last = _day("1912-06-01"), _day("1912-08-01")
    day = DAYS
    gregorian = {tick.day: tick.label for tick in tick_labels(GREGORIAN, day, first, last)}
    julian = {tick.day: tick.label for tick in tick_labels(JULIAN, day, first, last)}
    assert gregorian[_day("1912-07-08")] == "8"
    assert julian[_day("1912-07-08")] == "25"


# ---- dates and texts ------------------------------------------------------------------------


def test_a_day_in_three_calendars() -> None:
    lines = dict(calendar_lines(dt.date(1912, 7, 8)))
    assert "1912-07-08" in lines["Gregorian"]
    assert "1912-06-25" in lines["Julian (Old Style)"]
    assert "Meiji 45" in lines["Japanese era"]
    assert "明治45年7月8日" in lines["Japanese era"]


def test_a_month_is_written_as_a_month_and_has_no_julian_day() -> None:
    lines = dict(calendar_lines(dt.date(1910, 1, 1), "month"))
    assert lines["Gregorian"] == "January 1910"
    assert "Julian (Old Style)" not in lines
    assert "Meiji 43" in lines["Japanese era"]


def test_the_chosen_calendar_comes_first() -> None:
    lines = calendar_lines(dt.date(1912, 7, 8), first=JULIAN)
    assert lines[0][0] == "Julian (Old Style)"


SOURCE = SourceRecord("s", "Price, *The Russo-Japanese Treaties*", "https://example.org/p", "")


def _event(key: str, date: str, end: str | None = None, old_style: bool = False) -> EventRecord:
    return EventRecord(
        key,
        dt.date.fromisoformat(date),
        "day",
        dt.date.fromisoformat(end) if end else None,
        "treaty",
        f"Event {key}",
        "事件",
        "What happened.",
        (SOURCE,),
        old_style,
    )


def test_event_details_link_their_sources() -> None:
    text = describe.event_details(_event("e", "1912-07-08", old_style=True))
    assert "<a href='https://example.org/p'>" in text
    assert "1912-06-25" in text
    assert "事件" in text


def test_event_details_give_a_julian_date_only_where_the_old_style_was_used() -> None:
    assert "1912-06-25" not in describe.event_details(_event("e", "1912-07-08"))
    assert "1925-01-07" not in describe.event_details(_event("e", "1925-01-20", old_style=True))
    tooltip = describe.event_tooltip(_heading(_event("e", "1925-01-20", old_style=True)))
    assert "1925-01-07" not in tooltip


def _agreement(key: str, signed: str) -> AgreementRecord:
    return AgreementRecord(
        key, 1, f"Agreement {key}", "協約", dt.date.fromisoformat(signed), "Tokyo", "", "", "",
        (), (), (SOURCE,),
    )  # fmt: skip


def test_agreement_details_offer_the_clause_viewer() -> None:
    text = describe.agreement_details(_agreement("first-1907", "1907-07-30"), bookmarked=2)
    assert f"href='{describe.AGREEMENT_LINK}first-1907'" in text
    assert "2 bookmarked clauses" in text


def _heading(record: AgreementRecord | EventRecord) -> TimelineItem:
    """The record as the timeline reads it (timeline_queries.py)."""
    if isinstance(record, AgreementRecord):
        return TimelineItem(
            record.key, AGREEMENTS, record.signed, "day", None, "agreement", record.title,
            record.title_ja, place=record.place,
        )  # fmt: skip
    return TimelineItem(
        record.key, EVENTS, record.date, record.precision, record.end, record.kind, record.title,
        record.title_ja, record.old_style,
    )  # fmt: skip


def test_the_model_orders_items_by_date_and_keeps_agreements_apart() -> None:
    sizer = LabelSizer(lambda text: 8.0 * len(text), lambda text: (text, 8.0 * len(text)), _width)
    era = EraRecord("war", "War", "戦争", "period", dt.date(1904, 2, 8), None, "", ())
    model = TimelineModel(
        [_heading(_agreement("a", "1910-07-04"))],
        [
            _heading(_event("late", "1916-01-01")),
            _heading(_event("early", "1905-01-01", "1905-09-05")),
        ],
        [era],
        sizer,
        METRICS,
    )
    assert [entry.key for entry in model.entries] == ["early", "a", "late"]
    assert [entry.group for entry in model.entries] == [EVENTS, AGREEMENTS, EVENTS]
    early = model.entry("early")
    assert early is not None
    assert model.item_of(early).end == _day("1905-09-05")
    assert model.first_day < _day("1905-01-01")
    assert model.last_day > _day("1916-01-01")
    assert model.periods == [era]
