"""The bundled content itself: complete, sourced, and matching the checked facts."""

from __future__ import annotations

import datetime as dt

import pytest

from studyapp.content.database import read_content
from studyapp.content.records import Content
from tests.conftest import BUNDLED_DB


@pytest.fixture(scope="module")
def content() -> Content:
    return read_content(BUNDLED_DB)


# From shared/facts.md: key -> (signed, place, Japanese signer's office, Russian signer).
AGREEMENTS = {
    "first-1907": (dt.date(1907, 7, 30), "St. Petersburg", "Alexander Izvolsky"),
    "second-1910": (dt.date(1910, 7, 4), "St. Petersburg", "Alexander Izvolsky"),
    "third-1912": (dt.date(1912, 7, 8), "St. Petersburg", "Sergei Sazonov"),
    "fourth-1916": (dt.date(1916, 7, 3), "Petrograd", "Sergei Sazonov"),
}
# Public articles per agreement, and secret ones where facts.md gives the number.
PUBLIC_ARTICLES = {"first-1907": 2, "second-1910": 3, "third-1912": 0, "fourth-1916": 2}


def test_the_four_agreements_match_the_facts(content: Content) -> None:
    assert [a.key for a in content.agreements] == list(AGREEMENTS)
    for agreement in content.agreements:
        signed, place, russian = AGREEMENTS[agreement.key]
        assert agreement.signed == signed
        assert agreement.place == place
        signers = {s.country: s.name for s in agreement.signatories}
        assert signers == {"Japan": "Motono Ichirō", "Russia": russian}
        assert len(agreement.clauses_in("public")) == PUBLIC_ARTICLES[agreement.key]
        assert agreement.clauses_in("secret"), f"{agreement.key} has no secret clauses"
        assert agreement.title_ja == f"第{'一二三四'[agreement.ordinal - 1]}次日露協約"
        assert agreement.occasion
        assert agreement.consequences


def test_motono_was_envoy_in_1907_and_ambassador_after(content: Content) -> None:
    offices = {
        a.key: next(s.office for s in a.signatories if s.country == "Japan")
        for a in content.agreements
    }
    assert "ambassador" not in offices["first-1907"].lower()
    for key in ("second-1910", "third-1912", "fourth-1916"):
        assert "ambassador" in offices[key].lower()


def test_the_1916_secret_convention_has_six_articles(content: Content) -> None:
    fourth = next(a for a in content.agreements if a.key == "fourth-1916")
    assert [c.number for c in fourth.clauses_in("secret")] == [1, 2, 3, 4, 5, 6]


def test_the_1912_meridian_clause_concerns_inner_mongolia(content: Content) -> None:
    third = next(a for a in content.agreements if a.key == "third-1912")
    meridian = [c for c in third.clauses if "116°27′" in c.summary]
    assert meridian
    assert all("inner-mongolia" in c.topics for c in meridian)


def test_every_row_cites_a_source(content: Content) -> None:
    for agreement in content.agreements:
        assert agreement.sources, agreement.key
        for signatory in agreement.signatories:
            assert signatory.sources, (agreement.key, signatory.name)
        for clause in agreement.clauses:
            assert clause.sources, clause.key
            assert clause.topics, clause.key
    for rows in (content.events, content.eras, content.terms, content.topics):
        for row in rows:
            assert row.sources, row.key


def test_there_is_enough_context(content: Content) -> None:
    assert len(content.events) >= 20
    assert len(content.terms) >= 25
    for term in content.terms:
        assert term.term_ja and term.reading and term.definition, term.key


def test_the_context_events_of_the_facts_sheet_are_there(content: Content) -> None:
    dates = {event.date for event in content.events}
    for date in (
        dt.date(1902, 1, 30),
        dt.date(1904, 2, 8),
        dt.date(1905, 9, 5),
        dt.date(1907, 6, 10),
        dt.date(1907, 7, 24),
        dt.date(1907, 8, 31),
        dt.date(1908, 11, 30),
        dt.date(1910, 8, 29),
        dt.date(1911, 10, 10),
        dt.date(1911, 12, 1),
        dt.date(1912, 1, 1),
        dt.date(1912, 2, 12),
        dt.date(1912, 7, 30),
        dt.date(1914, 8, 23),
        dt.date(1915, 1, 18),
        dt.date(1917, 11, 7),
    ):
        assert date in dates, date


def test_the_eras_drawn_on_the_timeline_are_there(content: Content) -> None:
    eras = {era.key: era for era in content.eras}
    assert eras["meiji"].end == dt.date(1912, 7, 29)
    assert eras["taisho"].start == dt.date(1912, 7, 30)
    assert eras["taisho"].end == dt.date(1926, 12, 24)
    assert eras["russo-japanese-war"].start == dt.date(1904, 2, 8)
    assert "first-world-war" in eras


def test_the_topics_follow_regions_across_agreements(content: Content) -> None:
    topics = [t.key for t in content.topics]
    for key in (
        "south-manchuria",
        "outer-mongolia",
        "inner-mongolia",
        "korea",
        "railways",
        "china",
        "third-powers",
    ):
        assert key in topics
    used = {topic for a in content.agreements for c in a.clauses for topic in c.topics}
    assert set(topics) <= used, "a topic that no clause concerns"
