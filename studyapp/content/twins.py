"""The Japanese twins of the content's English prose: which fields have one, and their checks.

Every English prose field X of a row has a Japanese twin `X_ja` written next to it in the
TOML (a deed's twin, `text_ja`, is one phrase for its verb and object together). The build
refuses a row of a kind in KINDS_REQUIRING_JA whose twin is missing, and for every kind a twin
that is empty where the English says something, or says something where the English is empty.
"""

from __future__ import annotations

from typing import Any

# Kind of row -> (English field, its Japanese twin).
TWINS: dict[str, tuple[tuple[str, str], ...]] = {
    "agreement": (
        ("summary", "summary_ja"),
        ("occasion", "occasion_ja"),
        ("consequences", "consequences_ja"),
        ("place", "place_ja"),
    ),
    "signatory": (("office", "office_ja"),),
    "clause": (("title", "title_ja"), ("summary", "summary_ja")),
    "event": (("description", "description_ja"),),
    "era": (("description", "description_ja"),),
    "topic": (("description", "description_ja"),),
    "term": (("definition", "definition_ja"),),
    "person": (("description", "description_ja"),),
    "role": (("title", "title_ja"),),
    "deed": (("what", "text_ja"),),  # the whole deed: 「四つの日露協約すべてに調印した」
    "feature": (("description", "description_ja"),),
    "holding": (("note", "note_ja"),),
    "source": (("note", "note_ja"),),  # what was read of it, and how
    "step": (("place", "place_ja"),),  # a labelled point of a map route or outline
}

# The kinds whose rows must carry every twin: all of them.
KINDS_REQUIRING_JA: frozenset[str] = frozenset(TWINS)

TWIN_NAMES = frozenset(twin for pairs in TWINS.values() for _, twin in pairs)


def twin_fields(kind: str) -> tuple[str, ...]:
    """The names of the Japanese twins of a row of `kind`: ("description_ja",)."""
    return tuple(twin for _, twin in TWINS.get(kind, ()))


def twin_problems(kind: str, row: dict[str, Any]) -> list[str]:
    """What is wrong with the Japanese twins of `row`, a row of `kind`."""
    problems = []
    required = kind in KINDS_REQUIRING_JA
    for english, twin in TWINS.get(kind, ()):
        if english not in row:
            continue  # missing English is reported by the field checks
        if twin not in row:
            if required:
                problems.append(f"missing the Japanese twin {twin!r} of {english!r}")
            continue
        value, original = row[twin], row[english]
        if not isinstance(value, str) or not isinstance(original, str):
            continue  # a wrong type is reported by the field checks
        if original.strip() and not value.strip():
            problems.append(f"field {twin!r} is empty")
        elif not original.strip() and value.strip():
            problems.append(f"field {twin!r} says something where {english!r} is empty")
    return problems


def cloze_twin_problems(clause: dict[str, Any]) -> list[str]:
    """A clause's `cloze_ja` must hide as many facts as its `cloze`, in the same order; that
    each span is found in `summary_ja` is checked like the English (validation.check_clozes)."""
    if "cloze_ja" not in clause:
        required = "clause" in KINDS_REQUIRING_JA
        return ["missing the Japanese twin 'cloze_ja' of 'cloze'"] if required else []
    spans, spans_ja = clause.get("cloze"), clause["cloze_ja"]
    if isinstance(spans, list) and isinstance(spans_ja, list) and len(spans) != len(spans_ja):
        return [f"cloze_ja has {len(spans_ja)} span(s) where cloze has {len(spans)}"]
    return []
