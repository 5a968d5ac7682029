"""Issue 15: the errors a historian found stay mended, and the people are sourced and linked."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from studyapp import calendars
from studyapp.content.builder import BuildError, ContentText, validate
from studyapp.content.database import read_content
from studyapp.content.dump import content_as_json
from studyapp.content.folding import fold
from studyapp.content.records import Content, EventRecord
from tests.conftest import BUNDLED_DB


@pytest.fixture(scope="module")
def content() -> Content:
    return read_content(BUNDLED_DB)


def _sentences(text: str, ends: str = ".;:") -> list[str]:
    return [part for part in re.split(rf"(?<=[{ends}])\s+", text) if part]


def test_the_annexation_entries_cite_only_the_1907_convention_on_korea(content: Content) -> None:
    texts = [e.description for e in content.events if "annexation" in e.key]
    texts += [t.definition for t in content.terms if t.key == "annexation-of-korea"]
    assert len(texts) >= 3
    for text in texts:
        assert "1907 and 1910" not in text
        for sentence in _sentences(text):
            if "Russia" in sentence and re.search(r"bound|promis|commit|obstruct", sentence):
                assert "1907" in sentence, sentence
                assert not re.search(r"1910 (secret )?convention", sentence.split("neither")[0])
    # and the agreements agree: only the 1907 clauses concern Korea
    for agreement in content.agreements:
        korean = [c.key for c in agreement.clauses if "korea" in c.topics]
        assert not korean or agreement.signed.year == 1907, korean


def test_the_headline_term_says_what_each_secret_part_did(content: Content) -> None:
    term = next(t for t in content.terms if t.key == "russo-japanese-agreement")
    assert "each had a secret convention dividing" not in term.definition.lower()
    by_year = {
        year: [s for s in _sentences(term.definition, ".") if s.startswith(f"In {year}")]
        for year in (1907, 1910, 1912, 1916)
    }
    assert all(by_year.values()), by_year
    assert not any("divid" in s for s in by_year[1916])
    assert any("allies" in s or "alliance" in s for s in by_year[1916])
    assert not any("Mongolia" in s for s in by_year[1910])
    assert any("concessions" in s for s in by_year[1907])


def test_ito_is_not_made_the_brake_on_annexation(content: Content) -> None:
    event = next(e for e in content.events if e.key == "ito-assassination-1909")
    assert "advocate of caution" not in event.description
    assert "followed within a year" not in event.description
    assert "10 April 1909" in event.description
    assert "6 July 1909" in event.description


def test_the_1916_notice_rule_and_the_1907_line(content: Content) -> None:
    clauses = {c.key: c for a in content.agreements for c in a.clauses}
    assert "twelve months" in clauses["fourth-1916-secret-5"].summary
    first = next(a for a in content.agreements if a.key == "first-1907")
    assert "split Manchuria" not in first.summary
    assert "concessions" in first.summary


def test_julian_dates_only_where_the_old_style_was_in_use(content: Content) -> None:
    dumped = {e["key"]: e for e in content_as_json(content)["events"]}
    for event in content.events:
        if not calendars.old_style_in_use(event.date):
            assert not event.shows_julian, event.key
            assert dumped[event.key]["date_julian"] is None, event.key
    for key in ("soviet-japanese-basic-convention-1925", "taisho-emperor-death-1926"):
        assert dumped[key]["date_julian"] is None
    for key in ("korea-annexation-1910", "meiji-emperor-death-1912", "wuchang-uprising-1911"):
        assert dumped[key]["date_julian"] is None, "a Japanese or Chinese event"
    assert dumped["portsmouth-treaty-1905"]["date_julian"] == "1905-08-23"
    assert dumped["october-revolution-1917"]["date_julian"] == "1917-10-25"


def test_the_old_style_flag_means_nothing_after_russia_changed_calendars() -> None:
    late = EventRecord(
        "x", dt.date(1925, 1, 20), "day", None, "treaty", "X", "", "", (), old_style=True
    )
    assert not late.shows_julian
    early = EventRecord("y", dt.date(1907, 7, 30), "day", None, "treaty", "Y", "", "", ())
    assert not early.shows_julian  # not marked: a Japanese or Chinese event


def _event_row(key: str, date: dt.date, old_style: bool) -> dict[str, object]:
    return {
        "key": key,
        "date": date,
        "precision": "day",
        "kind": "treaty",
        "old_style": old_style,
        "title": "An event",
        "title_ja": "",
        "description": "Something happened.",
        "sources": ["s"],
    }


def test_the_build_refuses_an_old_style_event_after_1918() -> None:
    text = ContentText()
    text.add("source", "sources.toml [s]", {"key": "s", "citation": "A book.", "url": ""})
    text.add("event", "events.toml [late]", _event_row("late", dt.date(1925, 1, 20), True))
    with pytest.raises(BuildError) as caught:
        validate(text)
    assert any("old_style" in line for line in caught.value.problems)


# The people the issue names; each must be in the content.
NAMED = (
    "Motono Ichirō", "Alexander Izvolsky", "Sergei Sazonov", "Philander C. Knox",
    "Komura Jutarō", "Katsura Tarō", "Hayashi Tadasu", "Gotō Shinpei", "Yamagata Aritomo",
    "Ishii Kikujirō", "Itō Hirobumi", "Vladimir Kokovtsov", "Sergei Witte",
    "Grand Duke Georgii Mikhailovich", "Lev Karakhan", "Yoshizawa Kenkichi",
)  # fmt: skip


def test_the_people_are_there_sourced_and_complete(content: Content) -> None:
    names = {person.name for person in content.people}
    assert set(NAMED) <= names
    for person in content.people:
        assert person.sources, person.key
        assert person.name_native and person.reading and person.name_ja, person.key
        assert person.roles and person.description, person.key
        assert all(deed.sources for deed in person.deeds), person.key
        assert person.born < person.died


def _texts(content: Content) -> list[tuple[str, str, str]]:
    rows = [("agreement", a.key, f"{a.title} {a.summary} {a.occasion} {a.consequences}")
            for a in content.agreements]  # fmt: skip
    rows += [("clause", c.key, f"{c.title} {c.summary}") for a in content.agreements
             for c in a.clauses]  # fmt: skip
    rows += [("event", e.key, f"{e.title} {e.description}") for e in content.events]
    rows += [("term", t.key, f"{t.term} {t.definition}") for t in content.terms]
    return rows


def test_every_row_that_names_a_person_links_them(content: Content) -> None:
    signers = {s.person_key for a in content.agreements for s in a.signatories}
    texts = _texts(content)
    for person in content.people:
        # A spelling of its own, not the build's list: the family or short name.
        pattern = re.compile(rf"(?<!\w){re.escape(fold(person.short_name))}(?!\w)")
        named = {(kind, key) for kind, key, text in texts if pattern.search(fold(text))}
        assert named <= set(person.mentioned_in), (person.key, named - set(person.mentioned_in))
        assert person.mentioned_in or person.key in signers, person.key
        known = {(kind, key) for kind, key, _ in texts}
        assert set(person.mentioned_in) <= known


def test_every_event_and_term_is_sourced(content: Content) -> None:
    cited = [(e.key, e.sources) for e in content.events] + [
        (t.key, t.sources) for t in content.terms
    ]
    for key, sources in cited:
        assert sources, key
        assert all(source.citation for source in sources), key


def test_people_are_dumped(content: Content) -> None:
    people = content_as_json(content)["people"]
    motono = next(p for p in people if p["key"] == "motono-ichiro")
    assert motono["name_ja"] == "本野一郎" and motono["roles"] and motono["sources"]
    assert {"kind": "clause", "key": "first-1907-public-1"} not in motono["mentioned_in"]
    assert any(m["kind"] == "event" for m in motono["mentioned_in"])


def test_search_finds_people_by_any_of_their_names() -> None:
    from functools import partial

    from studyapp.content.database import ContentDatabase
    from studyapp.content.search import search

    database = ContentDatabase(BUNDLED_DB)
    try:
        for query, key in (
            ("本野", "motono-ichiro"),
            ("Витте", "sergei-witte"),
            ("goto", "goto-shinpei"),
        ):
            hits = database.read(partial(search, query=query))
            assert ("person", key) in [(hit.kind, hit.key) for hit in hits], query
    finally:
        database.close()
