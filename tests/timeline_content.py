"""Timeline content of the tests' own: a few agreements and as many events as a test needs.

    path = build_crowded(tmp_path, events=3000)   # events over 1900-1925, one in ten a span
    reader = TimelineReader(ContentDatabase(path).read)

Every event is on a day drawn from a seeded generator, so a test can count in Python what
the database should answer; kinds alternate "other" and "war".
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from tests.content_factory import build_content, event_row, small_content

FIRST = dt.date(1900, 1, 1)
LAST = dt.date(1925, 12, 31)
KINDS = ("other", "war")


def crowded_rows(events: int, seed: int = 1910) -> list[dict[str, object]]:
    rng = random.Random(seed)
    rows = []
    for number in range(events):
        day = dt.date.fromordinal(rng.randint(FIRST.toordinal(), LAST.toordinal()))
        row = event_row(f"crowd-{number}", 1905, KINDS[number % 2])
        row["date"] = day
        row["title"] = f"Crowd event {number}"
        if rng.random() < 0.1:
            row["end"] = day + dt.timedelta(days=rng.randint(1, 400))
        rows.append(row)
    return rows


def build_crowded(folder: Path, *, events: int, agreements: int = 3) -> Path:
    """Content with `agreements` agreements and `events` events, built for real."""
    content = small_content(agreements=agreements, events=0)
    for row in crowded_rows(events):
        content.add("event", "crowd", row)
    return build_content(folder, content)
