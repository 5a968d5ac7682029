"""Past COLUMNS_PER_PAGE agreements, Compare by topic lays out a page of columns at a time,
with Earlier / Later and the range shown; its sentence still counts every agreement (content
the test builds: tests/content_factory.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from studyapp.ui.agreements.compare import COLUMNS_PER_PAGE, covered_by
from studyapp.ui.agreements.view import AgreementsView
from studyapp.ui.services import Services
from tests.content_factory import TOPICS, signed_on
from tests.ui.helpers import cell_text, open_view, plain, tables

ServicesOver = Callable[[Path], Services]
AGREEMENTS = COLUMNS_PER_PAGE + 5


def _years(view: AgreementsView, columns: int) -> list[str]:
    document = view.compare.browser.document()
    (table,) = [t for t in tables(document) if t.columns() == columns and t.rows() == 1]
    return [cell_text(table, 0, column).split()[0] for column in range(columns)]


def test_a_page_of_columns_at_a_time_with_every_agreement_counted(
    qtbot: QtBot, services_over: ServicesOver, small_content_db: Callable[..., Path]
) -> None:
    services = services_over(small_content_db(agreements=AGREEMENTS, clauses=1))
    view = open_view(qtbot, services, 1300)
    view.show_topic(TOPICS[0])
    pane = view.compare
    assert pane.later_button.isVisible() and not pane.earlier_button.isEnabled()
    assert _years(view, COLUMNS_PER_PAGE) == [
        str(signed_on(n).year) for n in range(1, COLUMNS_PER_PAGE + 1)
    ]
    assert f"1–{COLUMNS_PER_PAGE} of {AGREEMENTS}" in pane.pages_label.text()
    # Each agreement's one clause names the topics in turn: every third speaks of this one.
    covering = len(range(1, AGREEMENTS + 1, len(TOPICS)))
    assert covered_by(covering, AGREEMENTS) in plain(pane.browser)
    pane.later_button.click()
    assert _years(view, 5) == [
        str(signed_on(n).year) for n in range(COLUMNS_PER_PAGE + 1, AGREEMENTS + 1)
    ]
    assert pane.earlier_button.isEnabled() and not pane.later_button.isEnabled()
    assert covered_by(covering, AGREEMENTS) in plain(pane.browser)
    pane.earlier_button.click()
    assert len(_years(view, COLUMNS_PER_PAGE)) == COLUMNS_PER_PAGE


def test_few_agreements_need_no_pages(
    qtbot: QtBot, services_over: ServicesOver, small_content_db: Callable[..., Path]
) -> None:
    view = open_view(qtbot, services_over(small_content_db(agreements=3)), 1300)
    view.show_topic(TOPICS[0])
    assert not view.compare.later_button.isVisible()
    assert not view.compare.pages_label.isVisible()
