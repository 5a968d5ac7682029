"""Switching the language at run time frees the views of the old language: back and forth
several times, the number of live views and widgets does not grow."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QEvent, QThread
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from studyapp.ui.language_switch import free_retired
from studyapp.ui.main_window import MainWindow
from studyapp.ui.views import VIEWS
from tests.ui.helpers import started_window


def _switch(qtbot: QtBot, window: MainWindow, name: str, file_menu: str) -> None:
    language = next(a.menu() for a in window.view_menu.actions() if a.menu() is not None)
    assert isinstance(language, QMenu)
    next(action for action in language.actions() if action.text() == name).trigger()
    qtbot.waitUntil(
        lambda: file_menu in [a.text() for a in window.menuBar().actions()], timeout=5000
    )
    window.build_all_views()  # every view of the new language, as a user visiting them all
    window.search()


def _settle() -> None:
    """Run what was deleted later, and collect the Python side."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        gc.collect()


def _live_views(classes: set[type]) -> int:
    return sum(type(widget) in classes for widget in QApplication.allWidgets())


def test_switching_back_and_forth_does_not_grow_the_live_views(qtbot: QtBot) -> None:
    window = started_window(qtbot)
    window.build_all_views()
    window.search()
    classes = {type(view) for view in window.views.values()}
    assert len(classes) == len(VIEWS)
    first = [weakref.ref(view) for view in window.views.values()]
    first.append(weakref.ref(window.search_dock))

    counts = []
    for _ in range(3):
        _switch(qtbot, window, "日本語", "ファイル(&F)")
        _switch(qtbot, window, "English", "&File")
        _settle()
        counts.append((_live_views(classes), len(QApplication.allWidgets())))
    assert counts[0][0] == len(VIEWS)  # only the views in use are alive
    assert counts[0] == counts[-1], counts
    assert window.retired_views == []
    assert [ref() for ref in first] == [None] * len(first)  # the Python side is freed too
    window.close_stores()


class _Worker(QThread):
    def run(self) -> None:
        self.msleep(200)


def test_a_view_whose_worker_thread_runs_is_freed_once_it_has_finished(qtbot: QtBot) -> None:
    window = started_window(qtbot)
    view = QWidget(window)
    worker = _Worker(view)
    worker.start()
    window.retired_views.append(view)
    free_retired(window)
    freed = weakref.ref(view)
    del view
    _settle()
    assert window.retired_views and freed() is not None  # kept while its thread works
    assert worker.isRunning()
    del worker
    qtbot.waitUntil(lambda: window.retired_views == [], timeout=5000)
    _settle()
    assert freed() is None
    window.close_stores()
