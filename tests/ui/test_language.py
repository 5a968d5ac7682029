"""The language of the app: chosen by --lang, the View → Language menu or the system, switched
at run time (Qt's LanguageChange), with Qt's own dialogs, a Japanese font and Japanese line
breaking."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontInfo, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMenu
from pytestqt.qtbot import QtBot

from studyapp import i18n, translations
from studyapp.ui.main_window import MainWindow
from studyapp.ui.views import VIEWS
from tests.ui.helpers import started_window


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions() if action.isVisible()]


def _language_action(window: MainWindow, name: str) -> object:
    view_menu = window.view_menu
    language = next(a.menu() for a in view_menu.actions() if a.menu() is not None)
    assert isinstance(language, QMenu)
    return next(action for action in language.actions() if action.text() == name)


def test_switching_to_japanese_and_back_at_run_time(qtbot: QtBot) -> None:
    window = started_window(qtbot)
    window.show_view("quiz")
    assert "&File" in _menu_titles(window)
    start_button = window.views["quiz"].start_page.start_button  # type: ignore[attr-defined]
    assert start_button.text() == "Start"

    window.build_all_views()  # every view is built again in the new language
    window.show_view("quiz")
    window.views["quiz"].start()  # type: ignore[attr-defined]  # a session under way
    assert window.views["quiz"].session is not None  # type: ignore[attr-defined]

    _language_action(window, "日本語").trigger()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "ファイル(&F)" in _menu_titles(window), timeout=3000)
    # The session ended (its answers were saved as they were given), and the bar says so.
    assert "言語の切り替え" in window.message_bar.text()
    assert i18n.language() == i18n.JAPANESE
    assert translations.saved_language() == i18n.JAPANESE  # kept for the next start
    assert window.tabs.tabText(0) == "年表"  # no mnemonic on a tab, as in English
    quiz = window.views["quiz"]
    assert quiz.start_page.start_button.text() == "開始"  # type: ignore[attr-defined]
    assert window.current_view_name() == "quiz"  # the same view, built again
    assert "協約4件" in window.status_label.text()
    assert "クイズ(&Q)" in _menu_titles(window)  # the view's own menu, made again
    window.build_all_views()
    assert len(window.views) == len(VIEWS)
    assert not set(map(id, window.views.values())) & set(map(id, window.retired_views))

    # The rebuilt view's window-wide shortcuts work; the old view's are gone, not ambiguous.
    from PySide6.QtCore import Qt

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    opened: list[object] = []
    quiz.browse = lambda: opened.append(True)  # type: ignore[attr-defined]
    quiz.browse_action.triggered.disconnect()  # type: ignore[attr-defined]
    quiz.browse_action.triggered.connect(quiz.browse)  # type: ignore[attr-defined]
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert opened == [True]

    _language_action(window, "English").trigger()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "&File" in _menu_titles(window), timeout=3000)
    assert window.views["quiz"].start_page.start_button.text() == "Start"  # type: ignore[attr-defined]
    assert "4 agreements" in window.status_label.text()
    window.close_stores()


def test_a_widget_built_in_japanese_reads_japanese(qtbot: QtBot) -> None:
    translations.use_language("ja")
    window = started_window(qtbot)
    assert window.windowTitle().startswith("日露協約")
    assert "編集(&E)" in _menu_titles(window)
    window.show_view("stats")
    assert "学習の記録" in window.views["stats"].stack.accessibleName()  # type: ignore[attr-defined]
    window.close_stores()


def test_qt_s_own_buttons_are_translated_too(qtbot: QtBot) -> None:
    translations.use_language("ja")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "キャンセル"


def test_the_language_follows_the_flag_then_the_saved_choice() -> None:
    translations.save_language(None)
    assert translations.chosen_language("ja") == "ja"
    assert translations.chosen_language() == translations.system_language()
    translations.save_language("ja")
    assert translations.chosen_language() == "ja"
    assert translations.chosen_language("en") == "en"  # --lang wins
    translations.save_language(None)
    assert translations.saved_language() is None


def test_english_plurals_come_from_the_english_translation() -> None:
    translations.use_language("en")
    one = QCoreApplication.translate("MainWindow", "%n agreements", "", 1)
    many = QCoreApplication.translate("MainWindow", "%n agreements", "", 4)
    assert (one, many) == ("1 agreement", "4 agreements")
    translations.use_language("ja")
    assert QCoreApplication.translate("MainWindow", "%n agreements", "", 4) == "協約4件"


def test_a_japanese_font_leads_in_japanese(qtbot: QtBot) -> None:
    from studyapp.ui.fonts import japanese_family, use_fonts_for

    family = japanese_family()
    if family is None:
        import pytest

        pytest.skip("no Japanese font installed (Debian: fonts-noto-cjk)")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    use_fonts_for(app, "ja")
    assert QFontInfo(app.font()).family() == family  # the first installed one is used
    use_fonts_for(app, "en")
    assert family not in app.font().families()  # back to the desktop's own font


def test_japanese_lines_never_start_with_closing_punctuation(qtbot: QtBot) -> None:
    """Qt's line breaking (Unicode line breaking, kinsoku for CJK) keeps 。、」） off the
    start of a line, however narrow the label."""
    text = (
        "第一次日露協約は、1907年7月30日にサンクトペテルブルクで調印された。"
        "秘密協約は満州に分界線を引き、その北をロシア、南を日本の利益範囲とした（追加約款）。"
        "「機会均等」の原則は、公開協約にのみ書かれている。"
    )
    label = QLabel()
    qtbot.addWidget(label)
    font = QFont(label.font())
    for width in range(40, 400, 7):
        layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        starts = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            starts.append(line.textStart())
        layout.endLayout()
        for start in starts[1:]:
            assert text[start] not in "。、」）", (width, text[start : start + 5])


def test_the_system_locale_chooses_the_language() -> None:
    import os
    import subprocess
    import sys

    for lang, expected in (("ja_JP.UTF-8", "ja"), ("en_GB.UTF-8", "en"), ("C.UTF-8", "en")):
        env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
        env |= {"LANG": lang, "LANGUAGE": ""}
        said = subprocess.run(
            [
                sys.executable,
                "-c",
                "from studyapp import translations as t; print(t.chosen_language())",
            ],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        assert said == expected, lang
