"""The student's study settings, as Anki's deck options have them. Qt-free.

They are kept as text values under "study/…" keys by whatever stores settings (the app
uses QSettings); `load` reads them back leniently: a value that is missing or cannot be read
falls back to its default, so a damaged settings file never stops a session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar


class NewCardOrder(StrEnum):
    SHUFFLED = "shuffled"  # a new order each day, the same all day
    CONTENT = "content"  # agreements by date, then events, terms and clauses


class LeechAction(StrEnum):
    SUSPEND = "suspend"  # tag it a leech and keep it out of sessions until unsuspended
    FLAG = "flag"  # tag it a leech and flag it, but keep showing it


@dataclass(frozen=True, slots=True)
class StudyPreferences:
    new_per_day: int = 20
    desired_retention: float = 0.9
    maximum_interval_days: int = 36_500
    learning_steps_minutes: tuple[float, ...] = (1.0, 10.0)
    relearning_steps_minutes: tuple[float, ...] = field(default=(10.0,))
    new_card_order: NewCardOrder = NewCardOrder.SHUFFLED
    bury_siblings: bool = True
    leech_threshold: int = 8  # lapses, as in Anki
    leech_action: LeechAction = LeechAction.SUSPEND

    @property
    def learning_steps(self) -> tuple[dt.timedelta, ...]:
        return tuple(dt.timedelta(minutes=m) for m in self.learning_steps_minutes)

    @property
    def relearning_steps(self) -> tuple[dt.timedelta, ...]:
        return tuple(dt.timedelta(minutes=m) for m in self.relearning_steps_minutes)


DEFAULTS = StudyPreferences()
_Choice = TypeVar("_Choice", NewCardOrder, LeechAction)
# The new-card limit keeps the key the quiz's start screen has always used.
KEYS = {
    "new_per_day": "quiz/new_per_day",
    "desired_retention": "study/desired_retention",
    "maximum_interval_days": "study/maximum_interval_days",
    "learning_steps_minutes": "study/learning_steps",
    "relearning_steps_minutes": "study/relearning_steps",
    "new_card_order": "study/new_card_order",
    "bury_siblings": "study/bury_siblings",
    "leech_threshold": "study/leech_threshold",
    "leech_action": "study/leech_action",
}


def steps_text(steps: tuple[float, ...]) -> str:
    """Steps as the student types them: "1m 10m", "10m", "1h"."""
    return " ".join(f"{m / 60:g}h" if m >= 60 and m % 60 == 0 else f"{m:g}m" for m in steps)


def parse_steps(text: str) -> tuple[float, ...] | None:
    """ "1m 10m", "1 10", "30s 1h 1d" as minutes; None if a step cannot be read or is not
    positive. Steps of a day or more are Anki's too; fsrs takes them as they are."""
    units = {"s": 1 / 60, "m": 1.0, "h": 60.0, "d": 1440.0}
    steps: list[float] = []
    for word in text.replace(",", " ").split():
        unit = units.get(word[-1].lower())
        number = word[:-1] if unit is not None else word
        try:
            minutes = float(number) * (unit or 1.0)
        except ValueError:
            return None
        if minutes <= 0:
            return None
        steps.append(minutes)
    return tuple(steps) if steps else None


def load(value: Callable[[str], object]) -> StudyPreferences:
    """The preferences from a store's `value(key)` (None or anything unreadable: default)."""

    def number(name: str, kind: type[int] | type[float], low: float, high: float) -> float:
        default = getattr(DEFAULTS, name)
        try:
            read = kind(str(value(KEYS[name])))
        except (TypeError, ValueError):
            return float(default)
        return float(read) if low <= read <= high else float(default)

    def choice(name: str, enum: type[_Choice]) -> _Choice:
        raw = str(value(KEYS[name]))
        default: _Choice = getattr(DEFAULTS, name)
        return enum(raw) if raw in {member.value for member in enum} else default

    bury = str(value(KEYS["bury_siblings"])).lower()
    return StudyPreferences(
        new_per_day=int(number("new_per_day", int, 0, 9999)),
        desired_retention=number("desired_retention", float, 0.7, 0.99),
        maximum_interval_days=int(number("maximum_interval_days", int, 1, 36_500)),
        learning_steps_minutes=parse_steps(str(value(KEYS["learning_steps_minutes"]) or ""))
        or DEFAULTS.learning_steps_minutes,
        relearning_steps_minutes=parse_steps(str(value(KEYS["relearning_steps_minutes"]) or ""))
        or DEFAULTS.relearning_steps_minutes,
        new_card_order=choice("new_card_order", NewCardOrder),
        bury_siblings=DEFAULTS.bury_siblings if bury not in ("true", "false") else bury == "true",
        leech_threshold=int(number("leech_threshold", int, 1, 99)),
        leech_action=choice("leech_action", LeechAction),
    )


def values(preferences: StudyPreferences) -> dict[str, str]:
    """The preferences as text values by key, to be saved."""
    return {
        KEYS["new_per_day"]: str(preferences.new_per_day),
        KEYS["desired_retention"]: f"{preferences.desired_retention:g}",
        KEYS["maximum_interval_days"]: str(preferences.maximum_interval_days),
        KEYS["learning_steps_minutes"]: steps_text(preferences.learning_steps_minutes),
        KEYS["relearning_steps_minutes"]: steps_text(preferences.relearning_steps_minutes),
        KEYS["new_card_order"]: preferences.new_card_order.value,
        KEYS["bury_siblings"]: "true" if preferences.bury_siblings else "false",
        KEYS["leech_threshold"]: str(preferences.leech_threshold),
        KEYS["leech_action"]: preferences.leech_action.value,
    }
