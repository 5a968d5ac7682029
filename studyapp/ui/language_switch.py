"""Building the views again in a new language, each with the state it saved, and freeing the old.

A view is made again rather than retranslated widget by widget: its texts come from many
places (labels, models, delegates, HTML), and building it anew says them all in the new
language. A quiz session in progress ends (its answers are saved already), as its cards
were written in the old language; the message bar says so.

The old views are hidden, taken out of the window and then deleted (deleteLater): Qt drops
what was still queued for them and disconnects the services' signals from their methods
(which is why a view connects those to methods, never to lambdas that would outlive it).
A view with a worker thread still running is deleted once the thread has finished.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Slot
from PySide6.QtWidgets import QWidget

from studyapp.memory import collect_frozen

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
        window.removeDockWidget(window.search_dock)  # made again with the panel on next Ctrl+F
        _retire(window.search_dock)
        window.retired_views.append(window.search_dock)
    window.show_view(current)
    # On the next turn: what the old views set going (a zero timer of their own) runs first.
    QTimer.singleShot(0, _reaper(window).free)
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


def free_retired(window: MainWindow) -> None:
    """Delete the retired views once nothing of theirs runs: now for most, after its worker
    threads have finished for a view that has some running."""
    waiting = []
    for widget in window.retired_views:
        running = [thread for thread in widget.findChildren(QThread) if thread.isRunning()]
        if running:
            waiting.append(widget)
            reaper = _reaper(window)
            for thread in running:
                thread.finished.connect(reaper.free, Qt.ConnectionType.UniqueConnection)
        else:
            widget.destroyed.connect(_reaper(window).collect_soon)
            widget.deleteLater()
    window.retired_views[:] = waiting


class _Reaper(QObject):
    """Frees its window's retired views when a worker thread of one of them has finished: a
    QObject of the UI thread, so that the thread's signal reaches it there (queued).

    A view built before the start-up's gc.freeze (the first one) is frozen with the content;
    once deleted, its Python side is a cycle (view, children, bound methods) that only a
    collection of the frozen objects frees: one runs after the old views are gone.
    """

    def __init__(self, window: QObject) -> None:
        super().__init__(window)
        self._collection = QTimer(self, singleShot=True, interval=0)
        self._collection.timeout.connect(collect_frozen)

    @Slot()
    def collect_soon(self) -> None:
        self._collection.start()

    @Slot()
    def free(self) -> None:
        window = self.parent()
        if window is not None and hasattr(window, "retired_views"):
            free_retired(window)  # type: ignore[arg-type]


def _reaper(window: MainWindow) -> _Reaper:
    return window.findChild(_Reaper) or _Reaper(window)
