"""The Map view: a stepper through the agreements over the map, and a sentence about
whatever the pointer or the keyboard is on. Clicking a line or region opens its clause."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from studyapp import paths, wording
from studyapp.content.map_records import Atlas
from studyapp.errors import StudyAppError
from studyapp.geo.basemap import CREDIT, BaseGeography, load_geography
from studyapp.i18n import in_language, join_list, translate
from studyapp.ui.actions import view_action
from studyapp.ui.map.canvas import MapCanvas
from studyapp.ui.map.describe import agreement_label, describe
from studyapp.ui.map.step_bar import StepBar
from studyapp.ui.services import ItemKind, Services
from studyapp.ui.shared.content_language import ContentLanguage, ContentLanguageButton

_geographies: dict[Path, BaseGeography] = {}


def load_map(services: Services) -> tuple[Atlas, BaseGeography]:
    """The map content, read step by step as it is shown, and the base geography, read once
    a process (the Map view and the quiz's map share it); raises StudyAppError with a
    message."""
    from studyapp.content.map_atlas import MapAtlas

    path = paths.geography_path()
    if path not in _geographies:
        try:
            _geographies[path] = load_geography(path)
        except (OSError, ValueError, KeyError) as error:
            raise StudyAppError(
                QCoreApplication.translate(
                    "MapView", "The map's geography could not be read: {path} ({error})"
                ).format(path=path, error=error)
            ) from None
    return MapAtlas(services.database.read), _geographies[path]


class MapView(QWidget):
    agreement_shown = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setAccessibleName(self.tr("Map"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.canvas: MapCanvas | None = None
        self._actions: list[QAction] = []
        self.steps: Sequence[str] = ()
        try:
            atlas, geography = load_map(services)
        except StudyAppError as error:
            message = QLabel(str(error), self)
            message.setWordWrap(True)
            message.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(message)
            return
        self.steps = atlas.agreements
        self.canvas = MapCanvas(atlas, geography, self)
        self.content_language = ContentLanguage.of(services.settings)
        self._told: Callable[[], str] | None = None  # what the sentence below says, made anew
        layout.addLayout(self._build_bar())
        layout.addWidget(self.canvas, 1)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setAccessibleDescription(self.tr("About the line or region pointed at"))
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setMinimumHeight(self.fontMetrics().height() * 2 + 4)
        layout.addWidget(self.info)
        self.canvas.feature_hovered.connect(self._hovered)
        self.canvas.feature_activated.connect(self.open_clause_of)
        self.content_language.changed.connect(self._content_language_changed)
        self._build_actions()
        self.setFocusProxy(self.canvas)
        if self.steps:  # the window hands back the step shown last (restore_state)
            self.show_agreement(self.steps[0])

    # ---- building ---------------------------------------------------------------------------

    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.step_bar = StepBar(self.services.index, self.steps, self)
        self.step_bar.chosen.connect(self.show_agreement)
        self.previous_button = self.step_bar.previous_button
        self.next_button = self.step_bar.next_button
        bar.addWidget(self.step_bar, 100)  # the room goes to the agreement's name first
        bar.addStretch(1)
        assert self.canvas is not None
        for text, name, slot in (
            ("−", self.tr("Zoom out"), self.canvas.zoom_out),
            ("+", self.tr("Zoom in"), self.canvas.zoom_in),
            (self.tr("Fit"), self.tr("Fit the map"), self.canvas.fit),
            (self.tr("Export…"), self.tr("Export the map as an image"), self.export),
        ):
            tool = QToolButton(self)
            tool.setText(text)
            tool.setAccessibleName(name)
            tool.setToolTip(name)
            tool.clicked.connect(slot)
            bar.addWidget(tool)
        # The sentence about a feature in the other language, and back.
        bar.addWidget(ContentLanguageButton(self.content_language, self))
        return bar

    def _build_actions(self) -> None:
        assert self.canvas is not None
        canvas = self.canvas
        self.services.index.agreement_headings_of(self.steps[:9])  # named below: one read
        self._actions = [
            view_action(self, self.tr("&Previous agreement"), ["PgUp", "["], lambda: self.step(-1)),
            view_action(self, self.tr("&Next agreement"), ["PgDown", "]"], lambda: self.step(1)),
            *(
                view_action(
                    self,
                    self.tr("Show {agreement}").format(
                        agreement=agreement_label(self.services.index, key)
                    ),
                    [str(number)],
                    lambda _=False, k=key: self.show_agreement(k),
                )
                # The first nine by their digit; ◀ ▶ and the list of agreements reach the rest.
                for number, key in enumerate(self.steps[:9], start=1)
            ),
            view_action(self, self.tr("Zoom &in"), ["+", "="], canvas.zoom_in),
            view_action(self, self.tr("Zoom &out"), ["-"], canvas.zoom_out),
            view_action(self, self.tr("&Fit the map"), ["0"], canvas.fit),
            view_action(self, self.tr("&Export as PNG or SVG…"), ["Ctrl+E"], self.export),
        ]

    def view_actions(self) -> list[QAction]:
        return self._actions

    def open_item(self, kind: ItemKind, key: str) -> None:
        """Show on the map an agreement, or a clause with what it drew highlighted."""
        if kind is ItemKind.MAP:
            if key in self.steps:
                self.show_agreement(key)
            else:
                self.show_clause(key)

    def saved_state(self) -> dict[str, str]:
        return {"agreement": self.agreement_key} if self.agreement_key else {}

    def restore_state(self, state: Mapping[str, str]) -> None:
        key = state.get("agreement", "")
        if key in self.steps:
            self.show_agreement(key)

    # ---- stepping ---------------------------------------------------------------------------

    @property
    def agreement_key(self) -> str:
        return self.canvas.agreement_key if self.canvas else ""

    def step(self, delta: int) -> None:
        if self.canvas is None:
            return
        index = self.steps.index(self.agreement_key) if self.agreement_key else 0
        self.show_agreement(self.steps[max(0, min(len(self.steps) - 1, index + delta))])

    def show_agreement(self, key: str, focused: frozenset[str] = frozenset()) -> None:
        if self.canvas is None or key not in self.steps:
            return
        index = self.steps.index(key)
        label = agreement_label(self.services.index, key)
        self.canvas.title = label
        self.canvas.caption = self.tr(
            "Dashed edges are approximate and dotted ones schematic (no treaty defined them); "
            "Hsiushuichan is placed approximately. Today's borders are faint dashes. "
            "Base map: {credit}."
        ).format(credit=translate("Map", CREDIT))
        self.canvas.set_focused(focused)
        self.canvas.set_agreement(key)
        self.step_bar.show_step(index)
        self._tell(lambda: self._changes_at(key))
        self.agreement_shown.emit(key)

    def _changes_at(self, key: str) -> str:
        assert self.canvas is not None
        language = self.content_language.language()
        words = in_language(language)
        changed = [
            wording.name(f, "name", language)
            for f in self.canvas.features()
            if (h := f.holding(key)) and h.changed
        ]
        return words.translate("MapView", "{label}. Changed at this step: {changed}.").format(
            label=agreement_label(self.services.index, key, language),
            changed=join_list(changed, language=language)
            or words.translate("MapView", "nothing; the spheres stand"),
        )

    def _tell(self, sentence: Callable[[], str]) -> None:
        """Say `sentence()` below the map, and again whenever the content language flips."""
        self._told = sentence
        self.info.setText(sentence())

    def _content_language_changed(self) -> None:
        if self._told is not None:
            self.info.setText(self._told())

    def show_clause(self, clause_key: str) -> None:
        """Open the map at the clause's agreement with the features it made highlighted."""
        if self.canvas is None:
            return
        clause = self.services.index.clauses.get(clause_key)
        if clause is None:
            return
        features = self.canvas.atlas.features_of_clause(clause_key)
        self.show_agreement(clause.agreement_key, frozenset(f.key for f in features))
        if features:
            self._tell(
                lambda: describe(
                    self.services.index,
                    features[0],
                    clause.agreement_key,
                    self.content_language.language(),
                )
            )
        else:
            self._tell(
                lambda: (
                    in_language(self.content_language.language())
                    .translate("MapView", "{label} draws nothing on the map.")
                    .format(
                        label=wording.clause_label(clause.label, self.content_language.language())
                    )
                )
            )

    # ---- pointing ---------------------------------------------------------------------------

    def _hovered(self, key: str) -> None:
        assert self.canvas is not None
        feature = self.canvas.atlas.feature(key) if key else None
        if feature is None:
            self.canvas.setToolTip("")
            return
        agreement_key = self.agreement_key
        self._tell(
            lambda: describe(
                self.services.index, feature, agreement_key, self.content_language.language()
            )
        )
        sentence = self.info.text()
        self.canvas.setToolTip(sentence)
        self.canvas.setAccessibleDescription(sentence)

    def hover_text(self) -> str:
        return self.info.text()

    def open_clause_of(self, key: str) -> None:
        """Open, in the clause viewer, the article that made feature `key` at this step."""
        assert self.canvas is not None
        feature = self.canvas.atlas.feature(key)
        holding = feature.holding(self.agreement_key) if feature else None
        if holding is None or not holding.clause_key:
            self.services.navigator.message_posted.emit(
                self.tr("No article of this agreement drew that; see the sentence below the map.")
            )
            return
        self.services.navigator.open(ItemKind.CLAUSE, holding.clause_key)

    # ---- export -----------------------------------------------------------------------------

    def export(self) -> None:
        if self.canvas is None:
            return
        from PySide6.QtWidgets import QFileDialog

        from studyapp.ui.map.export import export_map
        from studyapp.ui.shared.image_file import ExportError

        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the map"),
            str(Path.home() / f"map-{self.agreement_key}.png"),
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if not name:
            return
        try:
            export_map(self.canvas, name)
        except ExportError as error:
            self.services.navigator.message_posted.emit(str(error))
            return
        self.services.navigator.message_posted.emit(
            self.tr("Map written to {path}").format(path=name)
        )
