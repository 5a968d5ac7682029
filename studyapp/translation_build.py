"""The translation files: update the .ts from the sources, compile them to .qm (no Qt import).

resources/i18n/studyapp_ja.ts holds the Japanese translation, studyapp_en.ts only the
English plural forms ("%n card" beside "%n cards"). Both are made and updated by
pyside6-lupdate from every tr() / translate() / QT_TRANSLATE_NOOP in studyapp/, without
line numbers, so a file changes only when its messages do. The .qm files Qt loads are
compiled from them by pyside6-lrelease when the wheel is built (hatch_build.py), or, in a
source checkout whose .qm is missing or older than its .ts, on first use (translations.py).

    python -m studyapp.translation_build    # after marking or changing a string

updates both .ts files (new messages come in unfinished: translate them) and compiles them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "studyapp"
I18N = "i18n"
# The .ts files: the name and whether it holds only the plural forms.
CATALOGUES = (("studyapp_ja", False), ("studyapp_en", True))


def _tool(name: str) -> str:
    """The path of lupdate or lrelease as PySide6-Essentials ships them."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin is not None:
        for candidate in (name, f"{name}.exe"):
            path = Path(spec.origin).parent / candidate
            if path.is_file():
                return str(path)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise FileNotFoundError(f"{name} not found: PySide6-Essentials is not installed")
    return found


def lupdate(ts: Path, *, plural_only: bool, sources: Path = SOURCES) -> None:
    """Bring `ts` up to date with the messages in `sources` (obsolete ones dropped)."""
    command = [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
    command += ["-extensions", "py", "-source-language", "en"]
    if plural_only:
        command.append("-pluralonly")
    command += [str(sources), "-ts", str(ts)]
    subprocess.run(command, check=True, capture_output=True, timeout=120)


def lrelease(ts: Path, qm: Path) -> None:
    """Compile `ts` to `qm` (written whole or not at all)."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    partial = qm.with_suffix(".qm.partial")
    command = [_tool("lrelease"), "-silent", str(ts), "-qm", str(partial)]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    partial.replace(qm)


def compile_all(folder: Path) -> list[Path]:
    """Compile every .ts in `folder` to a .qm beside it; the .qm files made."""
    made = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        lrelease(ts, qm)
        made.append(qm)
    return made


def main() -> int:
    folder = ROOT / "resources" / I18N
    for name, plural_only in CATALOGUES:
        lupdate(folder / f"{name}.ts", plural_only=plural_only)
    for qm in compile_all(folder):
        print(f"compiled {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
