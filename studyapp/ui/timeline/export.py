"""Writing the visible timeline to an image file, atomically (QSaveFile).

PNG always; SVG when PySide6.QtSvg is installed (it is part of PySide6-Essentials 6.12, but
older or trimmed installs may lack it, so it is imported only when asked for).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QByteArray, QIODevice, QPoint, QSaveFile
from PySide6.QtGui import QImageWriter, QPainter
from PySide6.QtWidgets import QGraphicsScene, QWidget


class ExportError(Exception):
    """An image could not be written; the message says where and why, for the user."""


def svg_available() -> bool:
    return importlib.util.find_spec("PySide6.QtSvg") is not None


def _open(path: Path) -> QSaveFile:
    file = QSaveFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        raise ExportError(f"Could not write {path}: {file.errorString()}")
    return file


def _commit(file: QSaveFile, path: Path) -> None:
    if not file.commit():
        raise ExportError(f"Could not write {path}: {file.errorString()}")


def export_png(widget_or_scene: QWidget | QGraphicsScene, path: Path | str) -> None:
    """Write what the widget shows (or the whole scene) to `path` as PNG."""
    path = Path(path)
    if isinstance(widget_or_scene, QWidget):
        image = widget_or_scene.grab().toImage()
    else:
        from PySide6.QtGui import QImage

        rect = widget_or_scene.sceneRect()
        image = QImage(rect.size().toSize(), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        widget_or_scene.render(painter)
        painter.end()
    file = _open(path)
    writer = QImageWriter(file, QByteArray(b"PNG"))
    if not writer.write(image):
        file.cancelWriting()
        raise ExportError(f"Could not write {path}: {writer.errorString()}")
    _commit(file, path)


def export_svg(widget: QWidget, path: Path | str) -> None:
    """Write what the widget shows to `path` as SVG (vector shapes and text)."""
    path = Path(path)
    if not svg_available():
        raise ExportError("SVG export needs PySide6.QtSvg, which is not installed; use PNG")
    from PySide6.QtSvg import QSvgGenerator

    file = _open(path)
    generator = QSvgGenerator()
    generator.setOutputDevice(file)
    generator.setSize(widget.size())
    generator.setViewBox(widget.rect())
    generator.setTitle(widget.accessibleName() or "Timeline")
    painter = QPainter(generator)
    widget.render(painter, QPoint())
    painter.end()
    _commit(file, path)


def export_image(widget: QWidget, path: Path | str) -> None:
    """PNG or SVG by the file's suffix (PNG when it has neither)."""
    if Path(path).suffix.lower() == ".svg":
        export_svg(widget, path)
    else:
        export_png(widget, path)
