"""Reads the map content from the bundled database into frozen records (map_records.py)."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from sqlalchemy import Connection, select

from studyapp.content import map_tables
from studyapp.content.map_records import HoldingRecord, MapContent, MapFeatureRecord, PlaceRecord
from studyapp.content.models import agreement
from studyapp.content.queries import _Citations, _sources


def read_map(connection: Connection) -> MapContent:
    sources = _sources(connection)
    place_sources = _Citations(connection, sources, "place")
    feature_sources = _Citations(connection, sources, "map_feature")
    ordinals = dict(connection.execute(select(agreement.c.key, agreement.c.ordinal)).all())
    holdings: dict[str, list[tuple[int, HoldingRecord]]] = defaultdict(list)
    h = map_tables.map_holding
    for row in connection.execute(select(h)).all():
        holdings[row.feature_key].append(
            (
                ordinals[row.agreement_key],
                HoldingRecord(row.agreement_key, row.clause_key, bool(row.changed), row.note),
            )
        )
    p = map_tables.place
    places = tuple(
        PlaceRecord(
            row.key, row.name, row.name_ja, row.kind, row.lon, row.lat, place_sources.of(row.key)
        )
        for row in connection.execute(select(p).order_by(p.c.key)).all()
    )
    f = map_tables.map_feature
    features = tuple(
        MapFeatureRecord(
            key=row.key,
            name=row.name,
            name_ja=row.name_ja,
            kind=row.kind,
            power=row.power,
            certainty=row.certainty,
            description=row.description,
            points=tuple((lon, lat) for lon, lat in json.loads(row.geometry)),
            holdings=tuple(holding for _, holding in sorted(holdings[row.key])),
            sources=feature_sources.of(row.key),
        )
        for row in connection.execute(select(f).order_by(f.c.position)).all()
    )
    return MapContent(places, features)


def read_map_file(path: Path) -> MapContent:
    """The map content of the database at `path`, read once (for the dump and the cards)."""
    from studyapp.content.database import ContentDatabase

    database = ContentDatabase(path)
    try:
        return database.read(read_map)
    finally:
        database.close()
