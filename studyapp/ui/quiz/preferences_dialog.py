"""Study preferences, as in Anki's deck options: new cards a day, retention, intervals,
learning steps, the order of new cards, burying siblings, and what happens to a leech.

The values live in the settings (studyapp.study.preferences says under which keys and how
they are read); the dialog only edits them. Steps that cannot be read keep OK disabled and
say why, so nothing unreadable is ever saved.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studyapp.i18n import QT_TRANSLATE_NOOP, join_list
from studyapp.study import preferences as prefs
from studyapp.study.preferences import LeechAction, NewCardOrder, StudyPreferences

_ORDER_NAMES = {
    NewCardOrder.SHUFFLED: QT_TRANSLATE_NOOP(
        "PreferencesDialog", "Shuffled (a new order each day)"
    ),
    NewCardOrder.CONTENT: QT_TRANSLATE_NOOP(
        "PreferencesDialog", "In content order (agreements first, then events, terms, clauses)"
    ),
}
_LEECH_NAMES = {
    LeechAction.SUSPEND: QT_TRANSLATE_NOOP("PreferencesDialog", "Tag it a leech and suspend it"),
    LeechAction.FLAG: QT_TRANSLATE_NOOP(
        "PreferencesDialog", "Tag it a leech and flag it, but keep showing it"
    ),
}


def load_preferences(settings: QSettings) -> StudyPreferences:
    return prefs.load(settings.value)


def save_preferences(settings: QSettings, chosen: StudyPreferences) -> None:
    for key, value in prefs.values(chosen).items():
        settings.setValue(key, value)


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Study preferences"))
        self.settings = settings
        current = load_preferences(settings)

        self.new_per_day = self._spin(self.tr("New cards a day"), 0, 9999, current.new_per_day)
        self.retention = QDoubleSpinBox(self)
        self.retention.setAccessibleName(self.tr("Desired retention"))
        self.retention.setRange(0.70, 0.99)
        self.retention.setSingleStep(0.01)
        self.retention.setDecimals(2)
        self.retention.setValue(current.desired_retention)
        self.retention.setToolTip(
            self.tr(
                "The share of cards you want to remember when they come due. Higher means more "
                "reviews."
            )
        )
        self.maximum_interval = self._spin(
            self.tr("Maximum interval in days"), 1, 36_500, current.maximum_interval_days
        )
        self.maximum_interval.setSuffix(self.tr(" days"))
        self.learning_steps = self._steps(self.tr("Learning steps"), current.learning_steps_minutes)
        self.relearning_steps = self._steps(
            self.tr("Relearning steps"), current.relearning_steps_minutes
        )
        self.order = self._combo(
            self.tr("Order of new cards"), _ORDER_NAMES, current.new_card_order
        )
        self.bury = QCheckBox(self.tr("&Bury siblings until the next day"), self)
        self.bury.setAccessibleName(self.tr("Bury siblings until the next day"))
        self.bury.setToolTip(
            self.tr(
                "Answering a card hides the cards that state the same fact (the other way round, "
                "its reading, its cloze) until tomorrow."
            )
        )
        self.bury.setChecked(current.bury_siblings)
        self.leech_threshold = self._spin(
            self.tr("Leech threshold"), 1, 99, current.leech_threshold
        )
        self.leech_threshold.setSuffix(self.tr(" lapses"))
        self.leech_action = self._combo(self.tr("Leech action"), _LEECH_NAMES, current.leech_action)
        self.problem = QLabel(self)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&New cards a day:"), self.new_per_day)
        form.addRow(self.tr("Desired &retention:"), self.retention)
        form.addRow(self.tr("Ma&ximum interval:"), self.maximum_interval)
        form.addRow(self.tr("&Learning steps:"), self.learning_steps)
        form.addRow(self.tr("Rel&earning steps:"), self.relearning_steps)
        form.addRow(self.tr("&Order of new cards:"), self.order)
        form.addRow("", self.bury)
        form.addRow(self.tr("Lee&ch threshold:"), self.leech_threshold)
        form.addRow(self.tr("Leech &action:"), self.leech_action)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.problem)
        column.addWidget(self.buttons)
        for edit in (self.learning_steps, self.relearning_steps):
            edit.textChanged.connect(self._check)
        self._check()

    def _spin(self, name: str, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setAccessibleName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    def _steps(self, name: str, steps: tuple[float, ...]) -> QLineEdit:
        edit = QLineEdit(prefs.steps_text(steps), self)
        edit.setAccessibleName(name)
        edit.setToolTip(self.tr("Times between steps, e.g. 1m 10m (s, m, h, d: seconds to days)"))
        return edit

    def _combo(
        self, name: str, names: dict[NewCardOrder, str] | dict[LeechAction, str], value: str
    ) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        for member, text in names.items():
            combo.addItem(self.tr(text), member.value)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        return combo

    def _check(self) -> None:
        wrong = [
            edit.accessibleName()
            for edit in (self.learning_steps, self.relearning_steps)
            if prefs.parse_steps(edit.text()) is None
        ]
        self.problem.setText(
            self.tr("{fields}: write times such as 1m 10m.").format(fields=join_list(wrong))
            if wrong
            else ""
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not wrong)

    def chosen(self) -> StudyPreferences:
        """The preferences as the dialog shows them (steps must be readable)."""
        learning = prefs.parse_steps(self.learning_steps.text())
        relearning = prefs.parse_steps(self.relearning_steps.text())
        return StudyPreferences(
            new_per_day=self.new_per_day.value(),
            desired_retention=round(self.retention.value(), 2),
            maximum_interval_days=self.maximum_interval.value(),
            learning_steps_minutes=learning or prefs.DEFAULTS.learning_steps_minutes,
            relearning_steps_minutes=relearning or prefs.DEFAULTS.relearning_steps_minutes,
            new_card_order=NewCardOrder(str(self.order.currentData())),
            bury_siblings=self.bury.isChecked(),
            leech_threshold=self.leech_threshold.value(),
            leech_action=LeechAction(str(self.leech_action.currentData())),
        )

    def accept(self) -> None:
        save_preferences(self.settings, self.chosen())
        super().accept()
