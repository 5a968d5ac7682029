"""Writing the map to PNG or SVG, atomically (QSaveFile). SVG needs PySide6.QtSvg."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QRect
from PySide6.QtGui import QImageWriter, QPainter

from studyapp.ui.map.canvas import MapCanvas
from studyapp.ui.map.painting import paint_map
from studyapp.ui.shared.image_file import ExportError, commit, open_for_writing, require_svg


def export_map(canvas: MapCanvas, path: Path | str) -> None:
    """PNG or SVG by the file's suffix (PNG when it is neither)."""
    path = Path(path)
    if path.suffix.lower() == ".svg":
        _export_svg(canvas, path)
        return
    image = canvas.render_image()
    file = open_for_writing(path)
    writer = QImageWriter(file, QByteArray(b"PNG"))
    if not writer.write(image):
        file.cancelWriting()
        raise ExportError(
            QCoreApplication.translate("MapExport", "Could not write {path}: {reason}").format(
                path=path, reason=writer.errorString()
            )
        )
    commit(file, path)


def _export_svg(canvas: MapCanvas, path: Path) -> None:
    require_svg()
    from PySide6.QtSvg import QSvgGenerator

    file = open_for_writing(path)
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
    commit(file, path)
