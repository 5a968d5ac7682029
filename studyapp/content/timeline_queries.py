"""What the timeline reads from the bundled database, a date range at a time. Qt-free.

Each function takes the caller's connection and returns plain records. The timeline never
reads the whole content: it reads the eras, the date bounds and how many items fall on each
day (a GROUP BY over the indexed date columns: one row a day, however many items a day has),
then the items themselves only for the dates near the ones on screen. An item's description
and sources come by key when it is opened.

Plain SQL sent as it is (as map_queries.py does): these run as the user pans and zooms, and
SQLAlchemy's compiling a statement costs more than SQLite's running it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from studyapp import calendars
from studyapp.content.records import EraRecord, EventRecord, SourceRecord

if TYPE_CHECKING:  # imported only where a query runs: a read server runs these (read_server.py)
    from sqlalchemy import Connection

# The order of the timeline: by day, an agreement before an event of the same day, then key.
AGREEMENT_GROUP = 0
EVENT_GROUP = 1


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """An agreement or an event as the timeline draws and names it: no prose, no sources."""

    key: str
    group: int  # AGREEMENT_GROUP or EVENT_GROUP
    date: dt.date  # an agreement's signing, an event's (first) day
    precision: str  # "day", "month" or "year"
    end: dt.date | None  # a span's last day
    kind: str  # an event's kind; "agreement" for an agreement
    title: str
    title_ja: str
    old_style: bool = False  # an event dated in Russia's Julian calendar too
    place: str = ""  # where an agreement was signed
    place_ja: str = ""

    @property
    def is_agreement(self) -> bool:
        return self.group == AGREEMENT_GROUP

    @property
    def day(self) -> int:
        return self.date.toordinal()

    @property
    def order(self) -> tuple[int, int, str]:
        """Where it stands in the timeline's order."""
        return self.date.toordinal(), self.group, self.key

    @property
    def shows_julian(self) -> bool:
        """Whether its Old Style date means anything: marked so, and before 1918."""
        return self.old_style and calendars.old_style_in_use(self.date)


@dataclass(frozen=True, slots=True)
class DayCounts:
    """How many agreements, and events of each kind, fall on each day that has any."""

    agreements: tuple[tuple[int, int], ...]  # (day number, count), by day
    events: tuple[tuple[int, str, int], ...]  # (day number, kind, count), by day and kind


_EVENT_COLUMNS = 'key, date, precision, "end", kind, title, title_ja, old_style'
_AGREEMENT_COLUMNS = "key, signed, title, title_ja, place, place_ja"


def _date(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _event(row: Sequence[object]) -> TimelineItem:
    key, date, precision, end, kind, title, title_ja, old_style = row
    return TimelineItem(
        str(key),
        EVENT_GROUP,
        dt.date.fromisoformat(str(date)),
        str(precision),
        _date(end),  # type: ignore[arg-type]
        str(kind),
        str(title),
        str(title_ja),
        bool(old_style),
    )


def _agreement(row: Sequence[object]) -> TimelineItem:
    key, signed, title, title_ja, place, place_ja = row
    date = dt.date.fromisoformat(str(signed))
    return TimelineItem(
        str(key),
        AGREEMENT_GROUP,
        date,
        "day",
        None,
        "agreement",
        str(title),
        str(title_ja),
        place=str(place),
        place_ja=str(place_ja),
    )


def _not_hidden(hidden: Collection[str]) -> tuple[str, tuple[str, ...]]:
    """A condition leaving out events of the `hidden` kinds, and its parameters."""
    if not hidden:
        return "", ()
    kinds = tuple(sorted(hidden))
    return f" AND kind NOT IN ({', '.join('?' * len(kinds))})", kinds


def bounds(connection: Connection) -> tuple[dt.date, dt.date] | None:
    """The first and the last day of the timeline's items, spans' ends included; None when
    there are none. Four index look-ups."""
    row = connection.exec_driver_sql(
        "SELECT (SELECT MIN(signed) FROM agreement), (SELECT MAX(signed) FROM agreement), "
        '(SELECT MIN(date) FROM event), (SELECT MAX(date) FROM event), (SELECT MAX("end") '
        "FROM event)"
    ).one()
    firsts = [text for text in (row[0], row[2]) if text]
    lasts = [text for text in (row[1], row[3], row[4]) if text]
    if not firsts:
        return None
    return dt.date.fromisoformat(min(firsts)), dt.date.fromisoformat(max(lasts))


def event_kinds(connection: Connection) -> list[str]:
    """The kinds of event there are, in alphabetical order: found by stepping from one kind
    to the next through the index on kinds, a look-up a kind however many events there are."""
    rows = connection.exec_driver_sql(
        "WITH RECURSIVE kinds(kind) AS (SELECT MIN(kind) FROM event UNION ALL "
        "SELECT (SELECT MIN(kind) FROM event WHERE kind > kinds.kind) FROM kinds "
        "WHERE kinds.kind IS NOT NULL) SELECT kind FROM kinds WHERE kind IS NOT NULL"
    )
    return [str(kind) for (kind,) in rows]


def totals(connection: Connection) -> tuple[int, int]:
    """How many agreements and events there are."""
    row = connection.exec_driver_sql(
        "SELECT (SELECT COUNT(*) FROM agreement), (SELECT COUNT(*) FROM event)"
    ).one()
    return int(row[0]), int(row[1])


@dataclass(frozen=True)
class Overview:
    """What the timeline reads first: index look-ups, never the items themselves."""

    first: dt.date | None
    last: dt.date | None
    eras: list[EraRecord]
    kinds: list[str]
    totals: tuple[int, int]  # agreements, events


def overview(connection: Connection) -> Overview:
    found = bounds(connection)
    first, last = found if found else (None, None)
    return Overview(first, last, eras(connection), event_kinds(connection), totals(connection))


def counts_between(
    connection: Connection,
    first: dt.date,
    last: dt.date,
    hidden: Collection[str],
    most: tuple[int, int],
) -> tuple[int, int]:
    """How many agreements and events start from `first` to `last`, each counted only up
    to one more than its `most`: enough to know whether there are too many, and as quick
    for a year as for the whole content."""
    low, high = first.isoformat(), last.isoformat()
    condition, kinds = _not_hidden(hidden)
    row = connection.exec_driver_sql(
        "SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM agreement WHERE signed BETWEEN ? AND ? "
        "LIMIT ?)), (SELECT COUNT(*) FROM (SELECT 1 FROM event WHERE date BETWEEN ? AND ?"
        f"{condition} LIMIT ?))",
        (low, high, most[0] + 1, low, high, *kinds, most[1] + 1),
    ).one()
    return int(row[0]), int(row[1])


def day_counts(connection: Connection) -> DayCounts:
    """How many items each day has: what the timeline draws where too many are in view to
    label them one by one. One row per day (and kind) however many items it has."""
    agreements = tuple(
        (dt.date.fromisoformat(day).toordinal(), count)
        for day, count in connection.exec_driver_sql(
            "SELECT signed, COUNT(*) FROM agreement GROUP BY signed ORDER BY signed"
        )
    )
    events = tuple(
        (dt.date.fromisoformat(day).toordinal(), kind, count)
        for day, kind, count in connection.exec_driver_sql(
            "SELECT date, kind, COUNT(*) FROM event GROUP BY date, kind ORDER BY date, kind"
        )
    )
    return DayCounts(agreements, events)


def items_between(
    connection: Connection,
    first: dt.date,
    last: dt.date,
    hidden: Collection[str] = (),
    *,
    agreements: bool = True,
    events: bool = True,
) -> list[TimelineItem]:
    """The agreements signed and the events that start or last from `first` to `last`,
    leaving out events of the `hidden` kinds, in the timeline's order."""
    low, high = first.isoformat(), last.isoformat()
    found: list[TimelineItem] = []
    if agreements:
        rows = connection.exec_driver_sql(
            f"SELECT {_AGREEMENT_COLUMNS} FROM agreement WHERE signed BETWEEN ? AND ?",
            (low, high),
        )
        found += map(_agreement, rows)
    if events:
        condition, kinds = _not_hidden(hidden)
        rows = connection.exec_driver_sql(
            f"SELECT {_EVENT_COLUMNS} FROM event WHERE date BETWEEN ? AND ?{condition} "
            # The spans begun before: by the index on their ends (the + keeps SQLite from
            # reading every earlier event by the date index instead).
            f'UNION ALL SELECT {_EVENT_COLUMNS} FROM event WHERE "end" >= ? AND +date < ?'
            f"{condition}",
            (low, high, *kinds, low, low, *kinds),
        )
        found += map(_event, rows)
    found.sort(key=lambda item: item.order)
    return found


def _after(
    column: str, group: int, at: tuple[int, int, str], step: int
) -> tuple[str, tuple[str, ...]]:
    """The condition on a group's rows that puts them after (step 1) or before (-1) `at` in
    the timeline's order, written so that SQLite reads the date index from `at` on."""
    day, at_group, key = at
    date = dt.date.fromordinal(day).isoformat()
    strictly, or_equal = (">", ">=") if step > 0 else ("<", "<=")
    if group == at_group:
        return f"{column} {or_equal} ? AND ({column} {strictly} ? OR key {strictly} ?)", (
            date,
            date,
            key,
        )
    later_group = group > at_group if step > 0 else group < at_group
    return f"{column} {or_equal if later_group else strictly} ?", (date,)


def neighbour(
    connection: Connection, at: tuple[int, int, str], step: int, hidden: Collection[str] = ()
) -> TimelineItem | None:
    """The item next after (step 1) or before (step -1) the place `at` (day number, group,
    key) in the timeline's order; a key of "" with group -1 or 2 stands for the day's start
    or end. Two index look-ups, whatever the size of the content."""
    direction = "ASC" if step > 0 else "DESC"
    condition, params = _after("signed", AGREEMENT_GROUP, at, step)
    rows = connection.exec_driver_sql(
        f"SELECT {_AGREEMENT_COLUMNS} FROM agreement WHERE {condition} "
        f"ORDER BY signed {direction}, key {direction} LIMIT 1",
        params,
    )
    candidates = [_agreement(row) for row in rows]
    condition, params = _after("date", EVENT_GROUP, at, step)
    kinds_condition, kinds = _not_hidden(hidden)
    rows = connection.exec_driver_sql(
        f"SELECT {_EVENT_COLUMNS} FROM event WHERE {condition}{kinds_condition} "
        f"ORDER BY date {direction}, key {direction} LIMIT 1",
        (*params, *kinds),
    )
    candidates += [_event(row) for row in rows]
    if not candidates:
        return None
    pick = min if step > 0 else max
    return pick(candidates, key=lambda item: item.order)


def item(connection: Connection, key: str) -> TimelineItem | None:
    """The agreement or event `key`, if there is one."""
    row = connection.exec_driver_sql(
        f"SELECT {_AGREEMENT_COLUMNS} FROM agreement WHERE key = ?", (key,)
    ).first()
    if row is not None:
        return _agreement(row)
    row = connection.exec_driver_sql(
        f"SELECT {_EVENT_COLUMNS} FROM event WHERE key = ?", (key,)
    ).first()
    return None if row is None else _event(row)


def _sources_of(connection: Connection, owner: str, key: str) -> tuple[SourceRecord, ...]:
    rows = connection.exec_driver_sql(
        f"SELECT s.key, s.citation, s.url, s.note FROM {owner}_source c "
        f"JOIN source s ON s.key = c.source_key WHERE c.{owner}_key = ? ORDER BY c.position",
        (key,),
    )
    return tuple(SourceRecord(*row) for row in rows)


def event_record(connection: Connection, key: str) -> EventRecord | None:
    """The event `key` whole, description and sources included (its details pane)."""
    row = connection.exec_driver_sql(
        'SELECT key, date, precision, "end", kind, title, title_ja, description, '
        "old_style, description_ja FROM event WHERE key = ?",
        (key,),
    ).first()
    if row is None:
        return None
    key, date, precision, end, kind, title, title_ja, description, old_style, description_ja = row
    return EventRecord(
        key,
        dt.date.fromisoformat(date),
        precision,
        _date(end),
        kind,
        title,
        title_ja,
        description,
        _sources_of(connection, "event", key),
        bool(old_style),
        description_ja,
    )


def people_named(connection: Connection, kind: str, key: str) -> list[str]:
    """The keys of the people whose names the text of row `key` of `kind` ("event",
    "agreement") mentions, in the order the build found them."""
    rows = connection.exec_driver_sql(
        "SELECT person_key FROM person_mention WHERE kind = ? AND owner_key = ? "
        "ORDER BY position, person_key",
        (kind, key),
    )
    return [str(person) for (person,) in rows]


def eras(connection: Connection) -> list[EraRecord]:
    """The reigns and periods drawn behind the timeline, by start (a few dozen at most)."""
    cited: dict[str, list[SourceRecord]] = defaultdict(list)
    for era_key, *source in connection.exec_driver_sql(
        "SELECT c.era_key, s.key, s.citation, s.url, s.note FROM era_source c "
        "JOIN source s ON s.key = c.source_key ORDER BY c.era_key, c.position"
    ):
        cited[era_key].append(SourceRecord(*source))
    rows = connection.exec_driver_sql(
        'SELECT key, name, name_ja, kind, start, "end", description, description_ja FROM era '
        "ORDER BY start, key"
    )
    return [
        EraRecord(
            key,
            name,
            name_ja,
            kind,
            dt.date.fromisoformat(start),
            _date(end),
            description,
            tuple(cited[key]),
            description_ja,
        )
        for key, name, name_ja, kind, start, end, description, description_ja in rows
    ]
