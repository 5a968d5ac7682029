"""The map's tables in the bundled database: places, features, and what each agreement made
of each feature. Registered on the same metadata as the rest of the content (models.py).

A feature's geometry is stored resolved, as JSON [[lon, lat], ...]: the build routes lines
along the rivers once, so the app never needs the river network.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Float, ForeignKey, Index, Integer, String, Table, Text

from studyapp.content.models import metadata


def _citations(owner: str) -> Table:
    return Table(
        f"{owner}_source",
        metadata,
        Column(f"{owner}_key", ForeignKey(f"{owner}.key"), primary_key=True),
        Column("source_key", ForeignKey("source.key"), primary_key=True),
        Column("position", Integer, nullable=False),
    )


place = Table(
    "place",
    metadata,
    Column("key", String, primary_key=True),
    Column("name", Text, nullable=False),
    Column("name_ja", Text, nullable=False),
    Column("kind", String, nullable=False),  # town, river, lake, region
    Column("lon", Float, nullable=False),
    Column("lat", Float, nullable=False),
)

map_feature = Table(
    "map_feature",
    metadata,
    Column("key", String, primary_key=True),
    Column("position", Integer, nullable=False, unique=True),  # drawing order
    Column("name", Text, nullable=False),
    Column("name_ja", Text, nullable=False),
    Column("kind", String, nullable=False),  # sphere, territory, line, railway
    Column("power", String, nullable=False),  # japan, russia, or "" for a line between them
    Column("certainty", String, nullable=False),  # treaty-text, approximate, schematic
    Column("description", Text, nullable=False),
    Column("description_ja", Text, nullable=False),
    Column("geometry", Text, nullable=False),  # JSON [[lon, lat], ...]; a polygon is closed
)

# One agreement's word on one feature: the clause that made it (if any) and what it did.
map_holding = Table(
    "map_holding",
    metadata,
    Column("feature_key", ForeignKey("map_feature.key"), primary_key=True),
    Column("agreement_key", ForeignKey("agreement.key"), primary_key=True),
    Column("clause_key", ForeignKey("clause.key")),
    Column("changed", Boolean, nullable=False),
    Column("note", Text, nullable=False),
    Column("note_ja", Text, nullable=False),
)

# The map view reads one step's features, and a clause's, by these (content/map_atlas.py).
Index("map_holding_agreement", map_holding.c.agreement_key)
Index("map_holding_clause", map_holding.c.clause_key)

place_source = _citations("place")
map_feature_source = _citations("map_feature")
