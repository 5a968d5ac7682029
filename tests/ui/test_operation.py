"""The operation object: work in a worker thread, its outcome told on the UI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studyapp.errors import ContentError
from studyapp.ui.shared.operation import Operation, Progress, finish_all, unfinished


def _on_ui_thread() -> bool:
    app = QApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def test_the_result_comes_back_on_the_ui_thread(qtbot: QtBot) -> None:
    owner = QObject()
    threads: list[str] = []
    results: list[tuple[int, bool]] = []

    def work(_progress: Progress) -> int:
        threads.append(threading.current_thread().name)
        return 42

    operation = Operation(
        owner,
        work,
        on_success=lambda value: results.append((value, _on_ui_thread())),
        what="Adding up",
    ).start()
    qtbot.waitUntil(lambda: bool(results))
    assert results == [(42, True)]
    assert threads == ["Adding up"]  # not the UI thread's
    assert operation.finished and operation not in unfinished()


def test_progress_is_told_and_a_failure_is_a_sentence(qtbot: QtBot) -> None:
    owner = QObject()
    steps: list[tuple[int, int]] = []
    failures: list[str] = []

    def work(progress: Progress) -> None:
        for done in range(3):
            progress.report(done, 3)
        raise ContentError("the file is damaged")

    Operation(
        owner,
        work,
        on_success=lambda _value: None,
        on_failure=failures.append,
        on_progress=lambda done, total: steps.append((done, total)),
        what="Reading",
    ).start()
    qtbot.waitUntil(lambda: bool(failures))
    assert steps == [(0, 3), (1, 3), (2, 3)]
    assert failures == ["Reading failed: the file is damaged"]


def test_an_unexpected_error_is_named_not_raised(qtbot: QtBot) -> None:
    failures: list[str] = []
    owner = QObject()
    Operation(owner, lambda _p: 1 // 0, on_success=print, on_failure=failures.append).start()
    qtbot.waitUntil(lambda: bool(failures))
    assert failures[0].startswith("The work failed (ZeroDivisionError")


def test_an_owner_gone_mid_work_gets_no_call(qtbot: QtBot) -> None:
    release = threading.Event()
    called: list[object] = []
    owner = QObject()

    def work(progress: Progress) -> bool:
        release.wait(5)
        return progress.cancelled

    operation = Operation(owner, work, on_success=called.append).start()
    owner.deleteLater()
    qtbot.waitUntil(lambda: operation.cancelled)  # the owner's going cancelled it
    release.set()
    qtbot.waitUntil(lambda: operation.finished)  # its outcome came back, and was dropped
    assert called == []


def test_finish_all_waits_for_every_worker(qtbot: QtBot) -> None:
    release = threading.Event()
    owner = QObject()
    operation = Operation(owner, lambda _p: release.wait(5), on_success=print).start()
    assert operation.running
    threading.Timer(0.05, release.set).start()
    finish_all()
    assert not operation.running
    assert operation.cancelled  # type: ignore[unreachable]  # (mypy: set by finish_all)
    assert unfinished() == []
