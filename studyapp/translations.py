"""Which language the app speaks, and Qt's translators for it (QtCore only: the CLI uses it too).

The language is `--lang` if given, else the one chosen in View → Language (saved in the
settings), else the system's (QLocale). Japanese loads the app's studyapp_ja.qm and Qt's own
qtbase_ja.qm (standard buttons and dialogs); English loads studyapp_en.qm, which holds only
the singular of each plural message. The Qt-free core translates through the same
translators (studyapp.i18n.set_backend), so a card made in the CLI reads as one in the app.
Loading a translator maps one small file: cheap enough for the start-up path.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from studyapp import i18n, paths
from studyapp.i18n import ENGLISH, JAPANESE, LANGUAGES

LANGUAGE_KEY = "app/language"  # "en", "ja", or absent: follow the system
# Each language named in itself, for the Language menu (never translated).
LANGUAGE_NAMES = {ENGLISH: "English", JAPANESE: "日本語"}

_loaded: list[QTranslator] = []
# The language loaded and whether its translators are in the application; empty at first.
_in_use: list[tuple[str, bool] | None] = [None]


def settings_file() -> QSettings:
    return QSettings(
        paths.for_qt(paths.user_data_dir() / "settings.ini"), QSettings.Format.IniFormat
    )


def system_language() -> str:
    return JAPANESE if QLocale.system().name().startswith("ja") else ENGLISH


def saved_language(settings: QSettings | None = None) -> str | None:
    """The language chosen in the app, or None to follow the system."""
    value = str((settings or settings_file()).value(LANGUAGE_KEY, "") or "")
    return value if value in LANGUAGES else None


def save_language(language: str | None, settings: QSettings | None = None) -> None:
    settings = settings or settings_file()
    if language in LANGUAGES:
        settings.setValue(LANGUAGE_KEY, language)
    else:
        settings.remove(LANGUAGE_KEY)
    settings.sync()


def chosen_language(flag: str | None = None) -> str:
    """`--lang` if given, else the saved choice, else the system's language."""
    if flag in LANGUAGES:
        return flag
    return saved_language() or system_language()


def qm_file(name: str) -> Path | None:
    """The compiled translation `name` (e.g. "studyapp_ja"), compiled now if need be.

    A built wheel has the .qm; a source checkout whose .qm is missing or older than its
    .ts compiles it once into the data folder. None (English stays) if that fails too.
    """
    folder = paths.resources_dir() / "i18n"
    ts, built = folder / f"{name}.ts", folder / f"{name}.qm"
    if built.is_file() and (not ts.is_file() or _not_older(built, ts)):
        return built
    if not ts.is_file():
        return None
    cached = paths.user_data_dir() / "translations" / f"{name}.qm"
    if cached.is_file() and _not_older(cached, ts):
        return cached
    import subprocess  # only here: the start need not import it

    from studyapp.translation_build import lrelease

    try:
        lrelease(ts, cached)
    except (OSError, subprocess.SubprocessError) as error:
        print(f"studyapp: the translation {name} could not be compiled ({error})", file=sys.stderr)
        return None
    return cached


def _not_older(built: Path, source: Path) -> bool:
    return built.stat().st_mtime >= source.stat().st_mtime


def _translator(path: Path | None) -> QTranslator | None:
    if path is None:
        return None
    translator = QTranslator()
    return translator if translator.load(paths.for_qt(path)) else None


def _qt_translator(language: str) -> QTranslator | None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    found = folder / f"qtbase_{language}.qm"
    return _translator(found) if found.is_file() else None


@functools.cache
def _ui_locale(language: str) -> QLocale:
    """The locale of a UI language: its numbers and dates as its readers write them."""
    if language == JAPANESE:
        return QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def use_language(language: str) -> str:
    """Speak `language` from now on: load its translators, install them in the running
    Qt application (which sends every widget a LanguageChange event) and in the core."""
    language = language if language in LANGUAGES else ENGLISH
    app = QCoreApplication.instance()
    if (language, app is not None) == _in_use[0] and i18n.language() == language:
        return language  # already so: no LanguageChange for nothing
    _in_use[0] = (language, app is not None)
    for old in _loaded:
        if app is not None:
            QCoreApplication.removeTranslator(old)
    _loaded.clear()
    found = [_translator(qm_file(f"studyapp_{language}"))]
    if language != ENGLISH:
        found.append(_qt_translator(language))
    _loaded.extend(translator for translator in found if translator is not None)
    i18n.set_backend(_lookup, language, _other_backend)
    # Qt's %Ln and QLocale() write numbers as the UI language does (54,000), not as the
    # system's C locale would (54000); so do the core's counts (i18n.number_text).
    QLocale.setDefault(_ui_locale(language))
    i18n.set_number_format(lambda number, spoken: _ui_locale(spoken).toString(number))
    if app is not None:
        for translator in _loaded:
            QCoreApplication.installTranslator(translator)
    return language


def _lookup(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return _first(_loaded, context, source, disambiguation, n)


def _first(
    translators: list[QTranslator], context: str, source: str, disambiguation: str | None, n: int
) -> str:
    for translator in translators:
        found = translator.translate(context, source, disambiguation, n)
        if found:
            return found
    return ""


# The app's translators of the languages it does not speak now, loaded on first use: a pane
# may show the content (and its headings) in the other language.
_others: dict[str, list[QTranslator]] = {}


def _other_backend(language: str) -> i18n.Backend | None:
    if language not in _others:
        found = _translator(qm_file(f"studyapp_{language}"))
        _others[language] = [found] if found is not None else []
    translators = _others[language]
    if not translators:
        return None

    def lookup(context: str, source: str, disambiguation: str | None, n: int) -> str:
        return _first(translators, context, source, disambiguation, n)

    return lookup
