"""The card table of the content database, written by the build. Qt-free.

Every card the content makes (studyapp.study.cards and studyapp.study.map_cards) gets a row
with its key, kind, agreement, clause and place in content order, and a row per fact it
asks about (studyapp.study.siblings); its schema and the queries on it are in
studyapp.content.card_sources. It is made by the same generator that makes the cards the
quiz shows, once, when the content is built: derived from the content, it has the
content's version, and nothing needs to make every card at run time to count or choose
them. The keys do not depend on the language, so one table serves both.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from studyapp.content.card_sources import CARD_TABLE_FINISH_SQL, CARD_TABLE_SQL
from studyapp.content.records import Content
from studyapp.errors import StudyAppError
from studyapp.study.card_pool import shuffle_number
from studyapp.study.cards import Card, generate_cards
from studyapp.study.map_cards import generate_map_cards
from studyapp.study.siblings import fact_keys


def every_card(content: Content, path: Path, bookmarked: Iterable[str] = ()) -> list[Card]:
    """Every card of `content` (read from the database at `path`, for its map) and of the
    bookmarked clauses, in content order. Only the build and the exports make them all."""
    from studyapp.content.map_queries import read_map_file

    try:
        atlas = read_map_file(path)
    except StudyAppError:
        atlas = None  # a database without map content (synthetic content): no map cards
    cards = generate_cards(content, bookmarked)
    if atlas is not None:
        cards += generate_map_cards(atlas, {a.key: a for a in content.agreements})
    return cards


def write_card_table(connection: sqlite3.Connection, content: Content, path: Path) -> None:
    """Create and fill the card table on `connection`, the database being built at `path`
    whose content is `content`."""
    cards = every_card(content, path)
    for statement in CARD_TABLE_SQL:
        connection.execute(statement)
    connection.executemany(
        "INSERT INTO card (position, key, kind, agreement_key, clause_key, shuffle) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            (
                position,
                card.key,
                str(card.kind),
                card.agreement_key,
                card.clause_key,
                shuffle_number(card.key),
            )
            for position, card in enumerate(cards)
        ),
    )
    connection.executemany(
        "INSERT OR IGNORE INTO card_fact (fact, position) VALUES (?, ?)",
        ((fact, position) for position, card in enumerate(cards) for fact in fact_keys(card.key)),
    )
    for statement in CARD_TABLE_FINISH_SQL:
        connection.execute(statement)
