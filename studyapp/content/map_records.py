"""The map content as frozen records, for the map view, the dump and the map cards."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from studyapp.content.records import SourceRecord

Point = tuple[float, float]

KINDS = ("sphere", "territory", "line", "railway")
POWERS = ("japan", "russia")
CERTAINTIES = ("treaty-text", "approximate", "schematic")
AREA_KINDS = frozenset({"sphere", "territory"})


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    key: str
    name: str
    name_ja: str
    kind: str  # town, river, lake, region
    lon: float
    lat: float
    sources: tuple[SourceRecord, ...]


@dataclass(frozen=True, slots=True)
class HoldingRecord:
    """What one agreement made of a feature."""

    agreement_key: str
    clause_key: str | None
    changed: bool
    note: str
    note_ja: str = ""


@dataclass(frozen=True, slots=True)
class MapFeatureRecord:
    key: str
    name: str
    name_ja: str
    kind: str
    power: str
    certainty: str
    description: str
    points: tuple[Point, ...]  # [lon, lat]; closed (first == last) for an area
    holdings: tuple[HoldingRecord, ...]  # in the agreements' order
    sources: tuple[SourceRecord, ...]
    description_ja: str = ""

    @property
    def is_area(self) -> bool:
        return self.kind in AREA_KINDS

    def holding(self, agreement_key: str) -> HoldingRecord | None:
        return next((h for h in self.holdings if h.agreement_key == agreement_key), None)


@dataclass(frozen=True, slots=True)
class MapContent:
    places: tuple[PlaceRecord, ...]
    features: tuple[MapFeatureRecord, ...]  # in drawing order: areas first, then lines
    agreements: tuple[str, ...] = ()  # the keys the map steps through, in order of signing

    def at(self, agreement_key: str) -> tuple[MapFeatureRecord, ...]:
        """The features that hold at `agreement_key`, in drawing order."""
        return tuple(f for f in self.features if f.holding(agreement_key) is not None)

    def feature(self, key: str) -> MapFeatureRecord | None:
        return next((f for f in self.features if f.key == key), None)

    def place(self, key: str) -> PlaceRecord | None:
        return next((p for p in self.places if p.key == key), None)

    def features_of_clause(self, clause_key: str) -> tuple[MapFeatureRecord, ...]:
        return tuple(
            f for f in self.features if any(h.clause_key == clause_key for h in f.holdings)
        )


class Atlas(Protocol):
    """What the map view, its canvas and the quiz's map read of the map content: the whole
    of it (MapContent, for the build and the cards) or read step by step (map_atlas.py)."""

    @property
    def places(self) -> tuple[PlaceRecord, ...]: ...

    @property
    def agreements(self) -> Sequence[str]: ...

    def at(self, agreement_key: str) -> tuple[MapFeatureRecord, ...]: ...

    def feature(self, key: str) -> MapFeatureRecord | None: ...

    def place(self, key: str) -> PlaceRecord | None: ...

    def features_of_clause(self, clause_key: str) -> tuple[MapFeatureRecord, ...]: ...
