"""Small content of a test's own, built into a database by the real build code.

Tests that are about how the app behaves, not about the history it teaches, build content
like this instead of reading the bundled database: then "three agreements" is what the test
made, not today's count, and a test can ask for twelve agreements to see the layout stretch.

    content = small_content(agreements=3)                 # rows as the TOML files give them
    content.add("event", "test", event_row("coup", 1911))  # any row a test needs besides
    path = build_content(tmp_path, content)               # studyapp.content.builder builds it

`small_content` makes every kind the app requires: one source, topics, two signatories, the
agreements with their clauses (public and secret in turn), events, eras and terms, all
sourced, each agreement signed on 1 June of its own year (1901, 1903, 1905 ...).
"""

from __future__ import annotations

import datetime as dt
import importlib
from functools import cache
from pathlib import Path
from typing import Any

from studyapp.content.builder import ContentText, write_database

Row = dict[str, Any]
SOURCE = "test-source"
SOURCES = [SOURCE]
TOPICS = ("railways", "korea", "mongolia")
SIGNATORIES = (("envoy-east", "Japan", "Envoy East"), ("envoy-west", "Russia", "Envoy West"))
FIRST_YEAR = 1901


def agreement_key(number: int) -> str:
    """The key small_content gives its agreement `number` (counted from 1)."""
    return f"pact-{number}"


def clause_key(agreement: int, clause: int) -> str:
    return f"{agreement_key(agreement)}-clause-{clause}"


def signed_on(number: int) -> dt.date:
    return dt.date(FIRST_YEAR + 2 * (number - 1), 6, 1)


@cache
def _twins() -> dict[str, tuple[tuple[str, str], ...]]:
    """The build's table of Japanese twins (studyapp.content.twins) once it has one, so that
    the same factory builds whether or not the build asks for them yet."""
    try:
        module = importlib.import_module("studyapp.content.twins")
    except ModuleNotFoundError:
        return {}
    table: dict[str, tuple[tuple[str, str], ...]] = module.TWINS
    return table


def _japanese_twins(kind: str, row: Row) -> Row:
    """The row with a Japanese twin for each English field the build twins."""
    for english, twin in _twins().get(kind, ()):
        if english in row and twin not in row:
            row[twin] = f"{english}の和文" if row[english] else ""
    return row


def clause_row(agreement: int, number: int, topics: list[str]) -> Row:
    part = "public" if number % 2 else "secret"
    hidden = f"fact {agreement}.{number}"
    row: Row = {
        "key": clause_key(agreement, number),
        "part": part,
        "number": number,
        "label": f"Article {number}",
        "title": f"Clause {number} of pact {agreement}",
        "summary": f"The parties agreed on {hidden} in this article.",
        "cloze": [hidden],
        "topics": topics,
        "sources": SOURCES,
    }
    if _twins():
        hidden_ja = f"事実{agreement}の{number}"
        row |= {
            "title_ja": f"第{number}条",
            "summary_ja": f"両国は{hidden_ja}に合意した。",
            "cloze_ja": [hidden_ja],
        }
    return row


def agreement_row(number: int, clauses: int = 2) -> Row:
    """Agreement `number`: its clauses take the topics in turn, one each."""
    signatories = [
        _japanese_twins(
            "signatory",
            {"person": person, "country": country, "office": "Envoy", "sources": SOURCES},
        )
        for person, country, _ in SIGNATORIES
    ]
    row: Row = {
        "key": agreement_key(number),
        "ordinal": number,
        "title": f"Pact {number}",
        "title_ja": f"第{number}協約",
        "signed": signed_on(number),
        "place": "Test City",
        "summary": f"The summary of pact {number}.",
        "occasion": f"Why pact {number} was made.",
        "consequences": f"What pact {number} led to.",
        "sources": SOURCES,
        "signatory": signatories,
        "clause": [
            clause_row(number, index, [TOPICS[(number + index) % len(TOPICS)]])
            for index in range(1, clauses + 1)
        ],
    }
    return _japanese_twins("agreement", row)


def event_row(key: str, year: int, kind: str = "other") -> Row:
    row: Row = {
        "key": key,
        "date": dt.date(year, 3, 1),
        "precision": "day",
        "kind": kind,
        "title": f"Event {key}",
        "title_ja": "",
        "description": f"What happened in {key}.",
        "sources": SOURCES,
    }
    return _japanese_twins("event", row)


def term_row(key: str) -> Row:
    row: Row = {
        "key": key,
        "term": f"term {key}",
        "term_ja": "用語",
        "reading": "yōgo",
        "definition": f"The meaning of {key}.",
        "sources": SOURCES,
    }
    return _japanese_twins("term", row)


def person_row(key: str, country: str, name: str) -> Row:
    role = _japanese_twins("role", {"title": "Envoy", "start": 1900})
    row: Row = {
        "key": key,
        "name": name,
        "name_ja": "",
        "name_native": name,
        "reading": name.lower(),
        "country": country,
        "born": 1850,
        "died": 1930,
        "role": [role],
        "description": f"{name} signed the pacts.",
        "sources": SOURCES,
    }
    return _japanese_twins("person", row)


def small_content(
    *, agreements: int = 3, clauses: int = 2, events: int = 2, terms: int = 2
) -> ContentText:
    """Content with these many agreements (each with `clauses`), events and terms."""
    content = ContentText()
    content.add("source", "test", {"key": SOURCE, "citation": "A test source", "url": ""})
    for key in TOPICS:
        topic = {
            "key": key,
            "name": key.capitalize(),
            "name_ja": "話題",
            "kind": "region",
            "description": f"The topic {key}.",
            "sources": SOURCES,
        }
        content.add("topic", "test", _japanese_twins("topic", topic))
    for key, country, name in SIGNATORIES:
        content.add("person", "test", person_row(key, country, name))
    for number in range(1, agreements + 1):
        content.add(
            "agreement", f"agreements/{agreement_key(number)}", agreement_row(number, clauses)
        )
    for number in range(1, events + 1):
        content.add("event", "test", event_row(f"event-{number}", FIRST_YEAR + number))
    era = {
        "key": "test-era",
        "name": "Test era",
        "name_ja": "試験",
        "kind": "period",
        "start": dt.date(1900, 1, 1),
        "end": dt.date(1930, 12, 31),
        "description": "The years of the test content.",
        "sources": SOURCES,
    }
    content.add("era", "test", _japanese_twins("era", era))
    for number in range(1, terms + 1):
        content.add("term", "test", term_row(f"word-{number}"))
    return content


def build_content(folder: Path, content: ContentText | None = None) -> Path:
    """Build `content` (small_content() if None) into folder/agreements.sqlite, through the
    real validation and build; returns the database's path."""
    path = folder / "agreements.sqlite"
    write_database(content if content is not None else small_content(), path)
    return path
