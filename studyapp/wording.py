"""Words of the content in the app's language: prose twins, clause labels, parts, countries.

Qt-free, for the cards and the views alike. `prose(record, "summary")` is the Japanese twin
(summary_ja) in Japanese where the content has it, else the English: the content's own
picker (studyapp.content.language) asked in the app's language (studyapp.i18n).
"""

from __future__ import annotations

import re

from studyapp.content.language import Language, spans_in, text_in
from studyapp.i18n import QT_TRANSLATE_NOOP, is_japanese, language, translate


def _reader() -> Language:
    return Language.of(language())


def prose(record: object, field: str) -> str:
    """`record.field` in the app's language: its `<field>_ja` twin in Japanese, if any."""
    return text_in(record, field, _reader())


def spans(record: object, field: str) -> tuple[str, ...]:
    """A tuple of spans (a clause's "clozes") in the app's language, English if no twin."""
    return spans_in(record, field, _reader())


def name(record: object, field: str = "title") -> str:
    """A title or name in the app's language: title_ja, name_ja in Japanese where present."""
    return prose(record, field)


_ROMAN = {"I": 1, "V": 5, "X": 10}
_ARTICLE = re.compile(r"^Article ([IVX]+|\d+)$")


def _roman(text: str) -> int:
    if text.isdigit():
        return int(text)
    total = 0
    for index, char in enumerate(text):
        value = _ROMAN[char]
        following = _ROMAN[text[index + 1]] if index + 1 < len(text) else 0
        total += -value if value < following else value
    return total


def clause_label(label: str) -> str:
    """ "Article II", or 第2条; "Additional article", or 追加条項."""
    if not is_japanese():
        return label
    match = _ARTICLE.match(label)
    if match:
        return f"第{_roman(match[1])}条"
    return translate("Wording", label)


# Labels other than "Article N" that the content uses.
_OTHER_LABELS = (QT_TRANSLATE_NOOP("Wording", "Additional article"),)
_PARTS = {
    "public": QT_TRANSLATE_NOOP("Wording", "public"),
    "secret": QT_TRANSLATE_NOOP("Wording", "secret"),
}
_COUNTRIES = (
    QT_TRANSLATE_NOOP("Wording", "Japan"),
    QT_TRANSLATE_NOOP("Wording", "Russia"),
    QT_TRANSLATE_NOOP("Wording", "China"),
    QT_TRANSLATE_NOOP("Wording", "Korea"),
    QT_TRANSLATE_NOOP("Wording", "Soviet Union"),
    QT_TRANSLATE_NOOP("Wording", "United States"),
    QT_TRANSLATE_NOOP("Wording", "Britain"),
    QT_TRANSLATE_NOOP("Wording", "France"),
)


def part_name(part: str) -> str:
    """ "public" or "secret" (lower case), 公開 or 秘密."""
    return translate("Wording", _PARTS.get(part, part))


def country_name(country: str) -> str:
    """A country of the content in the app's language: Japan, 日本."""
    return translate("Wording", country)
