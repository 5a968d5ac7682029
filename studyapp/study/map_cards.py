"""Cards on the map, from the map content: click a region, whose sphere a town was in, which
agreement drew a line. Keys are stable like every card's: the kind, then the keys of the
feature, place and agreement asked about.

A region card is answered by a click inside the region (check_click); the others are choices.
Without a map to click (CSV, a flip session) each still reads as a plain question.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from studyapp.content.map_records import Atlas, MapContent, MapFeatureRecord
from studyapp.errors import StudyAppError
from studyapp.geo.routing import distance
from studyapp.geo.shapes import contains
from studyapp.i18n import QT_TRANSLATE_NOOP, is_japanese, translate
from studyapp.study.cards import Card, first_sentence
from studyapp.study.vocabulary import MAP_CARD_KINDS, AnswerType, CardKind
from studyapp.wording import name, prose

REGION, SPHERE, LINE = CardKind.MAP_REGION, CardKind.MAP_SPHERE, CardKind.MAP_LINE
POWER_NAMES = {
    "japan": QT_TRANSLATE_NOOP("MapCards", "Japan's"),
    "russia": QT_TRANSLATE_NOOP("MapCards", "Russia's"),
}
POWER_ACCEPTED = {
    "japan": ("Japan", "日本", "Japan's", "日本の勢力範囲"),
    "russia": ("Russia", "ロシア", "Russia's", "ロシアの勢力範囲"),
}
# A town this close (degrees) to an edge is not asked about: the edge is drawn too roughly.
EDGE_MARGIN = 0.2


class AgreementFacts(Protocol):
    """What the map cards read of an agreement (a record, or a row of content.card_sources)."""

    @property
    def key(self) -> str: ...
    @property
    def ordinal(self) -> int: ...
    @property
    def title(self) -> str: ...
    @property
    def title_ja(self) -> str: ...
    @property
    def signed(self) -> dt.date: ...


@dataclass(frozen=True)
class MapTarget:
    kind: str
    feature_key: str | None
    place_key: str | None
    agreement_key: str | None


def map_target(card: Card) -> MapTarget | None:
    """What a map card points at, read from its key; None for other cards."""
    if card.kind not in MAP_CARD_KINDS:
        return None
    parts = card.key.split(":")[1:]
    if card.kind == REGION:
        return MapTarget(REGION, parts[0], None, parts[1])
    if card.kind == SPHERE:
        return MapTarget(SPHERE, None, parts[0], parts[1])
    return MapTarget(LINE, parts[0], None, card.agreement_key)


def check_click(atlas: Atlas, card: Card, lon: float, lat: float) -> bool:
    """Whether a click at (lon, lat) answers a region card: inside the region asked for."""
    target = map_target(card)
    feature = atlas.feature(target.feature_key) if target and target.feature_key else None
    return feature is not None and contains(feature.points, (lon, lat))


def _label(agreement: AgreementFacts) -> str:
    """ "First Russo-Japanese Agreement (1907)", 第一次日露協約（1907年）."""
    if is_japanese():
        return f"{name(agreement)}（{agreement.signed.year}年）"
    return f"{agreement.title} ({agreement.signed.year})"


def _power(power: str) -> str:
    return translate("MapCards", POWER_NAMES[power])


def _pair(english: str, japanese: str) -> str:
    """ "Kwantung (関東州)" in English, 関東州 in Japanese."""
    if is_japanese():
        return japanese or english
    return f"{english} ({japanese})" if japanese else english


def _region_cards(atlas: MapContent, agreements: Mapping[str, AgreementFacts]) -> list[Card]:
    cards = []
    for feature in atlas.features:
        if feature.kind != "sphere":
            continue
        for holding in feature.holdings:
            agreement = agreements.get(holding.agreement_key)
            if not holding.changed or not holding.clause_key or agreement is None:
                continue
            cards.append(
                Card(
                    key=f"{REGION}:{feature.key}:{agreement.key}",
                    kind=REGION,
                    prompt=translate(
                        "MapCards", "On the map of {year}, click {name}, the region that {note}."
                    ).format(
                        year=agreement.signed.year,
                        name=_pair(feature.name, feature.name_ja),
                        note=prose(holding, "note"),
                    ),
                    answer=name(feature, "name"),
                    answer_type=AnswerType.CHOICE,
                    accepted=(feature.name_ja, feature.name),
                    choices_pool=REGION,
                    agreement_key=agreement.key,
                    clause_key=holding.clause_key,
                    explanation=translate("MapCards", "{description} ({agreement}.)").format(
                        description=first_sentence(prose(feature, "description")),
                        agreement=_label(agreement),
                    ),
                    source_keys=tuple(s.key for s in feature.sources),
                )
            )
    return cards


def _edges_distance(areas: list[MapFeatureRecord], point: tuple[float, float]) -> float:
    best = float("inf")
    for feature in areas:
        for a, b in zip(feature.points, feature.points[1:], strict=False):
            # Nearest point of the segment, in plain degrees: a margin needs no more.
            dx, dy = b[0] - a[0], b[1] - a[1]
            length = dx * dx + dy * dy
            t = 0.0 if length == 0 else ((point[0] - a[0]) * dx + (point[1] - a[1]) * dy) / length
            t = max(0.0, min(1.0, t))
            best = min(best, distance(point, (a[0] + t * dx, a[1] + t * dy)))
    return best


def _sphere_cards(atlas: MapContent, agreements: Mapping[str, AgreementFacts]) -> list[Card]:
    cards = []
    ordered = sorted(agreements.values(), key=lambda a: a.ordinal)
    for place in atlas.places:
        if place.kind != "town":
            continue
        point = (place.lon, place.lat)
        before: str | None = None
        for agreement in ordered:
            areas = [f for f in atlas.at(agreement.key) if f.is_area]
            inside = [f for f in areas if contains(f.points, point)]
            powers = {f.power for f in inside}
            now = powers.pop() if len(powers) == 1 else None
            asked = (
                now is not None
                and now != before
                and all(f.kind == "sphere" for f in inside)
                and _edges_distance(areas, point) >= EDGE_MARGIN
            )
            before = now
            if not asked or now is None:
                continue
            feature = inside[0]
            holding = feature.holding(agreement.key)
            cards.append(
                Card(
                    key=f"{SPHERE}:{place.key}:{agreement.key}",
                    kind=SPHERE,
                    prompt=translate(
                        "MapCards", "In whose sphere was {place} after the {agreement}?"
                    ).format(place=_pair(place.name, place.name_ja), agreement=_label(agreement)),
                    answer=_power(now),
                    answer_type=AnswerType.CHOICE,
                    accepted=POWER_ACCEPTED[now],
                    choices_pool=SPHERE,
                    agreement_key=agreement.key,
                    clause_key=holding.clause_key if holding else None,
                    explanation=translate(
                        "MapCards", "{place} lay in {region}, which {note}."
                    ).format(
                        place=name(place, "name"),
                        region=name(feature, "name"),
                        note=prose(holding, "note")
                        if holding
                        else translate("MapCards", "held", "a region that held"),
                    ),
                    source_keys=tuple(
                        dict.fromkeys(s.key for s in (*feature.sources, *place.sources))
                    ),
                    options=tuple(_power(power) for power in POWER_NAMES),
                )
            )
    return cards


def _line_cards(atlas: MapContent, agreements: Mapping[str, AgreementFacts]) -> list[Card]:
    labels = tuple(_label(a) for a in sorted(agreements.values(), key=lambda a: a.ordinal))
    cards = []
    for feature in atlas.features:
        if feature.kind != "line" or feature.certainty == "schematic":
            continue
        drawn = next((h for h in feature.holdings if h.clause_key and h.changed), None)
        agreement = agreements.get(drawn.agreement_key) if drawn else None
        if drawn is None or agreement is None:
            continue
        cards.append(
            Card(
                key=f"{LINE}:{feature.key}",
                kind=LINE,
                prompt=translate("MapCards", "Which agreement drew this line: {name}?").format(
                    name=name(feature, "name")
                ),
                answer=_label(agreement),
                answer_type=AnswerType.CHOICE,
                accepted=(agreement.title_ja, agreement.title),
                choices_pool=LINE,
                agreement_key=agreement.key,
                clause_key=drawn.clause_key,
                explanation=first_sentence(prose(feature, "description")),
                source_keys=tuple(s.key for s in feature.sources),
                options=labels,
            )
        )
    return cards


def generate_map_cards(atlas: MapContent, agreements: Mapping[str, AgreementFacts]) -> list[Card]:
    """Every map card, in a fixed order: regions, then towns, then lines."""
    return [
        *_region_cards(atlas, agreements),
        *_sphere_cards(atlas, agreements),
        *_line_cards(atlas, agreements),
    ]


_loaded: dict[str, MapContent | None] = {}


def map_content(path: Path) -> MapContent | None:
    """The map content of the database at `path`, read once; None if it has none (a database
    built before the map, or synthetic content), so the quiz goes on without map cards."""
    key = str(path)
    if key not in _loaded:
        from studyapp.content.map_queries import read_map_file

        try:
            _loaded[key] = read_map_file(path)
        except StudyAppError:
            _loaded[key] = None
    return _loaded[key]
