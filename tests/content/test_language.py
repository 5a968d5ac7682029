"""Picking a record's field in a language, falling back to English."""

from __future__ import annotations

import datetime as dt

from studyapp.content.language import Language, has_twin, spans_in, text_in, twin_name
from studyapp.content.records import ClauseRecord, DeedRecord, EraRecord

CLAUSE = ClauseRecord(
    key="c",
    agreement_key="a",
    part="secret",
    number=1,
    label="Article I",
    title="A line",
    summary="A line along the Sungari River.",
    topics=(),
    sources=(),
    clozes=("the Sungari River",),
    clozes_ja=("松花江",),
    title_ja="分界線",
    summary_ja="松花江に沿う線。",
)


def test_japanese_gives_the_twin_and_english_the_english() -> None:
    assert text_in(CLAUSE, "summary", Language.JA) == "松花江に沿う線。"
    assert text_in(CLAUSE, "summary", Language.EN) == "A line along the Sungari River."
    assert spans_in(CLAUSE, "clozes", Language.JA) == ("松花江",)
    assert spans_in(CLAUSE, "clozes", Language.EN) == ("the Sungari River",)


def test_a_missing_or_empty_twin_falls_back_to_english() -> None:
    start = dt.date(1868, 10, 23)
    untranslated = EraRecord("e", "Meiji era", "明治", "reign", start, None, "An era.", ())
    assert not has_twin(untranslated, "description")
    assert text_in(untranslated, "description", Language.JA) == "An era."
    # A field with no twin at all (a label) is the English in both languages.
    assert text_in(CLAUSE, "label", Language.JA) == "Article I"


def test_a_deed_is_one_phrase_in_either_language() -> None:
    deed = DeedRecord("signed", "all four agreements", 1916, (), "四つの協約すべてに調印した")
    assert text_in(deed, "text", Language.EN) == "signed all four agreements"
    assert text_in(deed, "text", Language.JA) == "四つの協約すべてに調印した"


def test_language_codes_and_the_other_language() -> None:
    assert Language.of("ja_JP.UTF-8") is Language.JA
    assert Language.of("ja") is Language.JA
    assert Language.of("en-GB") is Language.EN
    assert Language.of("") is Language.EN
    assert Language.JA.other is Language.EN and Language.EN.other is Language.JA
    assert twin_name("definition") == "definition_ja"
