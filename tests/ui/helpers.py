"""Helpers (no tests here) for the Agreements and Glossary view tests: open, read, click."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QPoint, Qt
from PySide6.QtGui import QTextCursor, QTextDocument, QTextTable
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QTextBrowser
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from studyapp.ui.agreements.view import AgreementsView
from studyapp.ui.main_window import MainWindow
from studyapp.ui.services import Services


def open_view(qtbot: QtBot, services: Services, width: int = 1300) -> AgreementsView:
    view = AgreementsView(services)
    qtbot.addWidget(view)
    view.resize(width, 800)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def plain(browser: QTextBrowser) -> str:
    """The pane's text with every run of spaces (non-breaking too) as one space."""
    return " ".join(browser.toPlainText().split())


def tables(document: QTextDocument) -> list[QTextTable]:
    found: list[QTextTable] = []
    frames = [document.rootFrame()]
    while frames:
        frame = frames.pop()
        if isinstance(frame, QTextTable):
            found.append(frame)
        frames.extend(frame.childFrames())
    return found


def cell_text(table: QTextTable, row: int, column: int) -> str:
    cell = table.cellAt(row, column)
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return " ".join(cursor.selectedText().replace("\u2029", " ").split())


def card_of(document: QTextDocument, clause_key: str) -> QTextTable:
    """The one-cell table (card) that carries the clause's anchor."""
    for table in tables(document):
        if table.rows() == 1 and table.columns() == 1:
            cell = table.cellAt(0, 0)
            block = cell.firstCursorPosition().block()
            end = cell.lastCursorPosition().position()
            while block.isValid() and block.position() <= end:
                it = block.begin()
                while not it.atEnd():
                    if f"clause-{clause_key}" in it.fragment().charFormat().anchorNames():
                        return table
                    it += 1
                block = block.next()
    raise AssertionError(f"no card for {clause_key}")


def hrefs(document: QTextDocument, prefix: str) -> list[tuple[int, str]]:
    """(position, href) of every link whose address starts with `prefix`."""
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            href = fragment.charFormat().anchorHref()
            if href.startswith(prefix):
                found.append((fragment.position(), href))
            it += 1
        block = block.next()
    return found


def click_text_at(qtbot: QtBot, browser: QTextBrowser, position: int) -> None:
    """Scroll `position` into view and click the character there."""
    cursor = QTextCursor(browser.document())
    cursor.setPosition(position + 1)
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    point = browser.cursorRect(cursor).center() - QPoint(3, 0)
    QTest.mouseClick(
        browser.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )


def click_row(qtbot: QtBot, view: QAbstractItemView, row: int, parent_row: int = -1) -> None:
    model = view.model()
    parent = model.index(parent_row, 0) if parent_row >= 0 else None
    index = model.index(row, 0, parent) if parent is not None else model.index(row, 0)
    view.scrollTo(index)
    center = view.visualRect(index).center()
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, center
    )


def check_model(tester: ModelTester, model: QAbstractItemModel) -> None:
    """`qtmodeltester.check(model)`; pytest-qt leaves `check` untyped, so give it a type."""
    check: Callable[[QAbstractItemModel], None] = tester.check
    check(model)


def started_window(qtbot: QtBot, *, active: bool = False) -> MainWindow:
    """A main window started as the app starts it: shown, painted, then loaded.

    `active` also waits until it is the active window, for tests that send window shortcuts.
    """
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    with qtbot.waitSignal(window.content_painted, timeout=5000):
        window.load()
    if active:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    return window
