"""Hostile text where a user types: bookmark notes (through BookmarkService and the Markdown
export) and typed answers (check_answer on every kind of card). Search is covered in
tests/content/test_search.py; raw note storage in tests/userdata/test_bookmarks.py.

Hostile: hypothesis-generated strings, very long strings, control characters, right-to-left
text and direction overrides, NUL, lone combining marks, Markdown and HTML.
"""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studyapp import paths
from studyapp.content.catalogue import ContentCatalogue
from studyapp.content.database import ContentDatabase
from studyapp.study.answers import check_answer
from studyapp.study.cards import Card, generate_cards
from studyapp.ui.services import BookmarkService
from studyapp.userdata.export import bookmarks_markdown
from studyapp.userdata.store import UserStore

CLAUSE = "third-1912-secret-2"
HOSTILE = (
    "",
    " ",
    "\x00",
    "a\x00b",
    "\x1b[31mred\x1b[0m",
    "\x07\x08\x0b\x0c\x7f",
    "\r\n\r\n\t",
    "\u202eReversed text\u202c",
    "\u200f\u200e\u2066\u2067\u2069",
    "اتفاقية روسية يابانية ١٩٠٧",
    "הסכם רוסי-יפני 1907",
    "\u0301\u0308\u0323",
    "\ufeff\ufffd\uffff",
    "🇯🇵🇷🇺 \U0001f4dc",
    "# Heading\n\n* list\n> quote\n```\ncode",
    "<script>alert(1)</script>&amp;",
    "'; DROP TABLE bookmark; --",
    "%s %d {0} {key}",
    "30 July 1907" * 1000,
    "明治四十年" * 5000,
    "x" * 200_000,
    "1" * 100_000,
    "/" * 50_000 + "1907",
)
hostile_text = st.one_of(
    st.text(),
    st.text(st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp", "Mn"])),
    st.text(st.characters(min_codepoint=0x0590, max_codepoint=0x08FF)),
    st.sampled_from(HOSTILE),
)


@cache
def _index() -> ContentCatalogue:
    return ContentCatalogue(ContentDatabase(paths.content_db_path()).read)


@cache
def _one_card_of_each_kind() -> tuple[Card, ...]:
    cards = generate_cards(_index().whole(), bookmarked=[CLAUSE])
    return tuple({card.kind: card for card in cards}.values())


def _note_round_trip(folder: Path, note: str) -> None:
    store = UserStore.open(folder / "user.sqlite")
    try:
        service = BookmarkService(store)
        service.save(CLAUSE, "the meridian of Peking")
        service.save(CLAUSE, note)
        saved = service.get(CLAUSE)
        assert saved is not None
        assert saved.note == note
        document = bookmarks_markdown(service.all(), _index())
        assert document.startswith("# Bookmarks: the Russo-Japanese Agreements\n")
        assert "1 bookmark," in document
        if note.strip():
            assert note.strip("\n") in document
        service.undo_stack.undo()  # Ctrl+Z brings the earlier note back, whole
        assert [(b.clause_key, b.note) for b in service.all()] == [
            (CLAUSE, "the meridian of Peking")
        ]
    finally:
        store.close()
    store = UserStore.open(folder / "user.sqlite")  # and it is still there after a restart
    try:
        assert store.notice is None
        assert [b.note for b in BookmarkService(store).all()] == ["the meridian of Peking"]
    finally:
        store.close()


@settings(max_examples=40, deadline=None)
@given(note=hostile_text.filter(lambda s: not any(0xD800 <= ord(c) <= 0xDFFF for c in s)))
def test_any_note_goes_through_the_service_and_the_markdown_export(qapp: object, note: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _note_round_trip(Path(folder), note)


@pytest.mark.parametrize("note", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_notes_go_through_the_service_and_the_markdown_export(
    qapp: object, tmp_path: Path, note: str
) -> None:
    _note_round_trip(tmp_path, note)


def _check_every_kind(given_text: str) -> None:
    for card in _one_card_of_each_kind():
        verdict = check_answer(card, given_text)
        assert verdict.given == given_text
        assert verdict.expected == card.answer
        assert not (verdict.correct and verdict.near_miss)


@settings(max_examples=150, deadline=None)
@given(typed=hostile_text)
def test_check_answer_never_raises_on_generated_text(typed: str) -> None:
    _check_every_kind(typed)


@pytest.mark.parametrize("typed", HOSTILE, ids=range(len(HOSTILE)))
def test_check_answer_never_raises_on_hostile_text(typed: str) -> None:
    _check_every_kind(typed)


def test_every_answer_type_is_exercised() -> None:
    kinds = {card.answer_type for card in _one_card_of_each_kind()}
    assert {"date", "text", "japanese", "choice"} <= kinds
