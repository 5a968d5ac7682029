"""Map cards as pictures, question and answer, for the Anki export (like image occlusion)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImageWriter

from studyapp.content.map_records import MapContent
from studyapp.content.records import AgreementRecord
from studyapp.geo.basemap import BaseGeography
from studyapp.study.cards import Card
from studyapp.study.map_cards import map_target
from studyapp.study.vocabulary import MAP_CARD_KINDS
from studyapp.ui.map.canvas import MapCanvas
from studyapp.ui.map.quiz_panel import prepare_answer, prepare_question

IMAGE_SIZE = QSize(720, 480)


def _png(canvas: MapCanvas) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(canvas.render_image(IMAGE_SIZE))
    buffer.close()
    return bytes(data.data())


def _application() -> object:
    """The running QApplication, or one on the offscreen platform without a display."""
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is not None:
        return existing
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication([])


def card_images(
    cards: Sequence[Card],
    atlas: MapContent,
    geography: BaseGeography,
    agreements: Mapping[str, AgreementRecord],
) -> dict[str, tuple[bytes, bytes]]:
    """card key -> (question PNG, answer PNG) for every map card of `cards`."""
    map_cards = [card for card in cards if card.kind in MAP_CARD_KINDS]
    if not map_cards:
        return {}
    app = _application()
    canvas = MapCanvas(atlas, geography)
    canvas.resize(IMAGE_SIZE)
    canvas.show_legend = False
    images: dict[str, tuple[bytes, bytes]] = {}
    for card in map_cards:
        target = map_target(card)
        agreement = agreements.get(target.agreement_key or "") if target else None
        title = f"{agreement.title} ({agreement.signed.year})" if agreement else ""
        prepare_question(canvas, card)
        canvas.crosshair = False  # nothing to aim at on paper
        question = _png(canvas)
        prepare_answer(canvas, card, title)
        images[card.key] = (question, _png(canvas))
    canvas.deleteLater()
    del app
    return images
