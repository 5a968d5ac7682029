"""The map content as the Map view shows it: a step's features read by key when the step is
first shown, kept once read. Qt-free.

At open the view reads only the places (the map's few dozen labels) and how many agreements
it steps through; their keys come a page at a time as the step bar shows them, and each step
reads its own features through the holdings' index by agreement, so the map opens as fast
for a course of treaties as for four.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, overload

from studyapp.content import map_queries as queries
from studyapp.content.map_records import MapFeatureRecord, PlaceRecord

if TYPE_CHECKING:
    from sqlalchemy import Connection

Read = Callable[[Callable[["Connection"], Any]], Any]  # services.database.read


STEP_PAGE = 50  # agreement keys read at a time


class Steps(Sequence[str]):
    """The keys of the agreements the map steps through, in order of signing: counted at
    once, read a page at a time by position, and found by key with the database's index."""

    def __init__(self, read: Read) -> None:
        self._read = read
        self._count: int = read(queries.step_count)
        self._pages: dict[int, tuple[str, ...]] = {}
        self._positions: dict[str, int | None] = {}

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[str, ...]: ...

    def __getitem__(self, index: int | slice) -> str | tuple[str, ...]:
        if isinstance(index, slice):
            return tuple(self[number] for number in range(*index.indices(self._count)))
        number = index + self._count if index < 0 else index
        if not 0 <= number < self._count:
            raise IndexError(index)
        page = number // STEP_PAGE
        if page not in self._pages:
            offset = page * STEP_PAGE
            self._pages[page] = self._read(
                partial(queries.step_page, offset=offset, limit=STEP_PAGE)
            )
            for position, key in enumerate(self._pages[page], start=offset):
                self._positions[key] = position
        return self._pages[page][number % STEP_PAGE]

    def __iter__(self) -> Iterator[str]:
        return (self[number] for number in range(self._count))

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._position(key) is not None

    def index(self, key: Any, start: int = 0, stop: int | None = None) -> int:
        position = self._position(key) if isinstance(key, str) else None
        if position is None or position < start or (stop is not None and position >= stop):
            raise ValueError(key)
        return position

    def _position(self, key: str) -> int | None:
        if key not in self._positions:
            self._positions[key] = self._read(partial(queries.step_position, key=key))
        return self._positions[key]


class MapAtlas:
    """An Atlas (map_records.py) that reads as it is asked; raises ContentError from `read`
    when the database is damaged."""

    def __init__(self, read: Read) -> None:
        self._read = read
        self.places: tuple[PlaceRecord, ...] = read(queries.read_places)
        self.agreements: Sequence[str] = Steps(read)
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
