"""The texts of an SVG export, written by us rather than by QSvgGenerator.

QSvgGenerator splits a label into one <text> per font it used (the Latin face, then the CJK
fallback for the Japanese) and places each by Qt's own measurements, so a viewer with other
fonts draws the two parts apart or over each other. Here every label is one <text>, its
Japanese in a <tspan> that follows the English wherever it ends, with the font families
named: the label reads right in any viewer.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetricsF

from studyapp.ui.timeline.geometry import line_ascent

CJK_FAMILIES = ("Noto Sans CJK JP", "Source Han Sans JP", "Hiragino Sans", "Yu Gothic", "Meiryo")


def font_families(font: QFont) -> str:
    """The family Qt drew with, then CJK families, then the generic one, for font-family."""
    names = [QFontInfo(font).family(), *CJK_FAMILIES]
    return ", ".join(f"'{name}'" for name in names) + ", sans-serif"


def _has_cjk(text: str) -> bool:
    return any(ord(character) >= 0x2E80 for character in text)


@dataclass
class _Run:
    x: float
    baseline: float
    text: str
    colour: str
    bold: bool
    tail: str  # set in the regular weight right after `text` (an agreement's Japanese)


@dataclass
class SvgTexts:
    """Texts collected while a page is painted, to be written as SVG afterwards."""

    font: QFont
    runs: list[_Run] = field(default_factory=list)

    def __post_init__(self) -> None:
        bold = QFont(self.font)
        bold.setBold(True)
        latin = QFontMetricsF(self.font).ascent()
        bold_latin = QFontMetricsF(bold).ascent()
        cjk = line_ascent("日露協約", self.font)
        # Qt sets a line of mixed text on the larger ascent of its fonts: so do we.
        self._ascents = {
            (False, False): latin,
            (False, True): max(latin, cjk),
            (True, False): bold_latin,
            (True, True): max(bold_latin, cjk),
        }

    def add(
        self, top_left: QPointF, text: str, colour: QColor, bold: bool = False, tail: str = ""
    ) -> None:
        ascent = self._ascents[bold, _has_cjk(text + tail)]
        self.runs.append(_Run(top_left.x(), top_left.y() + ascent, text, colour.name(), bold, tail))

    def svg(self) -> str:
        size = QFontInfo(self.font).pixelSize()
        lines = [
            f'<g font-family="{html.escape(font_families(self.font))}" font-size="{size}px" '
            'font-weight="400" xml:space="preserve">'
        ]
        for run in self.runs:
            weight = ' font-weight="700"' if run.bold else ""
            tail = f'<tspan font-weight="400">{html.escape(run.tail)}</tspan>' if run.tail else ""
            lines.append(
                f'<text x="{run.x:.2f}" y="{run.baseline:.2f}" fill="{run.colour}"{weight}>'
                f"{html.escape(run.text)}{tail}</text>"
            )
        lines.append("</g>")
        return "\n".join(lines)
