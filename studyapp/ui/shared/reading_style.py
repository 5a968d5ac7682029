"""Colours and CSS for the reading panes, derived from the widget palette.

Qt's rich text takes fixed colours, so every colour here is computed from the current palette
(light or dark) and the HTML is rendered again when the palette changes. The secret marking
uses a red that keeps its contrast on either background, and it never relies on colour alone:
secret clauses also carry the word SECRET.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from studyapp.i18n import in_language
from studyapp.ui.shared.colours import mix

# Japanese runs get a CJK-capable family first; Qt falls back through the list.
JAPANESE_FONTS = (
    '"Noto Sans CJK JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", '
    '"Yu Gothic", "Meiryo", "Source Han Sans JP", "Droid Sans Fallback", sans-serif'
)

_SECRET_LIGHT = "#b3261e"  # 6.5:1 on white
_SECRET_DARK = "#ffb4ab"  # 9:1 on #202020


def _hex(color: QColor) -> str:
    return color.name(QColor.NameFormat.HexRgb)


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(v) for v in (color.redF(), color.greenF(), color.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable(color: QColor, background: QColor, minimum: float = 4.5) -> QColor:
    """`color`, moved towards white or black until it reads well on `background`."""
    target = QColor("white") if _luminance(background) < 0.5 else QColor("black")
    amount = 0.0
    adjusted = color
    while contrast(adjusted, background) < minimum and amount < 1:
        amount += 0.1
        adjusted = mix(color, target, amount)
    return adjusted


@dataclass(frozen=True, slots=True)
class ReadingColours:
    dark: bool
    text: str
    muted: str
    link: str
    card: str
    card_border: str
    secret: str  # text and border of the secret marking
    secret_card: str
    secret_label_text: str
    chip: str
    current: str
    note: str

    @classmethod
    def from_palette(cls, palette: QPalette) -> ReadingColours:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        dark = base.lightness() < text.lightness()
        secret = QColor(_SECRET_DARK if dark else _SECRET_LIGHT)
        # Many dark palettes keep the light theme's dark-blue links; lift them.
        link = readable(palette.color(QPalette.ColorRole.Link), base)
        return cls(
            dark=dark,
            text=_hex(text),
            muted=_hex(mix(text, base, 0.38)),
            link=_hex(link),
            card=_hex(mix(base, text, 0.035)),
            card_border=_hex(mix(base, text, 0.25)),
            secret=_hex(secret),
            secret_card=_hex(mix(base, secret, 0.10 if dark else 0.06)),
            secret_label_text=_hex(base if dark else QColor("white")),
            chip=_hex(mix(base, highlight, 0.22 if dark else 0.14)),
            current=_hex(highlight if not dark else mix(highlight, QColor("white"), 0.25)),
            note=_hex(mix(base, QColor("#e0b000"), 0.16 if dark else 0.14)),
        )


def stylesheet(colours: ReadingColours) -> str:
    """The default style sheet of a reading pane's document."""
    c = colours
    return f"""
body {{ color: {c.text}; }}
h1 {{ font-size: x-large; font-weight: 600; margin-top: 4px; margin-bottom: 0px; }}
h2 {{ font-size: large; font-weight: 600; margin-top: 18px; margin-bottom: 6px; }}
h3 {{ font-size: medium; font-weight: 600; margin-top: 4px; margin-bottom: 4px; }}
p {{ margin-top: 4px; margin-bottom: 6px; line-height: 135%; }}
a {{ color: {c.link}; }}
a.term {{ color: {c.link}; text-decoration: none; }}
a.quiet {{ color: {c.text}; text-decoration: none; }}
.ja {{ font-family: {JAPANESE_FONTS}; }}
.subtitle {{ font-size: large; color: {c.muted}; margin-top: 2px; }}
.muted {{ color: {c.muted}; }}
.small {{ font-size: small; color: {c.muted}; }}
.secret-label {{ color: {c.secret_label_text}; background-color: {c.secret};
  font-weight: 700; font-size: small; }}
.secret-word {{ color: {c.secret}; font-weight: 700; }}
.chip {{ background-color: {c.chip}; color: {c.text}; font-size: small; }}
.facts td {{ padding-right: 14px; padding-bottom: 3px; vertical-align: top; }}
.fact-name {{ color: {c.muted}; }}
.note {{ background-color: {c.note}; }}
.nothing {{ color: {c.muted}; font-style: italic; }}
"""


# HTML pieces every reading pane writes the same way.


def ja(text: str) -> str:
    return f'<span class="ja" lang="ja">{html.escape(text)}</span>'


def secret_label(language: str | None = None) -> str:
    """The SECRET mark, in `language` (a pane's content language; None: the app's)."""
    label = html.escape(in_language(language).translate("ReadingStyle", "SECRET"))
    return f'<span class="secret-label">&nbsp;{label}&nbsp;</span>'
