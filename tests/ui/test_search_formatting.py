"""How a search hit reads: snippets cut around the first match, marks in escaped HTML.

Qt-free: these run without a display.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studyapp import paths
from studyapp.content.catalogue import ContentCatalogue
from studyapp.content.database import ContentDatabase
from studyapp.content.search import SearchHit
from studyapp.ui.search.formatting import highlighted_html, hit_context, hit_html, hit_plain_text
from studyapp.ui.search.snippets import ELLIPSIS, SNIPPET_CHARS, clean_spans, make_snippet

LONG = " ".join(f"word{n}" for n in range(100))  # 589 characters, spaces every 5 or 6


def test_a_short_text_is_kept_whole_with_its_spans() -> None:
    snippet = make_snippet("Inner Mongolia at the meridian", ((22, 30),))
    assert snippet.text == "Inner Mongolia at the meridian"
    assert snippet.spans == ((22, 30),)


def test_a_long_text_is_cut_around_the_first_match_and_the_span_follows() -> None:
    start = LONG.index("word70")
    snippet = make_snippet(LONG, ((start, start + 6),))
    assert snippet.text.startswith(ELLIPSIS) and snippet.text.endswith(ELLIPSIS)
    assert len(snippet.text) <= SNIPPET_CHARS + 2
    ((first, last),) = snippet.spans
    assert snippet.text[first:last] == "word70"
    assert snippet.text.index("word70") > 20  # some words lead up to the match
    assert snippet.text[1:].startswith("word")  # cut between words, not inside one


def test_without_a_match_the_snippet_is_the_start_of_the_text() -> None:
    snippet = make_snippet(LONG, ())
    assert snippet.text.startswith("word0 word1")
    assert snippet.text.endswith(ELLIPSIS)
    assert snippet.spans == ()


def test_a_match_near_the_end_shows_the_end_of_the_text() -> None:
    start = LONG.index("word99")
    snippet = make_snippet(LONG, ((start, start + 6),))
    assert snippet.text.endswith("word99")
    ((first, last),) = snippet.spans
    assert snippet.text[first:last] == "word99"


def test_japanese_text_without_spaces_is_cut_by_characters() -> None:
    text = "日露協約" * 100
    snippet = make_snippet(text, ((200, 204),))
    ((first, last),) = snippet.spans
    assert snippet.text[first:last] == "日露協約"
    assert len(snippet.text) <= SNIPPET_CHARS + 2


def test_line_breaks_become_spaces_without_moving_the_spans() -> None:
    snippet = make_snippet("one\ntwo\tthree", ((8, 13),))
    assert snippet.text == "one two three"
    assert snippet.text[8:13] == "three"


def test_bad_spans_are_clipped_sorted_and_merged() -> None:
    assert clean_spans(((5, 3), (8, 20), (-4, 2), (1, 4)), 10) == ((0, 2), (2, 4), (8, 10))


@given(
    st.text(alphabet="ab 満州\n", min_size=0, max_size=600),
    st.integers(min_value=0, max_value=600),
    st.integers(min_value=1, max_value=30),
)
def test_every_span_in_a_snippet_marks_the_characters_it_marked_before(
    text: str, start: int, length: int
) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    snippet = make_snippet(text, ((start, end),))
    flat = text.replace("\n", " ")
    for first, last in snippet.spans:
        assert snippet.text[first:last] in flat[start:end]
    if start < end:
        assert snippet.spans  # the first match is always in the snippet
        assert "".join(snippet.text[a:b] for a, b in snippet.spans) == flat[start:end]


def test_highlighting_wraps_each_span_and_escapes_the_rest() -> None:
    html = highlighted_html("a <b> & meridian", ((8, 16),), "background-color:#123456")
    assert html == 'a &lt;b&gt; &amp; <span style="background-color:#123456">meridian</span>'


def test_text_that_looks_like_markup_is_never_rendered_as_markup() -> None:
    hit = SearchHit("term", "x", "<img src=x>", "<script>alert(1)</script>", ((0, 4),), ())
    html = hit_html(hit, "Term <i>", "font-weight:bold", "#777777")
    assert "<img" not in html and "<script>" not in html and "<i>" not in html
    assert '<span style="font-weight:bold">&lt;img</span>' in html


@pytest.fixture(scope="module")
def index() -> ContentCatalogue:
    return ContentCatalogue(ContentDatabase(paths.content_db_path()).read)


def test_a_clause_hit_names_its_agreement_and_article(index: ContentCatalogue) -> None:
    hit = SearchHit("clause", "third-1912-secret-2", "Inner Mongolia…", "", (), ())
    assert hit_context(hit, index) == "Clause · Third Russo-Japanese Agreement · Secret Article II"


def test_other_hits_say_what_they_are(index: ContentCatalogue) -> None:
    event = next(iter(index.events.values()))
    assert hit_context(SearchHit("event", event.key, "", "", (), ()), index).startswith("Event · ")
    assert hit_context(SearchHit("term", "dairen", "", "", (), ()), index) == "Term"
    agreement = hit_context(SearchHit("agreement", "first-1907", "", "", (), ()), index)
    assert agreement == "Agreement · signed 30 July 1907"
    # A key the content does not know still gets its kind, and nothing breaks.
    assert hit_context(SearchHit("clause", "no-such-clause", "", "", (), ()), index) == "Clause"


def test_the_plain_text_of_a_hit_has_its_three_lines() -> None:
    hit = SearchHit("term", "x", "Dalian 大連", "A port " * 40, (), ())
    lines = hit_plain_text(hit, "Term").split("\n")
    assert lines[:2] == ["Term", "Dalian 大連"]
    assert lines[2].startswith("A port") and lines[2].endswith(ELLIPSIS)


def test_a_hit_found_by_its_japanese_prose_shows_the_japanese() -> None:
    hit = SearchHit(
        "clause", "x", "A line", "Along the Sungari.", (), (), "松花江に沿う。", ((0, 3),)
    )
    assert hit_plain_text(hit, "Clause").split("\n")[2] == "松花江に沿う。"
    assert ">松花江</span>に沿う。" in hit_html(hit, "Clause", "", "gray")
    english = SearchHit("clause", "x", "A line", "Along the Sungari.", (), ((10, 17),), "松花江")
    assert hit_plain_text(english, "Clause").split("\n")[2] == "Along the Sungari."
