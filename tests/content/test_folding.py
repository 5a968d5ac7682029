"""Folding: one character in, one out, whatever the text, and the same on every path."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from studyapp.content.folding import fold, fold_char


def test_macrons_accents_case_and_full_width_letters_fold_away() -> None:
    assert fold("Taishō") == "taisho"
    assert fold("Ünïcödé") == "unicode"
    assert fold("ＡＢＣ１２３") == "abc123"


def test_japanese_is_kept_as_it_is() -> None:
    assert fold("日露協約が") == "日露協約が"


@given(st.text())
def test_folding_a_text_is_folding_each_of_its_characters(text: str) -> None:
    folded = fold(text)
    assert folded == "".join(fold_char(char) for char in text)
    assert len(folded) == len(text)


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_text_takes_the_short_path_to_the_same_result(text: str) -> None:
    assert fold(text) == "".join(fold_char(char) for char in text)
