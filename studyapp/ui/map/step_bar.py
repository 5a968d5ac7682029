"""The Map's step bar: ◀, the agreement shown (a list to pick another from), where that step
stands among them, ▶.

The list names the agreements only as it shows them, a page of headings read by key at a
time, so the bar costs the same for four agreements as for a course of thousands, and it
asks for no more room than a short name, so it never pushes the window past the screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from studyapp.content.catalogue import ContentCatalogue
from studyapp.ui.map.describe import agreement_label

PAGE_ROWS = 50  # agreements named per read when the list shows them
_NO_PARENT = QModelIndex()
_NAMED_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
)


class StepList(QAbstractListModel):
    """The agreements the map steps through, each named "Title (year)" when first shown."""

    def __init__(self, index: ContentCatalogue, keys: Sequence[str], parent: QWidget) -> None:
        super().__init__(parent)
        self._index = index
        self.keys = keys
        self._labels: dict[int, str] = {}

    def rowCount(  # noqa: N802 (Qt override)
        self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT
    ) -> int:
        return 0 if parent.isValid() else len(self.keys)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if not index.isValid() or role not in _NAMED_ROLES:
            return None
        return self.label(index.row())

    def label(self, row: int) -> str:
        if row not in self._labels:
            first = row - row % PAGE_ROWS
            page = self.keys[first : first + PAGE_ROWS]
            self._index.agreement_headings_of(page)  # the page's headings in one read
            for number, key in enumerate(page, start=first):
                self._labels[number] = agreement_label(self._index, key)
        return self._labels[row]


class StepBar(QWidget):
    """◀ [agreement ▾] n of N ▶; `chosen` carries the key the user stepped or picked to."""

    chosen = Signal(str)

    def __init__(self, index: ContentCatalogue, keys: Sequence[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.keys = keys
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.previous_button = QToolButton(self)
        self.previous_button.setText("◀")
        self.previous_button.setAccessibleName(self.tr("Previous agreement"))
        self.previous_button.setToolTip(self.tr("Previous agreement"))
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(self.tr("Agreement shown on the map"))
        self.choice.setToolTip(self.tr("Agreement shown on the map"))
        # Sized by a short name, never by measuring every agreement's.
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.choice.setMinimumContentsLength(8)
        self.choice.setMaximumWidth(self.fontMetrics().averageCharWidth() * 48)
        self.choice.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        popup = QListView(self.choice)
        popup.setUniformItemSizes(True)  # lays out the rows shown, not all of them
        # Wide enough for a name even when the box itself has shrunk to fit the bar.
        popup.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
        self.choice.setView(popup)
        # A drop-down list, not the style's popup over the box: that one first measures every
        # agreement's name to be as wide as the widest (a read of them all at any size).
        self.choice.setStyleSheet("QComboBox { combobox-popup: 0; }")
        self.choice.setModel(StepList(index, keys, self.choice))
        self.choice.activated.connect(lambda row: self.chosen.emit(self.keys[row]))
        self.position = QLabel(self)
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.next_button.setAccessibleName(self.tr("Next agreement"))
        self.next_button.setToolTip(self.tr("Next agreement"))
        self.next_button.clicked.connect(lambda: self._step(1))
        layout.addWidget(self.previous_button)
        layout.addWidget(self.choice, 1)  # as wide as the room allows, up to its maximum
        layout.addWidget(self.position)
        layout.addWidget(self.next_button)
        layout.addStretch(1)  # room the name does not take stays to the right of ▶

    def show_step(self, row: int) -> None:
        """Show that step `row` is the one on the map (emits nothing)."""
        self.choice.setCurrentIndex(row)
        place = self.tr("{number} of {count}").format(
            number=f"{row + 1:,}", count=f"{len(self.keys):,}"
        )
        self.position.setText(place)
        self.position.setAccessibleName(self.tr("Agreement {place}").format(place=place))
        self.previous_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < len(self.keys) - 1)

    def _step(self, delta: int) -> None:
        row = max(0, min(len(self.keys) - 1, self.choice.currentIndex() + delta))
        self.chosen.emit(self.keys[row])
