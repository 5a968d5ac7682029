"""The Agreements view's list column: a steady width, and room for the Japanese titles."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.helpers import started_window


def test_the_list_column_keeps_its_width_whatever_clause_is_current(qtbot: QtBot) -> None:
    window = started_window(qtbot)
    window.resize(1024, 560)
    window.search()
    window.search_dock.show()
    view = window.show_view("agreements")
    qtbot.wait(50)
    widths = set()
    assert window.services is not None
    for key in window.services.index.clauses:  # short and long titles alike
        view.show_clause(key)  # type: ignore[attr-defined]
        qtbot.wait(1)
        widths.add(view.agreement_list.width())  # type: ignore[attr-defined]
    assert len(widths) == 1
    agreements = view.agreement_list  # type: ignore[attr-defined]
    metrics = agreements.fontMetrics()
    for agreement in window.services.index.whole().agreements:
        # The Japanese line is drawn at a 2-pixel indent inside the frame and never elided.
        assert metrics.horizontalAdvance(agreement.title_ja) + 16 < agreements.viewport().width()
    window.close_stores()
