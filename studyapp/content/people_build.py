"""The build's share of the people: checking their rows and writing them with their mentions.

Kept apart from builder.py because people have parts of their own (roles, deeds) and because
their links to the rest of the content are derived here, from the prose, not typed in.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.engine import Connection

from studyapp.content import models
from studyapp.content.folding import fold
from studyapp.content.people import Prose, find_mentions
from studyapp.content.validation import Problems, Row, check_fields, check_references

Located = tuple[str, Row]  # (where in the text, row)


def _parts(person: Row, name: str) -> list[Row]:
    value = person.get(name, [])
    return [row for row in value if isinstance(row, dict)] if isinstance(value, list) else []


def spellings(person: Row) -> list[str]:
    """The ways the prose may name `person`: the full name and the listed shorter forms."""
    names = [person.get("name", ""), *person.get("mentions", [])]
    return [name for name in names if isinstance(name, str) and name.strip()]


def prose(
    agreements: Sequence[Row], events: Sequence[Row], terms: Sequence[Row]
) -> Iterator[Prose]:
    """Every row of prose that may name a person, in the order the app shows them."""
    for agreement in sorted(agreements, key=lambda row: int(row["ordinal"])):
        texts = (agreement[name] for name in ("title", "summary", "occasion", "consequences"))
        yield "agreement", agreement["key"], "\n".join(texts)
        clauses = sorted(_parts(agreement, "clause"), key=lambda c: (c["part"], c["number"]))
        for clause in clauses:
            yield "clause", clause["key"], f"{clause['title']}\n{clause['summary']}"
    for event in sorted(events, key=lambda row: (row["date"], row["key"])):
        yield "event", event["key"], f"{event['title']}\n{event['description']}"
    for term in sorted(terms, key=lambda row: str(row["key"])):
        yield "term", term["key"], f"{term['term']}\n{term['definition']}"


def validate_people(
    people: Sequence[Located],
    signed: set[str],
    sources: set[str],
    mentions: dict[str, list[tuple[str, str]]],
    problems: Problems,
) -> None:
    """Roles and deeds well formed and sourced; no spelling shared; everyone linked somewhere.

    `signed` holds the people who sign an agreement; `mentions` is what find_mentions found.
    """
    owner_of: dict[str, str] = {}
    for where, person in people:
        key = str(person.get("key", "?"))
        for role in _parts(person, "role"):
            check_fields("role", role, f"{where} role", problems)
        if not _parts(person, "role"):
            problems.add(where, "lists no role")
        for deed in _parts(person, "deed"):
            spot = f"{where} deed {deed.get('what', '?')!r}"
            check_fields("deed", deed, spot, problems)
            check_references(spot, deed.get("sources"), sources, "source", problems, required=True)
        for spelling in spellings(person):
            other = owner_of.setdefault(spelling.casefold(), key)
            if other != key:
                problems.add(where, f"{spelling!r} already names {other!r}")
        if not mentions.get(key) and key not in signed:
            problems.add(where, "is named in no agreement, clause, event or term and signs nothing")


def _insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        connection.execute(insert(table), rows)


def insert_people(
    connection: Connection, people: Sequence[Row], mentions: dict[str, list[tuple[str, str]]]
) -> None:
    t = models.metadata.tables
    columns = [column.name for column in t["person"].columns]
    ordered = sorted(people, key=lambda row: str(row["key"]))
    # A Japanese twin may be missing while its text is being written (see twins.py).
    rows = [{**row, **_folds(row)} for row in ordered]
    _insert(
        connection,
        t["person"],
        [
            {name: row.get(name, "") if name.endswith("_ja") else row[name] for name in columns}
            for row in rows
        ],
    )
    for person in ordered:
        key = person["key"]
        _insert(
            connection,
            t["person_source"],
            [
                {"person_key": key, "source_key": source, "position": position}
                for position, source in enumerate(person["sources"])
            ],
        )
        _insert(
            connection,
            t["person_role"],
            [
                {
                    "key": f"{key}-role-{position}",
                    "person_key": key,
                    "position": position,
                    "title": role["title"],
                    "title_ja": role.get("title_ja", ""),
                    "start": role["start"],
                    "end": role.get("end"),
                }
                for position, role in enumerate(_parts(person, "role"))
            ],
        )
        for position, deed in enumerate(_parts(person, "deed")):
            deed_key = f"{key}-deed-{position}"
            row = {"key": deed_key, "person_key": key, "position": position}
            row |= _pick(deed, "verb", "what", "year") | {"text_ja": deed.get("text_ja", "")}
            _insert(connection, t["person_deed"], [row])
            _insert(
                connection,
                t["person_deed_source"],
                [
                    {"person_deed_key": deed_key, "source_key": source, "position": number}
                    for number, source in enumerate(deed["sources"])
                ],
            )
        _insert(
            connection,
            t["person_mention"],
            [
                {"person_key": key, "kind": kind, "owner_key": owner, "position": position}
                for position, (kind, owner) in enumerate(mentions.get(key, []))
            ],
        )


def _folds(person: Row) -> dict[str, str]:
    """What the People view's list filters and sorts a person by, folded (folding.py)."""
    names = (
        "name",
        "name_ja",
        "name_native",
        "reading",
        "country",
        "description",
    )
    roles = _parts(person, "role")
    english = " ".join(
        (*(str(person.get(n, "")) for n in names), *(str(r["title"]) for r in roles))
    )
    japanese = " ".join(
        (str(person.get("description_ja", "")), *(str(r.get("title_ja", "")) for r in roles))
    )
    return {
        "folded": fold(english),
        "folded_ja": fold(f"{english} {japanese}"),
        "name_folded": fold(str(person["name"])),
    }


def _pick(row: Row, *names: str) -> dict[str, Any]:
    return {name: row[name] for name in names}


def mentions_of(
    people: Sequence[Row], agreements: Sequence[Row], events: Sequence[Row], terms: Sequence[Row]
) -> dict[str, list[tuple[str, str]]]:
    named = {str(person["key"]): spellings(person) for person in people if "key" in person}
    return find_mentions(named, prose(agreements, events, terms))
