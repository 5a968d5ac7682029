"""The desktop's palette, mended where its pairs read too faintly (WCAG 2.2 contrast).

Fusion's light palette puts white text on a mid blue selection (3.7:1) and greys placeholder
text to 4.0:1 on white. Only the pairs that fall short are moved, and only as far as needed,
so a light, dark or high-contrast desktop keeps its look:

- selected text on the selection, and links on the page, at least 4.5:1;
- placeholder text at least 4.5:1 on the field;
- the selection of a list that does not have the focus in a quieter shade than the focused
  one's (with its text still 4.5:1), so a focused list and an unfocused one look different.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from studyapp.ui.shared.colours import mix
from studyapp.ui.shared.reading_style import contrast, readable

TEXT_CONTRAST = 4.5
Group = QPalette.ColorGroup
Role = QPalette.ColorRole


def _readable_pair(background: QColor, text: QColor) -> QColor:
    """`background` moved (darker on light text, lighter on dark) until `text` reads on it."""
    target = QColor("black") if text.lightnessF() > 0.5 else QColor("white")
    amount = 0.0
    moved = background
    while contrast(moved, text) < TEXT_CONTRAST and amount < 1:
        amount += 0.05
        moved = mix(background, target, amount)
    return moved


def opaque(colour: QColor, background: QColor) -> QColor:
    """A translucent colour as it shows on `background` (Fusion's placeholder is half-black)."""
    return mix(background, QColor(colour.red(), colour.green(), colour.blue()), colour.alphaF())


def accessible(palette: QPalette) -> QPalette:
    """A copy of `palette` with its faint pairs mended (see the module's docstring)."""
    mended = QPalette(palette)
    for group in (Group.Active, Group.Inactive):
        base = palette.color(group, Role.Base)
        highlight = palette.color(Group.Active, Role.Highlight)
        text_on = palette.color(Group.Active, Role.HighlightedText)
        placeholder = opaque(palette.color(group, Role.PlaceholderText), base)
        mended.setColor(group, Role.PlaceholderText, readable(placeholder, base))
        mended.setColor(group, Role.Link, readable(palette.color(group, Role.Link), base))
        if group == Group.Active:
            mended.setColor(group, Role.Highlight, _readable_pair(highlight, text_on))
            continue
        # Unfocused: the selection blended half-way to the page, with the page's text on it.
        text = palette.color(group, Role.Text)
        quiet = mix(highlight, base, 0.6)
        mended.setColor(group, Role.Highlight, _readable_pair(quiet, text))
        mended.setColor(group, Role.HighlightedText, text)
    return mended


class _PaletteKeeper(QObject):
    """Mends the palette again when the desktop changes it (a switch to dark mode)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        app.setPalette(accessible(app.palette()))
        app.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    def _scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        QTimer.singleShot(0, self.mend)  # once Qt has taken the new scheme's palette

    def mend(self) -> None:
        self._app.setPalette(QPalette())  # back to the desktop's own, then mended
        self._app.setPalette(accessible(self._app.palette()))


def install(app: QApplication) -> None:
    """Mend the app's palette, now and whenever the desktop's colour scheme changes."""
    if app.findChild(_PaletteKeeper) is None:
        _PaletteKeeper(app)
