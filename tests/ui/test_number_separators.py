"""Counts shown to the user carry the thousands separators of the UI language (QLocale):
54,000 clauses, 条項54,000件; not 54000."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from studyapp import i18n, translations
from studyapp.ui.agreements.compare import covered_by, pages_text


def test_the_language_sets_how_numbers_are_written() -> None:
    translations.use_language("ja")
    assert QLocale().toString(54000) == "54,000"
    assert i18n.number_text(54000) == "54,000"
    status = QCoreApplication.translate("MainWindow", "%Ln clauses", "", 54000)
    assert status == "条項54,000件"
    translations.use_language("en")
    assert QCoreApplication.translate("MainWindow", "%Ln clauses", "", 54000) == "54,000 clauses"
    assert QCoreApplication.translate("MainWindow", "%Ln clauses", "", 1) == "1 clause"


def test_the_core_counts_with_separators_in_either_language() -> None:
    assert i18n.translate("BookmarkCount", "%n bookmarks", None, 50000) == "50,000 bookmarks"
    assert covered_by(1234, 3375) == "Covered by 1,234 of the 3,375 agreements."
    assert "3,375" in covered_by(2, 3375, "ja") and "3375" not in covered_by(2, 3375, "ja")
    assert pages_text(40, 40, 3375) == "Agreements 41–80 of 3,375"
