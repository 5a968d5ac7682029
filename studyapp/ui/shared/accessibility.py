"""What the app installs once for every window: the accessible palette, the focus ring and
the accessible model of painted widgets."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from studyapp.ui.shared import announce, focus_ring, painted_items, palette


def install() -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    painted_items.install()
    announce.install()
    palette.install(app)
    focus_ring.install(app)
