"""Every user-visible string is marked, and the shipped translations are whole and current."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from xml.etree import ElementTree

import pytest

from studyapp import translation_build
from tests.conftest import ROOT
from tests.i18n.unmarked import unmarked_in_core, unmarked_in_ui

UI = ROOT / "studyapp" / "ui"
I18N = ROOT / "resources" / "i18n"

# The view packages whose strings are not marked yet. Marking a package's strings (see
# docs/translating.md) takes its name off this list; the list only shrinks.
NOT_YET_MARKED: tuple[str, ...] = ()
# The Qt-free modules whose messages reach the user (errors, the command line's output).
CORE_MESSAGES = ("study", "userdata", "failures.py", "cli.py")


def _ui_files() -> list[Path]:
    skipped = {UI / name for name in NOT_YET_MARKED}
    return [
        path
        for path in sorted(UI.rglob("*.py"))
        if not any(folder in path.parents for folder in skipped)
    ]


def _core_files() -> list[Path]:
    found: list[Path] = []
    for name in CORE_MESSAGES:
        path = ROOT / "studyapp" / name
        found += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return found


def test_every_string_the_ui_shows_is_marked() -> None:
    unmarked = [str(found) for path in _ui_files() for found in unmarked_in_ui(path)]
    assert unmarked == [], "not marked for translation:\n" + "\n".join(unmarked)


def test_every_message_of_the_core_is_marked() -> None:
    unmarked = [str(found) for path in _core_files() for found in unmarked_in_core(path)]
    assert unmarked == [], "not marked for translation:\n" + "\n".join(unmarked)


def test_the_scan_finds_what_it_should(tmp_path: Path) -> None:
    """The scanner itself: each way of skipping the translation system is caught."""
    source = tmp_path / "view.py"
    source.write_text(
        "class V(QWidget):\n"
        "    def build(self, other):\n"
        "        QLabel('Plain text', self)\n"
        "        self.button.setToolTip(f'Shows {n} cards')\n"
        "        menu.addAction('Quit now')\n"
        "        self.tr(f'Made {x}')\n"
        "        other.tr('Wrong context')\n"
        "        QLabel(self.tr('Marked'), self)\n"
        "        self.setText('—')\n"
        "        QAction(QKeySequence('Ctrl+F'))\n"
        "        QLabel(f'<b>{self.tr(\"Hidden\")}</b>')\n"
        "        QLabel(_tr('Wrapped'))\n"
    )
    found = {(item.line, item.text) for item in unmarked_in_ui(source)}
    assert {line for line, _text in found} == {3, 4, 5, 6, 7, 11, 12}
    core = tmp_path / "core.py"
    core.write_text(
        "def f(path):\n"
        "    raise StudyAppError(f'Cannot read {path}')\n"
        "    raise StudyAppError(translate('Core', 'Cannot read {path}').format(path=path))\n"
        "    print('Wrote it')\n"
    )
    assert [item.line for item in unmarked_in_core(core)] == [2, 4]


@pytest.mark.parametrize(("name", "plural_only"), translation_build.CATALOGUES)
def test_the_translation_file_is_current(tmp_path: Path, name: str, plural_only: bool) -> None:
    """lupdate run over the sources now would change nothing in the shipped .ts."""
    shipped = I18N / f"{name}.ts"
    fresh = tmp_path / f"{name}.ts"
    shutil.copyfile(shipped, fresh)
    translation_build.lupdate(fresh, plural_only=plural_only)
    assert fresh.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8"), (
        f"{shipped.name} is out of date: run `python -m studyapp.translation_build` and "
        "translate what it adds"
    )


_PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d")


def _messages(name: str) -> list[tuple[str, ElementTree.Element]]:
    tree = ElementTree.parse(I18N / f"{name}.ts")
    found = []
    for context in tree.getroot().iter("context"):
        context_name = context.findtext("name") or ""
        found += [(context_name, message) for message in context.iter("message")]
    return found


@pytest.mark.parametrize("name", [name for name, _plural in translation_build.CATALOGUES])
def test_every_message_is_translated(name: str) -> None:
    """No message unfinished, empty or dropped, and each keeps the placeholders it fills."""
    problems = []
    messages = _messages(name)
    assert messages, f"{name}.ts holds no messages"
    for context, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        where = f"{context}: {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {translation.get('type')}")
            continue
        forms = (
            [form.text or "" for form in translation.iter("numerusform")]
            if message.get("numerus") == "yes"
            else [translation.text or ""]
        )
        for form in forms:
            if not form.strip() and source.strip():
                problems.append(f"{where} has an empty translation")
            elif sorted(_PLACEHOLDER.findall(form)) != sorted(_PLACEHOLDER.findall(source)):
                if message.get("numerus") == "yes" and "%n" not in form:
                    # A singular may say "one" instead of the number ("a card").
                    continue
                problems.append(f"{where}: placeholders differ in {form!r}")
    assert problems == [], "\n".join(problems)
