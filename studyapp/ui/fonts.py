"""A Japanese UI font from what the system has, so kanji and kana read as Japanese.

Without one named, Qt takes the first font that has a glyph, sometimes a Chinese one, whose
forms of the same characters differ (直, 骨, 今). In Japanese the whole interface uses the
Japanese font (its Latin letters too, so the lines of a label share one height); in English
the desktop's font is left as it is.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from studyapp.i18n import JAPANESE

# The first of these the system has is used (Debian: fonts-noto-cjk).
JAPANESE_FAMILIES = (
    "Noto Sans CJK JP",
    "Noto Sans JP",
    "Source Han Sans JP",
    "IPAexGothic",
    "IPAGothic",
    "TakaoPGothic",
    "VL PGothic",
    "Hiragino Sans",
    "Yu Gothic UI",
    "Meiryo UI",
)

_original: QFont | None = None


def japanese_family() -> str | None:
    """The Japanese UI font the system has, or None (lists the fonts: not for the start)."""
    available = set(QFontDatabase.families())
    return next((family for family in JAPANESE_FAMILIES if family in available), None)


def use_fonts_for(app: QApplication, language: str) -> None:
    """The application font for `language`: the Japanese fonts first in Japanese, the
    desktop's own font in English.

    The families are named, not looked up: Qt takes the first of them that is installed and
    has the glyph, so the start does not pay for listing every font of the system.
    """
    global _original  # noqa: PLW0603 (the desktop's font, kept to go back to)
    if _original is None:
        _original = QFont(app.font())
    font = QFont(_original)
    if language == JAPANESE:
        desktop = list(_original.families()) or [_original.family()]
        font.setFamilies([*JAPANESE_FAMILIES, *desktop])
    # In English the desktop's font stays as it is: fontconfig finds a font for the kanji of
    # the content by itself, and naming the Japanese ones as fallbacks cost 2 MiB at start.
    app.setFont(font)
