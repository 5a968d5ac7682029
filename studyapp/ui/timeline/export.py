"""Writing the timeline to an image file, atomically (QSaveFile), as it would print.

The export is painted afresh, not grabbed from the screen: every lane, however many the
window scrolls through, with no scroll bar, selection, hover or focus frame; over the range
on screen or the whole timeline; at a chosen resolution. PNG always; SVG when PySide6.QtSvg
is installed (imported only when asked for).

In SVG, each label is one text run naming its fonts, the CJK families included, so that
another viewer (a browser, rsvg-convert, Inkscape) sets the English and Japanese of a label
together instead of letting them drift apart (svg_text.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize
from PySide6.QtGui import QFont, QFontInfo, QImage, QImageWriter, QPainter

from studyapp.ui.shared.image_file import ExportError, commit, open_for_writing, require_svg

if TYPE_CHECKING:
    from studyapp.ui.timeline.canvas import TimelineCanvas

SCREEN_DPI = 96
# A PNG larger than this (200 MB to paint) is refused with advice; SVG has no such limit.
MOST_PIXELS = 50_000_000
# progress(done, total) -> False to stop
Progress = Callable[[int, int], bool]


class ExportStoppedError(ExportError):
    """The user stopped the export; nothing was written."""


@dataclass(frozen=True)
class ExportOptions:
    whole: bool = False  # the whole timeline, not only the dates on screen
    dpi: int = SCREEN_DPI  # pixels per inch of a PNG (SVG is vector: sized at 96)


def export_image(
    canvas: TimelineCanvas,
    path: Path | str,
    options: ExportOptions | None = None,
    progress: Progress | None = None,
) -> QSize:
    """Write the timeline to `path`: SVG by its suffix, PNG otherwise. Returns the size in
    pixels at 96 dpi. Raises ExportError (or ExportStoppedError) with a message for the user."""
    path = Path(path)
    options = options or ExportOptions()
    page = printable_copy(canvas, options)
    page.on_progress = progress
    try:
        if path.suffix.lower() == ".svg":
            _write_svg(page, path)
        else:
            _write_png(page, path, options.dpi)
    finally:
        page.on_progress = None
        page.deleteLater()
    return page.size()


def printable_copy(canvas: TimelineCanvas, options: ExportOptions) -> TimelineCanvas:
    """A canvas off screen that shows what to print: the same content, calendar and marks,
    nothing selected, tall enough for every lane."""
    from studyapp.ui.timeline.canvas import TimelineCanvas

    page = TimelineCanvas()
    # The family Qt actually drew with ("DejaVu Sans", not an alias like "Sans Serif"), so
    # an SVG names a font other viewers can find.
    font = QFont(canvas.font())
    font.setFamily(QFontInfo(font).family())
    page.setFont(font)
    page.room_for_lanes = lambda: float("inf")  # a page grows to hold every lane
    page.adopt(canvas)
    page.resize(max(round(canvas.content_width()), 200), 400)
    if options.whole:
        page.lay_out_page(None, None)
    else:
        page.lay_out_page(canvas.view.first_day, canvas.view.scale)
    return page


def _paint(page: TimelineCanvas, painter: QPainter) -> None:
    from studyapp.ui.timeline.painting import paint_timeline

    try:
        paint_timeline(page, painter)
    finally:
        painter.end()


def _write_png(page: TimelineCanvas, path: Path, dpi: int) -> None:
    factor = dpi / SCREEN_DPI
    size = QSize(round(page.width() * factor), round(page.height() * factor))
    if size.width() * size.height() > MOST_PIXELS:
        raise ExportError(
            QCoreApplication.translate(
                "TimelineExport",
                "The image would be {width} × {height} pixels, too large for a PNG; "
                "export it as SVG, or only the dates on screen, or at a lower resolution",
            ).format(width=size.width(), height=size.height())
        )
    image = QImage(size, QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    painter.scale(factor, factor)
    _paint(page, painter)
    file = open_for_writing(path)
    writer = QImageWriter(file, QByteArray(b"PNG"))
    if not writer.write(image):
        file.cancelWriting()
        raise ExportError(
            QCoreApplication.translate("TimelineExport", "Could not write {path}: {reason}").format(
                path=path, reason=writer.errorString()
            )
        )
    commit(file, path)


def _write_svg(page: TimelineCanvas, path: Path) -> None:
    require_svg()
    from PySide6.QtSvg import QSvgGenerator

    from studyapp.ui.timeline.svg_text import SvgTexts

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(page.size())
    generator.setViewBox(page.rect())
    generator.setResolution(SCREEN_DPI)
    generator.setTitle(
        QCoreApplication.translate(
            "TimelineExport", "Timeline of the Russo-Japanese Agreements — 日露協約"
        )
    )
    texts = page.text_sink = SvgTexts(page.font())
    try:
        _paint(page, QPainter(generator))  # the shapes by Qt; the texts collected meanwhile
    finally:
        page.text_sink = None
    shapes = bytes(buffer.data().data()).decode("utf-8")
    end = shapes.rindex("</svg>")
    svg = f"{shapes[:end]}{texts.svg()}\n{shapes[end:]}"
    file = open_for_writing(path)
    if file.write(svg.encode("utf-8")) < 0:
        file.cancelWriting()
        raise ExportError(
            QCoreApplication.translate("TimelineExport", "Could not write {path}: {reason}").format(
                path=path, reason=file.errorString()
            )
        )
    commit(file, path)
