"""Counts shown to the user carry the thousands separators of the UI language (QLocale):
54,000 clauses, 条項54,000件; not 54000."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot

from studyapp import i18n, translations
from studyapp.ui.agreements.compare import covered_by, pages_text
from studyapp.ui.services import Services

ServicesOver = Callable[[Path], Services]


def test_the_language_sets_how_numbers_are_written() -> None:
    translations.use_language("ja")
    assert QLocale().toString(54000) == "54,000"  # Qt's %Ln too
    assert i18n.number_text(54000) == "54,000"
    status = QCoreApplication.translate("MainWindow", "%n clauses", "", 54000)
    assert i18n.with_number_text(status, 54000) == "条項54,000件"
    translations.use_language("en")
    status = QCoreApplication.translate("MainWindow", "%n clauses", "", 54000)
    assert i18n.with_number_text(status, 54000) == "54,000 clauses"
    one = QCoreApplication.translate("MainWindow", "%n clauses", "", 1)
    assert i18n.with_number_text(one, 1) == "1 clause"


def test_a_list_counts_with_separators(
    qtbot: QtBot, services_over: ServicesOver, small_content_db: Callable[..., Path]
) -> None:
    from studyapp.ui.people.view import PeopleView

    services = services_over(small_content_db())
    view = PeopleView(services)
    qtbot.addWidget(view)
    view.model.total = view.model.all_rows = 12345  # as a course's people would count
    view._update_count()
    assert view.count_label.text() == "12,345 people"
    view.model.total = 1234
    view._update_count()
    assert view.count_label.text() == "1,234 of 12,345 people"


def test_the_core_counts_with_separators_in_either_language() -> None:
    assert i18n.translate("BookmarkCount", "%n bookmarks", None, 50000) == "50,000 bookmarks"
    assert covered_by(1234, 3375) == "Covered by 1,234 of the 3,375 agreements."
    assert "3,375" in covered_by(2, 3375, "ja") and "3375" not in covered_by(2, 3375, "ja")
    assert pages_text(40, 40, 3375) == "Agreements 41–80 of 3,375"
