"""Finding glossary terms in running text: spellings, whole words, longest first, no overlaps."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from studyapp.content.glossary_links import (
    TermMatcher,
    english_spellings,
    find_term_mentions,
    first_mentions,
    matcher_for,
    term_occurrences,
)
from studyapp.content.records import TermRecord


def term(key: str, name: str, name_ja: str = "") -> TermRecord:
    return TermRecord(key, name, name_ja, "", "", ())


TERMS = (
    term("manchuria", "Manchuria", "満州"),
    term("south-manchuria", "South Manchuria", "南満州"),
    term("smr", "South Manchuria Railway", "南満州鉄道"),
    term("sphere", "sphere of influence", "勢力範囲"),
    term("special-interests", "special interests", "特殊権益"),
    term("dairen", "Dalian (Dalny, Dairen)", "大連"),
    term("resident-general", "Resident-General (of Korea)", "統監"),
    term("lansing-ishii", "Lansing–Ishii Agreement", "石井・ランシング協定"),
    term("kyoyaku", "convention, agreement", "協約"),
    term("taisho", "Taishō era", "大正"),
)


def mentioned(text: str, terms: tuple[TermRecord, ...] = TERMS) -> list[tuple[str, str]]:
    return [(text[start:end], key) for start, end, key in find_term_mentions(text, terms)]


def test_a_term_is_found_case_insensitively_with_offsets_into_the_original() -> None:
    text = "Both powers divided MANCHURIA."
    assert find_term_mentions(text, TERMS) == [(20, 29, "manchuria")]


def test_the_longest_term_wins_where_terms_overlap() -> None:
    assert mentioned("The South Manchuria Railway ran to Dairen.") == [
        ("South Manchuria Railway", "smr"),
        ("Dairen", "dairen"),
    ]
    assert mentioned("in South Manchuria and Manchuria") == [
        ("South Manchuria", "south-manchuria"),
        ("Manchuria", "manchuria"),
    ]


def test_plurals_singulars_and_the_head_of_an_of_phrase_count() -> None:
    assert mentioned("their spheres of influence") == [("spheres of influence", "sphere")]
    assert mentioned("the line between the spheres") == [("spheres", "sphere")]
    assert mentioned("a special interest there") == [("special interest", "special-interests")]
    assert mentioned("two conventions") == [("conventions", "kyoyaku")]


def test_only_whole_words_match() -> None:
    assert mentioned("Manchurian railways and atmospheres") == []
    assert mentioned("reconventions") == []


def test_bracketed_aliases_count_but_bracketed_qualifiers_do_not() -> None:
    assert mentioned("Russians called it Dalny") == [("Dalny", "dairen")]
    assert english_spellings("Resident-General (of Korea)") == {
        "resident-general",
        "resident-generals",
    }
    assert mentioned("the Resident-General of Korea") == [("Resident-General", "resident-general")]


def test_dashes_spaces_and_macrons_are_forgiven() -> None:
    assert mentioned("the Lansing-Ishii\nagreement") == [
        ("Lansing-Ishii\nagreement", "lansing-ishii")
    ]
    assert mentioned("in the Taisho era") == [("Taisho era", "taisho")]


def test_japanese_names_match_inside_running_japanese_text() -> None:
    assert mentioned("日本は南満州鉄道と南満州を得た") == [
        ("南満州鉄道", "smr"),
        ("南満州", "south-manchuria"),
    ]


def test_the_matcher_is_built_once_per_term_list() -> None:
    assert matcher_for(TERMS) is matcher_for(TERMS)
    other = (*TERMS, term("harbin", "Harbin"))
    assert matcher_for(other) is not matcher_for(TERMS)


def test_no_terms_means_no_mentions() -> None:
    assert TermMatcher.build([]).find("Manchuria") == []


def test_first_mentions_keep_one_link_per_term() -> None:
    mentions = find_term_mentions("Manchuria, Dairen and Manchuria again", TERMS)
    assert [key for _, _, key in first_mentions(mentions)] == ["manchuria", "dairen"]


def test_occurrences_list_each_item_once_per_term() -> None:
    matcher = TermMatcher.build(TERMS)
    found = term_occurrences(
        matcher,
        [("a", "Manchuria"), ("a", "more Manchuria"), ("b", "Dairen"), ("c", "Manchuria")],
    )
    assert found == {"manchuria": ["a", "c"], "dairen": ["b"]}


# ---- properties ---------------------------------------------------------------------------

# Words that end in a consonant other than s, x, z, h or y, so their plural is just "+s".
WORDS = st.from_regex(r"[a-z]{1,6}[bcdfgklmnprt]", fullmatch=True).filter(lambda w: w != "of")
FILLER = st.sampled_from(["the", "and", "in", ",", ".", "—", "of the", "(", ")"])


@st.composite
def terms_and_text(draw: st.DrawFn) -> tuple[tuple[TermRecord, ...], str]:
    names = draw(st.lists(st.lists(WORDS, min_size=1, max_size=3), min_size=1, max_size=8))
    terms = tuple(term(f"t{i}", " ".join(words)) for i, words in enumerate(names))
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from([t.term for t in terms]),
                st.sampled_from([t.term + "s" for t in terms]),
                st.sampled_from([t.term.upper() for t in terms]),
                FILLER,
                WORDS,
            ),
            max_size=25,
        )
    )
    return terms, " ".join(pieces)


@given(terms_and_text())
def test_mentions_never_overlap_and_point_at_the_term(
    case: tuple[tuple[TermRecord, ...], str],
) -> None:
    terms, text = case
    by_key = {t.key: t.term for t in terms}
    mentions = TermMatcher.build(terms).find(text)
    ends = [0] + [end for _, end, _ in mentions]
    for (start, end, key), previous_end in zip(mentions, ends, strict=False):
        assert previous_end <= start < end <= len(text)
        found = text[start:end].lower()
        assert found in {by_key[key].lower(), by_key[key].lower() + "s"}
        # whole words: no letter glued to either side
        assert not re.match(r"\w", text[end : end + 1])
        assert not re.match(r"\w", text[start - 1 : start] if start else "")


@given(terms_and_text())
def test_every_inserted_term_is_covered_by_some_mention(
    case: tuple[tuple[TermRecord, ...], str],
) -> None:
    terms, text = case
    name = terms[0].term
    text = f"{text} {name} ."
    position = len(text) - len(name) - 2
    mentions = TermMatcher.build(terms).find(text)
    # The term is linked, or a longer term that starts earlier already covers its place.
    assert any(start <= position < end for start, end, _ in mentions)
