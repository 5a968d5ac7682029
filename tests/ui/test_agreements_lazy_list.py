"""The Agreements list reads a page of headings at a time (canFetchMore / fetchMore), so a
course of thousands of agreements opens as fast as four; opening or stepping to one not
read yet reads up to it (content the test builds: tests/content_factory.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from studyapp.ui.agreements.models import PAGE_ROWS, AgreementListModel
from studyapp.ui.agreements.view import AgreementsView
from studyapp.ui.services import Services
from tests.content_factory import agreement_key
from tests.ui.helpers import check_model

ServicesOver = Callable[[Path], Services]
AGREEMENTS = PAGE_ROWS + 5


def test_the_list_reads_a_page_and_reads_on_to_an_agreement_asked_for(
    qtbot: QtBot, services_over: ServicesOver, small_content_db: Callable[..., Path]
) -> None:
    services = services_over(small_content_db(agreements=AGREEMENTS, clauses=1))
    view = AgreementsView(services)
    qtbot.addWidget(view)
    model = view.agreement_model
    assert model.rowCount() == PAGE_ROWS and model.total == AGREEMENTS
    assert model.canFetchMore()
    last = agreement_key(AGREEMENTS)
    view.show_agreement(last)
    assert view.current_agreement_key() == last
    assert model.rowCount() == AGREEMENTS and not model.canFetchMore()
    assert not view.next_action.isEnabled() and view.previous_action.isEnabled()
    view.show_agreement("no-such-agreement")  # nothing happens
    assert view.current_agreement_key() == last


def test_stepping_past_the_rows_read_reads_on(
    qtbot: QtBot, services_over: ServicesOver, small_content_db: Callable[..., Path]
) -> None:
    services = services_over(small_content_db(agreements=AGREEMENTS, clauses=1))
    view = AgreementsView(services)
    qtbot.addWidget(view)
    view.show_agreement(agreement_key(PAGE_ROWS))  # the last row of the first page
    assert view.next_action.isEnabled()
    view.next_action.trigger()
    assert view.current_agreement_key() == agreement_key(PAGE_ROWS + 1)


def test_the_lazy_list_passes_the_model_tester(
    qtmodeltester: ModelTester, services_over: ServicesOver, small_content_db: Callable[..., Path]
) -> None:
    services = services_over(small_content_db(agreements=AGREEMENTS, clauses=1))
    check_model(qtmodeltester, AgreementListModel(services.index))
