"""The few facts of each row that decide which quiz cards the content makes. Qt-free.

The quiz's card catalogue (studyapp.study.card_catalogue) counts and looks up cards by key
without making them; these queries give it only the columns its rules read (a signing date,
whether an event has a title, a term's kanji), so that at 1,000 times today's content no
prose is read and no record is built. Each takes the caller's connection.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection
from typing import Any, NamedTuple

from sqlalchemy import Connection


def _all(connection: Connection, sql: str, parameters: tuple[object, ...] = ()) -> list[Any]:
    """Every row, as the driver's plain tuples: for tens of thousands of rows, a third of
    the time SQLAlchemy's rows take."""
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql, parameters)
        return list(cursor.fetchall())
    finally:
        cursor.close()


class AgreementRow(NamedTuple):
    key: str
    ordinal: int
    title: str
    title_ja: str
    signed: dt.date


def agreements(connection: Connection) -> list[AgreementRow]:
    """Every agreement's key, ordinal, titles and signing date, by key."""
    rows = connection.exec_driver_sql(
        "SELECT key, ordinal, title, title_ja, signed FROM agreement ORDER BY key"
    )
    return [AgreementRow(k, o, t, j, dt.date.fromisoformat(s)) for k, o, t, j, s in rows]


class Moment(NamedTuple):
    """An agreement's signing or a titled event, as "which came first" orders them."""

    key: str
    first: str  # the first and last day its date can mean at its precision (ISO text)
    last: str
    asks_date: bool  # a titled event whose precision the event-date card asks


def moments(connection: Connection, asked_precisions: Collection[str]) -> list[Moment]:
    """The signings and the titled events, by their first possible day, then key.

    ISO dates sort as the days do, and SQLite's text order is code-point order, as Python's.
    """
    asked = json.dumps(sorted(asked_precisions))
    rows = _all(
        connection,
        "SELECT key, signed AS first, signed AS last, 0 FROM agreement "
        "UNION ALL "
        "SELECT key, "
        "  CASE precision WHEN 'month' THEN date(date, 'start of month') "
        "    WHEN 'year' THEN date(date, 'start of year') ELSE date END, "
        "  CASE precision WHEN 'month' THEN date(date, 'start of month', '+1 month', '-1 day') "
        "    WHEN 'year' THEN date(date, 'start of year', '+1 year', '-1 day') ELSE date END, "
        "  precision IN (SELECT value FROM json_each(?)) "
        "FROM event WHERE title != '' "
        "ORDER BY 2, 1",
        (asked,),
    )
    return [Moment(key, first, last, bool(asks)) for key, first, last, asks in rows]


def clause_titles(connection: Connection) -> list[tuple[str, str, str]]:
    """(clause key, agreement key, title) of every clause."""
    return _all(connection, "SELECT key, agreement_key, title FROM clause")


def cloze_counts(connection: Connection) -> dict[str, int]:
    """How many key facts each clause marks for its cloze cards (none: left out)."""
    rows = _all(connection, "SELECT clause_key, count(*) FROM clause_cloze GROUP BY clause_key")
    return dict(rows)


class TermRow(NamedTuple):
    key: str
    term_ja: str
    # True where the definition holds a printable ASCII character (so it is surely not
    # blank); else the definition itself, for the caller to judge (Unicode spaces).
    definition: str | bool


def terms(connection: Connection) -> list[TermRow]:
    """Every term's key and Japanese form, and whether its definition says something."""
    rows = _all(
        connection,
        "SELECT key, term_ja, CASE WHEN definition GLOB '*[!-~]*' THEN 1 ELSE definition END "
        "FROM term",
    )
    return [TermRow(key, kanji, True if said == 1 else str(said)) for key, kanji, said in rows]


def signing_people(connection: Connection) -> list[str]:
    """The people who signed at least one agreement, each once."""
    rows = connection.exec_driver_sql("SELECT DISTINCT person_key FROM signatory ORDER BY 1")
    return [key for (key,) in rows]


class DeedRow(NamedTuple):
    person_key: str
    verb: str
    what: str
    year: int


def deeds(connection: Connection) -> list[DeedRow]:
    """Every person's deeds, by person and in the order written."""
    rows = connection.exec_driver_sql(
        "SELECT person_key, verb, what, year FROM person_deed ORDER BY person_key, position"
    )
    return [DeedRow(*row) for row in rows]
