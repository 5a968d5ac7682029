"""The sentences the map says about a feature: which agreement and article made it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studyapp.content.index import ContentIndex
from studyapp.content.map_records import MapFeatureRecord


def agreement_keys(index: ContentIndex) -> tuple[str, ...]:
    """The agreements the map steps through, in the order they were signed."""
    return tuple(a.key for a in sorted(index.content.agreements, key=lambda a: a.ordinal))


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapView", text)


CERTAINTY_NOTES = {
    "treaty-text": "",
    "approximate": " Its course is approximate.",
    "schematic": " No treaty defined its edges: drawn schematically.",
}


def agreement_label(index: ContentIndex, agreement_key: str) -> str:
    agreement = index.agreements.get(agreement_key)
    if agreement is None:
        return agreement_key
    return f"{agreement.title} ({agreement.signed.year})"


def describe(index: ContentIndex, feature: MapFeatureRecord, agreement_key: str) -> str:
    """One sentence: the feature, what this agreement made of it, and by which article."""
    holding = feature.holding(agreement_key)
    if holding is None:
        return feature.name
    where = agreement_label(index, agreement_key)
    clause = index.clauses.get(holding.clause_key) if holding.clause_key else None
    if clause is not None:
        part = _tr("secret") if clause.part == "secret" else _tr("public")
        made_by = _tr("{label} of the {part} convention, {agreement}").format(
            label=clause.label, part=part, agreement=where
        )
    else:
        made_by = _tr("no article of the {agreement}").format(agreement=where)
    sentence = _tr("{name} ({name_ja}) {note}: {made_by}.").format(
        name=feature.name, name_ja=feature.name_ja, note=holding.note, made_by=made_by
    )
    return sentence + _tr(CERTAINTY_NOTES.get(feature.certainty, ""))
