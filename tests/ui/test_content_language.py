"""The content in the other language, one key away, in every pane that shows content prose:
"English" in the Japanese interface, "日本語" in the English one (ui/shared/content_language.py).

Each pane is flipped by keyboard (Ctrl+Shift+L, the View menu's action) in the main window,
in both interface languages, and must then show the other language's twin as the content
has it; the choice is one for the window, kept across a change of interface language and
across starts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from studyapp import i18n, translations
from studyapp.content.language import Language, text_in
from studyapp.ui.main_window import MainWindow
from studyapp.ui.services import ItemKind
from studyapp.ui.shared.content_language import (
    SETTINGS_KEY,
    SHORTCUT,
    ContentLanguage,
    ContentLanguageButton,
)
from tests.ui.helpers import started_window


def _squeezed(text: str) -> str:
    return " ".join(text.replace("\u2029", " ").replace("\xa0", " ").split())


def _flip(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+Shift+L, as the student presses it, wherever the focus is in the window."""
    assert SHORTCUT == "Ctrl+Shift+L"
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_L, modifiers)


@dataclass(frozen=True)
class Pane:
    """How to show one record in a pane, read the pane's text, and which field it shows."""

    view: str
    show: Callable[[MainWindow], object]  # shows a record, returns it
    text: Callable[[MainWindow], str]
    field: str


def _opener(kind: ItemKind, records: str) -> Callable[[MainWindow], object]:
    """Open the first record of `index.<records>` as a link of `kind` would."""

    def show(window: MainWindow) -> object:
        assert window.services is not None
        record = next(iter(getattr(window.services.index, records).values()))
        window.open_item(kind.value, record.key)
        return record

    return show


_show_agreement = _opener(ItemKind.AGREEMENT, "agreements")
_show_clause_of_the_reading = _opener(ItemKind.CLAUSE, "clauses")
_show_topic = _opener(ItemKind.TOPIC, "topics")
_show_event = _opener(ItemKind.EVENT, "events")
_show_term = _opener(ItemKind.TERM, "terms")


def _show_person(window: MainWindow) -> object:
    index = window.services.index  # type: ignore[union-attr]
    person = next(p for p in index.people.values() if p.description)
    window.open_item(ItemKind.PERSON.value, person.key)
    return person


def _show_bookmark(window: MainWindow) -> object:
    services = window.services
    assert services is not None
    clause = next(iter(services.index.clauses.values()))
    assert services.bookmarks.save(clause.key)
    window.show_view("bookmarks")
    view = window.views["bookmarks"]
    assert view.select_key(clause.key)  # type: ignore[attr-defined]
    return clause


def _show_map_feature(window: MainWindow) -> object:
    view = window.view("map")
    atlas = view.canvas.atlas  # type: ignore[attr-defined]
    for clause in window.services.index.clauses.values():  # type: ignore[union-attr]
        features = atlas.features_of_clause(clause.key)
        if features and (holding := features[0].holding(clause.agreement_key)) is not None:
            window.open_item(ItemKind.MAP.value, clause.key)
            return holding
    raise AssertionError("no clause draws on the map")


def _browser_text(view: str, attribute: str) -> Callable[[MainWindow], str]:
    def read(window: MainWindow) -> str:
        widget = getattr(window.views[view], attribute)
        if view == "agreements" and attribute in ("reading", "compare"):
            widget = widget.browser
        return _squeezed(widget.toPlainText())

    return read


PANES = {
    "agreement": Pane(
        "agreements", _show_agreement, _browser_text("agreements", "reading"), "summary"
    ),
    "clause": Pane(
        "agreements",
        _show_clause_of_the_reading,
        _browser_text("agreements", "reading"),
        "summary",
    ),
    "compare": Pane(
        "agreements", _show_topic, _browser_text("agreements", "compare"), "description"
    ),
    "timeline": Pane("timeline", _show_event, _browser_text("timeline", "details"), "description"),
    "glossary": Pane("glossary", _show_term, _browser_text("glossary", "detail"), "definition"),
    "people": Pane("people", _show_person, _browser_text("people", "detail"), "description"),
    "bookmarks": Pane(
        "bookmarks",
        _show_bookmark,
        lambda w: _squeezed(w.views["bookmarks"].detail.summary.text()),  # type: ignore[attr-defined]
        "summary",
    ),
    "map": Pane(
        "map",
        _show_map_feature,
        lambda w: w.views["map"].hover_text(),  # type: ignore[attr-defined]
        "note",
    ),
}


def _button(window: MainWindow, view: str) -> ContentLanguageButton:
    buttons = [
        button
        for button in window.views[view].findChildren(ContentLanguageButton)
        if button.isVisibleTo(window.views[view])
    ]
    assert buttons, f"no content language button in the {view} view"
    return buttons[0]


def _in(record: object, field: str, language: Language) -> str:
    return _squeezed(text_in(record, field, language))


@pytest.mark.parametrize("interface", ["ja", "en"])
@pytest.mark.parametrize("pane_name", list(PANES))
def test_each_pane_shows_the_other_language_by_keyboard_and_back(
    qtbot: QtBot, interface: str, pane_name: str
) -> None:
    translations.use_language(interface)
    window = started_window(qtbot, active=True)
    pane = PANES[pane_name]
    record = pane.show(window)
    qtbot.wait(10)
    own, other = Language.of(interface), Language.of(interface).other
    mine, theirs = _in(record, pane.field, own), _in(record, pane.field, other)
    assert mine != theirs, "the content has a twin in the other language"
    assert mine in pane.text(window)
    button = _button(window, pane.view)
    assert not button.isChecked()
    if interface == "ja":
        assert button.text() == "English"
        assert button.accessibleName() == "内容を英語で表示"
    else:
        assert button.text() == "日本語"
        assert button.accessibleName() == "Show the content in Japanese"
    assert SHORTCUT in button.toolTip()

    _flip(qtbot, window)
    assert button.isChecked()  # a screen reader hears "pressed"
    shown = pane.text(window)
    assert theirs in shown
    assert mine not in shown

    _flip(qtbot, window)
    assert not button.isChecked()
    assert mine in pane.text(window)
    window.close_stores()


def test_the_button_itself_flips_with_space_and_every_pane_follows(qtbot: QtBot) -> None:
    translations.use_language("ja")
    window = started_window(qtbot, active=True)
    term = _show_term(window)
    button = _button(window, "glossary")
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert button.isChecked()
    assert _in(term, "definition", Language.EN) in PANES["glossary"].text(window)
    # One choice for the window: the Agreements view, built now, shows English too.
    agreement = _show_agreement(window)
    assert _button(window, "agreements").isChecked()
    assert _in(agreement, "summary", Language.EN) in PANES["agreement"].text(window)
    window.close_stores()


def _language_action(window: MainWindow, name: str) -> object:
    menu = next(a.menu() for a in window.view_menu.actions() if a.menu() is not None)
    return next(action for action in menu.actions() if action.text() == name)  # type: ignore[attr-defined]


def test_the_choice_survives_a_change_of_interface_language(qtbot: QtBot) -> None:
    translations.use_language("ja")
    window = started_window(qtbot, active=True)
    agreement = _show_agreement(window)
    _flip(qtbot, window)
    assert _in(agreement, "summary", Language.EN) in PANES["agreement"].text(window)

    _language_action(window, "English").trigger()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: i18n.language() == "en" and "agreements" in window.views, timeout=3000)
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File", timeout=3000)
    window.show_view("agreements")
    # Still comparing: the English interface now shows the Japanese twin, its button on.
    button = _button(window, "agreements")
    assert button.isChecked()
    assert button.text() == "日本語"
    assert button.accessibleName() == "Show the content in Japanese"
    assert _in(agreement, "summary", Language.JA) in PANES["agreement"].text(window)
    _flip(qtbot, window)  # the shortcut of the rebuilt menu works, and is not ambiguous
    assert not button.isChecked()
    assert _in(agreement, "summary", Language.EN) in PANES["agreement"].text(window)
    window.close_stores()


def test_the_view_menu_names_the_key_for_every_view(qtbot: QtBot) -> None:
    """The F1 list reads the menus: the View menu's action carries the one shortcut."""
    from PySide6.QtGui import QKeySequence

    translations.use_language("ja")
    window = started_window(qtbot)
    found = [a for a in window.all_actions() if a.shortcut() == QKeySequence(SHORTCUT)]
    assert [a.text() for a in found] == ["内容を英語で表示"]
    assert found[0].isCheckable() and not found[0].isChecked()
    window.close_stores()


def test_the_choice_is_remembered_for_the_next_start(qtbot: QtBot) -> None:
    translations.use_language("en")
    window = started_window(qtbot, active=True)
    _flip(qtbot, window)
    assert window.services is not None
    window.services.settings.sync()
    window.close_stores()
    window.close()

    again = started_window(qtbot)
    assert again.services is not None
    assert ContentLanguage.of(again.services.settings).other
    assert str(again.services.settings.value(SETTINGS_KEY)).lower() == "true"
    event = _show_event(again)
    assert _in(event, "description", Language.JA) in PANES["timeline"].text(again)
    again.close_stores()


def test_a_pane_in_english_reads_wholly_in_english(qtbot: QtBot) -> None:
    """Japanese interface, English content: headings, clause labels, dates and countries of
    the reading pane follow the content, not the interface."""
    translations.use_language("ja")
    window = started_window(qtbot, active=True)
    agreement = _show_agreement(window)
    _flip(qtbot, window)
    text = PANES["agreement"].text(window)
    assert "Public articles" in text and "公開条項" not in text
    assert "Article I" in text and "第1条" not in text
    assert f"{agreement.signed.day} " in text  # type: ignore[attr-defined]
    assert "July 1907" in text
    assert "Russia" in text
    reading = window.views["agreements"].reading  # type: ignore[attr-defined]
    clause = _show_clause_of_the_reading(window)
    assert reading.current_label.text().startswith(clause.label)  # type: ignore[attr-defined]
    window.close_stores()


def test_the_quiz_shows_its_answer_side_in_the_other_language(qtbot: QtBot) -> None:
    from studyapp.study.card_maker import make_card

    translations.use_language("ja")
    window = started_window(qtbot, active=True)
    window.show_view("quiz")
    quiz = window.views["quiz"]
    quiz.start()  # type: ignore[attr-defined]
    card = quiz.card  # type: ignore[attr-defined]
    button = _button_anywhere(quiz)
    assert not button.isVisible()  # the question stays as it was asked
    quiz.show_answer()  # type: ignore[attr-defined]
    details = quiz.card_page.details_label  # type: ignore[attr-defined]
    japanese = details.text()
    assert button.isVisible()
    assert button.accessibleName() == "内容を英語で表示"

    _flip(qtbot, window)
    assert button.isChecked()
    assert window.services is not None
    with i18n.speaking("en"):
        english = make_card(card.key, window.services.index, window.services.database)
    assert english is not None
    assert english.explanation != card.explanation
    assert _squeezed(english.explanation) in _squeezed(details.text().replace("&#x27;", "'"))
    assert quiz.card_page.answer_label.text() == english.answer  # type: ignore[attr-defined]
    _flip(qtbot, window)
    assert details.text() == japanese
    window.close_stores()


def _button_anywhere(view: QWidget) -> ContentLanguageButton:
    found = view.findChildren(ContentLanguageButton)
    assert found
    return found[0]


def test_speaking_another_language_is_for_this_thread_only() -> None:
    import threading

    translations.use_language("ja")
    heard: list[str] = []
    with i18n.speaking("en"):
        assert i18n.language() == "en"
        worker = threading.Thread(target=lambda: heard.append(i18n.language()))
        worker.start()
        worker.join()
    assert heard == ["ja"]
    assert i18n.language() == "ja"


def test_no_kana_in_the_english_timeline_details(qtbot: QtBot) -> None:
    """The headings and calendar names of the details pane follow its content language."""
    translations.use_language("ja")
    window = started_window(qtbot, active=True)
    event = _show_event(window)
    _flip(qtbot, window)
    text = PANES["timeline"].text(window)
    japanese_title = event.title_ja  # type: ignore[attr-defined]
    rest = text.replace(japanese_title, "")
    rest = re.sub(r"[明大昭][治正和]\S*", "", rest)  # the era date is given in Japanese too
    assert not re.search(r"[\u3040-\u30ff]", rest), rest
    window.close_stores()
