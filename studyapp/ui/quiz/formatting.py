"""Short texts for the quiz: intervals on the rating buttons, durations, when cards are due.

Qt-free, so it is tested without a display; the words go through studyapp.i18n.
"""

from __future__ import annotations

import datetime as dt

from studyapp.date_text import format_short_date, weekday_name
from studyapp.i18n import Context, translate

_MINUTE = 60
_HOUR = 60 * _MINUTE
_DAY = 24 * _HOUR


def interval_text(delta: dt.timedelta) -> str:
    """Anki's style: "<1m", "10m", "3h", "4d", "2.5mo", "1.2y"."""
    seconds = delta.total_seconds()
    if seconds < _MINUTE:
        return translate("QuizFormatting", "<1m")
    if seconds < _HOUR:
        return translate("QuizFormatting", "{n}m").format(n=round(seconds / _MINUTE))
    if seconds < _DAY:
        return translate("QuizFormatting", "{n}h").format(n=round(seconds / _HOUR))
    days = seconds / _DAY
    if days < 30:
        return translate("QuizFormatting", "{n}d").format(n=round(days))
    if days < 365:
        return translate("QuizFormatting", "{n}mo").format(n=f"{days / 30:.1f}".removesuffix(".0"))
    return translate("QuizFormatting", "{n}y").format(n=f"{days / 365:.1f}".removesuffix(".0"))


QuizFormatting = Context("QuizFormatting")  # the plurals (studyapp.i18n.Context)


def duration_text(seconds: float) -> str:
    """ "45 s", "3 min 05 s", "1 h 02 min"."""
    whole = round(seconds)
    if whole < _MINUTE:
        return translate("QuizFormatting", "{seconds} s").format(seconds=whole)
    minutes, secs = divmod(whole, _MINUTE)
    if minutes < 60:
        return translate("QuizFormatting", "{minutes} min {seconds} s").format(
            minutes=minutes, seconds=f"{secs:02d}"
        )
    hours, minutes = divmod(minutes, 60)
    return translate("QuizFormatting", "{hours} h {minutes} min").format(
        hours=hours, minutes=f"{minutes:02d}"
    )


def due_text(due: dt.datetime | None, now: dt.datetime) -> str:
    """When the next card is due, in the user's local time: "now", "in 10 minutes",
    "today at 18:30", "tomorrow at 09:00", "on Tue 3 Mar 2026"."""
    if due is None:
        return translate("QuizFormatting", "nothing scheduled")
    if due <= now:
        return translate("QuizFormatting", "now")
    wait = (due - now).total_seconds()
    if wait < _HOUR:
        minutes = max(1, round(wait / _MINUTE))
        return QuizFormatting.tr("in %n minutes", "", minutes)
    local, today = due.astimezone(), now.astimezone().date()
    days = (local.date() - today).days
    if days == 0:
        return translate("QuizFormatting", "today at {time}").format(time=f"{local:%H:%M}")
    if days == 1:
        return translate("QuizFormatting", "tomorrow at {time}").format(time=f"{local:%H:%M}")
    return translate("QuizFormatting", "on {weekday} {date}").format(
        weekday=weekday_name(local.date(), short=True), date=format_short_date(local.date())
    )


def minutes_text(seconds: float) -> str:
    """A time-left estimate, rounded as an estimate should be: "<1 min", "about 12 min",
    "about 1 h 40 min"."""
    minutes = round(seconds / _MINUTE)
    if minutes < 1:
        return (
            translate("QuizFormatting", "<1 min")
            if seconds > 0
            else translate("QuizFormatting", "0 min")
        )
    if minutes < 60:
        return translate("QuizFormatting", "about {minutes} min").format(minutes=minutes)
    hours, minutes = divmod(minutes, 60)
    return translate("QuizFormatting", "about {hours} h {minutes} min").format(
        hours=hours, minutes=f"{minutes:02d}"
    )
