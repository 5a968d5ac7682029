"""Reads the map content from the bundled database into frozen records (map_records.py).

Plain SQL through the caller's connection: the Map view reads this when it first opens, and
six statements sent as they are cost a few milliseconds where SQLAlchemy's compiling them
cost ten times that.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from sqlalchemy import Connection

from studyapp.content.map_records import HoldingRecord, MapContent, MapFeatureRecord, PlaceRecord
from studyapp.content.records import SourceRecord


def _citations(
    connection: Connection, owner: str, sources: dict[str, SourceRecord]
) -> dict[str, tuple[SourceRecord, ...]]:
    cited: dict[str, list[SourceRecord]] = defaultdict(list)
    rows = connection.exec_driver_sql(
        f"SELECT {owner}_key, source_key FROM {owner}_source ORDER BY {owner}_key, position"
    )
    for key, source in rows:
        cited[key].append(sources[source])
    return {key: tuple(found) for key, found in cited.items()}


def read_map(connection: Connection) -> MapContent:
    sources = {
        row[0]: SourceRecord(*row)
        for row in connection.exec_driver_sql(
            "SELECT key, citation, url, note, note_ja FROM source"
        )
    }
    place_sources = _citations(connection, "place", sources)
    feature_sources = _citations(connection, "map_feature", sources)
    holdings: dict[str, list[HoldingRecord]] = defaultdict(list)
    for feature, agreement, clause, changed, note, note_ja in connection.exec_driver_sql(
        "SELECT h.feature_key, h.agreement_key, h.clause_key, h.changed, h.note, h.note_ja "
        "FROM map_holding h JOIN agreement a ON a.key = h.agreement_key "
        "ORDER BY h.feature_key, a.ordinal"
    ):
        holdings[feature].append(HoldingRecord(agreement, clause, bool(changed), note, note_ja))
    places = tuple(
        PlaceRecord(key, name, name_ja, kind, lon, lat, place_sources.get(key, ()))
        for key, name, name_ja, kind, lon, lat in connection.exec_driver_sql(
            "SELECT key, name, name_ja, kind, lon, lat FROM place ORDER BY key"
        )
    )
    features = tuple(
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
                "geometry "
                "FROM map_feature ORDER BY position"
            )
        )
    )
    agreements = tuple(
        key for (key,) in connection.exec_driver_sql("SELECT key FROM agreement ORDER BY ordinal")
    )
    return MapContent(places, features, agreements)


def read_map_file(path: Path) -> MapContent:
    """The map content of the database at `path`, read once (for the dump and the cards)."""
    from studyapp.content.database import ContentDatabase

    database = ContentDatabase(path)
    try:
        return database.read(read_map)
    finally:
        database.close()
