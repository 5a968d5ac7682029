"""The People view inside the real main window: a signatory link opens the person, and a
person's links open the other views."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from studyapp.ui.agreements.view import AgreementsView
from studyapp.ui.main_window import MainWindow
from studyapp.ui.people.view import PeopleView


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.load()
    yield window
    window.close_stores()


def test_a_signatory_link_opens_the_person(window: MainWindow) -> None:
    agreements = window.show_view("agreements")
    assert isinstance(agreements, AgreementsView)
    agreements.show_agreement("second-1910")
    agreements.reading.browser.follow("studyapp://person/alexander-izvolsky")
    assert window.current_view_name() == "people"
    people = window.views["people"]
    assert isinstance(people, PeopleView)
    person = people.current_person()
    assert person is not None and person.key == "alexander-izvolsky"


def test_links_in_the_people_view_open_the_timeline_and_the_agreements(window: MainWindow) -> None:
    people = window.show_view("people")
    assert isinstance(people, PeopleView)
    people.show_person("katsura-taro")
    people.detail.follow("studyapp://event/ito-assassination-1909")
    assert window.current_view_name() == "timeline"
    people = window.show_view("people")
    assert isinstance(people, PeopleView)
    people.detail.follow("studyapp://agreement/second-1910")
    assert window.current_view_name() == "agreements"
