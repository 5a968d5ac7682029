"""The installed app, not the source tree: a wheel in a fresh venv finds its bundled files."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from studyapp.content.database import read_content
from tests.conftest import BUNDLED_DB, ROOT


@pytest.mark.slow
def test_the_wheel_runs_from_anywhere(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "--wheel-dir",
            str(wheels),
        ],
        check=True,
        cwd=tmp_path,
    )
    (wheel,) = wheels.glob("studyapp-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = venv / "bin" / "python"
    # The running environment (itself maybe a venv) lends the dependencies through a .pth
    # file; the app itself comes only from the wheel, as the check below confirms.
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    lent = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(site) / "lent_dependencies.pth").write_text("\n".join(sorted(lent)) + "\n")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--quiet", str(wheel)], check=True
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = subprocess.run(
        [
            str(python),
            "-c",
            "import studyapp, studyapp.paths as p; "
            "print(studyapp.__file__); print(p.content_db_path()); print(p.icon_path())",
        ],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert all(Path(path).is_relative_to(venv) for path in where), where
    assert all(Path(path).is_file() for path in where[1:]), where
    result = subprocess.run(
        [str(venv / "bin" / "studyapp"), "dump", "--json"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 0, result.stderr
    shipped = read_content(BUNDLED_DB)  # the wheel carries the bundled database
    assert len(json.loads(result.stdout)["agreements"]) == len(shipped.agreements) > 0
