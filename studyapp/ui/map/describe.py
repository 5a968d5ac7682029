"""The sentences the map says about a feature: which agreement and article made it."""

from __future__ import annotations

from studyapp.content.catalogue import ContentCatalogue
from studyapp.content.map_records import MapFeatureRecord
from studyapp.i18n import QT_TRANSLATE_NOOP, in_language, translate
from studyapp.wording import clause_label, name, part_name, prose

CERTAINTY_NOTES = {
    "approximate": QT_TRANSLATE_NOOP("MapView", " Its course is approximate."),
    "schematic": QT_TRANSLATE_NOOP("MapView", " No treaty defined its edges: drawn schematically."),
}


RAILWAY_NOTE = QT_TRANSLATE_NOOP("MapView", " Drawn straight from station to station.")


def agreement_label(
    index: ContentCatalogue, agreement_key: str, language: str | None = None
) -> str:
    agreement = index.agreement_heading(agreement_key)  # its heading: no clauses to read
    if agreement is None:
        return agreement_key
    label = in_language(language).translate("MapView", "{title} ({year})")
    return label.format(title=name(agreement, language=language), year=agreement.signed.year)


def describe(
    index: ContentCatalogue,
    feature: MapFeatureRecord,
    agreement_key: str,
    language: str | None = None,
) -> str:
    """One sentence: the feature, what this agreement made of it, and by which article; in
    `language` (the map's content language; None: the app's)."""
    words = in_language(language)
    holding = feature.holding(agreement_key)
    if holding is None:
        return name(feature, "name", language)
    where = agreement_label(index, agreement_key, language)
    clause = index.clauses.get(holding.clause_key) if holding.clause_key else None
    if clause is not None:
        made_by = words.translate("MapView", "{label} of the {part} convention, {agreement}")
        made_by = made_by.format(
            label=clause_label(clause.label, language),
            part=part_name(clause.part, language),
            agreement=where,
        )
    else:
        made_by = words.translate("MapView", "no article of the {agreement}").format(
            agreement=where
        )
    sentence = words.translate("MapView", "{name} ({name_ja}) {note}: {made_by}.")
    sentence = sentence.format(
        name=feature.name,
        name_ja=feature.name_ja,
        note=prose(holding, "note", language),
        made_by=made_by,
    )
    if feature.kind == "railway":
        certainty = RAILWAY_NOTE if feature.certainty == "schematic" else None
    else:
        certainty = CERTAINTY_NOTES.get(feature.certainty)
    return sentence + (translate("MapView", certainty, language=language) if certainty else "")
