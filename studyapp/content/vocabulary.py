"""Words of the content that code compares, as enums (their values are the stored strings)."""

from __future__ import annotations

from enum import StrEnum


class DatePrecision(StrEnum):
    """How exactly an event's date is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
