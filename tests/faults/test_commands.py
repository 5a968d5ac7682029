"""The command line under faults: damaged or unreadable user data, odd export paths, a
Latin-1 locale and a data folder named in Japanese. One line on stderr, exit 2, never a
traceback, and nothing written that should not be."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from studyapp import paths
from studyapp.userdata import bookmarks, notices
from studyapp.userdata.store import UserStore
from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "studyapp", *args],
        cwd=ROOT,
        capture_output=True,
        timeout=120,
        check=False,
        env={**os.environ, **(env or {})},
    )


def _one_line(result: subprocess.CompletedProcess[bytes]) -> str:
    text = result.stderr.decode("utf-8")
    assert "Traceback" not in text
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


def test_an_export_over_a_damaged_store_says_so_and_the_window_says_so_next(
    user_home: Path, tmp_path: Path
) -> None:
    user_home.mkdir()
    (user_home / "user.sqlite").write_bytes(b"\x00not a database" * 400)
    result = _run("export-csv", str(tmp_path / "deck.csv"))
    assert result.returncode == 0
    stderr = result.stderr.decode("utf-8")
    assert "damaged" in stderr and "moved to" in stderr
    assert list(user_home.glob("user.sqlite.damaged-*"))
    remembered = notices.take(user_home)
    assert len(remembered) == 1 and "moved to" in remembered[0]


def test_an_export_that_cannot_read_the_bookmarks_writes_nothing(
    user_home: Path, tmp_path: Path
) -> None:
    user_home.mkdir()
    (user_home / "user.sqlite").mkdir()  # there, but no file SQLite can open
    target = tmp_path / "deck.csv"
    result = _run("export-csv", str(target))
    assert result.returncode == 2
    assert "nothing was written" in _one_line(result)
    assert not target.exists()


@pytest.mark.parametrize("command", ["export-csv", "export-anki"])
def test_an_export_never_replaces_a_device_a_fifo_or_a_folder(command: str, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target, words in ((Path("/dev/null"), "a device"), (fifo, "FIFO"), (tmp_path, "folder")):
        result = _run(command, str(target))
        assert result.returncode == 2
        assert words in _one_line(result)
    assert stat.S_ISCHR(Path("/dev/null").stat().st_mode)  # still the device
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_an_export_follows_a_symlink_and_keeps_it(tmp_path: Path) -> None:
    target = tmp_path / "real.csv"
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    result = _run("export-csv", str(link))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and target.stat().st_size > 0


@pytest.mark.parametrize("args", [["export-csv"], ["export-csv", ""], ["export-anki", "  "]])
def test_an_empty_or_missing_path_is_one_line(args: list[str]) -> None:
    result = _run(*args)
    assert result.returncode == 2
    assert "Give the file to write" in _one_line(result)


def _latin1_locale(tmp_path: Path) -> dict[str, str]:
    if shutil.which("localedef") is None:
        pytest.skip("needs localedef to build an ISO-8859-1 locale")
    folder = tmp_path / "locales"
    folder.mkdir()
    made = subprocess.run(
        ["localedef", "-i", "en_US", "-f", "ISO-8859-1", str(folder / "en_US.ISO-8859-1")],
        capture_output=True,
        check=False,
    )
    if not (folder / "en_US.ISO-8859-1").exists():
        pytest.skip(f"could not build an ISO-8859-1 locale: {made.stderr.decode()[:200]}")
    env = {"LOCPATH": str(folder), "LANG": "en_US.ISO-8859-1", "LC_ALL": "en_US.ISO-8859-1"}
    probe = subprocess.run(
        [sys.executable, "-c", "import sys; print(sys.stdout.encoding)"],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        check=False,
    )
    if "8859" not in probe.stdout:
        pytest.skip("the built locale was not taken up")
    return env


def test_every_command_works_in_a_latin1_locale(tmp_path: Path, user_home: Path) -> None:
    env = _latin1_locale(tmp_path)
    japanese = tmp_path / "学習データ"
    env["STUDYAPP_HOME"] = str(japanese)
    for args in (["--help"], ["dump", "--json"], ["export-csv", "--help"]):
        result = _run(*args, env=env)
        assert result.returncode == 0, result.stderr
    assert "日露協約" in _run("--help", env=env).stdout.decode("utf-8")
    dump = _run("dump", "--json", env=env)
    assert "日露協約" in dump.stdout.decode("utf-8")
    deck = tmp_path / "デッキ.csv"
    result = _run("export-csv", str(deck), env=env)
    assert result.returncode == 0, result.stderr
    assert deck.exists() and "日露" in deck.read_text(encoding="utf-8")
    smoke = _run("--smoke", env={**env, "QT_QPA_PLATFORM": "offscreen"})
    assert smoke.returncode == 0, smoke.stderr
    # A path is shown as it is named (Python decoded it as Latin-1, printed as mojibake).
    made = _run("backup", env=env)
    assert made.returncode == 0, made.stderr
    assert made.stdout.decode("utf-8").startswith(str(japanese / "backups" / "backup-"))
    # The settings and the store are in the folder as named, not in a mojibake twin.
    assert (japanese / "settings.ini").exists()
    assert (japanese / "user.sqlite").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_dir()) == ["locales", "学習データ"]


def test_python_dash_m_studyapp_is_the_studyapp_command(user_home: Path) -> None:
    store = UserStore.open(paths.user_db_path())
    bookmarks.save_bookmark(store, "first-1907-secret-1")
    store.close()
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.decode().startswith("studyapp ")


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_importing_progress_from_a_fifo_or_a_device_is_one_line_not_a_wait(
    kind: str, tmp_path: Path, user_home: Path
) -> None:
    # A FIFO used to be read, so the import waited for a writer for ever.
    path = tmp_path / "progress.json"
    if kind == "fifo":
        os.mkfifo(path)
    else:
        path = Path(os.devnull)
    result = _run("import-progress", str(path))
    assert result.returncode == 2
    assert "it is not a file" in _one_line(result)
