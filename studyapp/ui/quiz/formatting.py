"""Short texts for the quiz: intervals on the rating buttons, durations, when cards are due.

Qt-free, so it is tested without a display.
"""

from __future__ import annotations

import datetime as dt

_MINUTE = 60
_HOUR = 60 * _MINUTE
_DAY = 24 * _HOUR


def interval_text(delta: dt.timedelta) -> str:
    """Anki's style: "<1m", "10m", "3h", "4d", "2.5mo", "1.2y"."""
    seconds = delta.total_seconds()
    if seconds < _MINUTE:
        return "<1m"
    if seconds < _HOUR:
        return f"{round(seconds / _MINUTE)}m"
    if seconds < _DAY:
        return f"{round(seconds / _HOUR)}h"
    days = seconds / _DAY
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}".removesuffix(".0") + "mo"
    return f"{days / 365:.1f}".removesuffix(".0") + "y"


def duration_text(seconds: float) -> str:
    """ "45 s", "3 min 05 s", "1 h 02 min"."""
    whole = round(seconds)
    if whole < _MINUTE:
        return f"{whole} s"
    minutes, secs = divmod(whole, _MINUTE)
    if minutes < 60:
        return f"{minutes} min {secs:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def due_text(due: dt.datetime | None, now: dt.datetime) -> str:
    """When the next card is due, in the user's local time: "now", "in 10 minutes",
    "today at 18:30", "tomorrow at 09:00", "on Tue 3 Mar 2026"."""
    if due is None:
        return "nothing scheduled"
    if due <= now:
        return "now"
    wait = (due - now).total_seconds()
    if wait < _HOUR:
        minutes = max(1, round(wait / _MINUTE))
        return f"in {minutes} minute{'s' if minutes != 1 else ''}"
    local, today = due.astimezone(), now.astimezone().date()
    days = (local.date() - today).days
    if days == 0:
        return f"today at {local:%H:%M}"
    if days == 1:
        return f"tomorrow at {local:%H:%M}"
    return f"on {local:%a} {local.day} {local:%b %Y}"


def minutes_text(seconds: float) -> str:
    """A time-left estimate, rounded as an estimate should be: "<1 min", "about 12 min",
    "about 1 h 40 min"."""
    minutes = round(seconds / _MINUTE)
    if minutes < 1:
        return "<1 min" if seconds > 0 else "0 min"
    if minutes < 60:
        return f"about {minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"about {hours} h {minutes:02d} min"
