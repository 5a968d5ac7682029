"""A QTextBrowser for the reading panes: in-app links become a signal, web links open outside.

It re-derives its colours when the palette changes (light ↔ dark) and tells its owner, which
renders its HTML again with them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

from studyapp.ui.shared.links import is_external, parse_link
from studyapp.ui.shared.reading_style import ReadingColours, stylesheet


class LinkBrowser(QTextBrowser):
    link_activated = Signal(str, str)  # kind and key of an in-app link that was followed
    palette_changed = Signal()  # the colours changed: render again

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setOpenLinks(False)  # every link goes through _follow
        self.document().setDocumentMargin(12)
        # Tests replace this to check which address would have opened.
        self.open_external: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.colours = ReadingColours.from_palette(self.palette())
        self.document().setDefaultStyleSheet(stylesheet(self.colours))
        self.anchorClicked.connect(self._follow)

    def follow(self, href: str) -> None:
        """Act on a link as if it had been clicked."""
        self._follow(QUrl(href))

    def _follow(self, url: QUrl) -> None:
        href = url.toString()
        target = parse_link(href)
        if target is not None:
            self.link_activated.emit(*target)
        elif is_external(href):
            self.open_external(url)

    def set_html(self, text: str, keep_scroll: bool = False) -> None:
        bars = (self.verticalScrollBar(), self.horizontalScrollBar())
        positions = [bar.value() for bar in bars]
        self.setHtml(text)
        if keep_scroll:
            for bar, position in zip(bars, positions, strict=True):
                bar.setValue(position)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            colours = ReadingColours.from_palette(self.palette())
            if colours != self.colours:
                self.colours = colours
                self.document().setDefaultStyleSheet(stylesheet(colours))
                self.palette_changed.emit()
