"""Building the views again in a new language, each with the state it saved.

A view is made again rather than retranslated widget by widget: its texts come from many
places (labels, models, delegates, HTML), and building it anew says them all in the new
language. The old view is hidden and kept, not deleted, since signals of the services may
still reach it. A quiz session in progress ends (its answers are saved already), as its
cards were written in the old language; the message bar says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from studyapp.ui.main_window import MainWindow


def rebuild_views(window: MainWindow) -> None:
    current = window.current_view_name()
    window.save_state()
    quiz = window.views.get("quiz")
    in_session = quiz is not None and getattr(quiz, "session", None) is not None
    for view in window.views.values():
        window.stack.removeWidget(view)
        _retire(view)
        window.retired_views.append(view)
    window.views.clear()
    window.forget_views()
    if window.search_panel is not None:
        window.search_panel = None
        window.search_dock.hide()
        _retire(window.search_dock)
        window.retired_views.append(window.search_dock)
    window.show_view(current)
    if in_session:
        window.message_bar.show_notice(
            QCoreApplication.translate(
                "LanguageSwitch",
                "The quiz session ended for the change of language; your answers are saved.",
            )
        )


def _retire(widget: QWidget) -> None:
    """Hide `widget` for good: its shortcuts must not clash with those of its successor."""
    widget.hide()
    widget.setEnabled(False)
    for owner in [widget, *widget.findChildren(QWidget)]:
        for action in owner.actions():
            owner.removeAction(action)
