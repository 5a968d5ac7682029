"""The real app answering flashcards until it is killed: `python -m tests.ui.quiz_kill_driver`.

It starts the main window on Qt's offscreen platform, as `studyapp` would, opens the quiz
with Ctrl+5, starts a flip session with Ctrl+Enter and answers each card with Space then 3
(Good), pressing the keys on the focused widget as a person would. After each answer it
prints the card's key: every key printed is an answer the app had taken.
"""

from __future__ import annotations

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from studyapp.ui.main_window import MainWindow
from studyapp.ui.quiz.view import QuizView


def _press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, key, modifier)


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = MainWindow()
    window.show()
    app.processEvents()
    window.load()
    window.activateWindow()
    app.processEvents()
    QTest.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    view = window.stack.currentWidget()
    assert isinstance(view, QuizView)
    view.start_page.set_mode("flip")
    _press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    while view.card is not None:
        key = view.card.key
        _press(Qt.Key.Key_Space)
        _press(Qt.Key.Key_3)
        print(key, flush=True)
    print("done", flush=True)


if __name__ == "__main__":
    main()
