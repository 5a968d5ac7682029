"""The People view: list, filter, detail links both ways, keyboard, accessibility, models."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from studyapp.content.folding import fold
from studyapp.ui.agreements.view import AgreementsView
from studyapp.ui.glossary.view import GlossaryView
from studyapp.ui.people.model import PersonTableModel
from studyapp.ui.people.view import PeopleView
from studyapp.ui.services import Services
from studyapp.ui.timeline import describe
from tests.ui.helpers import check_model, hrefs, plain


def open_people(qtbot: QtBot, services: Services) -> PeopleView:
    view = PeopleView(services)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def shown_keys(view: PeopleView) -> set[str]:
    model = view.model
    while model.canFetchMore():
        model.fetchMore()
    return {row.key for row in model.rows}


def test_everyone_is_listed_with_names_in_japanese(qtbot: QtBot, services: Services) -> None:
    view = open_people(qtbot, services)
    total = len(services.index.people)
    assert view.model.rowCount() == total
    assert view.count_label.text() == f"{total} people"
    row = view.model.row_of("motono-ichiro")
    assert [view.model.index(row, c).data() for c in range(3)] == [
        "Motono Ichirō",
        "本野一郎",
        "Japan",
    ]


def test_the_filter_folds_macrons_and_reads_offices(qtbot: QtBot, services: Services) -> None:
    view = open_people(qtbot, services)
    QTest.keyClicks(view.filter_edit, "goto")  # Gotō, without the macron
    assert "goto-shinpei" in shown_keys(view) and "motono-ichiro" not in shown_keys(view)
    view.filter_edit.clear()
    QTest.keyClicks(view.filter_edit, "ambassador to france")  # an office, not a name
    assert "alexander-izvolsky" in shown_keys(view)
    assert not {"goto-shinpei", "motono-ichiro"} & shown_keys(view)


def test_typing_a_name_selects_that_person_first(qtbot: QtBot, services: Services) -> None:
    view = open_people(qtbot, services)
    QTest.keyClicks(view.filter_edit, "motono")  # others' texts name him too
    assert len(shown_keys(view)) > 1
    person = view.current_person()
    assert person is not None and person.key == "motono-ichiro"


def test_the_detail_shows_scripts_offices_deeds_and_sources(
    qtbot: QtBot, services: Services
) -> None:
    view = open_people(qtbot, services)
    view.show_person("sergei-witte")
    text = plain(view.detail)
    assert "Сергей Юльевич Витте" in text and "セルゲイ・ウィッテ" in text
    assert "Minister of Finance (1892–1903)" in text
    assert "Signed the Treaty of Portsmouth for Russia (1905)" in text
    assert "Sources" in text


def test_a_signatory_lists_the_agreements_signed(qtbot: QtBot, services: Services) -> None:
    view = open_people(qtbot, services)
    view.show_person("motono-ichiro")
    agreements = [href for _, href in hrefs(view.detail.document(), "studyapp://agreement/")]
    assert agreements == [f"studyapp://agreement/{key}" for key in services.index.agreements]
    assert "as Envoy to Russia" in plain(view.detail)


def test_where_named_links_open_the_rows(qtbot: QtBot, services: Services) -> None:
    view = open_people(qtbot, services)
    view.show_person("ito-hirobumi")
    events = hrefs(view.detail.document(), "studyapp://event/")
    assert ("studyapp://event/ito-assassination-1909") in [href for _, href in events]
    with qtbot.waitSignal(services.navigator.open_requested) as asked:
        view.detail.follow("studyapp://event/ito-assassination-1909")
    assert asked.args == ["event", "ito-assassination-1909"]


def test_a_clause_card_links_the_people_it_names(qtbot: QtBot, services: Services) -> None:
    agreements = AgreementsView(services)
    qtbot.addWidget(agreements)
    agreements.show_agreement("fourth-1916")
    people = hrefs(agreements.reading.browser.document(), "studyapp://person/")
    keys = {href.removeprefix("studyapp://person/") for _, href in people}
    assert {"grand-duke-georgii-mikhailovich", "yamagata-aritomo"} <= keys
    assert {"motono-ichiro", "sergei-sazonov"} <= keys  # the signatories link too
    with qtbot.waitSignal(services.navigator.open_requested) as asked:
        agreements.reading.browser.follow("studyapp://person/yamagata-aritomo")
    assert asked.args == ["person", "yamagata-aritomo"]


def test_terms_and_events_link_the_people_they_name(qtbot: QtBot, services: Services) -> None:
    glossary = GlossaryView(services)
    qtbot.addWidget(glossary)
    glossary.show_term("knox-neutralisation-proposal")
    assert hrefs(glossary.detail.document(), "studyapp://person/philander-knox")
    event = services.index.events["ito-assassination-1909"]
    people = services.index.people_in[("event", event.key)]
    html = describe.event_details(event, people=people)
    assert "studyapp://person/ito-hirobumi" in html
    assert "studyapp://person/vladimir-kokovtsov" in html


def test_keyboard_moves_between_filter_list_and_detail(qtbot: QtBot, services: Services) -> None:
    view = open_people(qtbot, services)
    view.filter_edit.setFocus()
    QTest.keyClicks(view.filter_edit, "karakhan")
    QTest.keyClick(view.filter_edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view.table
    assert view.current_person() is not None
    QTest.keyClick(view.table, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view.detail
    QTest.keyClick(view.detail, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is view.table
    QTest.keyClick(view.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.filter_edit


def test_no_match_says_so(qtbot: QtBot, services: Services) -> None:
    view = open_people(qtbot, services)
    QTest.keyClicks(view.filter_edit, "zzzz")
    assert view.model.rowCount() == 0
    assert "No one matches" in plain(view.detail)


def test_every_control_has_an_accessible_name(qtbot: QtBot, services: Services) -> None:
    view = open_people(qtbot, services)
    unnamed = [
        type(widget).__name__
        for widget in view.findChildren(QWidget)
        if widget.isVisible()
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not widget.accessibleName()
        and not isinstance(widget.parent(), QAbstractScrollArea)
    ]
    assert unnamed == []


def test_the_models_pass_the_model_tester(qtmodeltester: ModelTester, services: Services) -> None:
    model = PersonTableModel(services.index)
    check_model(qtmodeltester, model)
    model.set_words(("japan",))
    check_model(qtmodeltester, model)
    assert model.rows and all(
        "japan" in fold(services.index.people[row.key].country + " " + row.name)
        or "japan" in fold(services.index.people[row.key].description)
        or any("japan" in fold(r.title) for r in services.index.people[row.key].roles)
        for row in model.rows
    )
    model.set_words(())
    model.sort(2, Qt.SortOrder.DescendingOrder)
    check_model(qtmodeltester, model)
    countries = [row.country for row in model.rows]
    assert countries == sorted(countries, reverse=True)
