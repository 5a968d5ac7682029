"""Person cards: who signed, who decided, who opposed, built from a small content of their own."""

from __future__ import annotations

from studyapp.content.records import Content, DeedRecord, PersonRecord, RoleRecord, SourceRecord
from studyapp.study.answers import check_answer
from studyapp.study.cards import generate_cards

SOURCE = SourceRecord("s", "A treaty text.", "", "")


def _person(key: str, name: str, country: str, *deeds: DeedRecord) -> PersonRecord:
    return PersonRecord(
        key,
        name,
        name_ja=f"{name}(日本語)",
        name_native=name,
        reading="reading",
        country=country,
        born=1850,
        died=1920,
        description=f"{name} was a statesman. More follows.",
        roles=(RoleRecord("Minister", 1900, 1910),),
        deeds=deeds,
        mentioned_in=(),
        sources=(SOURCE,),
    )


def _content(*people: PersonRecord) -> Content:
    return Content(agreements=(), events=(), eras=(), terms=(), topics=(), people=people)


def test_each_deed_asks_who_did_it() -> None:
    signed = DeedRecord("signed", "the Treaty of Portsmouth for Japan", 1905, (SOURCE,))
    opposed = DeedRecord("opposed", "the Knox plan, for Japan", 1910, (SOURCE,))
    komura = _person("k", "Komura Jutarō", "Japan", signed, opposed)
    cards = [c for c in generate_cards(_content(komura)) if c.kind == "person-deed"]
    assert [c.prompt for c in cards] == [
        "Who signed the Treaty of Portsmouth for Japan? (1905)",
        "Who opposed the Knox plan, for Japan? (1910)",
    ]
    assert {c.answer for c in cards} == {"Komura Jutarō"}
    assert all(c.source_keys == ("s",) for c in cards)
    assert check_answer(cards[0], "Komura").correct
    assert check_answer(cards[0], "komura jutaro").correct
    assert not check_answer(cards[0], "Witte").correct


def test_a_deed_two_people_share_is_not_asked() -> None:
    shared = DeedRecord("signed", "the same paper", 1907, (SOURCE,))
    witte = _person("a", "Sergei Witte", "Russia", shared)
    content = _content(witte, _person("b", "Roman Rosen", "Russia", shared))
    assert not [c for c in generate_cards(content) if c.kind == "person-deed"]


def test_card_keys_stay_when_another_deed_is_added() -> None:
    first = DeedRecord("decided", "on a policy", 1909, (SOURCE,))
    later = DeedRecord("signed", "a treaty", 1911, (SOURCE,))
    before = {c.key for c in generate_cards(_content(_person("k", "Katsura", "Japan", first)))}
    both = _person("k", "Katsura", "Japan", later, first)
    after = {c.key for c in generate_cards(_content(both))}
    assert before <= after
