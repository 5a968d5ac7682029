"""The map on a quiz card: a region to click, a town to place in a sphere, a line to name.

By keyboard, the arrows move the map under a cross at its centre and Space or Enter clicks
there; +, - and 0 zoom and fit as in the Map view.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from studyapp.content.map_records import Atlas
from studyapp.errors import StudyAppError
from studyapp.study.cards import Card
from studyapp.study.map_cards import REGION, SPHERE, check_click, map_target
from studyapp.study.vocabulary import MAP_CARD_KINDS
from studyapp.ui.map.canvas import MapCanvas
from studyapp.ui.map.describe import agreement_label
from studyapp.ui.services import Services
from studyapp.ui.shared.card_panel import CardPanel

PANEL_HEIGHT = 380


class MapCardPanel(CardPanel):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.canvas: MapCanvas | None = None
        self.card: Card | None = None
        self.answered_once = False
        self.setAccessibleName(self.tr("Map for this card"))
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.layout_.addWidget(self.message)
        self.message.hide()
        self.setFixedHeight(PANEL_HEIGHT)
        self.hide()

    def _ensure_canvas(self) -> MapCanvas | None:
        if self.canvas is None:
            from studyapp.ui.map.view import load_map

            try:
                atlas, geography = load_map(self.services)
            except StudyAppError as error:
                self.message.setText(str(error))
                self.message.show()
                return None
            self.canvas = MapCanvas(atlas, geography, self)
            self.canvas.setMinimumSize(300, 200)
            self.canvas.show_legend = False
            self.canvas.point_clicked.connect(self._clicked)
            self.layout_.addWidget(self.canvas)
        return self.canvas

    @property
    def atlas(self) -> Atlas | None:
        return self.canvas.atlas if self.canvas else None

    # ---- CardPanel --------------------------------------------------------------------------

    def handles(self, card: Card) -> bool:
        return card.kind in MAP_CARD_KINDS

    def answers_by_click(self, card: Card) -> bool:
        return card.kind == REGION and self.canvas is not None

    def show_question(self, card: Card) -> None:
        canvas = self._ensure_canvas()
        self.card, self.answered_once = card, False
        if canvas is None:
            return
        prepare_question(canvas, card)
        if card.kind == REGION:
            canvas.setFocus()

    def show_answer(self, card: Card) -> None:
        if self.canvas is not None:
            prepare_answer(self.canvas, card, agreement_label(self.services.index, ""))
            target = map_target(card)
            if target is not None:
                self.canvas.title = agreement_label(self.services.index, target.agreement_key or "")

    def answer_from_keyboard(self) -> None:
        canvas = self.canvas
        if canvas is not None and canvas.crosshair:
            centre = QPointF(canvas.width() / 2, canvas.height() / 2)
            self._clicked(*canvas.viewport.device_to_lonlat(centre))

    # ---- answering --------------------------------------------------------------------------

    def _clicked(self, lon: float, lat: float) -> None:
        card, canvas = self.card, self.canvas
        if card is None or canvas is None or card.kind != REGION or self.answered_once:
            return
        self.answered_once = True
        canvas.marker = (lon, lat)
        self.answered.emit(check_click(canvas.atlas, card, lon, lat))


def prepare_question(canvas: MapCanvas, card: Card) -> None:
    """Set `canvas` to ask `card`: the region hidden, the town ringed, or the line alone."""
    target = map_target(card)
    if target is None:
        return
    canvas.fit()
    canvas.marker = None
    canvas.crosshair = card.kind == REGION
    canvas.hidden_place_kinds = frozenset({"region"})  # "KOREA" would give the answer away
    canvas.set_focused(frozenset())
    canvas.title = ""
    canvas.caption = QCoreApplication.translate(
        "MapCanvas", "Boundaries are approximate where dashed or dotted."
    )
    agreement = target.agreement_key or ""
    lines = {f.key for f in canvas.atlas.at(agreement) if f.kind == "line"}
    if card.kind == REGION:
        year = agreement.rsplit("-", 1)[-1]
        canvas.title = QCoreApplication.translate(
            "MapCanvas", "Click the region on the map of {year}"
        ).format(year=year)
        canvas.only = frozenset(lines)  # the lines to steer by, not the regions
    elif card.kind == SPHERE:
        place = canvas.atlas.place(target.place_key or "")
        canvas.marker = (place.lon, place.lat) if place else None
        canvas.only = frozenset()
    else:
        canvas.only = frozenset({target.feature_key or ""})
        canvas.set_focused(canvas.only)
    canvas.set_agreement(agreement)


def prepare_answer(canvas: MapCanvas, card: Card, title: str) -> None:
    """Set `canvas` to show the answer to `card`: the region, the spheres, the agreement."""
    target = map_target(card)
    if target is None:
        return
    canvas.crosshair = False
    canvas.hidden_place_kinds = frozenset()
    canvas.title = title
    if card.kind == REGION:
        canvas.only = frozenset({target.feature_key or ""})
        canvas.set_focused(canvas.only)
    elif card.kind == SPHERE:
        canvas.only = None  # the spheres of that step, the town still marked
    canvas.update_sharp()
