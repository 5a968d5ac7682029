"""The timeline's queries and its reading by windows, on content built by the tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from studyapp.content import timeline_queries as queries
from studyapp.content.database import ContentDatabase
from studyapp.content.timeline_queries import TimelineItem
from studyapp.ui.timeline import reading
from studyapp.ui.timeline.reading import Density, TimelineReader
from tests.content_factory import agreement_key, signed_on
from tests.timeline_content import KINDS, build_crowded, crowded_rows

EVENTS = 1500


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ContentDatabase]:
    database = ContentDatabase(build_crowded(tmp_path_factory.mktemp("crowd"), events=EVENTS))
    yield database
    database.close()


@pytest.fixture
def small(small_content_db: object) -> Iterator[ContentDatabase]:
    path: Path = small_content_db(agreements=3, events=2)  # type: ignore[operator]
    database = ContentDatabase(path)
    yield database
    database.close()


def _rows() -> list[dict[str, object]]:
    return crowded_rows(EVENTS)


def _all_items(database: ContentDatabase) -> list[TimelineItem]:
    return database.read(
        lambda connection: queries.items_between(
            connection, dt.date(1800, 1, 1), dt.date(2100, 1, 1)
        )
    )


def test_bounds_kinds_and_totals_of_a_small_content(small: ContentDatabase) -> None:
    first, last = small.read(queries.bounds) or (None, None)
    assert first == signed_on(1)  # the first agreement comes before the first event
    assert last == signed_on(3)  # the last agreement (1905), after the last event (1903)
    assert small.read(queries.event_kinds) == ["other"]
    assert small.read(queries.totals) == (3, 2)


def test_bounds_reach_to_the_end_of_the_last_span(crowded: ContentDatabase) -> None:
    rows = _rows()
    ends = [row.get("end") or row["date"] for row in rows]
    assert crowded.read(queries.bounds)[1] == max(ends)  # type: ignore[index,type-var]
    assert crowded.read(queries.event_kinds) == sorted(KINDS)


def test_items_between_read_what_starts_or_lasts_in_the_range_in_order(
    crowded: ContentDatabase,
) -> None:
    first, last = dt.date(1910, 1, 1), dt.date(1910, 6, 30)
    found = crowded.read(lambda c: queries.items_between(c, first, last))
    expected = {
        str(row["key"])
        for row in _rows()
        if row["date"] <= last and (row.get("end") or row["date"]) >= first  # type: ignore[operator]
    }
    assert {item.key for item in found if not item.is_agreement} == expected
    assert any(item.date < first for item in found)  # a span begun before the range
    assert [item.order for item in found] == sorted(item.order for item in found)
    hidden = crowded.read(lambda c: queries.items_between(c, first, last, ["war"]))
    assert hidden and all(item.kind == "other" for item in hidden)


def test_counts_between_stop_past_the_most_asked(crowded: ContentDatabase) -> None:
    whole = (dt.date(1800, 1, 1), dt.date(2100, 1, 1))
    assert crowded.read(lambda c: queries.counts_between(c, *whole, (), (10, 99))) == (3, 100)
    assert crowded.read(lambda c: queries.counts_between(c, *whole, (), (10, 10_000))) == (
        3,
        EVENTS,
    )
    others = sum(1 for row in _rows() if row["kind"] == "other")
    counted = crowded.read(lambda c: queries.counts_between(c, *whole, ["war"], (10, 10_000)))
    assert counted == (3, others)


def test_day_counts_add_up_to_every_item(crowded: ContentDatabase) -> None:
    counts = crowded.read(queries.day_counts)
    assert sum(n for _, n in counts.agreements) == 3
    assert sum(n for _, _, n in counts.events) == EVENTS
    days = [day for day, _, _ in counts.events]
    assert days == sorted(days)
    assert len(counts.events) < EVENTS  # a row a day and kind, not an item


def test_neighbours_walk_the_timeline_in_its_order(crowded: ContentDatabase) -> None:
    items = _all_items(crowded)
    at = items[0]
    walked = [at]
    for _ in range(60):
        place = at.order
        found = crowded.read(lambda c, place=place: queries.neighbour(c, place, 1))  # type: ignore[misc]
        assert found is not None
        walked.append(found)
        at = found
    assert walked == items[:61]
    back = crowded.read(lambda c: queries.neighbour(c, items[40].order, -1))
    assert back == items[39]
    assert crowded.read(lambda c: queries.neighbour(c, items[-1].order, 1)) is None
    # From a day's start: the first item on or after that day, agreements before events.
    signed = signed_on(2)
    start = (signed.toordinal(), -1, "")
    first_that_day = crowded.read(lambda c: queries.neighbour(c, start, 1))
    assert first_that_day is not None and first_that_day.key == agreement_key(2)


def test_hidden_kinds_are_stepped_over(crowded: ContentDatabase) -> None:
    items = [item for item in _all_items(crowded) if item.kind != "war"]
    found = crowded.read(lambda c: queries.neighbour(c, items[10].order, 1, ["war"]))
    assert found == items[11]


def test_an_item_and_an_event_whole_come_by_key(small: ContentDatabase) -> None:
    agreement = small.read(lambda c: queries.item(c, agreement_key(1)))
    assert agreement is not None and agreement.is_agreement and agreement.place == "Test City"
    event = small.read(lambda c: queries.event_record(c, "event-1"))
    assert event is not None and event.description == "What happened in event-1."
    assert [source.key for source in event.sources] == ["test-source"]
    assert small.read(lambda c: queries.item(c, "nothing")) is None
    assert small.read(lambda c: queries.event_record(c, "nothing")) is None
    assert small.read(lambda c: queries.people_named(c, "event", "event-1")) == []


def test_eras_come_with_their_sources(small: ContentDatabase) -> None:
    (era,) = small.read(queries.eras)
    assert era.key == "test-era" and [s.key for s in era.sources] == ["test-source"]


# ---- reading by windows -------------------------------------------------------------------


def test_a_small_content_is_read_whole_once(small: ContentDatabase) -> None:
    reader = TimelineReader(small.read)
    assert reader.whole
    window = reader.window(0, 1, ())
    assert window.whole
    assert len(window.agreements or ()) == 3 and len(window.events or ()) == 2
    assert not reader.needs_more(window, 0, 10**6, ())


def test_a_crowded_content_is_read_around_the_view(
    crowded: ContentDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "EVENT_LIMIT", 200)
    monkeypatch.setattr(reading, "LIMITS", (reading.AGREEMENT_LIMIT, 200))
    reader = TimelineReader(crowded.read)
    assert not reader.whole
    first, last = float(dt.date(1900, 1, 1).toordinal()), float(dt.date(1926, 1, 1).toordinal())
    wide = reader.window(first, last, ())
    assert wide.events is None  # too many to label: drawn from the day counts
    assert wide.agreements is not None and len(wide.agreements) == 3
    middle = dt.date(1912, 6, 1).toordinal()
    narrow = reader.window(middle, middle + 20, ())
    assert narrow.events is not None and 0 < len(narrow.events) <= 200
    assert narrow.first == middle - 20 and narrow.covers(middle - 5, middle + 30)
    assert all(
        narrow.first <= (item.end or item.date).toordinal() and item.day <= narrow.last
        for item in narrow.events
    )
    assert not reader.needs_more(narrow, middle + 5, middle + 25, ())
    assert reader.needs_more(narrow, middle + 100, middle + 120, ())  # left the window
    # A wide window asks for more detail once zoomed in, when the day counts know it can.
    assert not reader.needs_more(wide, middle, middle + 20, ())
    reader.set_day_counts(reader.count_days())
    assert reader.needs_more(wide, middle, middle + 20, ())


def test_density_counts_and_buckets_agree_with_the_items() -> None:
    days = [10, 11, 11, 20, 37, 64, 65, 200]
    unique = sorted(set(days))
    density = Density(unique, [days.count(day) for day in unique])
    assert density.total == len(days)
    assert density.count(11, 37) == 4
    assert density.count(0, 1000) == len(days)
    buckets = density.buckets(0, 300, 16)
    assert buckets == [(0, 3), (16, 1), (32, 1), (64, 2), (192, 1)]
    assert sum(count for _, count in buckets) == len(days)
    assert density.buckets(40, 60, 16) == [(32, 1)]  # the stretch holding the first day
