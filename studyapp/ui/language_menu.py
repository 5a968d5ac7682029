"""View → Language: follow the system, English or 日本語; the choice is saved and used at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from studyapp import i18n, translations
from studyapp.translations import LANGUAGE_NAMES


def add_language_menu(
    menu: QMenu, changed: Callable[[str], None], settings: QSettings | None = None
) -> QMenu:
    """The Language submenu of `menu`; `changed(language)` once a new language is in use.
    The choice is written to `settings` (the window's, whose failures are told), if given."""
    submenu = menu.addMenu(QCoreApplication.translate("LanguageMenu", "&Language"))
    group = QActionGroup(submenu)
    saved = translations.saved_language()
    choices: list[tuple[str | None, str]] = [
        (None, QCoreApplication.translate("LanguageMenu", "Follow the &system"))
    ]
    choices += [(code, name) for code, name in LANGUAGE_NAMES.items()]
    for code, title in choices:
        action = QAction(title, submenu)
        action.setCheckable(True)
        action.setChecked(code == saved)
        action.triggered.connect(lambda _=False, code=code: _choose(code, changed, settings))
        group.addAction(action)
        submenu.addAction(action)
    return submenu


def _choose(code: str | None, changed: Callable[[str], None], settings: QSettings | None) -> None:
    translations.save_language(code, settings)
    language = code or translations.system_language()
    if language != i18n.language():
        changed(translations.use_language(language))
