"""The details pane under the timeline: as tall as its text needs, and no taller.

The timeline gets first claim on the height, enough for all its lanes at the current zoom;
the pane takes what its text needs from the rest (at least a line, so a hint still shows),
and the user can hide it altogether.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTextBrowser, QWidget

from studyapp.ui.timeline import describe

# The pane never takes more than this share of the view, however long the text; and no
# more than the smaller share where the lanes scroll anyway (a small screen).
MOST_OF_THE_VIEW = 0.45
MOST_WHEN_CROWDED = 0.3


class DetailsPane(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Details of the selected timeline item"))
        self.setOpenLinks(False)
        self.document().setDocumentMargin(6)
        self._needed: tuple[int, int] | None = None  # (width, height) last measured
        self.document().contentsChanged.connect(self._forget_height)
        self.setHtml(describe.placeholder())

    def _forget_height(self) -> None:
        self._needed = None

    def needed_height(self, width: int | None = None) -> int:
        """The height that shows the whole text at `width` (default: the current width);
        measured once per text and width (the timeline asks on every pan step)."""
        width = max(width or self.viewport().width(), 50)
        if self._needed is not None and self._needed[0] == width:
            return self._needed[1]
        document = self.document().clone(self)
        document.setTextWidth(width)
        height = int(document.size().height()) + 2 * self.frameWidth() + 2
        document.deleteLater()
        self._needed = (width, height)
        return height

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """A line of text: the scroll area's own hint asks for several."""
        return QSize(super().minimumSizeHint().width(), self.least_height())

    def least_height(self) -> int:
        """One line of text: the pane may be squeezed to this, never below."""
        margin = int(self.document().documentMargin())
        return self.fontMetrics().height() + 2 * margin + 2 * self.frameWidth() + 2


def share_height(
    total: int, timeline_needs: int, details_need: int, details_least: int
) -> tuple[int, int]:
    """(timeline, details) heights out of `total`. The details get what their text needs
    (at most MOST_OF_THE_VIEW) unless that would hide lanes the timeline could otherwise show
    whole; then they give way, down to a line."""
    most = max(int(total * MOST_OF_THE_VIEW), details_least)
    wanted = min(details_need, most)
    if timeline_needs + wanted <= total:
        details = wanted  # room for both
    elif timeline_needs > total - details_least:  # the lanes scroll whatever the pane does
        details = min(wanted, max(int(total * MOST_WHEN_CROWDED), details_least))
    else:
        details = total - timeline_needs
    return total - details, details
