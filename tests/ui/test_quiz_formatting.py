"""The quiz's short texts: intervals, durations and when the next card is due."""

from __future__ import annotations

import datetime as dt

from studyapp.ui.quiz.formatting import due_text, duration_text, interval_text


def test_intervals_read_like_ankis() -> None:
    cases = {
        dt.timedelta(seconds=20): "<1m",
        dt.timedelta(minutes=1): "1m",
        dt.timedelta(minutes=10): "10m",
        dt.timedelta(hours=5): "5h",
        dt.timedelta(days=1): "1d",
        dt.timedelta(days=29): "29d",
        dt.timedelta(days=45): "1.5mo",
        dt.timedelta(days=60): "2mo",
        dt.timedelta(days=365): "1y",
        dt.timedelta(days=548): "1.5y",
    }
    assert {delta: interval_text(delta) for delta in cases} == cases


def test_durations() -> None:
    assert duration_text(44.6) == "45 s"
    assert duration_text(185) == "3 min 05 s"
    assert duration_text(3720) == "1 h 02 min"


def test_when_the_next_card_is_due_in_local_time() -> None:
    now = dt.datetime(2026, 3, 20, 10, 0, tzinfo=dt.UTC)
    assert due_text(None, now) == "nothing scheduled"
    assert due_text(now - dt.timedelta(hours=1), now) == "now"
    assert due_text(now + dt.timedelta(minutes=1), now) == "in 1 minute"
    assert due_text(now + dt.timedelta(minutes=25), now) == "in 25 minutes"
    later = now + dt.timedelta(hours=3)
    local = later.astimezone()
    day = (local.date() - now.astimezone().date()).days
    expected = f"{'today' if day == 0 else 'tomorrow'} at {local:%H:%M}"
    assert due_text(later, now) == expected
    far = now + dt.timedelta(days=10)
    assert due_text(far, now) == f"on {far.astimezone():%a} {far.astimezone().day} {far:%b} 2026"
