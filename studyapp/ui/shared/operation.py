"""Work that can take longer than a frame, done in a worker thread (Anki's QueryOp is the model).

    Operation(
        self,                                   # the owner: its going cancels the operation
        lambda progress: reader.count_days(),   # in the worker: no widgets, no painting
        on_success=self._day_counts_read,       # on the UI thread, with what the work returned
        on_failure=navigator.message_posted.emit,  # on the UI thread, one sentence
        what=self.tr("Counting the timeline's events"),
    ).start()

The work is handed a `Progress`: `report(done, total)` reaches `on_progress` on the UI thread,
and `cancelled` tells long work that nobody wants its result any more. An error in the work is
never a traceback: `on_failure` gets a sentence (a StudyAppError's own words, else the error
named), or, without one, a line on stderr.

Two lessons are built in. The operation is no child of its owner and stays referenced here
until its outcome has come back, so a worker never signals an object Qt has deleted (the
owner's widget may be closed mid-work); the owner's going only cancels it. And no worker may
outlive the application: `finish_all()` runs after the event loop (and after each test).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from studyapp.errors import StudyAppError
from studyapp.i18n import translate

T = TypeVar("T")

_unfinished: set[Operation[Any]] = set()  # started, outcome not yet delivered


class Progress:
    """The operation as its work sees it."""

    def __init__(self, operation: Operation[Any]) -> None:
        self._operation = operation

    @property
    def cancelled(self) -> bool:
        return self._operation.cancelled

    def report(self, done: int, total: int) -> None:
        if not self._operation.cancelled:
            self._operation.progressed.emit(done, total)


class Operation(QObject, Generic[T]):
    """One piece of work in a thread of its own, its outcome told on the UI thread."""

    succeeded = Signal(object)
    failed = Signal(str)
    progressed = Signal(int, int)

    def __init__(
        self,
        owner: QObject,
        work: Callable[[Progress], T],
        *,
        on_success: Callable[[T], object],
        on_failure: Callable[[str], object] | None = None,
        on_progress: Callable[[int, int], object] | None = None,
        what: str = "The work",
    ) -> None:
        super().__init__()  # no parent: it must outlive an owner deleted mid-work
        self._work = work
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self.what = what
        self.cancelled = False
        self.finished = False
        self._thread: threading.Thread | None = None
        # Bound slots of an object of the UI thread: queued there, whichever thread emits.
        self.succeeded.connect(self._success)
        self.failed.connect(self._failure)
        self.progressed.connect(self._progress)
        owner.destroyed.connect(self.cancel)

    def start(self) -> Operation[T]:
        _unfinished.add(self)
        # A daemon thread: a process that quits need not wait for work nobody will see.
        self._thread = threading.Thread(target=self._run, name=self.what, daemon=True)
        self._thread.start()
        return self

    @Slot()
    def cancel(self) -> None:
        """Drop the outcome; the work may see `progress.cancelled` and stop early."""
        self.cancelled = True

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the worker thread to end; True if it has."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            result = self._work(Progress(self))
        except StudyAppError as error:
            failed = translate("Operation", "{what} failed: {error}")
            self.failed.emit(failed.format(what=self.what, error=error))
        except Exception as error:  # any mistake of the work: told, never raised
            failed = translate("Operation", "{what} failed ({name}: {error})")
            self.failed.emit(failed.format(what=self.what, name=type(error).__name__, error=error))
        else:
            self.succeeded.emit(result)

    def _done(self) -> bool:
        """Mark the outcome delivered; whether the owner still wants it."""
        self.finished = True
        _unfinished.discard(self)
        return not self.cancelled

    @Slot(object)
    def _success(self, result: T) -> None:
        if self._done():
            self._on_success(result)

    @Slot(str)
    def _failure(self, text: str) -> None:
        if self._done():
            if self._on_failure is not None:
                self._on_failure(text)
            else:
                print(f"studyapp: {text}", file=sys.stderr)

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        if not self.cancelled and self._on_progress is not None:
            self._on_progress(done, total)


def unfinished() -> list[Operation[Any]]:
    """The operations started whose outcome has not come back yet."""
    return list(_unfinished)


def finish_all(timeout: float = 10.0) -> None:
    """Cancel every operation still at work and wait for its thread: before the application
    goes, a worker still reading or measuring would crash the process."""
    for operation in list(_unfinished):
        operation.cancel()
        operation.wait(timeout)
        _unfinished.discard(operation)
