"""The layers keep to their places: nothing below ui/ imports Qt, and start-up stays light."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

CORE = [
    "studyapp.calendars",
    "studyapp.content.builder",
    "studyapp.content.database",
    "studyapp.content.dump",
    "studyapp.content.lazy_database",
    "studyapp.content.catalogue",
    "studyapp.content.view_queries",
    "studyapp.content.queries",
    "studyapp.content.search",
    "studyapp.userdata.bookmarks",
    "studyapp.userdata.export",
    "studyapp.userdata.reviews",
    "studyapp.userdata.store",
    "studyapp.study.answers",
    "studyapp.study.cards",
    "studyapp.study.export",
    "studyapp.study.queue",
    "studyapp.study.scheduling",
    "studyapp.cli",
]


def _modules_after_import(statement: str) -> set[str]:
    code = f"{statement}\nimport sys\nprint('\\n'.join(sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return set(result.stdout.split())


def test_the_core_never_imports_qt() -> None:
    loaded = _modules_after_import("\n".join(f"import {name}" for name in CORE))
    assert not {name for name in loaded if name.startswith("PySide6")}


def test_the_gui_path_does_not_import_sqlalchemy_before_the_first_paint() -> None:
    loaded = _modules_after_import("import studyapp.cli\nimport studyapp.ui.app")
    assert "PySide6.QtWidgets" in loaded
    assert not {name for name in loaded if name.startswith("sqlalchemy")}


def test_import_linter_contracts_hold() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from importlinter.cli import lint_imports_command; lint_imports_command()",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
