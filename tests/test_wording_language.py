"""The content's words in a language of the caller's choice (a pane showing the other one):
studyapp.wording and studyapp.date_text take a `language` that defaults to the app's, and
the picking of a field stays in studyapp.content.language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from studyapp import i18n, paths, wording
from studyapp.content.database import read_content
from studyapp.content.language import Language, text_in
from studyapp.content.records import Content
from studyapp.date_text import format_date, format_day, format_short_date


@pytest.fixture(scope="module")
def content() -> Content:
    return read_content(paths.content_db_path())


@pytest.fixture(params=["en", "ja"])
def app_language(request: pytest.FixtureRequest) -> Iterator[str]:
    from studyapp.translations import use_language

    use_language(request.param)
    yield request.param
    use_language("en")


def test_prose_in_either_language_whatever_the_app_speaks(
    content: Content, app_language: str
) -> None:
    clause = content.agreements[0].clauses[0]
    assert wording.prose(clause, "summary", "en") == clause.summary
    assert wording.prose(clause, "summary", "ja") == clause.summary_ja
    assert wording.prose(clause, "summary", Language.JA) == clause.summary_ja
    assert wording.name(clause, language="en") == clause.title
    assert wording.name(clause, language="ja") == clause.title_ja
    assert wording.spans(clause, "clozes", "ja") == tuple(clause.clozes_ja)
    assert wording.spans(clause, "clozes", "en") == tuple(clause.clozes)
    # The default is the app's language, picked by the content's own picker.
    assert wording.prose(clause, "summary") == text_in(clause, "summary", Language.of(app_language))


def test_labels_parts_and_countries_follow_the_language_asked(app_language: str) -> None:
    assert wording.clause_label("Article II", "ja") == "第2条"
    assert wording.clause_label("Article II", "en") == "Article II"
    assert wording.clause_label("Additional article", "ja") == "追加条項"
    assert wording.clause_label("Additional article", "en") == "Additional article"
    assert wording.country_name("Japan", "ja") == "日本"
    assert wording.country_name("Russia", "en") == "Russia"
    assert wording.part_name("secret", "en") == "secret"
    assert wording.part_name("secret", "ja") != "secret"


def test_dates_follow_the_language_asked(app_language: str) -> None:
    day = dt.date(1907, 7, 30)
    assert format_date(day, language="en") == "30 July 1907"
    assert format_date(day, language=Language.JA) == "1907年7月30日"
    assert format_short_date(day, language="en") == "30 Jul 1907"
    assert format_day(day, language="en") == "Tuesday 30 July 1907"
    assert format_day(day, language="ja") == "1907年7月30日（火）"


def test_headings_in_the_language_asked(app_language: str) -> None:
    words = i18n.in_language("ja")
    assert words.translate("AgreementReading", "Occasion") != "Occasion"
    assert i18n.in_language("en").translate("AgreementReading", "Occasion") == "Occasion"
    assert i18n.join_list(["A", "B", "C"], language="en") == "A, B and C"
    assert i18n.join_list(["A", "B", "C"], language="ja") == "A、B、C"
    assert i18n.sentences("一。", "二。", language="ja") == "一。二。"
    plural = i18n.Context("CompareByTopic").tr(
        "Covered by {covering} of the %n agreements.", "", 4, language="en"
    )
    assert plural == "Covered by {covering} of the 4 agreements."


def test_speaking_makes_the_core_speak_another_language_for_a_while(app_language: str) -> None:
    other = Language.of(app_language).other
    with i18n.speaking(other):
        assert i18n.language() == other
        assert wording.clause_label("Article II") == (
            "第2条" if other is Language.JA else "Article II"
        )
    assert i18n.language() == app_language
