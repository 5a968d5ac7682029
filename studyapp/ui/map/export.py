"""Writing the map to PNG or SVG, atomically (QSaveFile). SVG needs PySide6.QtSvg."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QByteArray, QIODevice, QRect, QSaveFile
from PySide6.QtGui import QImageWriter, QPainter

from studyapp.ui.map.canvas import MapCanvas
from studyapp.ui.map.painting import paint_map


class ExportError(Exception):
    """The image could not be written; the message says where and why, for the user."""


def _open(path: Path) -> QSaveFile:
    file = QSaveFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        raise ExportError(f"Could not write {path}: {file.errorString()}")
    return file


def _commit(file: QSaveFile, path: Path) -> None:
    if not file.commit():
        raise ExportError(f"Could not write {path}: {file.errorString()}")


def export_map(canvas: MapCanvas, path: Path | str) -> None:
    """PNG or SVG by the file's suffix (PNG when it is neither)."""
    path = Path(path)
    if path.suffix.lower() == ".svg":
        _export_svg(canvas, path)
        return
    image = canvas.render_image()
    file = _open(path)
    writer = QImageWriter(file, QByteArray(b"PNG"))
    if not writer.write(image):
        file.cancelWriting()
        raise ExportError(f"Could not write {path}: {writer.errorString()}")
    _commit(file, path)


def _export_svg(canvas: MapCanvas, path: Path) -> None:
    if importlib.util.find_spec("PySide6.QtSvg") is None:
        raise ExportError("SVG export needs PySide6.QtSvg, which is not installed; use PNG")
    from PySide6.QtSvg import QSvgGenerator

    file = _open(path)
    generator = QSvgGenerator()
    generator.setOutputDevice(file)
    generator.setSize(canvas.size())
    generator.setViewBox(QRect(0, 0, canvas.width(), canvas.height()))
    generator.setTitle(canvas.title or "Map")
    painter = QPainter(generator)
    painter.setFont(canvas.font())
    try:
        paint_map(painter, canvas.layers, canvas.scene(), canvas.viewport, canvas.colours)
    finally:
        painter.end()
    _commit(file, path)
