"""Colour arithmetic every view's palette-derived colours are built from."""

from __future__ import annotations

from PySide6.QtGui import QColor


def mix(first: QColor, second: QColor, amount: float) -> QColor:
    """`first` moved `amount` (0–1) of the way towards `second`."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * amount,
        first.greenF() + (second.greenF() - first.greenF()) * amount,
        first.blueF() + (second.blueF() - first.blueF()) * amount,
    )


def with_alpha(colour: QColor, alpha: int) -> QColor:
    translucent = QColor(colour)
    translucent.setAlpha(alpha)
    return translucent
