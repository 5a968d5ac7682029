"""The dialog to add or edit the note of a bookmarked clause (saving it bookmarks the clause).

It closes only once the note is saved: a refused save leaves it open with the note in it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from studyapp.content.records import ClauseRecord
from studyapp.wording import clause_label, name


class NoteDialog(QDialog):
    def __init__(
        self,
        clause: ClauseRecord,
        note: str,
        save_note: Callable[[str, str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.clause_key = clause.key
        self._save = save_note
        label, title = clause_label(clause.label), name(clause)
        self.setWindowTitle(self.tr("Note on {label}").format(label=label))
        self.setAccessibleName(self.tr("Edit note"))
        if clause.is_secret:
            text = self.tr("Secret {label}: {title}").format(label=label, title=title)
        else:
            text = self.tr("{label}: {title}").format(label=label, title=title)
        heading = QLabel(text, self)
        heading.setWordWrap(True)
        self.editor = QPlainTextEdit(note, self)
        self.editor.setAccessibleName(self.tr("Note text"))
        self.editor.setPlaceholderText(
            self.tr("Your note on this clause (saved with its bookmark)")
        )
        self.editor.setTabChangesFocus(True)
        heading.setBuddy(self.editor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Enter makes a new line in the editor, so Ctrl+Enter saves.
        save = QShortcut(QKeySequence("Ctrl+Return"), self)
        save.activated.connect(self.accept)
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Save (Ctrl+Enter)")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(480, 280)
        self.editor.setFocus()
        self._typed_from = note
        # Quitting while the dialog is open (a logout, Ctrl+C) saves what was typed.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._save_on_quit)

    def _save_on_quit(self) -> None:
        if self.isVisible() and self.editor.toPlainText() != self._typed_from:
            self.accept()

    def accept(self) -> None:
        if self._save(self.clause_key, self.note()):
            super().accept()

    def note(self) -> str:
        return self.editor.toPlainText().strip()
