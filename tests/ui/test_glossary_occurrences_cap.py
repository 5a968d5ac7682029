"""A term named in thousands of texts lists the first of each kind and counts the rest."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any, cast

from studyapp.ui.glossary.detail import SHOWN_PER_KIND, occurrences_html


class _Events:
    def __init__(self) -> None:
        self.asked: list[str] = []

    def many(self, keys: Sequence[str]) -> list[Any]:
        self.asked.extend(keys)
        return [
            SimpleNamespace(
                key=key, title=key, title_ja=key, date=dt.date(1907, 7, 30), precision="day"
            )
            for key in keys
        ]


class _Nothing:
    def many(self, keys: Sequence[str]) -> list[Any]:
        return []


def test_only_the_first_texts_are_read_and_the_rest_are_counted() -> None:
    events = _Events()
    index = SimpleNamespace(agreements=_Nothing(), clauses=_Nothing(), events=events)
    mentions = [("event", f"event-{n}") for n in range(SHOWN_PER_KIND + 1234)]
    text = occurrences_html(mentions, cast(Any, index), "en")
    assert events.asked == [f"event-{n}" for n in range(SHOWN_PER_KIND)]
    assert text.count("<li>") == SHOWN_PER_KIND
    assert "…and 1,234 more" in text  # the count as the language writes numbers


def test_a_short_list_is_listed_whole_without_a_count() -> None:
    events = _Events()
    index = SimpleNamespace(agreements=_Nothing(), clauses=_Nothing(), events=events)
    text = occurrences_html([("event", "a"), ("event", "b")], cast(Any, index), "en")
    assert text.count("<li>") == 2 and "more" not in text
