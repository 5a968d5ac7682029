"""Reads the map content from the bundled database into frozen records (map_records.py).

Plain SQL through the caller's connection: six statements sent as they are cost a few
milliseconds where SQLAlchemy's compiling them cost ten times that. `read_map` reads the
whole map (the build's cards, the dump); the Map view reads a step's features by key as it
shows them (map_atlas.py), through the functions below.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from studyapp.content.map_records import HoldingRecord, MapContent, MapFeatureRecord, PlaceRecord
from studyapp.content.records import SourceRecord

if TYPE_CHECKING:
    from sqlalchemy import Connection

_SOURCE = "s.key, s.citation, s.url, s.note, s.note_ja"


def _in(column: str, keys: Sequence[str] | None) -> tuple[str, tuple[str, ...]]:
    """A WHERE clause picking rows whose `column` is one of `keys` (every row for None)."""
    if keys is None:
        return "", ()
    return f" WHERE {column} IN ({', '.join('?' * len(keys))})", tuple(keys)


def _citations(
    connection: Connection, owner: str, keys: Sequence[str] | None
) -> dict[str, tuple[SourceRecord, ...]]:
    cited: dict[str, list[SourceRecord]] = defaultdict(list)
    where, parameters = _in(f"c.{owner}_key", keys)
    rows = connection.exec_driver_sql(
        f"SELECT c.{owner}_key, {_SOURCE} FROM {owner}_source c "
        f"JOIN source s ON s.key = c.source_key{where} ORDER BY c.{owner}_key, c.position",
        parameters,
    )
    for key, *source in rows:
        cited[key].append(SourceRecord(*source))
    return {key: tuple(found) for key, found in cited.items()}


def read_features(connection: Connection, keys: Sequence[str] | None) -> list[MapFeatureRecord]:
    """The features with these keys (every one for None), in drawing order, each with all
    its holdings (in the agreements' order) and its sources."""
    feature_sources = _citations(connection, "map_feature", keys)
    holdings: dict[str, list[HoldingRecord]] = defaultdict(list)
    where, parameters = _in("h.feature_key", keys)
    for feature, agreement, clause, changed, note, note_ja in connection.exec_driver_sql(
        "SELECT h.feature_key, h.agreement_key, h.clause_key, h.changed, h.note, h.note_ja "
        f"FROM map_holding h JOIN agreement a ON a.key = h.agreement_key{where} "
        "ORDER BY h.feature_key, a.ordinal",
        parameters,
    ):
        holdings[feature].append(HoldingRecord(agreement, clause, bool(changed), note, note_ja))
    where, parameters = _in("key", keys)
    return [
        MapFeatureRecord(
            key=key,
            name=name,
            name_ja=name_ja,
            kind=kind,
            power=power,
            certainty=certainty,
            description=description,
            points=tuple((lon, lat) for lon, lat in json.loads(geometry)),
            holdings=tuple(holdings[key]),
            sources=feature_sources.get(key, ()),
            description_ja=description_ja,
        )
        for key, name, name_ja, kind, power, certainty, description, description_ja, geometry in (
            connection.exec_driver_sql(
                "SELECT key, name, name_ja, kind, power, certainty, description, description_ja, "
                f"geometry FROM map_feature{where} ORDER BY position",
                parameters,
            )
        )
    ]


def read_places(connection: Connection) -> tuple[PlaceRecord, ...]:
    """Every named place: the map's labels, drawn at every step (a region's few dozen)."""
    place_sources = _citations(connection, "place", None)
    return tuple(
        PlaceRecord(key, name, name_ja, kind, lon, lat, place_sources.get(key, ()))
        for key, name, name_ja, kind, lon, lat in connection.exec_driver_sql(
            "SELECT key, name, name_ja, kind, lon, lat FROM place ORDER BY key"
        )
    )


def step_keys(connection: Connection) -> tuple[str, ...]:
    """The agreements the map steps through, in order of signing."""
    return tuple(
        key for (key,) in connection.exec_driver_sql("SELECT key FROM agreement ORDER BY ordinal")
    )


def step_count(connection: Connection) -> int:
    return int(connection.exec_driver_sql("SELECT count(*) FROM agreement").scalar() or 0)


def step_page(connection: Connection, offset: int, limit: int) -> tuple[str, ...]:
    """The keys of `limit` agreements from the `offset`-th, in order of signing."""
    return tuple(
        key
        for (key,) in connection.exec_driver_sql(
            "SELECT key FROM agreement ORDER BY ordinal LIMIT ? OFFSET ?", (limit, offset)
        )
    )


def step_position(connection: Connection, key: str) -> int | None:
    """Where agreement `key` comes in order of signing (from 0); None if there is none."""
    found = connection.exec_driver_sql(
        "SELECT (SELECT count(*) FROM agreement b WHERE b.ordinal < a.ordinal) "
        "FROM agreement a WHERE a.key = ?",
        (key,),
    ).scalar()
    return None if found is None else int(found)


def feature_keys_at(connection: Connection, agreement_key: str) -> tuple[str, ...]:
    """The keys of the features that hold at this agreement, in drawing order (the holdings'
    index by agreement: a step reads its own features, not every step's)."""
    return tuple(
        key
        for (key,) in connection.exec_driver_sql(
            "SELECT h.feature_key FROM map_holding h JOIN map_feature f ON f.key = h.feature_key "
            "WHERE h.agreement_key = ? ORDER BY f.position",
            (agreement_key,),
        )
    )


def feature_keys_of_clause(connection: Connection, clause_key: str) -> tuple[str, ...]:
    """The keys of the features a clause made or changed, in drawing order."""
    return tuple(
        key
        for key, _position in connection.exec_driver_sql(
            "SELECT DISTINCT h.feature_key, f.position FROM map_holding h "
            "JOIN map_feature f ON f.key = h.feature_key "
            "WHERE h.clause_key = ? ORDER BY f.position",
            (clause_key,),
        )
    )


def read_map(connection: Connection) -> MapContent:
    """The whole map content."""
    return MapContent(
        read_places(connection), tuple(read_features(connection, None)), step_keys(connection)
    )


def read_map_file(path: Path) -> MapContent:
    """The map content of the database at `path`, read once (for the dump and the cards)."""
    from studyapp.content.database import ContentDatabase

    database = ContentDatabase(path)
    try:
        return database.read(read_map)
    finally:
        database.close()
