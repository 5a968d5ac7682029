"""`studyapp --help`, each command's help and argparse's own error lines in the app's language:
Japanese with --lang ja, the saved setting or a Japanese system locale; English as argparse
words it otherwise; UTF-8 in a Latin-1 locale too."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from studyapp.cli_help import lang_flag, wrap_japanese
from tests.conftest import ROOT
from tests.faults.test_commands import _latin1_locale
from tests.test_cli import run_cli

COMMANDS = (
    "dump",
    "export-anki",
    "export-csv",
    "backup",
    "restore",
    "export-progress",
    "import-progress",
)
ENGLISH = {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "LANGUAGE": ""}
JAPANESE_LOCALE = {"LANG": "ja_JP.UTF-8", "LC_ALL": "ja_JP.UTF-8", "LANGUAGE": ""}


def _help(*args: str, env: dict[str, str] | None = None) -> str:
    result = run_cli(*args, "--help", env={**ENGLISH, **(env or {})})
    assert result.returncode == 0, result.stderr
    return result.stdout


def _english_words(line: str) -> list[str]:
    """The English words of a help line, leaving out options, metavars and names of ours."""
    words = re.findall(r"(?<![-\w`.])[a-z]{3,}(?![-\w`])", line)
    ours = ("studyapp", "apkg", "json", "list", *COMMANDS)
    return [word for word in words if word not in ours]


def test_the_english_help_is_argparse_s_own() -> None:
    text = _help()
    assert text.startswith("usage: studyapp [-h] [--version] [--lang {en,ja}]")
    assert "\noptions:\n" in text or "\noptional arguments:\n" in text
    assert "show this help message and exit" in text
    assert "Study the Russo-Japanese Agreements (日露協約) of 1907–1916." in text
    assert "print the whole content, for scripts" in text
    export = _help("export-csv")
    assert "Write the flashcards (with a card for each bookmark) as CSV." in export
    assert "only the cards of this agreement, e.g. first-1907" in export


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_the_help_of_every_command_is_japanese_with_lang_ja(command: str) -> None:
    text = _help("--lang", "ja", *([command] if command else []))
    assert text.startswith("使い方: studyapp")
    assert "オプション:" in text
    assert "このヘルプを表示して終了する" in text
    for line in text.splitlines():
        assert not _english_words(line.split("  ")[-1]), line  # each help text said in Japanese


def test_the_japanese_help_keeps_to_the_terminal_width() -> None:
    text = _help("--lang", "ja", env={"COLUMNS": "60"})
    for line in text.splitlines():
        assert _columns(line) <= 60 or " " not in line.strip(), line  # argparse's usage line aside
        assert not line.strip() or line.strip()[0] not in "、。）」", line


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--bogus"], "解釈できない引数があります: --bogus"),
        (["no-such-command"], "選べない値です: 'no-such-command'"),
        (["dump"], "次の引数が必要です: --json"),
    ],
)
def test_argparse_s_errors_are_japanese(args: list[str], words: str) -> None:
    result = run_cli("--lang", "ja", *args, env=ENGLISH)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("使い方: studyapp")
    assert "エラー: " in result.stderr and words in result.stderr


def test_an_error_in_english_is_as_argparse_words_it() -> None:
    result = run_cli("--lang", "en", "--bogus", env=ENGLISH)
    assert result.returncode == 2
    assert result.stderr.startswith("usage: studyapp")
    assert "studyapp: error: unrecognized arguments: --bogus" in result.stderr


def test_the_saved_language_and_the_system_locale_choose_japanese(
    user_home: Path,
) -> None:
    assert _help(env=JAPANESE_LOCALE).startswith("使い方:")  # the system's language
    user_home.mkdir(exist_ok=True)
    (user_home / "settings.ini").write_text("[app]\nlanguage=ja\n", encoding="utf-8")
    assert _help().startswith("使い方:")  # the saved choice
    assert _help("--lang", "en").startswith("usage:")  # --lang first


def test_the_japanese_help_is_utf8_in_a_latin1_locale(tmp_path: Path) -> None:
    env = _latin1_locale(tmp_path)
    for args in (["--lang", "ja", "--help"], ["--lang", "ja", "backup", "--help"]):
        result = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), *args],
            capture_output=True,
            env={**ENGLISH, **env, "PATH": "/usr/bin:/bin"},
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert "使い方:" in result.stdout.decode("utf-8")


def test_parsing_a_start_of_the_app_imports_no_qt() -> None:
    code = (
        "import sys\n"
        "from studyapp.cli import _parser\n"
        "from studyapp.cli_help import speaking\n"
        "parser = _parser()\n"
        "with speaking(['--lang', 'ja', '--smoke']):\n"
        "    parser.parse_args(['--lang', 'ja', '--smoke'])\n"
        "print(any(name.startswith('PySide6') for name in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "False"


def test_lang_flag_reads_both_spellings() -> None:
    assert lang_flag(["--lang", "ja", "dump"]) == "ja"
    assert lang_flag(["backup", "--lang=en"]) == "en"
    assert lang_flag(["--", "--lang", "ja"]) is None
    assert lang_flag(["--lang"]) is None


def _columns(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def test_japanese_is_wrapped_by_columns_keeping_kinsoku_and_words() -> None:
    text = "学習データ（ブックマーク・メモ・解答記録）をバックアップし、場所を表示する。"
    for width in range(16, 60):
        lines = wrap_japanese(text, width)
        assert "".join(lines) == text
        for line in lines:
            assert _columns(line) <= width, lines
            assert line[0] not in "、。）・", lines
            assert line[-1] != "（", lines
        assert not any(line.startswith(("ップ", "プ", "ク")) for line in lines)  # words whole
    assert wrap_japanese("Anki package (.apkg) を書き出す", 16) == [
        "Anki package",
        "(.apkg) を書き出",
        "す",
    ]
