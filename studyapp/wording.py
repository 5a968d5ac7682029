"""Words of the content in the app's language: prose twins, clause labels, parts, countries.

Qt-free, for the cards and the views alike. `prose(record, "summary")` is the Japanese twin
(summary_ja) in Japanese where the content has it, else the English: the content's own
picker (studyapp.content.language) asked in the app's language (studyapp.i18n).

Each function takes a `language` ("en", "ja", or a content Language) that defaults to the
app's: a pane showing its content in the other language passes its own, so its titles,
clause labels, parts and countries follow its text.
"""

from __future__ import annotations

import re

from studyapp import i18n
from studyapp.content.language import Language, spans_in, text_in
from studyapp.i18n import QT_TRANSLATE_NOOP, translate


def reader(language: str | None = None) -> Language:
    """The content Language of `language`, by default the app's."""
    return Language.of(language or i18n.language())


def prose(record: object, field: str, language: str | None = None) -> str:
    """`record.field` in `language`: its `<field>_ja` twin in Japanese, if any."""
    return text_in(record, field, reader(language))


def spans(record: object, field: str, language: str | None = None) -> tuple[str, ...]:
    """A tuple of spans (a clause's "clozes") in `language`, English if no twin."""
    return spans_in(record, field, reader(language))


def name(record: object, field: str = "title", language: str | None = None) -> str:
    """A title or name in `language`: title_ja, name_ja in Japanese where present."""
    return prose(record, field, language)


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


def clause_label(label: str, language: str | None = None) -> str:
    """ "Article II", or 第2条; "Additional article", or 追加条項."""
    if reader(language) is not Language.JA:
        return label
    match = _ARTICLE.match(label)
    if match:
        return f"第{_roman(match[1])}条"
    return translate("Wording", label, language=Language.JA)


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


def part_name(part: str, language: str | None = None) -> str:
    """ "public" or "secret" (lower case), 公開 or 秘密."""
    return translate("Wording", _PARTS.get(part, part), language=reader(language))


def country_name(country: str, language: str | None = None) -> str:
    """A country of the content in `language`: Japan, 日本."""
    return translate("Wording", country, language=reader(language))
