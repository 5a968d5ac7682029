"""The map's features as a GeoJSON FeatureCollection, for `studyapp dump --json` ("map").

Only the history is dumped, not the base geography; a feature that holds for several
agreements appears once for each, with that agreement's clause. Coordinates are [lon, lat];
sources are given as everywhere else in the dump.
"""

from __future__ import annotations

from typing import Any

from studyapp.content.map_records import MapContent, MapFeatureRecord

Json = dict[str, Any]


def _geometry(feature: MapFeatureRecord) -> Json:
    coordinates = [[lon, lat] for lon, lat in feature.points]
    if feature.is_area:
        return {"type": "Polygon", "coordinates": [coordinates]}
    return {"type": "LineString", "coordinates": coordinates}


def map_as_geojson(content: MapContent) -> Json:
    features: list[Json] = []
    for feature in content.features:
        geometry = _geometry(feature)
        for holding in feature.holdings:
            properties: Json = {
                "key": feature.key,
                "kind": feature.kind,
                "agreement": holding.agreement_key,
                "certainty": feature.certainty,
                "name": feature.name,
                "name_ja": feature.name_ja,
                "clause": holding.clause_key,
                "changed": holding.changed,
                "note": holding.note,
                "note_ja": holding.note_ja,
                "description": feature.description,
                "description_ja": feature.description_ja,
                "sources": [
                    {"key": s.key, "citation": s.citation, "url": s.url} for s in feature.sources
                ],
            }
            if feature.power:
                properties["power"] = feature.power
            features.append({"type": "Feature", "geometry": geometry, "properties": properties})
    return {"type": "FeatureCollection", "features": features}
