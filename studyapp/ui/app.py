"""Starting the desktop app: first paint quickly, then load the content behind it.

The window is shown before SQLAlchemy is even imported; the content and the user's data are
loaded on the next turn of the event loop, so the first paint never waits for the database.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from studyapp.errors import StudyAppError
from studyapp.translations import chosen_language, use_language
from studyapp.ui import garbage
from studyapp.ui.fonts import use_fonts_for
from studyapp.ui.main_window import APP_TITLE, MainWindow
from studyapp.ui.platform_check import check_platform
from studyapp.ui.quit_signals import QuitOnSignals

if TYPE_CHECKING:
    from studyapp.content.read_server import ReadServer


class StartupClock:
    """Milliseconds since `run()` began, for each start-up milestone.

    The wall-clock time of each mark is kept too, so a benchmark that started this process
    can measure from before the interpreter itself started.
    """

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.marks: dict[str, float] = {}
        self.wall: dict[str, float] = {}

    def mark(self, name: str) -> None:
        if name not in self.marks:
            self.marks[name] = (time.perf_counter() - self.started) * 1000
            self.wall[name] = time.time()

    def report(self) -> str:
        return ", ".join(f"{name} {ms:.0f} ms" for name, ms in self.marks.items())

    def report_json(self, peak_kib: int) -> str:
        """Wall-clock marks, the peak memory (the app's and its read server's, `peak_kib`)
        and the CPU time of the app."""
        import json
        import resource

        # The read server's time counts too: it is reaped (RUSAGE_CHILDREN) once stopped.
        cpu_s = sum(
            usage.ru_utime + usage.ru_stime
            for usage in map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
        )
        return json.dumps({"wall": self.wall, "peak_rss_kib": peak_kib, "cpu_s": cpu_s})


def report_fatal(message: str, *, show_dialog: bool) -> None:
    print(f"studyapp: {message}", file=sys.stderr)
    if show_dialog:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Could not start"), message)


def smoke_timed_out(app: QApplication) -> None:
    report_fatal(
        QCoreApplication.translate("App", "the smoke start timed out before the content was shown"),
        show_dialog=False,
    )
    app.exit(1)


# Harmless notices of the offscreen platform (tests, CI) that would read like errors.
_QUIET_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",)


def _qt_message(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    # Qt's note that it switched a non-UTF-8 locale to C.UTF-8: the app handles that itself.
    if message not in _QUIET_QT_MESSAGES and not message.startswith("Detected locale"):
        print(f"qt: {message}", file=sys.stderr)


def name_the_app(app: QApplication) -> None:
    """The names the desktop shows. The display name is the window's whole title, so Qt,
    which appends the display name to a title that does not end with it, shows it once."""
    app.setApplicationName("studyapp")
    app.setApplicationDisplayName(QCoreApplication.translate("MainWindow", APP_TITLE))


def run(
    *, smoke: bool = False, language: str | None = None, read_server: ReadServer | None = None
) -> int:
    """Start the app; `language` ("en", "ja") overrides the saved choice and the system's;
    `read_server`, forked before Qt was imported, answers the first view's reads."""
    clock = StartupClock()
    language = use_language(chosen_language(language))  # the platform check speaks it too
    check_platform(smoke=smoke)
    qInstallMessageHandler(_qt_message)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    garbage.keep_on_the_ui_thread(app)
    assert isinstance(app, QApplication)
    use_fonts_for(app, use_language(language))  # again: into the application now it exists
    name_the_app(app)
    clock.mark("app")
    window = MainWindow()
    window.take_read_server(read_server)
    window.first_painted.connect(lambda: clock.mark("first paint"))
    window.content_painted.connect(lambda: clock.mark("content shown"))
    exit_code = 0
    show_dialogs = not smoke and app.platformName() != "offscreen"

    def load() -> None:
        nonlocal exit_code
        try:
            window.load()
        except Exception as error:  # a start that fails must end, told, never hang
            told = str(error) if isinstance(error, StudyAppError) else _could_not_start(error)
            report_fatal(told, show_dialog=show_dialogs)
            exit_code = 2
            app.quit()
            return
        # A notice about the user's data (a damaged file moved aside...) is in the
        # window's message bar, which stays until dismissed.

    def finish_smoke() -> None:
        nonlocal exit_code
        if window.services is None or window.stack.currentWidget() is window.loading_label:
            report_fatal(
                QCoreApplication.translate(
                    "App", "the smoke start ended before the content was shown"
                ),
                show_dialog=False,
            )
            exit_code = exit_code or 1
        window.warm_up()  # now, not later: the peak memory reported then includes SQLAlchemy
        print(f"studyapp smoke: {clock.report()}; {window.summary()}")
        print(f"studyapp smoke json: {clock.report_json(window.peak_with_helpers_kib())}")
        app.quit()

    window.first_painted.connect(lambda: QTimer.singleShot(0, load))
    if smoke:
        window.content_painted.connect(lambda: QTimer.singleShot(0, finish_smoke))
        # A start that hangs is a failure too, not a CI run that never ends.
        QTimer.singleShot(30_000, lambda: smoke_timed_out(app))

    def unexpected(_kind: type[BaseException], error: BaseException, _trace: object) -> None:
        # A mistake of the app's own in a slot: told in one line and in the window, never a
        # traceback; a smoke start fails on it.
        nonlocal exit_code
        text = QCoreApplication.translate(
            "App", "Something went wrong inside the app ({error}). What you saved is safe."
        ).format(error=_one_line(error))
        print(f"studyapp: {text}", file=sys.stderr)
        if smoke:
            exit_code = exit_code or 1
            app.quit()
        else:
            window.message_bar.show_problem(text)

    result = _exec(app, window, unexpected)
    return exit_code or result


def _exec(app: QApplication, window: MainWindow, unexpected: Callable[..., None]) -> int:
    """Run the event loop with the quit signals and the hook for unexpected errors set."""

    def quit_app() -> None:
        window.close()  # as closing the window: the note being typed is saved
        app.quit()

    signals = QuitOnSignals(quit_app)
    previous_hook, sys.excepthook = sys.excepthook, unexpected
    window.show()
    try:
        result = app.exec()
        window.close_stores()
    finally:
        from studyapp.ui.shared.operation import finish_all

        finish_all()  # no worker thread outlives the application
        sys.excepthook = previous_hook
        signals.restore()
    return result


def _one_line(error: BaseException) -> str:
    words = " ".join(str(error).split())
    return f"{type(error).__name__}: {words}" if words else type(error).__name__


def _could_not_start(error: BaseException) -> str:
    return QCoreApplication.translate("App", "the app could not start: {error}").format(
        error=_one_line(error)
    )
