"""The selected bookmark in full: its clause's summary and an editable note."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.content.catalogue import ContentCatalogue
from studyapp.date_text import format_date
from studyapp.i18n import QT_TRANSLATE_NOOP, in_language
from studyapp.ui.shared.content_language import ContentLanguage, ContentLanguageButton
from studyapp.userdata.export import BookmarkEntry, local_date
from studyapp.wording import clause_label, name, prose

NOTHING_SELECTED = QT_TRANSLATE_NOOP(
    "BookmarkDetail", "Select a bookmarked clause to see its summary and your note."
)


def _day(timestamp: str, language: str | None = None) -> str:
    """The local day of a stored timestamp in `language` (None: the app's); the text if
    unreadable."""
    day = local_date(timestamp)
    try:
        return format_date(dt.date.fromisoformat(day), "day", language=language)
    except ValueError:
        return day


class BookmarkDetail(QWidget):
    note_submitted = Signal(str, str)  # clause key, note: the user asked to save the note
    open_requested = Signal(str)  # clause key: the user asked to open the clause

    def __init__(self, index: ContentCatalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index = index
        self._entry: BookmarkEntry | None = None
        self._saved_note = ""  # the note as stored, to tell unsaved edits apart
        self._content_language: ContentLanguage | None = None  # None: the app's language

        self.heading = QLabel(self.tr(NOTHING_SELECTED), self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note_label = QLabel(self.tr("&Note:"), self)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setAccessibleName(self.tr("Bookmark note"))
        self.note_edit.setPlaceholderText(self.tr("Write a note about this clause…"))
        self.note_edit.setTabChangesFocus(True)
        note_label.setBuddy(self.note_edit)
        self.save_button = QPushButton(self.tr("&Save note"), self)
        self.save_button.setAccessibleName(self.tr("Save note"))
        self.save_button.setToolTip(self.tr("Save the note (Ctrl+S); undo with Ctrl+Z"))
        self.open_button = QPushButton(self.tr("&Open clause"), self)
        self.open_button.setAccessibleName(self.tr("Open clause"))
        self.open_button.setToolTip(self.tr("Show this clause in the Agreements view (Enter)"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        self.header = QHBoxLayout()
        self.header.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(self.facts)
        layout.addWidget(self.summary)
        layout.addSpacing(8)
        layout.addWidget(note_label)
        layout.addWidget(self.note_edit, 1)
        layout.addLayout(buttons)

        self.note_edit.textChanged.connect(self._update_buttons)
        self.save_button.clicked.connect(self.submit_note)
        self.open_button.clicked.connect(self._open_clicked)
        self.show_entry(None)

    def use_content_language(self, choice: ContentLanguage) -> None:
        """Show the clause in `choice`'s language, with its button in the header."""
        self._content_language = choice
        self.header.addWidget(ContentLanguageButton(choice, self), 0, Qt.AlignmentFlag.AlignTop)
        choice.changed.connect(self._content_language_changed)
        self._content_language_changed()

    def _content_language_changed(self) -> None:
        if self._entry is not None:
            self._show_clause(self._entry)

    @property
    def key(self) -> str | None:
        return self._entry.key if self._entry else None

    def note_text(self) -> str:
        return self.note_edit.toPlainText()

    def is_dirty(self) -> bool:
        """Whether the note holds edits that are not saved yet."""
        return self._entry is not None and self.note_text() != self._saved_note

    def show_entry(self, entry: BookmarkEntry | None, draft: str | None = None) -> None:
        """Show `entry`; unsaved edits to the note of the same bookmark are kept, and a
        `draft` (a note typed earlier that could not be saved) is shown as unsaved edits."""
        keep_edits = entry is not None and entry.key == self.key and self.is_dirty()
        self._entry = entry
        if entry is None:
            self.heading.setText(self.tr(NOTHING_SELECTED))
            self.facts.clear()
            self.summary.clear()
            self._saved_note = ""
            self.note_edit.setPlainText("")
        else:
            self._show_clause(entry)
            self._saved_note = entry.bookmark.note
            if not keep_edits:
                self.note_edit.setPlainText(entry.bookmark.note if draft is None else draft)
        self.note_edit.setEnabled(entry is not None)
        self._update_buttons()

    def _show_clause(self, entry: BookmarkEntry) -> None:
        clause, bookmark = entry.clause, entry.bookmark
        # The whole pane in the content's language (None: the app's), its dates too.
        language = self._content_language.language() if self._content_language else None
        words = in_language(language)
        created = _day(bookmark.created_at, language)
        if bookmark.updated_at != bookmark.created_at:
            dates = words.translate(
                "BookmarkDetail", "Bookmarked {created}, note edited {edited}"
            ).format(created=created, edited=_day(bookmark.updated_at, language))
        else:
            dates = words.translate("BookmarkDetail", "Bookmarked {created}").format(
                created=created
            )
        if clause is None:
            self.heading.setText(f"<b>{html.escape(entry.key)}</b>")
            self.facts.setText(self.tr("Not in the current content · {dates}").format(dates=dates))
            self.summary.setText(
                self.tr(
                    "This clause is not in this version of the content. "
                    "Its bookmark and note are kept; remove it if you no longer need it."
                )
            )
            return
        agreement = self._index.agreements.get(clause.agreement_key)
        if clause.is_secret:
            part = words.translate("BookmarkDetail", "Secret")
        else:
            part = words.translate("BookmarkDetail", "Public")
        heading = words.translate("BookmarkDetail", "{label}: {title}").format(
            label=clause_label(clause.label, language), title=name(clause, language=language)
        )
        self.heading.setText(f"<b>{html.escape(heading)}</b>")
        where = (
            words.translate("BookmarkDetail", "{title} ({year})").format(
                title=name(agreement, language=language), year=agreement.signed.year
            )
            if agreement
            else ""
        )
        self.facts.setText(" · ".join(filter(None, [part, where, dates])))
        self.summary.setText(prose(clause, "summary", language))

    def focus_note(self) -> None:
        if self._entry is not None:
            self.note_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.note_edit.moveCursor(QTextCursor.MoveOperation.End)

    def submit_note(self) -> None:
        if self._entry is not None and self.is_dirty():
            self.note_submitted.emit(self._entry.key, self.note_text())

    def _open_clicked(self) -> None:
        if self._entry is not None and self._entry.clause is not None:
            self.open_requested.emit(self._entry.key)

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.is_dirty())
        self.open_button.setEnabled(self._entry is not None and self._entry.clause is not None)
