"""A signatory of a course's every agreement lists the first SIGNED_SHOWN of them and counts
the rest, reading only those (content the test builds: tests/content_factory.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from studyapp.ui.people.detail import SIGNED_SHOWN
from studyapp.ui.people.view import PeopleView
from studyapp.ui.services import Services
from tests.content_factory import SIGNATORIES, agreement_key
from tests.ui.helpers import hrefs, plain

ServicesOver = Callable[[Path], Services]
AGREEMENTS = SIGNED_SHOWN + 5


def test_the_first_agreements_signed_are_listed_and_the_rest_counted(
    qtbot: QtBot, services_over: ServicesOver, small_content_db: Callable[..., Path]
) -> None:
    services = services_over(small_content_db(agreements=AGREEMENTS, clauses=1))
    view = PeopleView(services)
    qtbot.addWidget(view)
    view.show_person(SIGNATORIES[0][0])  # signs every agreement the factory makes
    links = hrefs(view.detail.document(), "studyapp://agreement/")
    signed = [href.removeprefix("studyapp://agreement/") for _, href in links]
    assert signed == [agreement_key(n) for n in range(1, SIGNED_SHOWN + 1)]
    assert "…and 5 more" in plain(view.detail)
