"""Writing an exported image (the timeline's, the map's) atomically, with QSaveFile, and the
one error an export raises, whose message says where and why, for the user."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QIODevice, QSaveFile


class ExportError(Exception):
    """An image could not be written; the message says where and why, for the user."""


def svg_available() -> bool:
    """SVG needs PySide6.QtSvg, which is imported only when asked for."""
    return importlib.util.find_spec("PySide6.QtSvg") is not None


def require_svg() -> None:
    if not svg_available():
        raise ExportError(
            QCoreApplication.translate(
                "ImageFile", "SVG export needs PySide6.QtSvg, which is not installed; use PNG"
            )
        )


def open_for_writing(path: Path) -> QSaveFile:
    file = QSaveFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        raise ExportError(_could_not_write(path, file.errorString()))
    return file


def commit(file: QSaveFile, path: Path) -> None:
    if not file.commit():
        raise ExportError(_could_not_write(path, file.errorString()))


def _could_not_write(path: object, why: str) -> str:
    return QCoreApplication.translate("ImageFile", "Could not write {path}: {why}").format(
        path=path, why=why
    )
