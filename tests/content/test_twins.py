"""The Japanese twins of the content's prose: present, checked by the build, stored, searched."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from studyapp.content import twins
from studyapp.content.builder import BuildError, ContentText, validate, write_database
from studyapp.content.database import ContentDatabase, read_content
from studyapp.content.dump import content_as_json
from studyapp.content.records import Content
from studyapp.content.search import search
from tests.conftest import BUNDLED_DB


@pytest.fixture(scope="module")
def content() -> Content:
    return read_content(BUNDLED_DB)


# The records of each kind of the bundled content, by the kind's name in twins.TWINS.
def _records_of(content: Content) -> dict[str, list[Any]]:
    return {
        "agreement": list(content.agreements),
        "signatory": [s for a in content.agreements for s in a.signatories],
        "clause": [c for a in content.agreements for c in a.clauses],
        "event": list(content.events),
        "era": list(content.eras),
        "topic": list(content.topics),
        "term": list(content.terms),
        "person": list(content.people),
        "role": [r for p in content.people for r in p.roles],
    }


def test_every_row_of_a_kind_that_requires_twins_has_them(content: Content) -> None:
    records = _records_of(content)
    checked = 0
    for kind in sorted(twins.KINDS_REQUIRING_JA & set(records)):
        assert records[kind], kind
        for record in records[kind]:
            for english, twin in twins.TWINS[kind]:
                if getattr(record, english):
                    assert getattr(record, twin).strip(), (kind, record, twin)
                    checked += 1
    assert checked > 50  # agreements, clauses, eras and topics at least


def test_each_clause_hides_as_many_japanese_facts_found_in_its_japanese_summary(
    content: Content,
) -> None:
    assert "clause" in twins.KINDS_REQUIRING_JA
    for agreement in content.agreements:
        for clause in agreement.clauses:
            assert len(clause.clozes_ja) == len(clause.clozes), clause.key
            for span in clause.clozes_ja:
                assert clause.summary_ja.count(span) == 1, (clause.key, span)


def test_the_japanese_is_japanese_and_keeps_the_numbers_of_the_english(content: Content) -> None:
    fourth = next(a for a in content.agreements if a.key == "fourth-1916")
    assert fourth.place_ja == "ペトログラード"
    meridian = next(c for c in fourth.clauses if c.key == "fourth-1916-secret-5")
    assert "1921年7月14日" in meridian.summary_ja  # "14 July 1921" in the English
    for agreement in content.agreements:
        assert not any(char.isascii() and char.isalpha() for char in agreement.summary_ja)


def test_the_dump_has_each_twin_beside_its_english_field(content: Content) -> None:
    dumped = content_as_json(content)
    agreement = dumped["agreements"][0]
    for name in ("summary", "occasion", "consequences", "place"):
        assert agreement[f"{name}_ja"], name
        keys = list(agreement)
        assert keys.index(f"{name}_ja") == keys.index(name) + 1  # right beside it
    assert agreement["signatories"][0]["office_ja"] == "駐露公使"
    clause = agreement["clauses"][0]
    assert clause["title_ja"] and clause["summary_ja"]
    assert len(clause["cloze_ja"]) == len(clause["cloze"])
    for kind, field in (
        ("eras", "description"),
        ("topics", "description"),
        ("events", "description"),
        ("terms", "definition"),
        ("people", "description"),
    ):
        for row in dumped[kind]:
            assert f"{field}_ja" in row, (kind, row["key"])
    for person in dumped["people"]:
        assert all("title_ja" in role for role in person["roles"])
        assert all("text_ja" in deed for deed in person["deeds"])


# A small content of its own, complete in both languages, for the build's checks.
SOURCE: dict[str, Any] = {"key": "s", "citation": "A source", "url": ""}
TOPIC: dict[str, Any] = {
    "key": "t",
    "name": "Topic",
    "name_ja": "主題",
    "kind": "theme",
    "description": "About railways.",
    "description_ja": "鉄道について。",
    "sources": ["s"],
}
PERSON: dict[str, Any] = {
    "key": "p",
    "name": "Motono Ichirō",
    "name_ja": "本野一郎",
    "name_native": "本野一郎",
    "reading": "もとの いちろう",
    "country": "Japan",
    "born": 1862,
    "died": 1918,
    "description": "A diplomat.",
    "description_ja": "外交官。",
    "role": [{"title": "Envoy", "title_ja": "公使", "start": 1906}],
    "sources": ["s"],
}
AGREEMENT: dict[str, Any] = {
    "key": "a",
    "ordinal": 1,
    "title": "An agreement",
    "title_ja": "協約",
    "signed": dt.date(1907, 7, 30),
    "place": "St. Petersburg",
    "place_ja": "サンクトペテルブルク",
    "summary": "It drew a line.",
    "summary_ja": "線を引いた。",
    "occasion": "After a war.",
    "occasion_ja": "戦争ののち。",
    "consequences": "Peace for a while.",
    "consequences_ja": "しばらくの平和。",
    "sources": ["s"],
    "signatory": [
        {
            "person": "p",
            "country": "Japan",
            "office": "Envoy",
            "office_ja": "公使",
            "sources": ["s"],
        }
    ],
    "clause": [
        {
            "key": "a-secret-1",
            "part": "secret",
            "number": 1,
            "label": "Article I",
            "title": "A line",
            "title_ja": "分界線",
            "summary": "A line runs along the Sungari River to the Nonni.",
            "summary_ja": "線は松花江に沿って嫩江に至る。",
            "cloze": ["the Sungari River"],
            "cloze_ja": ["松花江"],
            "topics": ["t"],
            "sources": ["s"],
        }
    ],
}
ERA: dict[str, Any] = {
    "key": "e",
    "name": "Meiji era",
    "name_ja": "明治",
    "kind": "reign",
    "start": dt.date(1868, 10, 23),
    "description": "An era.",
    "description_ja": "元号の一つ。",
    "sources": ["s"],
}
TERM: dict[str, Any] = {
    "key": "m",
    "term": "Most-favoured-nation treatment",
    "term_ja": "最恵国待遇",
    "reading": "さいけいこくたいぐう",
    "definition": "Treatment as good as any other nation's.",
    "definition_ja": "他のどの国にも劣らない待遇。",
    "sources": ["s"],
}
EVENT: dict[str, Any] = {
    "key": "v",
    "date": dt.date(1910, 8, 29),
    "precision": "day",
    "kind": "annexation",
    "title": "Annexation",
    "title_ja": "韓国併合",
    "description": "Japan annexed Korea.",
    "description_ja": "日本が韓国を併合した。",
    "sources": ["s"],
}


def _content(**changes: Any) -> ContentText:
    rows = {
        "source": SOURCE,
        "topic": TOPIC,
        "person": PERSON,
        "agreement": AGREEMENT,
        "era": ERA,
        "event": EVENT,
        "term": TERM,
    }
    content = ContentText()
    for kind, row in rows.items():
        content.add(kind, f"test.toml [{kind}]", copy.deepcopy(changes.get(kind, row)))
    return content


def _problems(content: ContentText) -> str:
    with pytest.raises(BuildError) as caught:
        validate(content)
    return str(caught.value)


def _without(row: dict[str, Any], name: str) -> dict[str, Any]:
    return {key: value for key, value in row.items() if key != name}


def test_the_small_content_is_valid() -> None:
    validate(_content())


@pytest.mark.parametrize(
    ("kind", "row", "message"),
    [
        ("agreement", _without(AGREEMENT, "summary_ja"), "missing the Japanese twin 'summary_ja'"),
        ("agreement", _without(AGREEMENT, "place_ja"), "missing the Japanese twin 'place_ja'"),
        ("era", _without(ERA, "description_ja"), "missing the Japanese twin 'description_ja'"),
        ("topic", {**TOPIC, "description_ja": "  "}, "field 'description_ja' is empty"),
    ],
)
def test_the_build_refuses_a_missing_or_empty_twin(
    kind: str, row: dict[str, Any], message: str
) -> None:
    assert message in _problems(_content(**{kind: row}))


def _with_clause(**fields: Any) -> dict[str, Any]:
    agreement = copy.deepcopy(AGREEMENT)
    agreement["clause"][0].update(fields)
    return agreement


def test_the_build_refuses_a_clause_without_its_japanese_title_or_clozes() -> None:
    clause = {k: v for k, v in AGREEMENT["clause"][0].items() if k not in ("title_ja", "cloze_ja")}
    agreement = {**AGREEMENT, "clause": [clause]}
    problems = _problems(_content(agreement=agreement))
    assert "[a-secret-1]: missing the Japanese twin 'title_ja' of 'title'" in problems
    assert "[a-secret-1]: missing the Japanese twin 'cloze_ja' of 'cloze'" in problems


def test_the_build_refuses_japanese_clozes_that_do_not_match() -> None:
    too_many = _problems(_content(agreement=_with_clause(cloze_ja=["松花江", "嫩江"])))
    assert "cloze_ja has 2 span(s) where cloze has 1" in too_many
    absent = _problems(_content(agreement=_with_clause(cloze_ja=["黒竜江"])))
    assert "cloze_ja '黒竜江' is not in the summary_ja" in absent


def test_a_signatory_needs_the_japanese_of_its_office() -> None:
    agreement = copy.deepcopy(AGREEMENT)
    del agreement["signatory"][0]["office_ja"]
    assert "missing the Japanese twin 'office_ja'" in _problems(_content(agreement=agreement))


def test_every_kind_of_twin_is_refused_once_its_kind_requires_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Kinds whose text is still being written are not yet required: the same check, switched
    # on for every kind, as it will be once all the Japanese has landed.
    monkeypatch.setattr(twins, "KINDS_REQUIRING_JA", frozenset(twins.TWINS))
    undescribed = _without(PERSON, "description_ja")
    problems = _problems(_content(event=_without(EVENT, "description_ja"), person=undescribed))
    assert "test.toml [event]: missing the Japanese twin 'description_ja'" in problems
    assert "test.toml [person]: missing the Japanese twin 'description_ja'" in problems
    assert "test.toml [term]" not in problems
    # Roles and deeds are checked once the rows themselves are sound.
    person = copy.deepcopy(PERSON)
    person["role"] = [{"title": "Envoy", "start": 1906}]
    person["deed"] = [{"verb": "signed", "what": "the agreement", "year": 1907, "sources": ["s"]}]
    problems = _problems(_content(person=person))
    assert "role: missing the Japanese twin 'title_ja' of 'title'" in problems
    assert "missing the Japanese twin 'text_ja' of 'what'" in problems
    assert twins.twin_problems("step", {"at": [125.0, 45.0], "place": "Harbin"}) == [
        "missing the Japanese twin 'place_ja' of 'place'"
    ]
    assert twins.twin_problems("holding", {"note": "", "note_ja": ""}) == []


def test_a_twin_says_nothing_where_the_english_says_nothing() -> None:
    assert twins.twin_problems("holding", {"note": "", "note_ja": "線"}) == [
        "field 'note_ja' says something where 'note' is empty"
    ]


@pytest.fixture(scope="module")
def small_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("twins") / "agreements.sqlite"
    write_database(_content(), path)
    return path


def test_the_twins_are_stored_and_read_back(small_database: Path) -> None:
    built = read_content(small_database)
    agreement = built.agreements[0]
    assert (agreement.summary_ja, agreement.place_ja) == ("線を引いた。", "サンクトペテルブルク")
    assert agreement.occasion_ja == "戦争ののち。"
    assert agreement.consequences_ja == "しばらくの平和。"
    assert agreement.signatories[0].office_ja == "公使"
    clause = agreement.clauses[0]
    assert (clause.title_ja, clause.clozes_ja) == ("分界線", ("松花江",))
    assert clause.summary_ja == "線は松花江に沿って嫩江に至る。"
    assert built.eras[0].description_ja == "元号の一つ。"
    assert built.topics[0].description_ja == "鉄道について。"
    assert built.events[0].description_ja == "日本が韓国を併合した。"
    assert built.people[0].description_ja == "外交官。"
    assert built.people[0].roles[0].title_ja == "公使"
    assert built.terms[0].definition_ja == "他のどの国にも劣らない待遇。"


def test_search_finds_a_word_of_the_japanese_prose_only(small_database: Path) -> None:
    database = ContentDatabase(small_database)
    try:
        with database.connect() as connection:
            hits = search(connection, "嫩江")  # two characters: the short-word index
            longer = search(connection, "併合した")  # the trigram index
            definition = search(connection, "劣らない")
    finally:
        database.close()
    assert [hit.key for hit in hits] == ["a-secret-1"]
    hit = hits[0]
    assert hit.text == "A line runs along the Sungari River to the Nonni."
    start, end = hit.text_ja_spans[0]
    assert hit.text_ja[start:end] == "嫩江"
    assert hit.matched_text == (hit.text_ja, hit.text_ja_spans)  # what it was found by
    assert [hit.key for hit in longer] == ["v"]
    assert [hit.key for hit in definition] == ["m"]


def test_search_finds_the_japanese_prose_of_the_bundled_content() -> None:
    database = ContentDatabase(BUNDLED_DB)
    try:
        with database.connect() as connection:
            hits = search(connection, "最恵国待遇")
            short = search(connection, "講和")
    finally:
        database.close()
    assert "first-1907-secret-2" in [hit.key for hit in hits]
    assert all(hit.text_ja_spans for hit in hits if hit.kind == "clause")
    assert "fourth-1916-secret-2" in [hit.key for hit in short]
