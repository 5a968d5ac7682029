"""The app's settings file (settings.ini: the window's size and place, study preferences, the
folders last used) on the same footing as every other write: a failure is told, in words.

QSettings on its own keeps a failed write quiet: it only sets status(), which then stays at
that first error for the object's whole life, so a later write cannot be told apart. Here
each change is written at once (after the current event, so a few changes in a row are one
write) through a fresh QSettings whose status says whether that very write worked. A failure
is named as failures.py names every other one (read-only, disk full...) and told through
`failed`; what the user set stays in effect for the session all the same (this object keeps
it), and is written by the next write that works, or by Retry.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from studyapp import paths
from studyapp.failures import Cause, WriteError, write_error
from studyapp.files import why_not_writable
from studyapp.i18n import QT_TRANSLATE_NOOP

SETTINGS_FILE = "settings.ini"
_FAILED = QT_TRANSLATE_NOOP("Failures", "Your settings were not saved")
_REMOVED = object()  # stands for a key removed, in the changes not yet written


class Settings(QSettings):
    failed = Signal(str)  # why a write failed, in words for the message bar
    saved_again = Signal()  # a write worked after one had failed

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(paths.for_qt(path), QSettings.Format.IniFormat, parent)
        self.path = path
        # What was set (or removed) and is not known to be on disk yet, by full key.
        self._unsaved: dict[str, object] = {}
        # One write after the current event, however many changes it made.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.save)
        self.problem: WriteError | None = None  # the last write's failure, if it failed

    def _full_key(self, key: str) -> str:
        group = self.group()
        return f"{group}/{key}" if group else key

    def setValue(self, key: str, value: object) -> None:  # noqa: N802 (Qt's name)
        super().setValue(key, value)
        self._unsaved[self._full_key(key)] = value
        self._queue()

    def remove(self, key: str) -> None:
        super().remove(key)
        self._unsaved[self._full_key(key)] = _REMOVED
        self._queue()

    def sync(self) -> None:
        """Write what changed now (a failure is told through `failed` too)."""
        super().sync()
        self.save()

    def _queue(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def save(self) -> WriteError | None:
        """Write every change not yet on disk; why it failed, or None if it worked."""
        self._timer.stop()
        if not self._unsaved:
            return None
        writer = QSettings(paths.for_qt(self.path), QSettings.Format.IniFormat)
        for key, value in self._unsaved.items():
            if value is _REMOVED:
                writer.remove(key)
            else:
                writer.setValue(key, value)
        writer.sync()
        if writer.status() == QSettings.Status.NoError:
            self._unsaved.clear()
            if self.problem is not None:
                self.problem = None
                self.saved_again.emit()
            return None
        cause = why_not_writable(self.path)
        if cause is None:  # the disk takes a file: the settings file itself is at fault
            text = self.tr(
                "Your settings were not saved: {path} could not be written (it may be damaged "
                "or held by another program)."
            )
            self.problem = WriteError(text.format(path=self.path), Cause.OTHER, self.path)
        else:
            self.problem = write_error(self.path, cause, _FAILED)
        kept = self.tr("What you set stays in effect until you close the app.")
        self.failed.emit(f"{self.problem} {kept}")
        return self.problem
