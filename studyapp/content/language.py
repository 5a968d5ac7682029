"""Picking a content field in the reader's language: the Japanese twin, or the English.

Every English prose field X of a record has its twin X_ja (records.py). Views and cards ask
for a field by its English name and get the twin in Japanese, or the English where the twin
is missing or empty, so a row not yet translated still reads.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class Language(StrEnum):
    EN = "en"
    JA = "ja"

    @classmethod
    def of(cls, code: str) -> Language:
        """The language of a locale or language code ("ja", "ja_JP", "en-GB"); English for
        anything else."""
        return cls.JA if code.lower().replace("-", "_").split("_")[0] == "ja" else cls.EN

    @property
    def other(self) -> Language:
        """The language one click away, for comparing the two."""
        return Language.JA if self is Language.EN else Language.EN


def twin_name(field: str) -> str:
    """The name of the Japanese twin of the English field `field`: "summary_ja"."""
    return f"{field}_ja"


def _twin(record: object, field: str) -> Any:
    """The Japanese twin of `field`, or None where it is missing or empty."""
    return getattr(record, twin_name(field), None) or None


def _field(record: object, field: str, language: Language) -> Any:
    twin = _twin(record, field) if language is Language.JA else None
    return getattr(record, field) if twin is None else twin


def text_in(record: object, field: str, language: Language) -> str:
    """`record`'s text `field` in `language`: in Japanese its twin, falling back to the
    English where the twin is missing or empty. A deed's field is "text" (text_ja)."""
    return str(_field(record, field, language))


def spans_in(record: object, field: str, language: Language) -> tuple[str, ...]:
    """`record`'s tuple of spans `field` (a clause's "clozes") in `language`, falling back
    to the English spans where there are no Japanese ones."""
    return tuple(str(span) for span in _field(record, field, language))


def has_twin(record: object, field: str) -> bool:
    """Whether `record` has a Japanese twin of `field` that says something."""
    return _twin(record, field) is not None
