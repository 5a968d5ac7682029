"""The map content as the Map view shows it: a step's features read by key when the step is
first shown, kept once read. Qt-free.

At open the view reads only the places (the map's few dozen labels) and the keys of the
agreements it steps through; each step then reads its own features through the holdings'
index by agreement, so the map opens as fast for a course of treaties as for four.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from studyapp.content import map_queries as queries
from studyapp.content.map_records import MapFeatureRecord, PlaceRecord

if TYPE_CHECKING:
    from sqlalchemy import Connection

Read = Callable[[Callable[["Connection"], Any]], Any]  # services.database.read


class MapAtlas:
    """An Atlas (map_records.py) that reads as it is asked; raises ContentError from `read`
    when the database is damaged."""

    def __init__(self, read: Read) -> None:
        self._read = read
        self.places: tuple[PlaceRecord, ...] = read(queries.read_places)
        self.agreements: tuple[str, ...] = read(queries.step_keys)
        self._features: dict[str, MapFeatureRecord | None] = {}  # None: no such feature
        self._at: dict[str, tuple[str, ...]] = {}  # agreement -> its features' keys

    def at(self, agreement_key: str) -> tuple[MapFeatureRecord, ...]:
        """The features that hold at `agreement_key`, in drawing order."""
        keys = self._at.get(agreement_key)
        if keys is None:
            keys = self._at[agreement_key] = self._read(
                partial(queries.feature_keys_at, agreement_key=agreement_key)
            )
        return self._many(keys)

    def feature(self, key: str) -> MapFeatureRecord | None:
        found = self._many((key,))
        return found[0] if found else None

    def place(self, key: str) -> PlaceRecord | None:
        return next((p for p in self.places if p.key == key), None)

    def features_of_clause(self, clause_key: str) -> tuple[MapFeatureRecord, ...]:
        keys = self._read(partial(queries.feature_keys_of_clause, clause_key=clause_key))
        return self._many(keys)

    def _many(self, keys: Sequence[str]) -> tuple[MapFeatureRecord, ...]:
        """These features, in the order of `keys`: those not read yet in one query."""
        missing = [key for key in keys if key not in self._features]
        if missing:
            found = {
                feature.key: feature
                for feature in self._read(partial(queries.read_features, keys=tuple(missing)))
            }
            self._features.update({key: found.get(key) for key in missing})
        return tuple(feature for key in keys if (feature := self._features[key]) is not None)
