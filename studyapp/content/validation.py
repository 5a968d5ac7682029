"""Checks on the content text before it is built: keys, required fields, dates and sources.

Every problem is collected with the file and key it concerns, so one build run lists them all.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from studyapp import calendars
from studyapp.content.records import DEED_VERBS
from studyapp.content.twins import TWIN_NAMES, twin_problems

KEY_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

Row = dict[str, Any]

# Field name -> expected type, for each kind of row. "?" after a name: optional. The Japanese
# twins (`_ja`) are optional here; twins.py says which kinds must have them.
FIELDS: dict[str, dict[str, type | tuple[type, ...]]] = {
    "source": {"key": str, "citation": str, "url": str, "note?": str, "note_ja?": str},
    "topic": {
        "key": str,
        "name": str,
        "name_ja": str,
        "kind": str,
        "description": str,
        "description_ja?": str,
        "sources": list,
    },
    "person": {
        "key": str,
        "name": str,
        "name_ja": str,
        "name_native": str,
        "reading": str,
        "country": str,
        "born": int,
        "died": int,
        "description": str,
        "description_ja?": str,
        "mentions?": list,  # other spellings that name the person in prose: "Motono"
        "role": list,
        "deed?": list,
        "sources": list,
    },
    "role": {"title": str, "title_ja?": str, "start": int, "end?": int},
    "deed": {"verb": str, "what": str, "text_ja?": str, "year": int, "sources": list},
    "agreement": {
        "key": str,
        "ordinal": int,
        "title": str,
        "title_ja": str,
        "signed": dt.date,
        "place": str,
        "place_ja?": str,
        "summary": str,
        "summary_ja?": str,
        "occasion": str,
        "occasion_ja?": str,
        "consequences": str,
        "consequences_ja?": str,
        "sources": list,
        "signatory": list,
        "clause": list,
    },
    "signatory": {
        "person": str,
        "country": str,
        "office": str,
        "office_ja?": str,
        "sources": list,
    },
    "clause": {
        "key": str,
        "part": str,
        "number": int,
        "label": str,
        "title": str,
        "title_ja?": str,
        "summary": str,
        "summary_ja?": str,
        "topics": list,
        "sources": list,
        "cloze": list,
        "cloze_ja?": list,  # spans of summary_ja hiding the same facts, as many
    },
    "event": {
        "key": str,
        "date": dt.date,
        "precision": str,
        "end?": dt.date,
        "kind": str,
        "old_style?": bool,  # Russia's Julian calendar was in use for it (see check_old_style)
        "title": str,
        "title_ja": str,
        "description": str,
        "description_ja?": str,
        "sources": list,
    },
    "era": {
        "key": str,
        "name": str,
        "name_ja": str,
        "kind": str,
        "start": dt.date,
        "end?": dt.date,
        "description": str,
        "description_ja?": str,
        "sources": list,
    },
    "term": {
        "key": str,
        "term": str,
        "term_ja": str,
        "reading": str,
        "definition": str,
        "definition_ja?": str,
        "sources": list,
    },
    # The map (db/content/map/); its own checks are in map_build.py.
    "place": {"key": str, "name": str, "name_ja": str, "kind": str, "at": list, "sources": list},
    "feature": {
        "key": str,
        "name": str,
        "name_ja": str,
        "kind": str,
        "power": str,
        "certainty": str,
        "description": str,
        "description_ja?": str,
        "sources": list,
        "route?": list,
        "outline?": list,
        "holds": list,
    },
    "holding": {
        "agreement": str,
        "clause": str,
        "changed": bool,
        "note": str,
        "note_ja?": str,
    },
}

CHOICES: dict[tuple[str, str], frozenset[str]] = {
    ("topic", "kind"): frozenset({"region", "theme"}),
    ("clause", "part"): frozenset({"public", "secret"}),
    ("event", "precision"): frozenset({"day", "month", "year"}),
    ("event", "kind"): frozenset(
        {"war", "treaty", "revolution", "annexation", "diplomacy", "reign", "other"}
    ),
    ("era", "kind"): frozenset({"reign", "period"}),
    ("signatory", "country"): frozenset({"Japan", "Russia"}),
    ("person", "country"): frozenset(
        {"Japan", "Russia", "Soviet Union", "United States", "China", "Korea"}
    ),
    ("deed", "verb"): frozenset(DEED_VERBS),
}

# Text fields that may be left empty; every other text field must say something.
MAY_BE_EMPTY = frozenset({"url", "note", "name_ja", "title_ja", "power", "clause"})


@dataclass
class Problems:
    """The problems found so far, each a line naming where it is."""

    lines: list[str] = field(default_factory=list)

    def add(self, where: str, message: str) -> None:
        self.lines.append(f"{where}: {message}")


def check_fields(kind: str, row: Row, where: str, problems: Problems) -> None:
    spec = FIELDS[kind]
    allowed = {name.rstrip("?") for name in spec}
    for name in sorted(set(row) - allowed):
        problems.add(where, f"unknown field {name!r} in a {kind}")
    for spec_name, expected in spec.items():
        optional = spec_name.endswith("?")
        name = spec_name.rstrip("?")
        if name not in row:
            if not optional:
                problems.add(where, f"missing field {name!r} in a {kind}")
            continue
        value = row[name]
        # TOML datetimes are dates too in Python; a bool is an int. Neither is wanted here.
        wrong_type = (
            not isinstance(value, expected)
            or (expected is dt.date and isinstance(value, dt.datetime))
            or (expected is int and isinstance(value, bool))
        )
        if wrong_type:
            problems.add(
                where, f"field {name!r} should be a {getattr(expected, '__name__', expected)}"
            )
        elif (
            isinstance(value, str)
            and not value.strip()
            and name not in MAY_BE_EMPTY
            and name not in TWIN_NAMES  # empty where the English is: see twin_problems
        ):
            problems.add(where, f"field {name!r} is empty")
        choices = CHOICES.get((kind, name))
        if choices is not None and value not in choices:
            problems.add(where, f"{name} {value!r} is not one of {sorted(choices)}")
    for problem in twin_problems(kind, row):
        problems.add(where, problem)
    key = row.get("key")
    if isinstance(key, str) and not KEY_PATTERN.fullmatch(key):
        problems.add(where, f"key {key!r} is not lowercase words joined by '-'")


def check_unique(kind: str, rows: Iterable[tuple[str, Row]], problems: Problems) -> set[str]:
    """The keys of `rows`, reporting any key used twice."""
    seen: set[str] = set()
    for where, row in rows:
        key = row.get("key")
        if isinstance(key, str):
            if key in seen:
                problems.add(where, f"{kind} key {key!r} is used twice")
            seen.add(key)
    return seen


def check_references(
    where: str, names: object, known: set[str], what: str, problems: Problems, *, required: bool
) -> None:
    if not isinstance(names, list):
        return
    if required and not names:
        problems.add(where, f"cites no {what}")
    for name in names:
        if name not in known:
            problems.add(where, f"unknown {what} {name!r}")
    if len(set(map(str, names))) != len(names):
        problems.add(where, f"names the same {what} twice")


def check_old_style(where: str, date: object, old_style: object, problems: Problems) -> None:
    """An event marked Old Style must fall before Russia left the Julian calendar."""
    if old_style is True and isinstance(date, dt.date) and not calendars.old_style_in_use(date):
        problems.add(
            where,
            f"old_style is set, but Russia used the Gregorian calendar by {date.isoformat()}",
        )


def check_span(where: str, start: object, end: object, problems: Problems) -> None:
    if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
        problems.add(where, f"ends ({end}) before it starts ({start})")


def check_clozes(
    where: str, spans: object, summary: object, problems: Problems, *, japanese: bool = False
) -> None:
    """A clause's cloze spans: at least one, each a few words found once in its summary, so
    that hiding it leaves a sentence to answer from. `japanese`: the spans of `cloze_ja` in
    `summary_ja`."""
    if not isinstance(spans, list) or not isinstance(summary, str):
        return
    cloze, text = ("cloze_ja", "summary_ja") if japanese else ("cloze", "summary")
    if not spans:
        problems.add(where, f"has no {cloze}: mark at least one key fact of the {text}")
    for span in spans:
        if not isinstance(span, str) or not span.strip():
            problems.add(where, f"a {cloze} should be a non-empty string")
            continue
        found = summary.count(span)
        if found != 1:
            times = "is not in" if found == 0 else f"occurs {found} times in"
            problems.add(where, f"{cloze} {span!r} {times} the {text}")
        elif len(span) > len(summary) // 2:
            problems.add(where, f"{cloze} {span!r} hides more than half of the {text}")
    if len(set(map(str, spans))) != len(spans):
        problems.add(where, f"names the same {cloze} twice")
