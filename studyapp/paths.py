"""Where the app's files live: the bundled resources and the user's own data folder."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "studyapp"
HOME_ENV = "STUDYAPP_HOME"
CONTENT_DB_ENV = "STUDYAPP_CONTENT_DB"
CONTENT_DB_NAME = "agreements.sqlite"
USER_DB_NAME = "user.sqlite"


def resources_dir() -> Path:
    """The bundled `resources/` folder, in an installed wheel or in a source checkout."""
    installed = Path(__file__).resolve().parent / "_resources"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"


def icon_path(name: str = "studyapp.svg") -> Path:
    """An icon bundled under resources/icons/."""
    return resources_dir() / "icons" / name


def geography_path() -> Path:
    """The map's base geography (coasts, lakes, rivers, borders), extracted by
    db/extract_geography.py."""
    return resources_dir() / "geography" / "northeast-asia.json"


def content_db_path() -> Path:
    """The bundled agreements database; `STUDYAPP_CONTENT_DB` overrides it (tests, benchmarks)."""
    override = os.environ.get(CONTENT_DB_ENV)
    if override:
        return Path(override)
    return resources_dir() / CONTENT_DB_NAME


def user_data_dir() -> Path:
    """The folder for the user's own database: `STUDYAPP_HOME`, else the platform's usual place."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override)
    # Imported here: platformdirs is only needed once, and only without the override.
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_db_path() -> Path:
    return user_data_dir() / USER_DB_NAME


def for_qt(path: Path) -> str:
    """`path` as Qt must be given it: Qt reads file names as UTF-8 whatever the locale.

    Python decodes file names with the locale's encoding (Latin-1 under en_US.ISO-8859-1),
    so a folder named in Japanese would reach Qt as mojibake, and Qt would make another one.
    """
    raw = os.fsencode(path)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return str(path)  # not UTF-8 on disk either: Qt can only take it as it is


def from_qt(name: str) -> Path:
    """A file name Qt gave (a file dialog's choice) as the Path Python opens the same file by."""
    return Path(os.fsdecode(name.encode("utf-8", "surrogateescape")))
