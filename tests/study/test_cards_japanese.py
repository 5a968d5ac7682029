"""The quiz in Japanese: cards ask and explain in Japanese, Japanese answers are graded as
leniently as English ones, and every card keeps its key, so the history is shared."""

from __future__ import annotations

import csv
import dataclasses
import random
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from studyapp import i18n, paths, wording
from studyapp.content.database import read_content
from studyapp.content.records import Content
from studyapp.study.answers import check_answer
from studyapp.study.cards import Card, choices_for, generate_cards
from studyapp.study.dates import read_date


@pytest.fixture(scope="module")
def content() -> Content:
    return read_content(paths.content_db_path())


@pytest.fixture
def japanese() -> Iterator[None]:
    from studyapp.translations import use_language

    use_language("ja")
    yield
    use_language("en")


def _card(cards: list[Card], key: str) -> Card:
    return next(card for card in cards if card.key == key)


def test_the_same_cards_in_both_languages(content: Content, japanese: None) -> None:
    in_japanese = generate_cards(content, ["first-1907-secret-1"])
    i18n.set_backend(None, i18n.ENGLISH)
    in_english = generate_cards(content, ["first-1907-secret-1"])
    assert [card.key for card in in_japanese] == [card.key for card in in_english]
    assert [card.answer_type for card in in_japanese] == [c.answer_type for c in in_english]


def test_an_agreement_card_asks_and_explains_in_japanese(content: Content, japanese: None) -> None:
    card = _card(generate_cards(content), "agreement-date:first-1907")
    assert card.prompt == "第一次日露協約が調印されたのはいつか。"
    assert card.answer == "1907年7月30日"
    assert "1907年7月17日" in card.explanation  # the Julian date
    assert "明治40年" in card.explanation
    era = _card(generate_cards(content), "agreement-era:first-1907")
    assert era.answer == "明治40年"
    assert "元号" in era.prompt


@pytest.mark.parametrize(
    "typed",
    [
        "1907年7月30日",
        "１９０７年７月３０日",
        "明治40年7月30日",
        "明治四十年七月三十日",
        "めいじ40年7月30日",
        "M40.7.30",
        "1907-07-30",
        "30 July 1907",
    ],
)
def test_japanese_dates_are_graded_in_every_common_form(
    content: Content, japanese: None, typed: str
) -> None:
    card = _card(generate_cards(content), "agreement-date:first-1907")
    assert check_answer(card, typed).correct


def test_a_near_miss_and_a_non_date_are_told_in_japanese(content: Content, japanese: None) -> None:
    card = _card(generate_cards(content), "agreement-date:first-1907")
    near = check_answer(card, "1907年7月31日")
    assert not near.correct
    assert near.near_miss
    assert near.difference == "日が違います。31日ではなく30日です。"
    unread = check_answer(card, "いつだったか")
    assert not unread.graded
    assert unread.difference.startswith("日付として読み取れませんでした")
    julian = _card(generate_cards(content), "agreement-julian:first-1907")
    assert julian.answer == "1907年7月17日"
    slip = check_answer(julian, "1907年7月30日")  # the Gregorian date given for the Julian
    assert "グレゴリオ暦" in slip.difference


def test_era_years_are_graded_in_kanji_kana_and_romaji(content: Content, japanese: None) -> None:
    card = _card(generate_cards(content), "agreement-era:first-1907")
    for typed in ("明治40年", "明治四十年", "めいじ40", "Meiji 40", "M40"):
        assert check_answer(card, typed).correct, typed
    assert (
        check_answer(card, "明治41年").difference == "年が違います。明治41年ではなく明治40年です。"
    )


def test_choices_are_japanese_and_never_accept_a_wrong_one(
    content: Content, japanese: None
) -> None:
    cards = generate_cards(content)
    card = _card(cards, "agreement-date:first-1907")
    choices = choices_for(card, cards, random.Random(3))
    assert card.answer in choices
    assert len(choices) == 4
    for choice in choices:
        assert "年" in choice and read_date(choice) is not None
        assert check_answer(card, choice).correct == (choice == card.answer)
    signatory = _card(cards, "signatory-agreements:motono-ichiro")
    assert (
        signatory.answer == "第一次（1907年）、第二次（1910年）、第三次（1912年）、第四次（1916年）"
    )
    assert signatory.prompt == "本野一郎が日本の代表として調印した協約はどれか。"
    assert all("（" in choice for choice in choices_for(signatory, cards, random.Random(1)))


def test_titles_and_parts_are_accepted_in_either_language(content: Content, japanese: None) -> None:
    cards = generate_cards(content)
    which = _card(cards, "date-agreement:first-1907")
    assert which.answer == "第一次日露協約"
    for typed in ("第一次日露協約", "第一次", "第1次", "First Russo-Japanese Agreement"):
        assert check_answer(which, typed).correct, typed
    part = _card(cards, "clause-part:first-1907-secret-1")
    assert part.answer == "秘密"
    assert part.options == ("公開", "秘密")
    assert check_answer(part, "秘密協約").correct
    assert check_answer(part, "secret").correct


def test_content_prose_comes_from_its_japanese_twin(content: Content, japanese: None) -> None:
    record = SimpleNamespace(summary="In English.", summary_ja="日本語で。", title="T", title_ja="")
    assert wording.prose(record, "summary") == "日本語で。"
    assert wording.prose(record, "title") == "T"  # no twin: the English
    assert wording.clause_label("Article IV") == "第4条"

    event = next(e for e in content.events if e.key == "anglo-japanese-alliance-1902")
    twinned = dataclasses.replace(event, description_ja="日英両国が防守同盟を結んだ。ほかの文。")
    events = [twinned if e.key == event.key else e for e in content.events]
    card = _card(
        generate_cards(dataclasses.replace(content, events=tuple(events))),
        f"event-date:{event.key}",
    )
    assert card.explanation.endswith("日英両国が防守同盟を結んだ。")
    assert card.prompt == f"「{event.title_ja}」はいつのことか。"


def test_in_english_nothing_changed(content: Content) -> None:
    card = _card(generate_cards(content), "agreement-date:first-1907")
    assert card.prompt == "When was the First Russo-Japanese Agreement signed?"
    assert card.answer == "30 July 1907"


def test_the_command_line_writes_the_japanese_cards(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from studyapp.cli import main

    target = tmp_path / "cards.csv"
    assert main(["--lang", "ja", "export-csv", str(target)]) == 0
    assert "枚を" in capsys.readouterr().out
    japanese_rows = _rows(target)
    prompts = {row["key"]: row["prompt"] for row in japanese_rows}
    assert prompts["agreement-date:first-1907"] == "第一次日露協約が調印されたのはいつか。"
    english = tmp_path / "english.csv"
    assert main(["--lang", "en", "export-csv", str(english)]) == 0
    english_rows = _rows(english)
    assert [row["key"] for row in english_rows] == list(prompts)  # the same keys
    assert english_rows[0]["prompt"].startswith("When was")


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))
