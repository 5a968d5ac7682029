"""A settings write that fails (window size, study preferences, folders last used) is told in
words like every other write, and what the user set stays in effect for the session.

Read-only files and folders are tried as an ordinary user (root ignores permissions); the
full disk is a real one, a small tmpfs, where mounting is allowed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from studyapp.failures import Cause, WriteError
from studyapp.ui.quiz.preferences_dialog import load_preferences, save_preferences
from studyapp.ui.settings import SETTINGS_FILE, Settings
from tests.faults.conftest import fill_disk
from tests.faults.ordinary_user import as_ordinary_user, give_to_user, shared_folder
from tests.ui.helpers import started_window


def _on_disk(path: Path) -> str:
    """The settings file's text (QSettings objects in one process share what they hold in
    memory, so the file is read as it is)."""
    return path.read_text(encoding="utf-8") if path.exists() else ""


@dataclasses.dataclass
class _Found:
    cause: Cause | None  # of the refused write
    told: list[str]  # what `failed` said
    kept: object  # the value the app reads back for the session
    on_disk: str  # the file's text then
    retried: WriteError | None  # the write once the cause was gone
    again: list[bool]  # saved_again emitted
    after: str  # the file's text after


def _write_while_refused(path: Path, make_writable: Callable[[], None]) -> _Found:
    """As the user: set a value where it cannot be written, then again once it can."""
    settings = Settings(path)
    told: list[str] = []
    again: list[bool] = []
    settings.failed.connect(told.append)
    settings.saved_again.connect(lambda: again.append(True))
    settings.setValue("quiz/new_per_day", 7)
    problem = settings.save()
    cause = None if problem is None else problem.cause
    kept, on_disk = settings.value("quiz/new_per_day"), _on_disk(path)
    make_writable()
    retried = settings.save()
    return _Found(cause, list(told), kept, on_disk, retried, again, _on_disk(path))


@pytest.mark.parametrize("what", ["folder", "file"])
def test_a_read_only_settings_file_or_folder_is_told_and_the_value_kept(
    what: str, qapp: object
) -> None:
    with shared_folder() as folder:
        path = folder / SETTINGS_FILE
        existing = Settings(path)  # a file there already
        existing.setValue("window/view", "Timeline")
        assert existing.save() is None
        give_to_user(*folder.iterdir())
        refused = folder if what == "folder" else path
        refused.chmod(0o555 if what == "folder" else 0o444)

        def make_writable() -> None:
            refused.chmod(0o755 if what == "folder" else 0o644)

        found = as_ordinary_user(lambda: _write_while_refused(path, make_writable))
    assert found.cause is Cause.READ_ONLY
    (told,) = found.told
    assert told.startswith(f"Your settings were not saved: {path} is read-only")
    assert "Make it writable" in told
    assert "What you set stays in effect until you close the app." in told
    assert found.kept == 7  # in effect for the session
    assert "new_per_day" not in found.on_disk
    # Once the cause is gone, the next write (Retry) saves what was set, and says so.
    assert found.retried is None
    assert found.again == [True]
    assert "new_per_day=7" in found.after


def test_a_full_disk_is_told_in_the_window_and_retry_saves_once_there_is_room(
    qtbot: QtBot, small_disk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = small_disk / "home"
    monkeypatch.setenv("STUDYAPP_HOME", str(home))
    window = started_window(qtbot)
    assert window.services is not None
    settings = window.services.settings
    chosen = load_preferences(settings)
    threshold = chosen.leech_threshold + 1
    filler = fill_disk(small_disk)
    try:
        save_preferences(settings, dataclasses.replace(chosen, leech_threshold=threshold))
        qtbot.waitUntil(window.message_bar.isVisible, timeout=5000)
        text = window.message_bar.text()
        assert text.startswith("Your settings were not saved: the disk that holds")
        assert "is full" in text and "Free some space" in text
        # In effect all the same, for the rest of the session.
        assert load_preferences(settings).leech_threshold == threshold
    finally:
        filler.unlink()
    with qtbot.waitSignal(settings.saved_again, timeout=5000):
        window.message_bar.action_button.click()  # Retry
    assert not window.message_bar.isVisible()
    assert f"leech_threshold={threshold}" in (home / SETTINGS_FILE).read_text(encoding="utf-8")
    window.close()


def test_a_settings_write_that_fails_as_the_window_closes_is_one_line_on_stderr(
    qtbot: QtBot,
    small_disk: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("STUDYAPP_HOME", str(small_disk / "home"))
    window = started_window(qtbot)
    filler = fill_disk(small_disk)
    try:
        window.close()  # the window's size and place are written as it closes
        window.close_stores()
    finally:
        filler.unlink()
    err = capfd.readouterr().err
    lines = [line for line in err.splitlines() if "settings" in line]
    assert len(lines) == 1
    assert lines[0].startswith("studyapp: Your settings were not saved: the disk that holds")
    assert "Traceback" not in err
